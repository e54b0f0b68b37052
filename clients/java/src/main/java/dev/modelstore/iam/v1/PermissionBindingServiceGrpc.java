package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages permission bindings, the grants of permissions to roles.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PermissionBindingServiceGrpc {

  private PermissionBindingServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.PermissionBindingService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionBindingRequest,
      dev.modelstore.iam.v1.CreatePermissionBindingResponse> getCreatePermissionBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePermissionBinding",
      requestType = dev.modelstore.iam.v1.CreatePermissionBindingRequest.class,
      responseType = dev.modelstore.iam.v1.CreatePermissionBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionBindingRequest,
      dev.modelstore.iam.v1.CreatePermissionBindingResponse> getCreatePermissionBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionBindingRequest, dev.modelstore.iam.v1.CreatePermissionBindingResponse> getCreatePermissionBindingMethod;
    if ((getCreatePermissionBindingMethod = PermissionBindingServiceGrpc.getCreatePermissionBindingMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getCreatePermissionBindingMethod = PermissionBindingServiceGrpc.getCreatePermissionBindingMethod) == null) {
          PermissionBindingServiceGrpc.getCreatePermissionBindingMethod = getCreatePermissionBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreatePermissionBindingRequest, dev.modelstore.iam.v1.CreatePermissionBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePermissionBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePermissionBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePermissionBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("CreatePermissionBinding"))
              .build();
        }
      }
    }
    return getCreatePermissionBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionBindingRequest,
      dev.modelstore.iam.v1.GetPermissionBindingResponse> getGetPermissionBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPermissionBinding",
      requestType = dev.modelstore.iam.v1.GetPermissionBindingRequest.class,
      responseType = dev.modelstore.iam.v1.GetPermissionBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionBindingRequest,
      dev.modelstore.iam.v1.GetPermissionBindingResponse> getGetPermissionBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionBindingRequest, dev.modelstore.iam.v1.GetPermissionBindingResponse> getGetPermissionBindingMethod;
    if ((getGetPermissionBindingMethod = PermissionBindingServiceGrpc.getGetPermissionBindingMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getGetPermissionBindingMethod = PermissionBindingServiceGrpc.getGetPermissionBindingMethod) == null) {
          PermissionBindingServiceGrpc.getGetPermissionBindingMethod = getGetPermissionBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetPermissionBindingRequest, dev.modelstore.iam.v1.GetPermissionBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPermissionBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPermissionBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPermissionBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("GetPermissionBinding"))
              .build();
        }
      }
    }
    return getGetPermissionBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionBindingsRequest,
      dev.modelstore.iam.v1.ListPermissionBindingsResponse> getListPermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPermissionBindings",
      requestType = dev.modelstore.iam.v1.ListPermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.ListPermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionBindingsRequest,
      dev.modelstore.iam.v1.ListPermissionBindingsResponse> getListPermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionBindingsRequest, dev.modelstore.iam.v1.ListPermissionBindingsResponse> getListPermissionBindingsMethod;
    if ((getListPermissionBindingsMethod = PermissionBindingServiceGrpc.getListPermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getListPermissionBindingsMethod = PermissionBindingServiceGrpc.getListPermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getListPermissionBindingsMethod = getListPermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListPermissionBindingsRequest, dev.modelstore.iam.v1.ListPermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("ListPermissionBindings"))
              .build();
        }
      }
    }
    return getListPermissionBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionBindingsRequest,
      dev.modelstore.iam.v1.PurgePermissionBindingsResponse> getPurgePermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgePermissionBindings",
      requestType = dev.modelstore.iam.v1.PurgePermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.PurgePermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionBindingsRequest,
      dev.modelstore.iam.v1.PurgePermissionBindingsResponse> getPurgePermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionBindingsRequest, dev.modelstore.iam.v1.PurgePermissionBindingsResponse> getPurgePermissionBindingsMethod;
    if ((getPurgePermissionBindingsMethod = PermissionBindingServiceGrpc.getPurgePermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getPurgePermissionBindingsMethod = PermissionBindingServiceGrpc.getPurgePermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getPurgePermissionBindingsMethod = getPurgePermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgePermissionBindingsRequest, dev.modelstore.iam.v1.PurgePermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgePermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("PurgePermissionBindings"))
              .build();
        }
      }
    }
    return getPurgePermissionBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionBindingRequest,
      dev.modelstore.iam.v1.UpdatePermissionBindingResponse> getUpdatePermissionBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdatePermissionBinding",
      requestType = dev.modelstore.iam.v1.UpdatePermissionBindingRequest.class,
      responseType = dev.modelstore.iam.v1.UpdatePermissionBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionBindingRequest,
      dev.modelstore.iam.v1.UpdatePermissionBindingResponse> getUpdatePermissionBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionBindingRequest, dev.modelstore.iam.v1.UpdatePermissionBindingResponse> getUpdatePermissionBindingMethod;
    if ((getUpdatePermissionBindingMethod = PermissionBindingServiceGrpc.getUpdatePermissionBindingMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getUpdatePermissionBindingMethod = PermissionBindingServiceGrpc.getUpdatePermissionBindingMethod) == null) {
          PermissionBindingServiceGrpc.getUpdatePermissionBindingMethod = getUpdatePermissionBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdatePermissionBindingRequest, dev.modelstore.iam.v1.UpdatePermissionBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdatePermissionBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePermissionBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePermissionBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("UpdatePermissionBinding"))
              .build();
        }
      }
    }
    return getUpdatePermissionBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionBindingRequest,
      dev.modelstore.iam.v1.DeletePermissionBindingResponse> getDeletePermissionBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeletePermissionBinding",
      requestType = dev.modelstore.iam.v1.DeletePermissionBindingRequest.class,
      responseType = dev.modelstore.iam.v1.DeletePermissionBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionBindingRequest,
      dev.modelstore.iam.v1.DeletePermissionBindingResponse> getDeletePermissionBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionBindingRequest, dev.modelstore.iam.v1.DeletePermissionBindingResponse> getDeletePermissionBindingMethod;
    if ((getDeletePermissionBindingMethod = PermissionBindingServiceGrpc.getDeletePermissionBindingMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getDeletePermissionBindingMethod = PermissionBindingServiceGrpc.getDeletePermissionBindingMethod) == null) {
          PermissionBindingServiceGrpc.getDeletePermissionBindingMethod = getDeletePermissionBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeletePermissionBindingRequest, dev.modelstore.iam.v1.DeletePermissionBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeletePermissionBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePermissionBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePermissionBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("DeletePermissionBinding"))
              .build();
        }
      }
    }
    return getDeletePermissionBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionBindingRequest,
      dev.modelstore.iam.v1.UndeletePermissionBindingResponse> getUndeletePermissionBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeletePermissionBinding",
      requestType = dev.modelstore.iam.v1.UndeletePermissionBindingRequest.class,
      responseType = dev.modelstore.iam.v1.UndeletePermissionBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionBindingRequest,
      dev.modelstore.iam.v1.UndeletePermissionBindingResponse> getUndeletePermissionBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionBindingRequest, dev.modelstore.iam.v1.UndeletePermissionBindingResponse> getUndeletePermissionBindingMethod;
    if ((getUndeletePermissionBindingMethod = PermissionBindingServiceGrpc.getUndeletePermissionBindingMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getUndeletePermissionBindingMethod = PermissionBindingServiceGrpc.getUndeletePermissionBindingMethod) == null) {
          PermissionBindingServiceGrpc.getUndeletePermissionBindingMethod = getUndeletePermissionBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeletePermissionBindingRequest, dev.modelstore.iam.v1.UndeletePermissionBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeletePermissionBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePermissionBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePermissionBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("UndeletePermissionBinding"))
              .build();
        }
      }
    }
    return getUndeletePermissionBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> getBatchGetPermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetPermissionBindings",
      requestType = dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> getBatchGetPermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest, dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> getBatchGetPermissionBindingsMethod;
    if ((getBatchGetPermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchGetPermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getBatchGetPermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchGetPermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getBatchGetPermissionBindingsMethod = getBatchGetPermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest, dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetPermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("BatchGetPermissionBindings"))
              .build();
        }
      }
    }
    return getBatchGetPermissionBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> getBatchCreatePermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreatePermissionBindings",
      requestType = dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> getBatchCreatePermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest, dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> getBatchCreatePermissionBindingsMethod;
    if ((getBatchCreatePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchCreatePermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getBatchCreatePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchCreatePermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getBatchCreatePermissionBindingsMethod = getBatchCreatePermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest, dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreatePermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("BatchCreatePermissionBindings"))
              .build();
        }
      }
    }
    return getBatchCreatePermissionBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> getBatchUpdatePermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdatePermissionBindings",
      requestType = dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> getBatchUpdatePermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest, dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> getBatchUpdatePermissionBindingsMethod;
    if ((getBatchUpdatePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchUpdatePermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getBatchUpdatePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchUpdatePermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getBatchUpdatePermissionBindingsMethod = getBatchUpdatePermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest, dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdatePermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("BatchUpdatePermissionBindings"))
              .build();
        }
      }
    }
    return getBatchUpdatePermissionBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> getBatchDeletePermissionBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeletePermissionBindings",
      requestType = dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest,
      dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> getBatchDeletePermissionBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest, dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> getBatchDeletePermissionBindingsMethod;
    if ((getBatchDeletePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchDeletePermissionBindingsMethod) == null) {
      synchronized (PermissionBindingServiceGrpc.class) {
        if ((getBatchDeletePermissionBindingsMethod = PermissionBindingServiceGrpc.getBatchDeletePermissionBindingsMethod) == null) {
          PermissionBindingServiceGrpc.getBatchDeletePermissionBindingsMethod = getBatchDeletePermissionBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest, dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeletePermissionBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionBindingServiceMethodDescriptorSupplier("BatchDeletePermissionBindings"))
              .build();
        }
      }
    }
    return getBatchDeletePermissionBindingsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PermissionBindingServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceStub>() {
        @java.lang.Override
        public PermissionBindingServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionBindingServiceStub(channel, callOptions);
        }
      };
    return PermissionBindingServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PermissionBindingServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceBlockingV2Stub>() {
        @java.lang.Override
        public PermissionBindingServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionBindingServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PermissionBindingServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PermissionBindingServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceBlockingStub>() {
        @java.lang.Override
        public PermissionBindingServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionBindingServiceBlockingStub(channel, callOptions);
        }
      };
    return PermissionBindingServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PermissionBindingServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionBindingServiceFutureStub>() {
        @java.lang.Override
        public PermissionBindingServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionBindingServiceFutureStub(channel, callOptions);
        }
      };
    return PermissionBindingServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a permission binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the role already holds the permission), FAILED_PRECONDITION
     * (the tenant, role or permission does not exist; no `x-tenant-id` header
     * and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createPermissionBinding(dev.modelstore.iam.v1.CreatePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePermissionBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a permission binding by id. A deleted permission binding is returned
     * too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getPermissionBinding(dev.modelstore.iam.v1.GetPermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPermissionBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists permission bindings, one keyset page at a time. Only the caller
     * tenant's permission bindings are listed. Deleted permission bindings are
     * left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listPermissionBindings(dev.modelstore.iam.v1.ListPermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPermissionBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the permission bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permission bindings are seen. Entities that refer to a purged one
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
    default void purgePermissionBindings(dev.modelstore.iam.v1.PurgePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgePermissionBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a permission binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission binding and allow_missing is false), ALREADY_EXISTS (the role
     * already holds the permission), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the tenant, role or permission does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updatePermissionBinding(dev.modelstore.iam.v1.UpdatePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdatePermissionBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a permission binding (AIP-164): sets `is_active` to false
     * and returns the permission binding. UndeletePermissionBinding restores
     * it.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's, or it
     * is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deletePermissionBinding(dev.modelstore.iam.v1.DeletePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeletePermissionBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted permission binding: sets `is_active` back to true and
     * returns the permission binding.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's),
     * ALREADY_EXISTS (the permission binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void undeletePermissionBinding(dev.modelstore.iam.v1.UndeletePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeletePermissionBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several permission bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetPermissionBindings(dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetPermissionBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 permission bindings in one call, all or none (AIP-233):
     * each item as CreatePermissionBinding would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchCreatePermissionBindings(dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreatePermissionBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 permission bindings in one call, all or none (AIP-234):
     * each item as UpdatePermissionBinding would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdatePermissionBindings(dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdatePermissionBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 permission bindings in one call, all or none (AIP-235):
     * each item as DeletePermissionBinding would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeletePermissionBindings(dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeletePermissionBindingsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PermissionBindingService.
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public static abstract class PermissionBindingServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PermissionBindingServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PermissionBindingService.
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public static final class PermissionBindingServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PermissionBindingServiceStub> {
    private PermissionBindingServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionBindingServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionBindingServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the role already holds the permission), FAILED_PRECONDITION
     * (the tenant, role or permission does not exist; no `x-tenant-id` header
     * and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createPermissionBinding(dev.modelstore.iam.v1.CreatePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePermissionBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a permission binding by id. A deleted permission binding is returned
     * too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getPermissionBinding(dev.modelstore.iam.v1.GetPermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPermissionBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists permission bindings, one keyset page at a time. Only the caller
     * tenant's permission bindings are listed. Deleted permission bindings are
     * left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listPermissionBindings(dev.modelstore.iam.v1.ListPermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the permission bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permission bindings are seen. Entities that refer to a purged one
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
    public void purgePermissionBindings(dev.modelstore.iam.v1.PurgePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgePermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a permission binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission binding and allow_missing is false), ALREADY_EXISTS (the role
     * already holds the permission), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the tenant, role or permission does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updatePermissionBinding(dev.modelstore.iam.v1.UpdatePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdatePermissionBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a permission binding (AIP-164): sets `is_active` to false
     * and returns the permission binding. UndeletePermissionBinding restores
     * it.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's, or it
     * is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deletePermissionBinding(dev.modelstore.iam.v1.DeletePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeletePermissionBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted permission binding: sets `is_active` back to true and
     * returns the permission binding.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's),
     * ALREADY_EXISTS (the permission binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void undeletePermissionBinding(dev.modelstore.iam.v1.UndeletePermissionBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeletePermissionBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several permission bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetPermissionBindings(dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetPermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 permission bindings in one call, all or none (AIP-233):
     * each item as CreatePermissionBinding would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchCreatePermissionBindings(dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreatePermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 permission bindings in one call, all or none (AIP-234):
     * each item as UpdatePermissionBinding would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdatePermissionBindings(dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdatePermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 permission bindings in one call, all or none (AIP-235):
     * each item as DeletePermissionBinding would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeletePermissionBindings(dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeletePermissionBindingsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PermissionBindingService.
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public static final class PermissionBindingServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PermissionBindingServiceBlockingV2Stub> {
    private PermissionBindingServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionBindingServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionBindingServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the role already holds the permission), FAILED_PRECONDITION
     * (the tenant, role or permission does not exist; no `x-tenant-id` header
     * and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePermissionBindingResponse createPermissionBinding(dev.modelstore.iam.v1.CreatePermissionBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreatePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a permission binding by id. A deleted permission binding is returned
     * too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPermissionBindingResponse getPermissionBinding(dev.modelstore.iam.v1.GetPermissionBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists permission bindings, one keyset page at a time. Only the caller
     * tenant's permission bindings are listed. Deleted permission bindings are
     * left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPermissionBindingsResponse listPermissionBindings(dev.modelstore.iam.v1.ListPermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the permission bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permission bindings are seen. Entities that refer to a purged one
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
    public dev.modelstore.iam.v1.PurgePermissionBindingsResponse purgePermissionBindings(dev.modelstore.iam.v1.PurgePermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a permission binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission binding and allow_missing is false), ALREADY_EXISTS (the role
     * already holds the permission), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the tenant, role or permission does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePermissionBindingResponse updatePermissionBinding(dev.modelstore.iam.v1.UpdatePermissionBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdatePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission binding (AIP-164): sets `is_active` to false
     * and returns the permission binding. UndeletePermissionBinding restores
     * it.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's, or it
     * is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePermissionBindingResponse deletePermissionBinding(dev.modelstore.iam.v1.DeletePermissionBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeletePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted permission binding: sets `is_active` back to true and
     * returns the permission binding.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's),
     * ALREADY_EXISTS (the permission binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePermissionBindingResponse undeletePermissionBinding(dev.modelstore.iam.v1.UndeletePermissionBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeletePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several permission bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse batchGetPermissionBindings(dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetPermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permission bindings in one call, all or none (AIP-233):
     * each item as CreatePermissionBinding would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse batchCreatePermissionBindings(dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreatePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permission bindings in one call, all or none (AIP-234):
     * each item as UpdatePermissionBinding would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse batchUpdatePermissionBindings(dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdatePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permission bindings in one call, all or none (AIP-235):
     * each item as DeletePermissionBinding would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse batchDeletePermissionBindings(dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeletePermissionBindingsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PermissionBindingService.
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public static final class PermissionBindingServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PermissionBindingServiceBlockingStub> {
    private PermissionBindingServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionBindingServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionBindingServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the role already holds the permission), FAILED_PRECONDITION
     * (the tenant, role or permission does not exist; no `x-tenant-id` header
     * and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePermissionBindingResponse createPermissionBinding(dev.modelstore.iam.v1.CreatePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a permission binding by id. A deleted permission binding is returned
     * too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPermissionBindingResponse getPermissionBinding(dev.modelstore.iam.v1.GetPermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists permission bindings, one keyset page at a time. Only the caller
     * tenant's permission bindings are listed. Deleted permission bindings are
     * left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPermissionBindingsResponse listPermissionBindings(dev.modelstore.iam.v1.ListPermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the permission bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permission bindings are seen. Entities that refer to a purged one
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
    public dev.modelstore.iam.v1.PurgePermissionBindingsResponse purgePermissionBindings(dev.modelstore.iam.v1.PurgePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a permission binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission binding and allow_missing is false), ALREADY_EXISTS (the role
     * already holds the permission), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the tenant, role or permission does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePermissionBindingResponse updatePermissionBinding(dev.modelstore.iam.v1.UpdatePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdatePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission binding (AIP-164): sets `is_active` to false
     * and returns the permission binding. UndeletePermissionBinding restores
     * it.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's, or it
     * is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePermissionBindingResponse deletePermissionBinding(dev.modelstore.iam.v1.DeletePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeletePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted permission binding: sets `is_active` back to true and
     * returns the permission binding.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's),
     * ALREADY_EXISTS (the permission binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePermissionBindingResponse undeletePermissionBinding(dev.modelstore.iam.v1.UndeletePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeletePermissionBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several permission bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse batchGetPermissionBindings(dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetPermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permission bindings in one call, all or none (AIP-233):
     * each item as CreatePermissionBinding would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse batchCreatePermissionBindings(dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreatePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permission bindings in one call, all or none (AIP-234):
     * each item as UpdatePermissionBinding would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse batchUpdatePermissionBindings(dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdatePermissionBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permission bindings in one call, all or none (AIP-235):
     * each item as DeletePermissionBinding would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse batchDeletePermissionBindings(dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeletePermissionBindingsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PermissionBindingService.
   * <pre>
   * Manages permission bindings, the grants of permissions to roles.
   * </pre>
   */
  public static final class PermissionBindingServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PermissionBindingServiceFutureStub> {
    private PermissionBindingServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionBindingServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionBindingServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the role already holds the permission), FAILED_PRECONDITION
     * (the tenant, role or permission does not exist; no `x-tenant-id` header
     * and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreatePermissionBindingResponse> createPermissionBinding(
        dev.modelstore.iam.v1.CreatePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePermissionBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a permission binding by id. A deleted permission binding is returned
     * too, with `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetPermissionBindingResponse> getPermissionBinding(
        dev.modelstore.iam.v1.GetPermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPermissionBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists permission bindings, one keyset page at a time. Only the caller
     * tenant's permission bindings are listed. Deleted permission bindings are
     * left out unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListPermissionBindingsResponse> listPermissionBindings(
        dev.modelstore.iam.v1.ListPermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPermissionBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the permission bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permission bindings are seen. Entities that refer to a purged one
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgePermissionBindingsResponse> purgePermissionBindings(
        dev.modelstore.iam.v1.PurgePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgePermissionBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a permission binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission binding and allow_missing is false), ALREADY_EXISTS (the role
     * already holds the permission), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the tenant, role or permission does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`tenant_id` is not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdatePermissionBindingResponse> updatePermissionBinding(
        dev.modelstore.iam.v1.UpdatePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdatePermissionBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission binding (AIP-164): sets `is_active` to false
     * and returns the permission binding. UndeletePermissionBinding restores
     * it.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's, or it
     * is already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeletePermissionBindingResponse> deletePermissionBinding(
        dev.modelstore.iam.v1.DeletePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeletePermissionBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted permission binding: sets `is_active` back to true and
     * returns the permission binding.
     * Errors: NOT_FOUND (no such permission binding, or another tenant's),
     * ALREADY_EXISTS (the permission binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeletePermissionBindingResponse> undeletePermissionBinding(
        dev.modelstore.iam.v1.UndeletePermissionBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeletePermissionBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several permission bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse> batchGetPermissionBindings(
        dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetPermissionBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permission bindings in one call, all or none (AIP-233):
     * each item as CreatePermissionBinding would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, an item with its own request_id, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse> batchCreatePermissionBindings(
        dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreatePermissionBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permission bindings in one call, all or none (AIP-234):
     * each item as UpdatePermissionBinding would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example
     * `requests[3].permission_binding.id`); INVALID_ARGUMENT also for no
     * requests, more than 1000, two items with one id, or a request_id reused
     * with other requests; ABORTED when a concurrent write got in part way (the
     * batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse> batchUpdatePermissionBindings(
        dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdatePermissionBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permission bindings in one call, all or none (AIP-235):
     * each item as DeletePermissionBinding would delete it, so each is
     * soft-deleted and returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermissionBinding, for the first item that fails,
     * with its index in the details (`google.rpc.ErrorInfo` metadata `index`;
     * field violations name the item, for example `requests[3].id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse> batchDeletePermissionBindings(
        dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeletePermissionBindingsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_PERMISSION_BINDING = 0;
  private static final int METHODID_GET_PERMISSION_BINDING = 1;
  private static final int METHODID_LIST_PERMISSION_BINDINGS = 2;
  private static final int METHODID_PURGE_PERMISSION_BINDINGS = 3;
  private static final int METHODID_UPDATE_PERMISSION_BINDING = 4;
  private static final int METHODID_DELETE_PERMISSION_BINDING = 5;
  private static final int METHODID_UNDELETE_PERMISSION_BINDING = 6;
  private static final int METHODID_BATCH_GET_PERMISSION_BINDINGS = 7;
  private static final int METHODID_BATCH_CREATE_PERMISSION_BINDINGS = 8;
  private static final int METHODID_BATCH_UPDATE_PERMISSION_BINDINGS = 9;
  private static final int METHODID_BATCH_DELETE_PERMISSION_BINDINGS = 10;

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
        case METHODID_CREATE_PERMISSION_BINDING:
          serviceImpl.createPermissionBinding((dev.modelstore.iam.v1.CreatePermissionBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionBindingResponse>) responseObserver);
          break;
        case METHODID_GET_PERMISSION_BINDING:
          serviceImpl.getPermissionBinding((dev.modelstore.iam.v1.GetPermissionBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionBindingResponse>) responseObserver);
          break;
        case METHODID_LIST_PERMISSION_BINDINGS:
          serviceImpl.listPermissionBindings((dev.modelstore.iam.v1.ListPermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionBindingsResponse>) responseObserver);
          break;
        case METHODID_PURGE_PERMISSION_BINDINGS:
          serviceImpl.purgePermissionBindings((dev.modelstore.iam.v1.PurgePermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionBindingsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PERMISSION_BINDING:
          serviceImpl.updatePermissionBinding((dev.modelstore.iam.v1.UpdatePermissionBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionBindingResponse>) responseObserver);
          break;
        case METHODID_DELETE_PERMISSION_BINDING:
          serviceImpl.deletePermissionBinding((dev.modelstore.iam.v1.DeletePermissionBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionBindingResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_PERMISSION_BINDING:
          serviceImpl.undeletePermissionBinding((dev.modelstore.iam.v1.UndeletePermissionBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionBindingResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_PERMISSION_BINDINGS:
          serviceImpl.batchGetPermissionBindings((dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_PERMISSION_BINDINGS:
          serviceImpl.batchCreatePermissionBindings((dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_PERMISSION_BINDINGS:
          serviceImpl.batchUpdatePermissionBindings((dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_PERMISSION_BINDINGS:
          serviceImpl.batchDeletePermissionBindings((dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse>) responseObserver);
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
          getCreatePermissionBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreatePermissionBindingRequest,
              dev.modelstore.iam.v1.CreatePermissionBindingResponse>(
                service, METHODID_CREATE_PERMISSION_BINDING)))
        .addMethod(
          getGetPermissionBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetPermissionBindingRequest,
              dev.modelstore.iam.v1.GetPermissionBindingResponse>(
                service, METHODID_GET_PERMISSION_BINDING)))
        .addMethod(
          getListPermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListPermissionBindingsRequest,
              dev.modelstore.iam.v1.ListPermissionBindingsResponse>(
                service, METHODID_LIST_PERMISSION_BINDINGS)))
        .addMethod(
          getPurgePermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgePermissionBindingsRequest,
              dev.modelstore.iam.v1.PurgePermissionBindingsResponse>(
                service, METHODID_PURGE_PERMISSION_BINDINGS)))
        .addMethod(
          getUpdatePermissionBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdatePermissionBindingRequest,
              dev.modelstore.iam.v1.UpdatePermissionBindingResponse>(
                service, METHODID_UPDATE_PERMISSION_BINDING)))
        .addMethod(
          getDeletePermissionBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeletePermissionBindingRequest,
              dev.modelstore.iam.v1.DeletePermissionBindingResponse>(
                service, METHODID_DELETE_PERMISSION_BINDING)))
        .addMethod(
          getUndeletePermissionBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeletePermissionBindingRequest,
              dev.modelstore.iam.v1.UndeletePermissionBindingResponse>(
                service, METHODID_UNDELETE_PERMISSION_BINDING)))
        .addMethod(
          getBatchGetPermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetPermissionBindingsRequest,
              dev.modelstore.iam.v1.BatchGetPermissionBindingsResponse>(
                service, METHODID_BATCH_GET_PERMISSION_BINDINGS)))
        .addMethod(
          getBatchCreatePermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreatePermissionBindingsRequest,
              dev.modelstore.iam.v1.BatchCreatePermissionBindingsResponse>(
                service, METHODID_BATCH_CREATE_PERMISSION_BINDINGS)))
        .addMethod(
          getBatchUpdatePermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdatePermissionBindingsRequest,
              dev.modelstore.iam.v1.BatchUpdatePermissionBindingsResponse>(
                service, METHODID_BATCH_UPDATE_PERMISSION_BINDINGS)))
        .addMethod(
          getBatchDeletePermissionBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeletePermissionBindingsRequest,
              dev.modelstore.iam.v1.BatchDeletePermissionBindingsResponse>(
                service, METHODID_BATCH_DELETE_PERMISSION_BINDINGS)))
        .build();
  }

  private static abstract class PermissionBindingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PermissionBindingServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.PermissionBindingProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PermissionBindingService");
    }
  }

  private static final class PermissionBindingServiceFileDescriptorSupplier
      extends PermissionBindingServiceBaseDescriptorSupplier {
    PermissionBindingServiceFileDescriptorSupplier() {}
  }

  private static final class PermissionBindingServiceMethodDescriptorSupplier
      extends PermissionBindingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PermissionBindingServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PermissionBindingServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PermissionBindingServiceFileDescriptorSupplier())
              .addMethod(getCreatePermissionBindingMethod())
              .addMethod(getGetPermissionBindingMethod())
              .addMethod(getListPermissionBindingsMethod())
              .addMethod(getPurgePermissionBindingsMethod())
              .addMethod(getUpdatePermissionBindingMethod())
              .addMethod(getDeletePermissionBindingMethod())
              .addMethod(getUndeletePermissionBindingMethod())
              .addMethod(getBatchGetPermissionBindingsMethod())
              .addMethod(getBatchCreatePermissionBindingsMethod())
              .addMethod(getBatchUpdatePermissionBindingsMethod())
              .addMethod(getBatchDeletePermissionBindingsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
