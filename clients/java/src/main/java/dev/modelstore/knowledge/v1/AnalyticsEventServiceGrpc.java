package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Records and reads analytics events. Events are immutable once written, so
 * the service has no Update method.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AnalyticsEventServiceGrpc {

  private AnalyticsEventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.AnalyticsEventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> getCreateAnalyticsEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateAnalyticsEvent",
      requestType = dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> getCreateAnalyticsEventMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest, dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> getCreateAnalyticsEventMethod;
    if ((getCreateAnalyticsEventMethod = AnalyticsEventServiceGrpc.getCreateAnalyticsEventMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getCreateAnalyticsEventMethod = AnalyticsEventServiceGrpc.getCreateAnalyticsEventMethod) == null) {
          AnalyticsEventServiceGrpc.getCreateAnalyticsEventMethod = getCreateAnalyticsEventMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest, dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateAnalyticsEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("CreateAnalyticsEvent"))
              .build();
        }
      }
    }
    return getCreateAnalyticsEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> getGetAnalyticsEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAnalyticsEvent",
      requestType = dev.modelstore.knowledge.v1.GetAnalyticsEventRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetAnalyticsEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> getGetAnalyticsEventMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetAnalyticsEventRequest, dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> getGetAnalyticsEventMethod;
    if ((getGetAnalyticsEventMethod = AnalyticsEventServiceGrpc.getGetAnalyticsEventMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getGetAnalyticsEventMethod = AnalyticsEventServiceGrpc.getGetAnalyticsEventMethod) == null) {
          AnalyticsEventServiceGrpc.getGetAnalyticsEventMethod = getGetAnalyticsEventMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetAnalyticsEventRequest, dev.modelstore.knowledge.v1.GetAnalyticsEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAnalyticsEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetAnalyticsEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetAnalyticsEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("GetAnalyticsEvent"))
              .build();
        }
      }
    }
    return getGetAnalyticsEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> getListAnalyticsEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAnalyticsEvents",
      requestType = dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> getListAnalyticsEventsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest, dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> getListAnalyticsEventsMethod;
    if ((getListAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getListAnalyticsEventsMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getListAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getListAnalyticsEventsMethod) == null) {
          AnalyticsEventServiceGrpc.getListAnalyticsEventsMethod = getListAnalyticsEventsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest, dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAnalyticsEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("ListAnalyticsEvents"))
              .build();
        }
      }
    }
    return getListAnalyticsEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> getPurgeAnalyticsEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeAnalyticsEvents",
      requestType = dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> getPurgeAnalyticsEventsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest, dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> getPurgeAnalyticsEventsMethod;
    if ((getPurgeAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getPurgeAnalyticsEventsMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getPurgeAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getPurgeAnalyticsEventsMethod) == null) {
          AnalyticsEventServiceGrpc.getPurgeAnalyticsEventsMethod = getPurgeAnalyticsEventsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest, dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeAnalyticsEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("PurgeAnalyticsEvents"))
              .build();
        }
      }
    }
    return getPurgeAnalyticsEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> getDeleteAnalyticsEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAnalyticsEvent",
      requestType = dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest,
      dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> getDeleteAnalyticsEventMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest, dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> getDeleteAnalyticsEventMethod;
    if ((getDeleteAnalyticsEventMethod = AnalyticsEventServiceGrpc.getDeleteAnalyticsEventMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getDeleteAnalyticsEventMethod = AnalyticsEventServiceGrpc.getDeleteAnalyticsEventMethod) == null) {
          AnalyticsEventServiceGrpc.getDeleteAnalyticsEventMethod = getDeleteAnalyticsEventMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest, dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAnalyticsEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("DeleteAnalyticsEvent"))
              .build();
        }
      }
    }
    return getDeleteAnalyticsEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> getBatchGetAnalyticsEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetAnalyticsEvents",
      requestType = dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> getBatchGetAnalyticsEventsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> getBatchGetAnalyticsEventsMethod;
    if ((getBatchGetAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchGetAnalyticsEventsMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getBatchGetAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchGetAnalyticsEventsMethod) == null) {
          AnalyticsEventServiceGrpc.getBatchGetAnalyticsEventsMethod = getBatchGetAnalyticsEventsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetAnalyticsEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("BatchGetAnalyticsEvents"))
              .build();
        }
      }
    }
    return getBatchGetAnalyticsEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> getBatchCreateAnalyticsEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateAnalyticsEvents",
      requestType = dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> getBatchCreateAnalyticsEventsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> getBatchCreateAnalyticsEventsMethod;
    if ((getBatchCreateAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchCreateAnalyticsEventsMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getBatchCreateAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchCreateAnalyticsEventsMethod) == null) {
          AnalyticsEventServiceGrpc.getBatchCreateAnalyticsEventsMethod = getBatchCreateAnalyticsEventsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateAnalyticsEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("BatchCreateAnalyticsEvents"))
              .build();
        }
      }
    }
    return getBatchCreateAnalyticsEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> getBatchDeleteAnalyticsEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteAnalyticsEvents",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> getBatchDeleteAnalyticsEventsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> getBatchDeleteAnalyticsEventsMethod;
    if ((getBatchDeleteAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchDeleteAnalyticsEventsMethod) == null) {
      synchronized (AnalyticsEventServiceGrpc.class) {
        if ((getBatchDeleteAnalyticsEventsMethod = AnalyticsEventServiceGrpc.getBatchDeleteAnalyticsEventsMethod) == null) {
          AnalyticsEventServiceGrpc.getBatchDeleteAnalyticsEventsMethod = getBatchDeleteAnalyticsEventsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest, dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteAnalyticsEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsEventServiceMethodDescriptorSupplier("BatchDeleteAnalyticsEvents"))
              .build();
        }
      }
    }
    return getBatchDeleteAnalyticsEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AnalyticsEventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceStub>() {
        @java.lang.Override
        public AnalyticsEventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsEventServiceStub(channel, callOptions);
        }
      };
    return AnalyticsEventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AnalyticsEventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceBlockingV2Stub>() {
        @java.lang.Override
        public AnalyticsEventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsEventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AnalyticsEventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AnalyticsEventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceBlockingStub>() {
        @java.lang.Override
        public AnalyticsEventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsEventServiceBlockingStub(channel, callOptions);
        }
      };
    return AnalyticsEventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AnalyticsEventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsEventServiceFutureStub>() {
        @java.lang.Override
        public AnalyticsEventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsEventServiceFutureStub(channel, callOptions);
        }
      };
    return AnalyticsEventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an analytics event.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createAnalyticsEvent(dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateAnalyticsEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an analytics event by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getAnalyticsEvent(dev.modelstore.knowledge.v1.GetAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAnalyticsEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listAnalyticsEvents(dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAnalyticsEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the analytics events matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's analytics events are
     * seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeAnalyticsEvents(dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeAnalyticsEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an analytics event.
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteAnalyticsEvent(dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAnalyticsEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several analytics events by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetAnalyticsEvents(dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetAnalyticsEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 analytics events in one call, all or none (AIP-233):
     * each item as CreateAnalyticsEvent would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].analytics_event.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateAnalyticsEvents(dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateAnalyticsEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 analytics events in one call, all or none (AIP-235):
     * each item as DeleteAnalyticsEvent would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteAnalyticsEvents(dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteAnalyticsEventsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AnalyticsEventService.
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public static abstract class AnalyticsEventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AnalyticsEventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AnalyticsEventService.
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public static final class AnalyticsEventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AnalyticsEventServiceStub> {
    private AnalyticsEventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsEventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsEventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an analytics event.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createAnalyticsEvent(dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateAnalyticsEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an analytics event by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getAnalyticsEvent(dev.modelstore.knowledge.v1.GetAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAnalyticsEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listAnalyticsEvents(dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAnalyticsEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the analytics events matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's analytics events are
     * seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeAnalyticsEvents(dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeAnalyticsEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an analytics event.
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteAnalyticsEvent(dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAnalyticsEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several analytics events by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetAnalyticsEvents(dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetAnalyticsEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 analytics events in one call, all or none (AIP-233):
     * each item as CreateAnalyticsEvent would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].analytics_event.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateAnalyticsEvents(dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateAnalyticsEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 analytics events in one call, all or none (AIP-235):
     * each item as DeleteAnalyticsEvent would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteAnalyticsEvents(dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteAnalyticsEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AnalyticsEventService.
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public static final class AnalyticsEventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AnalyticsEventServiceBlockingV2Stub> {
    private AnalyticsEventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsEventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsEventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an analytics event.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse createAnalyticsEvent(dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an analytics event by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetAnalyticsEventResponse getAnalyticsEvent(dev.modelstore.knowledge.v1.GetAnalyticsEventRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse listAnalyticsEvents(dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the analytics events matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's analytics events are
     * seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse purgeAnalyticsEvents(dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an analytics event.
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse deleteAnalyticsEvent(dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several analytics events by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse batchGetAnalyticsEvents(dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 analytics events in one call, all or none (AIP-233):
     * each item as CreateAnalyticsEvent would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].analytics_event.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse batchCreateAnalyticsEvents(dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 analytics events in one call, all or none (AIP-235):
     * each item as DeleteAnalyticsEvent would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse batchDeleteAnalyticsEvents(dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteAnalyticsEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AnalyticsEventService.
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public static final class AnalyticsEventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AnalyticsEventServiceBlockingStub> {
    private AnalyticsEventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsEventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsEventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an analytics event.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse createAnalyticsEvent(dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an analytics event by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetAnalyticsEventResponse getAnalyticsEvent(dev.modelstore.knowledge.v1.GetAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse listAnalyticsEvents(dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the analytics events matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's analytics events are
     * seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse purgeAnalyticsEvents(dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an analytics event.
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse deleteAnalyticsEvent(dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAnalyticsEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several analytics events by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse batchGetAnalyticsEvents(dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 analytics events in one call, all or none (AIP-233):
     * each item as CreateAnalyticsEvent would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].analytics_event.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse batchCreateAnalyticsEvents(dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateAnalyticsEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 analytics events in one call, all or none (AIP-235):
     * each item as DeleteAnalyticsEvent would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse batchDeleteAnalyticsEvents(dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteAnalyticsEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AnalyticsEventService.
   * <pre>
   * Records and reads analytics events. Events are immutable once written, so
   * the service has no Update method.
   * </pre>
   */
  public static final class AnalyticsEventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AnalyticsEventServiceFutureStub> {
    private AnalyticsEventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsEventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsEventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an analytics event.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse> createAnalyticsEvent(
        dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateAnalyticsEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an analytics event by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetAnalyticsEventResponse> getAnalyticsEvent(
        dev.modelstore.knowledge.v1.GetAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAnalyticsEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse> listAnalyticsEvents(
        dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAnalyticsEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the analytics events matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's analytics events are
     * seen. Entities that refer to a purged one are deleted first where their
     * reference cascades, as Delete does, so a purge interrupted midway leaves no
     * dangling reference. With `force` false (the default) nothing is deleted:
     * the response says how many would be, with a sample of their ids. Each
     * deletion is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse> purgeAnalyticsEvents(
        dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeAnalyticsEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an analytics event.
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse> deleteAnalyticsEvent(
        dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAnalyticsEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several analytics events by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse> batchGetAnalyticsEvents(
        dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetAnalyticsEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 analytics events in one call, all or none (AIP-233):
     * each item as CreateAnalyticsEvent would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].analytics_event.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse> batchCreateAnalyticsEvents(
        dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateAnalyticsEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 analytics events in one call, all or none (AIP-235):
     * each item as DeleteAnalyticsEvent would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAnalyticsEvent, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse> batchDeleteAnalyticsEvents(
        dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteAnalyticsEventsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ANALYTICS_EVENT = 0;
  private static final int METHODID_GET_ANALYTICS_EVENT = 1;
  private static final int METHODID_LIST_ANALYTICS_EVENTS = 2;
  private static final int METHODID_PURGE_ANALYTICS_EVENTS = 3;
  private static final int METHODID_DELETE_ANALYTICS_EVENT = 4;
  private static final int METHODID_BATCH_GET_ANALYTICS_EVENTS = 5;
  private static final int METHODID_BATCH_CREATE_ANALYTICS_EVENTS = 6;
  private static final int METHODID_BATCH_DELETE_ANALYTICS_EVENTS = 7;

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
        case METHODID_CREATE_ANALYTICS_EVENT:
          serviceImpl.createAnalyticsEvent((dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse>) responseObserver);
          break;
        case METHODID_GET_ANALYTICS_EVENT:
          serviceImpl.getAnalyticsEvent((dev.modelstore.knowledge.v1.GetAnalyticsEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetAnalyticsEventResponse>) responseObserver);
          break;
        case METHODID_LIST_ANALYTICS_EVENTS:
          serviceImpl.listAnalyticsEvents((dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse>) responseObserver);
          break;
        case METHODID_PURGE_ANALYTICS_EVENTS:
          serviceImpl.purgeAnalyticsEvents((dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse>) responseObserver);
          break;
        case METHODID_DELETE_ANALYTICS_EVENT:
          serviceImpl.deleteAnalyticsEvent((dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_ANALYTICS_EVENTS:
          serviceImpl.batchGetAnalyticsEvents((dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ANALYTICS_EVENTS:
          serviceImpl.batchCreateAnalyticsEvents((dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_ANALYTICS_EVENTS:
          serviceImpl.batchDeleteAnalyticsEvents((dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse>) responseObserver);
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
          getCreateAnalyticsEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateAnalyticsEventRequest,
              dev.modelstore.knowledge.v1.CreateAnalyticsEventResponse>(
                service, METHODID_CREATE_ANALYTICS_EVENT)))
        .addMethod(
          getGetAnalyticsEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetAnalyticsEventRequest,
              dev.modelstore.knowledge.v1.GetAnalyticsEventResponse>(
                service, METHODID_GET_ANALYTICS_EVENT)))
        .addMethod(
          getListAnalyticsEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListAnalyticsEventsRequest,
              dev.modelstore.knowledge.v1.ListAnalyticsEventsResponse>(
                service, METHODID_LIST_ANALYTICS_EVENTS)))
        .addMethod(
          getPurgeAnalyticsEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeAnalyticsEventsRequest,
              dev.modelstore.knowledge.v1.PurgeAnalyticsEventsResponse>(
                service, METHODID_PURGE_ANALYTICS_EVENTS)))
        .addMethod(
          getDeleteAnalyticsEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteAnalyticsEventRequest,
              dev.modelstore.knowledge.v1.DeleteAnalyticsEventResponse>(
                service, METHODID_DELETE_ANALYTICS_EVENT)))
        .addMethod(
          getBatchGetAnalyticsEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsRequest,
              dev.modelstore.knowledge.v1.BatchGetAnalyticsEventsResponse>(
                service, METHODID_BATCH_GET_ANALYTICS_EVENTS)))
        .addMethod(
          getBatchCreateAnalyticsEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsRequest,
              dev.modelstore.knowledge.v1.BatchCreateAnalyticsEventsResponse>(
                service, METHODID_BATCH_CREATE_ANALYTICS_EVENTS)))
        .addMethod(
          getBatchDeleteAnalyticsEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsRequest,
              dev.modelstore.knowledge.v1.BatchDeleteAnalyticsEventsResponse>(
                service, METHODID_BATCH_DELETE_ANALYTICS_EVENTS)))
        .build();
  }

  private static abstract class AnalyticsEventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AnalyticsEventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.AnalyticsEventProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AnalyticsEventService");
    }
  }

  private static final class AnalyticsEventServiceFileDescriptorSupplier
      extends AnalyticsEventServiceBaseDescriptorSupplier {
    AnalyticsEventServiceFileDescriptorSupplier() {}
  }

  private static final class AnalyticsEventServiceMethodDescriptorSupplier
      extends AnalyticsEventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AnalyticsEventServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AnalyticsEventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AnalyticsEventServiceFileDescriptorSupplier())
              .addMethod(getCreateAnalyticsEventMethod())
              .addMethod(getGetAnalyticsEventMethod())
              .addMethod(getListAnalyticsEventsMethod())
              .addMethod(getPurgeAnalyticsEventsMethod())
              .addMethod(getDeleteAnalyticsEventMethod())
              .addMethod(getBatchGetAnalyticsEventsMethod())
              .addMethod(getBatchCreateAnalyticsEventsMethod())
              .addMethod(getBatchDeleteAnalyticsEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
