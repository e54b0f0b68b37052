package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the documents synchronised from sources.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class DocumentSourceServiceGrpc {

  private DocumentSourceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.DocumentSourceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateDocumentSourceRequest,
      dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> getCreateDocumentSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateDocumentSource",
      requestType = dev.modelstore.knowledge.v1.CreateDocumentSourceRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateDocumentSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateDocumentSourceRequest,
      dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> getCreateDocumentSourceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateDocumentSourceRequest, dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> getCreateDocumentSourceMethod;
    if ((getCreateDocumentSourceMethod = DocumentSourceServiceGrpc.getCreateDocumentSourceMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getCreateDocumentSourceMethod = DocumentSourceServiceGrpc.getCreateDocumentSourceMethod) == null) {
          DocumentSourceServiceGrpc.getCreateDocumentSourceMethod = getCreateDocumentSourceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateDocumentSourceRequest, dev.modelstore.knowledge.v1.CreateDocumentSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateDocumentSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateDocumentSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateDocumentSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("CreateDocumentSource"))
              .build();
        }
      }
    }
    return getCreateDocumentSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetDocumentSourceRequest,
      dev.modelstore.knowledge.v1.GetDocumentSourceResponse> getGetDocumentSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDocumentSource",
      requestType = dev.modelstore.knowledge.v1.GetDocumentSourceRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetDocumentSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetDocumentSourceRequest,
      dev.modelstore.knowledge.v1.GetDocumentSourceResponse> getGetDocumentSourceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetDocumentSourceRequest, dev.modelstore.knowledge.v1.GetDocumentSourceResponse> getGetDocumentSourceMethod;
    if ((getGetDocumentSourceMethod = DocumentSourceServiceGrpc.getGetDocumentSourceMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getGetDocumentSourceMethod = DocumentSourceServiceGrpc.getGetDocumentSourceMethod) == null) {
          DocumentSourceServiceGrpc.getGetDocumentSourceMethod = getGetDocumentSourceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetDocumentSourceRequest, dev.modelstore.knowledge.v1.GetDocumentSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDocumentSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetDocumentSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetDocumentSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("GetDocumentSource"))
              .build();
        }
      }
    }
    return getGetDocumentSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> getListDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDocumentSources",
      requestType = dev.modelstore.knowledge.v1.ListDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> getListDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListDocumentSourcesRequest, dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> getListDocumentSourcesMethod;
    if ((getListDocumentSourcesMethod = DocumentSourceServiceGrpc.getListDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getListDocumentSourcesMethod = DocumentSourceServiceGrpc.getListDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getListDocumentSourcesMethod = getListDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListDocumentSourcesRequest, dev.modelstore.knowledge.v1.ListDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("ListDocumentSources"))
              .build();
        }
      }
    }
    return getListDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> getPurgeDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeDocumentSources",
      requestType = dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> getPurgeDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest, dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> getPurgeDocumentSourcesMethod;
    if ((getPurgeDocumentSourcesMethod = DocumentSourceServiceGrpc.getPurgeDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getPurgeDocumentSourcesMethod = DocumentSourceServiceGrpc.getPurgeDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getPurgeDocumentSourcesMethod = getPurgeDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest, dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("PurgeDocumentSources"))
              .build();
        }
      }
    }
    return getPurgeDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest,
      dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> getUpdateDocumentSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateDocumentSource",
      requestType = dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest,
      dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> getUpdateDocumentSourceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest, dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> getUpdateDocumentSourceMethod;
    if ((getUpdateDocumentSourceMethod = DocumentSourceServiceGrpc.getUpdateDocumentSourceMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getUpdateDocumentSourceMethod = DocumentSourceServiceGrpc.getUpdateDocumentSourceMethod) == null) {
          DocumentSourceServiceGrpc.getUpdateDocumentSourceMethod = getUpdateDocumentSourceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest, dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateDocumentSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("UpdateDocumentSource"))
              .build();
        }
      }
    }
    return getUpdateDocumentSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest,
      dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> getDeleteDocumentSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDocumentSource",
      requestType = dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest,
      dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> getDeleteDocumentSourceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest, dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> getDeleteDocumentSourceMethod;
    if ((getDeleteDocumentSourceMethod = DocumentSourceServiceGrpc.getDeleteDocumentSourceMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getDeleteDocumentSourceMethod = DocumentSourceServiceGrpc.getDeleteDocumentSourceMethod) == null) {
          DocumentSourceServiceGrpc.getDeleteDocumentSourceMethod = getDeleteDocumentSourceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest, dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDocumentSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("DeleteDocumentSource"))
              .build();
        }
      }
    }
    return getDeleteDocumentSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> getBatchGetDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetDocumentSources",
      requestType = dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> getBatchGetDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> getBatchGetDocumentSourcesMethod;
    if ((getBatchGetDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchGetDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getBatchGetDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchGetDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getBatchGetDocumentSourcesMethod = getBatchGetDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("BatchGetDocumentSources"))
              .build();
        }
      }
    }
    return getBatchGetDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> getBatchCreateDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateDocumentSources",
      requestType = dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> getBatchCreateDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> getBatchCreateDocumentSourcesMethod;
    if ((getBatchCreateDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchCreateDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getBatchCreateDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchCreateDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getBatchCreateDocumentSourcesMethod = getBatchCreateDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("BatchCreateDocumentSources"))
              .build();
        }
      }
    }
    return getBatchCreateDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> getBatchUpdateDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateDocumentSources",
      requestType = dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> getBatchUpdateDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> getBatchUpdateDocumentSourcesMethod;
    if ((getBatchUpdateDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchUpdateDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getBatchUpdateDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchUpdateDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getBatchUpdateDocumentSourcesMethod = getBatchUpdateDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("BatchUpdateDocumentSources"))
              .build();
        }
      }
    }
    return getBatchUpdateDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> getBatchDeleteDocumentSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteDocumentSources",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> getBatchDeleteDocumentSourcesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> getBatchDeleteDocumentSourcesMethod;
    if ((getBatchDeleteDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchDeleteDocumentSourcesMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getBatchDeleteDocumentSourcesMethod = DocumentSourceServiceGrpc.getBatchDeleteDocumentSourcesMethod) == null) {
          DocumentSourceServiceGrpc.getBatchDeleteDocumentSourcesMethod = getBatchDeleteDocumentSourcesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest, dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteDocumentSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("BatchDeleteDocumentSources"))
              .build();
        }
      }
    }
    return getBatchDeleteDocumentSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest,
      dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> getMarkDocumentSourceDeletedMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkDocumentSourceDeleted",
      requestType = dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest.class,
      responseType = dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest,
      dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> getMarkDocumentSourceDeletedMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest, dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> getMarkDocumentSourceDeletedMethod;
    if ((getMarkDocumentSourceDeletedMethod = DocumentSourceServiceGrpc.getMarkDocumentSourceDeletedMethod) == null) {
      synchronized (DocumentSourceServiceGrpc.class) {
        if ((getMarkDocumentSourceDeletedMethod = DocumentSourceServiceGrpc.getMarkDocumentSourceDeletedMethod) == null) {
          DocumentSourceServiceGrpc.getMarkDocumentSourceDeletedMethod = getMarkDocumentSourceDeletedMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest, dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkDocumentSourceDeleted"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DocumentSourceServiceMethodDescriptorSupplier("MarkDocumentSourceDeleted"))
              .build();
        }
      }
    }
    return getMarkDocumentSourceDeletedMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DocumentSourceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceStub>() {
        @java.lang.Override
        public DocumentSourceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DocumentSourceServiceStub(channel, callOptions);
        }
      };
    return DocumentSourceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static DocumentSourceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceBlockingV2Stub>() {
        @java.lang.Override
        public DocumentSourceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DocumentSourceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return DocumentSourceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DocumentSourceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceBlockingStub>() {
        @java.lang.Override
        public DocumentSourceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DocumentSourceServiceBlockingStub(channel, callOptions);
        }
      };
    return DocumentSourceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DocumentSourceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DocumentSourceServiceFutureStub>() {
        @java.lang.Override
        public DocumentSourceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DocumentSourceServiceFutureStub(channel, callOptions);
        }
      };
    return DocumentSourceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a document source.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createDocumentSource(dev.modelstore.knowledge.v1.CreateDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateDocumentSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a document source by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getDocumentSource(dev.modelstore.knowledge.v1.GetDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDocumentSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listDocumentSources(dev.modelstore.knowledge.v1.ListDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the document sources matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's document sources are
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
    default void purgeDocumentSources(dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a document source.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateDocumentSource(dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateDocumentSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a document source.
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteDocumentSource(dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDocumentSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several document sources by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetDocumentSources(dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 document sources in one call, all or none (AIP-233):
     * each item as CreateDocumentSource would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateDocumentSources(dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 document sources in one call, all or none (AIP-234):
     * each item as UpdateDocumentSource would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateDocumentSources(dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 document sources in one call, all or none (AIP-235):
     * each item as DeleteDocumentSource would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteDocumentSources(dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteDocumentSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void markDocumentSourceDeleted(dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkDocumentSourceDeletedMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service DocumentSourceService.
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public static abstract class DocumentSourceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DocumentSourceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service DocumentSourceService.
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public static final class DocumentSourceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<DocumentSourceServiceStub> {
    private DocumentSourceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DocumentSourceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DocumentSourceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a document source.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createDocumentSource(dev.modelstore.knowledge.v1.CreateDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateDocumentSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a document source by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getDocumentSource(dev.modelstore.knowledge.v1.GetDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDocumentSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listDocumentSources(dev.modelstore.knowledge.v1.ListDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the document sources matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's document sources are
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
    public void purgeDocumentSources(dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a document source.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateDocumentSource(dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateDocumentSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a document source.
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteDocumentSource(dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDocumentSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several document sources by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetDocumentSources(dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 document sources in one call, all or none (AIP-233):
     * each item as CreateDocumentSource would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateDocumentSources(dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 document sources in one call, all or none (AIP-234):
     * each item as UpdateDocumentSource would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateDocumentSources(dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 document sources in one call, all or none (AIP-235):
     * each item as DeleteDocumentSource would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteDocumentSources(dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteDocumentSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void markDocumentSourceDeleted(dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkDocumentSourceDeletedMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service DocumentSourceService.
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public static final class DocumentSourceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<DocumentSourceServiceBlockingV2Stub> {
    private DocumentSourceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DocumentSourceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DocumentSourceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a document source.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateDocumentSourceResponse createDocumentSource(dev.modelstore.knowledge.v1.CreateDocumentSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a document source by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetDocumentSourceResponse getDocumentSource(dev.modelstore.knowledge.v1.GetDocumentSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListDocumentSourcesResponse listDocumentSources(dev.modelstore.knowledge.v1.ListDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the document sources matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's document sources are
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
    public dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse purgeDocumentSources(dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a document source.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse updateDocumentSource(dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a document source.
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse deleteDocumentSource(dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several document sources by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse batchGetDocumentSources(dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 document sources in one call, all or none (AIP-233):
     * each item as CreateDocumentSource would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse batchCreateDocumentSources(dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 document sources in one call, all or none (AIP-234):
     * each item as UpdateDocumentSource would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse batchUpdateDocumentSources(dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 document sources in one call, all or none (AIP-235):
     * each item as DeleteDocumentSource would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse batchDeleteDocumentSources(dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse markDocumentSourceDeleted(dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMarkDocumentSourceDeletedMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service DocumentSourceService.
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public static final class DocumentSourceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DocumentSourceServiceBlockingStub> {
    private DocumentSourceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DocumentSourceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DocumentSourceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a document source.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateDocumentSourceResponse createDocumentSource(dev.modelstore.knowledge.v1.CreateDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a document source by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetDocumentSourceResponse getDocumentSource(dev.modelstore.knowledge.v1.GetDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListDocumentSourcesResponse listDocumentSources(dev.modelstore.knowledge.v1.ListDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the document sources matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's document sources are
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
    public dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse purgeDocumentSources(dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a document source.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse updateDocumentSource(dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a document source.
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse deleteDocumentSource(dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDocumentSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several document sources by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse batchGetDocumentSources(dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 document sources in one call, all or none (AIP-233):
     * each item as CreateDocumentSource would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse batchCreateDocumentSources(dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 document sources in one call, all or none (AIP-234):
     * each item as UpdateDocumentSource would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse batchUpdateDocumentSources(dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 document sources in one call, all or none (AIP-235):
     * each item as DeleteDocumentSource would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse batchDeleteDocumentSources(dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteDocumentSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse markDocumentSourceDeleted(dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkDocumentSourceDeletedMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service DocumentSourceService.
   * <pre>
   * Manages the documents synchronised from sources.
   * </pre>
   */
  public static final class DocumentSourceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<DocumentSourceServiceFutureStub> {
    private DocumentSourceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DocumentSourceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DocumentSourceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a document source.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateDocumentSourceResponse> createDocumentSource(
        dev.modelstore.knowledge.v1.CreateDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateDocumentSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a document source by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetDocumentSourceResponse> getDocumentSource(
        dev.modelstore.knowledge.v1.GetDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDocumentSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListDocumentSourcesResponse> listDocumentSources(
        dev.modelstore.knowledge.v1.ListDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the document sources matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's document sources are
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse> purgeDocumentSources(
        dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a document source.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse> updateDocumentSource(
        dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateDocumentSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a document source.
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse> deleteDocumentSource(
        dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDocumentSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several document sources by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse> batchGetDocumentSources(
        dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 document sources in one call, all or none (AIP-233):
     * each item as CreateDocumentSource would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse> batchCreateDocumentSources(
        dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 document sources in one call, all or none (AIP-234):
     * each item as UpdateDocumentSource would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].document_source.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse> batchUpdateDocumentSources(
        dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 document sources in one call, all or none (AIP-235):
     * each item as DeleteDocumentSource would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteDocumentSource, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse> batchDeleteDocumentSources(
        dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteDocumentSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse> markDocumentSourceDeleted(
        dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkDocumentSourceDeletedMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_DOCUMENT_SOURCE = 0;
  private static final int METHODID_GET_DOCUMENT_SOURCE = 1;
  private static final int METHODID_LIST_DOCUMENT_SOURCES = 2;
  private static final int METHODID_PURGE_DOCUMENT_SOURCES = 3;
  private static final int METHODID_UPDATE_DOCUMENT_SOURCE = 4;
  private static final int METHODID_DELETE_DOCUMENT_SOURCE = 5;
  private static final int METHODID_BATCH_GET_DOCUMENT_SOURCES = 6;
  private static final int METHODID_BATCH_CREATE_DOCUMENT_SOURCES = 7;
  private static final int METHODID_BATCH_UPDATE_DOCUMENT_SOURCES = 8;
  private static final int METHODID_BATCH_DELETE_DOCUMENT_SOURCES = 9;
  private static final int METHODID_MARK_DOCUMENT_SOURCE_DELETED = 10;

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
        case METHODID_CREATE_DOCUMENT_SOURCE:
          serviceImpl.createDocumentSource((dev.modelstore.knowledge.v1.CreateDocumentSourceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateDocumentSourceResponse>) responseObserver);
          break;
        case METHODID_GET_DOCUMENT_SOURCE:
          serviceImpl.getDocumentSource((dev.modelstore.knowledge.v1.GetDocumentSourceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetDocumentSourceResponse>) responseObserver);
          break;
        case METHODID_LIST_DOCUMENT_SOURCES:
          serviceImpl.listDocumentSources((dev.modelstore.knowledge.v1.ListDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_PURGE_DOCUMENT_SOURCES:
          serviceImpl.purgeDocumentSources((dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_DOCUMENT_SOURCE:
          serviceImpl.updateDocumentSource((dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse>) responseObserver);
          break;
        case METHODID_DELETE_DOCUMENT_SOURCE:
          serviceImpl.deleteDocumentSource((dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_DOCUMENT_SOURCES:
          serviceImpl.batchGetDocumentSources((dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_DOCUMENT_SOURCES:
          serviceImpl.batchCreateDocumentSources((dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_DOCUMENT_SOURCES:
          serviceImpl.batchUpdateDocumentSources((dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_DOCUMENT_SOURCES:
          serviceImpl.batchDeleteDocumentSources((dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse>) responseObserver);
          break;
        case METHODID_MARK_DOCUMENT_SOURCE_DELETED:
          serviceImpl.markDocumentSourceDeleted((dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse>) responseObserver);
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
          getCreateDocumentSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateDocumentSourceRequest,
              dev.modelstore.knowledge.v1.CreateDocumentSourceResponse>(
                service, METHODID_CREATE_DOCUMENT_SOURCE)))
        .addMethod(
          getGetDocumentSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetDocumentSourceRequest,
              dev.modelstore.knowledge.v1.GetDocumentSourceResponse>(
                service, METHODID_GET_DOCUMENT_SOURCE)))
        .addMethod(
          getListDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.ListDocumentSourcesResponse>(
                service, METHODID_LIST_DOCUMENT_SOURCES)))
        .addMethod(
          getPurgeDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.PurgeDocumentSourcesResponse>(
                service, METHODID_PURGE_DOCUMENT_SOURCES)))
        .addMethod(
          getUpdateDocumentSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateDocumentSourceRequest,
              dev.modelstore.knowledge.v1.UpdateDocumentSourceResponse>(
                service, METHODID_UPDATE_DOCUMENT_SOURCE)))
        .addMethod(
          getDeleteDocumentSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteDocumentSourceRequest,
              dev.modelstore.knowledge.v1.DeleteDocumentSourceResponse>(
                service, METHODID_DELETE_DOCUMENT_SOURCE)))
        .addMethod(
          getBatchGetDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.BatchGetDocumentSourcesResponse>(
                service, METHODID_BATCH_GET_DOCUMENT_SOURCES)))
        .addMethod(
          getBatchCreateDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.BatchCreateDocumentSourcesResponse>(
                service, METHODID_BATCH_CREATE_DOCUMENT_SOURCES)))
        .addMethod(
          getBatchUpdateDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.BatchUpdateDocumentSourcesResponse>(
                service, METHODID_BATCH_UPDATE_DOCUMENT_SOURCES)))
        .addMethod(
          getBatchDeleteDocumentSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesRequest,
              dev.modelstore.knowledge.v1.BatchDeleteDocumentSourcesResponse>(
                service, METHODID_BATCH_DELETE_DOCUMENT_SOURCES)))
        .addMethod(
          getMarkDocumentSourceDeletedMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedRequest,
              dev.modelstore.knowledge.v1.MarkDocumentSourceDeletedResponse>(
                service, METHODID_MARK_DOCUMENT_SOURCE_DELETED)))
        .build();
  }

  private static abstract class DocumentSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DocumentSourceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.DocumentSourceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DocumentSourceService");
    }
  }

  private static final class DocumentSourceServiceFileDescriptorSupplier
      extends DocumentSourceServiceBaseDescriptorSupplier {
    DocumentSourceServiceFileDescriptorSupplier() {}
  }

  private static final class DocumentSourceServiceMethodDescriptorSupplier
      extends DocumentSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DocumentSourceServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DocumentSourceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DocumentSourceServiceFileDescriptorSupplier())
              .addMethod(getCreateDocumentSourceMethod())
              .addMethod(getGetDocumentSourceMethod())
              .addMethod(getListDocumentSourcesMethod())
              .addMethod(getPurgeDocumentSourcesMethod())
              .addMethod(getUpdateDocumentSourceMethod())
              .addMethod(getDeleteDocumentSourceMethod())
              .addMethod(getBatchGetDocumentSourcesMethod())
              .addMethod(getBatchCreateDocumentSourcesMethod())
              .addMethod(getBatchUpdateDocumentSourcesMethod())
              .addMethod(getBatchDeleteDocumentSourcesMethod())
              .addMethod(getMarkDocumentSourceDeletedMethod())
              .build();
        }
      }
    }
    return result;
  }
}
