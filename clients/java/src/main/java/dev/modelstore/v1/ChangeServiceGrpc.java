package dev.modelstore.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The feed of committed changes of every entity of every domain.
 * Reading the feed needs the `read` right. A caller sees the events of the
 * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
 * and those of global entities; without it, every tenant's, for a caller
 * allowed to act across tenants.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ChangeServiceGrpc {

  private ChangeServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.v1.ChangeService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.v1.WatchChangesRequest,
      dev.modelstore.v1.WatchChangesResponse> getWatchChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchChanges",
      requestType = dev.modelstore.v1.WatchChangesRequest.class,
      responseType = dev.modelstore.v1.WatchChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.modelstore.v1.WatchChangesRequest,
      dev.modelstore.v1.WatchChangesResponse> getWatchChangesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.v1.WatchChangesRequest, dev.modelstore.v1.WatchChangesResponse> getWatchChangesMethod;
    if ((getWatchChangesMethod = ChangeServiceGrpc.getWatchChangesMethod) == null) {
      synchronized (ChangeServiceGrpc.class) {
        if ((getWatchChangesMethod = ChangeServiceGrpc.getWatchChangesMethod) == null) {
          ChangeServiceGrpc.getWatchChangesMethod = getWatchChangesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.v1.WatchChangesRequest, dev.modelstore.v1.WatchChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.WatchChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.WatchChangesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChangeServiceMethodDescriptorSupplier("WatchChanges"))
              .build();
        }
      }
    }
    return getWatchChangesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.v1.ListChangesRequest,
      dev.modelstore.v1.ListChangesResponse> getListChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListChanges",
      requestType = dev.modelstore.v1.ListChangesRequest.class,
      responseType = dev.modelstore.v1.ListChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.v1.ListChangesRequest,
      dev.modelstore.v1.ListChangesResponse> getListChangesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.v1.ListChangesRequest, dev.modelstore.v1.ListChangesResponse> getListChangesMethod;
    if ((getListChangesMethod = ChangeServiceGrpc.getListChangesMethod) == null) {
      synchronized (ChangeServiceGrpc.class) {
        if ((getListChangesMethod = ChangeServiceGrpc.getListChangesMethod) == null) {
          ChangeServiceGrpc.getListChangesMethod = getListChangesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.v1.ListChangesRequest, dev.modelstore.v1.ListChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.ListChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.ListChangesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChangeServiceMethodDescriptorSupplier("ListChanges"))
              .build();
        }
      }
    }
    return getListChangesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ChangeServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChangeServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChangeServiceStub>() {
        @java.lang.Override
        public ChangeServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChangeServiceStub(channel, callOptions);
        }
      };
    return ChangeServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ChangeServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChangeServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChangeServiceBlockingV2Stub>() {
        @java.lang.Override
        public ChangeServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChangeServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ChangeServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ChangeServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChangeServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChangeServiceBlockingStub>() {
        @java.lang.Override
        public ChangeServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChangeServiceBlockingStub(channel, callOptions);
        }
      };
    return ChangeServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ChangeServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChangeServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChangeServiceFutureStub>() {
        @java.lang.Override
        public ChangeServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChangeServiceFutureStub(channel, callOptions);
        }
      };
    return ChangeServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Streams committed changes as they happen, in commit order, from the
     * position given by `resume_token` or `start_time` (or from now when
     * neither is set). The first response comes at once, without events, with
     * the position the stream starts after. The stream stays open; the server
     * also sends a response without events at least every 10 seconds whose
     * `resume_token` records how far the feed was read, so that a filtered
     * watcher can resume without re-reading what it skipped. The stream ends
     * with UNAVAILABLE when the server shuts down: resume with the last token.
     * Errors: INVALID_ARGUMENT (bad filter, entity type, read_mask or
     * resume_token, or both resume_token and start_time),
     * FAILED_PRECONDITION (the resume_token or start_time is older than the
     * retained history, or the tenant header is missing), UNAVAILABLE (the
     * database cannot be reached, or the server is shutting down).
     * </pre>
     */
    default void watchChanges(dev.modelstore.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchChangesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists committed changes after a position, one page at a time, for
     * consumers that poll. The feed has no last page: `next_page_token` is
     * always set, and a page without events means the caller is caught up
     * (poll again later with the same token).
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter, entity type
     * or read_mask), FAILED_PRECONDITION (the page_token or start_time is
     * older than the retained history, or the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    default void listChanges(dev.modelstore.v1.ListChangesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.ListChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListChangesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ChangeService.
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public static abstract class ChangeServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ChangeServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ChangeService.
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public static final class ChangeServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ChangeServiceStub> {
    private ChangeServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChangeServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChangeServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams committed changes as they happen, in commit order, from the
     * position given by `resume_token` or `start_time` (or from now when
     * neither is set). The first response comes at once, without events, with
     * the position the stream starts after. The stream stays open; the server
     * also sends a response without events at least every 10 seconds whose
     * `resume_token` records how far the feed was read, so that a filtered
     * watcher can resume without re-reading what it skipped. The stream ends
     * with UNAVAILABLE when the server shuts down: resume with the last token.
     * Errors: INVALID_ARGUMENT (bad filter, entity type, read_mask or
     * resume_token, or both resume_token and start_time),
     * FAILED_PRECONDITION (the resume_token or start_time is older than the
     * retained history, or the tenant header is missing), UNAVAILABLE (the
     * database cannot be reached, or the server is shutting down).
     * </pre>
     */
    public void watchChanges(dev.modelstore.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchChangesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists committed changes after a position, one page at a time, for
     * consumers that poll. The feed has no last page: `next_page_token` is
     * always set, and a page without events means the caller is caught up
     * (poll again later with the same token).
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter, entity type
     * or read_mask), FAILED_PRECONDITION (the page_token or start_time is
     * older than the retained history, or the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public void listChanges(dev.modelstore.v1.ListChangesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.ListChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListChangesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ChangeService.
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public static final class ChangeServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ChangeServiceBlockingV2Stub> {
    private ChangeServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChangeServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChangeServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams committed changes as they happen, in commit order, from the
     * position given by `resume_token` or `start_time` (or from now when
     * neither is set). The first response comes at once, without events, with
     * the position the stream starts after. The stream stays open; the server
     * also sends a response without events at least every 10 seconds whose
     * `resume_token` records how far the feed was read, so that a filtered
     * watcher can resume without re-reading what it skipped. The stream ends
     * with UNAVAILABLE when the server shuts down: resume with the last token.
     * Errors: INVALID_ARGUMENT (bad filter, entity type, read_mask or
     * resume_token, or both resume_token and start_time),
     * FAILED_PRECONDITION (the resume_token or start_time is older than the
     * retained history, or the tenant header is missing), UNAVAILABLE (the
     * database cannot be reached, or the server is shutting down).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.modelstore.v1.WatchChangesResponse>
        watchChanges(dev.modelstore.v1.WatchChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists committed changes after a position, one page at a time, for
     * consumers that poll. The feed has no last page: `next_page_token` is
     * always set, and a page without events means the caller is caught up
     * (poll again later with the same token).
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter, entity type
     * or read_mask), FAILED_PRECONDITION (the page_token or start_time is
     * older than the retained history, or the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.ListChangesResponse listChanges(dev.modelstore.v1.ListChangesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListChangesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ChangeService.
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public static final class ChangeServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ChangeServiceBlockingStub> {
    private ChangeServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChangeServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChangeServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams committed changes as they happen, in commit order, from the
     * position given by `resume_token` or `start_time` (or from now when
     * neither is set). The first response comes at once, without events, with
     * the position the stream starts after. The stream stays open; the server
     * also sends a response without events at least every 10 seconds whose
     * `resume_token` records how far the feed was read, so that a filtered
     * watcher can resume without re-reading what it skipped. The stream ends
     * with UNAVAILABLE when the server shuts down: resume with the last token.
     * Errors: INVALID_ARGUMENT (bad filter, entity type, read_mask or
     * resume_token, or both resume_token and start_time),
     * FAILED_PRECONDITION (the resume_token or start_time is older than the
     * retained history, or the tenant header is missing), UNAVAILABLE (the
     * database cannot be reached, or the server is shutting down).
     * </pre>
     */
    public java.util.Iterator<dev.modelstore.v1.WatchChangesResponse> watchChanges(
        dev.modelstore.v1.WatchChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists committed changes after a position, one page at a time, for
     * consumers that poll. The feed has no last page: `next_page_token` is
     * always set, and a page without events means the caller is caught up
     * (poll again later with the same token).
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter, entity type
     * or read_mask), FAILED_PRECONDITION (the page_token or start_time is
     * older than the retained history, or the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.ListChangesResponse listChanges(dev.modelstore.v1.ListChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListChangesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ChangeService.
   * <pre>
   * The feed of committed changes of every entity of every domain.
   * Reading the feed needs the `read` right. A caller sees the events of the
   * tenants its credentials grant, exactly as List shows their entities: with `x-tenant-id`, only that tenant's events
   * and those of global entities; without it, every tenant's, for a caller
   * allowed to act across tenants.
   * </pre>
   */
  public static final class ChangeServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ChangeServiceFutureStub> {
    private ChangeServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChangeServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChangeServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists committed changes after a position, one page at a time, for
     * consumers that poll. The feed has no last page: `next_page_token` is
     * always set, and a page without events means the caller is caught up
     * (poll again later with the same token).
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter, entity type
     * or read_mask), FAILED_PRECONDITION (the page_token or start_time is
     * older than the retained history, or the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.v1.ListChangesResponse> listChanges(
        dev.modelstore.v1.ListChangesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListChangesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_WATCH_CHANGES = 0;
  private static final int METHODID_LIST_CHANGES = 1;

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
        case METHODID_WATCH_CHANGES:
          serviceImpl.watchChanges((dev.modelstore.v1.WatchChangesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.v1.WatchChangesResponse>) responseObserver);
          break;
        case METHODID_LIST_CHANGES:
          serviceImpl.listChanges((dev.modelstore.v1.ListChangesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.v1.ListChangesResponse>) responseObserver);
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
          getWatchChangesMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.modelstore.v1.WatchChangesRequest,
              dev.modelstore.v1.WatchChangesResponse>(
                service, METHODID_WATCH_CHANGES)))
        .addMethod(
          getListChangesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.v1.ListChangesRequest,
              dev.modelstore.v1.ListChangesResponse>(
                service, METHODID_LIST_CHANGES)))
        .build();
  }

  private static abstract class ChangeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ChangeServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.v1.ChangeProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ChangeService");
    }
  }

  private static final class ChangeServiceFileDescriptorSupplier
      extends ChangeServiceBaseDescriptorSupplier {
    ChangeServiceFileDescriptorSupplier() {}
  }

  private static final class ChangeServiceMethodDescriptorSupplier
      extends ChangeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ChangeServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ChangeServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ChangeServiceFileDescriptorSupplier())
              .addMethod(getWatchChangesMethod())
              .addMethod(getListChangesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
