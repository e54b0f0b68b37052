package dev.modelstore.platform.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages workspaces, the tenants of the platform domain.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class WorkspaceServiceGrpc {

  private WorkspaceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.platform.v1.WorkspaceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateWorkspaceRequest,
      dev.modelstore.platform.v1.CreateWorkspaceResponse> getCreateWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateWorkspace",
      requestType = dev.modelstore.platform.v1.CreateWorkspaceRequest.class,
      responseType = dev.modelstore.platform.v1.CreateWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateWorkspaceRequest,
      dev.modelstore.platform.v1.CreateWorkspaceResponse> getCreateWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateWorkspaceRequest, dev.modelstore.platform.v1.CreateWorkspaceResponse> getCreateWorkspaceMethod;
    if ((getCreateWorkspaceMethod = WorkspaceServiceGrpc.getCreateWorkspaceMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getCreateWorkspaceMethod = WorkspaceServiceGrpc.getCreateWorkspaceMethod) == null) {
          WorkspaceServiceGrpc.getCreateWorkspaceMethod = getCreateWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.CreateWorkspaceRequest, dev.modelstore.platform.v1.CreateWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("CreateWorkspace"))
              .build();
        }
      }
    }
    return getCreateWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetWorkspaceRequest,
      dev.modelstore.platform.v1.GetWorkspaceResponse> getGetWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWorkspace",
      requestType = dev.modelstore.platform.v1.GetWorkspaceRequest.class,
      responseType = dev.modelstore.platform.v1.GetWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetWorkspaceRequest,
      dev.modelstore.platform.v1.GetWorkspaceResponse> getGetWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetWorkspaceRequest, dev.modelstore.platform.v1.GetWorkspaceResponse> getGetWorkspaceMethod;
    if ((getGetWorkspaceMethod = WorkspaceServiceGrpc.getGetWorkspaceMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getGetWorkspaceMethod = WorkspaceServiceGrpc.getGetWorkspaceMethod) == null) {
          WorkspaceServiceGrpc.getGetWorkspaceMethod = getGetWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.GetWorkspaceRequest, dev.modelstore.platform.v1.GetWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("GetWorkspace"))
              .build();
        }
      }
    }
    return getGetWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListWorkspacesRequest,
      dev.modelstore.platform.v1.ListWorkspacesResponse> getListWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWorkspaces",
      requestType = dev.modelstore.platform.v1.ListWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.ListWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListWorkspacesRequest,
      dev.modelstore.platform.v1.ListWorkspacesResponse> getListWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListWorkspacesRequest, dev.modelstore.platform.v1.ListWorkspacesResponse> getListWorkspacesMethod;
    if ((getListWorkspacesMethod = WorkspaceServiceGrpc.getListWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getListWorkspacesMethod = WorkspaceServiceGrpc.getListWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getListWorkspacesMethod = getListWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.ListWorkspacesRequest, dev.modelstore.platform.v1.ListWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("ListWorkspaces"))
              .build();
        }
      }
    }
    return getListWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeWorkspacesRequest,
      dev.modelstore.platform.v1.PurgeWorkspacesResponse> getPurgeWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeWorkspaces",
      requestType = dev.modelstore.platform.v1.PurgeWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.PurgeWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeWorkspacesRequest,
      dev.modelstore.platform.v1.PurgeWorkspacesResponse> getPurgeWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeWorkspacesRequest, dev.modelstore.platform.v1.PurgeWorkspacesResponse> getPurgeWorkspacesMethod;
    if ((getPurgeWorkspacesMethod = WorkspaceServiceGrpc.getPurgeWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getPurgeWorkspacesMethod = WorkspaceServiceGrpc.getPurgeWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getPurgeWorkspacesMethod = getPurgeWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.PurgeWorkspacesRequest, dev.modelstore.platform.v1.PurgeWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("PurgeWorkspaces"))
              .build();
        }
      }
    }
    return getPurgeWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateWorkspaceRequest,
      dev.modelstore.platform.v1.UpdateWorkspaceResponse> getUpdateWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateWorkspace",
      requestType = dev.modelstore.platform.v1.UpdateWorkspaceRequest.class,
      responseType = dev.modelstore.platform.v1.UpdateWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateWorkspaceRequest,
      dev.modelstore.platform.v1.UpdateWorkspaceResponse> getUpdateWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateWorkspaceRequest, dev.modelstore.platform.v1.UpdateWorkspaceResponse> getUpdateWorkspaceMethod;
    if ((getUpdateWorkspaceMethod = WorkspaceServiceGrpc.getUpdateWorkspaceMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getUpdateWorkspaceMethod = WorkspaceServiceGrpc.getUpdateWorkspaceMethod) == null) {
          WorkspaceServiceGrpc.getUpdateWorkspaceMethod = getUpdateWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.UpdateWorkspaceRequest, dev.modelstore.platform.v1.UpdateWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("UpdateWorkspace"))
              .build();
        }
      }
    }
    return getUpdateWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteWorkspaceRequest,
      dev.modelstore.platform.v1.DeleteWorkspaceResponse> getDeleteWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteWorkspace",
      requestType = dev.modelstore.platform.v1.DeleteWorkspaceRequest.class,
      responseType = dev.modelstore.platform.v1.DeleteWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteWorkspaceRequest,
      dev.modelstore.platform.v1.DeleteWorkspaceResponse> getDeleteWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteWorkspaceRequest, dev.modelstore.platform.v1.DeleteWorkspaceResponse> getDeleteWorkspaceMethod;
    if ((getDeleteWorkspaceMethod = WorkspaceServiceGrpc.getDeleteWorkspaceMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getDeleteWorkspaceMethod = WorkspaceServiceGrpc.getDeleteWorkspaceMethod) == null) {
          WorkspaceServiceGrpc.getDeleteWorkspaceMethod = getDeleteWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.DeleteWorkspaceRequest, dev.modelstore.platform.v1.DeleteWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("DeleteWorkspace"))
              .build();
        }
      }
    }
    return getDeleteWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetWorkspacesRequest,
      dev.modelstore.platform.v1.BatchGetWorkspacesResponse> getBatchGetWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetWorkspaces",
      requestType = dev.modelstore.platform.v1.BatchGetWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.BatchGetWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetWorkspacesRequest,
      dev.modelstore.platform.v1.BatchGetWorkspacesResponse> getBatchGetWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetWorkspacesRequest, dev.modelstore.platform.v1.BatchGetWorkspacesResponse> getBatchGetWorkspacesMethod;
    if ((getBatchGetWorkspacesMethod = WorkspaceServiceGrpc.getBatchGetWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getBatchGetWorkspacesMethod = WorkspaceServiceGrpc.getBatchGetWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getBatchGetWorkspacesMethod = getBatchGetWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchGetWorkspacesRequest, dev.modelstore.platform.v1.BatchGetWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("BatchGetWorkspaces"))
              .build();
        }
      }
    }
    return getBatchGetWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateWorkspacesRequest,
      dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> getBatchCreateWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateWorkspaces",
      requestType = dev.modelstore.platform.v1.BatchCreateWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.BatchCreateWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateWorkspacesRequest,
      dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> getBatchCreateWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateWorkspacesRequest, dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> getBatchCreateWorkspacesMethod;
    if ((getBatchCreateWorkspacesMethod = WorkspaceServiceGrpc.getBatchCreateWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getBatchCreateWorkspacesMethod = WorkspaceServiceGrpc.getBatchCreateWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getBatchCreateWorkspacesMethod = getBatchCreateWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchCreateWorkspacesRequest, dev.modelstore.platform.v1.BatchCreateWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("BatchCreateWorkspaces"))
              .build();
        }
      }
    }
    return getBatchCreateWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest,
      dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> getBatchUpdateWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateWorkspaces",
      requestType = dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest,
      dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> getBatchUpdateWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest, dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> getBatchUpdateWorkspacesMethod;
    if ((getBatchUpdateWorkspacesMethod = WorkspaceServiceGrpc.getBatchUpdateWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getBatchUpdateWorkspacesMethod = WorkspaceServiceGrpc.getBatchUpdateWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getBatchUpdateWorkspacesMethod = getBatchUpdateWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest, dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("BatchUpdateWorkspaces"))
              .build();
        }
      }
    }
    return getBatchUpdateWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest,
      dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> getBatchDeleteWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteWorkspaces",
      requestType = dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest.class,
      responseType = dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest,
      dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> getBatchDeleteWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest, dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> getBatchDeleteWorkspacesMethod;
    if ((getBatchDeleteWorkspacesMethod = WorkspaceServiceGrpc.getBatchDeleteWorkspacesMethod) == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        if ((getBatchDeleteWorkspacesMethod = WorkspaceServiceGrpc.getBatchDeleteWorkspacesMethod) == null) {
          WorkspaceServiceGrpc.getBatchDeleteWorkspacesMethod = getBatchDeleteWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest, dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WorkspaceServiceMethodDescriptorSupplier("BatchDeleteWorkspaces"))
              .build();
        }
      }
    }
    return getBatchDeleteWorkspacesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WorkspaceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceStub>() {
        @java.lang.Override
        public WorkspaceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WorkspaceServiceStub(channel, callOptions);
        }
      };
    return WorkspaceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static WorkspaceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceBlockingV2Stub>() {
        @java.lang.Override
        public WorkspaceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WorkspaceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return WorkspaceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WorkspaceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceBlockingStub>() {
        @java.lang.Override
        public WorkspaceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WorkspaceServiceBlockingStub(channel, callOptions);
        }
      };
    return WorkspaceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WorkspaceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WorkspaceServiceFutureStub>() {
        @java.lang.Override
        public WorkspaceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WorkspaceServiceFutureStub(channel, callOptions);
        }
      };
    return WorkspaceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), PERMISSION_DENIED (the id is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createWorkspace(dev.modelstore.platform.v1.CreateWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such workspace,
     * or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void getWorkspace(dev.modelstore.platform.v1.GetWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), UNAVAILABLE.
     * </pre>
     */
    default void listWorkspaces(dev.modelstore.platform.v1.ListWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the workspaces matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's workspaces are seen.
     * Entities that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeWorkspaces(dev.modelstore.platform.v1.PurgeWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * workspace and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateWorkspace(dev.modelstore.platform.v1.UpdateWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a workspace.
     * Errors: NOT_FOUND (no such workspace), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteWorkspace(dev.modelstore.platform.v1.DeleteWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetWorkspaces(dev.modelstore.platform.v1.BatchGetWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 workspaces in one call, all or none (AIP-233): each item
     * as CreateWorkspace would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateWorkspaces(dev.modelstore.platform.v1.BatchCreateWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 workspaces in one call, all or none (AIP-234): each item
     * as UpdateWorkspace would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateWorkspaces(dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 workspaces in one call, all or none (AIP-235): each item
     * as DeleteWorkspace would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteWorkspaces(dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteWorkspacesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service WorkspaceService.
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public static abstract class WorkspaceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return WorkspaceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service WorkspaceService.
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public static final class WorkspaceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<WorkspaceServiceStub> {
    private WorkspaceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WorkspaceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WorkspaceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), PERMISSION_DENIED (the id is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createWorkspace(dev.modelstore.platform.v1.CreateWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such workspace,
     * or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void getWorkspace(dev.modelstore.platform.v1.GetWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), UNAVAILABLE.
     * </pre>
     */
    public void listWorkspaces(dev.modelstore.platform.v1.ListWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the workspaces matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's workspaces are seen.
     * Entities that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeWorkspaces(dev.modelstore.platform.v1.PurgeWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * workspace and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateWorkspace(dev.modelstore.platform.v1.UpdateWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a workspace.
     * Errors: NOT_FOUND (no such workspace), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteWorkspace(dev.modelstore.platform.v1.DeleteWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetWorkspaces(dev.modelstore.platform.v1.BatchGetWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 workspaces in one call, all or none (AIP-233): each item
     * as CreateWorkspace would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateWorkspaces(dev.modelstore.platform.v1.BatchCreateWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 workspaces in one call, all or none (AIP-234): each item
     * as UpdateWorkspace would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateWorkspaces(dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 workspaces in one call, all or none (AIP-235): each item
     * as DeleteWorkspace would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteWorkspaces(dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service WorkspaceService.
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public static final class WorkspaceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<WorkspaceServiceBlockingV2Stub> {
    private WorkspaceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WorkspaceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WorkspaceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), PERMISSION_DENIED (the id is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateWorkspaceResponse createWorkspace(dev.modelstore.platform.v1.CreateWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such workspace,
     * or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetWorkspaceResponse getWorkspace(dev.modelstore.platform.v1.GetWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListWorkspacesResponse listWorkspaces(dev.modelstore.platform.v1.ListWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the workspaces matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's workspaces are seen.
     * Entities that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.PurgeWorkspacesResponse purgeWorkspaces(dev.modelstore.platform.v1.PurgeWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * workspace and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateWorkspaceResponse updateWorkspace(dev.modelstore.platform.v1.UpdateWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a workspace.
     * Errors: NOT_FOUND (no such workspace), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteWorkspaceResponse deleteWorkspace(dev.modelstore.platform.v1.DeleteWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetWorkspacesResponse batchGetWorkspaces(dev.modelstore.platform.v1.BatchGetWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 workspaces in one call, all or none (AIP-233): each item
     * as CreateWorkspace would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateWorkspacesResponse batchCreateWorkspaces(dev.modelstore.platform.v1.BatchCreateWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 workspaces in one call, all or none (AIP-234): each item
     * as UpdateWorkspace would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse batchUpdateWorkspaces(dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 workspaces in one call, all or none (AIP-235): each item
     * as DeleteWorkspace would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse batchDeleteWorkspaces(dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteWorkspacesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service WorkspaceService.
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public static final class WorkspaceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<WorkspaceServiceBlockingStub> {
    private WorkspaceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WorkspaceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WorkspaceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), PERMISSION_DENIED (the id is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateWorkspaceResponse createWorkspace(dev.modelstore.platform.v1.CreateWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such workspace,
     * or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetWorkspaceResponse getWorkspace(dev.modelstore.platform.v1.GetWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListWorkspacesResponse listWorkspaces(dev.modelstore.platform.v1.ListWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the workspaces matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's workspaces are seen.
     * Entities that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.PurgeWorkspacesResponse purgeWorkspaces(dev.modelstore.platform.v1.PurgeWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * workspace and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateWorkspaceResponse updateWorkspace(dev.modelstore.platform.v1.UpdateWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a workspace.
     * Errors: NOT_FOUND (no such workspace), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteWorkspaceResponse deleteWorkspace(dev.modelstore.platform.v1.DeleteWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetWorkspacesResponse batchGetWorkspaces(dev.modelstore.platform.v1.BatchGetWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 workspaces in one call, all or none (AIP-233): each item
     * as CreateWorkspace would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateWorkspacesResponse batchCreateWorkspaces(dev.modelstore.platform.v1.BatchCreateWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 workspaces in one call, all or none (AIP-234): each item
     * as UpdateWorkspace would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse batchUpdateWorkspaces(dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 workspaces in one call, all or none (AIP-235): each item
     * as DeleteWorkspace would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse batchDeleteWorkspaces(dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteWorkspacesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service WorkspaceService.
   * <pre>
   * Manages workspaces, the tenants of the platform domain.
   * </pre>
   */
  public static final class WorkspaceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<WorkspaceServiceFutureStub> {
    private WorkspaceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WorkspaceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WorkspaceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), PERMISSION_DENIED (the id is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.CreateWorkspaceResponse> createWorkspace(
        dev.modelstore.platform.v1.CreateWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such workspace,
     * or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.GetWorkspaceResponse> getWorkspace(
        dev.modelstore.platform.v1.GetWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.ListWorkspacesResponse> listWorkspaces(
        dev.modelstore.platform.v1.ListWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the workspaces matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's workspaces are seen.
     * Entities that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.PurgeWorkspacesResponse> purgeWorkspaces(
        dev.modelstore.platform.v1.PurgeWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * workspace and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.UpdateWorkspaceResponse> updateWorkspace(
        dev.modelstore.platform.v1.UpdateWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a workspace.
     * Errors: NOT_FOUND (no such workspace), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.DeleteWorkspaceResponse> deleteWorkspace(
        dev.modelstore.platform.v1.DeleteWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchGetWorkspacesResponse> batchGetWorkspaces(
        dev.modelstore.platform.v1.BatchGetWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 workspaces in one call, all or none (AIP-233): each item
     * as CreateWorkspace would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchCreateWorkspacesResponse> batchCreateWorkspaces(
        dev.modelstore.platform.v1.BatchCreateWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 workspaces in one call, all or none (AIP-234): each item
     * as UpdateWorkspace would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse> batchUpdateWorkspaces(
        dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 workspaces in one call, all or none (AIP-235): each item
     * as DeleteWorkspace would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteWorkspace, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse> batchDeleteWorkspaces(
        dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteWorkspacesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_WORKSPACE = 0;
  private static final int METHODID_GET_WORKSPACE = 1;
  private static final int METHODID_LIST_WORKSPACES = 2;
  private static final int METHODID_PURGE_WORKSPACES = 3;
  private static final int METHODID_UPDATE_WORKSPACE = 4;
  private static final int METHODID_DELETE_WORKSPACE = 5;
  private static final int METHODID_BATCH_GET_WORKSPACES = 6;
  private static final int METHODID_BATCH_CREATE_WORKSPACES = 7;
  private static final int METHODID_BATCH_UPDATE_WORKSPACES = 8;
  private static final int METHODID_BATCH_DELETE_WORKSPACES = 9;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_WORKSPACE:
          serviceImpl.createWorkspace((dev.modelstore.platform.v1.CreateWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateWorkspaceResponse>) responseObserver);
          break;
        case METHODID_GET_WORKSPACE:
          serviceImpl.getWorkspace((dev.modelstore.platform.v1.GetWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetWorkspaceResponse>) responseObserver);
          break;
        case METHODID_LIST_WORKSPACES:
          serviceImpl.listWorkspaces((dev.modelstore.platform.v1.ListWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListWorkspacesResponse>) responseObserver);
          break;
        case METHODID_PURGE_WORKSPACES:
          serviceImpl.purgeWorkspaces((dev.modelstore.platform.v1.PurgeWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeWorkspacesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_WORKSPACE:
          serviceImpl.updateWorkspace((dev.modelstore.platform.v1.UpdateWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateWorkspaceResponse>) responseObserver);
          break;
        case METHODID_DELETE_WORKSPACE:
          serviceImpl.deleteWorkspace((dev.modelstore.platform.v1.DeleteWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteWorkspaceResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_WORKSPACES:
          serviceImpl.batchGetWorkspaces((dev.modelstore.platform.v1.BatchGetWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_WORKSPACES:
          serviceImpl.batchCreateWorkspaces((dev.modelstore.platform.v1.BatchCreateWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_WORKSPACES:
          serviceImpl.batchUpdateWorkspaces((dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_WORKSPACES:
          serviceImpl.batchDeleteWorkspaces((dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.CreateWorkspaceRequest,
              dev.modelstore.platform.v1.CreateWorkspaceResponse>(
                service, METHODID_CREATE_WORKSPACE)))
        .addMethod(
          getGetWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.GetWorkspaceRequest,
              dev.modelstore.platform.v1.GetWorkspaceResponse>(
                service, METHODID_GET_WORKSPACE)))
        .addMethod(
          getListWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.ListWorkspacesRequest,
              dev.modelstore.platform.v1.ListWorkspacesResponse>(
                service, METHODID_LIST_WORKSPACES)))
        .addMethod(
          getPurgeWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.PurgeWorkspacesRequest,
              dev.modelstore.platform.v1.PurgeWorkspacesResponse>(
                service, METHODID_PURGE_WORKSPACES)))
        .addMethod(
          getUpdateWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.UpdateWorkspaceRequest,
              dev.modelstore.platform.v1.UpdateWorkspaceResponse>(
                service, METHODID_UPDATE_WORKSPACE)))
        .addMethod(
          getDeleteWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.DeleteWorkspaceRequest,
              dev.modelstore.platform.v1.DeleteWorkspaceResponse>(
                service, METHODID_DELETE_WORKSPACE)))
        .addMethod(
          getBatchGetWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchGetWorkspacesRequest,
              dev.modelstore.platform.v1.BatchGetWorkspacesResponse>(
                service, METHODID_BATCH_GET_WORKSPACES)))
        .addMethod(
          getBatchCreateWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchCreateWorkspacesRequest,
              dev.modelstore.platform.v1.BatchCreateWorkspacesResponse>(
                service, METHODID_BATCH_CREATE_WORKSPACES)))
        .addMethod(
          getBatchUpdateWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchUpdateWorkspacesRequest,
              dev.modelstore.platform.v1.BatchUpdateWorkspacesResponse>(
                service, METHODID_BATCH_UPDATE_WORKSPACES)))
        .addMethod(
          getBatchDeleteWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchDeleteWorkspacesRequest,
              dev.modelstore.platform.v1.BatchDeleteWorkspacesResponse>(
                service, METHODID_BATCH_DELETE_WORKSPACES)))
        .build();
  }

  private static abstract class WorkspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WorkspaceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.platform.v1.WorkspaceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WorkspaceService");
    }
  }

  private static final class WorkspaceServiceFileDescriptorSupplier
      extends WorkspaceServiceBaseDescriptorSupplier {
    WorkspaceServiceFileDescriptorSupplier() {}
  }

  private static final class WorkspaceServiceMethodDescriptorSupplier
      extends WorkspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    WorkspaceServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (WorkspaceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WorkspaceServiceFileDescriptorSupplier())
              .addMethod(getCreateWorkspaceMethod())
              .addMethod(getGetWorkspaceMethod())
              .addMethod(getListWorkspacesMethod())
              .addMethod(getPurgeWorkspacesMethod())
              .addMethod(getUpdateWorkspaceMethod())
              .addMethod(getDeleteWorkspaceMethod())
              .addMethod(getBatchGetWorkspacesMethod())
              .addMethod(getBatchCreateWorkspacesMethod())
              .addMethod(getBatchUpdateWorkspacesMethod())
              .addMethod(getBatchDeleteWorkspacesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
