package dev.modelstore.platform.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages API clients, the global machine principals of the platform domain.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ClientServiceGrpc {

  private ClientServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.platform.v1.ClientService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateClientRequest,
      dev.modelstore.platform.v1.CreateClientResponse> getCreateClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateClient",
      requestType = dev.modelstore.platform.v1.CreateClientRequest.class,
      responseType = dev.modelstore.platform.v1.CreateClientResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateClientRequest,
      dev.modelstore.platform.v1.CreateClientResponse> getCreateClientMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateClientRequest, dev.modelstore.platform.v1.CreateClientResponse> getCreateClientMethod;
    if ((getCreateClientMethod = ClientServiceGrpc.getCreateClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getCreateClientMethod = ClientServiceGrpc.getCreateClientMethod) == null) {
          ClientServiceGrpc.getCreateClientMethod = getCreateClientMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.CreateClientRequest, dev.modelstore.platform.v1.CreateClientResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateClientResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("CreateClient"))
              .build();
        }
      }
    }
    return getCreateClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetClientRequest,
      dev.modelstore.platform.v1.GetClientResponse> getGetClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetClient",
      requestType = dev.modelstore.platform.v1.GetClientRequest.class,
      responseType = dev.modelstore.platform.v1.GetClientResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetClientRequest,
      dev.modelstore.platform.v1.GetClientResponse> getGetClientMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetClientRequest, dev.modelstore.platform.v1.GetClientResponse> getGetClientMethod;
    if ((getGetClientMethod = ClientServiceGrpc.getGetClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getGetClientMethod = ClientServiceGrpc.getGetClientMethod) == null) {
          ClientServiceGrpc.getGetClientMethod = getGetClientMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.GetClientRequest, dev.modelstore.platform.v1.GetClientResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetClientResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("GetClient"))
              .build();
        }
      }
    }
    return getGetClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListClientsRequest,
      dev.modelstore.platform.v1.ListClientsResponse> getListClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListClients",
      requestType = dev.modelstore.platform.v1.ListClientsRequest.class,
      responseType = dev.modelstore.platform.v1.ListClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListClientsRequest,
      dev.modelstore.platform.v1.ListClientsResponse> getListClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListClientsRequest, dev.modelstore.platform.v1.ListClientsResponse> getListClientsMethod;
    if ((getListClientsMethod = ClientServiceGrpc.getListClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getListClientsMethod = ClientServiceGrpc.getListClientsMethod) == null) {
          ClientServiceGrpc.getListClientsMethod = getListClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.ListClientsRequest, dev.modelstore.platform.v1.ListClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("ListClients"))
              .build();
        }
      }
    }
    return getListClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeClientsRequest,
      dev.modelstore.platform.v1.PurgeClientsResponse> getPurgeClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeClients",
      requestType = dev.modelstore.platform.v1.PurgeClientsRequest.class,
      responseType = dev.modelstore.platform.v1.PurgeClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeClientsRequest,
      dev.modelstore.platform.v1.PurgeClientsResponse> getPurgeClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeClientsRequest, dev.modelstore.platform.v1.PurgeClientsResponse> getPurgeClientsMethod;
    if ((getPurgeClientsMethod = ClientServiceGrpc.getPurgeClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getPurgeClientsMethod = ClientServiceGrpc.getPurgeClientsMethod) == null) {
          ClientServiceGrpc.getPurgeClientsMethod = getPurgeClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.PurgeClientsRequest, dev.modelstore.platform.v1.PurgeClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("PurgeClients"))
              .build();
        }
      }
    }
    return getPurgeClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateClientRequest,
      dev.modelstore.platform.v1.UpdateClientResponse> getUpdateClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateClient",
      requestType = dev.modelstore.platform.v1.UpdateClientRequest.class,
      responseType = dev.modelstore.platform.v1.UpdateClientResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateClientRequest,
      dev.modelstore.platform.v1.UpdateClientResponse> getUpdateClientMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateClientRequest, dev.modelstore.platform.v1.UpdateClientResponse> getUpdateClientMethod;
    if ((getUpdateClientMethod = ClientServiceGrpc.getUpdateClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getUpdateClientMethod = ClientServiceGrpc.getUpdateClientMethod) == null) {
          ClientServiceGrpc.getUpdateClientMethod = getUpdateClientMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.UpdateClientRequest, dev.modelstore.platform.v1.UpdateClientResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateClientResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("UpdateClient"))
              .build();
        }
      }
    }
    return getUpdateClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteClientRequest,
      dev.modelstore.platform.v1.DeleteClientResponse> getDeleteClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteClient",
      requestType = dev.modelstore.platform.v1.DeleteClientRequest.class,
      responseType = dev.modelstore.platform.v1.DeleteClientResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteClientRequest,
      dev.modelstore.platform.v1.DeleteClientResponse> getDeleteClientMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteClientRequest, dev.modelstore.platform.v1.DeleteClientResponse> getDeleteClientMethod;
    if ((getDeleteClientMethod = ClientServiceGrpc.getDeleteClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getDeleteClientMethod = ClientServiceGrpc.getDeleteClientMethod) == null) {
          ClientServiceGrpc.getDeleteClientMethod = getDeleteClientMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.DeleteClientRequest, dev.modelstore.platform.v1.DeleteClientResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteClientResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("DeleteClient"))
              .build();
        }
      }
    }
    return getDeleteClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetClientsRequest,
      dev.modelstore.platform.v1.BatchGetClientsResponse> getBatchGetClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetClients",
      requestType = dev.modelstore.platform.v1.BatchGetClientsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchGetClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetClientsRequest,
      dev.modelstore.platform.v1.BatchGetClientsResponse> getBatchGetClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetClientsRequest, dev.modelstore.platform.v1.BatchGetClientsResponse> getBatchGetClientsMethod;
    if ((getBatchGetClientsMethod = ClientServiceGrpc.getBatchGetClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getBatchGetClientsMethod = ClientServiceGrpc.getBatchGetClientsMethod) == null) {
          ClientServiceGrpc.getBatchGetClientsMethod = getBatchGetClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchGetClientsRequest, dev.modelstore.platform.v1.BatchGetClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("BatchGetClients"))
              .build();
        }
      }
    }
    return getBatchGetClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateClientsRequest,
      dev.modelstore.platform.v1.BatchCreateClientsResponse> getBatchCreateClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateClients",
      requestType = dev.modelstore.platform.v1.BatchCreateClientsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchCreateClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateClientsRequest,
      dev.modelstore.platform.v1.BatchCreateClientsResponse> getBatchCreateClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateClientsRequest, dev.modelstore.platform.v1.BatchCreateClientsResponse> getBatchCreateClientsMethod;
    if ((getBatchCreateClientsMethod = ClientServiceGrpc.getBatchCreateClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getBatchCreateClientsMethod = ClientServiceGrpc.getBatchCreateClientsMethod) == null) {
          ClientServiceGrpc.getBatchCreateClientsMethod = getBatchCreateClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchCreateClientsRequest, dev.modelstore.platform.v1.BatchCreateClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("BatchCreateClients"))
              .build();
        }
      }
    }
    return getBatchCreateClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateClientsRequest,
      dev.modelstore.platform.v1.BatchUpdateClientsResponse> getBatchUpdateClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateClients",
      requestType = dev.modelstore.platform.v1.BatchUpdateClientsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchUpdateClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateClientsRequest,
      dev.modelstore.platform.v1.BatchUpdateClientsResponse> getBatchUpdateClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateClientsRequest, dev.modelstore.platform.v1.BatchUpdateClientsResponse> getBatchUpdateClientsMethod;
    if ((getBatchUpdateClientsMethod = ClientServiceGrpc.getBatchUpdateClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getBatchUpdateClientsMethod = ClientServiceGrpc.getBatchUpdateClientsMethod) == null) {
          ClientServiceGrpc.getBatchUpdateClientsMethod = getBatchUpdateClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchUpdateClientsRequest, dev.modelstore.platform.v1.BatchUpdateClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("BatchUpdateClients"))
              .build();
        }
      }
    }
    return getBatchUpdateClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteClientsRequest,
      dev.modelstore.platform.v1.BatchDeleteClientsResponse> getBatchDeleteClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteClients",
      requestType = dev.modelstore.platform.v1.BatchDeleteClientsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchDeleteClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteClientsRequest,
      dev.modelstore.platform.v1.BatchDeleteClientsResponse> getBatchDeleteClientsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteClientsRequest, dev.modelstore.platform.v1.BatchDeleteClientsResponse> getBatchDeleteClientsMethod;
    if ((getBatchDeleteClientsMethod = ClientServiceGrpc.getBatchDeleteClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getBatchDeleteClientsMethod = ClientServiceGrpc.getBatchDeleteClientsMethod) == null) {
          ClientServiceGrpc.getBatchDeleteClientsMethod = getBatchDeleteClientsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchDeleteClientsRequest, dev.modelstore.platform.v1.BatchDeleteClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("BatchDeleteClients"))
              .build();
        }
      }
    }
    return getBatchDeleteClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.VerifyClientSecretRequest,
      dev.modelstore.platform.v1.VerifyClientSecretResponse> getVerifyClientSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyClientSecret",
      requestType = dev.modelstore.platform.v1.VerifyClientSecretRequest.class,
      responseType = dev.modelstore.platform.v1.VerifyClientSecretResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.VerifyClientSecretRequest,
      dev.modelstore.platform.v1.VerifyClientSecretResponse> getVerifyClientSecretMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.VerifyClientSecretRequest, dev.modelstore.platform.v1.VerifyClientSecretResponse> getVerifyClientSecretMethod;
    if ((getVerifyClientSecretMethod = ClientServiceGrpc.getVerifyClientSecretMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getVerifyClientSecretMethod = ClientServiceGrpc.getVerifyClientSecretMethod) == null) {
          ClientServiceGrpc.getVerifyClientSecretMethod = getVerifyClientSecretMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.VerifyClientSecretRequest, dev.modelstore.platform.v1.VerifyClientSecretResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyClientSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.VerifyClientSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.VerifyClientSecretResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("VerifyClientSecret"))
              .build();
        }
      }
    }
    return getVerifyClientSecretMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.RotateClientSecretRequest,
      dev.modelstore.platform.v1.RotateClientSecretResponse> getRotateClientSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RotateClientSecret",
      requestType = dev.modelstore.platform.v1.RotateClientSecretRequest.class,
      responseType = dev.modelstore.platform.v1.RotateClientSecretResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.RotateClientSecretRequest,
      dev.modelstore.platform.v1.RotateClientSecretResponse> getRotateClientSecretMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.RotateClientSecretRequest, dev.modelstore.platform.v1.RotateClientSecretResponse> getRotateClientSecretMethod;
    if ((getRotateClientSecretMethod = ClientServiceGrpc.getRotateClientSecretMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getRotateClientSecretMethod = ClientServiceGrpc.getRotateClientSecretMethod) == null) {
          ClientServiceGrpc.getRotateClientSecretMethod = getRotateClientSecretMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.RotateClientSecretRequest, dev.modelstore.platform.v1.RotateClientSecretResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RotateClientSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.RotateClientSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.RotateClientSecretResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("RotateClientSecret"))
              .build();
        }
      }
    }
    return getRotateClientSecretMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ClientServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceStub>() {
        @java.lang.Override
        public ClientServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceStub(channel, callOptions);
        }
      };
    return ClientServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ClientServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingV2Stub>() {
        @java.lang.Override
        public ClientServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ClientServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ClientServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingStub>() {
        @java.lang.Override
        public ClientServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceBlockingStub(channel, callOptions);
        }
      };
    return ClientServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ClientServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceFutureStub>() {
        @java.lang.Override
        public ClientServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceFutureStub(channel, callOptions);
        }
      };
    return ClientServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a client.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createClient(dev.modelstore.platform.v1.CreateClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateClientResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a client by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such client),
     * UNAVAILABLE.
     * </pre>
     */
    default void getClient(dev.modelstore.platform.v1.GetClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetClientResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists clients, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listClients(dev.modelstore.platform.v1.ListClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the clients matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's clients are seen. Entities that
     * refer to a purged one are deleted first where their reference cascades, as
     * Delete does, so a purge interrupted midway leaves no dangling reference.
     * With `force` false (the default) nothing is deleted: the response says how
     * many would be, with a sample of their ids. Each deletion is audited and
     * appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeClients(dev.modelstore.platform.v1.PurgeClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a client.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * client and allow_missing is false), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void updateClient(dev.modelstore.platform.v1.UpdateClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateClientResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a client.
     * Errors: NOT_FOUND (no such client), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void deleteClient(dev.modelstore.platform.v1.DeleteClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteClientResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several clients by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetClients(dev.modelstore.platform.v1.BatchGetClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 clients in one call, all or none (AIP-233): each item as
     * CreateClient would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateClients(dev.modelstore.platform.v1.BatchCreateClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 clients in one call, all or none (AIP-234): each item as
     * UpdateClient would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateClients(dev.modelstore.platform.v1.BatchUpdateClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 clients in one call, all or none (AIP-235): each item as
     * DeleteClient would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteClients(dev.modelstore.platform.v1.BatchDeleteClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Checks a candidate secret against the client's stored salted scrypt hash,
     * in constant time. The candidate is never stored, logged or echoed in a
     * response or error. A client without a stored secret never verifies. Only
     * the secret is checked: the client's `status` is not considered, so
     * callers that authenticate a client check `status` separately.
     * Errors: INVALID_ARGUMENT (`id` or `secret` is empty), NOT_FOUND (no such
     * client), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void verifyClientSecret(dev.modelstore.platform.v1.VerifyClientSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.VerifyClientSecretResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyClientSecretMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the client's secret with a new strong random secret generated by
     * the server (256 bits, URL-safe base64). The previous secret stops
     * verifying at once.
     * This is a secret-returning RPC: the new secret appears in its response
     * exactly once and nowhere else. The server stores only its salted scrypt
     * hash, so it can never be read back; a lost secret is replaced by
     * rotating again. Callers must not log the response. Needs the `write` and
     * `read-secrets` rights.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such client),
     * ABORTED (`etag` is set and does not match), PERMISSION_DENIED (the caller
     * lacks `write` or `read-secrets`), UNAVAILABLE.
     * </pre>
     */
    default void rotateClientSecret(dev.modelstore.platform.v1.RotateClientSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.RotateClientSecretResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRotateClientSecretMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ClientService.
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public static abstract class ClientServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ClientServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ClientService.
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public static final class ClientServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ClientServiceStub> {
    private ClientServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createClient(dev.modelstore.platform.v1.CreateClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateClientResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a client by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such client),
     * UNAVAILABLE.
     * </pre>
     */
    public void getClient(dev.modelstore.platform.v1.GetClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetClientResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists clients, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listClients(dev.modelstore.platform.v1.ListClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the clients matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's clients are seen. Entities that
     * refer to a purged one are deleted first where their reference cascades, as
     * Delete does, so a purge interrupted midway leaves no dangling reference.
     * With `force` false (the default) nothing is deleted: the response says how
     * many would be, with a sample of their ids. Each deletion is audited and
     * appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeClients(dev.modelstore.platform.v1.PurgeClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a client.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * client and allow_missing is false), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void updateClient(dev.modelstore.platform.v1.UpdateClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateClientResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a client.
     * Errors: NOT_FOUND (no such client), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void deleteClient(dev.modelstore.platform.v1.DeleteClientRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteClientResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several clients by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetClients(dev.modelstore.platform.v1.BatchGetClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 clients in one call, all or none (AIP-233): each item as
     * CreateClient would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateClients(dev.modelstore.platform.v1.BatchCreateClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 clients in one call, all or none (AIP-234): each item as
     * UpdateClient would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateClients(dev.modelstore.platform.v1.BatchUpdateClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 clients in one call, all or none (AIP-235): each item as
     * DeleteClient would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteClients(dev.modelstore.platform.v1.BatchDeleteClientsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Checks a candidate secret against the client's stored salted scrypt hash,
     * in constant time. The candidate is never stored, logged or echoed in a
     * response or error. A client without a stored secret never verifies. Only
     * the secret is checked: the client's `status` is not considered, so
     * callers that authenticate a client check `status` separately.
     * Errors: INVALID_ARGUMENT (`id` or `secret` is empty), NOT_FOUND (no such
     * client), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void verifyClientSecret(dev.modelstore.platform.v1.VerifyClientSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.VerifyClientSecretResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyClientSecretMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the client's secret with a new strong random secret generated by
     * the server (256 bits, URL-safe base64). The previous secret stops
     * verifying at once.
     * This is a secret-returning RPC: the new secret appears in its response
     * exactly once and nowhere else. The server stores only its salted scrypt
     * hash, so it can never be read back; a lost secret is replaced by
     * rotating again. Callers must not log the response. Needs the `write` and
     * `read-secrets` rights.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such client),
     * ABORTED (`etag` is set and does not match), PERMISSION_DENIED (the caller
     * lacks `write` or `read-secrets`), UNAVAILABLE.
     * </pre>
     */
    public void rotateClientSecret(dev.modelstore.platform.v1.RotateClientSecretRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.RotateClientSecretResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRotateClientSecretMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ClientService.
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public static final class ClientServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ClientServiceBlockingV2Stub> {
    private ClientServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateClientResponse createClient(dev.modelstore.platform.v1.CreateClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a client by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such client),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetClientResponse getClient(dev.modelstore.platform.v1.GetClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists clients, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListClientsResponse listClients(dev.modelstore.platform.v1.ListClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the clients matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's clients are seen. Entities that
     * refer to a purged one are deleted first where their reference cascades, as
     * Delete does, so a purge interrupted midway leaves no dangling reference.
     * With `force` false (the default) nothing is deleted: the response says how
     * many would be, with a sample of their ids. Each deletion is audited and
     * appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.PurgeClientsResponse purgeClients(dev.modelstore.platform.v1.PurgeClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a client.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * client and allow_missing is false), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateClientResponse updateClient(dev.modelstore.platform.v1.UpdateClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a client.
     * Errors: NOT_FOUND (no such client), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteClientResponse deleteClient(dev.modelstore.platform.v1.DeleteClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several clients by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetClientsResponse batchGetClients(dev.modelstore.platform.v1.BatchGetClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 clients in one call, all or none (AIP-233): each item as
     * CreateClient would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateClientsResponse batchCreateClients(dev.modelstore.platform.v1.BatchCreateClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 clients in one call, all or none (AIP-234): each item as
     * UpdateClient would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateClientsResponse batchUpdateClients(dev.modelstore.platform.v1.BatchUpdateClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 clients in one call, all or none (AIP-235): each item as
     * DeleteClient would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteClientsResponse batchDeleteClients(dev.modelstore.platform.v1.BatchDeleteClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks a candidate secret against the client's stored salted scrypt hash,
     * in constant time. The candidate is never stored, logged or echoed in a
     * response or error. A client without a stored secret never verifies. Only
     * the secret is checked: the client's `status` is not considered, so
     * callers that authenticate a client check `status` separately.
     * Errors: INVALID_ARGUMENT (`id` or `secret` is empty), NOT_FOUND (no such
     * client), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.VerifyClientSecretResponse verifyClientSecret(dev.modelstore.platform.v1.VerifyClientSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyClientSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the client's secret with a new strong random secret generated by
     * the server (256 bits, URL-safe base64). The previous secret stops
     * verifying at once.
     * This is a secret-returning RPC: the new secret appears in its response
     * exactly once and nowhere else. The server stores only its salted scrypt
     * hash, so it can never be read back; a lost secret is replaced by
     * rotating again. Callers must not log the response. Needs the `write` and
     * `read-secrets` rights.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such client),
     * ABORTED (`etag` is set and does not match), PERMISSION_DENIED (the caller
     * lacks `write` or `read-secrets`), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.RotateClientSecretResponse rotateClientSecret(dev.modelstore.platform.v1.RotateClientSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRotateClientSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ClientService.
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public static final class ClientServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ClientServiceBlockingStub> {
    private ClientServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateClientResponse createClient(dev.modelstore.platform.v1.CreateClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a client by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such client),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetClientResponse getClient(dev.modelstore.platform.v1.GetClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists clients, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListClientsResponse listClients(dev.modelstore.platform.v1.ListClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the clients matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's clients are seen. Entities that
     * refer to a purged one are deleted first where their reference cascades, as
     * Delete does, so a purge interrupted midway leaves no dangling reference.
     * With `force` false (the default) nothing is deleted: the response says how
     * many would be, with a sample of their ids. Each deletion is audited and
     * appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.PurgeClientsResponse purgeClients(dev.modelstore.platform.v1.PurgeClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a client.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * client and allow_missing is false), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateClientResponse updateClient(dev.modelstore.platform.v1.UpdateClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a client.
     * Errors: NOT_FOUND (no such client), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteClientResponse deleteClient(dev.modelstore.platform.v1.DeleteClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several clients by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetClientsResponse batchGetClients(dev.modelstore.platform.v1.BatchGetClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 clients in one call, all or none (AIP-233): each item as
     * CreateClient would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateClientsResponse batchCreateClients(dev.modelstore.platform.v1.BatchCreateClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 clients in one call, all or none (AIP-234): each item as
     * UpdateClient would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateClientsResponse batchUpdateClients(dev.modelstore.platform.v1.BatchUpdateClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 clients in one call, all or none (AIP-235): each item as
     * DeleteClient would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteClientsResponse batchDeleteClients(dev.modelstore.platform.v1.BatchDeleteClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks a candidate secret against the client's stored salted scrypt hash,
     * in constant time. The candidate is never stored, logged or echoed in a
     * response or error. A client without a stored secret never verifies. Only
     * the secret is checked: the client's `status` is not considered, so
     * callers that authenticate a client check `status` separately.
     * Errors: INVALID_ARGUMENT (`id` or `secret` is empty), NOT_FOUND (no such
     * client), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.VerifyClientSecretResponse verifyClientSecret(dev.modelstore.platform.v1.VerifyClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyClientSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the client's secret with a new strong random secret generated by
     * the server (256 bits, URL-safe base64). The previous secret stops
     * verifying at once.
     * This is a secret-returning RPC: the new secret appears in its response
     * exactly once and nowhere else. The server stores only its salted scrypt
     * hash, so it can never be read back; a lost secret is replaced by
     * rotating again. Callers must not log the response. Needs the `write` and
     * `read-secrets` rights.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such client),
     * ABORTED (`etag` is set and does not match), PERMISSION_DENIED (the caller
     * lacks `write` or `read-secrets`), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.RotateClientSecretResponse rotateClientSecret(dev.modelstore.platform.v1.RotateClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRotateClientSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ClientService.
   * <pre>
   * Manages API clients, the global machine principals of the platform domain.
   * </pre>
   */
  public static final class ClientServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ClientServiceFutureStub> {
    private ClientServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.CreateClientResponse> createClient(
        dev.modelstore.platform.v1.CreateClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a client by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such client),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.GetClientResponse> getClient(
        dev.modelstore.platform.v1.GetClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists clients, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.ListClientsResponse> listClients(
        dev.modelstore.platform.v1.ListClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the clients matching `filter` (AIP-165), a hard delete,
     * as Delete is. Only the caller tenant's clients are seen. Entities that
     * refer to a purged one are deleted first where their reference cascades, as
     * Delete does, so a purge interrupted midway leaves no dangling reference.
     * With `force` false (the default) nothing is deleted: the response says how
     * many would be, with a sample of their ids. Each deletion is audited and
     * appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.PurgeClientsResponse> purgeClients(
        dev.modelstore.platform.v1.PurgeClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a client.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * client and allow_missing is false), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.UpdateClientResponse> updateClient(
        dev.modelstore.platform.v1.UpdateClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a client.
     * Errors: NOT_FOUND (no such client), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.DeleteClientResponse> deleteClient(
        dev.modelstore.platform.v1.DeleteClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several clients by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchGetClientsResponse> batchGetClients(
        dev.modelstore.platform.v1.BatchGetClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 clients in one call, all or none (AIP-233): each item as
     * CreateClient would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchCreateClientsResponse> batchCreateClients(
        dev.modelstore.platform.v1.BatchCreateClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 clients in one call, all or none (AIP-234): each item as
     * UpdateClient would update it (its own update_mask, etag and allow_missing),
     * answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].client.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchUpdateClientsResponse> batchUpdateClients(
        dev.modelstore.platform.v1.BatchUpdateClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 clients in one call, all or none (AIP-235): each item as
     * DeleteClient would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteClient, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchDeleteClientsResponse> batchDeleteClients(
        dev.modelstore.platform.v1.BatchDeleteClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Checks a candidate secret against the client's stored salted scrypt hash,
     * in constant time. The candidate is never stored, logged or echoed in a
     * response or error. A client without a stored secret never verifies. Only
     * the secret is checked: the client's `status` is not considered, so
     * callers that authenticate a client check `status` separately.
     * Errors: INVALID_ARGUMENT (`id` or `secret` is empty), NOT_FOUND (no such
     * client), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.VerifyClientSecretResponse> verifyClientSecret(
        dev.modelstore.platform.v1.VerifyClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyClientSecretMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the client's secret with a new strong random secret generated by
     * the server (256 bits, URL-safe base64). The previous secret stops
     * verifying at once.
     * This is a secret-returning RPC: the new secret appears in its response
     * exactly once and nowhere else. The server stores only its salted scrypt
     * hash, so it can never be read back; a lost secret is replaced by
     * rotating again. Callers must not log the response. Needs the `write` and
     * `read-secrets` rights.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such client),
     * ABORTED (`etag` is set and does not match), PERMISSION_DENIED (the caller
     * lacks `write` or `read-secrets`), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.RotateClientSecretResponse> rotateClientSecret(
        dev.modelstore.platform.v1.RotateClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRotateClientSecretMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CLIENT = 0;
  private static final int METHODID_GET_CLIENT = 1;
  private static final int METHODID_LIST_CLIENTS = 2;
  private static final int METHODID_PURGE_CLIENTS = 3;
  private static final int METHODID_UPDATE_CLIENT = 4;
  private static final int METHODID_DELETE_CLIENT = 5;
  private static final int METHODID_BATCH_GET_CLIENTS = 6;
  private static final int METHODID_BATCH_CREATE_CLIENTS = 7;
  private static final int METHODID_BATCH_UPDATE_CLIENTS = 8;
  private static final int METHODID_BATCH_DELETE_CLIENTS = 9;
  private static final int METHODID_VERIFY_CLIENT_SECRET = 10;
  private static final int METHODID_ROTATE_CLIENT_SECRET = 11;

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
        case METHODID_CREATE_CLIENT:
          serviceImpl.createClient((dev.modelstore.platform.v1.CreateClientRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateClientResponse>) responseObserver);
          break;
        case METHODID_GET_CLIENT:
          serviceImpl.getClient((dev.modelstore.platform.v1.GetClientRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetClientResponse>) responseObserver);
          break;
        case METHODID_LIST_CLIENTS:
          serviceImpl.listClients((dev.modelstore.platform.v1.ListClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListClientsResponse>) responseObserver);
          break;
        case METHODID_PURGE_CLIENTS:
          serviceImpl.purgeClients((dev.modelstore.platform.v1.PurgeClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeClientsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CLIENT:
          serviceImpl.updateClient((dev.modelstore.platform.v1.UpdateClientRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateClientResponse>) responseObserver);
          break;
        case METHODID_DELETE_CLIENT:
          serviceImpl.deleteClient((dev.modelstore.platform.v1.DeleteClientRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteClientResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_CLIENTS:
          serviceImpl.batchGetClients((dev.modelstore.platform.v1.BatchGetClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetClientsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_CLIENTS:
          serviceImpl.batchCreateClients((dev.modelstore.platform.v1.BatchCreateClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateClientsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_CLIENTS:
          serviceImpl.batchUpdateClients((dev.modelstore.platform.v1.BatchUpdateClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateClientsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_CLIENTS:
          serviceImpl.batchDeleteClients((dev.modelstore.platform.v1.BatchDeleteClientsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteClientsResponse>) responseObserver);
          break;
        case METHODID_VERIFY_CLIENT_SECRET:
          serviceImpl.verifyClientSecret((dev.modelstore.platform.v1.VerifyClientSecretRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.VerifyClientSecretResponse>) responseObserver);
          break;
        case METHODID_ROTATE_CLIENT_SECRET:
          serviceImpl.rotateClientSecret((dev.modelstore.platform.v1.RotateClientSecretRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.RotateClientSecretResponse>) responseObserver);
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
          getCreateClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.CreateClientRequest,
              dev.modelstore.platform.v1.CreateClientResponse>(
                service, METHODID_CREATE_CLIENT)))
        .addMethod(
          getGetClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.GetClientRequest,
              dev.modelstore.platform.v1.GetClientResponse>(
                service, METHODID_GET_CLIENT)))
        .addMethod(
          getListClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.ListClientsRequest,
              dev.modelstore.platform.v1.ListClientsResponse>(
                service, METHODID_LIST_CLIENTS)))
        .addMethod(
          getPurgeClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.PurgeClientsRequest,
              dev.modelstore.platform.v1.PurgeClientsResponse>(
                service, METHODID_PURGE_CLIENTS)))
        .addMethod(
          getUpdateClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.UpdateClientRequest,
              dev.modelstore.platform.v1.UpdateClientResponse>(
                service, METHODID_UPDATE_CLIENT)))
        .addMethod(
          getDeleteClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.DeleteClientRequest,
              dev.modelstore.platform.v1.DeleteClientResponse>(
                service, METHODID_DELETE_CLIENT)))
        .addMethod(
          getBatchGetClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchGetClientsRequest,
              dev.modelstore.platform.v1.BatchGetClientsResponse>(
                service, METHODID_BATCH_GET_CLIENTS)))
        .addMethod(
          getBatchCreateClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchCreateClientsRequest,
              dev.modelstore.platform.v1.BatchCreateClientsResponse>(
                service, METHODID_BATCH_CREATE_CLIENTS)))
        .addMethod(
          getBatchUpdateClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchUpdateClientsRequest,
              dev.modelstore.platform.v1.BatchUpdateClientsResponse>(
                service, METHODID_BATCH_UPDATE_CLIENTS)))
        .addMethod(
          getBatchDeleteClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchDeleteClientsRequest,
              dev.modelstore.platform.v1.BatchDeleteClientsResponse>(
                service, METHODID_BATCH_DELETE_CLIENTS)))
        .addMethod(
          getVerifyClientSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.VerifyClientSecretRequest,
              dev.modelstore.platform.v1.VerifyClientSecretResponse>(
                service, METHODID_VERIFY_CLIENT_SECRET)))
        .addMethod(
          getRotateClientSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.RotateClientSecretRequest,
              dev.modelstore.platform.v1.RotateClientSecretResponse>(
                service, METHODID_ROTATE_CLIENT_SECRET)))
        .build();
  }

  private static abstract class ClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ClientServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.platform.v1.ClientProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ClientService");
    }
  }

  private static final class ClientServiceFileDescriptorSupplier
      extends ClientServiceBaseDescriptorSupplier {
    ClientServiceFileDescriptorSupplier() {}
  }

  private static final class ClientServiceMethodDescriptorSupplier
      extends ClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ClientServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ClientServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ClientServiceFileDescriptorSupplier())
              .addMethod(getCreateClientMethod())
              .addMethod(getGetClientMethod())
              .addMethod(getListClientsMethod())
              .addMethod(getPurgeClientsMethod())
              .addMethod(getUpdateClientMethod())
              .addMethod(getDeleteClientMethod())
              .addMethod(getBatchGetClientsMethod())
              .addMethod(getBatchCreateClientsMethod())
              .addMethod(getBatchUpdateClientsMethod())
              .addMethod(getBatchDeleteClientsMethod())
              .addMethod(getVerifyClientSecretMethod())
              .addMethod(getRotateClientSecretMethod())
              .build();
        }
      }
    }
    return result;
  }
}
