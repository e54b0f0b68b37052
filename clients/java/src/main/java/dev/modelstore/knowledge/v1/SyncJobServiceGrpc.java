package dev.modelstore.knowledge.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages sync jobs, the runs of content synchronisation.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SyncJobServiceGrpc {

  private SyncJobServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.knowledge.v1.SyncJobService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateSyncJobRequest,
      dev.modelstore.knowledge.v1.CreateSyncJobResponse> getCreateSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSyncJob",
      requestType = dev.modelstore.knowledge.v1.CreateSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.CreateSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateSyncJobRequest,
      dev.modelstore.knowledge.v1.CreateSyncJobResponse> getCreateSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CreateSyncJobRequest, dev.modelstore.knowledge.v1.CreateSyncJobResponse> getCreateSyncJobMethod;
    if ((getCreateSyncJobMethod = SyncJobServiceGrpc.getCreateSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getCreateSyncJobMethod = SyncJobServiceGrpc.getCreateSyncJobMethod) == null) {
          SyncJobServiceGrpc.getCreateSyncJobMethod = getCreateSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CreateSyncJobRequest, dev.modelstore.knowledge.v1.CreateSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CreateSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("CreateSyncJob"))
              .build();
        }
      }
    }
    return getCreateSyncJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetSyncJobRequest,
      dev.modelstore.knowledge.v1.GetSyncJobResponse> getGetSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSyncJob",
      requestType = dev.modelstore.knowledge.v1.GetSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.GetSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetSyncJobRequest,
      dev.modelstore.knowledge.v1.GetSyncJobResponse> getGetSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.GetSyncJobRequest, dev.modelstore.knowledge.v1.GetSyncJobResponse> getGetSyncJobMethod;
    if ((getGetSyncJobMethod = SyncJobServiceGrpc.getGetSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getGetSyncJobMethod = SyncJobServiceGrpc.getGetSyncJobMethod) == null) {
          SyncJobServiceGrpc.getGetSyncJobMethod = getGetSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.GetSyncJobRequest, dev.modelstore.knowledge.v1.GetSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.GetSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("GetSyncJob"))
              .build();
        }
      }
    }
    return getGetSyncJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListSyncJobsRequest,
      dev.modelstore.knowledge.v1.ListSyncJobsResponse> getListSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSyncJobs",
      requestType = dev.modelstore.knowledge.v1.ListSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.ListSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListSyncJobsRequest,
      dev.modelstore.knowledge.v1.ListSyncJobsResponse> getListSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.ListSyncJobsRequest, dev.modelstore.knowledge.v1.ListSyncJobsResponse> getListSyncJobsMethod;
    if ((getListSyncJobsMethod = SyncJobServiceGrpc.getListSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getListSyncJobsMethod = SyncJobServiceGrpc.getListSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getListSyncJobsMethod = getListSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.ListSyncJobsRequest, dev.modelstore.knowledge.v1.ListSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.ListSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("ListSyncJobs"))
              .build();
        }
      }
    }
    return getListSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeSyncJobsRequest,
      dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> getPurgeSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeSyncJobs",
      requestType = dev.modelstore.knowledge.v1.PurgeSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.PurgeSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeSyncJobsRequest,
      dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> getPurgeSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.PurgeSyncJobsRequest, dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> getPurgeSyncJobsMethod;
    if ((getPurgeSyncJobsMethod = SyncJobServiceGrpc.getPurgeSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getPurgeSyncJobsMethod = SyncJobServiceGrpc.getPurgeSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getPurgeSyncJobsMethod = getPurgeSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.PurgeSyncJobsRequest, dev.modelstore.knowledge.v1.PurgeSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.PurgeSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("PurgeSyncJobs"))
              .build();
        }
      }
    }
    return getPurgeSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobRequest,
      dev.modelstore.knowledge.v1.UpdateSyncJobResponse> getUpdateSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSyncJob",
      requestType = dev.modelstore.knowledge.v1.UpdateSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobRequest,
      dev.modelstore.knowledge.v1.UpdateSyncJobResponse> getUpdateSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobRequest, dev.modelstore.knowledge.v1.UpdateSyncJobResponse> getUpdateSyncJobMethod;
    if ((getUpdateSyncJobMethod = SyncJobServiceGrpc.getUpdateSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getUpdateSyncJobMethod = SyncJobServiceGrpc.getUpdateSyncJobMethod) == null) {
          SyncJobServiceGrpc.getUpdateSyncJobMethod = getUpdateSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateSyncJobRequest, dev.modelstore.knowledge.v1.UpdateSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("UpdateSyncJob"))
              .build();
        }
      }
    }
    return getUpdateSyncJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteSyncJobRequest,
      dev.modelstore.knowledge.v1.DeleteSyncJobResponse> getDeleteSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSyncJob",
      requestType = dev.modelstore.knowledge.v1.DeleteSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.DeleteSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteSyncJobRequest,
      dev.modelstore.knowledge.v1.DeleteSyncJobResponse> getDeleteSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.DeleteSyncJobRequest, dev.modelstore.knowledge.v1.DeleteSyncJobResponse> getDeleteSyncJobMethod;
    if ((getDeleteSyncJobMethod = SyncJobServiceGrpc.getDeleteSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getDeleteSyncJobMethod = SyncJobServiceGrpc.getDeleteSyncJobMethod) == null) {
          SyncJobServiceGrpc.getDeleteSyncJobMethod = getDeleteSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.DeleteSyncJobRequest, dev.modelstore.knowledge.v1.DeleteSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.DeleteSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("DeleteSyncJob"))
              .build();
        }
      }
    }
    return getDeleteSyncJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> getBatchGetSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetSyncJobs",
      requestType = dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> getBatchGetSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest, dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> getBatchGetSyncJobsMethod;
    if ((getBatchGetSyncJobsMethod = SyncJobServiceGrpc.getBatchGetSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getBatchGetSyncJobsMethod = SyncJobServiceGrpc.getBatchGetSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getBatchGetSyncJobsMethod = getBatchGetSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest, dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("BatchGetSyncJobs"))
              .build();
        }
      }
    }
    return getBatchGetSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> getBatchCreateSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateSyncJobs",
      requestType = dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> getBatchCreateSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest, dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> getBatchCreateSyncJobsMethod;
    if ((getBatchCreateSyncJobsMethod = SyncJobServiceGrpc.getBatchCreateSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getBatchCreateSyncJobsMethod = SyncJobServiceGrpc.getBatchCreateSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getBatchCreateSyncJobsMethod = getBatchCreateSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest, dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("BatchCreateSyncJobs"))
              .build();
        }
      }
    }
    return getBatchCreateSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> getBatchUpdateSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateSyncJobs",
      requestType = dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> getBatchUpdateSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest, dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> getBatchUpdateSyncJobsMethod;
    if ((getBatchUpdateSyncJobsMethod = SyncJobServiceGrpc.getBatchUpdateSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getBatchUpdateSyncJobsMethod = SyncJobServiceGrpc.getBatchUpdateSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getBatchUpdateSyncJobsMethod = getBatchUpdateSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest, dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("BatchUpdateSyncJobs"))
              .build();
        }
      }
    }
    return getBatchUpdateSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> getBatchDeleteSyncJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteSyncJobs",
      requestType = dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest.class,
      responseType = dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest,
      dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> getBatchDeleteSyncJobsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest, dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> getBatchDeleteSyncJobsMethod;
    if ((getBatchDeleteSyncJobsMethod = SyncJobServiceGrpc.getBatchDeleteSyncJobsMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getBatchDeleteSyncJobsMethod = SyncJobServiceGrpc.getBatchDeleteSyncJobsMethod) == null) {
          SyncJobServiceGrpc.getBatchDeleteSyncJobsMethod = getBatchDeleteSyncJobsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest, dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteSyncJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("BatchDeleteSyncJobs"))
              .build();
        }
      }
    }
    return getBatchDeleteSyncJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest,
      dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> getUpdateSyncJobProgressMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSyncJobProgress",
      requestType = dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest.class,
      responseType = dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest,
      dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> getUpdateSyncJobProgressMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest, dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> getUpdateSyncJobProgressMethod;
    if ((getUpdateSyncJobProgressMethod = SyncJobServiceGrpc.getUpdateSyncJobProgressMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getUpdateSyncJobProgressMethod = SyncJobServiceGrpc.getUpdateSyncJobProgressMethod) == null) {
          SyncJobServiceGrpc.getUpdateSyncJobProgressMethod = getUpdateSyncJobProgressMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest, dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSyncJobProgress"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("UpdateSyncJobProgress"))
              .build();
        }
      }
    }
    return getUpdateSyncJobProgressMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CompleteSyncJobRequest,
      dev.modelstore.knowledge.v1.CompleteSyncJobResponse> getCompleteSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompleteSyncJob",
      requestType = dev.modelstore.knowledge.v1.CompleteSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.CompleteSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CompleteSyncJobRequest,
      dev.modelstore.knowledge.v1.CompleteSyncJobResponse> getCompleteSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.CompleteSyncJobRequest, dev.modelstore.knowledge.v1.CompleteSyncJobResponse> getCompleteSyncJobMethod;
    if ((getCompleteSyncJobMethod = SyncJobServiceGrpc.getCompleteSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getCompleteSyncJobMethod = SyncJobServiceGrpc.getCompleteSyncJobMethod) == null) {
          SyncJobServiceGrpc.getCompleteSyncJobMethod = getCompleteSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.CompleteSyncJobRequest, dev.modelstore.knowledge.v1.CompleteSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompleteSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CompleteSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.CompleteSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("CompleteSyncJob"))
              .build();
        }
      }
    }
    return getCompleteSyncJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.FailSyncJobRequest,
      dev.modelstore.knowledge.v1.FailSyncJobResponse> getFailSyncJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FailSyncJob",
      requestType = dev.modelstore.knowledge.v1.FailSyncJobRequest.class,
      responseType = dev.modelstore.knowledge.v1.FailSyncJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.FailSyncJobRequest,
      dev.modelstore.knowledge.v1.FailSyncJobResponse> getFailSyncJobMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.knowledge.v1.FailSyncJobRequest, dev.modelstore.knowledge.v1.FailSyncJobResponse> getFailSyncJobMethod;
    if ((getFailSyncJobMethod = SyncJobServiceGrpc.getFailSyncJobMethod) == null) {
      synchronized (SyncJobServiceGrpc.class) {
        if ((getFailSyncJobMethod = SyncJobServiceGrpc.getFailSyncJobMethod) == null) {
          SyncJobServiceGrpc.getFailSyncJobMethod = getFailSyncJobMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.knowledge.v1.FailSyncJobRequest, dev.modelstore.knowledge.v1.FailSyncJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FailSyncJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.FailSyncJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.knowledge.v1.FailSyncJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SyncJobServiceMethodDescriptorSupplier("FailSyncJob"))
              .build();
        }
      }
    }
    return getFailSyncJobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SyncJobServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceStub>() {
        @java.lang.Override
        public SyncJobServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncJobServiceStub(channel, callOptions);
        }
      };
    return SyncJobServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SyncJobServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceBlockingV2Stub>() {
        @java.lang.Override
        public SyncJobServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncJobServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SyncJobServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SyncJobServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceBlockingStub>() {
        @java.lang.Override
        public SyncJobServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncJobServiceBlockingStub(channel, callOptions);
        }
      };
    return SyncJobServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SyncJobServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncJobServiceFutureStub>() {
        @java.lang.Override
        public SyncJobServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncJobServiceFutureStub(channel, callOptions);
        }
      };
    return SyncJobServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a sync job.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    default void createSyncJob(dev.modelstore.knowledge.v1.CreateSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSyncJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a sync job by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void getSyncJob(dev.modelstore.knowledge.v1.GetSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSyncJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists sync jobs, one keyset page at a time. Only the caller tenant's sync
     * jobs are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    default void listSyncJobs(dev.modelstore.knowledge.v1.ListSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the sync jobs matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sync jobs are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void purgeSyncJobs(dev.modelstore.knowledge.v1.PurgeSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a sync job.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * sync job and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    default void updateSyncJob(dev.modelstore.knowledge.v1.UpdateSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSyncJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a sync job.
     * Errors: NOT_FOUND (no such sync job, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void deleteSyncJob(dev.modelstore.knowledge.v1.DeleteSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSyncJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several sync jobs by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    default void batchGetSyncJobs(dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 sync jobs in one call, all or none (AIP-233): each item
     * as CreateSyncJob would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateSyncJobs(dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 sync jobs in one call, all or none (AIP-234): each item
     * as UpdateSyncJob would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateSyncJobs(dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 sync jobs in one call, all or none (AIP-235): each item
     * as DeleteSyncJob would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteSyncJobs(dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteSyncJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Merges progress into the job (the seed's `updateProgress`): only the
     * fields set in `progress` change, the others keep their values. Allowed
     * while the job is QUEUED or PROCESSING; the first progress of a QUEUED job
     * moves it to PROCESSING, and `started_at` becomes the time of the call
     * unless it already holds an earlier time.
     * Errors: INVALID_ARGUMENT (`id` is empty, or `progress` sets no field),
     * NOT_FOUND (no such sync job, or another tenant's), FAILED_PRECONDITION
     * (the job is completed, failed or cancelled; no `x-tenant-id` header and
     * no cross-tenant access), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void updateSyncJobProgress(dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSyncJobProgressMethod(), responseObserver);
    }

    /**
     * <pre>
     * Completes the job (the seed's `complete`): status COMPLETED, `results`
     * as given, `completed_at` the time of the call and `duration` the
     * milliseconds from `started_at` to `completed_at` (0 when the job never
     * started). Only a QUEUED or PROCESSING job can complete.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (the job is already completed,
     * failed or cancelled; no `x-tenant-id` header and no cross-tenant access),
     * ABORTED (the job kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    default void completeSyncJob(dev.modelstore.knowledge.v1.CompleteSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CompleteSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompleteSyncJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Fails the job (the seed's `fail`): status FAILED, `error` holds the
     * message and the time of the call, `completed_at` the time of the call
     * and `duration` the milliseconds from `started_at` to `completed_at` (0
     * when the job never started). Only a QUEUED or PROCESSING job can fail.
     * Errors: INVALID_ARGUMENT (`id` or `error_message` is empty), NOT_FOUND
     * (no such sync job, or another tenant's), FAILED_PRECONDITION (the job is
     * already completed, failed or cancelled; no `x-tenant-id` header and no
     * cross-tenant access), ABORTED (the job kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    default void failSyncJob(dev.modelstore.knowledge.v1.FailSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.FailSyncJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFailSyncJobMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SyncJobService.
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public static abstract class SyncJobServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SyncJobServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SyncJobService.
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public static final class SyncJobServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SyncJobServiceStub> {
    private SyncJobServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncJobServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncJobServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a sync job.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public void createSyncJob(dev.modelstore.knowledge.v1.CreateSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSyncJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a sync job by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void getSyncJob(dev.modelstore.knowledge.v1.GetSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSyncJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists sync jobs, one keyset page at a time. Only the caller tenant's sync
     * jobs are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public void listSyncJobs(dev.modelstore.knowledge.v1.ListSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the sync jobs matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sync jobs are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void purgeSyncJobs(dev.modelstore.knowledge.v1.PurgeSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a sync job.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * sync job and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public void updateSyncJob(dev.modelstore.knowledge.v1.UpdateSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSyncJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a sync job.
     * Errors: NOT_FOUND (no such sync job, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void deleteSyncJob(dev.modelstore.knowledge.v1.DeleteSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSyncJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several sync jobs by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public void batchGetSyncJobs(dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 sync jobs in one call, all or none (AIP-233): each item
     * as CreateSyncJob would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateSyncJobs(dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 sync jobs in one call, all or none (AIP-234): each item
     * as UpdateSyncJob would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateSyncJobs(dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 sync jobs in one call, all or none (AIP-235): each item
     * as DeleteSyncJob would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteSyncJobs(dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteSyncJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Merges progress into the job (the seed's `updateProgress`): only the
     * fields set in `progress` change, the others keep their values. Allowed
     * while the job is QUEUED or PROCESSING; the first progress of a QUEUED job
     * moves it to PROCESSING, and `started_at` becomes the time of the call
     * unless it already holds an earlier time.
     * Errors: INVALID_ARGUMENT (`id` is empty, or `progress` sets no field),
     * NOT_FOUND (no such sync job, or another tenant's), FAILED_PRECONDITION
     * (the job is completed, failed or cancelled; no `x-tenant-id` header and
     * no cross-tenant access), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void updateSyncJobProgress(dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSyncJobProgressMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Completes the job (the seed's `complete`): status COMPLETED, `results`
     * as given, `completed_at` the time of the call and `duration` the
     * milliseconds from `started_at` to `completed_at` (0 when the job never
     * started). Only a QUEUED or PROCESSING job can complete.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (the job is already completed,
     * failed or cancelled; no `x-tenant-id` header and no cross-tenant access),
     * ABORTED (the job kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public void completeSyncJob(dev.modelstore.knowledge.v1.CompleteSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CompleteSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompleteSyncJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Fails the job (the seed's `fail`): status FAILED, `error` holds the
     * message and the time of the call, `completed_at` the time of the call
     * and `duration` the milliseconds from `started_at` to `completed_at` (0
     * when the job never started). Only a QUEUED or PROCESSING job can fail.
     * Errors: INVALID_ARGUMENT (`id` or `error_message` is empty), NOT_FOUND
     * (no such sync job, or another tenant's), FAILED_PRECONDITION (the job is
     * already completed, failed or cancelled; no `x-tenant-id` header and no
     * cross-tenant access), ABORTED (the job kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public void failSyncJob(dev.modelstore.knowledge.v1.FailSyncJobRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.FailSyncJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFailSyncJobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SyncJobService.
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public static final class SyncJobServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SyncJobServiceBlockingV2Stub> {
    private SyncJobServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncJobServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncJobServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a sync job.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateSyncJobResponse createSyncJob(dev.modelstore.knowledge.v1.CreateSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a sync job by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetSyncJobResponse getSyncJob(dev.modelstore.knowledge.v1.GetSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sync jobs, one keyset page at a time. Only the caller tenant's sync
     * jobs are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListSyncJobsResponse listSyncJobs(dev.modelstore.knowledge.v1.ListSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the sync jobs matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sync jobs are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.PurgeSyncJobsResponse purgeSyncJobs(dev.modelstore.knowledge.v1.PurgeSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a sync job.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * sync job and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateSyncJobResponse updateSyncJob(dev.modelstore.knowledge.v1.UpdateSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a sync job.
     * Errors: NOT_FOUND (no such sync job, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteSyncJobResponse deleteSyncJob(dev.modelstore.knowledge.v1.DeleteSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several sync jobs by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse batchGetSyncJobs(dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sync jobs in one call, all or none (AIP-233): each item
     * as CreateSyncJob would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse batchCreateSyncJobs(dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sync jobs in one call, all or none (AIP-234): each item
     * as UpdateSyncJob would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse batchUpdateSyncJobs(dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sync jobs in one call, all or none (AIP-235): each item
     * as DeleteSyncJob would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse batchDeleteSyncJobs(dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Merges progress into the job (the seed's `updateProgress`): only the
     * fields set in `progress` change, the others keep their values. Allowed
     * while the job is QUEUED or PROCESSING; the first progress of a QUEUED job
     * moves it to PROCESSING, and `started_at` becomes the time of the call
     * unless it already holds an earlier time.
     * Errors: INVALID_ARGUMENT (`id` is empty, or `progress` sets no field),
     * NOT_FOUND (no such sync job, or another tenant's), FAILED_PRECONDITION
     * (the job is completed, failed or cancelled; no `x-tenant-id` header and
     * no cross-tenant access), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse updateSyncJobProgress(dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateSyncJobProgressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completes the job (the seed's `complete`): status COMPLETED, `results`
     * as given, `completed_at` the time of the call and `duration` the
     * milliseconds from `started_at` to `completed_at` (0 when the job never
     * started). Only a QUEUED or PROCESSING job can complete.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (the job is already completed,
     * failed or cancelled; no `x-tenant-id` header and no cross-tenant access),
     * ABORTED (the job kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CompleteSyncJobResponse completeSyncJob(dev.modelstore.knowledge.v1.CompleteSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCompleteSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Fails the job (the seed's `fail`): status FAILED, `error` holds the
     * message and the time of the call, `completed_at` the time of the call
     * and `duration` the milliseconds from `started_at` to `completed_at` (0
     * when the job never started). Only a QUEUED or PROCESSING job can fail.
     * Errors: INVALID_ARGUMENT (`id` or `error_message` is empty), NOT_FOUND
     * (no such sync job, or another tenant's), FAILED_PRECONDITION (the job is
     * already completed, failed or cancelled; no `x-tenant-id` header and no
     * cross-tenant access), ABORTED (the job kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.FailSyncJobResponse failSyncJob(dev.modelstore.knowledge.v1.FailSyncJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFailSyncJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SyncJobService.
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public static final class SyncJobServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SyncJobServiceBlockingStub> {
    private SyncJobServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncJobServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncJobServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a sync job.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CreateSyncJobResponse createSyncJob(dev.modelstore.knowledge.v1.CreateSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a sync job by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.GetSyncJobResponse getSyncJob(dev.modelstore.knowledge.v1.GetSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sync jobs, one keyset page at a time. Only the caller tenant's sync
     * jobs are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.ListSyncJobsResponse listSyncJobs(dev.modelstore.knowledge.v1.ListSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the sync jobs matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sync jobs are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.PurgeSyncJobsResponse purgeSyncJobs(dev.modelstore.knowledge.v1.PurgeSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a sync job.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * sync job and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateSyncJobResponse updateSyncJob(dev.modelstore.knowledge.v1.UpdateSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a sync job.
     * Errors: NOT_FOUND (no such sync job, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.DeleteSyncJobResponse deleteSyncJob(dev.modelstore.knowledge.v1.DeleteSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several sync jobs by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse batchGetSyncJobs(dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sync jobs in one call, all or none (AIP-233): each item
     * as CreateSyncJob would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse batchCreateSyncJobs(dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sync jobs in one call, all or none (AIP-234): each item
     * as UpdateSyncJob would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse batchUpdateSyncJobs(dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sync jobs in one call, all or none (AIP-235): each item
     * as DeleteSyncJob would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse batchDeleteSyncJobs(dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteSyncJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Merges progress into the job (the seed's `updateProgress`): only the
     * fields set in `progress` change, the others keep their values. Allowed
     * while the job is QUEUED or PROCESSING; the first progress of a QUEUED job
     * moves it to PROCESSING, and `started_at` becomes the time of the call
     * unless it already holds an earlier time.
     * Errors: INVALID_ARGUMENT (`id` is empty, or `progress` sets no field),
     * NOT_FOUND (no such sync job, or another tenant's), FAILED_PRECONDITION
     * (the job is completed, failed or cancelled; no `x-tenant-id` header and
     * no cross-tenant access), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse updateSyncJobProgress(dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSyncJobProgressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completes the job (the seed's `complete`): status COMPLETED, `results`
     * as given, `completed_at` the time of the call and `duration` the
     * milliseconds from `started_at` to `completed_at` (0 when the job never
     * started). Only a QUEUED or PROCESSING job can complete.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (the job is already completed,
     * failed or cancelled; no `x-tenant-id` header and no cross-tenant access),
     * ABORTED (the job kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.CompleteSyncJobResponse completeSyncJob(dev.modelstore.knowledge.v1.CompleteSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompleteSyncJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Fails the job (the seed's `fail`): status FAILED, `error` holds the
     * message and the time of the call, `completed_at` the time of the call
     * and `duration` the milliseconds from `started_at` to `completed_at` (0
     * when the job never started). Only a QUEUED or PROCESSING job can fail.
     * Errors: INVALID_ARGUMENT (`id` or `error_message` is empty), NOT_FOUND
     * (no such sync job, or another tenant's), FAILED_PRECONDITION (the job is
     * already completed, failed or cancelled; no `x-tenant-id` header and no
     * cross-tenant access), ABORTED (the job kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.knowledge.v1.FailSyncJobResponse failSyncJob(dev.modelstore.knowledge.v1.FailSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFailSyncJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SyncJobService.
   * <pre>
   * Manages sync jobs, the runs of content synchronisation.
   * </pre>
   */
  public static final class SyncJobServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SyncJobServiceFutureStub> {
    private SyncJobServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncJobServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncJobServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a sync job.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CreateSyncJobResponse> createSyncJob(
        dev.modelstore.knowledge.v1.CreateSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSyncJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a sync job by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.GetSyncJobResponse> getSyncJob(
        dev.modelstore.knowledge.v1.GetSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSyncJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists sync jobs, one keyset page at a time. Only the caller tenant's sync
     * jobs are listed.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.ListSyncJobsResponse> listSyncJobs(
        dev.modelstore.knowledge.v1.ListSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the sync jobs matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's sync jobs are seen. Entities
     * that refer to a purged one are deleted first where their reference
     * cascades, as Delete does, so a purge interrupted midway leaves no dangling
     * reference. With `force` false (the default) nothing is deleted: the
     * response says how many would be, with a sample of their ids. Each deletion
     * is audited and appears in the change feed as a delete.
     * Errors: INVALID_ARGUMENT (no filter, or a bad one), FAILED_PRECONDITION (a
     * matching entity is still referenced where the reference does not cascade;
     * no `x-tenant-id` header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.PurgeSyncJobsResponse> purgeSyncJobs(
        dev.modelstore.knowledge.v1.PurgeSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a sync job.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * sync job and allow_missing is false), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateSyncJobResponse> updateSyncJob(
        dev.modelstore.knowledge.v1.UpdateSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSyncJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a sync job.
     * Errors: NOT_FOUND (no such sync job, or another tenant's), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.DeleteSyncJobResponse> deleteSyncJob(
        dev.modelstore.knowledge.v1.DeleteSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSyncJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several sync jobs by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse> batchGetSyncJobs(
        dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 sync jobs in one call, all or none (AIP-233): each item
     * as CreateSyncJob would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse> batchCreateSyncJobs(
        dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 sync jobs in one call, all or none (AIP-234): each item
     * as UpdateSyncJob would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].sync_job.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse> batchUpdateSyncJobs(
        dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 sync jobs in one call, all or none (AIP-235): each item
     * as DeleteSyncJob would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteSyncJob, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse> batchDeleteSyncJobs(
        dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteSyncJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Merges progress into the job (the seed's `updateProgress`): only the
     * fields set in `progress` change, the others keep their values. Allowed
     * while the job is QUEUED or PROCESSING; the first progress of a QUEUED job
     * moves it to PROCESSING, and `started_at` becomes the time of the call
     * unless it already holds an earlier time.
     * Errors: INVALID_ARGUMENT (`id` is empty, or `progress` sets no field),
     * NOT_FOUND (no such sync job, or another tenant's), FAILED_PRECONDITION
     * (the job is completed, failed or cancelled; no `x-tenant-id` header and
     * no cross-tenant access), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse> updateSyncJobProgress(
        dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSyncJobProgressMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Completes the job (the seed's `complete`): status COMPLETED, `results`
     * as given, `completed_at` the time of the call and `duration` the
     * milliseconds from `started_at` to `completed_at` (0 when the job never
     * started). Only a QUEUED or PROCESSING job can complete.
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such sync job, or
     * another tenant's), FAILED_PRECONDITION (the job is already completed,
     * failed or cancelled; no `x-tenant-id` header and no cross-tenant access),
     * ABORTED (the job kept changing; retry), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.CompleteSyncJobResponse> completeSyncJob(
        dev.modelstore.knowledge.v1.CompleteSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompleteSyncJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Fails the job (the seed's `fail`): status FAILED, `error` holds the
     * message and the time of the call, `completed_at` the time of the call
     * and `duration` the milliseconds from `started_at` to `completed_at` (0
     * when the job never started). Only a QUEUED or PROCESSING job can fail.
     * Errors: INVALID_ARGUMENT (`id` or `error_message` is empty), NOT_FOUND
     * (no such sync job, or another tenant's), FAILED_PRECONDITION (the job is
     * already completed, failed or cancelled; no `x-tenant-id` header and no
     * cross-tenant access), ABORTED (the job kept changing; retry),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.knowledge.v1.FailSyncJobResponse> failSyncJob(
        dev.modelstore.knowledge.v1.FailSyncJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFailSyncJobMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SYNC_JOB = 0;
  private static final int METHODID_GET_SYNC_JOB = 1;
  private static final int METHODID_LIST_SYNC_JOBS = 2;
  private static final int METHODID_PURGE_SYNC_JOBS = 3;
  private static final int METHODID_UPDATE_SYNC_JOB = 4;
  private static final int METHODID_DELETE_SYNC_JOB = 5;
  private static final int METHODID_BATCH_GET_SYNC_JOBS = 6;
  private static final int METHODID_BATCH_CREATE_SYNC_JOBS = 7;
  private static final int METHODID_BATCH_UPDATE_SYNC_JOBS = 8;
  private static final int METHODID_BATCH_DELETE_SYNC_JOBS = 9;
  private static final int METHODID_UPDATE_SYNC_JOB_PROGRESS = 10;
  private static final int METHODID_COMPLETE_SYNC_JOB = 11;
  private static final int METHODID_FAIL_SYNC_JOB = 12;

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
        case METHODID_CREATE_SYNC_JOB:
          serviceImpl.createSyncJob((dev.modelstore.knowledge.v1.CreateSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CreateSyncJobResponse>) responseObserver);
          break;
        case METHODID_GET_SYNC_JOB:
          serviceImpl.getSyncJob((dev.modelstore.knowledge.v1.GetSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.GetSyncJobResponse>) responseObserver);
          break;
        case METHODID_LIST_SYNC_JOBS:
          serviceImpl.listSyncJobs((dev.modelstore.knowledge.v1.ListSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.ListSyncJobsResponse>) responseObserver);
          break;
        case METHODID_PURGE_SYNC_JOBS:
          serviceImpl.purgeSyncJobs((dev.modelstore.knowledge.v1.PurgeSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.PurgeSyncJobsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SYNC_JOB:
          serviceImpl.updateSyncJob((dev.modelstore.knowledge.v1.UpdateSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobResponse>) responseObserver);
          break;
        case METHODID_DELETE_SYNC_JOB:
          serviceImpl.deleteSyncJob((dev.modelstore.knowledge.v1.DeleteSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.DeleteSyncJobResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_SYNC_JOBS:
          serviceImpl.batchGetSyncJobs((dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_SYNC_JOBS:
          serviceImpl.batchCreateSyncJobs((dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_SYNC_JOBS:
          serviceImpl.batchUpdateSyncJobs((dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_SYNC_JOBS:
          serviceImpl.batchDeleteSyncJobs((dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SYNC_JOB_PROGRESS:
          serviceImpl.updateSyncJobProgress((dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse>) responseObserver);
          break;
        case METHODID_COMPLETE_SYNC_JOB:
          serviceImpl.completeSyncJob((dev.modelstore.knowledge.v1.CompleteSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.CompleteSyncJobResponse>) responseObserver);
          break;
        case METHODID_FAIL_SYNC_JOB:
          serviceImpl.failSyncJob((dev.modelstore.knowledge.v1.FailSyncJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.knowledge.v1.FailSyncJobResponse>) responseObserver);
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
          getCreateSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CreateSyncJobRequest,
              dev.modelstore.knowledge.v1.CreateSyncJobResponse>(
                service, METHODID_CREATE_SYNC_JOB)))
        .addMethod(
          getGetSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.GetSyncJobRequest,
              dev.modelstore.knowledge.v1.GetSyncJobResponse>(
                service, METHODID_GET_SYNC_JOB)))
        .addMethod(
          getListSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.ListSyncJobsRequest,
              dev.modelstore.knowledge.v1.ListSyncJobsResponse>(
                service, METHODID_LIST_SYNC_JOBS)))
        .addMethod(
          getPurgeSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.PurgeSyncJobsRequest,
              dev.modelstore.knowledge.v1.PurgeSyncJobsResponse>(
                service, METHODID_PURGE_SYNC_JOBS)))
        .addMethod(
          getUpdateSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateSyncJobRequest,
              dev.modelstore.knowledge.v1.UpdateSyncJobResponse>(
                service, METHODID_UPDATE_SYNC_JOB)))
        .addMethod(
          getDeleteSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.DeleteSyncJobRequest,
              dev.modelstore.knowledge.v1.DeleteSyncJobResponse>(
                service, METHODID_DELETE_SYNC_JOB)))
        .addMethod(
          getBatchGetSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchGetSyncJobsRequest,
              dev.modelstore.knowledge.v1.BatchGetSyncJobsResponse>(
                service, METHODID_BATCH_GET_SYNC_JOBS)))
        .addMethod(
          getBatchCreateSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchCreateSyncJobsRequest,
              dev.modelstore.knowledge.v1.BatchCreateSyncJobsResponse>(
                service, METHODID_BATCH_CREATE_SYNC_JOBS)))
        .addMethod(
          getBatchUpdateSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchUpdateSyncJobsRequest,
              dev.modelstore.knowledge.v1.BatchUpdateSyncJobsResponse>(
                service, METHODID_BATCH_UPDATE_SYNC_JOBS)))
        .addMethod(
          getBatchDeleteSyncJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.BatchDeleteSyncJobsRequest,
              dev.modelstore.knowledge.v1.BatchDeleteSyncJobsResponse>(
                service, METHODID_BATCH_DELETE_SYNC_JOBS)))
        .addMethod(
          getUpdateSyncJobProgressMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.UpdateSyncJobProgressRequest,
              dev.modelstore.knowledge.v1.UpdateSyncJobProgressResponse>(
                service, METHODID_UPDATE_SYNC_JOB_PROGRESS)))
        .addMethod(
          getCompleteSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.CompleteSyncJobRequest,
              dev.modelstore.knowledge.v1.CompleteSyncJobResponse>(
                service, METHODID_COMPLETE_SYNC_JOB)))
        .addMethod(
          getFailSyncJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.knowledge.v1.FailSyncJobRequest,
              dev.modelstore.knowledge.v1.FailSyncJobResponse>(
                service, METHODID_FAIL_SYNC_JOB)))
        .build();
  }

  private static abstract class SyncJobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SyncJobServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.knowledge.v1.SyncJobProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SyncJobService");
    }
  }

  private static final class SyncJobServiceFileDescriptorSupplier
      extends SyncJobServiceBaseDescriptorSupplier {
    SyncJobServiceFileDescriptorSupplier() {}
  }

  private static final class SyncJobServiceMethodDescriptorSupplier
      extends SyncJobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SyncJobServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SyncJobServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SyncJobServiceFileDescriptorSupplier())
              .addMethod(getCreateSyncJobMethod())
              .addMethod(getGetSyncJobMethod())
              .addMethod(getListSyncJobsMethod())
              .addMethod(getPurgeSyncJobsMethod())
              .addMethod(getUpdateSyncJobMethod())
              .addMethod(getDeleteSyncJobMethod())
              .addMethod(getBatchGetSyncJobsMethod())
              .addMethod(getBatchCreateSyncJobsMethod())
              .addMethod(getBatchUpdateSyncJobsMethod())
              .addMethod(getBatchDeleteSyncJobsMethod())
              .addMethod(getUpdateSyncJobProgressMethod())
              .addMethod(getCompleteSyncJobMethod())
              .addMethod(getFailSyncJobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
