package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages tenants, the isolation boundary of the iam domain.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TenantServiceGrpc {

  private TenantServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.TenantService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateTenantRequest,
      dev.modelstore.iam.v1.CreateTenantResponse> getCreateTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTenant",
      requestType = dev.modelstore.iam.v1.CreateTenantRequest.class,
      responseType = dev.modelstore.iam.v1.CreateTenantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateTenantRequest,
      dev.modelstore.iam.v1.CreateTenantResponse> getCreateTenantMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateTenantRequest, dev.modelstore.iam.v1.CreateTenantResponse> getCreateTenantMethod;
    if ((getCreateTenantMethod = TenantServiceGrpc.getCreateTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getCreateTenantMethod = TenantServiceGrpc.getCreateTenantMethod) == null) {
          TenantServiceGrpc.getCreateTenantMethod = getCreateTenantMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreateTenantRequest, dev.modelstore.iam.v1.CreateTenantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateTenantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("CreateTenant"))
              .build();
        }
      }
    }
    return getCreateTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetTenantRequest,
      dev.modelstore.iam.v1.GetTenantResponse> getGetTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTenant",
      requestType = dev.modelstore.iam.v1.GetTenantRequest.class,
      responseType = dev.modelstore.iam.v1.GetTenantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetTenantRequest,
      dev.modelstore.iam.v1.GetTenantResponse> getGetTenantMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetTenantRequest, dev.modelstore.iam.v1.GetTenantResponse> getGetTenantMethod;
    if ((getGetTenantMethod = TenantServiceGrpc.getGetTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getGetTenantMethod = TenantServiceGrpc.getGetTenantMethod) == null) {
          TenantServiceGrpc.getGetTenantMethod = getGetTenantMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetTenantRequest, dev.modelstore.iam.v1.GetTenantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetTenantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("GetTenant"))
              .build();
        }
      }
    }
    return getGetTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListTenantsRequest,
      dev.modelstore.iam.v1.ListTenantsResponse> getListTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTenants",
      requestType = dev.modelstore.iam.v1.ListTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.ListTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListTenantsRequest,
      dev.modelstore.iam.v1.ListTenantsResponse> getListTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListTenantsRequest, dev.modelstore.iam.v1.ListTenantsResponse> getListTenantsMethod;
    if ((getListTenantsMethod = TenantServiceGrpc.getListTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getListTenantsMethod = TenantServiceGrpc.getListTenantsMethod) == null) {
          TenantServiceGrpc.getListTenantsMethod = getListTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListTenantsRequest, dev.modelstore.iam.v1.ListTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("ListTenants"))
              .build();
        }
      }
    }
    return getListTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeTenantsRequest,
      dev.modelstore.iam.v1.PurgeTenantsResponse> getPurgeTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeTenants",
      requestType = dev.modelstore.iam.v1.PurgeTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.PurgeTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeTenantsRequest,
      dev.modelstore.iam.v1.PurgeTenantsResponse> getPurgeTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeTenantsRequest, dev.modelstore.iam.v1.PurgeTenantsResponse> getPurgeTenantsMethod;
    if ((getPurgeTenantsMethod = TenantServiceGrpc.getPurgeTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getPurgeTenantsMethod = TenantServiceGrpc.getPurgeTenantsMethod) == null) {
          TenantServiceGrpc.getPurgeTenantsMethod = getPurgeTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgeTenantsRequest, dev.modelstore.iam.v1.PurgeTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("PurgeTenants"))
              .build();
        }
      }
    }
    return getPurgeTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateTenantRequest,
      dev.modelstore.iam.v1.UpdateTenantResponse> getUpdateTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTenant",
      requestType = dev.modelstore.iam.v1.UpdateTenantRequest.class,
      responseType = dev.modelstore.iam.v1.UpdateTenantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateTenantRequest,
      dev.modelstore.iam.v1.UpdateTenantResponse> getUpdateTenantMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateTenantRequest, dev.modelstore.iam.v1.UpdateTenantResponse> getUpdateTenantMethod;
    if ((getUpdateTenantMethod = TenantServiceGrpc.getUpdateTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getUpdateTenantMethod = TenantServiceGrpc.getUpdateTenantMethod) == null) {
          TenantServiceGrpc.getUpdateTenantMethod = getUpdateTenantMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdateTenantRequest, dev.modelstore.iam.v1.UpdateTenantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateTenantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("UpdateTenant"))
              .build();
        }
      }
    }
    return getUpdateTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteTenantRequest,
      dev.modelstore.iam.v1.DeleteTenantResponse> getDeleteTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTenant",
      requestType = dev.modelstore.iam.v1.DeleteTenantRequest.class,
      responseType = dev.modelstore.iam.v1.DeleteTenantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteTenantRequest,
      dev.modelstore.iam.v1.DeleteTenantResponse> getDeleteTenantMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteTenantRequest, dev.modelstore.iam.v1.DeleteTenantResponse> getDeleteTenantMethod;
    if ((getDeleteTenantMethod = TenantServiceGrpc.getDeleteTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getDeleteTenantMethod = TenantServiceGrpc.getDeleteTenantMethod) == null) {
          TenantServiceGrpc.getDeleteTenantMethod = getDeleteTenantMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeleteTenantRequest, dev.modelstore.iam.v1.DeleteTenantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteTenantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("DeleteTenant"))
              .build();
        }
      }
    }
    return getDeleteTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteTenantRequest,
      dev.modelstore.iam.v1.UndeleteTenantResponse> getUndeleteTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteTenant",
      requestType = dev.modelstore.iam.v1.UndeleteTenantRequest.class,
      responseType = dev.modelstore.iam.v1.UndeleteTenantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteTenantRequest,
      dev.modelstore.iam.v1.UndeleteTenantResponse> getUndeleteTenantMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteTenantRequest, dev.modelstore.iam.v1.UndeleteTenantResponse> getUndeleteTenantMethod;
    if ((getUndeleteTenantMethod = TenantServiceGrpc.getUndeleteTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getUndeleteTenantMethod = TenantServiceGrpc.getUndeleteTenantMethod) == null) {
          TenantServiceGrpc.getUndeleteTenantMethod = getUndeleteTenantMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeleteTenantRequest, dev.modelstore.iam.v1.UndeleteTenantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteTenantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("UndeleteTenant"))
              .build();
        }
      }
    }
    return getUndeleteTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetTenantsRequest,
      dev.modelstore.iam.v1.BatchGetTenantsResponse> getBatchGetTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetTenants",
      requestType = dev.modelstore.iam.v1.BatchGetTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetTenantsRequest,
      dev.modelstore.iam.v1.BatchGetTenantsResponse> getBatchGetTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetTenantsRequest, dev.modelstore.iam.v1.BatchGetTenantsResponse> getBatchGetTenantsMethod;
    if ((getBatchGetTenantsMethod = TenantServiceGrpc.getBatchGetTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getBatchGetTenantsMethod = TenantServiceGrpc.getBatchGetTenantsMethod) == null) {
          TenantServiceGrpc.getBatchGetTenantsMethod = getBatchGetTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetTenantsRequest, dev.modelstore.iam.v1.BatchGetTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("BatchGetTenants"))
              .build();
        }
      }
    }
    return getBatchGetTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateTenantsRequest,
      dev.modelstore.iam.v1.BatchCreateTenantsResponse> getBatchCreateTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateTenants",
      requestType = dev.modelstore.iam.v1.BatchCreateTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreateTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateTenantsRequest,
      dev.modelstore.iam.v1.BatchCreateTenantsResponse> getBatchCreateTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateTenantsRequest, dev.modelstore.iam.v1.BatchCreateTenantsResponse> getBatchCreateTenantsMethod;
    if ((getBatchCreateTenantsMethod = TenantServiceGrpc.getBatchCreateTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getBatchCreateTenantsMethod = TenantServiceGrpc.getBatchCreateTenantsMethod) == null) {
          TenantServiceGrpc.getBatchCreateTenantsMethod = getBatchCreateTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreateTenantsRequest, dev.modelstore.iam.v1.BatchCreateTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("BatchCreateTenants"))
              .build();
        }
      }
    }
    return getBatchCreateTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateTenantsRequest,
      dev.modelstore.iam.v1.BatchUpdateTenantsResponse> getBatchUpdateTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateTenants",
      requestType = dev.modelstore.iam.v1.BatchUpdateTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdateTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateTenantsRequest,
      dev.modelstore.iam.v1.BatchUpdateTenantsResponse> getBatchUpdateTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateTenantsRequest, dev.modelstore.iam.v1.BatchUpdateTenantsResponse> getBatchUpdateTenantsMethod;
    if ((getBatchUpdateTenantsMethod = TenantServiceGrpc.getBatchUpdateTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getBatchUpdateTenantsMethod = TenantServiceGrpc.getBatchUpdateTenantsMethod) == null) {
          TenantServiceGrpc.getBatchUpdateTenantsMethod = getBatchUpdateTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdateTenantsRequest, dev.modelstore.iam.v1.BatchUpdateTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("BatchUpdateTenants"))
              .build();
        }
      }
    }
    return getBatchUpdateTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteTenantsRequest,
      dev.modelstore.iam.v1.BatchDeleteTenantsResponse> getBatchDeleteTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteTenants",
      requestType = dev.modelstore.iam.v1.BatchDeleteTenantsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeleteTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteTenantsRequest,
      dev.modelstore.iam.v1.BatchDeleteTenantsResponse> getBatchDeleteTenantsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteTenantsRequest, dev.modelstore.iam.v1.BatchDeleteTenantsResponse> getBatchDeleteTenantsMethod;
    if ((getBatchDeleteTenantsMethod = TenantServiceGrpc.getBatchDeleteTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getBatchDeleteTenantsMethod = TenantServiceGrpc.getBatchDeleteTenantsMethod) == null) {
          TenantServiceGrpc.getBatchDeleteTenantsMethod = getBatchDeleteTenantsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeleteTenantsRequest, dev.modelstore.iam.v1.BatchDeleteTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("BatchDeleteTenants"))
              .build();
        }
      }
    }
    return getBatchDeleteTenantsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TenantServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceStub>() {
        @java.lang.Override
        public TenantServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceStub(channel, callOptions);
        }
      };
    return TenantServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TenantServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingV2Stub>() {
        @java.lang.Override
        public TenantServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TenantServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TenantServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingStub>() {
        @java.lang.Override
        public TenantServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceBlockingStub(channel, callOptions);
        }
      };
    return TenantServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TenantServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceFutureStub>() {
        @java.lang.Override
        public TenantServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceFutureStub(channel, callOptions);
        }
      };
    return TenantServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug is in use), PERMISSION_DENIED (the id is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createTenant(dev.modelstore.iam.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateTenantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a tenant by id. A deleted tenant is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such tenant, or
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void getTenant(dev.modelstore.iam.v1.GetTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetTenantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists tenants, one keyset page at a time. Deleted tenants are left out
     * unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listTenants(dev.modelstore.iam.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the tenants matching `filter` (AIP-165), soft-deleted
     * and live ones alike: a purge is a hard delete. Only the caller tenant's
     * tenants are seen. Entities that refer to a purged one are deleted first
     * where their reference cascades, as Delete does, so a purge interrupted
     * midway leaves no dangling reference. With `force` false (the default)
     * nothing is deleted: the response says how many would be, with a sample of
     * their ids. Each deletion is audited and appears in the change feed as a
     * delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeTenants(dev.modelstore.iam.v1.PurgeTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a tenant.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * tenant and allow_missing is false), ALREADY_EXISTS (the slug is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void updateTenant(dev.modelstore.iam.v1.UpdateTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateTenantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a tenant (AIP-164): sets `is_active` to false and returns
     * the tenant. UndeleteTenant restores it.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant, or it is
     * already deleted), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void deleteTenant(dev.modelstore.iam.v1.DeleteTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteTenantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted tenant: sets `is_active` back to true and returns the
     * tenant.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant),
     * ALREADY_EXISTS (the tenant is not deleted), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void undeleteTenant(dev.modelstore.iam.v1.UndeleteTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteTenantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several tenants by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void batchGetTenants(dev.modelstore.iam.v1.BatchGetTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 tenants in one call, all or none (AIP-233): each item as
     * CreateTenant would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateTenants(dev.modelstore.iam.v1.BatchCreateTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 tenants in one call, all or none (AIP-234): each item as
     * UpdateTenant would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateTenants(dev.modelstore.iam.v1.BatchUpdateTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 tenants in one call, all or none (AIP-235): each item as
     * DeleteTenant would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteTenants(dev.modelstore.iam.v1.BatchDeleteTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteTenantsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TenantService.
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public static abstract class TenantServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TenantServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public static final class TenantServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TenantServiceStub> {
    private TenantServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug is in use), PERMISSION_DENIED (the id is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createTenant(dev.modelstore.iam.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateTenantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a tenant by id. A deleted tenant is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such tenant, or
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void getTenant(dev.modelstore.iam.v1.GetTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetTenantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists tenants, one keyset page at a time. Deleted tenants are left out
     * unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listTenants(dev.modelstore.iam.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the tenants matching `filter` (AIP-165), soft-deleted
     * and live ones alike: a purge is a hard delete. Only the caller tenant's
     * tenants are seen. Entities that refer to a purged one are deleted first
     * where their reference cascades, as Delete does, so a purge interrupted
     * midway leaves no dangling reference. With `force` false (the default)
     * nothing is deleted: the response says how many would be, with a sample of
     * their ids. Each deletion is audited and appears in the change feed as a
     * delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeTenants(dev.modelstore.iam.v1.PurgeTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a tenant.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * tenant and allow_missing is false), ALREADY_EXISTS (the slug is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void updateTenant(dev.modelstore.iam.v1.UpdateTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateTenantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a tenant (AIP-164): sets `is_active` to false and returns
     * the tenant. UndeleteTenant restores it.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant, or it is
     * already deleted), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void deleteTenant(dev.modelstore.iam.v1.DeleteTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteTenantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted tenant: sets `is_active` back to true and returns the
     * tenant.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant),
     * ALREADY_EXISTS (the tenant is not deleted), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void undeleteTenant(dev.modelstore.iam.v1.UndeleteTenantRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteTenantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several tenants by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void batchGetTenants(dev.modelstore.iam.v1.BatchGetTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 tenants in one call, all or none (AIP-233): each item as
     * CreateTenant would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateTenants(dev.modelstore.iam.v1.BatchCreateTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 tenants in one call, all or none (AIP-234): each item as
     * UpdateTenant would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateTenants(dev.modelstore.iam.v1.BatchUpdateTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 tenants in one call, all or none (AIP-235): each item as
     * DeleteTenant would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteTenants(dev.modelstore.iam.v1.BatchDeleteTenantsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteTenantsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public static final class TenantServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TenantServiceBlockingV2Stub> {
    private TenantServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug is in use), PERMISSION_DENIED (the id is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateTenantResponse createTenant(dev.modelstore.iam.v1.CreateTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a tenant by id. A deleted tenant is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such tenant, or
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetTenantResponse getTenant(dev.modelstore.iam.v1.GetTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tenants, one keyset page at a time. Deleted tenants are left out
     * unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListTenantsResponse listTenants(dev.modelstore.iam.v1.ListTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the tenants matching `filter` (AIP-165), soft-deleted
     * and live ones alike: a purge is a hard delete. Only the caller tenant's
     * tenants are seen. Entities that refer to a purged one are deleted first
     * where their reference cascades, as Delete does, so a purge interrupted
     * midway leaves no dangling reference. With `force` false (the default)
     * nothing is deleted: the response says how many would be, with a sample of
     * their ids. Each deletion is audited and appears in the change feed as a
     * delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeTenantsResponse purgeTenants(dev.modelstore.iam.v1.PurgeTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a tenant.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * tenant and allow_missing is false), ALREADY_EXISTS (the slug is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateTenantResponse updateTenant(dev.modelstore.iam.v1.UpdateTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a tenant (AIP-164): sets `is_active` to false and returns
     * the tenant. UndeleteTenant restores it.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant, or it is
     * already deleted), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteTenantResponse deleteTenant(dev.modelstore.iam.v1.DeleteTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted tenant: sets `is_active` back to true and returns the
     * tenant.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant),
     * ALREADY_EXISTS (the tenant is not deleted), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteTenantResponse undeleteTenant(dev.modelstore.iam.v1.UndeleteTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several tenants by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetTenantsResponse batchGetTenants(dev.modelstore.iam.v1.BatchGetTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 tenants in one call, all or none (AIP-233): each item as
     * CreateTenant would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateTenantsResponse batchCreateTenants(dev.modelstore.iam.v1.BatchCreateTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 tenants in one call, all or none (AIP-234): each item as
     * UpdateTenant would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateTenantsResponse batchUpdateTenants(dev.modelstore.iam.v1.BatchUpdateTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 tenants in one call, all or none (AIP-235): each item as
     * DeleteTenant would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteTenantsResponse batchDeleteTenants(dev.modelstore.iam.v1.BatchDeleteTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteTenantsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public static final class TenantServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TenantServiceBlockingStub> {
    private TenantServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug is in use), PERMISSION_DENIED (the id is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateTenantResponse createTenant(dev.modelstore.iam.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a tenant by id. A deleted tenant is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such tenant, or
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetTenantResponse getTenant(dev.modelstore.iam.v1.GetTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tenants, one keyset page at a time. Deleted tenants are left out
     * unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListTenantsResponse listTenants(dev.modelstore.iam.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the tenants matching `filter` (AIP-165), soft-deleted
     * and live ones alike: a purge is a hard delete. Only the caller tenant's
     * tenants are seen. Entities that refer to a purged one are deleted first
     * where their reference cascades, as Delete does, so a purge interrupted
     * midway leaves no dangling reference. With `force` false (the default)
     * nothing is deleted: the response says how many would be, with a sample of
     * their ids. Each deletion is audited and appears in the change feed as a
     * delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeTenantsResponse purgeTenants(dev.modelstore.iam.v1.PurgeTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a tenant.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * tenant and allow_missing is false), ALREADY_EXISTS (the slug is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateTenantResponse updateTenant(dev.modelstore.iam.v1.UpdateTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a tenant (AIP-164): sets `is_active` to false and returns
     * the tenant. UndeleteTenant restores it.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant, or it is
     * already deleted), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteTenantResponse deleteTenant(dev.modelstore.iam.v1.DeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted tenant: sets `is_active` back to true and returns the
     * tenant.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant),
     * ALREADY_EXISTS (the tenant is not deleted), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteTenantResponse undeleteTenant(dev.modelstore.iam.v1.UndeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several tenants by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetTenantsResponse batchGetTenants(dev.modelstore.iam.v1.BatchGetTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 tenants in one call, all or none (AIP-233): each item as
     * CreateTenant would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateTenantsResponse batchCreateTenants(dev.modelstore.iam.v1.BatchCreateTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 tenants in one call, all or none (AIP-234): each item as
     * UpdateTenant would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateTenantsResponse batchUpdateTenants(dev.modelstore.iam.v1.BatchUpdateTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 tenants in one call, all or none (AIP-235): each item as
     * DeleteTenant would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteTenantsResponse batchDeleteTenants(dev.modelstore.iam.v1.BatchDeleteTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteTenantsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TenantService.
   * <pre>
   * Manages tenants, the isolation boundary of the iam domain.
   * </pre>
   */
  public static final class TenantServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TenantServiceFutureStub> {
    private TenantServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug is in use), PERMISSION_DENIED (the id is not the
     * caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreateTenantResponse> createTenant(
        dev.modelstore.iam.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a tenant by id. A deleted tenant is returned too, with `is_active`
     * false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such tenant, or
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetTenantResponse> getTenant(
        dev.modelstore.iam.v1.GetTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists tenants, one keyset page at a time. Deleted tenants are left out
     * unless `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListTenantsResponse> listTenants(
        dev.modelstore.iam.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the tenants matching `filter` (AIP-165), soft-deleted
     * and live ones alike: a purge is a hard delete. Only the caller tenant's
     * tenants are seen. Entities that refer to a purged one are deleted first
     * where their reference cascades, as Delete does, so a purge interrupted
     * midway leaves no dangling reference. With `force` false (the default)
     * nothing is deleted: the response says how many would be, with a sample of
     * their ids. Each deletion is audited and appears in the change feed as a
     * delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgeTenantsResponse> purgeTenants(
        dev.modelstore.iam.v1.PurgeTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a tenant.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * tenant and allow_missing is false), ALREADY_EXISTS (the slug is in use),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdateTenantResponse> updateTenant(
        dev.modelstore.iam.v1.UpdateTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a tenant (AIP-164): sets `is_active` to false and returns
     * the tenant. UndeleteTenant restores it.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant, or it is
     * already deleted), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeleteTenantResponse> deleteTenant(
        dev.modelstore.iam.v1.DeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted tenant: sets `is_active` back to true and returns the
     * tenant.
     * Errors: NOT_FOUND (no such tenant, or not the caller's tenant),
     * ALREADY_EXISTS (the tenant is not deleted), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeleteTenantResponse> undeleteTenant(
        dev.modelstore.iam.v1.UndeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several tenants by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetTenantsResponse> batchGetTenants(
        dev.modelstore.iam.v1.BatchGetTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 tenants in one call, all or none (AIP-233): each item as
     * CreateTenant would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreateTenantsResponse> batchCreateTenants(
        dev.modelstore.iam.v1.BatchCreateTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 tenants in one call, all or none (AIP-234): each item as
     * UpdateTenant would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].tenant.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdateTenantsResponse> batchUpdateTenants(
        dev.modelstore.iam.v1.BatchUpdateTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 tenants in one call, all or none (AIP-235): each item as
     * DeleteTenant would delete it, so each is soft-deleted and returned, in
     * request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteTenant, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeleteTenantsResponse> batchDeleteTenants(
        dev.modelstore.iam.v1.BatchDeleteTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteTenantsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TENANT = 0;
  private static final int METHODID_GET_TENANT = 1;
  private static final int METHODID_LIST_TENANTS = 2;
  private static final int METHODID_PURGE_TENANTS = 3;
  private static final int METHODID_UPDATE_TENANT = 4;
  private static final int METHODID_DELETE_TENANT = 5;
  private static final int METHODID_UNDELETE_TENANT = 6;
  private static final int METHODID_BATCH_GET_TENANTS = 7;
  private static final int METHODID_BATCH_CREATE_TENANTS = 8;
  private static final int METHODID_BATCH_UPDATE_TENANTS = 9;
  private static final int METHODID_BATCH_DELETE_TENANTS = 10;

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
        case METHODID_CREATE_TENANT:
          serviceImpl.createTenant((dev.modelstore.iam.v1.CreateTenantRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateTenantResponse>) responseObserver);
          break;
        case METHODID_GET_TENANT:
          serviceImpl.getTenant((dev.modelstore.iam.v1.GetTenantRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetTenantResponse>) responseObserver);
          break;
        case METHODID_LIST_TENANTS:
          serviceImpl.listTenants((dev.modelstore.iam.v1.ListTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListTenantsResponse>) responseObserver);
          break;
        case METHODID_PURGE_TENANTS:
          serviceImpl.purgeTenants((dev.modelstore.iam.v1.PurgeTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeTenantsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TENANT:
          serviceImpl.updateTenant((dev.modelstore.iam.v1.UpdateTenantRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateTenantResponse>) responseObserver);
          break;
        case METHODID_DELETE_TENANT:
          serviceImpl.deleteTenant((dev.modelstore.iam.v1.DeleteTenantRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteTenantResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_TENANT:
          serviceImpl.undeleteTenant((dev.modelstore.iam.v1.UndeleteTenantRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteTenantResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_TENANTS:
          serviceImpl.batchGetTenants((dev.modelstore.iam.v1.BatchGetTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetTenantsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_TENANTS:
          serviceImpl.batchCreateTenants((dev.modelstore.iam.v1.BatchCreateTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateTenantsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_TENANTS:
          serviceImpl.batchUpdateTenants((dev.modelstore.iam.v1.BatchUpdateTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateTenantsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_TENANTS:
          serviceImpl.batchDeleteTenants((dev.modelstore.iam.v1.BatchDeleteTenantsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteTenantsResponse>) responseObserver);
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
          getCreateTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreateTenantRequest,
              dev.modelstore.iam.v1.CreateTenantResponse>(
                service, METHODID_CREATE_TENANT)))
        .addMethod(
          getGetTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetTenantRequest,
              dev.modelstore.iam.v1.GetTenantResponse>(
                service, METHODID_GET_TENANT)))
        .addMethod(
          getListTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListTenantsRequest,
              dev.modelstore.iam.v1.ListTenantsResponse>(
                service, METHODID_LIST_TENANTS)))
        .addMethod(
          getPurgeTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgeTenantsRequest,
              dev.modelstore.iam.v1.PurgeTenantsResponse>(
                service, METHODID_PURGE_TENANTS)))
        .addMethod(
          getUpdateTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdateTenantRequest,
              dev.modelstore.iam.v1.UpdateTenantResponse>(
                service, METHODID_UPDATE_TENANT)))
        .addMethod(
          getDeleteTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeleteTenantRequest,
              dev.modelstore.iam.v1.DeleteTenantResponse>(
                service, METHODID_DELETE_TENANT)))
        .addMethod(
          getUndeleteTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeleteTenantRequest,
              dev.modelstore.iam.v1.UndeleteTenantResponse>(
                service, METHODID_UNDELETE_TENANT)))
        .addMethod(
          getBatchGetTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetTenantsRequest,
              dev.modelstore.iam.v1.BatchGetTenantsResponse>(
                service, METHODID_BATCH_GET_TENANTS)))
        .addMethod(
          getBatchCreateTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreateTenantsRequest,
              dev.modelstore.iam.v1.BatchCreateTenantsResponse>(
                service, METHODID_BATCH_CREATE_TENANTS)))
        .addMethod(
          getBatchUpdateTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdateTenantsRequest,
              dev.modelstore.iam.v1.BatchUpdateTenantsResponse>(
                service, METHODID_BATCH_UPDATE_TENANTS)))
        .addMethod(
          getBatchDeleteTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeleteTenantsRequest,
              dev.modelstore.iam.v1.BatchDeleteTenantsResponse>(
                service, METHODID_BATCH_DELETE_TENANTS)))
        .build();
  }

  private static abstract class TenantServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TenantServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.TenantProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TenantService");
    }
  }

  private static final class TenantServiceFileDescriptorSupplier
      extends TenantServiceBaseDescriptorSupplier {
    TenantServiceFileDescriptorSupplier() {}
  }

  private static final class TenantServiceMethodDescriptorSupplier
      extends TenantServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TenantServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TenantServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TenantServiceFileDescriptorSupplier())
              .addMethod(getCreateTenantMethod())
              .addMethod(getGetTenantMethod())
              .addMethod(getListTenantsMethod())
              .addMethod(getPurgeTenantsMethod())
              .addMethod(getUpdateTenantMethod())
              .addMethod(getDeleteTenantMethod())
              .addMethod(getUndeleteTenantMethod())
              .addMethod(getBatchGetTenantsMethod())
              .addMethod(getBatchCreateTenantsMethod())
              .addMethod(getBatchUpdateTenantsMethod())
              .addMethod(getBatchDeleteTenantsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
