package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages users' credentials for external platforms.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PlatformCredentialServiceGrpc {

  private PlatformCredentialServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.PlatformCredentialService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePlatformCredentialRequest,
      dev.modelstore.iam.v1.CreatePlatformCredentialResponse> getCreatePlatformCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePlatformCredential",
      requestType = dev.modelstore.iam.v1.CreatePlatformCredentialRequest.class,
      responseType = dev.modelstore.iam.v1.CreatePlatformCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePlatformCredentialRequest,
      dev.modelstore.iam.v1.CreatePlatformCredentialResponse> getCreatePlatformCredentialMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePlatformCredentialRequest, dev.modelstore.iam.v1.CreatePlatformCredentialResponse> getCreatePlatformCredentialMethod;
    if ((getCreatePlatformCredentialMethod = PlatformCredentialServiceGrpc.getCreatePlatformCredentialMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getCreatePlatformCredentialMethod = PlatformCredentialServiceGrpc.getCreatePlatformCredentialMethod) == null) {
          PlatformCredentialServiceGrpc.getCreatePlatformCredentialMethod = getCreatePlatformCredentialMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreatePlatformCredentialRequest, dev.modelstore.iam.v1.CreatePlatformCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePlatformCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePlatformCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePlatformCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("CreatePlatformCredential"))
              .build();
        }
      }
    }
    return getCreatePlatformCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialRequest,
      dev.modelstore.iam.v1.GetPlatformCredentialResponse> getGetPlatformCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPlatformCredential",
      requestType = dev.modelstore.iam.v1.GetPlatformCredentialRequest.class,
      responseType = dev.modelstore.iam.v1.GetPlatformCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialRequest,
      dev.modelstore.iam.v1.GetPlatformCredentialResponse> getGetPlatformCredentialMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialRequest, dev.modelstore.iam.v1.GetPlatformCredentialResponse> getGetPlatformCredentialMethod;
    if ((getGetPlatformCredentialMethod = PlatformCredentialServiceGrpc.getGetPlatformCredentialMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getGetPlatformCredentialMethod = PlatformCredentialServiceGrpc.getGetPlatformCredentialMethod) == null) {
          PlatformCredentialServiceGrpc.getGetPlatformCredentialMethod = getGetPlatformCredentialMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetPlatformCredentialRequest, dev.modelstore.iam.v1.GetPlatformCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPlatformCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPlatformCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPlatformCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("GetPlatformCredential"))
              .build();
        }
      }
    }
    return getGetPlatformCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPlatformCredentialsRequest,
      dev.modelstore.iam.v1.ListPlatformCredentialsResponse> getListPlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPlatformCredentials",
      requestType = dev.modelstore.iam.v1.ListPlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.ListPlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPlatformCredentialsRequest,
      dev.modelstore.iam.v1.ListPlatformCredentialsResponse> getListPlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPlatformCredentialsRequest, dev.modelstore.iam.v1.ListPlatformCredentialsResponse> getListPlatformCredentialsMethod;
    if ((getListPlatformCredentialsMethod = PlatformCredentialServiceGrpc.getListPlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getListPlatformCredentialsMethod = PlatformCredentialServiceGrpc.getListPlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getListPlatformCredentialsMethod = getListPlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListPlatformCredentialsRequest, dev.modelstore.iam.v1.ListPlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("ListPlatformCredentials"))
              .build();
        }
      }
    }
    return getListPlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePlatformCredentialsRequest,
      dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> getPurgePlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgePlatformCredentials",
      requestType = dev.modelstore.iam.v1.PurgePlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.PurgePlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePlatformCredentialsRequest,
      dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> getPurgePlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePlatformCredentialsRequest, dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> getPurgePlatformCredentialsMethod;
    if ((getPurgePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getPurgePlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getPurgePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getPurgePlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getPurgePlatformCredentialsMethod = getPurgePlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgePlatformCredentialsRequest, dev.modelstore.iam.v1.PurgePlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgePlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("PurgePlatformCredentials"))
              .build();
        }
      }
    }
    return getPurgePlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePlatformCredentialRequest,
      dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> getUpdatePlatformCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdatePlatformCredential",
      requestType = dev.modelstore.iam.v1.UpdatePlatformCredentialRequest.class,
      responseType = dev.modelstore.iam.v1.UpdatePlatformCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePlatformCredentialRequest,
      dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> getUpdatePlatformCredentialMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePlatformCredentialRequest, dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> getUpdatePlatformCredentialMethod;
    if ((getUpdatePlatformCredentialMethod = PlatformCredentialServiceGrpc.getUpdatePlatformCredentialMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getUpdatePlatformCredentialMethod = PlatformCredentialServiceGrpc.getUpdatePlatformCredentialMethod) == null) {
          PlatformCredentialServiceGrpc.getUpdatePlatformCredentialMethod = getUpdatePlatformCredentialMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdatePlatformCredentialRequest, dev.modelstore.iam.v1.UpdatePlatformCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdatePlatformCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePlatformCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePlatformCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("UpdatePlatformCredential"))
              .build();
        }
      }
    }
    return getUpdatePlatformCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePlatformCredentialRequest,
      dev.modelstore.iam.v1.DeletePlatformCredentialResponse> getDeletePlatformCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeletePlatformCredential",
      requestType = dev.modelstore.iam.v1.DeletePlatformCredentialRequest.class,
      responseType = dev.modelstore.iam.v1.DeletePlatformCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePlatformCredentialRequest,
      dev.modelstore.iam.v1.DeletePlatformCredentialResponse> getDeletePlatformCredentialMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePlatformCredentialRequest, dev.modelstore.iam.v1.DeletePlatformCredentialResponse> getDeletePlatformCredentialMethod;
    if ((getDeletePlatformCredentialMethod = PlatformCredentialServiceGrpc.getDeletePlatformCredentialMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getDeletePlatformCredentialMethod = PlatformCredentialServiceGrpc.getDeletePlatformCredentialMethod) == null) {
          PlatformCredentialServiceGrpc.getDeletePlatformCredentialMethod = getDeletePlatformCredentialMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeletePlatformCredentialRequest, dev.modelstore.iam.v1.DeletePlatformCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeletePlatformCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePlatformCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePlatformCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("DeletePlatformCredential"))
              .build();
        }
      }
    }
    return getDeletePlatformCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePlatformCredentialRequest,
      dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> getUndeletePlatformCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeletePlatformCredential",
      requestType = dev.modelstore.iam.v1.UndeletePlatformCredentialRequest.class,
      responseType = dev.modelstore.iam.v1.UndeletePlatformCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePlatformCredentialRequest,
      dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> getUndeletePlatformCredentialMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePlatformCredentialRequest, dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> getUndeletePlatformCredentialMethod;
    if ((getUndeletePlatformCredentialMethod = PlatformCredentialServiceGrpc.getUndeletePlatformCredentialMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getUndeletePlatformCredentialMethod = PlatformCredentialServiceGrpc.getUndeletePlatformCredentialMethod) == null) {
          PlatformCredentialServiceGrpc.getUndeletePlatformCredentialMethod = getUndeletePlatformCredentialMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeletePlatformCredentialRequest, dev.modelstore.iam.v1.UndeletePlatformCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeletePlatformCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePlatformCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePlatformCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("UndeletePlatformCredential"))
              .build();
        }
      }
    }
    return getUndeletePlatformCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> getBatchGetPlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetPlatformCredentials",
      requestType = dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> getBatchGetPlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest, dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> getBatchGetPlatformCredentialsMethod;
    if ((getBatchGetPlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchGetPlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getBatchGetPlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchGetPlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getBatchGetPlatformCredentialsMethod = getBatchGetPlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest, dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetPlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("BatchGetPlatformCredentials"))
              .build();
        }
      }
    }
    return getBatchGetPlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> getBatchCreatePlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreatePlatformCredentials",
      requestType = dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> getBatchCreatePlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> getBatchCreatePlatformCredentialsMethod;
    if ((getBatchCreatePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchCreatePlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getBatchCreatePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchCreatePlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getBatchCreatePlatformCredentialsMethod = getBatchCreatePlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreatePlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("BatchCreatePlatformCredentials"))
              .build();
        }
      }
    }
    return getBatchCreatePlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> getBatchUpdatePlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdatePlatformCredentials",
      requestType = dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> getBatchUpdatePlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> getBatchUpdatePlatformCredentialsMethod;
    if ((getBatchUpdatePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchUpdatePlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getBatchUpdatePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchUpdatePlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getBatchUpdatePlatformCredentialsMethod = getBatchUpdatePlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdatePlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("BatchUpdatePlatformCredentials"))
              .build();
        }
      }
    }
    return getBatchUpdatePlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> getBatchDeletePlatformCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeletePlatformCredentials",
      requestType = dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest,
      dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> getBatchDeletePlatformCredentialsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> getBatchDeletePlatformCredentialsMethod;
    if ((getBatchDeletePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchDeletePlatformCredentialsMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getBatchDeletePlatformCredentialsMethod = PlatformCredentialServiceGrpc.getBatchDeletePlatformCredentialsMethod) == null) {
          PlatformCredentialServiceGrpc.getBatchDeletePlatformCredentialsMethod = getBatchDeletePlatformCredentialsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest, dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeletePlatformCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("BatchDeletePlatformCredentials"))
              .build();
        }
      }
    }
    return getBatchDeletePlatformCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest,
      dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> getGetPlatformCredentialSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPlatformCredentialSecret",
      requestType = dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest.class,
      responseType = dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest,
      dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> getGetPlatformCredentialSecretMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest, dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> getGetPlatformCredentialSecretMethod;
    if ((getGetPlatformCredentialSecretMethod = PlatformCredentialServiceGrpc.getGetPlatformCredentialSecretMethod) == null) {
      synchronized (PlatformCredentialServiceGrpc.class) {
        if ((getGetPlatformCredentialSecretMethod = PlatformCredentialServiceGrpc.getGetPlatformCredentialSecretMethod) == null) {
          PlatformCredentialServiceGrpc.getGetPlatformCredentialSecretMethod = getGetPlatformCredentialSecretMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest, dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPlatformCredentialSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlatformCredentialServiceMethodDescriptorSupplier("GetPlatformCredentialSecret"))
              .build();
        }
      }
    }
    return getGetPlatformCredentialSecretMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PlatformCredentialServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceStub>() {
        @java.lang.Override
        public PlatformCredentialServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlatformCredentialServiceStub(channel, callOptions);
        }
      };
    return PlatformCredentialServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PlatformCredentialServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceBlockingV2Stub>() {
        @java.lang.Override
        public PlatformCredentialServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlatformCredentialServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PlatformCredentialServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PlatformCredentialServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceBlockingStub>() {
        @java.lang.Override
        public PlatformCredentialServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlatformCredentialServiceBlockingStub(channel, callOptions);
        }
      };
    return PlatformCredentialServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PlatformCredentialServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlatformCredentialServiceFutureStub>() {
        @java.lang.Override
        public PlatformCredentialServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlatformCredentialServiceFutureStub(channel, callOptions);
        }
      };
    return PlatformCredentialServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a platform credential.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the external account is already linked in the tenant),
     * FAILED_PRECONDITION (the tenant or owner user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    default void createPlatformCredential(dev.modelstore.iam.v1.CreatePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePlatformCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a platform credential by id. A deleted platform credential is
     * returned too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such platform
     * credential, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getPlatformCredential(dev.modelstore.iam.v1.GetPlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPlatformCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists platform credentials, one keyset page at a time. Only the caller
     * tenant's platform credentials are listed. Deleted platform credentials
     * are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listPlatformCredentials(dev.modelstore.iam.v1.ListPlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the platform credentials matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's platform credentials are seen. Entities that refer to a purged one
     * are deleted first where their reference cascades, as Delete does, so a
     * purge interrupted midway leaves no dangling reference. With `force` false
     * (the default) nothing is deleted: the response says how many would be, with
     * a sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgePlatformCredentials(dev.modelstore.iam.v1.PurgePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgePlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a platform credential.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * platform credential and allow_missing is false), ALREADY_EXISTS (the
     * external account is already linked in the tenant), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the tenant or owner user does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updatePlatformCredential(dev.modelstore.iam.v1.UpdatePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdatePlatformCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a platform credential (AIP-164): sets `is_active` to false
     * and returns the platform credential. UndeletePlatformCredential restores
     * it.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's, or
     * it is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deletePlatformCredential(dev.modelstore.iam.v1.DeletePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeletePlatformCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted platform credential: sets `is_active` back to true and
     * returns the platform credential.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's),
     * ALREADY_EXISTS (the platform credential is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void undeletePlatformCredential(dev.modelstore.iam.v1.UndeletePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeletePlatformCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several platform credentials by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetPlatformCredentials(dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetPlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 platform credentials in one call, all or none (AIP-233):
     * each item as CreatePlatformCredential would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchCreatePlatformCredentials(dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreatePlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 platform credentials in one call, all or none (AIP-234):
     * each item as UpdatePlatformCredential would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdatePlatformCredentials(dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdatePlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 platform credentials in one call, all or none (AIP-235):
     * each item as DeletePlatformCredential would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeletePlatformCredentials(dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeletePlatformCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the decrypted OAuth tokens of a platform credential. This is the
     * one RPC that returns them: it exists to hand secrets to the service that
     * calls the platform, so restrict who may call it. The tokens are never
     * logged. A deleted platform credential is NOT_FOUND here (unlike
     * GetPlatformCredential): its tokens must no longer be used.
     * Errors: NOT_FOUND (no such platform credential, another tenant's, or a
     * deleted one), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), INTERNAL (a token cannot be decrypted with the
     * configured keys), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void getPlatformCredentialSecret(dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPlatformCredentialSecretMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PlatformCredentialService.
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public static abstract class PlatformCredentialServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PlatformCredentialServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PlatformCredentialService.
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public static final class PlatformCredentialServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PlatformCredentialServiceStub> {
    private PlatformCredentialServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlatformCredentialServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlatformCredentialServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a platform credential.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the external account is already linked in the tenant),
     * FAILED_PRECONDITION (the tenant or owner user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public void createPlatformCredential(dev.modelstore.iam.v1.CreatePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePlatformCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a platform credential by id. A deleted platform credential is
     * returned too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such platform
     * credential, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getPlatformCredential(dev.modelstore.iam.v1.GetPlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPlatformCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists platform credentials, one keyset page at a time. Only the caller
     * tenant's platform credentials are listed. Deleted platform credentials
     * are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listPlatformCredentials(dev.modelstore.iam.v1.ListPlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the platform credentials matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's platform credentials are seen. Entities that refer to a purged one
     * are deleted first where their reference cascades, as Delete does, so a
     * purge interrupted midway leaves no dangling reference. With `force` false
     * (the default) nothing is deleted: the response says how many would be, with
     * a sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgePlatformCredentials(dev.modelstore.iam.v1.PurgePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgePlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a platform credential.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * platform credential and allow_missing is false), ALREADY_EXISTS (the
     * external account is already linked in the tenant), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the tenant or owner user does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updatePlatformCredential(dev.modelstore.iam.v1.UpdatePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdatePlatformCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a platform credential (AIP-164): sets `is_active` to false
     * and returns the platform credential. UndeletePlatformCredential restores
     * it.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's, or
     * it is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deletePlatformCredential(dev.modelstore.iam.v1.DeletePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeletePlatformCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted platform credential: sets `is_active` back to true and
     * returns the platform credential.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's),
     * ALREADY_EXISTS (the platform credential is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void undeletePlatformCredential(dev.modelstore.iam.v1.UndeletePlatformCredentialRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeletePlatformCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several platform credentials by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetPlatformCredentials(dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetPlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 platform credentials in one call, all or none (AIP-233):
     * each item as CreatePlatformCredential would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchCreatePlatformCredentials(dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreatePlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 platform credentials in one call, all or none (AIP-234):
     * each item as UpdatePlatformCredential would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdatePlatformCredentials(dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdatePlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 platform credentials in one call, all or none (AIP-235):
     * each item as DeletePlatformCredential would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeletePlatformCredentials(dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeletePlatformCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the decrypted OAuth tokens of a platform credential. This is the
     * one RPC that returns them: it exists to hand secrets to the service that
     * calls the platform, so restrict who may call it. The tokens are never
     * logged. A deleted platform credential is NOT_FOUND here (unlike
     * GetPlatformCredential): its tokens must no longer be used.
     * Errors: NOT_FOUND (no such platform credential, another tenant's, or a
     * deleted one), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), INTERNAL (a token cannot be decrypted with the
     * configured keys), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void getPlatformCredentialSecret(dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPlatformCredentialSecretMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PlatformCredentialService.
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public static final class PlatformCredentialServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PlatformCredentialServiceBlockingV2Stub> {
    private PlatformCredentialServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlatformCredentialServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlatformCredentialServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a platform credential.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the external account is already linked in the tenant),
     * FAILED_PRECONDITION (the tenant or owner user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePlatformCredentialResponse createPlatformCredential(dev.modelstore.iam.v1.CreatePlatformCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreatePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a platform credential by id. A deleted platform credential is
     * returned too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such platform
     * credential, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPlatformCredentialResponse getPlatformCredential(dev.modelstore.iam.v1.GetPlatformCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists platform credentials, one keyset page at a time. Only the caller
     * tenant's platform credentials are listed. Deleted platform credentials
     * are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPlatformCredentialsResponse listPlatformCredentials(dev.modelstore.iam.v1.ListPlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the platform credentials matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's platform credentials are seen. Entities that refer to a purged one
     * are deleted first where their reference cascades, as Delete does, so a
     * purge interrupted midway leaves no dangling reference. With `force` false
     * (the default) nothing is deleted: the response says how many would be, with
     * a sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgePlatformCredentialsResponse purgePlatformCredentials(dev.modelstore.iam.v1.PurgePlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a platform credential.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * platform credential and allow_missing is false), ALREADY_EXISTS (the
     * external account is already linked in the tenant), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the tenant or owner user does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePlatformCredentialResponse updatePlatformCredential(dev.modelstore.iam.v1.UpdatePlatformCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdatePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a platform credential (AIP-164): sets `is_active` to false
     * and returns the platform credential. UndeletePlatformCredential restores
     * it.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's, or
     * it is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePlatformCredentialResponse deletePlatformCredential(dev.modelstore.iam.v1.DeletePlatformCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeletePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted platform credential: sets `is_active` back to true and
     * returns the platform credential.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's),
     * ALREADY_EXISTS (the platform credential is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePlatformCredentialResponse undeletePlatformCredential(dev.modelstore.iam.v1.UndeletePlatformCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeletePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several platform credentials by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse batchGetPlatformCredentials(dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetPlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 platform credentials in one call, all or none (AIP-233):
     * each item as CreatePlatformCredential would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse batchCreatePlatformCredentials(dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreatePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 platform credentials in one call, all or none (AIP-234):
     * each item as UpdatePlatformCredential would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse batchUpdatePlatformCredentials(dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdatePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 platform credentials in one call, all or none (AIP-235):
     * each item as DeletePlatformCredential would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse batchDeletePlatformCredentials(dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeletePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the decrypted OAuth tokens of a platform credential. This is the
     * one RPC that returns them: it exists to hand secrets to the service that
     * calls the platform, so restrict who may call it. The tokens are never
     * logged. A deleted platform credential is NOT_FOUND here (unlike
     * GetPlatformCredential): its tokens must no longer be used.
     * Errors: NOT_FOUND (no such platform credential, another tenant's, or a
     * deleted one), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), INTERNAL (a token cannot be decrypted with the
     * configured keys), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse getPlatformCredentialSecret(dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPlatformCredentialSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PlatformCredentialService.
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public static final class PlatformCredentialServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PlatformCredentialServiceBlockingStub> {
    private PlatformCredentialServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlatformCredentialServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlatformCredentialServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a platform credential.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the external account is already linked in the tenant),
     * FAILED_PRECONDITION (the tenant or owner user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePlatformCredentialResponse createPlatformCredential(dev.modelstore.iam.v1.CreatePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a platform credential by id. A deleted platform credential is
     * returned too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such platform
     * credential, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPlatformCredentialResponse getPlatformCredential(dev.modelstore.iam.v1.GetPlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists platform credentials, one keyset page at a time. Only the caller
     * tenant's platform credentials are listed. Deleted platform credentials
     * are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPlatformCredentialsResponse listPlatformCredentials(dev.modelstore.iam.v1.ListPlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the platform credentials matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's platform credentials are seen. Entities that refer to a purged one
     * are deleted first where their reference cascades, as Delete does, so a
     * purge interrupted midway leaves no dangling reference. With `force` false
     * (the default) nothing is deleted: the response says how many would be, with
     * a sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgePlatformCredentialsResponse purgePlatformCredentials(dev.modelstore.iam.v1.PurgePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a platform credential.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * platform credential and allow_missing is false), ALREADY_EXISTS (the
     * external account is already linked in the tenant), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the tenant or owner user does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePlatformCredentialResponse updatePlatformCredential(dev.modelstore.iam.v1.UpdatePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdatePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a platform credential (AIP-164): sets `is_active` to false
     * and returns the platform credential. UndeletePlatformCredential restores
     * it.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's, or
     * it is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePlatformCredentialResponse deletePlatformCredential(dev.modelstore.iam.v1.DeletePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeletePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted platform credential: sets `is_active` back to true and
     * returns the platform credential.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's),
     * ALREADY_EXISTS (the platform credential is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePlatformCredentialResponse undeletePlatformCredential(dev.modelstore.iam.v1.UndeletePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeletePlatformCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several platform credentials by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse batchGetPlatformCredentials(dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetPlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 platform credentials in one call, all or none (AIP-233):
     * each item as CreatePlatformCredential would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse batchCreatePlatformCredentials(dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreatePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 platform credentials in one call, all or none (AIP-234):
     * each item as UpdatePlatformCredential would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse batchUpdatePlatformCredentials(dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdatePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 platform credentials in one call, all or none (AIP-235):
     * each item as DeletePlatformCredential would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse batchDeletePlatformCredentials(dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeletePlatformCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the decrypted OAuth tokens of a platform credential. This is the
     * one RPC that returns them: it exists to hand secrets to the service that
     * calls the platform, so restrict who may call it. The tokens are never
     * logged. A deleted platform credential is NOT_FOUND here (unlike
     * GetPlatformCredential): its tokens must no longer be used.
     * Errors: NOT_FOUND (no such platform credential, another tenant's, or a
     * deleted one), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), INTERNAL (a token cannot be decrypted with the
     * configured keys), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse getPlatformCredentialSecret(dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPlatformCredentialSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PlatformCredentialService.
   * <pre>
   * Manages users' credentials for external platforms.
   * </pre>
   */
  public static final class PlatformCredentialServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PlatformCredentialServiceFutureStub> {
    private PlatformCredentialServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlatformCredentialServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlatformCredentialServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a platform credential.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the external account is already linked in the tenant),
     * FAILED_PRECONDITION (the tenant or owner user does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreatePlatformCredentialResponse> createPlatformCredential(
        dev.modelstore.iam.v1.CreatePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePlatformCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a platform credential by id. A deleted platform credential is
     * returned too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such platform
     * credential, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetPlatformCredentialResponse> getPlatformCredential(
        dev.modelstore.iam.v1.GetPlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPlatformCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists platform credentials, one keyset page at a time. Only the caller
     * tenant's platform credentials are listed. Deleted platform credentials
     * are left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListPlatformCredentialsResponse> listPlatformCredentials(
        dev.modelstore.iam.v1.ListPlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the platform credentials matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's platform credentials are seen. Entities that refer to a purged one
     * are deleted first where their reference cascades, as Delete does, so a
     * purge interrupted midway leaves no dangling reference. With `force` false
     * (the default) nothing is deleted: the response says how many would be, with
     * a sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgePlatformCredentialsResponse> purgePlatformCredentials(
        dev.modelstore.iam.v1.PurgePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgePlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a platform credential.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * platform credential and allow_missing is false), ALREADY_EXISTS (the
     * external account is already linked in the tenant), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the tenant or owner user does not exist;
     * no `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdatePlatformCredentialResponse> updatePlatformCredential(
        dev.modelstore.iam.v1.UpdatePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdatePlatformCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a platform credential (AIP-164): sets `is_active` to false
     * and returns the platform credential. UndeletePlatformCredential restores
     * it.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's, or
     * it is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeletePlatformCredentialResponse> deletePlatformCredential(
        dev.modelstore.iam.v1.DeletePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeletePlatformCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted platform credential: sets `is_active` back to true and
     * returns the platform credential.
     * Errors: NOT_FOUND (no such platform credential, or another tenant's),
     * ALREADY_EXISTS (the platform credential is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeletePlatformCredentialResponse> undeletePlatformCredential(
        dev.modelstore.iam.v1.UndeletePlatformCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeletePlatformCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several platform credentials by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse> batchGetPlatformCredentials(
        dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetPlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 platform credentials in one call, all or none (AIP-233):
     * each item as CreatePlatformCredential would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse> batchCreatePlatformCredentials(
        dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreatePlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 platform credentials in one call, all or none (AIP-234):
     * each item as UpdatePlatformCredential would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].platform_credential.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse> batchUpdatePlatformCredentials(
        dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdatePlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 platform credentials in one call, all or none (AIP-235):
     * each item as DeletePlatformCredential would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePlatformCredential, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse> batchDeletePlatformCredentials(
        dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeletePlatformCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the decrypted OAuth tokens of a platform credential. This is the
     * one RPC that returns them: it exists to hand secrets to the service that
     * calls the platform, so restrict who may call it. The tokens are never
     * logged. A deleted platform credential is NOT_FOUND here (unlike
     * GetPlatformCredential): its tokens must no longer be used.
     * Errors: NOT_FOUND (no such platform credential, another tenant's, or a
     * deleted one), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), INTERNAL (a token cannot be decrypted with the
     * configured keys), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse> getPlatformCredentialSecret(
        dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPlatformCredentialSecretMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_PLATFORM_CREDENTIAL = 0;
  private static final int METHODID_GET_PLATFORM_CREDENTIAL = 1;
  private static final int METHODID_LIST_PLATFORM_CREDENTIALS = 2;
  private static final int METHODID_PURGE_PLATFORM_CREDENTIALS = 3;
  private static final int METHODID_UPDATE_PLATFORM_CREDENTIAL = 4;
  private static final int METHODID_DELETE_PLATFORM_CREDENTIAL = 5;
  private static final int METHODID_UNDELETE_PLATFORM_CREDENTIAL = 6;
  private static final int METHODID_BATCH_GET_PLATFORM_CREDENTIALS = 7;
  private static final int METHODID_BATCH_CREATE_PLATFORM_CREDENTIALS = 8;
  private static final int METHODID_BATCH_UPDATE_PLATFORM_CREDENTIALS = 9;
  private static final int METHODID_BATCH_DELETE_PLATFORM_CREDENTIALS = 10;
  private static final int METHODID_GET_PLATFORM_CREDENTIAL_SECRET = 11;

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
        case METHODID_CREATE_PLATFORM_CREDENTIAL:
          serviceImpl.createPlatformCredential((dev.modelstore.iam.v1.CreatePlatformCredentialRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePlatformCredentialResponse>) responseObserver);
          break;
        case METHODID_GET_PLATFORM_CREDENTIAL:
          serviceImpl.getPlatformCredential((dev.modelstore.iam.v1.GetPlatformCredentialRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialResponse>) responseObserver);
          break;
        case METHODID_LIST_PLATFORM_CREDENTIALS:
          serviceImpl.listPlatformCredentials((dev.modelstore.iam.v1.ListPlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_PURGE_PLATFORM_CREDENTIALS:
          serviceImpl.purgePlatformCredentials((dev.modelstore.iam.v1.PurgePlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PLATFORM_CREDENTIAL:
          serviceImpl.updatePlatformCredential((dev.modelstore.iam.v1.UpdatePlatformCredentialRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePlatformCredentialResponse>) responseObserver);
          break;
        case METHODID_DELETE_PLATFORM_CREDENTIAL:
          serviceImpl.deletePlatformCredential((dev.modelstore.iam.v1.DeletePlatformCredentialRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePlatformCredentialResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_PLATFORM_CREDENTIAL:
          serviceImpl.undeletePlatformCredential((dev.modelstore.iam.v1.UndeletePlatformCredentialRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePlatformCredentialResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_PLATFORM_CREDENTIALS:
          serviceImpl.batchGetPlatformCredentials((dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_PLATFORM_CREDENTIALS:
          serviceImpl.batchCreatePlatformCredentials((dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_PLATFORM_CREDENTIALS:
          serviceImpl.batchUpdatePlatformCredentials((dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_PLATFORM_CREDENTIALS:
          serviceImpl.batchDeletePlatformCredentials((dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse>) responseObserver);
          break;
        case METHODID_GET_PLATFORM_CREDENTIAL_SECRET:
          serviceImpl.getPlatformCredentialSecret((dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse>) responseObserver);
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
          getCreatePlatformCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreatePlatformCredentialRequest,
              dev.modelstore.iam.v1.CreatePlatformCredentialResponse>(
                service, METHODID_CREATE_PLATFORM_CREDENTIAL)))
        .addMethod(
          getGetPlatformCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetPlatformCredentialRequest,
              dev.modelstore.iam.v1.GetPlatformCredentialResponse>(
                service, METHODID_GET_PLATFORM_CREDENTIAL)))
        .addMethod(
          getListPlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListPlatformCredentialsRequest,
              dev.modelstore.iam.v1.ListPlatformCredentialsResponse>(
                service, METHODID_LIST_PLATFORM_CREDENTIALS)))
        .addMethod(
          getPurgePlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgePlatformCredentialsRequest,
              dev.modelstore.iam.v1.PurgePlatformCredentialsResponse>(
                service, METHODID_PURGE_PLATFORM_CREDENTIALS)))
        .addMethod(
          getUpdatePlatformCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdatePlatformCredentialRequest,
              dev.modelstore.iam.v1.UpdatePlatformCredentialResponse>(
                service, METHODID_UPDATE_PLATFORM_CREDENTIAL)))
        .addMethod(
          getDeletePlatformCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeletePlatformCredentialRequest,
              dev.modelstore.iam.v1.DeletePlatformCredentialResponse>(
                service, METHODID_DELETE_PLATFORM_CREDENTIAL)))
        .addMethod(
          getUndeletePlatformCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeletePlatformCredentialRequest,
              dev.modelstore.iam.v1.UndeletePlatformCredentialResponse>(
                service, METHODID_UNDELETE_PLATFORM_CREDENTIAL)))
        .addMethod(
          getBatchGetPlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetPlatformCredentialsRequest,
              dev.modelstore.iam.v1.BatchGetPlatformCredentialsResponse>(
                service, METHODID_BATCH_GET_PLATFORM_CREDENTIALS)))
        .addMethod(
          getBatchCreatePlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreatePlatformCredentialsRequest,
              dev.modelstore.iam.v1.BatchCreatePlatformCredentialsResponse>(
                service, METHODID_BATCH_CREATE_PLATFORM_CREDENTIALS)))
        .addMethod(
          getBatchUpdatePlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsRequest,
              dev.modelstore.iam.v1.BatchUpdatePlatformCredentialsResponse>(
                service, METHODID_BATCH_UPDATE_PLATFORM_CREDENTIALS)))
        .addMethod(
          getBatchDeletePlatformCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeletePlatformCredentialsRequest,
              dev.modelstore.iam.v1.BatchDeletePlatformCredentialsResponse>(
                service, METHODID_BATCH_DELETE_PLATFORM_CREDENTIALS)))
        .addMethod(
          getGetPlatformCredentialSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetPlatformCredentialSecretRequest,
              dev.modelstore.iam.v1.GetPlatformCredentialSecretResponse>(
                service, METHODID_GET_PLATFORM_CREDENTIAL_SECRET)))
        .build();
  }

  private static abstract class PlatformCredentialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PlatformCredentialServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.PlatformCredentialProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PlatformCredentialService");
    }
  }

  private static final class PlatformCredentialServiceFileDescriptorSupplier
      extends PlatformCredentialServiceBaseDescriptorSupplier {
    PlatformCredentialServiceFileDescriptorSupplier() {}
  }

  private static final class PlatformCredentialServiceMethodDescriptorSupplier
      extends PlatformCredentialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PlatformCredentialServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PlatformCredentialServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PlatformCredentialServiceFileDescriptorSupplier())
              .addMethod(getCreatePlatformCredentialMethod())
              .addMethod(getGetPlatformCredentialMethod())
              .addMethod(getListPlatformCredentialsMethod())
              .addMethod(getPurgePlatformCredentialsMethod())
              .addMethod(getUpdatePlatformCredentialMethod())
              .addMethod(getDeletePlatformCredentialMethod())
              .addMethod(getUndeletePlatformCredentialMethod())
              .addMethod(getBatchGetPlatformCredentialsMethod())
              .addMethod(getBatchCreatePlatformCredentialsMethod())
              .addMethod(getBatchUpdatePlatformCredentialsMethod())
              .addMethod(getBatchDeletePlatformCredentialsMethod())
              .addMethod(getGetPlatformCredentialSecretMethod())
              .build();
        }
      }
    }
    return result;
  }
}
