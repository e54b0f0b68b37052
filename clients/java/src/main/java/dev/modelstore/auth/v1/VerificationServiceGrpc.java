package dev.modelstore.auth.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages verification values for email verification and password resets.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class VerificationServiceGrpc {

  private VerificationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.auth.v1.VerificationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateVerificationRequest,
      dev.modelstore.auth.v1.CreateVerificationResponse> getCreateVerificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateVerification",
      requestType = dev.modelstore.auth.v1.CreateVerificationRequest.class,
      responseType = dev.modelstore.auth.v1.CreateVerificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateVerificationRequest,
      dev.modelstore.auth.v1.CreateVerificationResponse> getCreateVerificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateVerificationRequest, dev.modelstore.auth.v1.CreateVerificationResponse> getCreateVerificationMethod;
    if ((getCreateVerificationMethod = VerificationServiceGrpc.getCreateVerificationMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getCreateVerificationMethod = VerificationServiceGrpc.getCreateVerificationMethod) == null) {
          VerificationServiceGrpc.getCreateVerificationMethod = getCreateVerificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.CreateVerificationRequest, dev.modelstore.auth.v1.CreateVerificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateVerification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateVerificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateVerificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("CreateVerification"))
              .build();
        }
      }
    }
    return getCreateVerificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetVerificationRequest,
      dev.modelstore.auth.v1.GetVerificationResponse> getGetVerificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetVerification",
      requestType = dev.modelstore.auth.v1.GetVerificationRequest.class,
      responseType = dev.modelstore.auth.v1.GetVerificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetVerificationRequest,
      dev.modelstore.auth.v1.GetVerificationResponse> getGetVerificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetVerificationRequest, dev.modelstore.auth.v1.GetVerificationResponse> getGetVerificationMethod;
    if ((getGetVerificationMethod = VerificationServiceGrpc.getGetVerificationMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getGetVerificationMethod = VerificationServiceGrpc.getGetVerificationMethod) == null) {
          VerificationServiceGrpc.getGetVerificationMethod = getGetVerificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetVerificationRequest, dev.modelstore.auth.v1.GetVerificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetVerification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetVerificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetVerificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("GetVerification"))
              .build();
        }
      }
    }
    return getGetVerificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListVerificationsRequest,
      dev.modelstore.auth.v1.ListVerificationsResponse> getListVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListVerifications",
      requestType = dev.modelstore.auth.v1.ListVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.ListVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListVerificationsRequest,
      dev.modelstore.auth.v1.ListVerificationsResponse> getListVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListVerificationsRequest, dev.modelstore.auth.v1.ListVerificationsResponse> getListVerificationsMethod;
    if ((getListVerificationsMethod = VerificationServiceGrpc.getListVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getListVerificationsMethod = VerificationServiceGrpc.getListVerificationsMethod) == null) {
          VerificationServiceGrpc.getListVerificationsMethod = getListVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.ListVerificationsRequest, dev.modelstore.auth.v1.ListVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("ListVerifications"))
              .build();
        }
      }
    }
    return getListVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeVerificationsRequest,
      dev.modelstore.auth.v1.PurgeVerificationsResponse> getPurgeVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeVerifications",
      requestType = dev.modelstore.auth.v1.PurgeVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.PurgeVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeVerificationsRequest,
      dev.modelstore.auth.v1.PurgeVerificationsResponse> getPurgeVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeVerificationsRequest, dev.modelstore.auth.v1.PurgeVerificationsResponse> getPurgeVerificationsMethod;
    if ((getPurgeVerificationsMethod = VerificationServiceGrpc.getPurgeVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getPurgeVerificationsMethod = VerificationServiceGrpc.getPurgeVerificationsMethod) == null) {
          VerificationServiceGrpc.getPurgeVerificationsMethod = getPurgeVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.PurgeVerificationsRequest, dev.modelstore.auth.v1.PurgeVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("PurgeVerifications"))
              .build();
        }
      }
    }
    return getPurgeVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateVerificationRequest,
      dev.modelstore.auth.v1.UpdateVerificationResponse> getUpdateVerificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateVerification",
      requestType = dev.modelstore.auth.v1.UpdateVerificationRequest.class,
      responseType = dev.modelstore.auth.v1.UpdateVerificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateVerificationRequest,
      dev.modelstore.auth.v1.UpdateVerificationResponse> getUpdateVerificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateVerificationRequest, dev.modelstore.auth.v1.UpdateVerificationResponse> getUpdateVerificationMethod;
    if ((getUpdateVerificationMethod = VerificationServiceGrpc.getUpdateVerificationMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getUpdateVerificationMethod = VerificationServiceGrpc.getUpdateVerificationMethod) == null) {
          VerificationServiceGrpc.getUpdateVerificationMethod = getUpdateVerificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.UpdateVerificationRequest, dev.modelstore.auth.v1.UpdateVerificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateVerification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateVerificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateVerificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("UpdateVerification"))
              .build();
        }
      }
    }
    return getUpdateVerificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteVerificationRequest,
      dev.modelstore.auth.v1.DeleteVerificationResponse> getDeleteVerificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteVerification",
      requestType = dev.modelstore.auth.v1.DeleteVerificationRequest.class,
      responseType = dev.modelstore.auth.v1.DeleteVerificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteVerificationRequest,
      dev.modelstore.auth.v1.DeleteVerificationResponse> getDeleteVerificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteVerificationRequest, dev.modelstore.auth.v1.DeleteVerificationResponse> getDeleteVerificationMethod;
    if ((getDeleteVerificationMethod = VerificationServiceGrpc.getDeleteVerificationMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getDeleteVerificationMethod = VerificationServiceGrpc.getDeleteVerificationMethod) == null) {
          VerificationServiceGrpc.getDeleteVerificationMethod = getDeleteVerificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.DeleteVerificationRequest, dev.modelstore.auth.v1.DeleteVerificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteVerification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteVerificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteVerificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("DeleteVerification"))
              .build();
        }
      }
    }
    return getDeleteVerificationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetVerificationsRequest,
      dev.modelstore.auth.v1.BatchGetVerificationsResponse> getBatchGetVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetVerifications",
      requestType = dev.modelstore.auth.v1.BatchGetVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchGetVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetVerificationsRequest,
      dev.modelstore.auth.v1.BatchGetVerificationsResponse> getBatchGetVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetVerificationsRequest, dev.modelstore.auth.v1.BatchGetVerificationsResponse> getBatchGetVerificationsMethod;
    if ((getBatchGetVerificationsMethod = VerificationServiceGrpc.getBatchGetVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getBatchGetVerificationsMethod = VerificationServiceGrpc.getBatchGetVerificationsMethod) == null) {
          VerificationServiceGrpc.getBatchGetVerificationsMethod = getBatchGetVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchGetVerificationsRequest, dev.modelstore.auth.v1.BatchGetVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("BatchGetVerifications"))
              .build();
        }
      }
    }
    return getBatchGetVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateVerificationsRequest,
      dev.modelstore.auth.v1.BatchCreateVerificationsResponse> getBatchCreateVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateVerifications",
      requestType = dev.modelstore.auth.v1.BatchCreateVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchCreateVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateVerificationsRequest,
      dev.modelstore.auth.v1.BatchCreateVerificationsResponse> getBatchCreateVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateVerificationsRequest, dev.modelstore.auth.v1.BatchCreateVerificationsResponse> getBatchCreateVerificationsMethod;
    if ((getBatchCreateVerificationsMethod = VerificationServiceGrpc.getBatchCreateVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getBatchCreateVerificationsMethod = VerificationServiceGrpc.getBatchCreateVerificationsMethod) == null) {
          VerificationServiceGrpc.getBatchCreateVerificationsMethod = getBatchCreateVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchCreateVerificationsRequest, dev.modelstore.auth.v1.BatchCreateVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("BatchCreateVerifications"))
              .build();
        }
      }
    }
    return getBatchCreateVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateVerificationsRequest,
      dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> getBatchUpdateVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateVerifications",
      requestType = dev.modelstore.auth.v1.BatchUpdateVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchUpdateVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateVerificationsRequest,
      dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> getBatchUpdateVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateVerificationsRequest, dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> getBatchUpdateVerificationsMethod;
    if ((getBatchUpdateVerificationsMethod = VerificationServiceGrpc.getBatchUpdateVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getBatchUpdateVerificationsMethod = VerificationServiceGrpc.getBatchUpdateVerificationsMethod) == null) {
          VerificationServiceGrpc.getBatchUpdateVerificationsMethod = getBatchUpdateVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchUpdateVerificationsRequest, dev.modelstore.auth.v1.BatchUpdateVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("BatchUpdateVerifications"))
              .build();
        }
      }
    }
    return getBatchUpdateVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteVerificationsRequest,
      dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> getBatchDeleteVerificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteVerifications",
      requestType = dev.modelstore.auth.v1.BatchDeleteVerificationsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchDeleteVerificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteVerificationsRequest,
      dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> getBatchDeleteVerificationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteVerificationsRequest, dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> getBatchDeleteVerificationsMethod;
    if ((getBatchDeleteVerificationsMethod = VerificationServiceGrpc.getBatchDeleteVerificationsMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getBatchDeleteVerificationsMethod = VerificationServiceGrpc.getBatchDeleteVerificationsMethod) == null) {
          VerificationServiceGrpc.getBatchDeleteVerificationsMethod = getBatchDeleteVerificationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchDeleteVerificationsRequest, dev.modelstore.auth.v1.BatchDeleteVerificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteVerifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteVerificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteVerificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("BatchDeleteVerifications"))
              .build();
        }
      }
    }
    return getBatchDeleteVerificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ConsumeVerificationRequest,
      dev.modelstore.auth.v1.ConsumeVerificationResponse> getConsumeVerificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConsumeVerification",
      requestType = dev.modelstore.auth.v1.ConsumeVerificationRequest.class,
      responseType = dev.modelstore.auth.v1.ConsumeVerificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ConsumeVerificationRequest,
      dev.modelstore.auth.v1.ConsumeVerificationResponse> getConsumeVerificationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ConsumeVerificationRequest, dev.modelstore.auth.v1.ConsumeVerificationResponse> getConsumeVerificationMethod;
    if ((getConsumeVerificationMethod = VerificationServiceGrpc.getConsumeVerificationMethod) == null) {
      synchronized (VerificationServiceGrpc.class) {
        if ((getConsumeVerificationMethod = VerificationServiceGrpc.getConsumeVerificationMethod) == null) {
          VerificationServiceGrpc.getConsumeVerificationMethod = getConsumeVerificationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.ConsumeVerificationRequest, dev.modelstore.auth.v1.ConsumeVerificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConsumeVerification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ConsumeVerificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ConsumeVerificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VerificationServiceMethodDescriptorSupplier("ConsumeVerification"))
              .build();
        }
      }
    }
    return getConsumeVerificationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static VerificationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VerificationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VerificationServiceStub>() {
        @java.lang.Override
        public VerificationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VerificationServiceStub(channel, callOptions);
        }
      };
    return VerificationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static VerificationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VerificationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VerificationServiceBlockingV2Stub>() {
        @java.lang.Override
        public VerificationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VerificationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return VerificationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static VerificationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VerificationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VerificationServiceBlockingStub>() {
        @java.lang.Override
        public VerificationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VerificationServiceBlockingStub(channel, callOptions);
        }
      };
    return VerificationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static VerificationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VerificationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VerificationServiceFutureStub>() {
        @java.lang.Override
        public VerificationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VerificationServiceFutureStub(channel, callOptions);
        }
      };
    return VerificationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a verification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createVerification(dev.modelstore.auth.v1.CreateVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateVerificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateVerificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a verification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * verification), UNAVAILABLE.
     * </pre>
     */
    default void getVerification(dev.modelstore.auth.v1.GetVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetVerificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetVerificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists verifications, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listVerifications(dev.modelstore.auth.v1.ListVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the verifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's verifications are seen.
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
    default void purgeVerifications(dev.modelstore.auth.v1.PurgeVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a verification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * verification and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateVerification(dev.modelstore.auth.v1.UpdateVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateVerificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateVerificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a verification.
     * Errors: NOT_FOUND (no such verification), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteVerification(dev.modelstore.auth.v1.DeleteVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteVerificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteVerificationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several verifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetVerifications(dev.modelstore.auth.v1.BatchGetVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 verifications in one call, all or none (AIP-233): each
     * item as CreateVerification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateVerifications(dev.modelstore.auth.v1.BatchCreateVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 verifications in one call, all or none (AIP-234): each
     * item as UpdateVerification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateVerifications(dev.modelstore.auth.v1.BatchUpdateVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 verifications in one call, all or none (AIP-235): each
     * item as DeleteVerification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteVerifications(dev.modelstore.auth.v1.BatchDeleteVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteVerificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Consumes a verification value: finds the verification of `identifier`
     * whose `value` matches and whose `expires_at` has not passed, and deletes
     * it. The deletion is the claim: of several calls that race for the same
     * value exactly one succeeds, so a value is consumed at most once. The
     * response holds the verification as it was. A wrong, expired or already
     * consumed value is NOT_FOUND, and the error does not say which of the
     * three it was.
     * Errors: INVALID_ARGUMENT (`identifier` or `value` is empty), NOT_FOUND
     * (no unexpired, unconsumed verification matches), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    default void consumeVerification(dev.modelstore.auth.v1.ConsumeVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ConsumeVerificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConsumeVerificationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service VerificationService.
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public static abstract class VerificationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return VerificationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service VerificationService.
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public static final class VerificationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<VerificationServiceStub> {
    private VerificationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VerificationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VerificationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a verification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createVerification(dev.modelstore.auth.v1.CreateVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateVerificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateVerificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a verification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * verification), UNAVAILABLE.
     * </pre>
     */
    public void getVerification(dev.modelstore.auth.v1.GetVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetVerificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetVerificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists verifications, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listVerifications(dev.modelstore.auth.v1.ListVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the verifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's verifications are seen.
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
    public void purgeVerifications(dev.modelstore.auth.v1.PurgeVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a verification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * verification and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateVerification(dev.modelstore.auth.v1.UpdateVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateVerificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateVerificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a verification.
     * Errors: NOT_FOUND (no such verification), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteVerification(dev.modelstore.auth.v1.DeleteVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteVerificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteVerificationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several verifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetVerifications(dev.modelstore.auth.v1.BatchGetVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 verifications in one call, all or none (AIP-233): each
     * item as CreateVerification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateVerifications(dev.modelstore.auth.v1.BatchCreateVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 verifications in one call, all or none (AIP-234): each
     * item as UpdateVerification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateVerifications(dev.modelstore.auth.v1.BatchUpdateVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 verifications in one call, all or none (AIP-235): each
     * item as DeleteVerification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteVerifications(dev.modelstore.auth.v1.BatchDeleteVerificationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteVerificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Consumes a verification value: finds the verification of `identifier`
     * whose `value` matches and whose `expires_at` has not passed, and deletes
     * it. The deletion is the claim: of several calls that race for the same
     * value exactly one succeeds, so a value is consumed at most once. The
     * response holds the verification as it was. A wrong, expired or already
     * consumed value is NOT_FOUND, and the error does not say which of the
     * three it was.
     * Errors: INVALID_ARGUMENT (`identifier` or `value` is empty), NOT_FOUND
     * (no unexpired, unconsumed verification matches), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public void consumeVerification(dev.modelstore.auth.v1.ConsumeVerificationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ConsumeVerificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConsumeVerificationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service VerificationService.
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public static final class VerificationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<VerificationServiceBlockingV2Stub> {
    private VerificationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VerificationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VerificationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a verification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateVerificationResponse createVerification(dev.modelstore.auth.v1.CreateVerificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a verification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * verification), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetVerificationResponse getVerification(dev.modelstore.auth.v1.GetVerificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists verifications, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListVerificationsResponse listVerifications(dev.modelstore.auth.v1.ListVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the verifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's verifications are seen.
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
    public dev.modelstore.auth.v1.PurgeVerificationsResponse purgeVerifications(dev.modelstore.auth.v1.PurgeVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a verification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * verification and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateVerificationResponse updateVerification(dev.modelstore.auth.v1.UpdateVerificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a verification.
     * Errors: NOT_FOUND (no such verification), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteVerificationResponse deleteVerification(dev.modelstore.auth.v1.DeleteVerificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several verifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetVerificationsResponse batchGetVerifications(dev.modelstore.auth.v1.BatchGetVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 verifications in one call, all or none (AIP-233): each
     * item as CreateVerification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateVerificationsResponse batchCreateVerifications(dev.modelstore.auth.v1.BatchCreateVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 verifications in one call, all or none (AIP-234): each
     * item as UpdateVerification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateVerificationsResponse batchUpdateVerifications(dev.modelstore.auth.v1.BatchUpdateVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 verifications in one call, all or none (AIP-235): each
     * item as DeleteVerification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteVerificationsResponse batchDeleteVerifications(dev.modelstore.auth.v1.BatchDeleteVerificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Consumes a verification value: finds the verification of `identifier`
     * whose `value` matches and whose `expires_at` has not passed, and deletes
     * it. The deletion is the claim: of several calls that race for the same
     * value exactly one succeeds, so a value is consumed at most once. The
     * response holds the verification as it was. A wrong, expired or already
     * consumed value is NOT_FOUND, and the error does not say which of the
     * three it was.
     * Errors: INVALID_ARGUMENT (`identifier` or `value` is empty), NOT_FOUND
     * (no unexpired, unconsumed verification matches), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.ConsumeVerificationResponse consumeVerification(dev.modelstore.auth.v1.ConsumeVerificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConsumeVerificationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service VerificationService.
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public static final class VerificationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<VerificationServiceBlockingStub> {
    private VerificationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VerificationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VerificationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a verification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateVerificationResponse createVerification(dev.modelstore.auth.v1.CreateVerificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a verification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * verification), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetVerificationResponse getVerification(dev.modelstore.auth.v1.GetVerificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists verifications, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListVerificationsResponse listVerifications(dev.modelstore.auth.v1.ListVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the verifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's verifications are seen.
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
    public dev.modelstore.auth.v1.PurgeVerificationsResponse purgeVerifications(dev.modelstore.auth.v1.PurgeVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a verification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * verification and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateVerificationResponse updateVerification(dev.modelstore.auth.v1.UpdateVerificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a verification.
     * Errors: NOT_FOUND (no such verification), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteVerificationResponse deleteVerification(dev.modelstore.auth.v1.DeleteVerificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteVerificationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several verifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetVerificationsResponse batchGetVerifications(dev.modelstore.auth.v1.BatchGetVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 verifications in one call, all or none (AIP-233): each
     * item as CreateVerification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateVerificationsResponse batchCreateVerifications(dev.modelstore.auth.v1.BatchCreateVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 verifications in one call, all or none (AIP-234): each
     * item as UpdateVerification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateVerificationsResponse batchUpdateVerifications(dev.modelstore.auth.v1.BatchUpdateVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 verifications in one call, all or none (AIP-235): each
     * item as DeleteVerification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteVerificationsResponse batchDeleteVerifications(dev.modelstore.auth.v1.BatchDeleteVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteVerificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Consumes a verification value: finds the verification of `identifier`
     * whose `value` matches and whose `expires_at` has not passed, and deletes
     * it. The deletion is the claim: of several calls that race for the same
     * value exactly one succeeds, so a value is consumed at most once. The
     * response holds the verification as it was. A wrong, expired or already
     * consumed value is NOT_FOUND, and the error does not say which of the
     * three it was.
     * Errors: INVALID_ARGUMENT (`identifier` or `value` is empty), NOT_FOUND
     * (no unexpired, unconsumed verification matches), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.ConsumeVerificationResponse consumeVerification(dev.modelstore.auth.v1.ConsumeVerificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConsumeVerificationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service VerificationService.
   * <pre>
   * Manages verification values for email verification and password resets.
   * </pre>
   */
  public static final class VerificationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<VerificationServiceFutureStub> {
    private VerificationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VerificationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VerificationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a verification.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.CreateVerificationResponse> createVerification(
        dev.modelstore.auth.v1.CreateVerificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateVerificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a verification by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * verification), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetVerificationResponse> getVerification(
        dev.modelstore.auth.v1.GetVerificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetVerificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists verifications, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.ListVerificationsResponse> listVerifications(
        dev.modelstore.auth.v1.ListVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the verifications matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's verifications are seen.
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.PurgeVerificationsResponse> purgeVerifications(
        dev.modelstore.auth.v1.PurgeVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a verification.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * verification and allow_missing is false), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.UpdateVerificationResponse> updateVerification(
        dev.modelstore.auth.v1.UpdateVerificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateVerificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a verification.
     * Errors: NOT_FOUND (no such verification), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.DeleteVerificationResponse> deleteVerification(
        dev.modelstore.auth.v1.DeleteVerificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteVerificationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several verifications by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchGetVerificationsResponse> batchGetVerifications(
        dev.modelstore.auth.v1.BatchGetVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 verifications in one call, all or none (AIP-233): each
     * item as CreateVerification would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchCreateVerificationsResponse> batchCreateVerifications(
        dev.modelstore.auth.v1.BatchCreateVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 verifications in one call, all or none (AIP-234): each
     * item as UpdateVerification would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].verification.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchUpdateVerificationsResponse> batchUpdateVerifications(
        dev.modelstore.auth.v1.BatchUpdateVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 verifications in one call, all or none (AIP-235): each
     * item as DeleteVerification would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteVerification, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchDeleteVerificationsResponse> batchDeleteVerifications(
        dev.modelstore.auth.v1.BatchDeleteVerificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteVerificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Consumes a verification value: finds the verification of `identifier`
     * whose `value` matches and whose `expires_at` has not passed, and deletes
     * it. The deletion is the claim: of several calls that race for the same
     * value exactly one succeeds, so a value is consumed at most once. The
     * response holds the verification as it was. A wrong, expired or already
     * consumed value is NOT_FOUND, and the error does not say which of the
     * three it was.
     * Errors: INVALID_ARGUMENT (`identifier` or `value` is empty), NOT_FOUND
     * (no unexpired, unconsumed verification matches), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.ConsumeVerificationResponse> consumeVerification(
        dev.modelstore.auth.v1.ConsumeVerificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConsumeVerificationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_VERIFICATION = 0;
  private static final int METHODID_GET_VERIFICATION = 1;
  private static final int METHODID_LIST_VERIFICATIONS = 2;
  private static final int METHODID_PURGE_VERIFICATIONS = 3;
  private static final int METHODID_UPDATE_VERIFICATION = 4;
  private static final int METHODID_DELETE_VERIFICATION = 5;
  private static final int METHODID_BATCH_GET_VERIFICATIONS = 6;
  private static final int METHODID_BATCH_CREATE_VERIFICATIONS = 7;
  private static final int METHODID_BATCH_UPDATE_VERIFICATIONS = 8;
  private static final int METHODID_BATCH_DELETE_VERIFICATIONS = 9;
  private static final int METHODID_CONSUME_VERIFICATION = 10;

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
        case METHODID_CREATE_VERIFICATION:
          serviceImpl.createVerification((dev.modelstore.auth.v1.CreateVerificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateVerificationResponse>) responseObserver);
          break;
        case METHODID_GET_VERIFICATION:
          serviceImpl.getVerification((dev.modelstore.auth.v1.GetVerificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetVerificationResponse>) responseObserver);
          break;
        case METHODID_LIST_VERIFICATIONS:
          serviceImpl.listVerifications((dev.modelstore.auth.v1.ListVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListVerificationsResponse>) responseObserver);
          break;
        case METHODID_PURGE_VERIFICATIONS:
          serviceImpl.purgeVerifications((dev.modelstore.auth.v1.PurgeVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeVerificationsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_VERIFICATION:
          serviceImpl.updateVerification((dev.modelstore.auth.v1.UpdateVerificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateVerificationResponse>) responseObserver);
          break;
        case METHODID_DELETE_VERIFICATION:
          serviceImpl.deleteVerification((dev.modelstore.auth.v1.DeleteVerificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteVerificationResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_VERIFICATIONS:
          serviceImpl.batchGetVerifications((dev.modelstore.auth.v1.BatchGetVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetVerificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_VERIFICATIONS:
          serviceImpl.batchCreateVerifications((dev.modelstore.auth.v1.BatchCreateVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateVerificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_VERIFICATIONS:
          serviceImpl.batchUpdateVerifications((dev.modelstore.auth.v1.BatchUpdateVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateVerificationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_VERIFICATIONS:
          serviceImpl.batchDeleteVerifications((dev.modelstore.auth.v1.BatchDeleteVerificationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteVerificationsResponse>) responseObserver);
          break;
        case METHODID_CONSUME_VERIFICATION:
          serviceImpl.consumeVerification((dev.modelstore.auth.v1.ConsumeVerificationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ConsumeVerificationResponse>) responseObserver);
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
          getCreateVerificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.CreateVerificationRequest,
              dev.modelstore.auth.v1.CreateVerificationResponse>(
                service, METHODID_CREATE_VERIFICATION)))
        .addMethod(
          getGetVerificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetVerificationRequest,
              dev.modelstore.auth.v1.GetVerificationResponse>(
                service, METHODID_GET_VERIFICATION)))
        .addMethod(
          getListVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.ListVerificationsRequest,
              dev.modelstore.auth.v1.ListVerificationsResponse>(
                service, METHODID_LIST_VERIFICATIONS)))
        .addMethod(
          getPurgeVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.PurgeVerificationsRequest,
              dev.modelstore.auth.v1.PurgeVerificationsResponse>(
                service, METHODID_PURGE_VERIFICATIONS)))
        .addMethod(
          getUpdateVerificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.UpdateVerificationRequest,
              dev.modelstore.auth.v1.UpdateVerificationResponse>(
                service, METHODID_UPDATE_VERIFICATION)))
        .addMethod(
          getDeleteVerificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.DeleteVerificationRequest,
              dev.modelstore.auth.v1.DeleteVerificationResponse>(
                service, METHODID_DELETE_VERIFICATION)))
        .addMethod(
          getBatchGetVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchGetVerificationsRequest,
              dev.modelstore.auth.v1.BatchGetVerificationsResponse>(
                service, METHODID_BATCH_GET_VERIFICATIONS)))
        .addMethod(
          getBatchCreateVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchCreateVerificationsRequest,
              dev.modelstore.auth.v1.BatchCreateVerificationsResponse>(
                service, METHODID_BATCH_CREATE_VERIFICATIONS)))
        .addMethod(
          getBatchUpdateVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchUpdateVerificationsRequest,
              dev.modelstore.auth.v1.BatchUpdateVerificationsResponse>(
                service, METHODID_BATCH_UPDATE_VERIFICATIONS)))
        .addMethod(
          getBatchDeleteVerificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchDeleteVerificationsRequest,
              dev.modelstore.auth.v1.BatchDeleteVerificationsResponse>(
                service, METHODID_BATCH_DELETE_VERIFICATIONS)))
        .addMethod(
          getConsumeVerificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.ConsumeVerificationRequest,
              dev.modelstore.auth.v1.ConsumeVerificationResponse>(
                service, METHODID_CONSUME_VERIFICATION)))
        .build();
  }

  private static abstract class VerificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    VerificationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.auth.v1.VerificationProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("VerificationService");
    }
  }

  private static final class VerificationServiceFileDescriptorSupplier
      extends VerificationServiceBaseDescriptorSupplier {
    VerificationServiceFileDescriptorSupplier() {}
  }

  private static final class VerificationServiceMethodDescriptorSupplier
      extends VerificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    VerificationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (VerificationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new VerificationServiceFileDescriptorSupplier())
              .addMethod(getCreateVerificationMethod())
              .addMethod(getGetVerificationMethod())
              .addMethod(getListVerificationsMethod())
              .addMethod(getPurgeVerificationsMethod())
              .addMethod(getUpdateVerificationMethod())
              .addMethod(getDeleteVerificationMethod())
              .addMethod(getBatchGetVerificationsMethod())
              .addMethod(getBatchCreateVerificationsMethod())
              .addMethod(getBatchUpdateVerificationsMethod())
              .addMethod(getBatchDeleteVerificationsMethod())
              .addMethod(getConsumeVerificationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
