package dev.modelstore.directory.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the memberships of users in organizations.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MembershipServiceGrpc {

  private MembershipServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.directory.v1.MembershipService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateMembershipRequest,
      dev.modelstore.directory.v1.CreateMembershipResponse> getCreateMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateMembership",
      requestType = dev.modelstore.directory.v1.CreateMembershipRequest.class,
      responseType = dev.modelstore.directory.v1.CreateMembershipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateMembershipRequest,
      dev.modelstore.directory.v1.CreateMembershipResponse> getCreateMembershipMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateMembershipRequest, dev.modelstore.directory.v1.CreateMembershipResponse> getCreateMembershipMethod;
    if ((getCreateMembershipMethod = MembershipServiceGrpc.getCreateMembershipMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getCreateMembershipMethod = MembershipServiceGrpc.getCreateMembershipMethod) == null) {
          MembershipServiceGrpc.getCreateMembershipMethod = getCreateMembershipMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.CreateMembershipRequest, dev.modelstore.directory.v1.CreateMembershipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateMembershipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("CreateMembership"))
              .build();
        }
      }
    }
    return getCreateMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetMembershipRequest,
      dev.modelstore.directory.v1.GetMembershipResponse> getGetMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMembership",
      requestType = dev.modelstore.directory.v1.GetMembershipRequest.class,
      responseType = dev.modelstore.directory.v1.GetMembershipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetMembershipRequest,
      dev.modelstore.directory.v1.GetMembershipResponse> getGetMembershipMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetMembershipRequest, dev.modelstore.directory.v1.GetMembershipResponse> getGetMembershipMethod;
    if ((getGetMembershipMethod = MembershipServiceGrpc.getGetMembershipMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getGetMembershipMethod = MembershipServiceGrpc.getGetMembershipMethod) == null) {
          MembershipServiceGrpc.getGetMembershipMethod = getGetMembershipMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.GetMembershipRequest, dev.modelstore.directory.v1.GetMembershipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetMembershipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("GetMembership"))
              .build();
        }
      }
    }
    return getGetMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListMembershipsRequest,
      dev.modelstore.directory.v1.ListMembershipsResponse> getListMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMemberships",
      requestType = dev.modelstore.directory.v1.ListMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.ListMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListMembershipsRequest,
      dev.modelstore.directory.v1.ListMembershipsResponse> getListMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListMembershipsRequest, dev.modelstore.directory.v1.ListMembershipsResponse> getListMembershipsMethod;
    if ((getListMembershipsMethod = MembershipServiceGrpc.getListMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getListMembershipsMethod = MembershipServiceGrpc.getListMembershipsMethod) == null) {
          MembershipServiceGrpc.getListMembershipsMethod = getListMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.ListMembershipsRequest, dev.modelstore.directory.v1.ListMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("ListMemberships"))
              .build();
        }
      }
    }
    return getListMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeMembershipsRequest,
      dev.modelstore.directory.v1.PurgeMembershipsResponse> getPurgeMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeMemberships",
      requestType = dev.modelstore.directory.v1.PurgeMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.PurgeMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeMembershipsRequest,
      dev.modelstore.directory.v1.PurgeMembershipsResponse> getPurgeMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeMembershipsRequest, dev.modelstore.directory.v1.PurgeMembershipsResponse> getPurgeMembershipsMethod;
    if ((getPurgeMembershipsMethod = MembershipServiceGrpc.getPurgeMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getPurgeMembershipsMethod = MembershipServiceGrpc.getPurgeMembershipsMethod) == null) {
          MembershipServiceGrpc.getPurgeMembershipsMethod = getPurgeMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.PurgeMembershipsRequest, dev.modelstore.directory.v1.PurgeMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("PurgeMemberships"))
              .build();
        }
      }
    }
    return getPurgeMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateMembershipRequest,
      dev.modelstore.directory.v1.UpdateMembershipResponse> getUpdateMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMembership",
      requestType = dev.modelstore.directory.v1.UpdateMembershipRequest.class,
      responseType = dev.modelstore.directory.v1.UpdateMembershipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateMembershipRequest,
      dev.modelstore.directory.v1.UpdateMembershipResponse> getUpdateMembershipMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateMembershipRequest, dev.modelstore.directory.v1.UpdateMembershipResponse> getUpdateMembershipMethod;
    if ((getUpdateMembershipMethod = MembershipServiceGrpc.getUpdateMembershipMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getUpdateMembershipMethod = MembershipServiceGrpc.getUpdateMembershipMethod) == null) {
          MembershipServiceGrpc.getUpdateMembershipMethod = getUpdateMembershipMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.UpdateMembershipRequest, dev.modelstore.directory.v1.UpdateMembershipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateMembershipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("UpdateMembership"))
              .build();
        }
      }
    }
    return getUpdateMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteMembershipRequest,
      dev.modelstore.directory.v1.DeleteMembershipResponse> getDeleteMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMembership",
      requestType = dev.modelstore.directory.v1.DeleteMembershipRequest.class,
      responseType = dev.modelstore.directory.v1.DeleteMembershipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteMembershipRequest,
      dev.modelstore.directory.v1.DeleteMembershipResponse> getDeleteMembershipMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteMembershipRequest, dev.modelstore.directory.v1.DeleteMembershipResponse> getDeleteMembershipMethod;
    if ((getDeleteMembershipMethod = MembershipServiceGrpc.getDeleteMembershipMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getDeleteMembershipMethod = MembershipServiceGrpc.getDeleteMembershipMethod) == null) {
          MembershipServiceGrpc.getDeleteMembershipMethod = getDeleteMembershipMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.DeleteMembershipRequest, dev.modelstore.directory.v1.DeleteMembershipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteMembershipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("DeleteMembership"))
              .build();
        }
      }
    }
    return getDeleteMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetMembershipsRequest,
      dev.modelstore.directory.v1.BatchGetMembershipsResponse> getBatchGetMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetMemberships",
      requestType = dev.modelstore.directory.v1.BatchGetMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchGetMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetMembershipsRequest,
      dev.modelstore.directory.v1.BatchGetMembershipsResponse> getBatchGetMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetMembershipsRequest, dev.modelstore.directory.v1.BatchGetMembershipsResponse> getBatchGetMembershipsMethod;
    if ((getBatchGetMembershipsMethod = MembershipServiceGrpc.getBatchGetMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getBatchGetMembershipsMethod = MembershipServiceGrpc.getBatchGetMembershipsMethod) == null) {
          MembershipServiceGrpc.getBatchGetMembershipsMethod = getBatchGetMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchGetMembershipsRequest, dev.modelstore.directory.v1.BatchGetMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("BatchGetMemberships"))
              .build();
        }
      }
    }
    return getBatchGetMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateMembershipsRequest,
      dev.modelstore.directory.v1.BatchCreateMembershipsResponse> getBatchCreateMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateMemberships",
      requestType = dev.modelstore.directory.v1.BatchCreateMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchCreateMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateMembershipsRequest,
      dev.modelstore.directory.v1.BatchCreateMembershipsResponse> getBatchCreateMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateMembershipsRequest, dev.modelstore.directory.v1.BatchCreateMembershipsResponse> getBatchCreateMembershipsMethod;
    if ((getBatchCreateMembershipsMethod = MembershipServiceGrpc.getBatchCreateMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getBatchCreateMembershipsMethod = MembershipServiceGrpc.getBatchCreateMembershipsMethod) == null) {
          MembershipServiceGrpc.getBatchCreateMembershipsMethod = getBatchCreateMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchCreateMembershipsRequest, dev.modelstore.directory.v1.BatchCreateMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("BatchCreateMemberships"))
              .build();
        }
      }
    }
    return getBatchCreateMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateMembershipsRequest,
      dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> getBatchUpdateMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateMemberships",
      requestType = dev.modelstore.directory.v1.BatchUpdateMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchUpdateMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateMembershipsRequest,
      dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> getBatchUpdateMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateMembershipsRequest, dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> getBatchUpdateMembershipsMethod;
    if ((getBatchUpdateMembershipsMethod = MembershipServiceGrpc.getBatchUpdateMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getBatchUpdateMembershipsMethod = MembershipServiceGrpc.getBatchUpdateMembershipsMethod) == null) {
          MembershipServiceGrpc.getBatchUpdateMembershipsMethod = getBatchUpdateMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchUpdateMembershipsRequest, dev.modelstore.directory.v1.BatchUpdateMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("BatchUpdateMemberships"))
              .build();
        }
      }
    }
    return getBatchUpdateMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteMembershipsRequest,
      dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> getBatchDeleteMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteMemberships",
      requestType = dev.modelstore.directory.v1.BatchDeleteMembershipsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchDeleteMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteMembershipsRequest,
      dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> getBatchDeleteMembershipsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteMembershipsRequest, dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> getBatchDeleteMembershipsMethod;
    if ((getBatchDeleteMembershipsMethod = MembershipServiceGrpc.getBatchDeleteMembershipsMethod) == null) {
      synchronized (MembershipServiceGrpc.class) {
        if ((getBatchDeleteMembershipsMethod = MembershipServiceGrpc.getBatchDeleteMembershipsMethod) == null) {
          MembershipServiceGrpc.getBatchDeleteMembershipsMethod = getBatchDeleteMembershipsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchDeleteMembershipsRequest, dev.modelstore.directory.v1.BatchDeleteMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MembershipServiceMethodDescriptorSupplier("BatchDeleteMemberships"))
              .build();
        }
      }
    }
    return getBatchDeleteMembershipsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MembershipServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MembershipServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MembershipServiceStub>() {
        @java.lang.Override
        public MembershipServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MembershipServiceStub(channel, callOptions);
        }
      };
    return MembershipServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MembershipServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MembershipServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MembershipServiceBlockingV2Stub>() {
        @java.lang.Override
        public MembershipServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MembershipServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MembershipServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MembershipServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MembershipServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MembershipServiceBlockingStub>() {
        @java.lang.Override
        public MembershipServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MembershipServiceBlockingStub(channel, callOptions);
        }
      };
    return MembershipServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MembershipServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MembershipServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MembershipServiceFutureStub>() {
        @java.lang.Override
        public MembershipServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MembershipServiceFutureStub(channel, callOptions);
        }
      };
    return MembershipServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a membership.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user is already a member of the organization),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createMembership(dev.modelstore.directory.v1.CreateMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateMembershipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a membership by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such membership),
     * UNAVAILABLE.
     * </pre>
     */
    default void getMembership(dev.modelstore.directory.v1.GetMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetMembershipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists memberships, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listMemberships(dev.modelstore.directory.v1.ListMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the memberships matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's memberships are seen.
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
    default void purgeMemberships(dev.modelstore.directory.v1.PurgeMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a membership.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * membership and allow_missing is false), ALREADY_EXISTS (the user is
     * already a member of the organization), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateMembership(dev.modelstore.directory.v1.UpdateMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateMembershipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a membership.
     * Errors: NOT_FOUND (no such membership), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteMembership(dev.modelstore.directory.v1.DeleteMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteMembershipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several memberships by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetMemberships(dev.modelstore.directory.v1.BatchGetMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 memberships in one call, all or none (AIP-233): each
     * item as CreateMembership would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateMemberships(dev.modelstore.directory.v1.BatchCreateMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 memberships in one call, all or none (AIP-234): each
     * item as UpdateMembership would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateMemberships(dev.modelstore.directory.v1.BatchUpdateMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 memberships in one call, all or none (AIP-235): each
     * item as DeleteMembership would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteMemberships(dev.modelstore.directory.v1.BatchDeleteMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteMembershipsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MembershipService.
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public static abstract class MembershipServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MembershipServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MembershipService.
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public static final class MembershipServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MembershipServiceStub> {
    private MembershipServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MembershipServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MembershipServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a membership.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user is already a member of the organization),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createMembership(dev.modelstore.directory.v1.CreateMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateMembershipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a membership by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such membership),
     * UNAVAILABLE.
     * </pre>
     */
    public void getMembership(dev.modelstore.directory.v1.GetMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetMembershipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists memberships, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listMemberships(dev.modelstore.directory.v1.ListMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the memberships matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's memberships are seen.
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
    public void purgeMemberships(dev.modelstore.directory.v1.PurgeMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a membership.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * membership and allow_missing is false), ALREADY_EXISTS (the user is
     * already a member of the organization), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateMembership(dev.modelstore.directory.v1.UpdateMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateMembershipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a membership.
     * Errors: NOT_FOUND (no such membership), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteMembership(dev.modelstore.directory.v1.DeleteMembershipRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteMembershipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several memberships by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetMemberships(dev.modelstore.directory.v1.BatchGetMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 memberships in one call, all or none (AIP-233): each
     * item as CreateMembership would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateMemberships(dev.modelstore.directory.v1.BatchCreateMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 memberships in one call, all or none (AIP-234): each
     * item as UpdateMembership would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateMemberships(dev.modelstore.directory.v1.BatchUpdateMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 memberships in one call, all or none (AIP-235): each
     * item as DeleteMembership would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteMemberships(dev.modelstore.directory.v1.BatchDeleteMembershipsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteMembershipsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MembershipService.
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public static final class MembershipServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MembershipServiceBlockingV2Stub> {
    private MembershipServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MembershipServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MembershipServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a membership.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user is already a member of the organization),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateMembershipResponse createMembership(dev.modelstore.directory.v1.CreateMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a membership by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such membership),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetMembershipResponse getMembership(dev.modelstore.directory.v1.GetMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists memberships, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListMembershipsResponse listMemberships(dev.modelstore.directory.v1.ListMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the memberships matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's memberships are seen.
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
    public dev.modelstore.directory.v1.PurgeMembershipsResponse purgeMemberships(dev.modelstore.directory.v1.PurgeMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a membership.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * membership and allow_missing is false), ALREADY_EXISTS (the user is
     * already a member of the organization), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateMembershipResponse updateMembership(dev.modelstore.directory.v1.UpdateMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a membership.
     * Errors: NOT_FOUND (no such membership), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteMembershipResponse deleteMembership(dev.modelstore.directory.v1.DeleteMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several memberships by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetMembershipsResponse batchGetMemberships(dev.modelstore.directory.v1.BatchGetMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 memberships in one call, all or none (AIP-233): each
     * item as CreateMembership would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateMembershipsResponse batchCreateMemberships(dev.modelstore.directory.v1.BatchCreateMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 memberships in one call, all or none (AIP-234): each
     * item as UpdateMembership would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateMembershipsResponse batchUpdateMemberships(dev.modelstore.directory.v1.BatchUpdateMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 memberships in one call, all or none (AIP-235): each
     * item as DeleteMembership would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteMembershipsResponse batchDeleteMemberships(dev.modelstore.directory.v1.BatchDeleteMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteMembershipsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MembershipService.
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public static final class MembershipServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MembershipServiceBlockingStub> {
    private MembershipServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MembershipServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MembershipServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a membership.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user is already a member of the organization),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateMembershipResponse createMembership(dev.modelstore.directory.v1.CreateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a membership by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such membership),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetMembershipResponse getMembership(dev.modelstore.directory.v1.GetMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists memberships, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListMembershipsResponse listMemberships(dev.modelstore.directory.v1.ListMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the memberships matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's memberships are seen.
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
    public dev.modelstore.directory.v1.PurgeMembershipsResponse purgeMemberships(dev.modelstore.directory.v1.PurgeMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a membership.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * membership and allow_missing is false), ALREADY_EXISTS (the user is
     * already a member of the organization), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateMembershipResponse updateMembership(dev.modelstore.directory.v1.UpdateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a membership.
     * Errors: NOT_FOUND (no such membership), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteMembershipResponse deleteMembership(dev.modelstore.directory.v1.DeleteMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several memberships by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetMembershipsResponse batchGetMemberships(dev.modelstore.directory.v1.BatchGetMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 memberships in one call, all or none (AIP-233): each
     * item as CreateMembership would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateMembershipsResponse batchCreateMemberships(dev.modelstore.directory.v1.BatchCreateMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 memberships in one call, all or none (AIP-234): each
     * item as UpdateMembership would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateMembershipsResponse batchUpdateMemberships(dev.modelstore.directory.v1.BatchUpdateMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 memberships in one call, all or none (AIP-235): each
     * item as DeleteMembership would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteMembershipsResponse batchDeleteMemberships(dev.modelstore.directory.v1.BatchDeleteMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteMembershipsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MembershipService.
   * <pre>
   * Manages the memberships of users in organizations.
   * </pre>
   */
  public static final class MembershipServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MembershipServiceFutureStub> {
    private MembershipServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MembershipServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MembershipServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a membership.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user is already a member of the organization),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.CreateMembershipResponse> createMembership(
        dev.modelstore.directory.v1.CreateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a membership by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such membership),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.GetMembershipResponse> getMembership(
        dev.modelstore.directory.v1.GetMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists memberships, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.ListMembershipsResponse> listMemberships(
        dev.modelstore.directory.v1.ListMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the memberships matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's memberships are seen.
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.PurgeMembershipsResponse> purgeMemberships(
        dev.modelstore.directory.v1.PurgeMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a membership.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * membership and allow_missing is false), ALREADY_EXISTS (the user is
     * already a member of the organization), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the organization or user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.UpdateMembershipResponse> updateMembership(
        dev.modelstore.directory.v1.UpdateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a membership.
     * Errors: NOT_FOUND (no such membership), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.DeleteMembershipResponse> deleteMembership(
        dev.modelstore.directory.v1.DeleteMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several memberships by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchGetMembershipsResponse> batchGetMemberships(
        dev.modelstore.directory.v1.BatchGetMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 memberships in one call, all or none (AIP-233): each
     * item as CreateMembership would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchCreateMembershipsResponse> batchCreateMemberships(
        dev.modelstore.directory.v1.BatchCreateMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 memberships in one call, all or none (AIP-234): each
     * item as UpdateMembership would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].membership.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchUpdateMembershipsResponse> batchUpdateMemberships(
        dev.modelstore.directory.v1.BatchUpdateMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 memberships in one call, all or none (AIP-235): each
     * item as DeleteMembership would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMembership, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchDeleteMembershipsResponse> batchDeleteMemberships(
        dev.modelstore.directory.v1.BatchDeleteMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteMembershipsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_MEMBERSHIP = 0;
  private static final int METHODID_GET_MEMBERSHIP = 1;
  private static final int METHODID_LIST_MEMBERSHIPS = 2;
  private static final int METHODID_PURGE_MEMBERSHIPS = 3;
  private static final int METHODID_UPDATE_MEMBERSHIP = 4;
  private static final int METHODID_DELETE_MEMBERSHIP = 5;
  private static final int METHODID_BATCH_GET_MEMBERSHIPS = 6;
  private static final int METHODID_BATCH_CREATE_MEMBERSHIPS = 7;
  private static final int METHODID_BATCH_UPDATE_MEMBERSHIPS = 8;
  private static final int METHODID_BATCH_DELETE_MEMBERSHIPS = 9;

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
        case METHODID_CREATE_MEMBERSHIP:
          serviceImpl.createMembership((dev.modelstore.directory.v1.CreateMembershipRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateMembershipResponse>) responseObserver);
          break;
        case METHODID_GET_MEMBERSHIP:
          serviceImpl.getMembership((dev.modelstore.directory.v1.GetMembershipRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetMembershipResponse>) responseObserver);
          break;
        case METHODID_LIST_MEMBERSHIPS:
          serviceImpl.listMemberships((dev.modelstore.directory.v1.ListMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListMembershipsResponse>) responseObserver);
          break;
        case METHODID_PURGE_MEMBERSHIPS:
          serviceImpl.purgeMemberships((dev.modelstore.directory.v1.PurgeMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeMembershipsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MEMBERSHIP:
          serviceImpl.updateMembership((dev.modelstore.directory.v1.UpdateMembershipRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateMembershipResponse>) responseObserver);
          break;
        case METHODID_DELETE_MEMBERSHIP:
          serviceImpl.deleteMembership((dev.modelstore.directory.v1.DeleteMembershipRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteMembershipResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_MEMBERSHIPS:
          serviceImpl.batchGetMemberships((dev.modelstore.directory.v1.BatchGetMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetMembershipsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_MEMBERSHIPS:
          serviceImpl.batchCreateMemberships((dev.modelstore.directory.v1.BatchCreateMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateMembershipsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_MEMBERSHIPS:
          serviceImpl.batchUpdateMemberships((dev.modelstore.directory.v1.BatchUpdateMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateMembershipsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_MEMBERSHIPS:
          serviceImpl.batchDeleteMemberships((dev.modelstore.directory.v1.BatchDeleteMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteMembershipsResponse>) responseObserver);
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
          getCreateMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.CreateMembershipRequest,
              dev.modelstore.directory.v1.CreateMembershipResponse>(
                service, METHODID_CREATE_MEMBERSHIP)))
        .addMethod(
          getGetMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.GetMembershipRequest,
              dev.modelstore.directory.v1.GetMembershipResponse>(
                service, METHODID_GET_MEMBERSHIP)))
        .addMethod(
          getListMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.ListMembershipsRequest,
              dev.modelstore.directory.v1.ListMembershipsResponse>(
                service, METHODID_LIST_MEMBERSHIPS)))
        .addMethod(
          getPurgeMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.PurgeMembershipsRequest,
              dev.modelstore.directory.v1.PurgeMembershipsResponse>(
                service, METHODID_PURGE_MEMBERSHIPS)))
        .addMethod(
          getUpdateMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.UpdateMembershipRequest,
              dev.modelstore.directory.v1.UpdateMembershipResponse>(
                service, METHODID_UPDATE_MEMBERSHIP)))
        .addMethod(
          getDeleteMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.DeleteMembershipRequest,
              dev.modelstore.directory.v1.DeleteMembershipResponse>(
                service, METHODID_DELETE_MEMBERSHIP)))
        .addMethod(
          getBatchGetMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchGetMembershipsRequest,
              dev.modelstore.directory.v1.BatchGetMembershipsResponse>(
                service, METHODID_BATCH_GET_MEMBERSHIPS)))
        .addMethod(
          getBatchCreateMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchCreateMembershipsRequest,
              dev.modelstore.directory.v1.BatchCreateMembershipsResponse>(
                service, METHODID_BATCH_CREATE_MEMBERSHIPS)))
        .addMethod(
          getBatchUpdateMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchUpdateMembershipsRequest,
              dev.modelstore.directory.v1.BatchUpdateMembershipsResponse>(
                service, METHODID_BATCH_UPDATE_MEMBERSHIPS)))
        .addMethod(
          getBatchDeleteMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchDeleteMembershipsRequest,
              dev.modelstore.directory.v1.BatchDeleteMembershipsResponse>(
                service, METHODID_BATCH_DELETE_MEMBERSHIPS)))
        .build();
  }

  private static abstract class MembershipServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MembershipServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.directory.v1.MembershipProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MembershipService");
    }
  }

  private static final class MembershipServiceFileDescriptorSupplier
      extends MembershipServiceBaseDescriptorSupplier {
    MembershipServiceFileDescriptorSupplier() {}
  }

  private static final class MembershipServiceMethodDescriptorSupplier
      extends MembershipServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MembershipServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MembershipServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MembershipServiceFileDescriptorSupplier())
              .addMethod(getCreateMembershipMethod())
              .addMethod(getGetMembershipMethod())
              .addMethod(getListMembershipsMethod())
              .addMethod(getPurgeMembershipsMethod())
              .addMethod(getUpdateMembershipMethod())
              .addMethod(getDeleteMembershipMethod())
              .addMethod(getBatchGetMembershipsMethod())
              .addMethod(getBatchCreateMembershipsMethod())
              .addMethod(getBatchUpdateMembershipsMethod())
              .addMethod(getBatchDeleteMembershipsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
