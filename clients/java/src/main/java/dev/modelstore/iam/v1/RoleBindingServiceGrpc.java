package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages role bindings, the grants of roles to users.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RoleBindingServiceGrpc {

  private RoleBindingServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.RoleBindingService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleBindingRequest,
      dev.modelstore.iam.v1.CreateRoleBindingResponse> getCreateRoleBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRoleBinding",
      requestType = dev.modelstore.iam.v1.CreateRoleBindingRequest.class,
      responseType = dev.modelstore.iam.v1.CreateRoleBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleBindingRequest,
      dev.modelstore.iam.v1.CreateRoleBindingResponse> getCreateRoleBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreateRoleBindingRequest, dev.modelstore.iam.v1.CreateRoleBindingResponse> getCreateRoleBindingMethod;
    if ((getCreateRoleBindingMethod = RoleBindingServiceGrpc.getCreateRoleBindingMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getCreateRoleBindingMethod = RoleBindingServiceGrpc.getCreateRoleBindingMethod) == null) {
          RoleBindingServiceGrpc.getCreateRoleBindingMethod = getCreateRoleBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreateRoleBindingRequest, dev.modelstore.iam.v1.CreateRoleBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRoleBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateRoleBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreateRoleBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("CreateRoleBinding"))
              .build();
        }
      }
    }
    return getCreateRoleBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleBindingRequest,
      dev.modelstore.iam.v1.GetRoleBindingResponse> getGetRoleBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRoleBinding",
      requestType = dev.modelstore.iam.v1.GetRoleBindingRequest.class,
      responseType = dev.modelstore.iam.v1.GetRoleBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleBindingRequest,
      dev.modelstore.iam.v1.GetRoleBindingResponse> getGetRoleBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetRoleBindingRequest, dev.modelstore.iam.v1.GetRoleBindingResponse> getGetRoleBindingMethod;
    if ((getGetRoleBindingMethod = RoleBindingServiceGrpc.getGetRoleBindingMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getGetRoleBindingMethod = RoleBindingServiceGrpc.getGetRoleBindingMethod) == null) {
          RoleBindingServiceGrpc.getGetRoleBindingMethod = getGetRoleBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetRoleBindingRequest, dev.modelstore.iam.v1.GetRoleBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRoleBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetRoleBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetRoleBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("GetRoleBinding"))
              .build();
        }
      }
    }
    return getGetRoleBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRoleBindingsRequest,
      dev.modelstore.iam.v1.ListRoleBindingsResponse> getListRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRoleBindings",
      requestType = dev.modelstore.iam.v1.ListRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.ListRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRoleBindingsRequest,
      dev.modelstore.iam.v1.ListRoleBindingsResponse> getListRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListRoleBindingsRequest, dev.modelstore.iam.v1.ListRoleBindingsResponse> getListRoleBindingsMethod;
    if ((getListRoleBindingsMethod = RoleBindingServiceGrpc.getListRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getListRoleBindingsMethod = RoleBindingServiceGrpc.getListRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getListRoleBindingsMethod = getListRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListRoleBindingsRequest, dev.modelstore.iam.v1.ListRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("ListRoleBindings"))
              .build();
        }
      }
    }
    return getListRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRoleBindingsRequest,
      dev.modelstore.iam.v1.PurgeRoleBindingsResponse> getPurgeRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeRoleBindings",
      requestType = dev.modelstore.iam.v1.PurgeRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.PurgeRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRoleBindingsRequest,
      dev.modelstore.iam.v1.PurgeRoleBindingsResponse> getPurgeRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgeRoleBindingsRequest, dev.modelstore.iam.v1.PurgeRoleBindingsResponse> getPurgeRoleBindingsMethod;
    if ((getPurgeRoleBindingsMethod = RoleBindingServiceGrpc.getPurgeRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getPurgeRoleBindingsMethod = RoleBindingServiceGrpc.getPurgeRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getPurgeRoleBindingsMethod = getPurgeRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgeRoleBindingsRequest, dev.modelstore.iam.v1.PurgeRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgeRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("PurgeRoleBindings"))
              .build();
        }
      }
    }
    return getPurgeRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleBindingRequest,
      dev.modelstore.iam.v1.UpdateRoleBindingResponse> getUpdateRoleBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRoleBinding",
      requestType = dev.modelstore.iam.v1.UpdateRoleBindingRequest.class,
      responseType = dev.modelstore.iam.v1.UpdateRoleBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleBindingRequest,
      dev.modelstore.iam.v1.UpdateRoleBindingResponse> getUpdateRoleBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdateRoleBindingRequest, dev.modelstore.iam.v1.UpdateRoleBindingResponse> getUpdateRoleBindingMethod;
    if ((getUpdateRoleBindingMethod = RoleBindingServiceGrpc.getUpdateRoleBindingMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getUpdateRoleBindingMethod = RoleBindingServiceGrpc.getUpdateRoleBindingMethod) == null) {
          RoleBindingServiceGrpc.getUpdateRoleBindingMethod = getUpdateRoleBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdateRoleBindingRequest, dev.modelstore.iam.v1.UpdateRoleBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRoleBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateRoleBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdateRoleBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("UpdateRoleBinding"))
              .build();
        }
      }
    }
    return getUpdateRoleBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleBindingRequest,
      dev.modelstore.iam.v1.DeleteRoleBindingResponse> getDeleteRoleBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRoleBinding",
      requestType = dev.modelstore.iam.v1.DeleteRoleBindingRequest.class,
      responseType = dev.modelstore.iam.v1.DeleteRoleBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleBindingRequest,
      dev.modelstore.iam.v1.DeleteRoleBindingResponse> getDeleteRoleBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeleteRoleBindingRequest, dev.modelstore.iam.v1.DeleteRoleBindingResponse> getDeleteRoleBindingMethod;
    if ((getDeleteRoleBindingMethod = RoleBindingServiceGrpc.getDeleteRoleBindingMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getDeleteRoleBindingMethod = RoleBindingServiceGrpc.getDeleteRoleBindingMethod) == null) {
          RoleBindingServiceGrpc.getDeleteRoleBindingMethod = getDeleteRoleBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeleteRoleBindingRequest, dev.modelstore.iam.v1.DeleteRoleBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRoleBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteRoleBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeleteRoleBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("DeleteRoleBinding"))
              .build();
        }
      }
    }
    return getDeleteRoleBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleBindingRequest,
      dev.modelstore.iam.v1.UndeleteRoleBindingResponse> getUndeleteRoleBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteRoleBinding",
      requestType = dev.modelstore.iam.v1.UndeleteRoleBindingRequest.class,
      responseType = dev.modelstore.iam.v1.UndeleteRoleBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleBindingRequest,
      dev.modelstore.iam.v1.UndeleteRoleBindingResponse> getUndeleteRoleBindingMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeleteRoleBindingRequest, dev.modelstore.iam.v1.UndeleteRoleBindingResponse> getUndeleteRoleBindingMethod;
    if ((getUndeleteRoleBindingMethod = RoleBindingServiceGrpc.getUndeleteRoleBindingMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getUndeleteRoleBindingMethod = RoleBindingServiceGrpc.getUndeleteRoleBindingMethod) == null) {
          RoleBindingServiceGrpc.getUndeleteRoleBindingMethod = getUndeleteRoleBindingMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeleteRoleBindingRequest, dev.modelstore.iam.v1.UndeleteRoleBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteRoleBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteRoleBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeleteRoleBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("UndeleteRoleBinding"))
              .build();
        }
      }
    }
    return getUndeleteRoleBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> getBatchGetRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetRoleBindings",
      requestType = dev.modelstore.iam.v1.BatchGetRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> getBatchGetRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetRoleBindingsRequest, dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> getBatchGetRoleBindingsMethod;
    if ((getBatchGetRoleBindingsMethod = RoleBindingServiceGrpc.getBatchGetRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getBatchGetRoleBindingsMethod = RoleBindingServiceGrpc.getBatchGetRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getBatchGetRoleBindingsMethod = getBatchGetRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetRoleBindingsRequest, dev.modelstore.iam.v1.BatchGetRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("BatchGetRoleBindings"))
              .build();
        }
      }
    }
    return getBatchGetRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> getBatchCreateRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateRoleBindings",
      requestType = dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> getBatchCreateRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest, dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> getBatchCreateRoleBindingsMethod;
    if ((getBatchCreateRoleBindingsMethod = RoleBindingServiceGrpc.getBatchCreateRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getBatchCreateRoleBindingsMethod = RoleBindingServiceGrpc.getBatchCreateRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getBatchCreateRoleBindingsMethod = getBatchCreateRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest, dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("BatchCreateRoleBindings"))
              .build();
        }
      }
    }
    return getBatchCreateRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> getBatchUpdateRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateRoleBindings",
      requestType = dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> getBatchUpdateRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest, dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> getBatchUpdateRoleBindingsMethod;
    if ((getBatchUpdateRoleBindingsMethod = RoleBindingServiceGrpc.getBatchUpdateRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getBatchUpdateRoleBindingsMethod = RoleBindingServiceGrpc.getBatchUpdateRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getBatchUpdateRoleBindingsMethod = getBatchUpdateRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest, dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("BatchUpdateRoleBindings"))
              .build();
        }
      }
    }
    return getBatchUpdateRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> getBatchDeleteRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteRoleBindings",
      requestType = dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest,
      dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> getBatchDeleteRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest, dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> getBatchDeleteRoleBindingsMethod;
    if ((getBatchDeleteRoleBindingsMethod = RoleBindingServiceGrpc.getBatchDeleteRoleBindingsMethod) == null) {
      synchronized (RoleBindingServiceGrpc.class) {
        if ((getBatchDeleteRoleBindingsMethod = RoleBindingServiceGrpc.getBatchDeleteRoleBindingsMethod) == null) {
          RoleBindingServiceGrpc.getBatchDeleteRoleBindingsMethod = getBatchDeleteRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest, dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RoleBindingServiceMethodDescriptorSupplier("BatchDeleteRoleBindings"))
              .build();
        }
      }
    }
    return getBatchDeleteRoleBindingsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RoleBindingServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceStub>() {
        @java.lang.Override
        public RoleBindingServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleBindingServiceStub(channel, callOptions);
        }
      };
    return RoleBindingServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RoleBindingServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceBlockingV2Stub>() {
        @java.lang.Override
        public RoleBindingServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleBindingServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RoleBindingServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RoleBindingServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceBlockingStub>() {
        @java.lang.Override
        public RoleBindingServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleBindingServiceBlockingStub(channel, callOptions);
        }
      };
    return RoleBindingServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RoleBindingServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RoleBindingServiceFutureStub>() {
        @java.lang.Override
        public RoleBindingServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RoleBindingServiceFutureStub(channel, callOptions);
        }
      };
    return RoleBindingServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a role binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already holds the role), FAILED_PRECONDITION (the
     * tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createRoleBinding(dev.modelstore.iam.v1.CreateRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRoleBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a role binding by id. A deleted role binding is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getRoleBinding(dev.modelstore.iam.v1.GetRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRoleBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists role bindings, one keyset page at a time. Only the caller tenant's
     * role bindings are listed. Deleted role bindings are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listRoleBindings(dev.modelstore.iam.v1.ListRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the role bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's role bindings are seen. Entities that refer to a purged one are
     * deleted first where their reference cascades, as Delete does, so a purge
     * interrupted midway leaves no dangling reference. With `force` false (the
     * default) nothing is deleted: the response says how many would be, with a
     * sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeRoleBindings(dev.modelstore.iam.v1.PurgeRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a role binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role binding and allow_missing is false), ALREADY_EXISTS (the user
     * already holds the role), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (the tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateRoleBinding(dev.modelstore.iam.v1.UpdateRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRoleBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a role binding (AIP-164): sets `is_active` to false and
     * returns the role binding. UndeleteRoleBinding restores it.
     * Errors: NOT_FOUND (no such role binding, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteRoleBinding(dev.modelstore.iam.v1.DeleteRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRoleBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted role binding: sets `is_active` back to true and
     * returns the role binding.
     * Errors: NOT_FOUND (no such role binding, or another tenant's),
     * ALREADY_EXISTS (the role binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void undeleteRoleBinding(dev.modelstore.iam.v1.UndeleteRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteRoleBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several role bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetRoleBindings(dev.modelstore.iam.v1.BatchGetRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 role bindings in one call, all or none (AIP-233): each
     * item as CreateRoleBinding would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateRoleBindings(dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 role bindings in one call, all or none (AIP-234): each
     * item as UpdateRoleBinding would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateRoleBindings(dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 role bindings in one call, all or none (AIP-235): each
     * item as DeleteRoleBinding would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteRoleBindings(dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteRoleBindingsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RoleBindingService.
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public static abstract class RoleBindingServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RoleBindingServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RoleBindingService.
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public static final class RoleBindingServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RoleBindingServiceStub> {
    private RoleBindingServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleBindingServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleBindingServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already holds the role), FAILED_PRECONDITION (the
     * tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createRoleBinding(dev.modelstore.iam.v1.CreateRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRoleBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a role binding by id. A deleted role binding is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getRoleBinding(dev.modelstore.iam.v1.GetRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRoleBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists role bindings, one keyset page at a time. Only the caller tenant's
     * role bindings are listed. Deleted role bindings are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listRoleBindings(dev.modelstore.iam.v1.ListRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the role bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's role bindings are seen. Entities that refer to a purged one are
     * deleted first where their reference cascades, as Delete does, so a purge
     * interrupted midway leaves no dangling reference. With `force` false (the
     * default) nothing is deleted: the response says how many would be, with a
     * sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeRoleBindings(dev.modelstore.iam.v1.PurgeRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a role binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role binding and allow_missing is false), ALREADY_EXISTS (the user
     * already holds the role), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (the tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateRoleBinding(dev.modelstore.iam.v1.UpdateRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRoleBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a role binding (AIP-164): sets `is_active` to false and
     * returns the role binding. UndeleteRoleBinding restores it.
     * Errors: NOT_FOUND (no such role binding, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteRoleBinding(dev.modelstore.iam.v1.DeleteRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRoleBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted role binding: sets `is_active` back to true and
     * returns the role binding.
     * Errors: NOT_FOUND (no such role binding, or another tenant's),
     * ALREADY_EXISTS (the role binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void undeleteRoleBinding(dev.modelstore.iam.v1.UndeleteRoleBindingRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteRoleBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several role bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetRoleBindings(dev.modelstore.iam.v1.BatchGetRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 role bindings in one call, all or none (AIP-233): each
     * item as CreateRoleBinding would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateRoleBindings(dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 role bindings in one call, all or none (AIP-234): each
     * item as UpdateRoleBinding would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateRoleBindings(dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 role bindings in one call, all or none (AIP-235): each
     * item as DeleteRoleBinding would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteRoleBindings(dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RoleBindingService.
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public static final class RoleBindingServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RoleBindingServiceBlockingV2Stub> {
    private RoleBindingServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleBindingServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleBindingServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already holds the role), FAILED_PRECONDITION (the
     * tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateRoleBindingResponse createRoleBinding(dev.modelstore.iam.v1.CreateRoleBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a role binding by id. A deleted role binding is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetRoleBindingResponse getRoleBinding(dev.modelstore.iam.v1.GetRoleBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists role bindings, one keyset page at a time. Only the caller tenant's
     * role bindings are listed. Deleted role bindings are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListRoleBindingsResponse listRoleBindings(dev.modelstore.iam.v1.ListRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the role bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's role bindings are seen. Entities that refer to a purged one are
     * deleted first where their reference cascades, as Delete does, so a purge
     * interrupted midway leaves no dangling reference. With `force` false (the
     * default) nothing is deleted: the response says how many would be, with a
     * sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeRoleBindingsResponse purgeRoleBindings(dev.modelstore.iam.v1.PurgeRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a role binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role binding and allow_missing is false), ALREADY_EXISTS (the user
     * already holds the role), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (the tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateRoleBindingResponse updateRoleBinding(dev.modelstore.iam.v1.UpdateRoleBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a role binding (AIP-164): sets `is_active` to false and
     * returns the role binding. UndeleteRoleBinding restores it.
     * Errors: NOT_FOUND (no such role binding, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteRoleBindingResponse deleteRoleBinding(dev.modelstore.iam.v1.DeleteRoleBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted role binding: sets `is_active` back to true and
     * returns the role binding.
     * Errors: NOT_FOUND (no such role binding, or another tenant's),
     * ALREADY_EXISTS (the role binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteRoleBindingResponse undeleteRoleBinding(dev.modelstore.iam.v1.UndeleteRoleBindingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several role bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetRoleBindingsResponse batchGetRoleBindings(dev.modelstore.iam.v1.BatchGetRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 role bindings in one call, all or none (AIP-233): each
     * item as CreateRoleBinding would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse batchCreateRoleBindings(dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 role bindings in one call, all or none (AIP-234): each
     * item as UpdateRoleBinding would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse batchUpdateRoleBindings(dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 role bindings in one call, all or none (AIP-235): each
     * item as DeleteRoleBinding would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse batchDeleteRoleBindings(dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteRoleBindingsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RoleBindingService.
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public static final class RoleBindingServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RoleBindingServiceBlockingStub> {
    private RoleBindingServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleBindingServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleBindingServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already holds the role), FAILED_PRECONDITION (the
     * tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreateRoleBindingResponse createRoleBinding(dev.modelstore.iam.v1.CreateRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a role binding by id. A deleted role binding is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetRoleBindingResponse getRoleBinding(dev.modelstore.iam.v1.GetRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists role bindings, one keyset page at a time. Only the caller tenant's
     * role bindings are listed. Deleted role bindings are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListRoleBindingsResponse listRoleBindings(dev.modelstore.iam.v1.ListRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the role bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's role bindings are seen. Entities that refer to a purged one are
     * deleted first where their reference cascades, as Delete does, so a purge
     * interrupted midway leaves no dangling reference. With `force` false (the
     * default) nothing is deleted: the response says how many would be, with a
     * sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.PurgeRoleBindingsResponse purgeRoleBindings(dev.modelstore.iam.v1.PurgeRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a role binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role binding and allow_missing is false), ALREADY_EXISTS (the user
     * already holds the role), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (the tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdateRoleBindingResponse updateRoleBinding(dev.modelstore.iam.v1.UpdateRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a role binding (AIP-164): sets `is_active` to false and
     * returns the role binding. UndeleteRoleBinding restores it.
     * Errors: NOT_FOUND (no such role binding, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeleteRoleBindingResponse deleteRoleBinding(dev.modelstore.iam.v1.DeleteRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted role binding: sets `is_active` back to true and
     * returns the role binding.
     * Errors: NOT_FOUND (no such role binding, or another tenant's),
     * ALREADY_EXISTS (the role binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeleteRoleBindingResponse undeleteRoleBinding(dev.modelstore.iam.v1.UndeleteRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteRoleBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several role bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetRoleBindingsResponse batchGetRoleBindings(dev.modelstore.iam.v1.BatchGetRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 role bindings in one call, all or none (AIP-233): each
     * item as CreateRoleBinding would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse batchCreateRoleBindings(dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 role bindings in one call, all or none (AIP-234): each
     * item as UpdateRoleBinding would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse batchUpdateRoleBindings(dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 role bindings in one call, all or none (AIP-235): each
     * item as DeleteRoleBinding would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse batchDeleteRoleBindings(dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteRoleBindingsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RoleBindingService.
   * <pre>
   * Manages role bindings, the grants of roles to users.
   * </pre>
   */
  public static final class RoleBindingServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RoleBindingServiceFutureStub> {
    private RoleBindingServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RoleBindingServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RoleBindingServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a role binding.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the user already holds the role), FAILED_PRECONDITION (the
     * tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreateRoleBindingResponse> createRoleBinding(
        dev.modelstore.iam.v1.CreateRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRoleBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a role binding by id. A deleted role binding is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such role
     * binding, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetRoleBindingResponse> getRoleBinding(
        dev.modelstore.iam.v1.GetRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRoleBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists role bindings, one keyset page at a time. Only the caller tenant's
     * role bindings are listed. Deleted role bindings are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListRoleBindingsResponse> listRoleBindings(
        dev.modelstore.iam.v1.ListRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the role bindings matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's role bindings are seen. Entities that refer to a purged one are
     * deleted first where their reference cascades, as Delete does, so a purge
     * interrupted midway leaves no dangling reference. With `force` false (the
     * default) nothing is deleted: the response says how many would be, with a
     * sample of their ids. Each deletion is audited and appears in the change
     * feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgeRoleBindingsResponse> purgeRoleBindings(
        dev.modelstore.iam.v1.PurgeRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a role binding.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * role binding and allow_missing is false), ALREADY_EXISTS (the user
     * already holds the role), ABORTED (etag mismatch), FAILED_PRECONDITION
     * (the tenant, user or role does not exist in the tenant; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`tenant_id` is not
     * the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdateRoleBindingResponse> updateRoleBinding(
        dev.modelstore.iam.v1.UpdateRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRoleBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a role binding (AIP-164): sets `is_active` to false and
     * returns the role binding. UndeleteRoleBinding restores it.
     * Errors: NOT_FOUND (no such role binding, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeleteRoleBindingResponse> deleteRoleBinding(
        dev.modelstore.iam.v1.DeleteRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRoleBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted role binding: sets `is_active` back to true and
     * returns the role binding.
     * Errors: NOT_FOUND (no such role binding, or another tenant's),
     * ALREADY_EXISTS (the role binding is not deleted), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeleteRoleBindingResponse> undeleteRoleBinding(
        dev.modelstore.iam.v1.UndeleteRoleBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteRoleBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several role bindings by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetRoleBindingsResponse> batchGetRoleBindings(
        dev.modelstore.iam.v1.BatchGetRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 role bindings in one call, all or none (AIP-233): each
     * item as CreateRoleBinding would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse> batchCreateRoleBindings(
        dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 role bindings in one call, all or none (AIP-234): each
     * item as UpdateRoleBinding would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].role_binding.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse> batchUpdateRoleBindings(
        dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 role bindings in one call, all or none (AIP-235): each
     * item as DeleteRoleBinding would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteRoleBinding, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse> batchDeleteRoleBindings(
        dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteRoleBindingsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ROLE_BINDING = 0;
  private static final int METHODID_GET_ROLE_BINDING = 1;
  private static final int METHODID_LIST_ROLE_BINDINGS = 2;
  private static final int METHODID_PURGE_ROLE_BINDINGS = 3;
  private static final int METHODID_UPDATE_ROLE_BINDING = 4;
  private static final int METHODID_DELETE_ROLE_BINDING = 5;
  private static final int METHODID_UNDELETE_ROLE_BINDING = 6;
  private static final int METHODID_BATCH_GET_ROLE_BINDINGS = 7;
  private static final int METHODID_BATCH_CREATE_ROLE_BINDINGS = 8;
  private static final int METHODID_BATCH_UPDATE_ROLE_BINDINGS = 9;
  private static final int METHODID_BATCH_DELETE_ROLE_BINDINGS = 10;

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
        case METHODID_CREATE_ROLE_BINDING:
          serviceImpl.createRoleBinding((dev.modelstore.iam.v1.CreateRoleBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreateRoleBindingResponse>) responseObserver);
          break;
        case METHODID_GET_ROLE_BINDING:
          serviceImpl.getRoleBinding((dev.modelstore.iam.v1.GetRoleBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetRoleBindingResponse>) responseObserver);
          break;
        case METHODID_LIST_ROLE_BINDINGS:
          serviceImpl.listRoleBindings((dev.modelstore.iam.v1.ListRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_PURGE_ROLE_BINDINGS:
          serviceImpl.purgeRoleBindings((dev.modelstore.iam.v1.PurgeRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgeRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ROLE_BINDING:
          serviceImpl.updateRoleBinding((dev.modelstore.iam.v1.UpdateRoleBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdateRoleBindingResponse>) responseObserver);
          break;
        case METHODID_DELETE_ROLE_BINDING:
          serviceImpl.deleteRoleBinding((dev.modelstore.iam.v1.DeleteRoleBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeleteRoleBindingResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_ROLE_BINDING:
          serviceImpl.undeleteRoleBinding((dev.modelstore.iam.v1.UndeleteRoleBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeleteRoleBindingResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_ROLE_BINDINGS:
          serviceImpl.batchGetRoleBindings((dev.modelstore.iam.v1.BatchGetRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ROLE_BINDINGS:
          serviceImpl.batchCreateRoleBindings((dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_ROLE_BINDINGS:
          serviceImpl.batchUpdateRoleBindings((dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_ROLE_BINDINGS:
          serviceImpl.batchDeleteRoleBindings((dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse>) responseObserver);
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
          getCreateRoleBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreateRoleBindingRequest,
              dev.modelstore.iam.v1.CreateRoleBindingResponse>(
                service, METHODID_CREATE_ROLE_BINDING)))
        .addMethod(
          getGetRoleBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetRoleBindingRequest,
              dev.modelstore.iam.v1.GetRoleBindingResponse>(
                service, METHODID_GET_ROLE_BINDING)))
        .addMethod(
          getListRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListRoleBindingsRequest,
              dev.modelstore.iam.v1.ListRoleBindingsResponse>(
                service, METHODID_LIST_ROLE_BINDINGS)))
        .addMethod(
          getPurgeRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgeRoleBindingsRequest,
              dev.modelstore.iam.v1.PurgeRoleBindingsResponse>(
                service, METHODID_PURGE_ROLE_BINDINGS)))
        .addMethod(
          getUpdateRoleBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdateRoleBindingRequest,
              dev.modelstore.iam.v1.UpdateRoleBindingResponse>(
                service, METHODID_UPDATE_ROLE_BINDING)))
        .addMethod(
          getDeleteRoleBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeleteRoleBindingRequest,
              dev.modelstore.iam.v1.DeleteRoleBindingResponse>(
                service, METHODID_DELETE_ROLE_BINDING)))
        .addMethod(
          getUndeleteRoleBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeleteRoleBindingRequest,
              dev.modelstore.iam.v1.UndeleteRoleBindingResponse>(
                service, METHODID_UNDELETE_ROLE_BINDING)))
        .addMethod(
          getBatchGetRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetRoleBindingsRequest,
              dev.modelstore.iam.v1.BatchGetRoleBindingsResponse>(
                service, METHODID_BATCH_GET_ROLE_BINDINGS)))
        .addMethod(
          getBatchCreateRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreateRoleBindingsRequest,
              dev.modelstore.iam.v1.BatchCreateRoleBindingsResponse>(
                service, METHODID_BATCH_CREATE_ROLE_BINDINGS)))
        .addMethod(
          getBatchUpdateRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdateRoleBindingsRequest,
              dev.modelstore.iam.v1.BatchUpdateRoleBindingsResponse>(
                service, METHODID_BATCH_UPDATE_ROLE_BINDINGS)))
        .addMethod(
          getBatchDeleteRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeleteRoleBindingsRequest,
              dev.modelstore.iam.v1.BatchDeleteRoleBindingsResponse>(
                service, METHODID_BATCH_DELETE_ROLE_BINDINGS)))
        .build();
  }

  private static abstract class RoleBindingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RoleBindingServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.RoleBindingProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RoleBindingService");
    }
  }

  private static final class RoleBindingServiceFileDescriptorSupplier
      extends RoleBindingServiceBaseDescriptorSupplier {
    RoleBindingServiceFileDescriptorSupplier() {}
  }

  private static final class RoleBindingServiceMethodDescriptorSupplier
      extends RoleBindingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RoleBindingServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RoleBindingServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RoleBindingServiceFileDescriptorSupplier())
              .addMethod(getCreateRoleBindingMethod())
              .addMethod(getGetRoleBindingMethod())
              .addMethod(getListRoleBindingsMethod())
              .addMethod(getPurgeRoleBindingsMethod())
              .addMethod(getUpdateRoleBindingMethod())
              .addMethod(getDeleteRoleBindingMethod())
              .addMethod(getUndeleteRoleBindingMethod())
              .addMethod(getBatchGetRoleBindingsMethod())
              .addMethod(getBatchCreateRoleBindingsMethod())
              .addMethod(getBatchUpdateRoleBindingsMethod())
              .addMethod(getBatchDeleteRoleBindingsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
