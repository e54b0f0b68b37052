package dev.modelstore.directory.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the key/value data of directory users.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class UserDataServiceGrpc {

  private UserDataServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.directory.v1.UserDataService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateUserDataRequest,
      dev.modelstore.directory.v1.CreateUserDataResponse> getCreateUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateUserData",
      requestType = dev.modelstore.directory.v1.CreateUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.CreateUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateUserDataRequest,
      dev.modelstore.directory.v1.CreateUserDataResponse> getCreateUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateUserDataRequest, dev.modelstore.directory.v1.CreateUserDataResponse> getCreateUserDataMethod;
    if ((getCreateUserDataMethod = UserDataServiceGrpc.getCreateUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getCreateUserDataMethod = UserDataServiceGrpc.getCreateUserDataMethod) == null) {
          UserDataServiceGrpc.getCreateUserDataMethod = getCreateUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.CreateUserDataRequest, dev.modelstore.directory.v1.CreateUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("CreateUserData"))
              .build();
        }
      }
    }
    return getCreateUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetUserDataRequest,
      dev.modelstore.directory.v1.GetUserDataResponse> getGetUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUserData",
      requestType = dev.modelstore.directory.v1.GetUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.GetUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetUserDataRequest,
      dev.modelstore.directory.v1.GetUserDataResponse> getGetUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetUserDataRequest, dev.modelstore.directory.v1.GetUserDataResponse> getGetUserDataMethod;
    if ((getGetUserDataMethod = UserDataServiceGrpc.getGetUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getGetUserDataMethod = UserDataServiceGrpc.getGetUserDataMethod) == null) {
          UserDataServiceGrpc.getGetUserDataMethod = getGetUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.GetUserDataRequest, dev.modelstore.directory.v1.GetUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("GetUserData"))
              .build();
        }
      }
    }
    return getGetUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListUserDataRequest,
      dev.modelstore.directory.v1.ListUserDataResponse> getListUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUserData",
      requestType = dev.modelstore.directory.v1.ListUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.ListUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListUserDataRequest,
      dev.modelstore.directory.v1.ListUserDataResponse> getListUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListUserDataRequest, dev.modelstore.directory.v1.ListUserDataResponse> getListUserDataMethod;
    if ((getListUserDataMethod = UserDataServiceGrpc.getListUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getListUserDataMethod = UserDataServiceGrpc.getListUserDataMethod) == null) {
          UserDataServiceGrpc.getListUserDataMethod = getListUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.ListUserDataRequest, dev.modelstore.directory.v1.ListUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("ListUserData"))
              .build();
        }
      }
    }
    return getListUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeUserDataRequest,
      dev.modelstore.directory.v1.PurgeUserDataResponse> getPurgeUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeUserData",
      requestType = dev.modelstore.directory.v1.PurgeUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.PurgeUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeUserDataRequest,
      dev.modelstore.directory.v1.PurgeUserDataResponse> getPurgeUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeUserDataRequest, dev.modelstore.directory.v1.PurgeUserDataResponse> getPurgeUserDataMethod;
    if ((getPurgeUserDataMethod = UserDataServiceGrpc.getPurgeUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getPurgeUserDataMethod = UserDataServiceGrpc.getPurgeUserDataMethod) == null) {
          UserDataServiceGrpc.getPurgeUserDataMethod = getPurgeUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.PurgeUserDataRequest, dev.modelstore.directory.v1.PurgeUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("PurgeUserData"))
              .build();
        }
      }
    }
    return getPurgeUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateUserDataRequest,
      dev.modelstore.directory.v1.UpdateUserDataResponse> getUpdateUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateUserData",
      requestType = dev.modelstore.directory.v1.UpdateUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.UpdateUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateUserDataRequest,
      dev.modelstore.directory.v1.UpdateUserDataResponse> getUpdateUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateUserDataRequest, dev.modelstore.directory.v1.UpdateUserDataResponse> getUpdateUserDataMethod;
    if ((getUpdateUserDataMethod = UserDataServiceGrpc.getUpdateUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getUpdateUserDataMethod = UserDataServiceGrpc.getUpdateUserDataMethod) == null) {
          UserDataServiceGrpc.getUpdateUserDataMethod = getUpdateUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.UpdateUserDataRequest, dev.modelstore.directory.v1.UpdateUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("UpdateUserData"))
              .build();
        }
      }
    }
    return getUpdateUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteUserDataRequest,
      dev.modelstore.directory.v1.DeleteUserDataResponse> getDeleteUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUserData",
      requestType = dev.modelstore.directory.v1.DeleteUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.DeleteUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteUserDataRequest,
      dev.modelstore.directory.v1.DeleteUserDataResponse> getDeleteUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteUserDataRequest, dev.modelstore.directory.v1.DeleteUserDataResponse> getDeleteUserDataMethod;
    if ((getDeleteUserDataMethod = UserDataServiceGrpc.getDeleteUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getDeleteUserDataMethod = UserDataServiceGrpc.getDeleteUserDataMethod) == null) {
          UserDataServiceGrpc.getDeleteUserDataMethod = getDeleteUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.DeleteUserDataRequest, dev.modelstore.directory.v1.DeleteUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("DeleteUserData"))
              .build();
        }
      }
    }
    return getDeleteUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetUserDataRequest,
      dev.modelstore.directory.v1.BatchGetUserDataResponse> getBatchGetUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetUserData",
      requestType = dev.modelstore.directory.v1.BatchGetUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.BatchGetUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetUserDataRequest,
      dev.modelstore.directory.v1.BatchGetUserDataResponse> getBatchGetUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetUserDataRequest, dev.modelstore.directory.v1.BatchGetUserDataResponse> getBatchGetUserDataMethod;
    if ((getBatchGetUserDataMethod = UserDataServiceGrpc.getBatchGetUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getBatchGetUserDataMethod = UserDataServiceGrpc.getBatchGetUserDataMethod) == null) {
          UserDataServiceGrpc.getBatchGetUserDataMethod = getBatchGetUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchGetUserDataRequest, dev.modelstore.directory.v1.BatchGetUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("BatchGetUserData"))
              .build();
        }
      }
    }
    return getBatchGetUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateUserDataRequest,
      dev.modelstore.directory.v1.BatchCreateUserDataResponse> getBatchCreateUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateUserData",
      requestType = dev.modelstore.directory.v1.BatchCreateUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.BatchCreateUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateUserDataRequest,
      dev.modelstore.directory.v1.BatchCreateUserDataResponse> getBatchCreateUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateUserDataRequest, dev.modelstore.directory.v1.BatchCreateUserDataResponse> getBatchCreateUserDataMethod;
    if ((getBatchCreateUserDataMethod = UserDataServiceGrpc.getBatchCreateUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getBatchCreateUserDataMethod = UserDataServiceGrpc.getBatchCreateUserDataMethod) == null) {
          UserDataServiceGrpc.getBatchCreateUserDataMethod = getBatchCreateUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchCreateUserDataRequest, dev.modelstore.directory.v1.BatchCreateUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("BatchCreateUserData"))
              .build();
        }
      }
    }
    return getBatchCreateUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateUserDataRequest,
      dev.modelstore.directory.v1.BatchUpdateUserDataResponse> getBatchUpdateUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateUserData",
      requestType = dev.modelstore.directory.v1.BatchUpdateUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.BatchUpdateUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateUserDataRequest,
      dev.modelstore.directory.v1.BatchUpdateUserDataResponse> getBatchUpdateUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateUserDataRequest, dev.modelstore.directory.v1.BatchUpdateUserDataResponse> getBatchUpdateUserDataMethod;
    if ((getBatchUpdateUserDataMethod = UserDataServiceGrpc.getBatchUpdateUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getBatchUpdateUserDataMethod = UserDataServiceGrpc.getBatchUpdateUserDataMethod) == null) {
          UserDataServiceGrpc.getBatchUpdateUserDataMethod = getBatchUpdateUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchUpdateUserDataRequest, dev.modelstore.directory.v1.BatchUpdateUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("BatchUpdateUserData"))
              .build();
        }
      }
    }
    return getBatchUpdateUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteUserDataRequest,
      dev.modelstore.directory.v1.BatchDeleteUserDataResponse> getBatchDeleteUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteUserData",
      requestType = dev.modelstore.directory.v1.BatchDeleteUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.BatchDeleteUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteUserDataRequest,
      dev.modelstore.directory.v1.BatchDeleteUserDataResponse> getBatchDeleteUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteUserDataRequest, dev.modelstore.directory.v1.BatchDeleteUserDataResponse> getBatchDeleteUserDataMethod;
    if ((getBatchDeleteUserDataMethod = UserDataServiceGrpc.getBatchDeleteUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getBatchDeleteUserDataMethod = UserDataServiceGrpc.getBatchDeleteUserDataMethod) == null) {
          UserDataServiceGrpc.getBatchDeleteUserDataMethod = getBatchDeleteUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchDeleteUserDataRequest, dev.modelstore.directory.v1.BatchDeleteUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("BatchDeleteUserData"))
              .build();
        }
      }
    }
    return getBatchDeleteUserDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.SetUserDataRequest,
      dev.modelstore.directory.v1.SetUserDataResponse> getSetUserDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetUserData",
      requestType = dev.modelstore.directory.v1.SetUserDataRequest.class,
      responseType = dev.modelstore.directory.v1.SetUserDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.SetUserDataRequest,
      dev.modelstore.directory.v1.SetUserDataResponse> getSetUserDataMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.SetUserDataRequest, dev.modelstore.directory.v1.SetUserDataResponse> getSetUserDataMethod;
    if ((getSetUserDataMethod = UserDataServiceGrpc.getSetUserDataMethod) == null) {
      synchronized (UserDataServiceGrpc.class) {
        if ((getSetUserDataMethod = UserDataServiceGrpc.getSetUserDataMethod) == null) {
          UserDataServiceGrpc.getSetUserDataMethod = getSetUserDataMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.SetUserDataRequest, dev.modelstore.directory.v1.SetUserDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetUserData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.SetUserDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.SetUserDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserDataServiceMethodDescriptorSupplier("SetUserData"))
              .build();
        }
      }
    }
    return getSetUserDataMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UserDataServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserDataServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserDataServiceStub>() {
        @java.lang.Override
        public UserDataServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserDataServiceStub(channel, callOptions);
        }
      };
    return UserDataServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static UserDataServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserDataServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserDataServiceBlockingV2Stub>() {
        @java.lang.Override
        public UserDataServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserDataServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return UserDataServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UserDataServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserDataServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserDataServiceBlockingStub>() {
        @java.lang.Override
        public UserDataServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserDataServiceBlockingStub(channel, callOptions);
        }
      };
    return UserDataServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UserDataServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserDataServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserDataServiceFutureStub>() {
        @java.lang.Override
        public UserDataServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserDataServiceFutureStub(channel, callOptions);
        }
      };
    return UserDataServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a user data entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already has the key), FAILED_PRECONDITION (the user
     * does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createUserData(dev.modelstore.directory.v1.CreateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a user data entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user data
     * entry), UNAVAILABLE.
     * </pre>
     */
    default void getUserData(dev.modelstore.directory.v1.GetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists user data entries, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listUserData(dev.modelstore.directory.v1.ListUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the user data matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's user data are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeUserData(dev.modelstore.directory.v1.PurgeUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a user data entry.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user data entry and allow_missing is false), ALREADY_EXISTS (the user
     * already has the key), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    default void updateUserData(dev.modelstore.directory.v1.UpdateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a user data entry.
     * Errors: NOT_FOUND (no such user data entry), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteUserData(dev.modelstore.directory.v1.DeleteUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several user data entries by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetUserData(dev.modelstore.directory.v1.BatchGetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 user data entries in one call, all or none (AIP-233):
     * each item as CreateUserData would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateUserData(dev.modelstore.directory.v1.BatchCreateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 user data entries in one call, all or none (AIP-234):
     * each item as UpdateUserData would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateUserData(dev.modelstore.directory.v1.BatchUpdateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 user data entries in one call, all or none (AIP-235):
     * each item as DeleteUserData would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteUserData(dev.modelstore.directory.v1.BatchDeleteUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteUserDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets the value of a user's key: creates the entry (with an id generated
     * as a UUID) when the user has no such key, or replaces its value. Safe to
     * retry; concurrent calls for one key leave exactly one entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), FAILED_PRECONDITION
     * (the user does not exist; reason REFERENCE_MISSING, field `user_id`),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void setUserData(dev.modelstore.directory.v1.SetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.SetUserDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetUserDataMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service UserDataService.
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public static abstract class UserDataServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return UserDataServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service UserDataService.
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public static final class UserDataServiceStub
      extends io.grpc.stub.AbstractAsyncStub<UserDataServiceStub> {
    private UserDataServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserDataServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserDataServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user data entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already has the key), FAILED_PRECONDITION (the user
     * does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createUserData(dev.modelstore.directory.v1.CreateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a user data entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user data
     * entry), UNAVAILABLE.
     * </pre>
     */
    public void getUserData(dev.modelstore.directory.v1.GetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists user data entries, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listUserData(dev.modelstore.directory.v1.ListUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the user data matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's user data are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeUserData(dev.modelstore.directory.v1.PurgeUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a user data entry.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user data entry and allow_missing is false), ALREADY_EXISTS (the user
     * already has the key), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public void updateUserData(dev.modelstore.directory.v1.UpdateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a user data entry.
     * Errors: NOT_FOUND (no such user data entry), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteUserData(dev.modelstore.directory.v1.DeleteUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several user data entries by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetUserData(dev.modelstore.directory.v1.BatchGetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 user data entries in one call, all or none (AIP-233):
     * each item as CreateUserData would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateUserData(dev.modelstore.directory.v1.BatchCreateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 user data entries in one call, all or none (AIP-234):
     * each item as UpdateUserData would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateUserData(dev.modelstore.directory.v1.BatchUpdateUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 user data entries in one call, all or none (AIP-235):
     * each item as DeleteUserData would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteUserData(dev.modelstore.directory.v1.BatchDeleteUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteUserDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets the value of a user's key: creates the entry (with an id generated
     * as a UUID) when the user has no such key, or replaces its value. Safe to
     * retry; concurrent calls for one key leave exactly one entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), FAILED_PRECONDITION
     * (the user does not exist; reason REFERENCE_MISSING, field `user_id`),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void setUserData(dev.modelstore.directory.v1.SetUserDataRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.SetUserDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetUserDataMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service UserDataService.
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public static final class UserDataServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<UserDataServiceBlockingV2Stub> {
    private UserDataServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserDataServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserDataServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user data entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already has the key), FAILED_PRECONDITION (the user
     * does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateUserDataResponse createUserData(dev.modelstore.directory.v1.CreateUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user data entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user data
     * entry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetUserDataResponse getUserData(dev.modelstore.directory.v1.GetUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists user data entries, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListUserDataResponse listUserData(dev.modelstore.directory.v1.ListUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the user data matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's user data are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.PurgeUserDataResponse purgeUserData(dev.modelstore.directory.v1.PurgeUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a user data entry.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user data entry and allow_missing is false), ALREADY_EXISTS (the user
     * already has the key), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateUserDataResponse updateUserData(dev.modelstore.directory.v1.UpdateUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user data entry.
     * Errors: NOT_FOUND (no such user data entry), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteUserDataResponse deleteUserData(dev.modelstore.directory.v1.DeleteUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several user data entries by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetUserDataResponse batchGetUserData(dev.modelstore.directory.v1.BatchGetUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 user data entries in one call, all or none (AIP-233):
     * each item as CreateUserData would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateUserDataResponse batchCreateUserData(dev.modelstore.directory.v1.BatchCreateUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 user data entries in one call, all or none (AIP-234):
     * each item as UpdateUserData would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateUserDataResponse batchUpdateUserData(dev.modelstore.directory.v1.BatchUpdateUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 user data entries in one call, all or none (AIP-235):
     * each item as DeleteUserData would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteUserDataResponse batchDeleteUserData(dev.modelstore.directory.v1.BatchDeleteUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the value of a user's key: creates the entry (with an id generated
     * as a UUID) when the user has no such key, or replaces its value. Safe to
     * retry; concurrent calls for one key leave exactly one entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), FAILED_PRECONDITION
     * (the user does not exist; reason REFERENCE_MISSING, field `user_id`),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.SetUserDataResponse setUserData(dev.modelstore.directory.v1.SetUserDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetUserDataMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service UserDataService.
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public static final class UserDataServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<UserDataServiceBlockingStub> {
    private UserDataServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserDataServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserDataServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user data entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already has the key), FAILED_PRECONDITION (the user
     * does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateUserDataResponse createUserData(dev.modelstore.directory.v1.CreateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a user data entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user data
     * entry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetUserDataResponse getUserData(dev.modelstore.directory.v1.GetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists user data entries, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListUserDataResponse listUserData(dev.modelstore.directory.v1.ListUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the user data matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's user data are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.PurgeUserDataResponse purgeUserData(dev.modelstore.directory.v1.PurgeUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a user data entry.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user data entry and allow_missing is false), ALREADY_EXISTS (the user
     * already has the key), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateUserDataResponse updateUserData(dev.modelstore.directory.v1.UpdateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user data entry.
     * Errors: NOT_FOUND (no such user data entry), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteUserDataResponse deleteUserData(dev.modelstore.directory.v1.DeleteUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several user data entries by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetUserDataResponse batchGetUserData(dev.modelstore.directory.v1.BatchGetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 user data entries in one call, all or none (AIP-233):
     * each item as CreateUserData would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateUserDataResponse batchCreateUserData(dev.modelstore.directory.v1.BatchCreateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 user data entries in one call, all or none (AIP-234):
     * each item as UpdateUserData would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateUserDataResponse batchUpdateUserData(dev.modelstore.directory.v1.BatchUpdateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 user data entries in one call, all or none (AIP-235):
     * each item as DeleteUserData would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteUserDataResponse batchDeleteUserData(dev.modelstore.directory.v1.BatchDeleteUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteUserDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the value of a user's key: creates the entry (with an id generated
     * as a UUID) when the user has no such key, or replaces its value. Safe to
     * retry; concurrent calls for one key leave exactly one entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), FAILED_PRECONDITION
     * (the user does not exist; reason REFERENCE_MISSING, field `user_id`),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.SetUserDataResponse setUserData(dev.modelstore.directory.v1.SetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetUserDataMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service UserDataService.
   * <pre>
   * Manages the key/value data of directory users.
   * </pre>
   */
  public static final class UserDataServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<UserDataServiceFutureStub> {
    private UserDataServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserDataServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserDataServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user data entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already has the key), FAILED_PRECONDITION (the user
     * does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.CreateUserDataResponse> createUserData(
        dev.modelstore.directory.v1.CreateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a user data entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such user data
     * entry), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.GetUserDataResponse> getUserData(
        dev.modelstore.directory.v1.GetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists user data entries, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.ListUserDataResponse> listUserData(
        dev.modelstore.directory.v1.ListUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the user data matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's user data are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.PurgeUserDataResponse> purgeUserData(
        dev.modelstore.directory.v1.PurgeUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a user data entry.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * user data entry and allow_missing is false), ALREADY_EXISTS (the user
     * already has the key), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.UpdateUserDataResponse> updateUserData(
        dev.modelstore.directory.v1.UpdateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a user data entry.
     * Errors: NOT_FOUND (no such user data entry), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.DeleteUserDataResponse> deleteUserData(
        dev.modelstore.directory.v1.DeleteUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several user data entries by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchGetUserDataResponse> batchGetUserData(
        dev.modelstore.directory.v1.BatchGetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 user data entries in one call, all or none (AIP-233):
     * each item as CreateUserData would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchCreateUserDataResponse> batchCreateUserData(
        dev.modelstore.directory.v1.BatchCreateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 user data entries in one call, all or none (AIP-234):
     * each item as UpdateUserData would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].user_data.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchUpdateUserDataResponse> batchUpdateUserData(
        dev.modelstore.directory.v1.BatchUpdateUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 user data entries in one call, all or none (AIP-235):
     * each item as DeleteUserData would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteUserData, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchDeleteUserDataResponse> batchDeleteUserData(
        dev.modelstore.directory.v1.BatchDeleteUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteUserDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets the value of a user's key: creates the entry (with an id generated
     * as a UUID) when the user has no such key, or replaces its value. Safe to
     * retry; concurrent calls for one key leave exactly one entry.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), FAILED_PRECONDITION
     * (the user does not exist; reason REFERENCE_MISSING, field `user_id`),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.SetUserDataResponse> setUserData(
        dev.modelstore.directory.v1.SetUserDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetUserDataMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_USER_DATA = 0;
  private static final int METHODID_GET_USER_DATA = 1;
  private static final int METHODID_LIST_USER_DATA = 2;
  private static final int METHODID_PURGE_USER_DATA = 3;
  private static final int METHODID_UPDATE_USER_DATA = 4;
  private static final int METHODID_DELETE_USER_DATA = 5;
  private static final int METHODID_BATCH_GET_USER_DATA = 6;
  private static final int METHODID_BATCH_CREATE_USER_DATA = 7;
  private static final int METHODID_BATCH_UPDATE_USER_DATA = 8;
  private static final int METHODID_BATCH_DELETE_USER_DATA = 9;
  private static final int METHODID_SET_USER_DATA = 10;

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
        case METHODID_CREATE_USER_DATA:
          serviceImpl.createUserData((dev.modelstore.directory.v1.CreateUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateUserDataResponse>) responseObserver);
          break;
        case METHODID_GET_USER_DATA:
          serviceImpl.getUserData((dev.modelstore.directory.v1.GetUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetUserDataResponse>) responseObserver);
          break;
        case METHODID_LIST_USER_DATA:
          serviceImpl.listUserData((dev.modelstore.directory.v1.ListUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListUserDataResponse>) responseObserver);
          break;
        case METHODID_PURGE_USER_DATA:
          serviceImpl.purgeUserData((dev.modelstore.directory.v1.PurgeUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeUserDataResponse>) responseObserver);
          break;
        case METHODID_UPDATE_USER_DATA:
          serviceImpl.updateUserData((dev.modelstore.directory.v1.UpdateUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateUserDataResponse>) responseObserver);
          break;
        case METHODID_DELETE_USER_DATA:
          serviceImpl.deleteUserData((dev.modelstore.directory.v1.DeleteUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteUserDataResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_USER_DATA:
          serviceImpl.batchGetUserData((dev.modelstore.directory.v1.BatchGetUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetUserDataResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_USER_DATA:
          serviceImpl.batchCreateUserData((dev.modelstore.directory.v1.BatchCreateUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateUserDataResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_USER_DATA:
          serviceImpl.batchUpdateUserData((dev.modelstore.directory.v1.BatchUpdateUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateUserDataResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_USER_DATA:
          serviceImpl.batchDeleteUserData((dev.modelstore.directory.v1.BatchDeleteUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteUserDataResponse>) responseObserver);
          break;
        case METHODID_SET_USER_DATA:
          serviceImpl.setUserData((dev.modelstore.directory.v1.SetUserDataRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.SetUserDataResponse>) responseObserver);
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
          getCreateUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.CreateUserDataRequest,
              dev.modelstore.directory.v1.CreateUserDataResponse>(
                service, METHODID_CREATE_USER_DATA)))
        .addMethod(
          getGetUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.GetUserDataRequest,
              dev.modelstore.directory.v1.GetUserDataResponse>(
                service, METHODID_GET_USER_DATA)))
        .addMethod(
          getListUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.ListUserDataRequest,
              dev.modelstore.directory.v1.ListUserDataResponse>(
                service, METHODID_LIST_USER_DATA)))
        .addMethod(
          getPurgeUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.PurgeUserDataRequest,
              dev.modelstore.directory.v1.PurgeUserDataResponse>(
                service, METHODID_PURGE_USER_DATA)))
        .addMethod(
          getUpdateUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.UpdateUserDataRequest,
              dev.modelstore.directory.v1.UpdateUserDataResponse>(
                service, METHODID_UPDATE_USER_DATA)))
        .addMethod(
          getDeleteUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.DeleteUserDataRequest,
              dev.modelstore.directory.v1.DeleteUserDataResponse>(
                service, METHODID_DELETE_USER_DATA)))
        .addMethod(
          getBatchGetUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchGetUserDataRequest,
              dev.modelstore.directory.v1.BatchGetUserDataResponse>(
                service, METHODID_BATCH_GET_USER_DATA)))
        .addMethod(
          getBatchCreateUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchCreateUserDataRequest,
              dev.modelstore.directory.v1.BatchCreateUserDataResponse>(
                service, METHODID_BATCH_CREATE_USER_DATA)))
        .addMethod(
          getBatchUpdateUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchUpdateUserDataRequest,
              dev.modelstore.directory.v1.BatchUpdateUserDataResponse>(
                service, METHODID_BATCH_UPDATE_USER_DATA)))
        .addMethod(
          getBatchDeleteUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchDeleteUserDataRequest,
              dev.modelstore.directory.v1.BatchDeleteUserDataResponse>(
                service, METHODID_BATCH_DELETE_USER_DATA)))
        .addMethod(
          getSetUserDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.SetUserDataRequest,
              dev.modelstore.directory.v1.SetUserDataResponse>(
                service, METHODID_SET_USER_DATA)))
        .build();
  }

  private static abstract class UserDataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UserDataServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.directory.v1.UserDataProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UserDataService");
    }
  }

  private static final class UserDataServiceFileDescriptorSupplier
      extends UserDataServiceBaseDescriptorSupplier {
    UserDataServiceFileDescriptorSupplier() {}
  }

  private static final class UserDataServiceMethodDescriptorSupplier
      extends UserDataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    UserDataServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (UserDataServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UserDataServiceFileDescriptorSupplier())
              .addMethod(getCreateUserDataMethod())
              .addMethod(getGetUserDataMethod())
              .addMethod(getListUserDataMethod())
              .addMethod(getPurgeUserDataMethod())
              .addMethod(getUpdateUserDataMethod())
              .addMethod(getDeleteUserDataMethod())
              .addMethod(getBatchGetUserDataMethod())
              .addMethod(getBatchCreateUserDataMethod())
              .addMethod(getBatchUpdateUserDataMethod())
              .addMethod(getBatchDeleteUserDataMethod())
              .addMethod(getSetUserDataMethod())
              .build();
        }
      }
    }
    return result;
  }
}
