package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages connected Notion workspaces, the tenants of the knowledge domain.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class NotionWorkspaceServiceGrpc {

  private NotionWorkspaceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.NotionWorkspaceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> getCreateNotionWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateNotionWorkspace",
      requestType = dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> getCreateNotionWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest, dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> getCreateNotionWorkspaceMethod;
    if ((getCreateNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getCreateNotionWorkspaceMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getCreateNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getCreateNotionWorkspaceMethod) == null) {
          NotionWorkspaceServiceGrpc.getCreateNotionWorkspaceMethod = getCreateNotionWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest, dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateNotionWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("CreateNotionWorkspace"))
              .build();
        }
      }
    }
    return getCreateNotionWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> getGetNotionWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNotionWorkspace",
      requestType = dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> getGetNotionWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest, dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> getGetNotionWorkspaceMethod;
    if ((getGetNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getGetNotionWorkspaceMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getGetNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getGetNotionWorkspaceMethod) == null) {
          NotionWorkspaceServiceGrpc.getGetNotionWorkspaceMethod = getGetNotionWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest, dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNotionWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("GetNotionWorkspace"))
              .build();
        }
      }
    }
    return getGetNotionWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> getListNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> getListNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest, dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> getListNotionWorkspacesMethod;
    if ((getListNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getListNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getListNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getListNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getListNotionWorkspacesMethod = getListNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest, dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("ListNotionWorkspaces"))
              .build();
        }
      }
    }
    return getListNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> getPurgeNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> getPurgeNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest, dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> getPurgeNotionWorkspacesMethod;
    if ((getPurgeNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getPurgeNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getPurgeNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getPurgeNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getPurgeNotionWorkspacesMethod = getPurgeNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest, dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("PurgeNotionWorkspaces"))
              .build();
        }
      }
    }
    return getPurgeNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> getUpdateNotionWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateNotionWorkspace",
      requestType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> getUpdateNotionWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> getUpdateNotionWorkspaceMethod;
    if ((getUpdateNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getUpdateNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMethod) == null) {
          NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMethod = getUpdateNotionWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateNotionWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("UpdateNotionWorkspace"))
              .build();
        }
      }
    }
    return getUpdateNotionWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> getDeleteNotionWorkspaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteNotionWorkspace",
      requestType = dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest,
      dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> getDeleteNotionWorkspaceMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest, dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> getDeleteNotionWorkspaceMethod;
    if ((getDeleteNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getDeleteNotionWorkspaceMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getDeleteNotionWorkspaceMethod = NotionWorkspaceServiceGrpc.getDeleteNotionWorkspaceMethod) == null) {
          NotionWorkspaceServiceGrpc.getDeleteNotionWorkspaceMethod = getDeleteNotionWorkspaceMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest, dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteNotionWorkspace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("DeleteNotionWorkspace"))
              .build();
        }
      }
    }
    return getDeleteNotionWorkspaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> getBatchGetNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> getBatchGetNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> getBatchGetNotionWorkspacesMethod;
    if ((getBatchGetNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchGetNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getBatchGetNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchGetNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getBatchGetNotionWorkspacesMethod = getBatchGetNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("BatchGetNotionWorkspaces"))
              .build();
        }
      }
    }
    return getBatchGetNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> getBatchCreateNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> getBatchCreateNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> getBatchCreateNotionWorkspacesMethod;
    if ((getBatchCreateNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchCreateNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getBatchCreateNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchCreateNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getBatchCreateNotionWorkspacesMethod = getBatchCreateNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("BatchCreateNotionWorkspaces"))
              .build();
        }
      }
    }
    return getBatchCreateNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> getBatchUpdateNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> getBatchUpdateNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> getBatchUpdateNotionWorkspacesMethod;
    if ((getBatchUpdateNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchUpdateNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getBatchUpdateNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchUpdateNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getBatchUpdateNotionWorkspacesMethod = getBatchUpdateNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("BatchUpdateNotionWorkspaces"))
              .build();
        }
      }
    }
    return getBatchUpdateNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> getBatchDeleteNotionWorkspacesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteNotionWorkspaces",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest,
      dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> getBatchDeleteNotionWorkspacesMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> getBatchDeleteNotionWorkspacesMethod;
    if ((getBatchDeleteNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchDeleteNotionWorkspacesMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getBatchDeleteNotionWorkspacesMethod = NotionWorkspaceServiceGrpc.getBatchDeleteNotionWorkspacesMethod) == null) {
          NotionWorkspaceServiceGrpc.getBatchDeleteNotionWorkspacesMethod = getBatchDeleteNotionWorkspacesMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest, dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteNotionWorkspaces"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("BatchDeleteNotionWorkspaces"))
              .build();
        }
      }
    }
    return getBatchDeleteNotionWorkspacesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest,
      dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> getGetNotionWorkspaceAccessTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNotionWorkspaceAccessToken",
      requestType = dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest,
      dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> getGetNotionWorkspaceAccessTokenMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest, dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> getGetNotionWorkspaceAccessTokenMethod;
    if ((getGetNotionWorkspaceAccessTokenMethod = NotionWorkspaceServiceGrpc.getGetNotionWorkspaceAccessTokenMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getGetNotionWorkspaceAccessTokenMethod = NotionWorkspaceServiceGrpc.getGetNotionWorkspaceAccessTokenMethod) == null) {
          NotionWorkspaceServiceGrpc.getGetNotionWorkspaceAccessTokenMethod = getGetNotionWorkspaceAccessTokenMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest, dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNotionWorkspaceAccessToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("GetNotionWorkspaceAccessToken"))
              .build();
        }
      }
    }
    return getGetNotionWorkspaceAccessTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> getUpdateNotionWorkspaceSyncStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateNotionWorkspaceSyncStatus",
      requestType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> getUpdateNotionWorkspaceSyncStatusMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> getUpdateNotionWorkspaceSyncStatusMethod;
    if ((getUpdateNotionWorkspaceSyncStatusMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceSyncStatusMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getUpdateNotionWorkspaceSyncStatusMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceSyncStatusMethod) == null) {
          NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceSyncStatusMethod = getUpdateNotionWorkspaceSyncStatusMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateNotionWorkspaceSyncStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("UpdateNotionWorkspaceSyncStatus"))
              .build();
        }
      }
    }
    return getUpdateNotionWorkspaceSyncStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> getAddNotionWorkspaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddNotionWorkspaceMember",
      requestType = dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest.class,
      responseType = dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> getAddNotionWorkspaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> getAddNotionWorkspaceMemberMethod;
    if ((getAddNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getAddNotionWorkspaceMemberMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getAddNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getAddNotionWorkspaceMemberMethod) == null) {
          NotionWorkspaceServiceGrpc.getAddNotionWorkspaceMemberMethod = getAddNotionWorkspaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddNotionWorkspaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("AddNotionWorkspaceMember"))
              .build();
        }
      }
    }
    return getAddNotionWorkspaceMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> getUpdateNotionWorkspaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateNotionWorkspaceMember",
      requestType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> getUpdateNotionWorkspaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> getUpdateNotionWorkspaceMemberMethod;
    if ((getUpdateNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMemberMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getUpdateNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMemberMethod) == null) {
          NotionWorkspaceServiceGrpc.getUpdateNotionWorkspaceMemberMethod = getUpdateNotionWorkspaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateNotionWorkspaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("UpdateNotionWorkspaceMember"))
              .build();
        }
      }
    }
    return getUpdateNotionWorkspaceMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> getRemoveNotionWorkspaceMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveNotionWorkspaceMember",
      requestType = dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest.class,
      responseType = dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest,
      dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> getRemoveNotionWorkspaceMemberMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> getRemoveNotionWorkspaceMemberMethod;
    if ((getRemoveNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getRemoveNotionWorkspaceMemberMethod) == null) {
      synchronized (NotionWorkspaceServiceGrpc.class) {
        if ((getRemoveNotionWorkspaceMemberMethod = NotionWorkspaceServiceGrpc.getRemoveNotionWorkspaceMemberMethod) == null) {
          NotionWorkspaceServiceGrpc.getRemoveNotionWorkspaceMemberMethod = getRemoveNotionWorkspaceMemberMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest, dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveNotionWorkspaceMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotionWorkspaceServiceMethodDescriptorSupplier("RemoveNotionWorkspaceMember"))
              .build();
        }
      }
    }
    return getRemoveNotionWorkspaceMemberMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NotionWorkspaceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceStub>() {
        @java.lang.Override
        public NotionWorkspaceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotionWorkspaceServiceStub(channel, callOptions);
        }
      };
    return NotionWorkspaceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static NotionWorkspaceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceBlockingV2Stub>() {
        @java.lang.Override
        public NotionWorkspaceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotionWorkspaceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return NotionWorkspaceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NotionWorkspaceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceBlockingStub>() {
        @java.lang.Override
        public NotionWorkspaceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotionWorkspaceServiceBlockingStub(channel, callOptions);
        }
      };
    return NotionWorkspaceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NotionWorkspaceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotionWorkspaceServiceFutureStub>() {
        @java.lang.Override
        public NotionWorkspaceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotionWorkspaceServiceFutureStub(channel, callOptions);
        }
      };
    return NotionWorkspaceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a notion workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    default void createNotionWorkspace(dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateNotionWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a notion workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void getNotionWorkspace(dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNotionWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists notion workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listNotionWorkspaces(dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the notion workspaces matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's notion workspaces are
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
    default void purgeNotionWorkspaces(dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a notion workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateNotionWorkspace(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateNotionWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a notion workspace.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void deleteNotionWorkspace(dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteNotionWorkspaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several notion workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void batchGetNotionWorkspaces(dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 notion workspaces in one call, all or none (AIP-233):
     * each item as CreateNotionWorkspace would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 notion workspaces in one call, all or none (AIP-234):
     * each item as UpdateNotionWorkspace would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 notion workspaces in one call, all or none (AIP-235):
     * each item as DeleteNotionWorkspace would delete it; a batch does not
     * cascade, so an item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteNotionWorkspaces(dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteNotionWorkspacesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void getNotionWorkspaceAccessToken(dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNotionWorkspaceAccessTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateNotionWorkspaceSyncStatus(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateNotionWorkspaceSyncStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    default void addNotionWorkspaceMember(dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddNotionWorkspaceMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    default void updateNotionWorkspaceMember(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateNotionWorkspaceMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     * </pre>
     */
    default void removeNotionWorkspaceMember(dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveNotionWorkspaceMemberMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service NotionWorkspaceService.
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public static abstract class NotionWorkspaceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return NotionWorkspaceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service NotionWorkspaceService.
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public static final class NotionWorkspaceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<NotionWorkspaceServiceStub> {
    private NotionWorkspaceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotionWorkspaceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotionWorkspaceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notion workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public void createNotionWorkspace(dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateNotionWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a notion workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void getNotionWorkspace(dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNotionWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists notion workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listNotionWorkspaces(dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the notion workspaces matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's notion workspaces are
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
    public void purgeNotionWorkspaces(dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a notion workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateNotionWorkspace(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a notion workspace.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void deleteNotionWorkspace(dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteNotionWorkspaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several notion workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void batchGetNotionWorkspaces(dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 notion workspaces in one call, all or none (AIP-233):
     * each item as CreateNotionWorkspace would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 notion workspaces in one call, all or none (AIP-234):
     * each item as UpdateNotionWorkspace would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 notion workspaces in one call, all or none (AIP-235):
     * each item as DeleteNotionWorkspace would delete it; a batch does not
     * cascade, so an item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteNotionWorkspaces(dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteNotionWorkspacesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void getNotionWorkspaceAccessToken(dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNotionWorkspaceAccessTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateNotionWorkspaceSyncStatus(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceSyncStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public void addNotionWorkspaceMember(dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddNotionWorkspaceMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public void updateNotionWorkspaceMember(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     * </pre>
     */
    public void removeNotionWorkspaceMember(dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveNotionWorkspaceMemberMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service NotionWorkspaceService.
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public static final class NotionWorkspaceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<NotionWorkspaceServiceBlockingV2Stub> {
    private NotionWorkspaceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotionWorkspaceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotionWorkspaceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notion workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse createNotionWorkspace(dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a notion workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse getNotionWorkspace(dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists notion workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse listNotionWorkspaces(dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the notion workspaces matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's notion workspaces are
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
    public dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse purgeNotionWorkspaces(dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a notion workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse updateNotionWorkspace(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a notion workspace.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse deleteNotionWorkspace(dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several notion workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse batchGetNotionWorkspaces(dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notion workspaces in one call, all or none (AIP-233):
     * each item as CreateNotionWorkspace would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse batchCreateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notion workspaces in one call, all or none (AIP-234):
     * each item as UpdateNotionWorkspace would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse batchUpdateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notion workspaces in one call, all or none (AIP-235):
     * each item as DeleteNotionWorkspace would delete it; a batch does not
     * cascade, so an item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse batchDeleteNotionWorkspaces(dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse getNotionWorkspaceAccessToken(dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNotionWorkspaceAccessTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse updateNotionWorkspaceSyncStatus(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateNotionWorkspaceSyncStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse addNotionWorkspaceMember(dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse updateNotionWorkspaceMember(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse removeNotionWorkspaceMember(dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service NotionWorkspaceService.
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public static final class NotionWorkspaceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<NotionWorkspaceServiceBlockingStub> {
    private NotionWorkspaceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotionWorkspaceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotionWorkspaceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notion workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse createNotionWorkspace(dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a notion workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse getNotionWorkspace(dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists notion workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse listNotionWorkspaces(dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the notion workspaces matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's notion workspaces are
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
    public dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse purgeNotionWorkspaces(dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a notion workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse updateNotionWorkspace(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a notion workspace.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse deleteNotionWorkspace(dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteNotionWorkspaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several notion workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse batchGetNotionWorkspaces(dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notion workspaces in one call, all or none (AIP-233):
     * each item as CreateNotionWorkspace would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse batchCreateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notion workspaces in one call, all or none (AIP-234):
     * each item as UpdateNotionWorkspace would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse batchUpdateNotionWorkspaces(dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notion workspaces in one call, all or none (AIP-235):
     * each item as DeleteNotionWorkspace would delete it; a batch does not
     * cascade, so an item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse batchDeleteNotionWorkspaces(dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteNotionWorkspacesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse getNotionWorkspaceAccessToken(dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNotionWorkspaceAccessTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse updateNotionWorkspaceSyncStatus(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateNotionWorkspaceSyncStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse addNotionWorkspaceMember(dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse updateNotionWorkspaceMember(dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse removeNotionWorkspaceMember(dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveNotionWorkspaceMemberMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service NotionWorkspaceService.
   * <pre>
   * Manages connected Notion workspaces, the tenants of the knowledge domain.
   * </pre>
   */
  public static final class NotionWorkspaceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<NotionWorkspaceServiceFutureStub> {
    private NotionWorkspaceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotionWorkspaceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotionWorkspaceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a notion workspace.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse> createNotionWorkspace(
        dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateNotionWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a notion workspace by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse> getNotionWorkspace(
        dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNotionWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists notion workspaces, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse> listNotionWorkspaces(
        dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the notion workspaces matching `filter` (AIP-165), a
     * hard delete, as Delete is. Only the caller tenant's notion workspaces are
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse> purgeNotionWorkspaces(
        dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a notion workspace.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse> updateNotionWorkspace(
        dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a notion workspace.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse> deleteNotionWorkspace(
        dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteNotionWorkspaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several notion workspaces by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse> batchGetNotionWorkspaces(
        dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 notion workspaces in one call, all or none (AIP-233):
     * each item as CreateNotionWorkspace would create it, answered in request
     * order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse> batchCreateNotionWorkspaces(
        dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 notion workspaces in one call, all or none (AIP-234):
     * each item as UpdateNotionWorkspace would update it (its own update_mask,
     * etag and allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].notion_workspace.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse> batchUpdateNotionWorkspaces(
        dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 notion workspaces in one call, all or none (AIP-235):
     * each item as DeleteNotionWorkspace would delete it; a batch does not
     * cascade, so an item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteNotionWorkspace, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse> batchDeleteNotionWorkspaces(
        dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteNotionWorkspacesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse> getNotionWorkspaceAccessToken(
        dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNotionWorkspaceAccessTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse> updateNotionWorkspaceSyncStatus(
        dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceSyncStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse> addNotionWorkspaceMember(
        dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddNotionWorkspaceMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse> updateNotionWorkspaceMember(
        dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateNotionWorkspaceMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse> removeNotionWorkspaceMember(
        dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveNotionWorkspaceMemberMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_NOTION_WORKSPACE = 0;
  private static final int METHODID_GET_NOTION_WORKSPACE = 1;
  private static final int METHODID_LIST_NOTION_WORKSPACES = 2;
  private static final int METHODID_PURGE_NOTION_WORKSPACES = 3;
  private static final int METHODID_UPDATE_NOTION_WORKSPACE = 4;
  private static final int METHODID_DELETE_NOTION_WORKSPACE = 5;
  private static final int METHODID_BATCH_GET_NOTION_WORKSPACES = 6;
  private static final int METHODID_BATCH_CREATE_NOTION_WORKSPACES = 7;
  private static final int METHODID_BATCH_UPDATE_NOTION_WORKSPACES = 8;
  private static final int METHODID_BATCH_DELETE_NOTION_WORKSPACES = 9;
  private static final int METHODID_GET_NOTION_WORKSPACE_ACCESS_TOKEN = 10;
  private static final int METHODID_UPDATE_NOTION_WORKSPACE_SYNC_STATUS = 11;
  private static final int METHODID_ADD_NOTION_WORKSPACE_MEMBER = 12;
  private static final int METHODID_UPDATE_NOTION_WORKSPACE_MEMBER = 13;
  private static final int METHODID_REMOVE_NOTION_WORKSPACE_MEMBER = 14;

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
        case METHODID_CREATE_NOTION_WORKSPACE:
          serviceImpl.createNotionWorkspace((dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse>) responseObserver);
          break;
        case METHODID_GET_NOTION_WORKSPACE:
          serviceImpl.getNotionWorkspace((dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse>) responseObserver);
          break;
        case METHODID_LIST_NOTION_WORKSPACES:
          serviceImpl.listNotionWorkspaces((dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_PURGE_NOTION_WORKSPACES:
          serviceImpl.purgeNotionWorkspaces((dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_NOTION_WORKSPACE:
          serviceImpl.updateNotionWorkspace((dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse>) responseObserver);
          break;
        case METHODID_DELETE_NOTION_WORKSPACE:
          serviceImpl.deleteNotionWorkspace((dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_NOTION_WORKSPACES:
          serviceImpl.batchGetNotionWorkspaces((dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_NOTION_WORKSPACES:
          serviceImpl.batchCreateNotionWorkspaces((dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_NOTION_WORKSPACES:
          serviceImpl.batchUpdateNotionWorkspaces((dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_NOTION_WORKSPACES:
          serviceImpl.batchDeleteNotionWorkspaces((dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse>) responseObserver);
          break;
        case METHODID_GET_NOTION_WORKSPACE_ACCESS_TOKEN:
          serviceImpl.getNotionWorkspaceAccessToken((dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse>) responseObserver);
          break;
        case METHODID_UPDATE_NOTION_WORKSPACE_SYNC_STATUS:
          serviceImpl.updateNotionWorkspaceSyncStatus((dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse>) responseObserver);
          break;
        case METHODID_ADD_NOTION_WORKSPACE_MEMBER:
          serviceImpl.addNotionWorkspaceMember((dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse>) responseObserver);
          break;
        case METHODID_UPDATE_NOTION_WORKSPACE_MEMBER:
          serviceImpl.updateNotionWorkspaceMember((dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse>) responseObserver);
          break;
        case METHODID_REMOVE_NOTION_WORKSPACE_MEMBER:
          serviceImpl.removeNotionWorkspaceMember((dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse>) responseObserver);
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
          getCreateNotionWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateNotionWorkspaceRequest,
              dev.modelstore.knowledge.v1.CreateNotionWorkspaceResponse>(
                service, METHODID_CREATE_NOTION_WORKSPACE)))
        .addMethod(
          getGetNotionWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetNotionWorkspaceRequest,
              dev.modelstore.knowledge.v1.GetNotionWorkspaceResponse>(
                service, METHODID_GET_NOTION_WORKSPACE)))
        .addMethod(
          getListNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.ListNotionWorkspacesResponse>(
                service, METHODID_LIST_NOTION_WORKSPACES)))
        .addMethod(
          getPurgeNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.PurgeNotionWorkspacesResponse>(
                service, METHODID_PURGE_NOTION_WORKSPACES)))
        .addMethod(
          getUpdateNotionWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceRequest,
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceResponse>(
                service, METHODID_UPDATE_NOTION_WORKSPACE)))
        .addMethod(
          getDeleteNotionWorkspaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteNotionWorkspaceRequest,
              dev.modelstore.knowledge.v1.DeleteNotionWorkspaceResponse>(
                service, METHODID_DELETE_NOTION_WORKSPACE)))
        .addMethod(
          getBatchGetNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.BatchGetNotionWorkspacesResponse>(
                service, METHODID_BATCH_GET_NOTION_WORKSPACES)))
        .addMethod(
          getBatchCreateNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.BatchCreateNotionWorkspacesResponse>(
                service, METHODID_BATCH_CREATE_NOTION_WORKSPACES)))
        .addMethod(
          getBatchUpdateNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.BatchUpdateNotionWorkspacesResponse>(
                service, METHODID_BATCH_UPDATE_NOTION_WORKSPACES)))
        .addMethod(
          getBatchDeleteNotionWorkspacesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesRequest,
              dev.modelstore.knowledge.v1.BatchDeleteNotionWorkspacesResponse>(
                service, METHODID_BATCH_DELETE_NOTION_WORKSPACES)))
        .addMethod(
          getGetNotionWorkspaceAccessTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenRequest,
              dev.modelstore.knowledge.v1.GetNotionWorkspaceAccessTokenResponse>(
                service, METHODID_GET_NOTION_WORKSPACE_ACCESS_TOKEN)))
        .addMethod(
          getUpdateNotionWorkspaceSyncStatusMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusRequest,
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceSyncStatusResponse>(
                service, METHODID_UPDATE_NOTION_WORKSPACE_SYNC_STATUS)))
        .addMethod(
          getAddNotionWorkspaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberRequest,
              dev.modelstore.knowledge.v1.AddNotionWorkspaceMemberResponse>(
                service, METHODID_ADD_NOTION_WORKSPACE_MEMBER)))
        .addMethod(
          getUpdateNotionWorkspaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberRequest,
              dev.modelstore.knowledge.v1.UpdateNotionWorkspaceMemberResponse>(
                service, METHODID_UPDATE_NOTION_WORKSPACE_MEMBER)))
        .addMethod(
          getRemoveNotionWorkspaceMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberRequest,
              dev.modelstore.knowledge.v1.RemoveNotionWorkspaceMemberResponse>(
                service, METHODID_REMOVE_NOTION_WORKSPACE_MEMBER)))
        .build();
  }

  private static abstract class NotionWorkspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NotionWorkspaceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.NotionWorkspaceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NotionWorkspaceService");
    }
  }

  private static final class NotionWorkspaceServiceFileDescriptorSupplier
      extends NotionWorkspaceServiceBaseDescriptorSupplier {
    NotionWorkspaceServiceFileDescriptorSupplier() {}
  }

  private static final class NotionWorkspaceServiceMethodDescriptorSupplier
      extends NotionWorkspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    NotionWorkspaceServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (NotionWorkspaceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NotionWorkspaceServiceFileDescriptorSupplier())
              .addMethod(getCreateNotionWorkspaceMethod())
              .addMethod(getGetNotionWorkspaceMethod())
              .addMethod(getListNotionWorkspacesMethod())
              .addMethod(getPurgeNotionWorkspacesMethod())
              .addMethod(getUpdateNotionWorkspaceMethod())
              .addMethod(getDeleteNotionWorkspaceMethod())
              .addMethod(getBatchGetNotionWorkspacesMethod())
              .addMethod(getBatchCreateNotionWorkspacesMethod())
              .addMethod(getBatchUpdateNotionWorkspacesMethod())
              .addMethod(getBatchDeleteNotionWorkspacesMethod())
              .addMethod(getGetNotionWorkspaceAccessTokenMethod())
              .addMethod(getUpdateNotionWorkspaceSyncStatusMethod())
              .addMethod(getAddNotionWorkspaceMemberMethod())
              .addMethod(getUpdateNotionWorkspaceMemberMethod())
              .addMethod(getRemoveNotionWorkspaceMemberMethod())
              .build();
        }
      }
    }
    return result;
  }
}
