package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages conversations with the assistant.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ConversationServiceGrpc {

  private ConversationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.ConversationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateConversationRequest,
      dev.modelstore.knowledge.v1.CreateConversationResponse> getCreateConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateConversation",
      requestType = dev.modelstore.knowledge.v1.CreateConversationRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateConversationRequest,
      dev.modelstore.knowledge.v1.CreateConversationResponse> getCreateConversationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateConversationRequest, dev.modelstore.knowledge.v1.CreateConversationResponse> getCreateConversationMethod;
    if ((getCreateConversationMethod = ConversationServiceGrpc.getCreateConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getCreateConversationMethod = ConversationServiceGrpc.getCreateConversationMethod) == null) {
          ConversationServiceGrpc.getCreateConversationMethod = getCreateConversationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateConversationRequest, dev.modelstore.knowledge.v1.CreateConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("CreateConversation"))
              .build();
        }
      }
    }
    return getCreateConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetConversationRequest,
      dev.modelstore.knowledge.v1.GetConversationResponse> getGetConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConversation",
      requestType = dev.modelstore.knowledge.v1.GetConversationRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetConversationRequest,
      dev.modelstore.knowledge.v1.GetConversationResponse> getGetConversationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetConversationRequest, dev.modelstore.knowledge.v1.GetConversationResponse> getGetConversationMethod;
    if ((getGetConversationMethod = ConversationServiceGrpc.getGetConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getGetConversationMethod = ConversationServiceGrpc.getGetConversationMethod) == null) {
          ConversationServiceGrpc.getGetConversationMethod = getGetConversationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetConversationRequest, dev.modelstore.knowledge.v1.GetConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("GetConversation"))
              .build();
        }
      }
    }
    return getGetConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListConversationsRequest,
      dev.modelstore.knowledge.v1.ListConversationsResponse> getListConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListConversations",
      requestType = dev.modelstore.knowledge.v1.ListConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListConversationsRequest,
      dev.modelstore.knowledge.v1.ListConversationsResponse> getListConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListConversationsRequest, dev.modelstore.knowledge.v1.ListConversationsResponse> getListConversationsMethod;
    if ((getListConversationsMethod = ConversationServiceGrpc.getListConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getListConversationsMethod = ConversationServiceGrpc.getListConversationsMethod) == null) {
          ConversationServiceGrpc.getListConversationsMethod = getListConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListConversationsRequest, dev.modelstore.knowledge.v1.ListConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("ListConversations"))
              .build();
        }
      }
    }
    return getListConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeConversationsRequest,
      dev.modelstore.knowledge.v1.PurgeConversationsResponse> getPurgeConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeConversations",
      requestType = dev.modelstore.knowledge.v1.PurgeConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeConversationsRequest,
      dev.modelstore.knowledge.v1.PurgeConversationsResponse> getPurgeConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeConversationsRequest, dev.modelstore.knowledge.v1.PurgeConversationsResponse> getPurgeConversationsMethod;
    if ((getPurgeConversationsMethod = ConversationServiceGrpc.getPurgeConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getPurgeConversationsMethod = ConversationServiceGrpc.getPurgeConversationsMethod) == null) {
          ConversationServiceGrpc.getPurgeConversationsMethod = getPurgeConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeConversationsRequest, dev.modelstore.knowledge.v1.PurgeConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("PurgeConversations"))
              .build();
        }
      }
    }
    return getPurgeConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateConversationRequest,
      dev.modelstore.knowledge.v1.UpdateConversationResponse> getUpdateConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateConversation",
      requestType = dev.modelstore.knowledge.v1.UpdateConversationRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateConversationRequest,
      dev.modelstore.knowledge.v1.UpdateConversationResponse> getUpdateConversationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateConversationRequest, dev.modelstore.knowledge.v1.UpdateConversationResponse> getUpdateConversationMethod;
    if ((getUpdateConversationMethod = ConversationServiceGrpc.getUpdateConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getUpdateConversationMethod = ConversationServiceGrpc.getUpdateConversationMethod) == null) {
          ConversationServiceGrpc.getUpdateConversationMethod = getUpdateConversationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateConversationRequest, dev.modelstore.knowledge.v1.UpdateConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("UpdateConversation"))
              .build();
        }
      }
    }
    return getUpdateConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteConversationRequest,
      dev.modelstore.knowledge.v1.DeleteConversationResponse> getDeleteConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteConversation",
      requestType = dev.modelstore.knowledge.v1.DeleteConversationRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteConversationRequest,
      dev.modelstore.knowledge.v1.DeleteConversationResponse> getDeleteConversationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteConversationRequest, dev.modelstore.knowledge.v1.DeleteConversationResponse> getDeleteConversationMethod;
    if ((getDeleteConversationMethod = ConversationServiceGrpc.getDeleteConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getDeleteConversationMethod = ConversationServiceGrpc.getDeleteConversationMethod) == null) {
          ConversationServiceGrpc.getDeleteConversationMethod = getDeleteConversationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteConversationRequest, dev.modelstore.knowledge.v1.DeleteConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("DeleteConversation"))
              .build();
        }
      }
    }
    return getDeleteConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetConversationsRequest,
      dev.modelstore.knowledge.v1.BatchGetConversationsResponse> getBatchGetConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetConversations",
      requestType = dev.modelstore.knowledge.v1.BatchGetConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetConversationsRequest,
      dev.modelstore.knowledge.v1.BatchGetConversationsResponse> getBatchGetConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetConversationsRequest, dev.modelstore.knowledge.v1.BatchGetConversationsResponse> getBatchGetConversationsMethod;
    if ((getBatchGetConversationsMethod = ConversationServiceGrpc.getBatchGetConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getBatchGetConversationsMethod = ConversationServiceGrpc.getBatchGetConversationsMethod) == null) {
          ConversationServiceGrpc.getBatchGetConversationsMethod = getBatchGetConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetConversationsRequest, dev.modelstore.knowledge.v1.BatchGetConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("BatchGetConversations"))
              .build();
        }
      }
    }
    return getBatchGetConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateConversationsRequest,
      dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> getBatchCreateConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateConversations",
      requestType = dev.modelstore.knowledge.v1.BatchCreateConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateConversationsRequest,
      dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> getBatchCreateConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateConversationsRequest, dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> getBatchCreateConversationsMethod;
    if ((getBatchCreateConversationsMethod = ConversationServiceGrpc.getBatchCreateConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getBatchCreateConversationsMethod = ConversationServiceGrpc.getBatchCreateConversationsMethod) == null) {
          ConversationServiceGrpc.getBatchCreateConversationsMethod = getBatchCreateConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateConversationsRequest, dev.modelstore.knowledge.v1.BatchCreateConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("BatchCreateConversations"))
              .build();
        }
      }
    }
    return getBatchCreateConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest,
      dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> getBatchUpdateConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateConversations",
      requestType = dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest,
      dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> getBatchUpdateConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest, dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> getBatchUpdateConversationsMethod;
    if ((getBatchUpdateConversationsMethod = ConversationServiceGrpc.getBatchUpdateConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getBatchUpdateConversationsMethod = ConversationServiceGrpc.getBatchUpdateConversationsMethod) == null) {
          ConversationServiceGrpc.getBatchUpdateConversationsMethod = getBatchUpdateConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest, dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("BatchUpdateConversations"))
              .build();
        }
      }
    }
    return getBatchUpdateConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> getBatchDeleteConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteConversations",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> getBatchDeleteConversationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest, dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> getBatchDeleteConversationsMethod;
    if ((getBatchDeleteConversationsMethod = ConversationServiceGrpc.getBatchDeleteConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getBatchDeleteConversationsMethod = ConversationServiceGrpc.getBatchDeleteConversationsMethod) == null) {
          ConversationServiceGrpc.getBatchDeleteConversationsMethod = getBatchDeleteConversationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest, dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("BatchDeleteConversations"))
              .build();
        }
      }
    }
    return getBatchDeleteConversationsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ConversationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceStub>() {
        @java.lang.Override
        public ConversationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceStub(channel, callOptions);
        }
      };
    return ConversationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ConversationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingV2Stub>() {
        @java.lang.Override
        public ConversationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ConversationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ConversationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingStub>() {
        @java.lang.Override
        public ConversationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceBlockingStub(channel, callOptions);
        }
      };
    return ConversationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ConversationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceFutureStub>() {
        @java.lang.Override
        public ConversationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceFutureStub(channel, callOptions);
        }
      };
    return ConversationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a conversation.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    default void createConversation(dev.modelstore.knowledge.v1.CreateConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateConversationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a conversation by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * conversation, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getConversation(dev.modelstore.knowledge.v1.GetConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConversationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists conversations, one keyset page at a time. Only the caller tenant's
     * conversations are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listConversations(dev.modelstore.knowledge.v1.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the conversations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's conversations are seen.
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
    default void purgeConversations(dev.modelstore.knowledge.v1.PurgeConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a conversation.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * conversation and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateConversation(dev.modelstore.knowledge.v1.UpdateConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateConversationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a conversation.
     * Errors: NOT_FOUND (no such conversation, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteConversation(dev.modelstore.knowledge.v1.DeleteConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteConversationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several conversations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetConversations(dev.modelstore.knowledge.v1.BatchGetConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 conversations in one call, all or none (AIP-233): each
     * item as CreateConversation would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateConversations(dev.modelstore.knowledge.v1.BatchCreateConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 conversations in one call, all or none (AIP-234): each
     * item as UpdateConversation would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateConversations(dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 conversations in one call, all or none (AIP-235): each
     * item as DeleteConversation would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteConversations(dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteConversationsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ConversationService.
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public static abstract class ConversationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ConversationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ConversationService.
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public static final class ConversationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ConversationServiceStub> {
    private ConversationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a conversation.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public void createConversation(dev.modelstore.knowledge.v1.CreateConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a conversation by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * conversation, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getConversation(dev.modelstore.knowledge.v1.GetConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists conversations, one keyset page at a time. Only the caller tenant's
     * conversations are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listConversations(dev.modelstore.knowledge.v1.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the conversations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's conversations are seen.
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
    public void purgeConversations(dev.modelstore.knowledge.v1.PurgeConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a conversation.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * conversation and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateConversation(dev.modelstore.knowledge.v1.UpdateConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a conversation.
     * Errors: NOT_FOUND (no such conversation, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteConversation(dev.modelstore.knowledge.v1.DeleteConversationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several conversations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetConversations(dev.modelstore.knowledge.v1.BatchGetConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 conversations in one call, all or none (AIP-233): each
     * item as CreateConversation would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateConversations(dev.modelstore.knowledge.v1.BatchCreateConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 conversations in one call, all or none (AIP-234): each
     * item as UpdateConversation would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateConversations(dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 conversations in one call, all or none (AIP-235): each
     * item as DeleteConversation would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteConversations(dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteConversationsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ConversationService.
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public static final class ConversationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ConversationServiceBlockingV2Stub> {
    private ConversationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a conversation.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateConversationResponse createConversation(dev.modelstore.knowledge.v1.CreateConversationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a conversation by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * conversation, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetConversationResponse getConversation(dev.modelstore.knowledge.v1.GetConversationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists conversations, one keyset page at a time. Only the caller tenant's
     * conversations are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListConversationsResponse listConversations(dev.modelstore.knowledge.v1.ListConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the conversations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's conversations are seen.
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
    public dev.modelstore.knowledge.v1.PurgeConversationsResponse purgeConversations(dev.modelstore.knowledge.v1.PurgeConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a conversation.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * conversation and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateConversationResponse updateConversation(dev.modelstore.knowledge.v1.UpdateConversationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a conversation.
     * Errors: NOT_FOUND (no such conversation, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteConversationResponse deleteConversation(dev.modelstore.knowledge.v1.DeleteConversationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several conversations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetConversationsResponse batchGetConversations(dev.modelstore.knowledge.v1.BatchGetConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 conversations in one call, all or none (AIP-233): each
     * item as CreateConversation would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateConversationsResponse batchCreateConversations(dev.modelstore.knowledge.v1.BatchCreateConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 conversations in one call, all or none (AIP-234): each
     * item as UpdateConversation would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse batchUpdateConversations(dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 conversations in one call, all or none (AIP-235): each
     * item as DeleteConversation would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse batchDeleteConversations(dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteConversationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ConversationService.
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public static final class ConversationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ConversationServiceBlockingStub> {
    private ConversationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a conversation.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateConversationResponse createConversation(dev.modelstore.knowledge.v1.CreateConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a conversation by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * conversation, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetConversationResponse getConversation(dev.modelstore.knowledge.v1.GetConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists conversations, one keyset page at a time. Only the caller tenant's
     * conversations are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListConversationsResponse listConversations(dev.modelstore.knowledge.v1.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the conversations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's conversations are seen.
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
    public dev.modelstore.knowledge.v1.PurgeConversationsResponse purgeConversations(dev.modelstore.knowledge.v1.PurgeConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a conversation.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * conversation and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateConversationResponse updateConversation(dev.modelstore.knowledge.v1.UpdateConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a conversation.
     * Errors: NOT_FOUND (no such conversation, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteConversationResponse deleteConversation(dev.modelstore.knowledge.v1.DeleteConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several conversations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetConversationsResponse batchGetConversations(dev.modelstore.knowledge.v1.BatchGetConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 conversations in one call, all or none (AIP-233): each
     * item as CreateConversation would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateConversationsResponse batchCreateConversations(dev.modelstore.knowledge.v1.BatchCreateConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 conversations in one call, all or none (AIP-234): each
     * item as UpdateConversation would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse batchUpdateConversations(dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 conversations in one call, all or none (AIP-235): each
     * item as DeleteConversation would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse batchDeleteConversations(dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteConversationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ConversationService.
   * <pre>
   * Manages conversations with the assistant.
   * </pre>
   */
  public static final class ConversationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ConversationServiceFutureStub> {
    private ConversationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a conversation.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateConversationResponse> createConversation(
        dev.modelstore.knowledge.v1.CreateConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateConversationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a conversation by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * conversation, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetConversationResponse> getConversation(
        dev.modelstore.knowledge.v1.GetConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConversationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists conversations, one keyset page at a time. Only the caller tenant's
     * conversations are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListConversationsResponse> listConversations(
        dev.modelstore.knowledge.v1.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the conversations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's conversations are seen.
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeConversationsResponse> purgeConversations(
        dev.modelstore.knowledge.v1.PurgeConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a conversation.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * conversation and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateConversationResponse> updateConversation(
        dev.modelstore.knowledge.v1.UpdateConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateConversationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a conversation.
     * Errors: NOT_FOUND (no such conversation, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteConversationResponse> deleteConversation(
        dev.modelstore.knowledge.v1.DeleteConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteConversationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several conversations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetConversationsResponse> batchGetConversations(
        dev.modelstore.knowledge.v1.BatchGetConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 conversations in one call, all or none (AIP-233): each
     * item as CreateConversation would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateConversationsResponse> batchCreateConversations(
        dev.modelstore.knowledge.v1.BatchCreateConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 conversations in one call, all or none (AIP-234): each
     * item as UpdateConversation would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].conversation.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse> batchUpdateConversations(
        dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 conversations in one call, all or none (AIP-235): each
     * item as DeleteConversation would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteConversation, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse> batchDeleteConversations(
        dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteConversationsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CONVERSATION = 0;
  private static final int METHODID_GET_CONVERSATION = 1;
  private static final int METHODID_LIST_CONVERSATIONS = 2;
  private static final int METHODID_PURGE_CONVERSATIONS = 3;
  private static final int METHODID_UPDATE_CONVERSATION = 4;
  private static final int METHODID_DELETE_CONVERSATION = 5;
  private static final int METHODID_BATCH_GET_CONVERSATIONS = 6;
  private static final int METHODID_BATCH_CREATE_CONVERSATIONS = 7;
  private static final int METHODID_BATCH_UPDATE_CONVERSATIONS = 8;
  private static final int METHODID_BATCH_DELETE_CONVERSATIONS = 9;

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
        case METHODID_CREATE_CONVERSATION:
          serviceImpl.createConversation((dev.modelstore.knowledge.v1.CreateConversationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateConversationResponse>) responseObserver);
          break;
        case METHODID_GET_CONVERSATION:
          serviceImpl.getConversation((dev.modelstore.knowledge.v1.GetConversationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetConversationResponse>) responseObserver);
          break;
        case METHODID_LIST_CONVERSATIONS:
          serviceImpl.listConversations((dev.modelstore.knowledge.v1.ListConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListConversationsResponse>) responseObserver);
          break;
        case METHODID_PURGE_CONVERSATIONS:
          serviceImpl.purgeConversations((dev.modelstore.knowledge.v1.PurgeConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeConversationsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CONVERSATION:
          serviceImpl.updateConversation((dev.modelstore.knowledge.v1.UpdateConversationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateConversationResponse>) responseObserver);
          break;
        case METHODID_DELETE_CONVERSATION:
          serviceImpl.deleteConversation((dev.modelstore.knowledge.v1.DeleteConversationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteConversationResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_CONVERSATIONS:
          serviceImpl.batchGetConversations((dev.modelstore.knowledge.v1.BatchGetConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetConversationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_CONVERSATIONS:
          serviceImpl.batchCreateConversations((dev.modelstore.knowledge.v1.BatchCreateConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateConversationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_CONVERSATIONS:
          serviceImpl.batchUpdateConversations((dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_CONVERSATIONS:
          serviceImpl.batchDeleteConversations((dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse>) responseObserver);
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
          getCreateConversationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateConversationRequest,
              dev.modelstore.knowledge.v1.CreateConversationResponse>(
                service, METHODID_CREATE_CONVERSATION)))
        .addMethod(
          getGetConversationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetConversationRequest,
              dev.modelstore.knowledge.v1.GetConversationResponse>(
                service, METHODID_GET_CONVERSATION)))
        .addMethod(
          getListConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListConversationsRequest,
              dev.modelstore.knowledge.v1.ListConversationsResponse>(
                service, METHODID_LIST_CONVERSATIONS)))
        .addMethod(
          getPurgeConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeConversationsRequest,
              dev.modelstore.knowledge.v1.PurgeConversationsResponse>(
                service, METHODID_PURGE_CONVERSATIONS)))
        .addMethod(
          getUpdateConversationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateConversationRequest,
              dev.modelstore.knowledge.v1.UpdateConversationResponse>(
                service, METHODID_UPDATE_CONVERSATION)))
        .addMethod(
          getDeleteConversationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteConversationRequest,
              dev.modelstore.knowledge.v1.DeleteConversationResponse>(
                service, METHODID_DELETE_CONVERSATION)))
        .addMethod(
          getBatchGetConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetConversationsRequest,
              dev.modelstore.knowledge.v1.BatchGetConversationsResponse>(
                service, METHODID_BATCH_GET_CONVERSATIONS)))
        .addMethod(
          getBatchCreateConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateConversationsRequest,
              dev.modelstore.knowledge.v1.BatchCreateConversationsResponse>(
                service, METHODID_BATCH_CREATE_CONVERSATIONS)))
        .addMethod(
          getBatchUpdateConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchUpdateConversationsRequest,
              dev.modelstore.knowledge.v1.BatchUpdateConversationsResponse>(
                service, METHODID_BATCH_UPDATE_CONVERSATIONS)))
        .addMethod(
          getBatchDeleteConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteConversationsRequest,
              dev.modelstore.knowledge.v1.BatchDeleteConversationsResponse>(
                service, METHODID_BATCH_DELETE_CONVERSATIONS)))
        .build();
  }

  private static abstract class ConversationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ConversationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.ConversationProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ConversationService");
    }
  }

  private static final class ConversationServiceFileDescriptorSupplier
      extends ConversationServiceBaseDescriptorSupplier {
    ConversationServiceFileDescriptorSupplier() {}
  }

  private static final class ConversationServiceMethodDescriptorSupplier
      extends ConversationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ConversationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ConversationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ConversationServiceFileDescriptorSupplier())
              .addMethod(getCreateConversationMethod())
              .addMethod(getGetConversationMethod())
              .addMethod(getListConversationsMethod())
              .addMethod(getPurgeConversationsMethod())
              .addMethod(getUpdateConversationMethod())
              .addMethod(getDeleteConversationMethod())
              .addMethod(getBatchGetConversationsMethod())
              .addMethod(getBatchCreateConversationsMethod())
              .addMethod(getBatchUpdateConversationsMethod())
              .addMethod(getBatchDeleteConversationsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
