package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the messages of conversations.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MessageServiceGrpc {

  private MessageServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.MessageService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateMessageRequest,
      dev.modelstore.knowledge.v1.CreateMessageResponse> getCreateMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateMessage",
      requestType = dev.modelstore.knowledge.v1.CreateMessageRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateMessageRequest,
      dev.modelstore.knowledge.v1.CreateMessageResponse> getCreateMessageMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateMessageRequest, dev.modelstore.knowledge.v1.CreateMessageResponse> getCreateMessageMethod;
    if ((getCreateMessageMethod = MessageServiceGrpc.getCreateMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getCreateMessageMethod = MessageServiceGrpc.getCreateMessageMethod) == null) {
          MessageServiceGrpc.getCreateMessageMethod = getCreateMessageMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateMessageRequest, dev.modelstore.knowledge.v1.CreateMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("CreateMessage"))
              .build();
        }
      }
    }
    return getCreateMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetMessageRequest,
      dev.modelstore.knowledge.v1.GetMessageResponse> getGetMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMessage",
      requestType = dev.modelstore.knowledge.v1.GetMessageRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetMessageRequest,
      dev.modelstore.knowledge.v1.GetMessageResponse> getGetMessageMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetMessageRequest, dev.modelstore.knowledge.v1.GetMessageResponse> getGetMessageMethod;
    if ((getGetMessageMethod = MessageServiceGrpc.getGetMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getGetMessageMethod = MessageServiceGrpc.getGetMessageMethod) == null) {
          MessageServiceGrpc.getGetMessageMethod = getGetMessageMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetMessageRequest, dev.modelstore.knowledge.v1.GetMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("GetMessage"))
              .build();
        }
      }
    }
    return getGetMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListMessagesRequest,
      dev.modelstore.knowledge.v1.ListMessagesResponse> getListMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMessages",
      requestType = dev.modelstore.knowledge.v1.ListMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListMessagesRequest,
      dev.modelstore.knowledge.v1.ListMessagesResponse> getListMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListMessagesRequest, dev.modelstore.knowledge.v1.ListMessagesResponse> getListMessagesMethod;
    if ((getListMessagesMethod = MessageServiceGrpc.getListMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getListMessagesMethod = MessageServiceGrpc.getListMessagesMethod) == null) {
          MessageServiceGrpc.getListMessagesMethod = getListMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListMessagesRequest, dev.modelstore.knowledge.v1.ListMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("ListMessages"))
              .build();
        }
      }
    }
    return getListMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeMessagesRequest,
      dev.modelstore.knowledge.v1.PurgeMessagesResponse> getPurgeMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeMessages",
      requestType = dev.modelstore.knowledge.v1.PurgeMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeMessagesRequest,
      dev.modelstore.knowledge.v1.PurgeMessagesResponse> getPurgeMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeMessagesRequest, dev.modelstore.knowledge.v1.PurgeMessagesResponse> getPurgeMessagesMethod;
    if ((getPurgeMessagesMethod = MessageServiceGrpc.getPurgeMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getPurgeMessagesMethod = MessageServiceGrpc.getPurgeMessagesMethod) == null) {
          MessageServiceGrpc.getPurgeMessagesMethod = getPurgeMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeMessagesRequest, dev.modelstore.knowledge.v1.PurgeMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("PurgeMessages"))
              .build();
        }
      }
    }
    return getPurgeMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateMessageRequest,
      dev.modelstore.knowledge.v1.UpdateMessageResponse> getUpdateMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMessage",
      requestType = dev.modelstore.knowledge.v1.UpdateMessageRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateMessageRequest,
      dev.modelstore.knowledge.v1.UpdateMessageResponse> getUpdateMessageMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateMessageRequest, dev.modelstore.knowledge.v1.UpdateMessageResponse> getUpdateMessageMethod;
    if ((getUpdateMessageMethod = MessageServiceGrpc.getUpdateMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getUpdateMessageMethod = MessageServiceGrpc.getUpdateMessageMethod) == null) {
          MessageServiceGrpc.getUpdateMessageMethod = getUpdateMessageMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateMessageRequest, dev.modelstore.knowledge.v1.UpdateMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("UpdateMessage"))
              .build();
        }
      }
    }
    return getUpdateMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteMessageRequest,
      dev.modelstore.knowledge.v1.DeleteMessageResponse> getDeleteMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMessage",
      requestType = dev.modelstore.knowledge.v1.DeleteMessageRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteMessageRequest,
      dev.modelstore.knowledge.v1.DeleteMessageResponse> getDeleteMessageMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteMessageRequest, dev.modelstore.knowledge.v1.DeleteMessageResponse> getDeleteMessageMethod;
    if ((getDeleteMessageMethod = MessageServiceGrpc.getDeleteMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getDeleteMessageMethod = MessageServiceGrpc.getDeleteMessageMethod) == null) {
          MessageServiceGrpc.getDeleteMessageMethod = getDeleteMessageMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteMessageRequest, dev.modelstore.knowledge.v1.DeleteMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("DeleteMessage"))
              .build();
        }
      }
    }
    return getDeleteMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetMessagesRequest,
      dev.modelstore.knowledge.v1.BatchGetMessagesResponse> getBatchGetMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetMessages",
      requestType = dev.modelstore.knowledge.v1.BatchGetMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetMessagesRequest,
      dev.modelstore.knowledge.v1.BatchGetMessagesResponse> getBatchGetMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetMessagesRequest, dev.modelstore.knowledge.v1.BatchGetMessagesResponse> getBatchGetMessagesMethod;
    if ((getBatchGetMessagesMethod = MessageServiceGrpc.getBatchGetMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getBatchGetMessagesMethod = MessageServiceGrpc.getBatchGetMessagesMethod) == null) {
          MessageServiceGrpc.getBatchGetMessagesMethod = getBatchGetMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetMessagesRequest, dev.modelstore.knowledge.v1.BatchGetMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("BatchGetMessages"))
              .build();
        }
      }
    }
    return getBatchGetMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateMessagesRequest,
      dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> getBatchCreateMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateMessages",
      requestType = dev.modelstore.knowledge.v1.BatchCreateMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateMessagesRequest,
      dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> getBatchCreateMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateMessagesRequest, dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> getBatchCreateMessagesMethod;
    if ((getBatchCreateMessagesMethod = MessageServiceGrpc.getBatchCreateMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getBatchCreateMessagesMethod = MessageServiceGrpc.getBatchCreateMessagesMethod) == null) {
          MessageServiceGrpc.getBatchCreateMessagesMethod = getBatchCreateMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateMessagesRequest, dev.modelstore.knowledge.v1.BatchCreateMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("BatchCreateMessages"))
              .build();
        }
      }
    }
    return getBatchCreateMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> getBatchUpdateMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateMessages",
      requestType = dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> getBatchUpdateMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest, dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> getBatchUpdateMessagesMethod;
    if ((getBatchUpdateMessagesMethod = MessageServiceGrpc.getBatchUpdateMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getBatchUpdateMessagesMethod = MessageServiceGrpc.getBatchUpdateMessagesMethod) == null) {
          MessageServiceGrpc.getBatchUpdateMessagesMethod = getBatchUpdateMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest, dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("BatchUpdateMessages"))
              .build();
        }
      }
    }
    return getBatchUpdateMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> getBatchDeleteMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteMessages",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> getBatchDeleteMessagesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest, dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> getBatchDeleteMessagesMethod;
    if ((getBatchDeleteMessagesMethod = MessageServiceGrpc.getBatchDeleteMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getBatchDeleteMessagesMethod = MessageServiceGrpc.getBatchDeleteMessagesMethod) == null) {
          MessageServiceGrpc.getBatchDeleteMessagesMethod = getBatchDeleteMessagesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest, dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("BatchDeleteMessages"))
              .build();
        }
      }
    }
    return getBatchDeleteMessagesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MessageServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub>() {
        @java.lang.Override
        public MessageServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceStub(channel, callOptions);
        }
      };
    return MessageServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MessageServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub>() {
        @java.lang.Override
        public MessageServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MessageServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MessageServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub>() {
        @java.lang.Override
        public MessageServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingStub(channel, callOptions);
        }
      };
    return MessageServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MessageServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub>() {
        @java.lang.Override
        public MessageServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceFutureStub(channel, callOptions);
        }
      };
    return MessageServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the conversation does not exist, or is
     * another tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createMessage(dev.modelstore.knowledge.v1.CreateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a message by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such message, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getMessage(dev.modelstore.knowledge.v1.GetMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists messages, one keyset page at a time. Only the caller tenant's
     * messages are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listMessages(dev.modelstore.knowledge.v1.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the messages matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's messages are seen. Entities
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
    default void purgeMessages(dev.modelstore.knowledge.v1.PurgeMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a message.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * message and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the conversation does not exist, or is another
     * tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateMessage(dev.modelstore.knowledge.v1.UpdateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: NOT_FOUND (no such message, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteMessage(dev.modelstore.knowledge.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several messages by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetMessages(dev.modelstore.knowledge.v1.BatchGetMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 messages in one call, all or none (AIP-233): each item
     * as CreateMessage would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateMessages(dev.modelstore.knowledge.v1.BatchCreateMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 messages in one call, all or none (AIP-234): each item
     * as UpdateMessage would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateMessages(dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 messages in one call, all or none (AIP-235): each item
     * as DeleteMessage would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteMessages(dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteMessagesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MessageService.
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public static abstract class MessageServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MessageServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MessageService.
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public static final class MessageServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MessageServiceStub> {
    private MessageServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the conversation does not exist, or is
     * another tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createMessage(dev.modelstore.knowledge.v1.CreateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a message by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such message, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getMessage(dev.modelstore.knowledge.v1.GetMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists messages, one keyset page at a time. Only the caller tenant's
     * messages are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listMessages(dev.modelstore.knowledge.v1.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the messages matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's messages are seen. Entities
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
    public void purgeMessages(dev.modelstore.knowledge.v1.PurgeMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a message.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * message and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the conversation does not exist, or is another
     * tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateMessage(dev.modelstore.knowledge.v1.UpdateMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: NOT_FOUND (no such message, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteMessage(dev.modelstore.knowledge.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several messages by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetMessages(dev.modelstore.knowledge.v1.BatchGetMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 messages in one call, all or none (AIP-233): each item
     * as CreateMessage would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateMessages(dev.modelstore.knowledge.v1.BatchCreateMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 messages in one call, all or none (AIP-234): each item
     * as UpdateMessage would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateMessages(dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 messages in one call, all or none (AIP-235): each item
     * as DeleteMessage would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteMessages(dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteMessagesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MessageService.
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public static final class MessageServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingV2Stub> {
    private MessageServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the conversation does not exist, or is
     * another tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateMessageResponse createMessage(dev.modelstore.knowledge.v1.CreateMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a message by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such message, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetMessageResponse getMessage(dev.modelstore.knowledge.v1.GetMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists messages, one keyset page at a time. Only the caller tenant's
     * messages are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListMessagesResponse listMessages(dev.modelstore.knowledge.v1.ListMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the messages matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's messages are seen. Entities
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
    public dev.modelstore.knowledge.v1.PurgeMessagesResponse purgeMessages(dev.modelstore.knowledge.v1.PurgeMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a message.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * message and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the conversation does not exist, or is another
     * tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateMessageResponse updateMessage(dev.modelstore.knowledge.v1.UpdateMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: NOT_FOUND (no such message, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteMessageResponse deleteMessage(dev.modelstore.knowledge.v1.DeleteMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several messages by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetMessagesResponse batchGetMessages(dev.modelstore.knowledge.v1.BatchGetMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 messages in one call, all or none (AIP-233): each item
     * as CreateMessage would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateMessagesResponse batchCreateMessages(dev.modelstore.knowledge.v1.BatchCreateMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 messages in one call, all or none (AIP-234): each item
     * as UpdateMessage would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse batchUpdateMessages(dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 messages in one call, all or none (AIP-235): each item
     * as DeleteMessage would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse batchDeleteMessages(dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteMessagesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MessageService.
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public static final class MessageServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingStub> {
    private MessageServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the conversation does not exist, or is
     * another tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateMessageResponse createMessage(dev.modelstore.knowledge.v1.CreateMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a message by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such message, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetMessageResponse getMessage(dev.modelstore.knowledge.v1.GetMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists messages, one keyset page at a time. Only the caller tenant's
     * messages are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListMessagesResponse listMessages(dev.modelstore.knowledge.v1.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the messages matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's messages are seen. Entities
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
    public dev.modelstore.knowledge.v1.PurgeMessagesResponse purgeMessages(dev.modelstore.knowledge.v1.PurgeMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a message.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * message and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the conversation does not exist, or is another
     * tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateMessageResponse updateMessage(dev.modelstore.knowledge.v1.UpdateMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: NOT_FOUND (no such message, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteMessageResponse deleteMessage(dev.modelstore.knowledge.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several messages by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetMessagesResponse batchGetMessages(dev.modelstore.knowledge.v1.BatchGetMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 messages in one call, all or none (AIP-233): each item
     * as CreateMessage would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateMessagesResponse batchCreateMessages(dev.modelstore.knowledge.v1.BatchCreateMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 messages in one call, all or none (AIP-234): each item
     * as UpdateMessage would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse batchUpdateMessages(dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 messages in one call, all or none (AIP-235): each item
     * as DeleteMessage would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse batchDeleteMessages(dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteMessagesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MessageService.
   * <pre>
   * Manages the messages of conversations.
   * </pre>
   */
  public static final class MessageServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MessageServiceFutureStub> {
    private MessageServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the conversation does not exist, or is
     * another tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateMessageResponse> createMessage(
        dev.modelstore.knowledge.v1.CreateMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a message by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such message, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetMessageResponse> getMessage(
        dev.modelstore.knowledge.v1.GetMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists messages, one keyset page at a time. Only the caller tenant's
     * messages are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListMessagesResponse> listMessages(
        dev.modelstore.knowledge.v1.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the messages matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's messages are seen. Entities
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeMessagesResponse> purgeMessages(
        dev.modelstore.knowledge.v1.PurgeMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a message.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * message and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the conversation does not exist, or is another
     * tenant's; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateMessageResponse> updateMessage(
        dev.modelstore.knowledge.v1.UpdateMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a message. The conversation's `message_count` and
     * `last_message_at` are updated with it.
     * Errors: NOT_FOUND (no such message, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteMessageResponse> deleteMessage(
        dev.modelstore.knowledge.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several messages by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetMessagesResponse> batchGetMessages(
        dev.modelstore.knowledge.v1.BatchGetMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 messages in one call, all or none (AIP-233): each item
     * as CreateMessage would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateMessagesResponse> batchCreateMessages(
        dev.modelstore.knowledge.v1.BatchCreateMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 messages in one call, all or none (AIP-234): each item
     * as UpdateMessage would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].message.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse> batchUpdateMessages(
        dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 messages in one call, all or none (AIP-235): each item
     * as DeleteMessage would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteMessage, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse> batchDeleteMessages(
        dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteMessagesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_MESSAGE = 0;
  private static final int METHODID_GET_MESSAGE = 1;
  private static final int METHODID_LIST_MESSAGES = 2;
  private static final int METHODID_PURGE_MESSAGES = 3;
  private static final int METHODID_UPDATE_MESSAGE = 4;
  private static final int METHODID_DELETE_MESSAGE = 5;
  private static final int METHODID_BATCH_GET_MESSAGES = 6;
  private static final int METHODID_BATCH_CREATE_MESSAGES = 7;
  private static final int METHODID_BATCH_UPDATE_MESSAGES = 8;
  private static final int METHODID_BATCH_DELETE_MESSAGES = 9;

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
        case METHODID_CREATE_MESSAGE:
          serviceImpl.createMessage((dev.modelstore.knowledge.v1.CreateMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateMessageResponse>) responseObserver);
          break;
        case METHODID_GET_MESSAGE:
          serviceImpl.getMessage((dev.modelstore.knowledge.v1.GetMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetMessageResponse>) responseObserver);
          break;
        case METHODID_LIST_MESSAGES:
          serviceImpl.listMessages((dev.modelstore.knowledge.v1.ListMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListMessagesResponse>) responseObserver);
          break;
        case METHODID_PURGE_MESSAGES:
          serviceImpl.purgeMessages((dev.modelstore.knowledge.v1.PurgeMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeMessagesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MESSAGE:
          serviceImpl.updateMessage((dev.modelstore.knowledge.v1.UpdateMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateMessageResponse>) responseObserver);
          break;
        case METHODID_DELETE_MESSAGE:
          serviceImpl.deleteMessage((dev.modelstore.knowledge.v1.DeleteMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteMessageResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_MESSAGES:
          serviceImpl.batchGetMessages((dev.modelstore.knowledge.v1.BatchGetMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetMessagesResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_MESSAGES:
          serviceImpl.batchCreateMessages((dev.modelstore.knowledge.v1.BatchCreateMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateMessagesResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_MESSAGES:
          serviceImpl.batchUpdateMessages((dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_MESSAGES:
          serviceImpl.batchDeleteMessages((dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse>) responseObserver);
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
          getCreateMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateMessageRequest,
              dev.modelstore.knowledge.v1.CreateMessageResponse>(
                service, METHODID_CREATE_MESSAGE)))
        .addMethod(
          getGetMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetMessageRequest,
              dev.modelstore.knowledge.v1.GetMessageResponse>(
                service, METHODID_GET_MESSAGE)))
        .addMethod(
          getListMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListMessagesRequest,
              dev.modelstore.knowledge.v1.ListMessagesResponse>(
                service, METHODID_LIST_MESSAGES)))
        .addMethod(
          getPurgeMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeMessagesRequest,
              dev.modelstore.knowledge.v1.PurgeMessagesResponse>(
                service, METHODID_PURGE_MESSAGES)))
        .addMethod(
          getUpdateMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateMessageRequest,
              dev.modelstore.knowledge.v1.UpdateMessageResponse>(
                service, METHODID_UPDATE_MESSAGE)))
        .addMethod(
          getDeleteMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteMessageRequest,
              dev.modelstore.knowledge.v1.DeleteMessageResponse>(
                service, METHODID_DELETE_MESSAGE)))
        .addMethod(
          getBatchGetMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetMessagesRequest,
              dev.modelstore.knowledge.v1.BatchGetMessagesResponse>(
                service, METHODID_BATCH_GET_MESSAGES)))
        .addMethod(
          getBatchCreateMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateMessagesRequest,
              dev.modelstore.knowledge.v1.BatchCreateMessagesResponse>(
                service, METHODID_BATCH_CREATE_MESSAGES)))
        .addMethod(
          getBatchUpdateMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchUpdateMessagesRequest,
              dev.modelstore.knowledge.v1.BatchUpdateMessagesResponse>(
                service, METHODID_BATCH_UPDATE_MESSAGES)))
        .addMethod(
          getBatchDeleteMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteMessagesRequest,
              dev.modelstore.knowledge.v1.BatchDeleteMessagesResponse>(
                service, METHODID_BATCH_DELETE_MESSAGES)))
        .build();
  }

  private static abstract class MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MessageServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.MessageProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MessageService");
    }
  }

  private static final class MessageServiceFileDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier {
    MessageServiceFileDescriptorSupplier() {}
  }

  private static final class MessageServiceMethodDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MessageServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MessageServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MessageServiceFileDescriptorSupplier())
              .addMethod(getCreateMessageMethod())
              .addMethod(getGetMessageMethod())
              .addMethod(getListMessagesMethod())
              .addMethod(getPurgeMessagesMethod())
              .addMethod(getUpdateMessageMethod())
              .addMethod(getDeleteMessageMethod())
              .addMethod(getBatchGetMessagesMethod())
              .addMethod(getBatchCreateMessagesMethod())
              .addMethod(getBatchUpdateMessagesMethod())
              .addMethod(getBatchDeleteMessagesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
