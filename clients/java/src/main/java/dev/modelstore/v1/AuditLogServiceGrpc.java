package dev.modelstore.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Reads the audit log. There is no create, update or delete: the server
 * writes the entries, and nobody changes them.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AuditLogServiceGrpc {

  private AuditLogServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.v1.AuditLogService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.v1.GetAuditLogEntryRequest,
      dev.modelstore.v1.GetAuditLogEntryResponse> getGetAuditLogEntryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAuditLogEntry",
      requestType = dev.modelstore.v1.GetAuditLogEntryRequest.class,
      responseType = dev.modelstore.v1.GetAuditLogEntryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.v1.GetAuditLogEntryRequest,
      dev.modelstore.v1.GetAuditLogEntryResponse> getGetAuditLogEntryMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.v1.GetAuditLogEntryRequest, dev.modelstore.v1.GetAuditLogEntryResponse> getGetAuditLogEntryMethod;
    if ((getGetAuditLogEntryMethod = AuditLogServiceGrpc.getGetAuditLogEntryMethod) == null) {
      synchronized (AuditLogServiceGrpc.class) {
        if ((getGetAuditLogEntryMethod = AuditLogServiceGrpc.getGetAuditLogEntryMethod) == null) {
          AuditLogServiceGrpc.getGetAuditLogEntryMethod = getGetAuditLogEntryMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.v1.GetAuditLogEntryRequest, dev.modelstore.v1.GetAuditLogEntryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAuditLogEntry"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.GetAuditLogEntryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.GetAuditLogEntryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuditLogServiceMethodDescriptorSupplier("GetAuditLogEntry"))
              .build();
        }
      }
    }
    return getGetAuditLogEntryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.v1.ListAuditLogEntriesRequest,
      dev.modelstore.v1.ListAuditLogEntriesResponse> getListAuditLogEntriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAuditLogEntries",
      requestType = dev.modelstore.v1.ListAuditLogEntriesRequest.class,
      responseType = dev.modelstore.v1.ListAuditLogEntriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.v1.ListAuditLogEntriesRequest,
      dev.modelstore.v1.ListAuditLogEntriesResponse> getListAuditLogEntriesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.v1.ListAuditLogEntriesRequest, dev.modelstore.v1.ListAuditLogEntriesResponse> getListAuditLogEntriesMethod;
    if ((getListAuditLogEntriesMethod = AuditLogServiceGrpc.getListAuditLogEntriesMethod) == null) {
      synchronized (AuditLogServiceGrpc.class) {
        if ((getListAuditLogEntriesMethod = AuditLogServiceGrpc.getListAuditLogEntriesMethod) == null) {
          AuditLogServiceGrpc.getListAuditLogEntriesMethod = getListAuditLogEntriesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.v1.ListAuditLogEntriesRequest, dev.modelstore.v1.ListAuditLogEntriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAuditLogEntries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.ListAuditLogEntriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.v1.ListAuditLogEntriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuditLogServiceMethodDescriptorSupplier("ListAuditLogEntries"))
              .build();
        }
      }
    }
    return getListAuditLogEntriesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuditLogServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceStub>() {
        @java.lang.Override
        public AuditLogServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditLogServiceStub(channel, callOptions);
        }
      };
    return AuditLogServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AuditLogServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceBlockingV2Stub>() {
        @java.lang.Override
        public AuditLogServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditLogServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AuditLogServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuditLogServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceBlockingStub>() {
        @java.lang.Override
        public AuditLogServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditLogServiceBlockingStub(channel, callOptions);
        }
      };
    return AuditLogServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuditLogServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditLogServiceFutureStub>() {
        @java.lang.Override
        public AuditLogServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditLogServiceFutureStub(channel, callOptions);
        }
      };
    return AuditLogServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Gets an audit log entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such entry, or
     * another tenant's), UNAVAILABLE.
     * </pre>
     */
    default void getAuditLogEntry(dev.modelstore.v1.GetAuditLogEntryRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.GetAuditLogEntryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAuditLogEntryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists audit log entries, one keyset page at a time, oldest first by
     * default, for example with the filter
     * `entity_type = "modelstore.platform.v1.User" AND entity_id = "u_1"`
     * ("who changed this user, when, and which fields").
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), FAILED_PRECONDITION (the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    default void listAuditLogEntries(dev.modelstore.v1.ListAuditLogEntriesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.ListAuditLogEntriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAuditLogEntriesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AuditLogService.
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public static abstract class AuditLogServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AuditLogServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AuditLogService.
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public static final class AuditLogServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AuditLogServiceStub> {
    private AuditLogServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditLogServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditLogServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an audit log entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such entry, or
     * another tenant's), UNAVAILABLE.
     * </pre>
     */
    public void getAuditLogEntry(dev.modelstore.v1.GetAuditLogEntryRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.GetAuditLogEntryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAuditLogEntryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists audit log entries, one keyset page at a time, oldest first by
     * default, for example with the filter
     * `entity_type = "modelstore.platform.v1.User" AND entity_id = "u_1"`
     * ("who changed this user, when, and which fields").
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), FAILED_PRECONDITION (the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public void listAuditLogEntries(dev.modelstore.v1.ListAuditLogEntriesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.v1.ListAuditLogEntriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAuditLogEntriesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AuditLogService.
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public static final class AuditLogServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AuditLogServiceBlockingV2Stub> {
    private AuditLogServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditLogServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditLogServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an audit log entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such entry, or
     * another tenant's), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.GetAuditLogEntryResponse getAuditLogEntry(dev.modelstore.v1.GetAuditLogEntryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAuditLogEntryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists audit log entries, one keyset page at a time, oldest first by
     * default, for example with the filter
     * `entity_type = "modelstore.platform.v1.User" AND entity_id = "u_1"`
     * ("who changed this user, when, and which fields").
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), FAILED_PRECONDITION (the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.ListAuditLogEntriesResponse listAuditLogEntries(dev.modelstore.v1.ListAuditLogEntriesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAuditLogEntriesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AuditLogService.
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public static final class AuditLogServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AuditLogServiceBlockingStub> {
    private AuditLogServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditLogServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditLogServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an audit log entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such entry, or
     * another tenant's), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.GetAuditLogEntryResponse getAuditLogEntry(dev.modelstore.v1.GetAuditLogEntryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAuditLogEntryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists audit log entries, one keyset page at a time, oldest first by
     * default, for example with the filter
     * `entity_type = "modelstore.platform.v1.User" AND entity_id = "u_1"`
     * ("who changed this user, when, and which fields").
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), FAILED_PRECONDITION (the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.v1.ListAuditLogEntriesResponse listAuditLogEntries(dev.modelstore.v1.ListAuditLogEntriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAuditLogEntriesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AuditLogService.
   * <pre>
   * Reads the audit log. There is no create, update or delete: the server
   * writes the entries, and nobody changes them.
   * </pre>
   */
  public static final class AuditLogServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AuditLogServiceFutureStub> {
    private AuditLogServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditLogServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditLogServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an audit log entry by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such entry, or
     * another tenant's), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.v1.GetAuditLogEntryResponse> getAuditLogEntry(
        dev.modelstore.v1.GetAuditLogEntryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAuditLogEntryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists audit log entries, one keyset page at a time, oldest first by
     * default, for example with the filter
     * `entity_type = "modelstore.platform.v1.User" AND entity_id = "u_1"`
     * ("who changed this user, when, and which fields").
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or
     * order_by), FAILED_PRECONDITION (the tenant header is missing),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.v1.ListAuditLogEntriesResponse> listAuditLogEntries(
        dev.modelstore.v1.ListAuditLogEntriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAuditLogEntriesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_AUDIT_LOG_ENTRY = 0;
  private static final int METHODID_LIST_AUDIT_LOG_ENTRIES = 1;

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
        case METHODID_GET_AUDIT_LOG_ENTRY:
          serviceImpl.getAuditLogEntry((dev.modelstore.v1.GetAuditLogEntryRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.v1.GetAuditLogEntryResponse>) responseObserver);
          break;
        case METHODID_LIST_AUDIT_LOG_ENTRIES:
          serviceImpl.listAuditLogEntries((dev.modelstore.v1.ListAuditLogEntriesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.v1.ListAuditLogEntriesResponse>) responseObserver);
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
          getGetAuditLogEntryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.v1.GetAuditLogEntryRequest,
              dev.modelstore.v1.GetAuditLogEntryResponse>(
                service, METHODID_GET_AUDIT_LOG_ENTRY)))
        .addMethod(
          getListAuditLogEntriesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.v1.ListAuditLogEntriesRequest,
              dev.modelstore.v1.ListAuditLogEntriesResponse>(
                service, METHODID_LIST_AUDIT_LOG_ENTRIES)))
        .build();
  }

  private static abstract class AuditLogServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuditLogServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.v1.AuditProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AuditLogService");
    }
  }

  private static final class AuditLogServiceFileDescriptorSupplier
      extends AuditLogServiceBaseDescriptorSupplier {
    AuditLogServiceFileDescriptorSupplier() {}
  }

  private static final class AuditLogServiceMethodDescriptorSupplier
      extends AuditLogServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AuditLogServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AuditLogServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuditLogServiceFileDescriptorSupplier())
              .addMethod(getGetAuditLogEntryMethod())
              .addMethod(getListAuditLogEntriesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
