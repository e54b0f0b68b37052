package dev.modelstore.auth.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the users of the sign-in service.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class UserServiceGrpc {

  private UserServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.auth.v1.UserService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateUserRequest,
      dev.modelstore.auth.v1.CreateUserResponse> getCreateUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateUser",
      requestType = dev.modelstore.auth.v1.CreateUserRequest.class,
      responseType = dev.modelstore.auth.v1.CreateUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateUserRequest,
      dev.modelstore.auth.v1.CreateUserResponse> getCreateUserMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateUserRequest, dev.modelstore.auth.v1.CreateUserResponse> getCreateUserMethod;
    if ((getCreateUserMethod = UserServiceGrpc.getCreateUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getCreateUserMethod = UserServiceGrpc.getCreateUserMethod) == null) {
          UserServiceGrpc.getCreateUserMethod = getCreateUserMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.CreateUserRequest, dev.modelstore.auth.v1.CreateUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("CreateUser"))
              .build();
        }
      }
    }
    return getCreateUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserRequest,
      dev.modelstore.auth.v1.GetUserResponse> getGetUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUser",
      requestType = dev.modelstore.auth.v1.GetUserRequest.class,
      responseType = dev.modelstore.auth.v1.GetUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserRequest,
      dev.modelstore.auth.v1.GetUserResponse> getGetUserMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserRequest, dev.modelstore.auth.v1.GetUserResponse> getGetUserMethod;
    if ((getGetUserMethod = UserServiceGrpc.getGetUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetUserMethod = UserServiceGrpc.getGetUserMethod) == null) {
          UserServiceGrpc.getGetUserMethod = getGetUserMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetUserRequest, dev.modelstore.auth.v1.GetUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("GetUser"))
              .build();
        }
      }
    }
    return getGetUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListUsersRequest,
      dev.modelstore.auth.v1.ListUsersResponse> getListUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUsers",
      requestType = dev.modelstore.auth.v1.ListUsersRequest.class,
      responseType = dev.modelstore.auth.v1.ListUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListUsersRequest,
      dev.modelstore.auth.v1.ListUsersResponse> getListUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListUsersRequest, dev.modelstore.auth.v1.ListUsersResponse> getListUsersMethod;
    if ((getListUsersMethod = UserServiceGrpc.getListUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getListUsersMethod = UserServiceGrpc.getListUsersMethod) == null) {
          UserServiceGrpc.getListUsersMethod = getListUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.ListUsersRequest, dev.modelstore.auth.v1.ListUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("ListUsers"))
              .build();
        }
      }
    }
    return getListUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeUsersRequest,
      dev.modelstore.auth.v1.PurgeUsersResponse> getPurgeUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeUsers",
      requestType = dev.modelstore.auth.v1.PurgeUsersRequest.class,
      responseType = dev.modelstore.auth.v1.PurgeUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeUsersRequest,
      dev.modelstore.auth.v1.PurgeUsersResponse> getPurgeUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeUsersRequest, dev.modelstore.auth.v1.PurgeUsersResponse> getPurgeUsersMethod;
    if ((getPurgeUsersMethod = UserServiceGrpc.getPurgeUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getPurgeUsersMethod = UserServiceGrpc.getPurgeUsersMethod) == null) {
          UserServiceGrpc.getPurgeUsersMethod = getPurgeUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.PurgeUsersRequest, dev.modelstore.auth.v1.PurgeUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("PurgeUsers"))
              .build();
        }
      }
    }
    return getPurgeUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateUserRequest,
      dev.modelstore.auth.v1.UpdateUserResponse> getUpdateUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateUser",
      requestType = dev.modelstore.auth.v1.UpdateUserRequest.class,
      responseType = dev.modelstore.auth.v1.UpdateUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateUserRequest,
      dev.modelstore.auth.v1.UpdateUserResponse> getUpdateUserMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateUserRequest, dev.modelstore.auth.v1.UpdateUserResponse> getUpdateUserMethod;
    if ((getUpdateUserMethod = UserServiceGrpc.getUpdateUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getUpdateUserMethod = UserServiceGrpc.getUpdateUserMethod) == null) {
          UserServiceGrpc.getUpdateUserMethod = getUpdateUserMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.UpdateUserRequest, dev.modelstore.auth.v1.UpdateUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("UpdateUser"))
              .build();
        }
      }
    }
    return getUpdateUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteUserRequest,
      dev.modelstore.auth.v1.DeleteUserResponse> getDeleteUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUser",
      requestType = dev.modelstore.auth.v1.DeleteUserRequest.class,
      responseType = dev.modelstore.auth.v1.DeleteUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteUserRequest,
      dev.modelstore.auth.v1.DeleteUserResponse> getDeleteUserMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteUserRequest, dev.modelstore.auth.v1.DeleteUserResponse> getDeleteUserMethod;
    if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
          UserServiceGrpc.getDeleteUserMethod = getDeleteUserMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.DeleteUserRequest, dev.modelstore.auth.v1.DeleteUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("DeleteUser"))
              .build();
        }
      }
    }
    return getDeleteUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetUsersRequest,
      dev.modelstore.auth.v1.BatchGetUsersResponse> getBatchGetUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetUsers",
      requestType = dev.modelstore.auth.v1.BatchGetUsersRequest.class,
      responseType = dev.modelstore.auth.v1.BatchGetUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetUsersRequest,
      dev.modelstore.auth.v1.BatchGetUsersResponse> getBatchGetUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetUsersRequest, dev.modelstore.auth.v1.BatchGetUsersResponse> getBatchGetUsersMethod;
    if ((getBatchGetUsersMethod = UserServiceGrpc.getBatchGetUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getBatchGetUsersMethod = UserServiceGrpc.getBatchGetUsersMethod) == null) {
          UserServiceGrpc.getBatchGetUsersMethod = getBatchGetUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchGetUsersRequest, dev.modelstore.auth.v1.BatchGetUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("BatchGetUsers"))
              .build();
        }
      }
    }
    return getBatchGetUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateUsersRequest,
      dev.modelstore.auth.v1.BatchCreateUsersResponse> getBatchCreateUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateUsers",
      requestType = dev.modelstore.auth.v1.BatchCreateUsersRequest.class,
      responseType = dev.modelstore.auth.v1.BatchCreateUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateUsersRequest,
      dev.modelstore.auth.v1.BatchCreateUsersResponse> getBatchCreateUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateUsersRequest, dev.modelstore.auth.v1.BatchCreateUsersResponse> getBatchCreateUsersMethod;
    if ((getBatchCreateUsersMethod = UserServiceGrpc.getBatchCreateUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getBatchCreateUsersMethod = UserServiceGrpc.getBatchCreateUsersMethod) == null) {
          UserServiceGrpc.getBatchCreateUsersMethod = getBatchCreateUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchCreateUsersRequest, dev.modelstore.auth.v1.BatchCreateUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("BatchCreateUsers"))
              .build();
        }
      }
    }
    return getBatchCreateUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateUsersRequest,
      dev.modelstore.auth.v1.BatchUpdateUsersResponse> getBatchUpdateUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateUsers",
      requestType = dev.modelstore.auth.v1.BatchUpdateUsersRequest.class,
      responseType = dev.modelstore.auth.v1.BatchUpdateUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateUsersRequest,
      dev.modelstore.auth.v1.BatchUpdateUsersResponse> getBatchUpdateUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateUsersRequest, dev.modelstore.auth.v1.BatchUpdateUsersResponse> getBatchUpdateUsersMethod;
    if ((getBatchUpdateUsersMethod = UserServiceGrpc.getBatchUpdateUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getBatchUpdateUsersMethod = UserServiceGrpc.getBatchUpdateUsersMethod) == null) {
          UserServiceGrpc.getBatchUpdateUsersMethod = getBatchUpdateUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchUpdateUsersRequest, dev.modelstore.auth.v1.BatchUpdateUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("BatchUpdateUsers"))
              .build();
        }
      }
    }
    return getBatchUpdateUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteUsersRequest,
      dev.modelstore.auth.v1.BatchDeleteUsersResponse> getBatchDeleteUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteUsers",
      requestType = dev.modelstore.auth.v1.BatchDeleteUsersRequest.class,
      responseType = dev.modelstore.auth.v1.BatchDeleteUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteUsersRequest,
      dev.modelstore.auth.v1.BatchDeleteUsersResponse> getBatchDeleteUsersMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteUsersRequest, dev.modelstore.auth.v1.BatchDeleteUsersResponse> getBatchDeleteUsersMethod;
    if ((getBatchDeleteUsersMethod = UserServiceGrpc.getBatchDeleteUsersMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getBatchDeleteUsersMethod = UserServiceGrpc.getBatchDeleteUsersMethod) == null) {
          UserServiceGrpc.getBatchDeleteUsersMethod = getBatchDeleteUsersMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchDeleteUsersRequest, dev.modelstore.auth.v1.BatchDeleteUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("BatchDeleteUsers"))
              .build();
        }
      }
    }
    return getBatchDeleteUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserWithRelationsRequest,
      dev.modelstore.auth.v1.GetUserWithRelationsResponse> getGetUserWithRelationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUserWithRelations",
      requestType = dev.modelstore.auth.v1.GetUserWithRelationsRequest.class,
      responseType = dev.modelstore.auth.v1.GetUserWithRelationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserWithRelationsRequest,
      dev.modelstore.auth.v1.GetUserWithRelationsResponse> getGetUserWithRelationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetUserWithRelationsRequest, dev.modelstore.auth.v1.GetUserWithRelationsResponse> getGetUserWithRelationsMethod;
    if ((getGetUserWithRelationsMethod = UserServiceGrpc.getGetUserWithRelationsMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetUserWithRelationsMethod = UserServiceGrpc.getGetUserWithRelationsMethod) == null) {
          UserServiceGrpc.getGetUserWithRelationsMethod = getGetUserWithRelationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetUserWithRelationsRequest, dev.modelstore.auth.v1.GetUserWithRelationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUserWithRelations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetUserWithRelationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetUserWithRelationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("GetUserWithRelations"))
              .build();
        }
      }
    }
    return getGetUserWithRelationsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UserServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceStub>() {
        @java.lang.Override
        public UserServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceStub(channel, callOptions);
        }
      };
    return UserServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static UserServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingV2Stub>() {
        @java.lang.Override
        public UserServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return UserServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UserServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub>() {
        @java.lang.Override
        public UserServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingStub(channel, callOptions);
        }
      };
    return UserServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UserServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub>() {
        @java.lang.Override
        public UserServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceFutureStub(channel, callOptions);
        }
      };
    return UserServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a user.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    default void createUser(dev.modelstore.auth.v1.CreateUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a user by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user),
     * UNAVAILABLE.
     * </pre>
     */
    default void getUser(dev.modelstore.auth.v1.GetUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists users, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listUsers(dev.modelstore.auth.v1.ListUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the users matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's users are seen. Entities that refer
     * to a purged one are deleted first where their reference cascades, as Delete
     * does, so a purge interrupted midway leaves no dangling reference. With
     * `force` false (the default) nothing is deleted: the response says how many
     * would be, with a sample of their ids. Each deletion is audited and appears
     * in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeUsers(dev.modelstore.auth.v1.PurgeUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a user.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user and allow_missing is false), ALREADY_EXISTS (the email is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void updateUser(dev.modelstore.auth.v1.UpdateUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a user. The user's sessions and accounts are deleted with it.
     * Errors: NOT_FOUND (no such user), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void deleteUser(dev.modelstore.auth.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several users by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetUsers(dev.modelstore.auth.v1.BatchGetUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 users in one call, all or none (AIP-233): each item as
     * CreateUser would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchCreateUsers(dev.modelstore.auth.v1.BatchCreateUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 users in one call, all or none (AIP-234): each item as
     * UpdateUser would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateUsers(dev.modelstore.auth.v1.BatchUpdateUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 users in one call, all or none (AIP-235): each item as
     * DeleteUser would delete it; a batch does not cascade, so an item's `force`
     * is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with force, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteUsers(dev.modelstore.auth.v1.BatchDeleteUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteUsersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a user together with its sessions and accounts: the seed's
     * relational query (`db.query.user.findFirst({with: {sessions: true,
     * accounts: true}})`). Each relation is included only when asked for, and
     * holds at most 1000 entries, oldest first (`created_at`, then `id`).
     * Accounts never carry their tokens or password: they read exactly as
     * GetAccount returns them.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such user),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void getUserWithRelations(dev.modelstore.auth.v1.GetUserWithRelationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserWithRelationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUserWithRelationsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service UserService.
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public static abstract class UserServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return UserServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service UserService.
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public static final class UserServiceStub
      extends io.grpc.stub.AbstractAsyncStub<UserServiceStub> {
    private UserServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public void createUser(dev.modelstore.auth.v1.CreateUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a user by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user),
     * UNAVAILABLE.
     * </pre>
     */
    public void getUser(dev.modelstore.auth.v1.GetUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists users, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listUsers(dev.modelstore.auth.v1.ListUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the users matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's users are seen. Entities that refer
     * to a purged one are deleted first where their reference cascades, as Delete
     * does, so a purge interrupted midway leaves no dangling reference. With
     * `force` false (the default) nothing is deleted: the response says how many
     * would be, with a sample of their ids. Each deletion is audited and appears
     * in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeUsers(dev.modelstore.auth.v1.PurgeUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a user.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user and allow_missing is false), ALREADY_EXISTS (the email is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void updateUser(dev.modelstore.auth.v1.UpdateUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a user. The user's sessions and accounts are deleted with it.
     * Errors: NOT_FOUND (no such user), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void deleteUser(dev.modelstore.auth.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several users by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetUsers(dev.modelstore.auth.v1.BatchGetUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 users in one call, all or none (AIP-233): each item as
     * CreateUser would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchCreateUsers(dev.modelstore.auth.v1.BatchCreateUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 users in one call, all or none (AIP-234): each item as
     * UpdateUser would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateUsers(dev.modelstore.auth.v1.BatchUpdateUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 users in one call, all or none (AIP-235): each item as
     * DeleteUser would delete it; a batch does not cascade, so an item's `force`
     * is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with force, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteUsers(dev.modelstore.auth.v1.BatchDeleteUsersRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a user together with its sessions and accounts: the seed's
     * relational query (`db.query.user.findFirst({with: {sessions: true,
     * accounts: true}})`). Each relation is included only when asked for, and
     * holds at most 1000 entries, oldest first (`created_at`, then `id`).
     * Accounts never carry their tokens or password: they read exactly as
     * GetAccount returns them.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such user),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void getUserWithRelations(dev.modelstore.auth.v1.GetUserWithRelationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserWithRelationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUserWithRelationsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service UserService.
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public static final class UserServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingV2Stub> {
    private UserServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateUserResponse createUser(dev.modelstore.auth.v1.CreateUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetUserResponse getUser(dev.modelstore.auth.v1.GetUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists users, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListUsersResponse listUsers(dev.modelstore.auth.v1.ListUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the users matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's users are seen. Entities that refer
     * to a purged one are deleted first where their reference cascades, as Delete
     * does, so a purge interrupted midway leaves no dangling reference. With
     * `force` false (the default) nothing is deleted: the response says how many
     * would be, with a sample of their ids. Each deletion is audited and appears
     * in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.PurgeUsersResponse purgeUsers(dev.modelstore.auth.v1.PurgeUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a user.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user and allow_missing is false), ALREADY_EXISTS (the email is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateUserResponse updateUser(dev.modelstore.auth.v1.UpdateUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user. The user's sessions and accounts are deleted with it.
     * Errors: NOT_FOUND (no such user), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteUserResponse deleteUser(dev.modelstore.auth.v1.DeleteUserRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several users by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetUsersResponse batchGetUsers(dev.modelstore.auth.v1.BatchGetUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 users in one call, all or none (AIP-233): each item as
     * CreateUser would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateUsersResponse batchCreateUsers(dev.modelstore.auth.v1.BatchCreateUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 users in one call, all or none (AIP-234): each item as
     * UpdateUser would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateUsersResponse batchUpdateUsers(dev.modelstore.auth.v1.BatchUpdateUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 users in one call, all or none (AIP-235): each item as
     * DeleteUser would delete it; a batch does not cascade, so an item's `force`
     * is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with force, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteUsersResponse batchDeleteUsers(dev.modelstore.auth.v1.BatchDeleteUsersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user together with its sessions and accounts: the seed's
     * relational query (`db.query.user.findFirst({with: {sessions: true,
     * accounts: true}})`). Each relation is included only when asked for, and
     * holds at most 1000 entries, oldest first (`created_at`, then `id`).
     * Accounts never carry their tokens or password: they read exactly as
     * GetAccount returns them.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such user),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.GetUserWithRelationsResponse getUserWithRelations(dev.modelstore.auth.v1.GetUserWithRelationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUserWithRelationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service UserService.
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public static final class UserServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingStub> {
    private UserServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateUserResponse createUser(dev.modelstore.auth.v1.CreateUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetUserResponse getUser(dev.modelstore.auth.v1.GetUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists users, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListUsersResponse listUsers(dev.modelstore.auth.v1.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the users matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's users are seen. Entities that refer
     * to a purged one are deleted first where their reference cascades, as Delete
     * does, so a purge interrupted midway leaves no dangling reference. With
     * `force` false (the default) nothing is deleted: the response says how many
     * would be, with a sample of their ids. Each deletion is audited and appears
     * in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.PurgeUsersResponse purgeUsers(dev.modelstore.auth.v1.PurgeUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a user.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user and allow_missing is false), ALREADY_EXISTS (the email is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateUserResponse updateUser(dev.modelstore.auth.v1.UpdateUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user. The user's sessions and accounts are deleted with it.
     * Errors: NOT_FOUND (no such user), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteUserResponse deleteUser(dev.modelstore.auth.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several users by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetUsersResponse batchGetUsers(dev.modelstore.auth.v1.BatchGetUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 users in one call, all or none (AIP-233): each item as
     * CreateUser would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateUsersResponse batchCreateUsers(dev.modelstore.auth.v1.BatchCreateUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 users in one call, all or none (AIP-234): each item as
     * UpdateUser would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateUsersResponse batchUpdateUsers(dev.modelstore.auth.v1.BatchUpdateUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 users in one call, all or none (AIP-235): each item as
     * DeleteUser would delete it; a batch does not cascade, so an item's `force`
     * is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with force, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteUsersResponse batchDeleteUsers(dev.modelstore.auth.v1.BatchDeleteUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteUsersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user together with its sessions and accounts: the seed's
     * relational query (`db.query.user.findFirst({with: {sessions: true,
     * accounts: true}})`). Each relation is included only when asked for, and
     * holds at most 1000 entries, oldest first (`created_at`, then `id`).
     * Accounts never carry their tokens or password: they read exactly as
     * GetAccount returns them.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such user),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.GetUserWithRelationsResponse getUserWithRelations(dev.modelstore.auth.v1.GetUserWithRelationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUserWithRelationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service UserService.
   * <pre>
   * Manages the users of the sign-in service.
   * </pre>
   */
  public static final class UserServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<UserServiceFutureStub> {
    private UserServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.CreateUserResponse> createUser(
        dev.modelstore.auth.v1.CreateUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a user by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetUserResponse> getUser(
        dev.modelstore.auth.v1.GetUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists users, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.ListUsersResponse> listUsers(
        dev.modelstore.auth.v1.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the users matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's users are seen. Entities that refer
     * to a purged one are deleted first where their reference cascades, as Delete
     * does, so a purge interrupted midway leaves no dangling reference. With
     * `force` false (the default) nothing is deleted: the response says how many
     * would be, with a sample of their ids. Each deletion is audited and appears
     * in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.PurgeUsersResponse> purgeUsers(
        dev.modelstore.auth.v1.PurgeUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a user.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user and allow_missing is false), ALREADY_EXISTS (the email is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.UpdateUserResponse> updateUser(
        dev.modelstore.auth.v1.UpdateUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a user. The user's sessions and accounts are deleted with it.
     * Errors: NOT_FOUND (no such user), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.DeleteUserResponse> deleteUser(
        dev.modelstore.auth.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several users by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchGetUsersResponse> batchGetUsers(
        dev.modelstore.auth.v1.BatchGetUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 users in one call, all or none (AIP-233): each item as
     * CreateUser would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, an item with its own request_id, two items
     * with one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchCreateUsersResponse> batchCreateUsers(
        dev.modelstore.auth.v1.BatchCreateUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 users in one call, all or none (AIP-234): each item as
     * UpdateUser would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].user.id`); INVALID_ARGUMENT also
     * for no requests, more than 1000, two items with one id, or a request_id
     * reused with other requests; ABORTED when a concurrent write got in part way
     * (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchUpdateUsersResponse> batchUpdateUsers(
        dev.modelstore.auth.v1.BatchUpdateUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 users in one call, all or none (AIP-235): each item as
     * DeleteUser would delete it; a batch does not cascade, so an item's `force`
     * is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUser, for the first item that fails, with its index
     * in the details (`google.rpc.ErrorInfo` metadata `index`; field violations
     * name the item, for example `requests[3].id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with force, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchDeleteUsersResponse> batchDeleteUsers(
        dev.modelstore.auth.v1.BatchDeleteUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteUsersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a user together with its sessions and accounts: the seed's
     * relational query (`db.query.user.findFirst({with: {sessions: true,
     * accounts: true}})`). Each relation is included only when asked for, and
     * holds at most 1000 entries, oldest first (`created_at`, then `id`).
     * Accounts never carry their tokens or password: they read exactly as
     * GetAccount returns them.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such user),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetUserWithRelationsResponse> getUserWithRelations(
        dev.modelstore.auth.v1.GetUserWithRelationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUserWithRelationsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_USER = 0;
  private static final int METHODID_GET_USER = 1;
  private static final int METHODID_LIST_USERS = 2;
  private static final int METHODID_PURGE_USERS = 3;
  private static final int METHODID_UPDATE_USER = 4;
  private static final int METHODID_DELETE_USER = 5;
  private static final int METHODID_BATCH_GET_USERS = 6;
  private static final int METHODID_BATCH_CREATE_USERS = 7;
  private static final int METHODID_BATCH_UPDATE_USERS = 8;
  private static final int METHODID_BATCH_DELETE_USERS = 9;
  private static final int METHODID_GET_USER_WITH_RELATIONS = 10;

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
        case METHODID_CREATE_USER:
          serviceImpl.createUser((dev.modelstore.auth.v1.CreateUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateUserResponse>) responseObserver);
          break;
        case METHODID_GET_USER:
          serviceImpl.getUser((dev.modelstore.auth.v1.GetUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserResponse>) responseObserver);
          break;
        case METHODID_LIST_USERS:
          serviceImpl.listUsers((dev.modelstore.auth.v1.ListUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListUsersResponse>) responseObserver);
          break;
        case METHODID_PURGE_USERS:
          serviceImpl.purgeUsers((dev.modelstore.auth.v1.PurgeUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeUsersResponse>) responseObserver);
          break;
        case METHODID_UPDATE_USER:
          serviceImpl.updateUser((dev.modelstore.auth.v1.UpdateUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateUserResponse>) responseObserver);
          break;
        case METHODID_DELETE_USER:
          serviceImpl.deleteUser((dev.modelstore.auth.v1.DeleteUserRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteUserResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_USERS:
          serviceImpl.batchGetUsers((dev.modelstore.auth.v1.BatchGetUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetUsersResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_USERS:
          serviceImpl.batchCreateUsers((dev.modelstore.auth.v1.BatchCreateUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateUsersResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_USERS:
          serviceImpl.batchUpdateUsers((dev.modelstore.auth.v1.BatchUpdateUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateUsersResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_USERS:
          serviceImpl.batchDeleteUsers((dev.modelstore.auth.v1.BatchDeleteUsersRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteUsersResponse>) responseObserver);
          break;
        case METHODID_GET_USER_WITH_RELATIONS:
          serviceImpl.getUserWithRelations((dev.modelstore.auth.v1.GetUserWithRelationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetUserWithRelationsResponse>) responseObserver);
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
          getCreateUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.CreateUserRequest,
              dev.modelstore.auth.v1.CreateUserResponse>(
                service, METHODID_CREATE_USER)))
        .addMethod(
          getGetUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetUserRequest,
              dev.modelstore.auth.v1.GetUserResponse>(
                service, METHODID_GET_USER)))
        .addMethod(
          getListUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.ListUsersRequest,
              dev.modelstore.auth.v1.ListUsersResponse>(
                service, METHODID_LIST_USERS)))
        .addMethod(
          getPurgeUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.PurgeUsersRequest,
              dev.modelstore.auth.v1.PurgeUsersResponse>(
                service, METHODID_PURGE_USERS)))
        .addMethod(
          getUpdateUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.UpdateUserRequest,
              dev.modelstore.auth.v1.UpdateUserResponse>(
                service, METHODID_UPDATE_USER)))
        .addMethod(
          getDeleteUserMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.DeleteUserRequest,
              dev.modelstore.auth.v1.DeleteUserResponse>(
                service, METHODID_DELETE_USER)))
        .addMethod(
          getBatchGetUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchGetUsersRequest,
              dev.modelstore.auth.v1.BatchGetUsersResponse>(
                service, METHODID_BATCH_GET_USERS)))
        .addMethod(
          getBatchCreateUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchCreateUsersRequest,
              dev.modelstore.auth.v1.BatchCreateUsersResponse>(
                service, METHODID_BATCH_CREATE_USERS)))
        .addMethod(
          getBatchUpdateUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchUpdateUsersRequest,
              dev.modelstore.auth.v1.BatchUpdateUsersResponse>(
                service, METHODID_BATCH_UPDATE_USERS)))
        .addMethod(
          getBatchDeleteUsersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchDeleteUsersRequest,
              dev.modelstore.auth.v1.BatchDeleteUsersResponse>(
                service, METHODID_BATCH_DELETE_USERS)))
        .addMethod(
          getGetUserWithRelationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetUserWithRelationsRequest,
              dev.modelstore.auth.v1.GetUserWithRelationsResponse>(
                service, METHODID_GET_USER_WITH_RELATIONS)))
        .build();
  }

  private static abstract class UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UserServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.auth.v1.UserProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UserService");
    }
  }

  private static final class UserServiceFileDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier {
    UserServiceFileDescriptorSupplier() {}
  }

  private static final class UserServiceMethodDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    UserServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (UserServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UserServiceFileDescriptorSupplier())
              .addMethod(getCreateUserMethod())
              .addMethod(getGetUserMethod())
              .addMethod(getListUsersMethod())
              .addMethod(getPurgeUsersMethod())
              .addMethod(getUpdateUserMethod())
              .addMethod(getDeleteUserMethod())
              .addMethod(getBatchGetUsersMethod())
              .addMethod(getBatchCreateUsersMethod())
              .addMethod(getBatchUpdateUsersMethod())
              .addMethod(getBatchDeleteUsersMethod())
              .addMethod(getGetUserWithRelationsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
