package dev.modelstore.iam.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages permissions.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PermissionServiceGrpc {

  private PermissionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.iam.v1.PermissionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionRequest,
      dev.modelstore.iam.v1.CreatePermissionResponse> getCreatePermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePermission",
      requestType = dev.modelstore.iam.v1.CreatePermissionRequest.class,
      responseType = dev.modelstore.iam.v1.CreatePermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionRequest,
      dev.modelstore.iam.v1.CreatePermissionResponse> getCreatePermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CreatePermissionRequest, dev.modelstore.iam.v1.CreatePermissionResponse> getCreatePermissionMethod;
    if ((getCreatePermissionMethod = PermissionServiceGrpc.getCreatePermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getCreatePermissionMethod = PermissionServiceGrpc.getCreatePermissionMethod) == null) {
          PermissionServiceGrpc.getCreatePermissionMethod = getCreatePermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CreatePermissionRequest, dev.modelstore.iam.v1.CreatePermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CreatePermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("CreatePermission"))
              .build();
        }
      }
    }
    return getCreatePermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionRequest,
      dev.modelstore.iam.v1.GetPermissionResponse> getGetPermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPermission",
      requestType = dev.modelstore.iam.v1.GetPermissionRequest.class,
      responseType = dev.modelstore.iam.v1.GetPermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionRequest,
      dev.modelstore.iam.v1.GetPermissionResponse> getGetPermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.GetPermissionRequest, dev.modelstore.iam.v1.GetPermissionResponse> getGetPermissionMethod;
    if ((getGetPermissionMethod = PermissionServiceGrpc.getGetPermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getGetPermissionMethod = PermissionServiceGrpc.getGetPermissionMethod) == null) {
          PermissionServiceGrpc.getGetPermissionMethod = getGetPermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.GetPermissionRequest, dev.modelstore.iam.v1.GetPermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.GetPermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("GetPermission"))
              .build();
        }
      }
    }
    return getGetPermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionsRequest,
      dev.modelstore.iam.v1.ListPermissionsResponse> getListPermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPermissions",
      requestType = dev.modelstore.iam.v1.ListPermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.ListPermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionsRequest,
      dev.modelstore.iam.v1.ListPermissionsResponse> getListPermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListPermissionsRequest, dev.modelstore.iam.v1.ListPermissionsResponse> getListPermissionsMethod;
    if ((getListPermissionsMethod = PermissionServiceGrpc.getListPermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getListPermissionsMethod = PermissionServiceGrpc.getListPermissionsMethod) == null) {
          PermissionServiceGrpc.getListPermissionsMethod = getListPermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListPermissionsRequest, dev.modelstore.iam.v1.ListPermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListPermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("ListPermissions"))
              .build();
        }
      }
    }
    return getListPermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionsRequest,
      dev.modelstore.iam.v1.PurgePermissionsResponse> getPurgePermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgePermissions",
      requestType = dev.modelstore.iam.v1.PurgePermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.PurgePermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionsRequest,
      dev.modelstore.iam.v1.PurgePermissionsResponse> getPurgePermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.PurgePermissionsRequest, dev.modelstore.iam.v1.PurgePermissionsResponse> getPurgePermissionsMethod;
    if ((getPurgePermissionsMethod = PermissionServiceGrpc.getPurgePermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getPurgePermissionsMethod = PermissionServiceGrpc.getPurgePermissionsMethod) == null) {
          PermissionServiceGrpc.getPurgePermissionsMethod = getPurgePermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.PurgePermissionsRequest, dev.modelstore.iam.v1.PurgePermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgePermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.PurgePermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("PurgePermissions"))
              .build();
        }
      }
    }
    return getPurgePermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionRequest,
      dev.modelstore.iam.v1.UpdatePermissionResponse> getUpdatePermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdatePermission",
      requestType = dev.modelstore.iam.v1.UpdatePermissionRequest.class,
      responseType = dev.modelstore.iam.v1.UpdatePermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionRequest,
      dev.modelstore.iam.v1.UpdatePermissionResponse> getUpdatePermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UpdatePermissionRequest, dev.modelstore.iam.v1.UpdatePermissionResponse> getUpdatePermissionMethod;
    if ((getUpdatePermissionMethod = PermissionServiceGrpc.getUpdatePermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getUpdatePermissionMethod = PermissionServiceGrpc.getUpdatePermissionMethod) == null) {
          PermissionServiceGrpc.getUpdatePermissionMethod = getUpdatePermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UpdatePermissionRequest, dev.modelstore.iam.v1.UpdatePermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdatePermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UpdatePermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("UpdatePermission"))
              .build();
        }
      }
    }
    return getUpdatePermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionRequest,
      dev.modelstore.iam.v1.DeletePermissionResponse> getDeletePermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeletePermission",
      requestType = dev.modelstore.iam.v1.DeletePermissionRequest.class,
      responseType = dev.modelstore.iam.v1.DeletePermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionRequest,
      dev.modelstore.iam.v1.DeletePermissionResponse> getDeletePermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.DeletePermissionRequest, dev.modelstore.iam.v1.DeletePermissionResponse> getDeletePermissionMethod;
    if ((getDeletePermissionMethod = PermissionServiceGrpc.getDeletePermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getDeletePermissionMethod = PermissionServiceGrpc.getDeletePermissionMethod) == null) {
          PermissionServiceGrpc.getDeletePermissionMethod = getDeletePermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.DeletePermissionRequest, dev.modelstore.iam.v1.DeletePermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeletePermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.DeletePermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("DeletePermission"))
              .build();
        }
      }
    }
    return getDeletePermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionRequest,
      dev.modelstore.iam.v1.UndeletePermissionResponse> getUndeletePermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeletePermission",
      requestType = dev.modelstore.iam.v1.UndeletePermissionRequest.class,
      responseType = dev.modelstore.iam.v1.UndeletePermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionRequest,
      dev.modelstore.iam.v1.UndeletePermissionResponse> getUndeletePermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.UndeletePermissionRequest, dev.modelstore.iam.v1.UndeletePermissionResponse> getUndeletePermissionMethod;
    if ((getUndeletePermissionMethod = PermissionServiceGrpc.getUndeletePermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getUndeletePermissionMethod = PermissionServiceGrpc.getUndeletePermissionMethod) == null) {
          PermissionServiceGrpc.getUndeletePermissionMethod = getUndeletePermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.UndeletePermissionRequest, dev.modelstore.iam.v1.UndeletePermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeletePermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.UndeletePermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("UndeletePermission"))
              .build();
        }
      }
    }
    return getUndeletePermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionsRequest,
      dev.modelstore.iam.v1.BatchGetPermissionsResponse> getBatchGetPermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetPermissions",
      requestType = dev.modelstore.iam.v1.BatchGetPermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchGetPermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionsRequest,
      dev.modelstore.iam.v1.BatchGetPermissionsResponse> getBatchGetPermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchGetPermissionsRequest, dev.modelstore.iam.v1.BatchGetPermissionsResponse> getBatchGetPermissionsMethod;
    if ((getBatchGetPermissionsMethod = PermissionServiceGrpc.getBatchGetPermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getBatchGetPermissionsMethod = PermissionServiceGrpc.getBatchGetPermissionsMethod) == null) {
          PermissionServiceGrpc.getBatchGetPermissionsMethod = getBatchGetPermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchGetPermissionsRequest, dev.modelstore.iam.v1.BatchGetPermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetPermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchGetPermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("BatchGetPermissions"))
              .build();
        }
      }
    }
    return getBatchGetPermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionsRequest,
      dev.modelstore.iam.v1.BatchCreatePermissionsResponse> getBatchCreatePermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreatePermissions",
      requestType = dev.modelstore.iam.v1.BatchCreatePermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchCreatePermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionsRequest,
      dev.modelstore.iam.v1.BatchCreatePermissionsResponse> getBatchCreatePermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchCreatePermissionsRequest, dev.modelstore.iam.v1.BatchCreatePermissionsResponse> getBatchCreatePermissionsMethod;
    if ((getBatchCreatePermissionsMethod = PermissionServiceGrpc.getBatchCreatePermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getBatchCreatePermissionsMethod = PermissionServiceGrpc.getBatchCreatePermissionsMethod) == null) {
          PermissionServiceGrpc.getBatchCreatePermissionsMethod = getBatchCreatePermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchCreatePermissionsRequest, dev.modelstore.iam.v1.BatchCreatePermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreatePermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchCreatePermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("BatchCreatePermissions"))
              .build();
        }
      }
    }
    return getBatchCreatePermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionsRequest,
      dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> getBatchUpdatePermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdatePermissions",
      requestType = dev.modelstore.iam.v1.BatchUpdatePermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchUpdatePermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionsRequest,
      dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> getBatchUpdatePermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchUpdatePermissionsRequest, dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> getBatchUpdatePermissionsMethod;
    if ((getBatchUpdatePermissionsMethod = PermissionServiceGrpc.getBatchUpdatePermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getBatchUpdatePermissionsMethod = PermissionServiceGrpc.getBatchUpdatePermissionsMethod) == null) {
          PermissionServiceGrpc.getBatchUpdatePermissionsMethod = getBatchUpdatePermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchUpdatePermissionsRequest, dev.modelstore.iam.v1.BatchUpdatePermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdatePermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchUpdatePermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("BatchUpdatePermissions"))
              .build();
        }
      }
    }
    return getBatchUpdatePermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionsRequest,
      dev.modelstore.iam.v1.BatchDeletePermissionsResponse> getBatchDeletePermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeletePermissions",
      requestType = dev.modelstore.iam.v1.BatchDeletePermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.BatchDeletePermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionsRequest,
      dev.modelstore.iam.v1.BatchDeletePermissionsResponse> getBatchDeletePermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.BatchDeletePermissionsRequest, dev.modelstore.iam.v1.BatchDeletePermissionsResponse> getBatchDeletePermissionsMethod;
    if ((getBatchDeletePermissionsMethod = PermissionServiceGrpc.getBatchDeletePermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getBatchDeletePermissionsMethod = PermissionServiceGrpc.getBatchDeletePermissionsMethod) == null) {
          PermissionServiceGrpc.getBatchDeletePermissionsMethod = getBatchDeletePermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.BatchDeletePermissionsRequest, dev.modelstore.iam.v1.BatchDeletePermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeletePermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.BatchDeletePermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("BatchDeletePermissions"))
              .build();
        }
      }
    }
    return getBatchDeletePermissionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CheckPermissionRequest,
      dev.modelstore.iam.v1.CheckPermissionResponse> getCheckPermissionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CheckPermission",
      requestType = dev.modelstore.iam.v1.CheckPermissionRequest.class,
      responseType = dev.modelstore.iam.v1.CheckPermissionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CheckPermissionRequest,
      dev.modelstore.iam.v1.CheckPermissionResponse> getCheckPermissionMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.CheckPermissionRequest, dev.modelstore.iam.v1.CheckPermissionResponse> getCheckPermissionMethod;
    if ((getCheckPermissionMethod = PermissionServiceGrpc.getCheckPermissionMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getCheckPermissionMethod = PermissionServiceGrpc.getCheckPermissionMethod) == null) {
          PermissionServiceGrpc.getCheckPermissionMethod = getCheckPermissionMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.CheckPermissionRequest, dev.modelstore.iam.v1.CheckPermissionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CheckPermission"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CheckPermissionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.CheckPermissionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("CheckPermission"))
              .build();
        }
      }
    }
    return getCheckPermissionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListEffectivePermissionsRequest,
      dev.modelstore.iam.v1.ListEffectivePermissionsResponse> getListEffectivePermissionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEffectivePermissions",
      requestType = dev.modelstore.iam.v1.ListEffectivePermissionsRequest.class,
      responseType = dev.modelstore.iam.v1.ListEffectivePermissionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListEffectivePermissionsRequest,
      dev.modelstore.iam.v1.ListEffectivePermissionsResponse> getListEffectivePermissionsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.iam.v1.ListEffectivePermissionsRequest, dev.modelstore.iam.v1.ListEffectivePermissionsResponse> getListEffectivePermissionsMethod;
    if ((getListEffectivePermissionsMethod = PermissionServiceGrpc.getListEffectivePermissionsMethod) == null) {
      synchronized (PermissionServiceGrpc.class) {
        if ((getListEffectivePermissionsMethod = PermissionServiceGrpc.getListEffectivePermissionsMethod) == null) {
          PermissionServiceGrpc.getListEffectivePermissionsMethod = getListEffectivePermissionsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.iam.v1.ListEffectivePermissionsRequest, dev.modelstore.iam.v1.ListEffectivePermissionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEffectivePermissions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListEffectivePermissionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.iam.v1.ListEffectivePermissionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PermissionServiceMethodDescriptorSupplier("ListEffectivePermissions"))
              .build();
        }
      }
    }
    return getListEffectivePermissionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PermissionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionServiceStub>() {
        @java.lang.Override
        public PermissionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionServiceStub(channel, callOptions);
        }
      };
    return PermissionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PermissionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionServiceBlockingV2Stub>() {
        @java.lang.Override
        public PermissionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PermissionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PermissionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionServiceBlockingStub>() {
        @java.lang.Override
        public PermissionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionServiceBlockingStub(channel, callOptions);
        }
      };
    return PermissionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PermissionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PermissionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PermissionServiceFutureStub>() {
        @java.lang.Override
        public PermissionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PermissionServiceFutureStub(channel, callOptions);
        }
      };
    return PermissionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a permission.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createPermission(dev.modelstore.iam.v1.CreatePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a permission by id. A deleted permission is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission,
     * or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getPermission(dev.modelstore.iam.v1.GetPermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists permissions, one keyset page at a time. Only the caller tenant's
     * permissions are listed. Deleted permissions are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listPermissions(dev.modelstore.iam.v1.ListPermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the permissions matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permissions are seen. Entities that refer to a purged one are
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
    default void purgePermissions(dev.modelstore.iam.v1.PurgePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgePermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a permission.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission and allow_missing is false), ALREADY_EXISTS (the name is in
     * use in the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE.
     * </pre>
     */
    default void updatePermission(dev.modelstore.iam.v1.UpdatePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdatePermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a permission (AIP-164): sets `is_active` to false and
     * returns the permission. UndeletePermission restores it.
     * Errors: NOT_FOUND (no such permission, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deletePermission(dev.modelstore.iam.v1.DeletePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeletePermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted permission: sets `is_active` back to true and returns
     * the permission.
     * Errors: NOT_FOUND (no such permission, or another tenant's),
     * ALREADY_EXISTS (the permission is not deleted), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void undeletePermission(dev.modelstore.iam.v1.UndeletePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeletePermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several permissions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetPermissions(dev.modelstore.iam.v1.BatchGetPermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetPermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 permissions in one call, all or none (AIP-233): each
     * item as CreatePermission would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreatePermissions(dev.modelstore.iam.v1.BatchCreatePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreatePermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 permissions in one call, all or none (AIP-234): each
     * item as UpdatePermission would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdatePermissions(dev.modelstore.iam.v1.BatchUpdatePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdatePermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 permissions in one call, all or none (AIP-235): each
     * item as DeletePermission would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeletePermissions(dev.modelstore.iam.v1.BatchDeletePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeletePermissionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Checks whether a user holds a permission in the caller's tenant, and
     * names the roles that grant it. A user holds a permission when one of its
     * active role bindings names an active role with an active permission
     * binding to an active permission of that name, either the tenant's own or
     * a global one. Without an `x-tenant-id` header, a caller with cross-tenant
     * access checks in the user's own tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    default void checkPermission(dev.modelstore.iam.v1.CheckPermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CheckPermissionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCheckPermissionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every permission a user holds in the caller's tenant, each with the
     * roles that grant it, by the rules of CheckPermission. Not paged: the
     * whole set is returned, ordered by permission name.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void listEffectivePermissions(dev.modelstore.iam.v1.ListEffectivePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListEffectivePermissionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEffectivePermissionsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PermissionService.
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public static abstract class PermissionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PermissionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PermissionService.
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public static final class PermissionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PermissionServiceStub> {
    private PermissionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createPermission(dev.modelstore.iam.v1.CreatePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a permission by id. A deleted permission is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission,
     * or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getPermission(dev.modelstore.iam.v1.GetPermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists permissions, one keyset page at a time. Only the caller tenant's
     * permissions are listed. Deleted permissions are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listPermissions(dev.modelstore.iam.v1.ListPermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the permissions matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permissions are seen. Entities that refer to a purged one are
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
    public void purgePermissions(dev.modelstore.iam.v1.PurgePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgePermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a permission.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission and allow_missing is false), ALREADY_EXISTS (the name is in
     * use in the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE.
     * </pre>
     */
    public void updatePermission(dev.modelstore.iam.v1.UpdatePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdatePermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a permission (AIP-164): sets `is_active` to false and
     * returns the permission. UndeletePermission restores it.
     * Errors: NOT_FOUND (no such permission, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deletePermission(dev.modelstore.iam.v1.DeletePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeletePermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a deleted permission: sets `is_active` back to true and returns
     * the permission.
     * Errors: NOT_FOUND (no such permission, or another tenant's),
     * ALREADY_EXISTS (the permission is not deleted), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void undeletePermission(dev.modelstore.iam.v1.UndeletePermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeletePermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several permissions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetPermissions(dev.modelstore.iam.v1.BatchGetPermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetPermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 permissions in one call, all or none (AIP-233): each
     * item as CreatePermission would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreatePermissions(dev.modelstore.iam.v1.BatchCreatePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreatePermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 permissions in one call, all or none (AIP-234): each
     * item as UpdatePermission would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdatePermissions(dev.modelstore.iam.v1.BatchUpdatePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdatePermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 permissions in one call, all or none (AIP-235): each
     * item as DeletePermission would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeletePermissions(dev.modelstore.iam.v1.BatchDeletePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeletePermissionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Checks whether a user holds a permission in the caller's tenant, and
     * names the roles that grant it. A user holds a permission when one of its
     * active role bindings names an active role with an active permission
     * binding to an active permission of that name, either the tenant's own or
     * a global one. Without an `x-tenant-id` header, a caller with cross-tenant
     * access checks in the user's own tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public void checkPermission(dev.modelstore.iam.v1.CheckPermissionRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CheckPermissionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCheckPermissionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every permission a user holds in the caller's tenant, each with the
     * roles that grant it, by the rules of CheckPermission. Not paged: the
     * whole set is returned, ordered by permission name.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void listEffectivePermissions(dev.modelstore.iam.v1.ListEffectivePermissionsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListEffectivePermissionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEffectivePermissionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PermissionService.
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public static final class PermissionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PermissionServiceBlockingV2Stub> {
    private PermissionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePermissionResponse createPermission(dev.modelstore.iam.v1.CreatePermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreatePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a permission by id. A deleted permission is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission,
     * or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPermissionResponse getPermission(dev.modelstore.iam.v1.GetPermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists permissions, one keyset page at a time. Only the caller tenant's
     * permissions are listed. Deleted permissions are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPermissionsResponse listPermissions(dev.modelstore.iam.v1.ListPermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the permissions matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permissions are seen. Entities that refer to a purged one are
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
    public dev.modelstore.iam.v1.PurgePermissionsResponse purgePermissions(dev.modelstore.iam.v1.PurgePermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a permission.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission and allow_missing is false), ALREADY_EXISTS (the name is in
     * use in the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePermissionResponse updatePermission(dev.modelstore.iam.v1.UpdatePermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdatePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission (AIP-164): sets `is_active` to false and
     * returns the permission. UndeletePermission restores it.
     * Errors: NOT_FOUND (no such permission, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePermissionResponse deletePermission(dev.modelstore.iam.v1.DeletePermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeletePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted permission: sets `is_active` back to true and returns
     * the permission.
     * Errors: NOT_FOUND (no such permission, or another tenant's),
     * ALREADY_EXISTS (the permission is not deleted), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePermissionResponse undeletePermission(dev.modelstore.iam.v1.UndeletePermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeletePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several permissions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPermissionsResponse batchGetPermissions(dev.modelstore.iam.v1.BatchGetPermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetPermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permissions in one call, all or none (AIP-233): each
     * item as CreatePermission would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePermissionsResponse batchCreatePermissions(dev.modelstore.iam.v1.BatchCreatePermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreatePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permissions in one call, all or none (AIP-234): each
     * item as UpdatePermission would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePermissionsResponse batchUpdatePermissions(dev.modelstore.iam.v1.BatchUpdatePermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdatePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permissions in one call, all or none (AIP-235): each
     * item as DeletePermission would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePermissionsResponse batchDeletePermissions(dev.modelstore.iam.v1.BatchDeletePermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeletePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks whether a user holds a permission in the caller's tenant, and
     * names the roles that grant it. A user holds a permission when one of its
     * active role bindings names an active role with an active permission
     * binding to an active permission of that name, either the tenant's own or
     * a global one. Without an `x-tenant-id` header, a caller with cross-tenant
     * access checks in the user's own tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CheckPermissionResponse checkPermission(dev.modelstore.iam.v1.CheckPermissionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCheckPermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every permission a user holds in the caller's tenant, each with the
     * roles that grant it, by the rules of CheckPermission. Not paged: the
     * whole set is returned, ordered by permission name.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListEffectivePermissionsResponse listEffectivePermissions(dev.modelstore.iam.v1.ListEffectivePermissionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListEffectivePermissionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PermissionService.
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public static final class PermissionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PermissionServiceBlockingStub> {
    private PermissionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CreatePermissionResponse createPermission(dev.modelstore.iam.v1.CreatePermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a permission by id. A deleted permission is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission,
     * or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.GetPermissionResponse getPermission(dev.modelstore.iam.v1.GetPermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists permissions, one keyset page at a time. Only the caller tenant's
     * permissions are listed. Deleted permissions are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListPermissionsResponse listPermissions(dev.modelstore.iam.v1.ListPermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the permissions matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permissions are seen. Entities that refer to a purged one are
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
    public dev.modelstore.iam.v1.PurgePermissionsResponse purgePermissions(dev.modelstore.iam.v1.PurgePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a permission.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission and allow_missing is false), ALREADY_EXISTS (the name is in
     * use in the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UpdatePermissionResponse updatePermission(dev.modelstore.iam.v1.UpdatePermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdatePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission (AIP-164): sets `is_active` to false and
     * returns the permission. UndeletePermission restores it.
     * Errors: NOT_FOUND (no such permission, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.DeletePermissionResponse deletePermission(dev.modelstore.iam.v1.DeletePermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeletePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a deleted permission: sets `is_active` back to true and returns
     * the permission.
     * Errors: NOT_FOUND (no such permission, or another tenant's),
     * ALREADY_EXISTS (the permission is not deleted), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.UndeletePermissionResponse undeletePermission(dev.modelstore.iam.v1.UndeletePermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeletePermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several permissions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchGetPermissionsResponse batchGetPermissions(dev.modelstore.iam.v1.BatchGetPermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetPermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permissions in one call, all or none (AIP-233): each
     * item as CreatePermission would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchCreatePermissionsResponse batchCreatePermissions(dev.modelstore.iam.v1.BatchCreatePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreatePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permissions in one call, all or none (AIP-234): each
     * item as UpdatePermission would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchUpdatePermissionsResponse batchUpdatePermissions(dev.modelstore.iam.v1.BatchUpdatePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdatePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permissions in one call, all or none (AIP-235): each
     * item as DeletePermission would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.iam.v1.BatchDeletePermissionsResponse batchDeletePermissions(dev.modelstore.iam.v1.BatchDeletePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeletePermissionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks whether a user holds a permission in the caller's tenant, and
     * names the roles that grant it. A user holds a permission when one of its
     * active role bindings names an active role with an active permission
     * binding to an active permission of that name, either the tenant's own or
     * a global one. Without an `x-tenant-id` header, a caller with cross-tenant
     * access checks in the user's own tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.iam.v1.CheckPermissionResponse checkPermission(dev.modelstore.iam.v1.CheckPermissionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCheckPermissionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every permission a user holds in the caller's tenant, each with the
     * roles that grant it, by the rules of CheckPermission. Not paged: the
     * whole set is returned, ordered by permission name.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.iam.v1.ListEffectivePermissionsResponse listEffectivePermissions(dev.modelstore.iam.v1.ListEffectivePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEffectivePermissionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PermissionService.
   * <pre>
   * Manages permissions.
   * </pre>
   */
  public static final class PermissionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PermissionServiceFutureStub> {
    private PermissionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PermissionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PermissionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a permission.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the name is in use in the tenant), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CreatePermissionResponse> createPermission(
        dev.modelstore.iam.v1.CreatePermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a permission by id. A deleted permission is returned too, with
     * `is_active` false.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such permission,
     * or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.GetPermissionResponse> getPermission(
        dev.modelstore.iam.v1.GetPermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists permissions, one keyset page at a time. Only the caller tenant's
     * permissions are listed. Deleted permissions are left out unless
     * `show_deleted` is set.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListPermissionsResponse> listPermissions(
        dev.modelstore.iam.v1.ListPermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the permissions matching `filter` (AIP-165),
     * soft-deleted and live ones alike: a purge is a hard delete. Only the caller
     * tenant's permissions are seen. Entities that refer to a purged one are
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.PurgePermissionsResponse> purgePermissions(
        dev.modelstore.iam.v1.PurgePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgePermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a permission.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * permission and allow_missing is false), ALREADY_EXISTS (the name is in
     * use in the tenant), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * tenant does not exist; no `x-tenant-id` header and no cross-tenant
     * access), PERMISSION_DENIED (`tenant_id` is not the caller's tenant),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UpdatePermissionResponse> updatePermission(
        dev.modelstore.iam.v1.UpdatePermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdatePermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a permission (AIP-164): sets `is_active` to false and
     * returns the permission. UndeletePermission restores it.
     * Errors: NOT_FOUND (no such permission, or another tenant's, or it is
     * already deleted), ABORTED (etag mismatch), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.DeletePermissionResponse> deletePermission(
        dev.modelstore.iam.v1.DeletePermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeletePermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a deleted permission: sets `is_active` back to true and returns
     * the permission.
     * Errors: NOT_FOUND (no such permission, or another tenant's),
     * ALREADY_EXISTS (the permission is not deleted), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.UndeletePermissionResponse> undeletePermission(
        dev.modelstore.iam.v1.UndeletePermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeletePermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several permissions by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchGetPermissionsResponse> batchGetPermissions(
        dev.modelstore.iam.v1.BatchGetPermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetPermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 permissions in one call, all or none (AIP-233): each
     * item as CreatePermission would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchCreatePermissionsResponse> batchCreatePermissions(
        dev.modelstore.iam.v1.BatchCreatePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreatePermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 permissions in one call, all or none (AIP-234): each
     * item as UpdatePermission would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdatePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].permission.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchUpdatePermissionsResponse> batchUpdatePermissions(
        dev.modelstore.iam.v1.BatchUpdatePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdatePermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 permissions in one call, all or none (AIP-235): each
     * item as DeletePermission would delete it, so each is soft-deleted and
     * returned, in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeletePermission, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.BatchDeletePermissionsResponse> batchDeletePermissions(
        dev.modelstore.iam.v1.BatchDeletePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeletePermissionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Checks whether a user holds a permission in the caller's tenant, and
     * names the roles that grant it. A user holds a permission when one of its
     * active role bindings names an active role with an active permission
     * binding to an active permission of that name, either the tenant's own or
     * a global one. Without an `x-tenant-id` header, a caller with cross-tenant
     * access checks in the user's own tenant.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.CheckPermissionResponse> checkPermission(
        dev.modelstore.iam.v1.CheckPermissionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCheckPermissionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every permission a user holds in the caller's tenant, each with the
     * roles that grant it, by the rules of CheckPermission. Not paged: the
     * whole set is returned, ordered by permission name.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * user, another tenant's, or a deleted one), FAILED_PRECONDITION (no
     * `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.iam.v1.ListEffectivePermissionsResponse> listEffectivePermissions(
        dev.modelstore.iam.v1.ListEffectivePermissionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEffectivePermissionsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_PERMISSION = 0;
  private static final int METHODID_GET_PERMISSION = 1;
  private static final int METHODID_LIST_PERMISSIONS = 2;
  private static final int METHODID_PURGE_PERMISSIONS = 3;
  private static final int METHODID_UPDATE_PERMISSION = 4;
  private static final int METHODID_DELETE_PERMISSION = 5;
  private static final int METHODID_UNDELETE_PERMISSION = 6;
  private static final int METHODID_BATCH_GET_PERMISSIONS = 7;
  private static final int METHODID_BATCH_CREATE_PERMISSIONS = 8;
  private static final int METHODID_BATCH_UPDATE_PERMISSIONS = 9;
  private static final int METHODID_BATCH_DELETE_PERMISSIONS = 10;
  private static final int METHODID_CHECK_PERMISSION = 11;
  private static final int METHODID_LIST_EFFECTIVE_PERMISSIONS = 12;

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
        case METHODID_CREATE_PERMISSION:
          serviceImpl.createPermission((dev.modelstore.iam.v1.CreatePermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CreatePermissionResponse>) responseObserver);
          break;
        case METHODID_GET_PERMISSION:
          serviceImpl.getPermission((dev.modelstore.iam.v1.GetPermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.GetPermissionResponse>) responseObserver);
          break;
        case METHODID_LIST_PERMISSIONS:
          serviceImpl.listPermissions((dev.modelstore.iam.v1.ListPermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListPermissionsResponse>) responseObserver);
          break;
        case METHODID_PURGE_PERMISSIONS:
          serviceImpl.purgePermissions((dev.modelstore.iam.v1.PurgePermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.PurgePermissionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PERMISSION:
          serviceImpl.updatePermission((dev.modelstore.iam.v1.UpdatePermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UpdatePermissionResponse>) responseObserver);
          break;
        case METHODID_DELETE_PERMISSION:
          serviceImpl.deletePermission((dev.modelstore.iam.v1.DeletePermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.DeletePermissionResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_PERMISSION:
          serviceImpl.undeletePermission((dev.modelstore.iam.v1.UndeletePermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.UndeletePermissionResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_PERMISSIONS:
          serviceImpl.batchGetPermissions((dev.modelstore.iam.v1.BatchGetPermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchGetPermissionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_PERMISSIONS:
          serviceImpl.batchCreatePermissions((dev.modelstore.iam.v1.BatchCreatePermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchCreatePermissionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_PERMISSIONS:
          serviceImpl.batchUpdatePermissions((dev.modelstore.iam.v1.BatchUpdatePermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchUpdatePermissionsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_PERMISSIONS:
          serviceImpl.batchDeletePermissions((dev.modelstore.iam.v1.BatchDeletePermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.BatchDeletePermissionsResponse>) responseObserver);
          break;
        case METHODID_CHECK_PERMISSION:
          serviceImpl.checkPermission((dev.modelstore.iam.v1.CheckPermissionRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.CheckPermissionResponse>) responseObserver);
          break;
        case METHODID_LIST_EFFECTIVE_PERMISSIONS:
          serviceImpl.listEffectivePermissions((dev.modelstore.iam.v1.ListEffectivePermissionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.iam.v1.ListEffectivePermissionsResponse>) responseObserver);
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
          getCreatePermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CreatePermissionRequest,
              dev.modelstore.iam.v1.CreatePermissionResponse>(
                service, METHODID_CREATE_PERMISSION)))
        .addMethod(
          getGetPermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.GetPermissionRequest,
              dev.modelstore.iam.v1.GetPermissionResponse>(
                service, METHODID_GET_PERMISSION)))
        .addMethod(
          getListPermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListPermissionsRequest,
              dev.modelstore.iam.v1.ListPermissionsResponse>(
                service, METHODID_LIST_PERMISSIONS)))
        .addMethod(
          getPurgePermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.PurgePermissionsRequest,
              dev.modelstore.iam.v1.PurgePermissionsResponse>(
                service, METHODID_PURGE_PERMISSIONS)))
        .addMethod(
          getUpdatePermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UpdatePermissionRequest,
              dev.modelstore.iam.v1.UpdatePermissionResponse>(
                service, METHODID_UPDATE_PERMISSION)))
        .addMethod(
          getDeletePermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.DeletePermissionRequest,
              dev.modelstore.iam.v1.DeletePermissionResponse>(
                service, METHODID_DELETE_PERMISSION)))
        .addMethod(
          getUndeletePermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.UndeletePermissionRequest,
              dev.modelstore.iam.v1.UndeletePermissionResponse>(
                service, METHODID_UNDELETE_PERMISSION)))
        .addMethod(
          getBatchGetPermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchGetPermissionsRequest,
              dev.modelstore.iam.v1.BatchGetPermissionsResponse>(
                service, METHODID_BATCH_GET_PERMISSIONS)))
        .addMethod(
          getBatchCreatePermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchCreatePermissionsRequest,
              dev.modelstore.iam.v1.BatchCreatePermissionsResponse>(
                service, METHODID_BATCH_CREATE_PERMISSIONS)))
        .addMethod(
          getBatchUpdatePermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchUpdatePermissionsRequest,
              dev.modelstore.iam.v1.BatchUpdatePermissionsResponse>(
                service, METHODID_BATCH_UPDATE_PERMISSIONS)))
        .addMethod(
          getBatchDeletePermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.BatchDeletePermissionsRequest,
              dev.modelstore.iam.v1.BatchDeletePermissionsResponse>(
                service, METHODID_BATCH_DELETE_PERMISSIONS)))
        .addMethod(
          getCheckPermissionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.CheckPermissionRequest,
              dev.modelstore.iam.v1.CheckPermissionResponse>(
                service, METHODID_CHECK_PERMISSION)))
        .addMethod(
          getListEffectivePermissionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.iam.v1.ListEffectivePermissionsRequest,
              dev.modelstore.iam.v1.ListEffectivePermissionsResponse>(
                service, METHODID_LIST_EFFECTIVE_PERMISSIONS)))
        .build();
  }

  private static abstract class PermissionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PermissionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.iam.v1.PermissionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PermissionService");
    }
  }

  private static final class PermissionServiceFileDescriptorSupplier
      extends PermissionServiceBaseDescriptorSupplier {
    PermissionServiceFileDescriptorSupplier() {}
  }

  private static final class PermissionServiceMethodDescriptorSupplier
      extends PermissionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PermissionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PermissionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PermissionServiceFileDescriptorSupplier())
              .addMethod(getCreatePermissionMethod())
              .addMethod(getGetPermissionMethod())
              .addMethod(getListPermissionsMethod())
              .addMethod(getPurgePermissionsMethod())
              .addMethod(getUpdatePermissionMethod())
              .addMethod(getDeletePermissionMethod())
              .addMethod(getUndeletePermissionMethod())
              .addMethod(getBatchGetPermissionsMethod())
              .addMethod(getBatchCreatePermissionsMethod())
              .addMethod(getBatchUpdatePermissionsMethod())
              .addMethod(getBatchDeletePermissionsMethod())
              .addMethod(getCheckPermissionMethod())
              .addMethod(getListEffectivePermissionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
