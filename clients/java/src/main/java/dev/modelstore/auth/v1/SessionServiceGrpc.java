package dev.modelstore.auth.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the sessions of users.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SessionServiceGrpc {

  private SessionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.auth.v1.SessionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateSessionRequest,
      dev.modelstore.auth.v1.CreateSessionResponse> getCreateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSession",
      requestType = dev.modelstore.auth.v1.CreateSessionRequest.class,
      responseType = dev.modelstore.auth.v1.CreateSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateSessionRequest,
      dev.modelstore.auth.v1.CreateSessionResponse> getCreateSessionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateSessionRequest, dev.modelstore.auth.v1.CreateSessionResponse> getCreateSessionMethod;
    if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
          SessionServiceGrpc.getCreateSessionMethod = getCreateSessionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.CreateSessionRequest, dev.modelstore.auth.v1.CreateSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("CreateSession"))
              .build();
        }
      }
    }
    return getCreateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionRequest,
      dev.modelstore.auth.v1.GetSessionResponse> getGetSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSession",
      requestType = dev.modelstore.auth.v1.GetSessionRequest.class,
      responseType = dev.modelstore.auth.v1.GetSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionRequest,
      dev.modelstore.auth.v1.GetSessionResponse> getGetSessionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionRequest, dev.modelstore.auth.v1.GetSessionResponse> getGetSessionMethod;
    if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
          SessionServiceGrpc.getGetSessionMethod = getGetSessionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetSessionRequest, dev.modelstore.auth.v1.GetSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSession"))
              .build();
        }
      }
    }
    return getGetSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListSessionsRequest,
      dev.modelstore.auth.v1.ListSessionsResponse> getListSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessions",
      requestType = dev.modelstore.auth.v1.ListSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.ListSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListSessionsRequest,
      dev.modelstore.auth.v1.ListSessionsResponse> getListSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListSessionsRequest, dev.modelstore.auth.v1.ListSessionsResponse> getListSessionsMethod;
    if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
          SessionServiceGrpc.getListSessionsMethod = getListSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.ListSessionsRequest, dev.modelstore.auth.v1.ListSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSessions"))
              .build();
        }
      }
    }
    return getListSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeSessionsRequest,
      dev.modelstore.auth.v1.PurgeSessionsResponse> getPurgeSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeSessions",
      requestType = dev.modelstore.auth.v1.PurgeSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.PurgeSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeSessionsRequest,
      dev.modelstore.auth.v1.PurgeSessionsResponse> getPurgeSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeSessionsRequest, dev.modelstore.auth.v1.PurgeSessionsResponse> getPurgeSessionsMethod;
    if ((getPurgeSessionsMethod = SessionServiceGrpc.getPurgeSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getPurgeSessionsMethod = SessionServiceGrpc.getPurgeSessionsMethod) == null) {
          SessionServiceGrpc.getPurgeSessionsMethod = getPurgeSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.PurgeSessionsRequest, dev.modelstore.auth.v1.PurgeSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("PurgeSessions"))
              .build();
        }
      }
    }
    return getPurgeSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateSessionRequest,
      dev.modelstore.auth.v1.UpdateSessionResponse> getUpdateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSession",
      requestType = dev.modelstore.auth.v1.UpdateSessionRequest.class,
      responseType = dev.modelstore.auth.v1.UpdateSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateSessionRequest,
      dev.modelstore.auth.v1.UpdateSessionResponse> getUpdateSessionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateSessionRequest, dev.modelstore.auth.v1.UpdateSessionResponse> getUpdateSessionMethod;
    if ((getUpdateSessionMethod = SessionServiceGrpc.getUpdateSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getUpdateSessionMethod = SessionServiceGrpc.getUpdateSessionMethod) == null) {
          SessionServiceGrpc.getUpdateSessionMethod = getUpdateSessionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.UpdateSessionRequest, dev.modelstore.auth.v1.UpdateSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("UpdateSession"))
              .build();
        }
      }
    }
    return getUpdateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteSessionRequest,
      dev.modelstore.auth.v1.DeleteSessionResponse> getDeleteSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSession",
      requestType = dev.modelstore.auth.v1.DeleteSessionRequest.class,
      responseType = dev.modelstore.auth.v1.DeleteSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteSessionRequest,
      dev.modelstore.auth.v1.DeleteSessionResponse> getDeleteSessionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteSessionRequest, dev.modelstore.auth.v1.DeleteSessionResponse> getDeleteSessionMethod;
    if ((getDeleteSessionMethod = SessionServiceGrpc.getDeleteSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getDeleteSessionMethod = SessionServiceGrpc.getDeleteSessionMethod) == null) {
          SessionServiceGrpc.getDeleteSessionMethod = getDeleteSessionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.DeleteSessionRequest, dev.modelstore.auth.v1.DeleteSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("DeleteSession"))
              .build();
        }
      }
    }
    return getDeleteSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetSessionsRequest,
      dev.modelstore.auth.v1.BatchGetSessionsResponse> getBatchGetSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetSessions",
      requestType = dev.modelstore.auth.v1.BatchGetSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchGetSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetSessionsRequest,
      dev.modelstore.auth.v1.BatchGetSessionsResponse> getBatchGetSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetSessionsRequest, dev.modelstore.auth.v1.BatchGetSessionsResponse> getBatchGetSessionsMethod;
    if ((getBatchGetSessionsMethod = SessionServiceGrpc.getBatchGetSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getBatchGetSessionsMethod = SessionServiceGrpc.getBatchGetSessionsMethod) == null) {
          SessionServiceGrpc.getBatchGetSessionsMethod = getBatchGetSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchGetSessionsRequest, dev.modelstore.auth.v1.BatchGetSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("BatchGetSessions"))
              .build();
        }
      }
    }
    return getBatchGetSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateSessionsRequest,
      dev.modelstore.auth.v1.BatchCreateSessionsResponse> getBatchCreateSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateSessions",
      requestType = dev.modelstore.auth.v1.BatchCreateSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchCreateSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateSessionsRequest,
      dev.modelstore.auth.v1.BatchCreateSessionsResponse> getBatchCreateSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateSessionsRequest, dev.modelstore.auth.v1.BatchCreateSessionsResponse> getBatchCreateSessionsMethod;
    if ((getBatchCreateSessionsMethod = SessionServiceGrpc.getBatchCreateSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getBatchCreateSessionsMethod = SessionServiceGrpc.getBatchCreateSessionsMethod) == null) {
          SessionServiceGrpc.getBatchCreateSessionsMethod = getBatchCreateSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchCreateSessionsRequest, dev.modelstore.auth.v1.BatchCreateSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("BatchCreateSessions"))
              .build();
        }
      }
    }
    return getBatchCreateSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateSessionsRequest,
      dev.modelstore.auth.v1.BatchUpdateSessionsResponse> getBatchUpdateSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateSessions",
      requestType = dev.modelstore.auth.v1.BatchUpdateSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchUpdateSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateSessionsRequest,
      dev.modelstore.auth.v1.BatchUpdateSessionsResponse> getBatchUpdateSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateSessionsRequest, dev.modelstore.auth.v1.BatchUpdateSessionsResponse> getBatchUpdateSessionsMethod;
    if ((getBatchUpdateSessionsMethod = SessionServiceGrpc.getBatchUpdateSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getBatchUpdateSessionsMethod = SessionServiceGrpc.getBatchUpdateSessionsMethod) == null) {
          SessionServiceGrpc.getBatchUpdateSessionsMethod = getBatchUpdateSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchUpdateSessionsRequest, dev.modelstore.auth.v1.BatchUpdateSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("BatchUpdateSessions"))
              .build();
        }
      }
    }
    return getBatchUpdateSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteSessionsRequest,
      dev.modelstore.auth.v1.BatchDeleteSessionsResponse> getBatchDeleteSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteSessions",
      requestType = dev.modelstore.auth.v1.BatchDeleteSessionsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchDeleteSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteSessionsRequest,
      dev.modelstore.auth.v1.BatchDeleteSessionsResponse> getBatchDeleteSessionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteSessionsRequest, dev.modelstore.auth.v1.BatchDeleteSessionsResponse> getBatchDeleteSessionsMethod;
    if ((getBatchDeleteSessionsMethod = SessionServiceGrpc.getBatchDeleteSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getBatchDeleteSessionsMethod = SessionServiceGrpc.getBatchDeleteSessionsMethod) == null) {
          SessionServiceGrpc.getBatchDeleteSessionsMethod = getBatchDeleteSessionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchDeleteSessionsRequest, dev.modelstore.auth.v1.BatchDeleteSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("BatchDeleteSessions"))
              .build();
        }
      }
    }
    return getBatchDeleteSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionByTokenRequest,
      dev.modelstore.auth.v1.GetSessionByTokenResponse> getGetSessionByTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSessionByToken",
      requestType = dev.modelstore.auth.v1.GetSessionByTokenRequest.class,
      responseType = dev.modelstore.auth.v1.GetSessionByTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionByTokenRequest,
      dev.modelstore.auth.v1.GetSessionByTokenResponse> getGetSessionByTokenMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetSessionByTokenRequest, dev.modelstore.auth.v1.GetSessionByTokenResponse> getGetSessionByTokenMethod;
    if ((getGetSessionByTokenMethod = SessionServiceGrpc.getGetSessionByTokenMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionByTokenMethod = SessionServiceGrpc.getGetSessionByTokenMethod) == null) {
          SessionServiceGrpc.getGetSessionByTokenMethod = getGetSessionByTokenMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetSessionByTokenRequest, dev.modelstore.auth.v1.GetSessionByTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSessionByToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetSessionByTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetSessionByTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSessionByToken"))
              .build();
        }
      }
    }
    return getGetSessionByTokenMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SessionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub>() {
        @java.lang.Override
        public SessionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceStub(channel, callOptions);
        }
      };
    return SessionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SessionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub>() {
        @java.lang.Override
        public SessionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SessionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SessionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub>() {
        @java.lang.Override
        public SessionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingStub(channel, callOptions);
        }
      };
    return SessionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SessionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub>() {
        @java.lang.Override
        public SessionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceFutureStub(channel, callOptions);
        }
      };
    return SessionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a session.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the token is in use), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createSession(dev.modelstore.auth.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a session by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such session),
     * UNAVAILABLE.
     * </pre>
     */
    default void getSession(dev.modelstore.auth.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists sessions, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listSessions(dev.modelstore.auth.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the sessions matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sessions are seen. Entities
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
    default void purgeSessions(dev.modelstore.auth.v1.PurgeSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a session.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * session and allow_missing is false), ALREADY_EXISTS (the token is in
     * use), ABORTED (etag mismatch), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE.
     * </pre>
     */
    default void updateSession(dev.modelstore.auth.v1.UpdateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a session.
     * Errors: NOT_FOUND (no such session), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteSession(dev.modelstore.auth.v1.DeleteSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several sessions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetSessions(dev.modelstore.auth.v1.BatchGetSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 sessions in one call, all or none (AIP-233): each item
     * as CreateSession would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateSessions(dev.modelstore.auth.v1.BatchCreateSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 sessions in one call, all or none (AIP-234): each item
     * as UpdateSession would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateSessions(dev.modelstore.auth.v1.BatchUpdateSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 sessions in one call, all or none (AIP-235): each item
     * as DeleteSession would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteSessions(dev.modelstore.auth.v1.BatchDeleteSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets the session that holds a token, as a sign-in check does: by the
     * token's keyed hash, or by the token itself where another writer
     * (better-auth) stored it in plaintext. A session whose `expires_at` has
     * passed is NOT_FOUND, exactly like an unknown token. The token is never
     * logged or echoed in an error.
     * Errors: INVALID_ARGUMENT (`token` is empty), NOT_FOUND (no session holds
     * the token, or it has expired), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    default void getSessionByToken(dev.modelstore.auth.v1.GetSessionByTokenRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionByTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionByTokenMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SessionService.
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public static abstract class SessionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SessionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SessionService.
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public static final class SessionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SessionServiceStub> {
    private SessionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the token is in use), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createSession(dev.modelstore.auth.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a session by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such session),
     * UNAVAILABLE.
     * </pre>
     */
    public void getSession(dev.modelstore.auth.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists sessions, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listSessions(dev.modelstore.auth.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the sessions matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sessions are seen. Entities
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
    public void purgeSessions(dev.modelstore.auth.v1.PurgeSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a session.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * session and allow_missing is false), ALREADY_EXISTS (the token is in
     * use), ABORTED (etag mismatch), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE.
     * </pre>
     */
    public void updateSession(dev.modelstore.auth.v1.UpdateSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a session.
     * Errors: NOT_FOUND (no such session), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteSession(dev.modelstore.auth.v1.DeleteSessionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several sessions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetSessions(dev.modelstore.auth.v1.BatchGetSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 sessions in one call, all or none (AIP-233): each item
     * as CreateSession would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateSessions(dev.modelstore.auth.v1.BatchCreateSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 sessions in one call, all or none (AIP-234): each item
     * as UpdateSession would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateSessions(dev.modelstore.auth.v1.BatchUpdateSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 sessions in one call, all or none (AIP-235): each item
     * as DeleteSession would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteSessions(dev.modelstore.auth.v1.BatchDeleteSessionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets the session that holds a token, as a sign-in check does: by the
     * token's keyed hash, or by the token itself where another writer
     * (better-auth) stored it in plaintext. A session whose `expires_at` has
     * passed is NOT_FOUND, exactly like an unknown token. The token is never
     * logged or echoed in an error.
     * Errors: INVALID_ARGUMENT (`token` is empty), NOT_FOUND (no session holds
     * the token, or it has expired), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public void getSessionByToken(dev.modelstore.auth.v1.GetSessionByTokenRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionByTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionByTokenMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SessionService.
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public static final class SessionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingV2Stub> {
    private SessionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the token is in use), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateSessionResponse createSession(dev.modelstore.auth.v1.CreateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a session by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such session),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetSessionResponse getSession(dev.modelstore.auth.v1.GetSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sessions, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListSessionsResponse listSessions(dev.modelstore.auth.v1.ListSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the sessions matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sessions are seen. Entities
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
    public dev.modelstore.auth.v1.PurgeSessionsResponse purgeSessions(dev.modelstore.auth.v1.PurgeSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a session.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * session and allow_missing is false), ALREADY_EXISTS (the token is in
     * use), ABORTED (etag mismatch), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateSessionResponse updateSession(dev.modelstore.auth.v1.UpdateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a session.
     * Errors: NOT_FOUND (no such session), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteSessionResponse deleteSession(dev.modelstore.auth.v1.DeleteSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several sessions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetSessionsResponse batchGetSessions(dev.modelstore.auth.v1.BatchGetSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sessions in one call, all or none (AIP-233): each item
     * as CreateSession would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateSessionsResponse batchCreateSessions(dev.modelstore.auth.v1.BatchCreateSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sessions in one call, all or none (AIP-234): each item
     * as UpdateSession would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateSessionsResponse batchUpdateSessions(dev.modelstore.auth.v1.BatchUpdateSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sessions in one call, all or none (AIP-235): each item
     * as DeleteSession would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteSessionsResponse batchDeleteSessions(dev.modelstore.auth.v1.BatchDeleteSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets the session that holds a token, as a sign-in check does: by the
     * token's keyed hash, or by the token itself where another writer
     * (better-auth) stored it in plaintext. A session whose `expires_at` has
     * passed is NOT_FOUND, exactly like an unknown token. The token is never
     * logged or echoed in an error.
     * Errors: INVALID_ARGUMENT (`token` is empty), NOT_FOUND (no session holds
     * the token, or it has expired), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.GetSessionByTokenResponse getSessionByToken(dev.modelstore.auth.v1.GetSessionByTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionByTokenMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SessionService.
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public static final class SessionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingStub> {
    private SessionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the token is in use), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateSessionResponse createSession(dev.modelstore.auth.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a session by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such session),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetSessionResponse getSession(dev.modelstore.auth.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sessions, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListSessionsResponse listSessions(dev.modelstore.auth.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the sessions matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sessions are seen. Entities
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
    public dev.modelstore.auth.v1.PurgeSessionsResponse purgeSessions(dev.modelstore.auth.v1.PurgeSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a session.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * session and allow_missing is false), ALREADY_EXISTS (the token is in
     * use), ABORTED (etag mismatch), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateSessionResponse updateSession(dev.modelstore.auth.v1.UpdateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a session.
     * Errors: NOT_FOUND (no such session), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteSessionResponse deleteSession(dev.modelstore.auth.v1.DeleteSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several sessions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetSessionsResponse batchGetSessions(dev.modelstore.auth.v1.BatchGetSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sessions in one call, all or none (AIP-233): each item
     * as CreateSession would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateSessionsResponse batchCreateSessions(dev.modelstore.auth.v1.BatchCreateSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sessions in one call, all or none (AIP-234): each item
     * as UpdateSession would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateSessionsResponse batchUpdateSessions(dev.modelstore.auth.v1.BatchUpdateSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sessions in one call, all or none (AIP-235): each item
     * as DeleteSession would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteSessionsResponse batchDeleteSessions(dev.modelstore.auth.v1.BatchDeleteSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets the session that holds a token, as a sign-in check does: by the
     * token's keyed hash, or by the token itself where another writer
     * (better-auth) stored it in plaintext. A session whose `expires_at` has
     * passed is NOT_FOUND, exactly like an unknown token. The token is never
     * logged or echoed in an error.
     * Errors: INVALID_ARGUMENT (`token` is empty), NOT_FOUND (no session holds
     * the token, or it has expired), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.GetSessionByTokenResponse getSessionByToken(dev.modelstore.auth.v1.GetSessionByTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionByTokenMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SessionService.
   * <pre>
   * Manages the sessions of users.
   * </pre>
   */
  public static final class SessionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SessionServiceFutureStub> {
    private SessionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the token is in use), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.CreateSessionResponse> createSession(
        dev.modelstore.auth.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a session by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such session),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetSessionResponse> getSession(
        dev.modelstore.auth.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists sessions, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.ListSessionsResponse> listSessions(
        dev.modelstore.auth.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the sessions matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sessions are seen. Entities
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.PurgeSessionsResponse> purgeSessions(
        dev.modelstore.auth.v1.PurgeSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a session.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * session and allow_missing is false), ALREADY_EXISTS (the token is in
     * use), ABORTED (etag mismatch), FAILED_PRECONDITION (the user does not
     * exist), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.UpdateSessionResponse> updateSession(
        dev.modelstore.auth.v1.UpdateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a session.
     * Errors: NOT_FOUND (no such session), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.DeleteSessionResponse> deleteSession(
        dev.modelstore.auth.v1.DeleteSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several sessions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchGetSessionsResponse> batchGetSessions(
        dev.modelstore.auth.v1.BatchGetSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sessions in one call, all or none (AIP-233): each item
     * as CreateSession would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchCreateSessionsResponse> batchCreateSessions(
        dev.modelstore.auth.v1.BatchCreateSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sessions in one call, all or none (AIP-234): each item
     * as UpdateSession would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].session.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchUpdateSessionsResponse> batchUpdateSessions(
        dev.modelstore.auth.v1.BatchUpdateSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sessions in one call, all or none (AIP-235): each item
     * as DeleteSession would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSession, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchDeleteSessionsResponse> batchDeleteSessions(
        dev.modelstore.auth.v1.BatchDeleteSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets the session that holds a token, as a sign-in check does: by the
     * token's keyed hash, or by the token itself where another writer
     * (better-auth) stored it in plaintext. A session whose `expires_at` has
     * passed is NOT_FOUND, exactly like an unknown token. The token is never
     * logged or echoed in an error.
     * Errors: INVALID_ARGUMENT (`token` is empty), NOT_FOUND (no session holds
     * the token, or it has expired), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetSessionByTokenResponse> getSessionByToken(
        dev.modelstore.auth.v1.GetSessionByTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionByTokenMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SESSION = 0;
  private static final int METHODID_GET_SESSION = 1;
  private static final int METHODID_LIST_SESSIONS = 2;
  private static final int METHODID_PURGE_SESSIONS = 3;
  private static final int METHODID_UPDATE_SESSION = 4;
  private static final int METHODID_DELETE_SESSION = 5;
  private static final int METHODID_BATCH_GET_SESSIONS = 6;
  private static final int METHODID_BATCH_CREATE_SESSIONS = 7;
  private static final int METHODID_BATCH_UPDATE_SESSIONS = 8;
  private static final int METHODID_BATCH_DELETE_SESSIONS = 9;
  private static final int METHODID_GET_SESSION_BY_TOKEN = 10;

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
        case METHODID_CREATE_SESSION:
          serviceImpl.createSession((dev.modelstore.auth.v1.CreateSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateSessionResponse>) responseObserver);
          break;
        case METHODID_GET_SESSION:
          serviceImpl.getSession((dev.modelstore.auth.v1.GetSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionResponse>) responseObserver);
          break;
        case METHODID_LIST_SESSIONS:
          serviceImpl.listSessions((dev.modelstore.auth.v1.ListSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListSessionsResponse>) responseObserver);
          break;
        case METHODID_PURGE_SESSIONS:
          serviceImpl.purgeSessions((dev.modelstore.auth.v1.PurgeSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeSessionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SESSION:
          serviceImpl.updateSession((dev.modelstore.auth.v1.UpdateSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateSessionResponse>) responseObserver);
          break;
        case METHODID_DELETE_SESSION:
          serviceImpl.deleteSession((dev.modelstore.auth.v1.DeleteSessionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteSessionResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_SESSIONS:
          serviceImpl.batchGetSessions((dev.modelstore.auth.v1.BatchGetSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetSessionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_SESSIONS:
          serviceImpl.batchCreateSessions((dev.modelstore.auth.v1.BatchCreateSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateSessionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_SESSIONS:
          serviceImpl.batchUpdateSessions((dev.modelstore.auth.v1.BatchUpdateSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateSessionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_SESSIONS:
          serviceImpl.batchDeleteSessions((dev.modelstore.auth.v1.BatchDeleteSessionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteSessionsResponse>) responseObserver);
          break;
        case METHODID_GET_SESSION_BY_TOKEN:
          serviceImpl.getSessionByToken((dev.modelstore.auth.v1.GetSessionByTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetSessionByTokenResponse>) responseObserver);
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
          getCreateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.CreateSessionRequest,
              dev.modelstore.auth.v1.CreateSessionResponse>(
                service, METHODID_CREATE_SESSION)))
        .addMethod(
          getGetSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetSessionRequest,
              dev.modelstore.auth.v1.GetSessionResponse>(
                service, METHODID_GET_SESSION)))
        .addMethod(
          getListSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.ListSessionsRequest,
              dev.modelstore.auth.v1.ListSessionsResponse>(
                service, METHODID_LIST_SESSIONS)))
        .addMethod(
          getPurgeSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.PurgeSessionsRequest,
              dev.modelstore.auth.v1.PurgeSessionsResponse>(
                service, METHODID_PURGE_SESSIONS)))
        .addMethod(
          getUpdateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.UpdateSessionRequest,
              dev.modelstore.auth.v1.UpdateSessionResponse>(
                service, METHODID_UPDATE_SESSION)))
        .addMethod(
          getDeleteSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.DeleteSessionRequest,
              dev.modelstore.auth.v1.DeleteSessionResponse>(
                service, METHODID_DELETE_SESSION)))
        .addMethod(
          getBatchGetSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchGetSessionsRequest,
              dev.modelstore.auth.v1.BatchGetSessionsResponse>(
                service, METHODID_BATCH_GET_SESSIONS)))
        .addMethod(
          getBatchCreateSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchCreateSessionsRequest,
              dev.modelstore.auth.v1.BatchCreateSessionsResponse>(
                service, METHODID_BATCH_CREATE_SESSIONS)))
        .addMethod(
          getBatchUpdateSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchUpdateSessionsRequest,
              dev.modelstore.auth.v1.BatchUpdateSessionsResponse>(
                service, METHODID_BATCH_UPDATE_SESSIONS)))
        .addMethod(
          getBatchDeleteSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchDeleteSessionsRequest,
              dev.modelstore.auth.v1.BatchDeleteSessionsResponse>(
                service, METHODID_BATCH_DELETE_SESSIONS)))
        .addMethod(
          getGetSessionByTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetSessionByTokenRequest,
              dev.modelstore.auth.v1.GetSessionByTokenResponse>(
                service, METHODID_GET_SESSION_BY_TOKEN)))
        .build();
  }

  private static abstract class SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SessionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.auth.v1.SessionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SessionService");
    }
  }

  private static final class SessionServiceFileDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier {
    SessionServiceFileDescriptorSupplier() {}
  }

  private static final class SessionServiceMethodDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SessionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SessionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SessionServiceFileDescriptorSupplier())
              .addMethod(getCreateSessionMethod())
              .addMethod(getGetSessionMethod())
              .addMethod(getListSessionsMethod())
              .addMethod(getPurgeSessionsMethod())
              .addMethod(getUpdateSessionMethod())
              .addMethod(getDeleteSessionMethod())
              .addMethod(getBatchGetSessionsMethod())
              .addMethod(getBatchCreateSessionsMethod())
              .addMethod(getBatchUpdateSessionsMethod())
              .addMethod(getBatchDeleteSessionsMethod())
              .addMethod(getGetSessionByTokenMethod())
              .build();
        }
      }
    }
    return result;
  }
}
