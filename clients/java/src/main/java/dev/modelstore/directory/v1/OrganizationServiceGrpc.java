package dev.modelstore.directory.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages organizations.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class OrganizationServiceGrpc {

  private OrganizationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.directory.v1.OrganizationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateOrganizationRequest,
      dev.modelstore.directory.v1.CreateOrganizationResponse> getCreateOrganizationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOrganization",
      requestType = dev.modelstore.directory.v1.CreateOrganizationRequest.class,
      responseType = dev.modelstore.directory.v1.CreateOrganizationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateOrganizationRequest,
      dev.modelstore.directory.v1.CreateOrganizationResponse> getCreateOrganizationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.CreateOrganizationRequest, dev.modelstore.directory.v1.CreateOrganizationResponse> getCreateOrganizationMethod;
    if ((getCreateOrganizationMethod = OrganizationServiceGrpc.getCreateOrganizationMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getCreateOrganizationMethod = OrganizationServiceGrpc.getCreateOrganizationMethod) == null) {
          OrganizationServiceGrpc.getCreateOrganizationMethod = getCreateOrganizationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.CreateOrganizationRequest, dev.modelstore.directory.v1.CreateOrganizationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOrganization"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateOrganizationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.CreateOrganizationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("CreateOrganization"))
              .build();
        }
      }
    }
    return getCreateOrganizationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetOrganizationRequest,
      dev.modelstore.directory.v1.GetOrganizationResponse> getGetOrganizationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOrganization",
      requestType = dev.modelstore.directory.v1.GetOrganizationRequest.class,
      responseType = dev.modelstore.directory.v1.GetOrganizationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetOrganizationRequest,
      dev.modelstore.directory.v1.GetOrganizationResponse> getGetOrganizationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.GetOrganizationRequest, dev.modelstore.directory.v1.GetOrganizationResponse> getGetOrganizationMethod;
    if ((getGetOrganizationMethod = OrganizationServiceGrpc.getGetOrganizationMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getGetOrganizationMethod = OrganizationServiceGrpc.getGetOrganizationMethod) == null) {
          OrganizationServiceGrpc.getGetOrganizationMethod = getGetOrganizationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.GetOrganizationRequest, dev.modelstore.directory.v1.GetOrganizationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOrganization"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetOrganizationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.GetOrganizationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("GetOrganization"))
              .build();
        }
      }
    }
    return getGetOrganizationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListOrganizationsRequest,
      dev.modelstore.directory.v1.ListOrganizationsResponse> getListOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOrganizations",
      requestType = dev.modelstore.directory.v1.ListOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.ListOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListOrganizationsRequest,
      dev.modelstore.directory.v1.ListOrganizationsResponse> getListOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.ListOrganizationsRequest, dev.modelstore.directory.v1.ListOrganizationsResponse> getListOrganizationsMethod;
    if ((getListOrganizationsMethod = OrganizationServiceGrpc.getListOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getListOrganizationsMethod = OrganizationServiceGrpc.getListOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getListOrganizationsMethod = getListOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.ListOrganizationsRequest, dev.modelstore.directory.v1.ListOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.ListOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("ListOrganizations"))
              .build();
        }
      }
    }
    return getListOrganizationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeOrganizationsRequest,
      dev.modelstore.directory.v1.PurgeOrganizationsResponse> getPurgeOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeOrganizations",
      requestType = dev.modelstore.directory.v1.PurgeOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.PurgeOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeOrganizationsRequest,
      dev.modelstore.directory.v1.PurgeOrganizationsResponse> getPurgeOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.PurgeOrganizationsRequest, dev.modelstore.directory.v1.PurgeOrganizationsResponse> getPurgeOrganizationsMethod;
    if ((getPurgeOrganizationsMethod = OrganizationServiceGrpc.getPurgeOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getPurgeOrganizationsMethod = OrganizationServiceGrpc.getPurgeOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getPurgeOrganizationsMethod = getPurgeOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.PurgeOrganizationsRequest, dev.modelstore.directory.v1.PurgeOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.PurgeOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("PurgeOrganizations"))
              .build();
        }
      }
    }
    return getPurgeOrganizationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateOrganizationRequest,
      dev.modelstore.directory.v1.UpdateOrganizationResponse> getUpdateOrganizationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOrganization",
      requestType = dev.modelstore.directory.v1.UpdateOrganizationRequest.class,
      responseType = dev.modelstore.directory.v1.UpdateOrganizationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateOrganizationRequest,
      dev.modelstore.directory.v1.UpdateOrganizationResponse> getUpdateOrganizationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.UpdateOrganizationRequest, dev.modelstore.directory.v1.UpdateOrganizationResponse> getUpdateOrganizationMethod;
    if ((getUpdateOrganizationMethod = OrganizationServiceGrpc.getUpdateOrganizationMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getUpdateOrganizationMethod = OrganizationServiceGrpc.getUpdateOrganizationMethod) == null) {
          OrganizationServiceGrpc.getUpdateOrganizationMethod = getUpdateOrganizationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.UpdateOrganizationRequest, dev.modelstore.directory.v1.UpdateOrganizationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOrganization"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateOrganizationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.UpdateOrganizationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("UpdateOrganization"))
              .build();
        }
      }
    }
    return getUpdateOrganizationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteOrganizationRequest,
      dev.modelstore.directory.v1.DeleteOrganizationResponse> getDeleteOrganizationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteOrganization",
      requestType = dev.modelstore.directory.v1.DeleteOrganizationRequest.class,
      responseType = dev.modelstore.directory.v1.DeleteOrganizationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteOrganizationRequest,
      dev.modelstore.directory.v1.DeleteOrganizationResponse> getDeleteOrganizationMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.DeleteOrganizationRequest, dev.modelstore.directory.v1.DeleteOrganizationResponse> getDeleteOrganizationMethod;
    if ((getDeleteOrganizationMethod = OrganizationServiceGrpc.getDeleteOrganizationMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getDeleteOrganizationMethod = OrganizationServiceGrpc.getDeleteOrganizationMethod) == null) {
          OrganizationServiceGrpc.getDeleteOrganizationMethod = getDeleteOrganizationMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.DeleteOrganizationRequest, dev.modelstore.directory.v1.DeleteOrganizationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteOrganization"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteOrganizationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.DeleteOrganizationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("DeleteOrganization"))
              .build();
        }
      }
    }
    return getDeleteOrganizationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetOrganizationsRequest,
      dev.modelstore.directory.v1.BatchGetOrganizationsResponse> getBatchGetOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetOrganizations",
      requestType = dev.modelstore.directory.v1.BatchGetOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchGetOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetOrganizationsRequest,
      dev.modelstore.directory.v1.BatchGetOrganizationsResponse> getBatchGetOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchGetOrganizationsRequest, dev.modelstore.directory.v1.BatchGetOrganizationsResponse> getBatchGetOrganizationsMethod;
    if ((getBatchGetOrganizationsMethod = OrganizationServiceGrpc.getBatchGetOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getBatchGetOrganizationsMethod = OrganizationServiceGrpc.getBatchGetOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getBatchGetOrganizationsMethod = getBatchGetOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchGetOrganizationsRequest, dev.modelstore.directory.v1.BatchGetOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchGetOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("BatchGetOrganizations"))
              .build();
        }
      }
    }
    return getBatchGetOrganizationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateOrganizationsRequest,
      dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> getBatchCreateOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateOrganizations",
      requestType = dev.modelstore.directory.v1.BatchCreateOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchCreateOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateOrganizationsRequest,
      dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> getBatchCreateOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchCreateOrganizationsRequest, dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> getBatchCreateOrganizationsMethod;
    if ((getBatchCreateOrganizationsMethod = OrganizationServiceGrpc.getBatchCreateOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getBatchCreateOrganizationsMethod = OrganizationServiceGrpc.getBatchCreateOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getBatchCreateOrganizationsMethod = getBatchCreateOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchCreateOrganizationsRequest, dev.modelstore.directory.v1.BatchCreateOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchCreateOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("BatchCreateOrganizations"))
              .build();
        }
      }
    }
    return getBatchCreateOrganizationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest,
      dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> getBatchUpdateOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateOrganizations",
      requestType = dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest,
      dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> getBatchUpdateOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest, dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> getBatchUpdateOrganizationsMethod;
    if ((getBatchUpdateOrganizationsMethod = OrganizationServiceGrpc.getBatchUpdateOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getBatchUpdateOrganizationsMethod = OrganizationServiceGrpc.getBatchUpdateOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getBatchUpdateOrganizationsMethod = getBatchUpdateOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest, dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("BatchUpdateOrganizations"))
              .build();
        }
      }
    }
    return getBatchUpdateOrganizationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest,
      dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> getBatchDeleteOrganizationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteOrganizations",
      requestType = dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest.class,
      responseType = dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest,
      dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> getBatchDeleteOrganizationsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest, dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> getBatchDeleteOrganizationsMethod;
    if ((getBatchDeleteOrganizationsMethod = OrganizationServiceGrpc.getBatchDeleteOrganizationsMethod) == null) {
      synchronized (OrganizationServiceGrpc.class) {
        if ((getBatchDeleteOrganizationsMethod = OrganizationServiceGrpc.getBatchDeleteOrganizationsMethod) == null) {
          OrganizationServiceGrpc.getBatchDeleteOrganizationsMethod = getBatchDeleteOrganizationsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest, dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteOrganizations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrganizationServiceMethodDescriptorSupplier("BatchDeleteOrganizations"))
              .build();
        }
      }
    }
    return getBatchDeleteOrganizationsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static OrganizationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceStub>() {
        @java.lang.Override
        public OrganizationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrganizationServiceStub(channel, callOptions);
        }
      };
    return OrganizationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static OrganizationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceBlockingV2Stub>() {
        @java.lang.Override
        public OrganizationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrganizationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return OrganizationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static OrganizationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceBlockingStub>() {
        @java.lang.Override
        public OrganizationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrganizationServiceBlockingStub(channel, callOptions);
        }
      };
    return OrganizationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static OrganizationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrganizationServiceFutureStub>() {
        @java.lang.Override
        public OrganizationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrganizationServiceFutureStub(channel, callOptions);
        }
      };
    return OrganizationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an organization.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug or clerk_id is in use), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    default void createOrganization(dev.modelstore.directory.v1.CreateOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateOrganizationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOrganizationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an organization by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * organization), UNAVAILABLE.
     * </pre>
     */
    default void getOrganization(dev.modelstore.directory.v1.GetOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetOrganizationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOrganizationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists organizations, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listOrganizations(dev.modelstore.directory.v1.ListOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOrganizationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the organizations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's organizations are seen.
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
    default void purgeOrganizations(dev.modelstore.directory.v1.PurgeOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeOrganizationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates an organization.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * organization and allow_missing is false), ALREADY_EXISTS (the slug or
     * clerk_id is in use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void updateOrganization(dev.modelstore.directory.v1.UpdateOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateOrganizationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOrganizationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an organization.
     * Errors: NOT_FOUND (no such organization), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteOrganization(dev.modelstore.directory.v1.DeleteOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteOrganizationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteOrganizationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several organizations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetOrganizations(dev.modelstore.directory.v1.BatchGetOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetOrganizationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 organizations in one call, all or none (AIP-233): each
     * item as CreateOrganization would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateOrganizations(dev.modelstore.directory.v1.BatchCreateOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateOrganizationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 organizations in one call, all or none (AIP-234): each
     * item as UpdateOrganization would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateOrganizations(dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateOrganizationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 organizations in one call, all or none (AIP-235): each
     * item as DeleteOrganization would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteOrganizations(dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteOrganizationsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service OrganizationService.
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public static abstract class OrganizationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return OrganizationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service OrganizationService.
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public static final class OrganizationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<OrganizationServiceStub> {
    private OrganizationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrganizationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrganizationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an organization.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug or clerk_id is in use), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public void createOrganization(dev.modelstore.directory.v1.CreateOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateOrganizationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOrganizationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an organization by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * organization), UNAVAILABLE.
     * </pre>
     */
    public void getOrganization(dev.modelstore.directory.v1.GetOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetOrganizationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOrganizationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists organizations, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listOrganizations(dev.modelstore.directory.v1.ListOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the organizations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's organizations are seen.
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
    public void purgeOrganizations(dev.modelstore.directory.v1.PurgeOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates an organization.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * organization and allow_missing is false), ALREADY_EXISTS (the slug or
     * clerk_id is in use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void updateOrganization(dev.modelstore.directory.v1.UpdateOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateOrganizationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOrganizationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an organization.
     * Errors: NOT_FOUND (no such organization), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteOrganization(dev.modelstore.directory.v1.DeleteOrganizationRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteOrganizationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteOrganizationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several organizations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetOrganizations(dev.modelstore.directory.v1.BatchGetOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 organizations in one call, all or none (AIP-233): each
     * item as CreateOrganization would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateOrganizations(dev.modelstore.directory.v1.BatchCreateOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 organizations in one call, all or none (AIP-234): each
     * item as UpdateOrganization would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateOrganizations(dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 organizations in one call, all or none (AIP-235): each
     * item as DeleteOrganization would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteOrganizations(dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteOrganizationsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service OrganizationService.
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public static final class OrganizationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<OrganizationServiceBlockingV2Stub> {
    private OrganizationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrganizationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrganizationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an organization.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug or clerk_id is in use), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateOrganizationResponse createOrganization(dev.modelstore.directory.v1.CreateOrganizationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an organization by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * organization), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetOrganizationResponse getOrganization(dev.modelstore.directory.v1.GetOrganizationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists organizations, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListOrganizationsResponse listOrganizations(dev.modelstore.directory.v1.ListOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the organizations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's organizations are seen.
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
    public dev.modelstore.directory.v1.PurgeOrganizationsResponse purgeOrganizations(dev.modelstore.directory.v1.PurgeOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates an organization.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * organization and allow_missing is false), ALREADY_EXISTS (the slug or
     * clerk_id is in use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateOrganizationResponse updateOrganization(dev.modelstore.directory.v1.UpdateOrganizationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an organization.
     * Errors: NOT_FOUND (no such organization), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteOrganizationResponse deleteOrganization(dev.modelstore.directory.v1.DeleteOrganizationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several organizations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetOrganizationsResponse batchGetOrganizations(dev.modelstore.directory.v1.BatchGetOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 organizations in one call, all or none (AIP-233): each
     * item as CreateOrganization would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateOrganizationsResponse batchCreateOrganizations(dev.modelstore.directory.v1.BatchCreateOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 organizations in one call, all or none (AIP-234): each
     * item as UpdateOrganization would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse batchUpdateOrganizations(dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 organizations in one call, all or none (AIP-235): each
     * item as DeleteOrganization would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse batchDeleteOrganizations(dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteOrganizationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service OrganizationService.
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public static final class OrganizationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<OrganizationServiceBlockingStub> {
    private OrganizationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrganizationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrganizationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an organization.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug or clerk_id is in use), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public dev.modelstore.directory.v1.CreateOrganizationResponse createOrganization(dev.modelstore.directory.v1.CreateOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an organization by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * organization), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.GetOrganizationResponse getOrganization(dev.modelstore.directory.v1.GetOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists organizations, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.ListOrganizationsResponse listOrganizations(dev.modelstore.directory.v1.ListOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the organizations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's organizations are seen.
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
    public dev.modelstore.directory.v1.PurgeOrganizationsResponse purgeOrganizations(dev.modelstore.directory.v1.PurgeOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates an organization.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * organization and allow_missing is false), ALREADY_EXISTS (the slug or
     * clerk_id is in use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.UpdateOrganizationResponse updateOrganization(dev.modelstore.directory.v1.UpdateOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an organization.
     * Errors: NOT_FOUND (no such organization), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.DeleteOrganizationResponse deleteOrganization(dev.modelstore.directory.v1.DeleteOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteOrganizationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several organizations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchGetOrganizationsResponse batchGetOrganizations(dev.modelstore.directory.v1.BatchGetOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 organizations in one call, all or none (AIP-233): each
     * item as CreateOrganization would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchCreateOrganizationsResponse batchCreateOrganizations(dev.modelstore.directory.v1.BatchCreateOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 organizations in one call, all or none (AIP-234): each
     * item as UpdateOrganization would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse batchUpdateOrganizations(dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateOrganizationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 organizations in one call, all or none (AIP-235): each
     * item as DeleteOrganization would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse batchDeleteOrganizations(dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteOrganizationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service OrganizationService.
   * <pre>
   * Manages organizations.
   * </pre>
   */
  public static final class OrganizationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<OrganizationServiceFutureStub> {
    private OrganizationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrganizationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrganizationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an organization.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the slug or clerk_id is in use), UNAVAILABLE (the database
     * cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.CreateOrganizationResponse> createOrganization(
        dev.modelstore.directory.v1.CreateOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOrganizationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an organization by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such
     * organization), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.GetOrganizationResponse> getOrganization(
        dev.modelstore.directory.v1.GetOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOrganizationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists organizations, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.ListOrganizationsResponse> listOrganizations(
        dev.modelstore.directory.v1.ListOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOrganizationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the organizations matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's organizations are seen.
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.PurgeOrganizationsResponse> purgeOrganizations(
        dev.modelstore.directory.v1.PurgeOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeOrganizationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates an organization.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * organization and allow_missing is false), ALREADY_EXISTS (the slug or
     * clerk_id is in use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.UpdateOrganizationResponse> updateOrganization(
        dev.modelstore.directory.v1.UpdateOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOrganizationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an organization.
     * Errors: NOT_FOUND (no such organization), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.DeleteOrganizationResponse> deleteOrganization(
        dev.modelstore.directory.v1.DeleteOrganizationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteOrganizationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several organizations by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchGetOrganizationsResponse> batchGetOrganizations(
        dev.modelstore.directory.v1.BatchGetOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetOrganizationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 organizations in one call, all or none (AIP-233): each
     * item as CreateOrganization would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchCreateOrganizationsResponse> batchCreateOrganizations(
        dev.modelstore.directory.v1.BatchCreateOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateOrganizationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 organizations in one call, all or none (AIP-234): each
     * item as UpdateOrganization would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].organization.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse> batchUpdateOrganizations(
        dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateOrganizationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 organizations in one call, all or none (AIP-235): each
     * item as DeleteOrganization would delete it; a batch does not cascade, so an
     * item's `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteOrganization, for the first item that fails, with
     * its index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse> batchDeleteOrganizations(
        dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteOrganizationsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ORGANIZATION = 0;
  private static final int METHODID_GET_ORGANIZATION = 1;
  private static final int METHODID_LIST_ORGANIZATIONS = 2;
  private static final int METHODID_PURGE_ORGANIZATIONS = 3;
  private static final int METHODID_UPDATE_ORGANIZATION = 4;
  private static final int METHODID_DELETE_ORGANIZATION = 5;
  private static final int METHODID_BATCH_GET_ORGANIZATIONS = 6;
  private static final int METHODID_BATCH_CREATE_ORGANIZATIONS = 7;
  private static final int METHODID_BATCH_UPDATE_ORGANIZATIONS = 8;
  private static final int METHODID_BATCH_DELETE_ORGANIZATIONS = 9;

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
        case METHODID_CREATE_ORGANIZATION:
          serviceImpl.createOrganization((dev.modelstore.directory.v1.CreateOrganizationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.CreateOrganizationResponse>) responseObserver);
          break;
        case METHODID_GET_ORGANIZATION:
          serviceImpl.getOrganization((dev.modelstore.directory.v1.GetOrganizationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.GetOrganizationResponse>) responseObserver);
          break;
        case METHODID_LIST_ORGANIZATIONS:
          serviceImpl.listOrganizations((dev.modelstore.directory.v1.ListOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.ListOrganizationsResponse>) responseObserver);
          break;
        case METHODID_PURGE_ORGANIZATIONS:
          serviceImpl.purgeOrganizations((dev.modelstore.directory.v1.PurgeOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.PurgeOrganizationsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ORGANIZATION:
          serviceImpl.updateOrganization((dev.modelstore.directory.v1.UpdateOrganizationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.UpdateOrganizationResponse>) responseObserver);
          break;
        case METHODID_DELETE_ORGANIZATION:
          serviceImpl.deleteOrganization((dev.modelstore.directory.v1.DeleteOrganizationRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.DeleteOrganizationResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_ORGANIZATIONS:
          serviceImpl.batchGetOrganizations((dev.modelstore.directory.v1.BatchGetOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchGetOrganizationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ORGANIZATIONS:
          serviceImpl.batchCreateOrganizations((dev.modelstore.directory.v1.BatchCreateOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchCreateOrganizationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_ORGANIZATIONS:
          serviceImpl.batchUpdateOrganizations((dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_ORGANIZATIONS:
          serviceImpl.batchDeleteOrganizations((dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse>) responseObserver);
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
          getCreateOrganizationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.CreateOrganizationRequest,
              dev.modelstore.directory.v1.CreateOrganizationResponse>(
                service, METHODID_CREATE_ORGANIZATION)))
        .addMethod(
          getGetOrganizationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.GetOrganizationRequest,
              dev.modelstore.directory.v1.GetOrganizationResponse>(
                service, METHODID_GET_ORGANIZATION)))
        .addMethod(
          getListOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.ListOrganizationsRequest,
              dev.modelstore.directory.v1.ListOrganizationsResponse>(
                service, METHODID_LIST_ORGANIZATIONS)))
        .addMethod(
          getPurgeOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.PurgeOrganizationsRequest,
              dev.modelstore.directory.v1.PurgeOrganizationsResponse>(
                service, METHODID_PURGE_ORGANIZATIONS)))
        .addMethod(
          getUpdateOrganizationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.UpdateOrganizationRequest,
              dev.modelstore.directory.v1.UpdateOrganizationResponse>(
                service, METHODID_UPDATE_ORGANIZATION)))
        .addMethod(
          getDeleteOrganizationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.DeleteOrganizationRequest,
              dev.modelstore.directory.v1.DeleteOrganizationResponse>(
                service, METHODID_DELETE_ORGANIZATION)))
        .addMethod(
          getBatchGetOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchGetOrganizationsRequest,
              dev.modelstore.directory.v1.BatchGetOrganizationsResponse>(
                service, METHODID_BATCH_GET_ORGANIZATIONS)))
        .addMethod(
          getBatchCreateOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchCreateOrganizationsRequest,
              dev.modelstore.directory.v1.BatchCreateOrganizationsResponse>(
                service, METHODID_BATCH_CREATE_ORGANIZATIONS)))
        .addMethod(
          getBatchUpdateOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchUpdateOrganizationsRequest,
              dev.modelstore.directory.v1.BatchUpdateOrganizationsResponse>(
                service, METHODID_BATCH_UPDATE_ORGANIZATIONS)))
        .addMethod(
          getBatchDeleteOrganizationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.directory.v1.BatchDeleteOrganizationsRequest,
              dev.modelstore.directory.v1.BatchDeleteOrganizationsResponse>(
                service, METHODID_BATCH_DELETE_ORGANIZATIONS)))
        .build();
  }

  private static abstract class OrganizationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    OrganizationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.directory.v1.OrganizationProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("OrganizationService");
    }
  }

  private static final class OrganizationServiceFileDescriptorSupplier
      extends OrganizationServiceBaseDescriptorSupplier {
    OrganizationServiceFileDescriptorSupplier() {}
  }

  private static final class OrganizationServiceMethodDescriptorSupplier
      extends OrganizationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    OrganizationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (OrganizationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new OrganizationServiceFileDescriptorSupplier())
              .addMethod(getCreateOrganizationMethod())
              .addMethod(getGetOrganizationMethod())
              .addMethod(getListOrganizationsMethod())
              .addMethod(getPurgeOrganizationsMethod())
              .addMethod(getUpdateOrganizationMethod())
              .addMethod(getDeleteOrganizationMethod())
              .addMethod(getBatchGetOrganizationsMethod())
              .addMethod(getBatchCreateOrganizationsMethod())
              .addMethod(getBatchUpdateOrganizationsMethod())
              .addMethod(getBatchDeleteOrganizationsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
