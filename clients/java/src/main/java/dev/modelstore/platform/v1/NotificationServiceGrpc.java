package dev.modelstore.platform.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages notifications and their delivery state.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class NotificationServiceGrpc {

  private NotificationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.platform.v1.NotificationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateNotificationRequest,
      dev.modelstore.platform.v1.CreateNotificationResponse> getCreateNotificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateNotification",
      requestType = dev.modelstore.platform.v1.CreateNotificationRequest.class,
      responseType = dev.modelstore.platform.v1.CreateNotificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateNotificationRequest,
      dev.modelstore.platform.v1.CreateNotificationResponse> getCreateNotificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateNotificationRequest, dev.modelstore.platform.v1.CreateNotificationResponse> getCreateNotificationMethod;
    if ((getCreateNotificationMethod = NotificationServiceGrpc.getCreateNotificationMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getCreateNotificationMethod = NotificationServiceGrpc.getCreateNotificationMethod) == null) {
          NotificationServiceGrpc.getCreateNotificationMethod = getCreateNotificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.CreateNotificationRequest, dev.modelstore.platform.v1.CreateNotificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateNotification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateNotificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateNotificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("CreateNotification"))
              .build();
        }
      }
    }
    return getCreateNotificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetNotificationRequest,
      dev.modelstore.platform.v1.GetNotificationResponse> getGetNotificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNotification",
      requestType = dev.modelstore.platform.v1.GetNotificationRequest.class,
      responseType = dev.modelstore.platform.v1.GetNotificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetNotificationRequest,
      dev.modelstore.platform.v1.GetNotificationResponse> getGetNotificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetNotificationRequest, dev.modelstore.platform.v1.GetNotificationResponse> getGetNotificationMethod;
    if ((getGetNotificationMethod = NotificationServiceGrpc.getGetNotificationMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getGetNotificationMethod = NotificationServiceGrpc.getGetNotificationMethod) == null) {
          NotificationServiceGrpc.getGetNotificationMethod = getGetNotificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.GetNotificationRequest, dev.modelstore.platform.v1.GetNotificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNotification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetNotificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetNotificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("GetNotification"))
              .build();
        }
      }
    }
    return getGetNotificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListNotificationsRequest,
      dev.modelstore.platform.v1.ListNotificationsResponse> getListNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNotifications",
      requestType = dev.modelstore.platform.v1.ListNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.ListNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListNotificationsRequest,
      dev.modelstore.platform.v1.ListNotificationsResponse> getListNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListNotificationsRequest, dev.modelstore.platform.v1.ListNotificationsResponse> getListNotificationsMethod;
    if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
          NotificationServiceGrpc.getListNotificationsMethod = getListNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.ListNotificationsRequest, dev.modelstore.platform.v1.ListNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("ListNotifications"))
              .build();
        }
      }
    }
    return getListNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeNotificationsRequest,
      dev.modelstore.platform.v1.PurgeNotificationsResponse> getPurgeNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeNotifications",
      requestType = dev.modelstore.platform.v1.PurgeNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.PurgeNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeNotificationsRequest,
      dev.modelstore.platform.v1.PurgeNotificationsResponse> getPurgeNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeNotificationsRequest, dev.modelstore.platform.v1.PurgeNotificationsResponse> getPurgeNotificationsMethod;
    if ((getPurgeNotificationsMethod = NotificationServiceGrpc.getPurgeNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getPurgeNotificationsMethod = NotificationServiceGrpc.getPurgeNotificationsMethod) == null) {
          NotificationServiceGrpc.getPurgeNotificationsMethod = getPurgeNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.PurgeNotificationsRequest, dev.modelstore.platform.v1.PurgeNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("PurgeNotifications"))
              .build();
        }
      }
    }
    return getPurgeNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateNotificationRequest,
      dev.modelstore.platform.v1.UpdateNotificationResponse> getUpdateNotificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateNotification",
      requestType = dev.modelstore.platform.v1.UpdateNotificationRequest.class,
      responseType = dev.modelstore.platform.v1.UpdateNotificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateNotificationRequest,
      dev.modelstore.platform.v1.UpdateNotificationResponse> getUpdateNotificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateNotificationRequest, dev.modelstore.platform.v1.UpdateNotificationResponse> getUpdateNotificationMethod;
    if ((getUpdateNotificationMethod = NotificationServiceGrpc.getUpdateNotificationMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getUpdateNotificationMethod = NotificationServiceGrpc.getUpdateNotificationMethod) == null) {
          NotificationServiceGrpc.getUpdateNotificationMethod = getUpdateNotificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.UpdateNotificationRequest, dev.modelstore.platform.v1.UpdateNotificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateNotification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateNotificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateNotificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("UpdateNotification"))
              .build();
        }
      }
    }
    return getUpdateNotificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteNotificationRequest,
      dev.modelstore.platform.v1.DeleteNotificationResponse> getDeleteNotificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteNotification",
      requestType = dev.modelstore.platform.v1.DeleteNotificationRequest.class,
      responseType = dev.modelstore.platform.v1.DeleteNotificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteNotificationRequest,
      dev.modelstore.platform.v1.DeleteNotificationResponse> getDeleteNotificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteNotificationRequest, dev.modelstore.platform.v1.DeleteNotificationResponse> getDeleteNotificationMethod;
    if ((getDeleteNotificationMethod = NotificationServiceGrpc.getDeleteNotificationMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getDeleteNotificationMethod = NotificationServiceGrpc.getDeleteNotificationMethod) == null) {
          NotificationServiceGrpc.getDeleteNotificationMethod = getDeleteNotificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.DeleteNotificationRequest, dev.modelstore.platform.v1.DeleteNotificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteNotification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteNotificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteNotificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("DeleteNotification"))
              .build();
        }
      }
    }
    return getDeleteNotificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetNotificationsRequest,
      dev.modelstore.platform.v1.BatchGetNotificationsResponse> getBatchGetNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetNotifications",
      requestType = dev.modelstore.platform.v1.BatchGetNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchGetNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetNotificationsRequest,
      dev.modelstore.platform.v1.BatchGetNotificationsResponse> getBatchGetNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetNotificationsRequest, dev.modelstore.platform.v1.BatchGetNotificationsResponse> getBatchGetNotificationsMethod;
    if ((getBatchGetNotificationsMethod = NotificationServiceGrpc.getBatchGetNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getBatchGetNotificationsMethod = NotificationServiceGrpc.getBatchGetNotificationsMethod) == null) {
          NotificationServiceGrpc.getBatchGetNotificationsMethod = getBatchGetNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchGetNotificationsRequest, dev.modelstore.platform.v1.BatchGetNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("BatchGetNotifications"))
              .build();
        }
      }
    }
    return getBatchGetNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateNotificationsRequest,
      dev.modelstore.platform.v1.BatchCreateNotificationsResponse> getBatchCreateNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateNotifications",
      requestType = dev.modelstore.platform.v1.BatchCreateNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchCreateNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateNotificationsRequest,
      dev.modelstore.platform.v1.BatchCreateNotificationsResponse> getBatchCreateNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateNotificationsRequest, dev.modelstore.platform.v1.BatchCreateNotificationsResponse> getBatchCreateNotificationsMethod;
    if ((getBatchCreateNotificationsMethod = NotificationServiceGrpc.getBatchCreateNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getBatchCreateNotificationsMethod = NotificationServiceGrpc.getBatchCreateNotificationsMethod) == null) {
          NotificationServiceGrpc.getBatchCreateNotificationsMethod = getBatchCreateNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchCreateNotificationsRequest, dev.modelstore.platform.v1.BatchCreateNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("BatchCreateNotifications"))
              .build();
        }
      }
    }
    return getBatchCreateNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateNotificationsRequest,
      dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> getBatchUpdateNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateNotifications",
      requestType = dev.modelstore.platform.v1.BatchUpdateNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchUpdateNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateNotificationsRequest,
      dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> getBatchUpdateNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateNotificationsRequest, dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> getBatchUpdateNotificationsMethod;
    if ((getBatchUpdateNotificationsMethod = NotificationServiceGrpc.getBatchUpdateNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getBatchUpdateNotificationsMethod = NotificationServiceGrpc.getBatchUpdateNotificationsMethod) == null) {
          NotificationServiceGrpc.getBatchUpdateNotificationsMethod = getBatchUpdateNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchUpdateNotificationsRequest, dev.modelstore.platform.v1.BatchUpdateNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("BatchUpdateNotifications"))
              .build();
        }
      }
    }
    return getBatchUpdateNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteNotificationsRequest,
      dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> getBatchDeleteNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteNotifications",
      requestType = dev.modelstore.platform.v1.BatchDeleteNotificationsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchDeleteNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteNotificationsRequest,
      dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> getBatchDeleteNotificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteNotificationsRequest, dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> getBatchDeleteNotificationsMethod;
    if ((getBatchDeleteNotificationsMethod = NotificationServiceGrpc.getBatchDeleteNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getBatchDeleteNotificationsMethod = NotificationServiceGrpc.getBatchDeleteNotificationsMethod) == null) {
          NotificationServiceGrpc.getBatchDeleteNotificationsMethod = getBatchDeleteNotificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchDeleteNotificationsRequest, dev.modelstore.platform.v1.BatchDeleteNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("BatchDeleteNotifications"))
              .build();
        }
      }
    }
    return getBatchDeleteNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationSentRequest,
      dev.modelstore.platform.v1.MarkNotificationSentResponse> getMarkNotificationSentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkNotificationSent",
      requestType = dev.modelstore.platform.v1.MarkNotificationSentRequest.class,
      responseType = dev.modelstore.platform.v1.MarkNotificationSentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationSentRequest,
      dev.modelstore.platform.v1.MarkNotificationSentResponse> getMarkNotificationSentMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationSentRequest, dev.modelstore.platform.v1.MarkNotificationSentResponse> getMarkNotificationSentMethod;
    if ((getMarkNotificationSentMethod = NotificationServiceGrpc.getMarkNotificationSentMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getMarkNotificationSentMethod = NotificationServiceGrpc.getMarkNotificationSentMethod) == null) {
          NotificationServiceGrpc.getMarkNotificationSentMethod = getMarkNotificationSentMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.MarkNotificationSentRequest, dev.modelstore.platform.v1.MarkNotificationSentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkNotificationSent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.MarkNotificationSentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.MarkNotificationSentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("MarkNotificationSent"))
              .build();
        }
      }
    }
    return getMarkNotificationSentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationFailedRequest,
      dev.modelstore.platform.v1.MarkNotificationFailedResponse> getMarkNotificationFailedMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkNotificationFailed",
      requestType = dev.modelstore.platform.v1.MarkNotificationFailedRequest.class,
      responseType = dev.modelstore.platform.v1.MarkNotificationFailedResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationFailedRequest,
      dev.modelstore.platform.v1.MarkNotificationFailedResponse> getMarkNotificationFailedMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.MarkNotificationFailedRequest, dev.modelstore.platform.v1.MarkNotificationFailedResponse> getMarkNotificationFailedMethod;
    if ((getMarkNotificationFailedMethod = NotificationServiceGrpc.getMarkNotificationFailedMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getMarkNotificationFailedMethod = NotificationServiceGrpc.getMarkNotificationFailedMethod) == null) {
          NotificationServiceGrpc.getMarkNotificationFailedMethod = getMarkNotificationFailedMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.MarkNotificationFailedRequest, dev.modelstore.platform.v1.MarkNotificationFailedResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkNotificationFailed"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.MarkNotificationFailedRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.MarkNotificationFailedResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("MarkNotificationFailed"))
              .build();
        }
      }
    }
    return getMarkNotificationFailedMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NotificationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub>() {
        @java.lang.Override
        public NotificationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceStub(channel, callOptions);
        }
      };
    return NotificationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static NotificationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingV2Stub>() {
        @java.lang.Override
        public NotificationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NotificationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub>() {
        @java.lang.Override
        public NotificationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingStub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NotificationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub>() {
        @java.lang.Override
        public NotificationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceFutureStub(channel, callOptions);
        }
      };
    return NotificationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a notification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or contact does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    default void createNotification(dev.modelstore.platform.v1.CreateNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateNotificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateNotificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a notification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * notification, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getNotification(dev.modelstore.platform.v1.GetNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetNotificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNotificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists notifications, one keyset page at a time. Only the caller tenant's
     * notifications are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listNotifications(dev.modelstore.platform.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the notifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's notifications are seen.
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
    default void purgeNotifications(dev.modelstore.platform.v1.PurgeNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a notification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notification and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or contact does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateNotification(dev.modelstore.platform.v1.UpdateNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateNotificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateNotificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a notification.
     * Errors: NOT_FOUND (no such notification, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteNotification(dev.modelstore.platform.v1.DeleteNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteNotificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteNotificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several notifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetNotifications(dev.modelstore.platform.v1.BatchGetNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 notifications in one call, all or none (AIP-233): each
     * item as CreateNotification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateNotifications(dev.modelstore.platform.v1.BatchCreateNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 notifications in one call, all or none (AIP-234): each
     * item as UpdateNotification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateNotifications(dev.modelstore.platform.v1.BatchUpdateNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 notifications in one call, all or none (AIP-235): each
     * item as DeleteNotification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteNotifications(dev.modelstore.platform.v1.BatchDeleteNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records a successful delivery: the status becomes SENT and
     * `delivered_at` is set to the server's current time. Allowed from QUEUED
     * (the first attempt succeeded) and from FAILED (a retry succeeded); the
     * `error` snapshot of the last failed attempt is kept. A notification that
     * is already SENT cannot be marked again.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    default void markNotificationSent(dev.modelstore.platform.v1.MarkNotificationSentRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationSentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkNotificationSentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records a failed delivery: the status becomes FAILED and `error` is
     * replaced by the given snapshot, whose `timestamp` the server sets to its
     * current time when empty. Allowed from QUEUED (the first attempt failed)
     * and from FAILED (another attempt failed). A notification that is already
     * SENT cannot be marked failed.
     * Errors: INVALID_ARGUMENT (`id` or `error` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void markNotificationFailed(dev.modelstore.platform.v1.MarkNotificationFailedRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationFailedResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkNotificationFailedMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service NotificationService.
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public static abstract class NotificationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return NotificationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service NotificationService.
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public static final class NotificationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<NotificationServiceStub> {
    private NotificationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or contact does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public void createNotification(dev.modelstore.platform.v1.CreateNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateNotificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateNotificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a notification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * notification, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getNotification(dev.modelstore.platform.v1.GetNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetNotificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNotificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists notifications, one keyset page at a time. Only the caller tenant's
     * notifications are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listNotifications(dev.modelstore.platform.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the notifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's notifications are seen.
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
    public void purgeNotifications(dev.modelstore.platform.v1.PurgeNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a notification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notification and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or contact does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateNotification(dev.modelstore.platform.v1.UpdateNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateNotificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateNotificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a notification.
     * Errors: NOT_FOUND (no such notification, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteNotification(dev.modelstore.platform.v1.DeleteNotificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteNotificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteNotificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several notifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetNotifications(dev.modelstore.platform.v1.BatchGetNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 notifications in one call, all or none (AIP-233): each
     * item as CreateNotification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateNotifications(dev.modelstore.platform.v1.BatchCreateNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 notifications in one call, all or none (AIP-234): each
     * item as UpdateNotification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateNotifications(dev.modelstore.platform.v1.BatchUpdateNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 notifications in one call, all or none (AIP-235): each
     * item as DeleteNotification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteNotifications(dev.modelstore.platform.v1.BatchDeleteNotificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records a successful delivery: the status becomes SENT and
     * `delivered_at` is set to the server's current time. Allowed from QUEUED
     * (the first attempt succeeded) and from FAILED (a retry succeeded); the
     * `error` snapshot of the last failed attempt is kept. A notification that
     * is already SENT cannot be marked again.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public void markNotificationSent(dev.modelstore.platform.v1.MarkNotificationSentRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationSentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkNotificationSentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records a failed delivery: the status becomes FAILED and `error` is
     * replaced by the given snapshot, whose `timestamp` the server sets to its
     * current time when empty. Allowed from QUEUED (the first attempt failed)
     * and from FAILED (another attempt failed). A notification that is already
     * SENT cannot be marked failed.
     * Errors: INVALID_ARGUMENT (`id` or `error` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void markNotificationFailed(dev.modelstore.platform.v1.MarkNotificationFailedRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationFailedResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkNotificationFailedMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service NotificationService.
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public static final class NotificationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingV2Stub> {
    private NotificationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or contact does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateNotificationResponse createNotification(dev.modelstore.platform.v1.CreateNotificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a notification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * notification, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetNotificationResponse getNotification(dev.modelstore.platform.v1.GetNotificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists notifications, one keyset page at a time. Only the caller tenant's
     * notifications are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListNotificationsResponse listNotifications(dev.modelstore.platform.v1.ListNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the notifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's notifications are seen.
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
    public dev.modelstore.platform.v1.PurgeNotificationsResponse purgeNotifications(dev.modelstore.platform.v1.PurgeNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a notification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notification and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or contact does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateNotificationResponse updateNotification(dev.modelstore.platform.v1.UpdateNotificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a notification.
     * Errors: NOT_FOUND (no such notification, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteNotificationResponse deleteNotification(dev.modelstore.platform.v1.DeleteNotificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several notifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetNotificationsResponse batchGetNotifications(dev.modelstore.platform.v1.BatchGetNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notifications in one call, all or none (AIP-233): each
     * item as CreateNotification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateNotificationsResponse batchCreateNotifications(dev.modelstore.platform.v1.BatchCreateNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notifications in one call, all or none (AIP-234): each
     * item as UpdateNotification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateNotificationsResponse batchUpdateNotifications(dev.modelstore.platform.v1.BatchUpdateNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notifications in one call, all or none (AIP-235): each
     * item as DeleteNotification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteNotificationsResponse batchDeleteNotifications(dev.modelstore.platform.v1.BatchDeleteNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a successful delivery: the status becomes SENT and
     * `delivered_at` is set to the server's current time. Allowed from QUEUED
     * (the first attempt succeeded) and from FAILED (a retry succeeded); the
     * `error` snapshot of the last failed attempt is kept. A notification that
     * is already SENT cannot be marked again.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.MarkNotificationSentResponse markNotificationSent(dev.modelstore.platform.v1.MarkNotificationSentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMarkNotificationSentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a failed delivery: the status becomes FAILED and `error` is
     * replaced by the given snapshot, whose `timestamp` the server sets to its
     * current time when empty. Allowed from QUEUED (the first attempt failed)
     * and from FAILED (another attempt failed). A notification that is already
     * SENT cannot be marked failed.
     * Errors: INVALID_ARGUMENT (`id` or `error` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.MarkNotificationFailedResponse markNotificationFailed(dev.modelstore.platform.v1.MarkNotificationFailedRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMarkNotificationFailedMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service NotificationService.
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public static final class NotificationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingStub> {
    private NotificationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or contact does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateNotificationResponse createNotification(dev.modelstore.platform.v1.CreateNotificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a notification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * notification, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetNotificationResponse getNotification(dev.modelstore.platform.v1.GetNotificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists notifications, one keyset page at a time. Only the caller tenant's
     * notifications are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListNotificationsResponse listNotifications(dev.modelstore.platform.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the notifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's notifications are seen.
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
    public dev.modelstore.platform.v1.PurgeNotificationsResponse purgeNotifications(dev.modelstore.platform.v1.PurgeNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a notification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notification and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or contact does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateNotificationResponse updateNotification(dev.modelstore.platform.v1.UpdateNotificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a notification.
     * Errors: NOT_FOUND (no such notification, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteNotificationResponse deleteNotification(dev.modelstore.platform.v1.DeleteNotificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteNotificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several notifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetNotificationsResponse batchGetNotifications(dev.modelstore.platform.v1.BatchGetNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notifications in one call, all or none (AIP-233): each
     * item as CreateNotification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateNotificationsResponse batchCreateNotifications(dev.modelstore.platform.v1.BatchCreateNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notifications in one call, all or none (AIP-234): each
     * item as UpdateNotification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateNotificationsResponse batchUpdateNotifications(dev.modelstore.platform.v1.BatchUpdateNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notifications in one call, all or none (AIP-235): each
     * item as DeleteNotification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteNotificationsResponse batchDeleteNotifications(dev.modelstore.platform.v1.BatchDeleteNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a successful delivery: the status becomes SENT and
     * `delivered_at` is set to the server's current time. Allowed from QUEUED
     * (the first attempt succeeded) and from FAILED (a retry succeeded); the
     * `error` snapshot of the last failed attempt is kept. A notification that
     * is already SENT cannot be marked again.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.MarkNotificationSentResponse markNotificationSent(dev.modelstore.platform.v1.MarkNotificationSentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkNotificationSentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a failed delivery: the status becomes FAILED and `error` is
     * replaced by the given snapshot, whose `timestamp` the server sets to its
     * current time when empty. Allowed from QUEUED (the first attempt failed)
     * and from FAILED (another attempt failed). A notification that is already
     * SENT cannot be marked failed.
     * Errors: INVALID_ARGUMENT (`id` or `error` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.MarkNotificationFailedResponse markNotificationFailed(dev.modelstore.platform.v1.MarkNotificationFailedRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkNotificationFailedMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service NotificationService.
   * <pre>
   * Manages notifications and their delivery state.
   * </pre>
   */
  public static final class NotificationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<NotificationServiceFutureStub> {
    private NotificationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace or contact does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.CreateNotificationResponse> createNotification(
        dev.modelstore.platform.v1.CreateNotificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateNotificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a notification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * notification, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.GetNotificationResponse> getNotification(
        dev.modelstore.platform.v1.GetNotificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNotificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists notifications, one keyset page at a time. Only the caller tenant's
     * notifications are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.ListNotificationsResponse> listNotifications(
        dev.modelstore.platform.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the notifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's notifications are seen.
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.PurgeNotificationsResponse> purgeNotifications(
        dev.modelstore.platform.v1.PurgeNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a notification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notification and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace or contact does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.UpdateNotificationResponse> updateNotification(
        dev.modelstore.platform.v1.UpdateNotificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateNotificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a notification.
     * Errors: NOT_FOUND (no such notification, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.DeleteNotificationResponse> deleteNotification(
        dev.modelstore.platform.v1.DeleteNotificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteNotificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several notifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchGetNotificationsResponse> batchGetNotifications(
        dev.modelstore.platform.v1.BatchGetNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notifications in one call, all or none (AIP-233): each
     * item as CreateNotification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchCreateNotificationsResponse> batchCreateNotifications(
        dev.modelstore.platform.v1.BatchCreateNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notifications in one call, all or none (AIP-234): each
     * item as UpdateNotification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchUpdateNotificationsResponse> batchUpdateNotifications(
        dev.modelstore.platform.v1.BatchUpdateNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notifications in one call, all or none (AIP-235): each
     * item as DeleteNotification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchDeleteNotificationsResponse> batchDeleteNotifications(
        dev.modelstore.platform.v1.BatchDeleteNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records a successful delivery: the status becomes SENT and
     * `delivered_at` is set to the server's current time. Allowed from QUEUED
     * (the first attempt succeeded) and from FAILED (a retry succeeded); the
     * `error` snapshot of the last failed attempt is kept. A notification that
     * is already SENT cannot be marked again.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.MarkNotificationSentResponse> markNotificationSent(
        dev.modelstore.platform.v1.MarkNotificationSentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkNotificationSentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records a failed delivery: the status becomes FAILED and `error` is
     * replaced by the given snapshot, whose `timestamp` the server sets to its
     * current time when empty. Allowed from QUEUED (the first attempt failed)
     * and from FAILED (another attempt failed). A notification that is already
     * SENT cannot be marked failed.
     * Errors: INVALID_ARGUMENT (`id` or `error` is empty), NOT_FOUND (no such
     * notification, or another tenant's), ABORTED (`etag` is set and does not
     * match), FAILED_PRECONDITION (the notification is already sent; no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.MarkNotificationFailedResponse> markNotificationFailed(
        dev.modelstore.platform.v1.MarkNotificationFailedRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkNotificationFailedMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_NOTIFICATION = 0;
  private static final int METHODID_GET_NOTIFICATION = 1;
  private static final int METHODID_LIST_NOTIFICATIONS = 2;
  private static final int METHODID_PURGE_NOTIFICATIONS = 3;
  private static final int METHODID_UPDATE_NOTIFICATION = 4;
  private static final int METHODID_DELETE_NOTIFICATION = 5;
  private static final int METHODID_BATCH_GET_NOTIFICATIONS = 6;
  private static final int METHODID_BATCH_CREATE_NOTIFICATIONS = 7;
  private static final int METHODID_BATCH_UPDATE_NOTIFICATIONS = 8;
  private static final int METHODID_BATCH_DELETE_NOTIFICATIONS = 9;
  private static final int METHODID_MARK_NOTIFICATION_SENT = 10;
  private static final int METHODID_MARK_NOTIFICATION_FAILED = 11;

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
        case METHODID_CREATE_NOTIFICATION:
          serviceImpl.createNotification((dev.modelstore.platform.v1.CreateNotificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateNotificationResponse>) responseObserver);
          break;
        case METHODID_GET_NOTIFICATION:
          serviceImpl.getNotification((dev.modelstore.platform.v1.GetNotificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetNotificationResponse>) responseObserver);
          break;
        case METHODID_LIST_NOTIFICATIONS:
          serviceImpl.listNotifications((dev.modelstore.platform.v1.ListNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListNotificationsResponse>) responseObserver);
          break;
        case METHODID_PURGE_NOTIFICATIONS:
          serviceImpl.purgeNotifications((dev.modelstore.platform.v1.PurgeNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeNotificationsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_NOTIFICATION:
          serviceImpl.updateNotification((dev.modelstore.platform.v1.UpdateNotificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateNotificationResponse>) responseObserver);
          break;
        case METHODID_DELETE_NOTIFICATION:
          serviceImpl.deleteNotification((dev.modelstore.platform.v1.DeleteNotificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteNotificationResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_NOTIFICATIONS:
          serviceImpl.batchGetNotifications((dev.modelstore.platform.v1.BatchGetNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetNotificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_NOTIFICATIONS:
          serviceImpl.batchCreateNotifications((dev.modelstore.platform.v1.BatchCreateNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateNotificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_NOTIFICATIONS:
          serviceImpl.batchUpdateNotifications((dev.modelstore.platform.v1.BatchUpdateNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateNotificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_NOTIFICATIONS:
          serviceImpl.batchDeleteNotifications((dev.modelstore.platform.v1.BatchDeleteNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteNotificationsResponse>) responseObserver);
          break;
        case METHODID_MARK_NOTIFICATION_SENT:
          serviceImpl.markNotificationSent((dev.modelstore.platform.v1.MarkNotificationSentRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationSentResponse>) responseObserver);
          break;
        case METHODID_MARK_NOTIFICATION_FAILED:
          serviceImpl.markNotificationFailed((dev.modelstore.platform.v1.MarkNotificationFailedRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.MarkNotificationFailedResponse>) responseObserver);
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
          getCreateNotificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.CreateNotificationRequest,
              dev.modelstore.platform.v1.CreateNotificationResponse>(
                service, METHODID_CREATE_NOTIFICATION)))
        .addMethod(
          getGetNotificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.GetNotificationRequest,
              dev.modelstore.platform.v1.GetNotificationResponse>(
                service, METHODID_GET_NOTIFICATION)))
        .addMethod(
          getListNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.ListNotificationsRequest,
              dev.modelstore.platform.v1.ListNotificationsResponse>(
                service, METHODID_LIST_NOTIFICATIONS)))
        .addMethod(
          getPurgeNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.PurgeNotificationsRequest,
              dev.modelstore.platform.v1.PurgeNotificationsResponse>(
                service, METHODID_PURGE_NOTIFICATIONS)))
        .addMethod(
          getUpdateNotificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.UpdateNotificationRequest,
              dev.modelstore.platform.v1.UpdateNotificationResponse>(
                service, METHODID_UPDATE_NOTIFICATION)))
        .addMethod(
          getDeleteNotificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.DeleteNotificationRequest,
              dev.modelstore.platform.v1.DeleteNotificationResponse>(
                service, METHODID_DELETE_NOTIFICATION)))
        .addMethod(
          getBatchGetNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchGetNotificationsRequest,
              dev.modelstore.platform.v1.BatchGetNotificationsResponse>(
                service, METHODID_BATCH_GET_NOTIFICATIONS)))
        .addMethod(
          getBatchCreateNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchCreateNotificationsRequest,
              dev.modelstore.platform.v1.BatchCreateNotificationsResponse>(
                service, METHODID_BATCH_CREATE_NOTIFICATIONS)))
        .addMethod(
          getBatchUpdateNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchUpdateNotificationsRequest,
              dev.modelstore.platform.v1.BatchUpdateNotificationsResponse>(
                service, METHODID_BATCH_UPDATE_NOTIFICATIONS)))
        .addMethod(
          getBatchDeleteNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchDeleteNotificationsRequest,
              dev.modelstore.platform.v1.BatchDeleteNotificationsResponse>(
                service, METHODID_BATCH_DELETE_NOTIFICATIONS)))
        .addMethod(
          getMarkNotificationSentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.MarkNotificationSentRequest,
              dev.modelstore.platform.v1.MarkNotificationSentResponse>(
                service, METHODID_MARK_NOTIFICATION_SENT)))
        .addMethod(
          getMarkNotificationFailedMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.MarkNotificationFailedRequest,
              dev.modelstore.platform.v1.MarkNotificationFailedResponse>(
                service, METHODID_MARK_NOTIFICATION_FAILED)))
        .build();
  }

  private static abstract class NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NotificationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.platform.v1.NotificationProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NotificationService");
    }
  }

  private static final class NotificationServiceFileDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier {
    NotificationServiceFileDescriptorSupplier() {}
  }

  private static final class NotificationServiceMethodDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    NotificationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (NotificationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NotificationServiceFileDescriptorSupplier())
              .addMethod(getCreateNotificationMethod())
              .addMethod(getGetNotificationMethod())
              .addMethod(getListNotificationsMethod())
              .addMethod(getPurgeNotificationsMethod())
              .addMethod(getUpdateNotificationMethod())
              .addMethod(getDeleteNotificationMethod())
              .addMethod(getBatchGetNotificationsMethod())
              .addMethod(getBatchCreateNotificationsMethod())
              .addMethod(getBatchUpdateNotificationsMethod())
              .addMethod(getBatchDeleteNotificationsMethod())
              .addMethod(getMarkNotificationSentMethod())
              .addMethod(getMarkNotificationFailedMethod())
              .build();
        }
      }
    }
    return result;
  }
}
