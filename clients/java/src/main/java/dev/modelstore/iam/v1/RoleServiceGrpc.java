package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the roles of tenants.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RoleServiceGrpc {

  private RoleServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.RoleService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleRequest,
      dev.modelstore.iam.v1.CreateRoleResponse> getCreateRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRole",
      requestType = dev.modelstore.iam.v1.CreateRoleRequest.class,
      responseType = dev.modelstore.iam.v1.CreateRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleRequest,
      dev.modelstore.iam.v1.CreateRoleResponse> getCreateRoleMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleRequest, dev.modelstore.iam.v1.CreateRoleResponse> getCreateRoleMethod;
    if ((getCreateRoleMethod = RoleServiceGrpc.getCreateRoleMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getCreateRoleMethod = RoleServiceGrpc.getCreateRoleMethod) == null) {
          RoleServiceGrpc.getCreateRoleMethod = getCreateRoleMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreateRoleRequest, dev.modelstore.iam.v1.CreateRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("CreateRole"))
              .build();
        }
      }
    }
    return getCreateRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleRequest,
      dev.modelstore.iam.v1.GetRoleResponse> getGetRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRole",
      requestType = dev.modelstore.iam.v1.GetRoleRequest.class,
      responseType = dev.modelstore.iam.v1.GetRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleRequest,
      dev.modelstore.iam.v1.GetRoleResponse> getGetRoleMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleRequest, dev.modelstore.iam.v1.GetRoleResponse> getGetRoleMethod;
    if ((getGetRoleMethod = RoleServiceGrpc.getGetRoleMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getGetRoleMethod = RoleServiceGrpc.getGetRoleMethod) == null) {
          RoleServiceGrpc.getGetRoleMethod = getGetRoleMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetRoleRequest, dev.modelstore.iam.v1.GetRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("GetRole"))
              .build();
        }
      }
    }
    return getGetRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRolesRequest,
      dev.modelstore.iam.v1.ListRolesResponse> getListRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRoles",
      requestType = dev.modelstore.iam.v1.ListRolesRequest.class,
      responseType = dev.modelstore.iam.v1.ListRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRolesRequest,
      dev.modelstore.iam.v1.ListRolesResponse> getListRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRolesRequest, dev.modelstore.iam.v1.ListRolesResponse> getListRolesMethod;
    if ((getListRolesMethod = RoleServiceGrpc.getListRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getListRolesMethod = RoleServiceGrpc.getListRolesMethod) == null) {
          RoleServiceGrpc.getListRolesMethod = getListRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListRolesRequest, dev.modelstore.iam.v1.ListRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("ListRoles"))
              .build();
        }
      }
    }
    return getListRolesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRolesRequest,
      dev.modelstore.iam.v1.PurgeRolesResponse> getPurgeRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeRoles",
      requestType = dev.modelstore.iam.v1.PurgeRolesRequest.class,
      responseType = dev.modelstore.iam.v1.PurgeRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRolesRequest,
      dev.modelstore.iam.v1.PurgeRolesResponse> getPurgeRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRolesRequest, dev.modelstore.iam.v1.PurgeRolesResponse> getPurgeRolesMethod;
    if ((getPurgeRolesMethod = RoleServiceGrpc.getPurgeRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getPurgeRolesMethod = RoleServiceGrpc.getPurgeRolesMethod) == null) {
          RoleServiceGrpc.getPurgeRolesMethod = getPurgeRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgeRolesRequest, dev.modelstore.iam.v1.PurgeRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("PurgeRoles"))
              .build();
        }
      }
    }
    return getPurgeRolesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleRequest,
      dev.modelstore.iam.v1.UpdateRoleResponse> getUpdateRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRole",
      requestType = dev.modelstore.iam.v1.UpdateRoleRequest.class,
      responseType = dev.modelstore.iam.v1.UpdateRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleRequest,
      dev.modelstore.iam.v1.UpdateRoleResponse> getUpdateRoleMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleRequest, dev.modelstore.iam.v1.UpdateRoleResponse> getUpdateRoleMethod;
    if ((getUpdateRoleMethod = RoleServiceGrpc.getUpdateRoleMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getUpdateRoleMethod = RoleServiceGrpc.getUpdateRoleMethod) == null) {
          RoleServiceGrpc.getUpdateRoleMethod = getUpdateRoleMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdateRoleRequest, dev.modelstore.iam.v1.UpdateRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("UpdateRole"))
              .build();
        }
      }
    }
    return getUpdateRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleRequest,
      dev.modelstore.iam.v1.DeleteRoleResponse> getDeleteRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRole",
      requestType = dev.modelstore.iam.v1.DeleteRoleRequest.class,
      responseType = dev.modelstore.iam.v1.DeleteRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleRequest,
      dev.modelstore.iam.v1.DeleteRoleResponse> getDeleteRoleMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleRequest, dev.modelstore.iam.v1.DeleteRoleResponse> getDeleteRoleMethod;
    if ((getDeleteRoleMethod = RoleServiceGrpc.getDeleteRoleMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getDeleteRoleMethod = RoleServiceGrpc.getDeleteRoleMethod) == null) {
          RoleServiceGrpc.getDeleteRoleMethod = getDeleteRoleMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeleteRoleRequest, dev.modelstore.iam.v1.DeleteRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("DeleteRole"))
              .build();
        }
      }
    }
    return getDeleteRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleRequest,
      dev.modelstore.iam.v1.UndeleteRoleResponse> getUndeleteRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteRole",
      requestType = dev.modelstore.iam.v1.UndeleteRoleRequest.class,
      responseType = dev.modelstore.iam.v1.UndeleteRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleRequest,
      dev.modelstore.iam.v1.UndeleteRoleResponse> getUndeleteRoleMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleRequest, dev.modelstore.iam.v1.UndeleteRoleResponse> getUndeleteRoleMethod;
    if ((getUndeleteRoleMethod = RoleServiceGrpc.getUndeleteRoleMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getUndeleteRoleMethod = RoleServiceGrpc.getUndeleteRoleMethod) == null) {
          RoleServiceGrpc.getUndeleteRoleMethod = getUndeleteRoleMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeleteRoleRequest, dev.modelstore.iam.v1.UndeleteRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("UndeleteRole"))
              .build();
        }
      }
    }
    return getUndeleteRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRolesRequest,
      dev.modelstore.iam.v1.BatchGetRolesResponse> getBatchGetRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetRoles",
      requestType = dev.modelstore.iam.v1.BatchGetRolesRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRolesRequest,
      dev.modelstore.iam.v1.BatchGetRolesResponse> getBatchGetRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRolesRequest, dev.modelstore.iam.v1.BatchGetRolesResponse> getBatchGetRolesMethod;
    if ((getBatchGetRolesMethod = RoleServiceGrpc.getBatchGetRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getBatchGetRolesMethod = RoleServiceGrpc.getBatchGetRolesMethod) == null) {
          RoleServiceGrpc.getBatchGetRolesMethod = getBatchGetRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetRolesRequest, dev.modelstore.iam.v1.BatchGetRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("BatchGetRoles"))
              .build();
        }
      }
    }
    return getBatchGetRolesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRolesRequest,
      dev.modelstore.iam.v1.BatchCreateRolesResponse> getBatchCreateRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateRoles",
      requestType = dev.modelstore.iam.v1.BatchCreateRolesRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreateRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRolesRequest,
      dev.modelstore.iam.v1.BatchCreateRolesResponse> getBatchCreateRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRolesRequest, dev.modelstore.iam.v1.BatchCreateRolesResponse> getBatchCreateRolesMethod;
    if ((getBatchCreateRolesMethod = RoleServiceGrpc.getBatchCreateRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getBatchCreateRolesMethod = RoleServiceGrpc.getBatchCreateRolesMethod) == null) {
          RoleServiceGrpc.getBatchCreateRolesMethod = getBatchCreateRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreateRolesRequest, dev.modelstore.iam.v1.BatchCreateRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("BatchCreateRoles"))
              .build();
        }
      }
    }
    return getBatchCreateRolesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRolesRequest,
      dev.modelstore.iam.v1.BatchUpdateRolesResponse> getBatchUpdateRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateRoles",
      requestType = dev.modelstore.iam.v1.BatchUpdateRolesRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdateRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRolesRequest,
      dev.modelstore.iam.v1.BatchUpdateRolesResponse> getBatchUpdateRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRolesRequest, dev.modelstore.iam.v1.BatchUpdateRolesResponse> getBatchUpdateRolesMethod;
    if ((getBatchUpdateRolesMethod = RoleServiceGrpc.getBatchUpdateRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getBatchUpdateRolesMethod = RoleServiceGrpc.getBatchUpdateRolesMethod) == null) {
          RoleServiceGrpc.getBatchUpdateRolesMethod = getBatchUpdateRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdateRolesRequest, dev.modelstore.iam.v1.BatchUpdateRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("BatchUpdateRoles"))
              .build();
        }
      }
    }
    return getBatchUpdateRolesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRolesRequest,
      dev.modelstore.iam.v1.BatchDeleteRolesResponse> getBatchDeleteRolesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteRoles",
      requestType = dev.modelstore.iam.v1.BatchDeleteRolesRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeleteRolesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRolesRequest,
      dev.modelstore.iam.v1.BatchDeleteRolesResponse> getBatchDeleteRolesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRolesRequest, dev.modelstore.iam.v1.BatchDeleteRolesResponse> getBatchDeleteRolesMethod;
    if ((getBatchDeleteRolesMethod = RoleServiceGrpc.getBatchDeleteRolesMethod) == null) {
      synchronized (RoleServiceGrpc.class) {
        if ((getBatchDeleteRolesMethod = RoleServiceGrpc.getBatchDeleteRolesMethod) == null) {
          RoleServiceGrpc.getBatchDeleteRolesMethod = getBatchDeleteRolesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeleteRolesRequest, dev.modelstore.iam.v1.BatchDeleteRolesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteRoles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteRolesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteRolesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleServiceMethodDescriptorSupplier("BatchDeleteRoles"))
              .build();
        }
      }
    }
    return getBatchDeleteRolesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RoleServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleServiceStub>() {
        @java.lang.Override
        public RoleServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleServiceStub(channel, callOptions);
        }
      };
    return RoleServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RoleServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleServiceBlockingV2Stub>() {
        @java.lang.Override
        public RoleServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RoleServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RoleServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleServiceBlockingStub>() {
        @java.lang.Override
        public RoleServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleServiceBlockingStub(channel, callOptions);
        }
      };
    return RoleServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RoleServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleServiceFutureStub>() {
        @java.lang.Override
        public RoleServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleServiceFutureStub(channel, callOptions);
        }
      };
    return RoleServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a role.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createRole(dev.modelstore.iam.v1.CreateRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a role by id. A deleted role is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getRole(dev.modelstore.iam.v1.GetRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists roles, one keyset page at a time. Only the caller tenant's roles
     * are listed. Deleted roles are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listRoles(dev.modelstore.iam.v1.ListRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRolesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the roles matching `filter` (AIP-165), soft-deleted and
     * live ones alike: a purge is a hard delete. Only the caller tenant's roles
     * are seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeRoles(dev.modelstore.iam.v1.PurgeRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeRolesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a role.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role and allow_missing is false), ALREADY_EXISTS (the name is in use in
     * the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the tenant
     * does not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateRole(dev.modelstore.iam.v1.UpdateRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a role (AIP-164): sets `is_active` to false and returns the
     * role. UndeleteRole restores it.
     * Errors: NOT_FOUND (no such role, or another tenant's, or it is already
     * deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteRole(dev.modelstore.iam.v1.DeleteRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted role: sets `is_active` back to true and returns the
     * role.
     * Errors: NOT_FOUND (no such role, or another tenant's), ALREADY_EXISTS
     * (the role is not deleted), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void undeleteRole(dev.modelstore.iam.v1.UndeleteRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several roles by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetRoles(dev.modelstore.iam.v1.BatchGetRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetRolesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 roles in one call, all or none (AIP-233): each item as
     * CreateRole would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchCreateRoles(dev.modelstore.iam.v1.BatchCreateRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateRolesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 roles in one call, all or none (AIP-234): each item as
     * UpdateRole would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateRoles(dev.modelstore.iam.v1.BatchUpdateRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateRolesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 roles in one call, all or none (AIP-235): each item as
     * DeleteRole would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteRoles(dev.modelstore.iam.v1.BatchDeleteRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRolesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteRolesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RoleService.
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public static abstract class RoleServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RoleServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RoleService.
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public static final class RoleServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RoleServiceStub> {
    private RoleServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createRole(dev.modelstore.iam.v1.CreateRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a role by id. A deleted role is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getRole(dev.modelstore.iam.v1.GetRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists roles, one keyset page at a time. Only the caller tenant's roles
     * are listed. Deleted roles are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listRoles(dev.modelstore.iam.v1.ListRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRolesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the roles matching `filter` (AIP-165), soft-deleted and
     * live ones alike: a purge is a hard delete. Only the caller tenant's roles
     * are seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeRoles(dev.modelstore.iam.v1.PurgeRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeRolesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a role.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role and allow_missing is false), ALREADY_EXISTS (the name is in use in
     * the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the tenant
     * does not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateRole(dev.modelstore.iam.v1.UpdateRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a role (AIP-164): sets `is_active` to false and returns the
     * role. UndeleteRole restores it.
     * Errors: NOT_FOUND (no such role, or another tenant's, or it is already
     * deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteRole(dev.modelstore.iam.v1.DeleteRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted role: sets `is_active` back to true and returns the
     * role.
     * Errors: NOT_FOUND (no such role, or another tenant's), ALREADY_EXISTS
     * (the role is not deleted), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void undeleteRole(dev.modelstore.iam.v1.UndeleteRoleRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several roles by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetRoles(dev.modelstore.iam.v1.BatchGetRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetRolesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 roles in one call, all or none (AIP-233): each item as
     * CreateRole would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchCreateRoles(dev.modelstore.iam.v1.BatchCreateRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateRolesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 roles in one call, all or none (AIP-234): each item as
     * UpdateRole would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateRoles(dev.modelstore.iam.v1.BatchUpdateRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateRolesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 roles in one call, all or none (AIP-235): each item as
     * DeleteRole would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteRoles(dev.modelstore.iam.v1.BatchDeleteRolesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRolesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteRolesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RoleService.
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public static final class RoleServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RoleServiceBlockingV2Stub> {
    private RoleServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateRoleResponse createRole(dev.modelstore.iam.v1.CreateRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a role by id. A deleted role is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetRoleResponse getRole(dev.modelstore.iam.v1.GetRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists roles, one keyset page at a time. Only the caller tenant's roles
     * are listed. Deleted roles are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListRolesResponse listRoles(dev.modelstore.iam.v1.ListRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the roles matching `filter` (AIP-165), soft-deleted and
     * live ones alike: a purge is a hard delete. Only the caller tenant's roles
     * are seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeRolesResponse purgeRoles(dev.modelstore.iam.v1.PurgeRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a role.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role and allow_missing is false), ALREADY_EXISTS (the name is in use in
     * the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the tenant
     * does not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateRoleResponse updateRole(dev.modelstore.iam.v1.UpdateRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a role (AIP-164): sets `is_active` to false and returns the
     * role. UndeleteRole restores it.
     * Errors: NOT_FOUND (no such role, or another tenant's, or it is already
     * deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteRoleResponse deleteRole(dev.modelstore.iam.v1.DeleteRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted role: sets `is_active` back to true and returns the
     * role.
     * Errors: NOT_FOUND (no such role, or another tenant's), ALREADY_EXISTS
     * (the role is not deleted), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteRoleResponse undeleteRole(dev.modelstore.iam.v1.UndeleteRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several roles by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetRolesResponse batchGetRoles(dev.modelstore.iam.v1.BatchGetRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 roles in one call, all or none (AIP-233): each item as
     * CreateRole would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateRolesResponse batchCreateRoles(dev.modelstore.iam.v1.BatchCreateRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 roles in one call, all or none (AIP-234): each item as
     * UpdateRole would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateRolesResponse batchUpdateRoles(dev.modelstore.iam.v1.BatchUpdateRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 roles in one call, all or none (AIP-235): each item as
     * DeleteRole would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteRolesResponse batchDeleteRoles(dev.modelstore.iam.v1.BatchDeleteRolesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteRolesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RoleService.
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public static final class RoleServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RoleServiceBlockingStub> {
    private RoleServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateRoleResponse createRole(dev.modelstore.iam.v1.CreateRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a role by id. A deleted role is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetRoleResponse getRole(dev.modelstore.iam.v1.GetRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists roles, one keyset page at a time. Only the caller tenant's roles
     * are listed. Deleted roles are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListRolesResponse listRoles(dev.modelstore.iam.v1.ListRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the roles matching `filter` (AIP-165), soft-deleted and
     * live ones alike: a purge is a hard delete. Only the caller tenant's roles
     * are seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeRolesResponse purgeRoles(dev.modelstore.iam.v1.PurgeRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a role.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role and allow_missing is false), ALREADY_EXISTS (the name is in use in
     * the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the tenant
     * does not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateRoleResponse updateRole(dev.modelstore.iam.v1.UpdateRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a role (AIP-164): sets `is_active` to false and returns the
     * role. UndeleteRole restores it.
     * Errors: NOT_FOUND (no such role, or another tenant's, or it is already
     * deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteRoleResponse deleteRole(dev.modelstore.iam.v1.DeleteRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted role: sets `is_active` back to true and returns the
     * role.
     * Errors: NOT_FOUND (no such role, or another tenant's), ALREADY_EXISTS
     * (the role is not deleted), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteRoleResponse undeleteRole(dev.modelstore.iam.v1.UndeleteRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several roles by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetRolesResponse batchGetRoles(dev.modelstore.iam.v1.BatchGetRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 roles in one call, all or none (AIP-233): each item as
     * CreateRole would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateRolesResponse batchCreateRoles(dev.modelstore.iam.v1.BatchCreateRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 roles in one call, all or none (AIP-234): each item as
     * UpdateRole would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateRolesResponse batchUpdateRoles(dev.modelstore.iam.v1.BatchUpdateRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateRolesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 roles in one call, all or none (AIP-235): each item as
     * DeleteRole would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteRolesResponse batchDeleteRoles(dev.modelstore.iam.v1.BatchDeleteRolesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteRolesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RoleService.
   * <pre>
   * Manages the roles of tenants.
   * </pre>
   */
  public static final class RoleServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RoleServiceFutureStub> {
    private RoleServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreateRoleResponse> createRole(
        dev.modelstore.iam.v1.CreateRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a role by id. A deleted role is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetRoleResponse> getRole(
        dev.modelstore.iam.v1.GetRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists roles, one keyset page at a time. Only the caller tenant's roles
     * are listed. Deleted roles are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListRolesResponse> listRoles(
        dev.modelstore.iam.v1.ListRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRolesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the roles matching `filter` (AIP-165), soft-deleted and
     * live ones alike: a purge is a hard delete. Only the caller tenant's roles
     * are seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgeRolesResponse> purgeRoles(
        dev.modelstore.iam.v1.PurgeRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeRolesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a role.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role and allow_missing is false), ALREADY_EXISTS (the name is in use in
     * the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the tenant
     * does not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdateRoleResponse> updateRole(
        dev.modelstore.iam.v1.UpdateRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a role (AIP-164): sets `is_active` to false and returns the
     * role. UndeleteRole restores it.
     * Errors: NOT_FOUND (no such role, or another tenant's, or it is already
     * deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeleteRoleResponse> deleteRole(
        dev.modelstore.iam.v1.DeleteRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted role: sets `is_active` back to true and returns the
     * role.
     * Errors: NOT_FOUND (no such role, or another tenant's), ALREADY_EXISTS
     * (the role is not deleted), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeleteRoleResponse> undeleteRole(
        dev.modelstore.iam.v1.UndeleteRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several roles by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetRolesResponse> batchGetRoles(
        dev.modelstore.iam.v1.BatchGetRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetRolesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 roles in one call, all or none (AIP-233): each item as
     * CreateRole would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreateRolesResponse> batchCreateRoles(
        dev.modelstore.iam.v1.BatchCreateRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateRolesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 roles in one call, all or none (AIP-234): each item as
     * UpdateRole would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].role.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdateRolesResponse> batchUpdateRoles(
        dev.modelstore.iam.v1.BatchUpdateRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateRolesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 roles in one call, all or none (AIP-235): each item as
     * DeleteRole would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRole, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeleteRolesResponse> batchDeleteRoles(
        dev.modelstore.iam.v1.BatchDeleteRolesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteRolesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ROLE = 0;
  private static final int METHODID_GET_ROLE = 1;
  private static final int METHODID_LIST_ROLES = 2;
  private static final int METHODID_PURGE_ROLES = 3;
  private static final int METHODID_UPDATE_ROLE = 4;
  private static final int METHODID_DELETE_ROLE = 5;
  private static final int METHODID_UNDELETE_ROLE = 6;
  private static final int METHODID_BATCH_GET_ROLES = 7;
  private static final int METHODID_BATCH_CREATE_ROLES = 8;
  private static final int METHODID_BATCH_UPDATE_ROLES = 9;
  private static final int METHODID_BATCH_DELETE_ROLES = 10;

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
        case METHODID_CREATE_ROLE:
          serviceImpl.createRole((dev.modelstore.iam.v1.CreateRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleResponse>) responseObserver);
          break;
        case METHODID_GET_ROLE:
          serviceImpl.getRole((dev.modelstore.iam.v1.GetRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleResponse>) responseObserver);
          break;
        case METHODID_LIST_ROLES:
          serviceImpl.listRoles((dev.modelstore.iam.v1.ListRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRolesResponse>) responseObserver);
          break;
        case METHODID_PURGE_ROLES:
          serviceImpl.purgeRoles((dev.modelstore.iam.v1.PurgeRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRolesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ROLE:
          serviceImpl.updateRole((dev.modelstore.iam.v1.UpdateRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleResponse>) responseObserver);
          break;
        case METHODID_DELETE_ROLE:
          serviceImpl.deleteRole((dev.modelstore.iam.v1.DeleteRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_ROLE:
          serviceImpl.undeleteRole((dev.modelstore.iam.v1.UndeleteRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_ROLES:
          serviceImpl.batchGetRoles((dev.modelstore.iam.v1.BatchGetRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRolesResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ROLES:
          serviceImpl.batchCreateRoles((dev.modelstore.iam.v1.BatchCreateRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRolesResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_ROLES:
          serviceImpl.batchUpdateRoles((dev.modelstore.iam.v1.BatchUpdateRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRolesResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_ROLES:
          serviceImpl.batchDeleteRoles((dev.modelstore.iam.v1.BatchDeleteRolesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRolesResponse>) responseObserver);
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
          getCreateRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreateRoleRequest,
              dev.modelstore.iam.v1.CreateRoleResponse>(
                service, METHODID_CREATE_ROLE)))
        .addMethod(
          getGetRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetRoleRequest,
              dev.modelstore.iam.v1.GetRoleResponse>(
                service, METHODID_GET_ROLE)))
        .addMethod(
          getListRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListRolesRequest,
              dev.modelstore.iam.v1.ListRolesResponse>(
                service, METHODID_LIST_ROLES)))
        .addMethod(
          getPurgeRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgeRolesRequest,
              dev.modelstore.iam.v1.PurgeRolesResponse>(
                service, METHODID_PURGE_ROLES)))
        .addMethod(
          getUpdateRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdateRoleRequest,
              dev.modelstore.iam.v1.UpdateRoleResponse>(
                service, METHODID_UPDATE_ROLE)))
        .addMethod(
          getDeleteRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeleteRoleRequest,
              dev.modelstore.iam.v1.DeleteRoleResponse>(
                service, METHODID_DELETE_ROLE)))
        .addMethod(
          getUndeleteRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeleteRoleRequest,
              dev.modelstore.iam.v1.UndeleteRoleResponse>(
                service, METHODID_UNDELETE_ROLE)))
        .addMethod(
          getBatchGetRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetRolesRequest,
              dev.modelstore.iam.v1.BatchGetRolesResponse>(
                service, METHODID_BATCH_GET_ROLES)))
        .addMethod(
          getBatchCreateRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreateRolesRequest,
              dev.modelstore.iam.v1.BatchCreateRolesResponse>(
                service, METHODID_BATCH_CREATE_ROLES)))
        .addMethod(
          getBatchUpdateRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdateRolesRequest,
              dev.modelstore.iam.v1.BatchUpdateRolesResponse>(
                service, METHODID_BATCH_UPDATE_ROLES)))
        .addMethod(
          getBatchDeleteRolesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeleteRolesRequest,
              dev.modelstore.iam.v1.BatchDeleteRolesResponse>(
                service, METHODID_BATCH_DELETE_ROLES)))
        .build();
  }

  private static abstract class RoleServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RoleServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.RoleProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RoleService");
    }
  }

  private static final class RoleServiceFileDescriptorSupplier
      extends RoleServiceBaseDescriptorSupplier {
    RoleServiceFileDescriptorSupplier() {}
  }

  private static final class RoleServiceMethodDescriptorSupplier
      extends RoleServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RoleServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RoleServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RoleServiceFileDescriptorSupplier())
              .addMethod(getCreateRoleMethod())
              .addMethod(getGetRoleMethod())
              .addMethod(getListRolesMethod())
              .addMethod(getPurgeRolesMethod())
              .addMethod(getUpdateRoleMethod())
              .addMethod(getDeleteRoleMethod())
              .addMethod(getUndeleteRoleMethod())
              .addMethod(getBatchGetRolesMethod())
              .addMethod(getBatchCreateRolesMethod())
              .addMethod(getBatchUpdateRolesMethod())
              .addMethod(getBatchDeleteRolesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
