package dev.modelstore.platform.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages contacts, the people the platform can reach.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ContactServiceGrpc {

  private ContactServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.platform.v1.ContactService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateContactRequest,
      dev.modelstore.platform.v1.CreateContactResponse> getCreateContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateContact",
      requestType = dev.modelstore.platform.v1.CreateContactRequest.class,
      responseType = dev.modelstore.platform.v1.CreateContactResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateContactRequest,
      dev.modelstore.platform.v1.CreateContactResponse> getCreateContactMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.CreateContactRequest, dev.modelstore.platform.v1.CreateContactResponse> getCreateContactMethod;
    if ((getCreateContactMethod = ContactServiceGrpc.getCreateContactMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getCreateContactMethod = ContactServiceGrpc.getCreateContactMethod) == null) {
          ContactServiceGrpc.getCreateContactMethod = getCreateContactMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.CreateContactRequest, dev.modelstore.platform.v1.CreateContactResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.CreateContactResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("CreateContact"))
              .build();
        }
      }
    }
    return getCreateContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetContactRequest,
      dev.modelstore.platform.v1.GetContactResponse> getGetContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContact",
      requestType = dev.modelstore.platform.v1.GetContactRequest.class,
      responseType = dev.modelstore.platform.v1.GetContactResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetContactRequest,
      dev.modelstore.platform.v1.GetContactResponse> getGetContactMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.GetContactRequest, dev.modelstore.platform.v1.GetContactResponse> getGetContactMethod;
    if ((getGetContactMethod = ContactServiceGrpc.getGetContactMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getGetContactMethod = ContactServiceGrpc.getGetContactMethod) == null) {
          ContactServiceGrpc.getGetContactMethod = getGetContactMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.GetContactRequest, dev.modelstore.platform.v1.GetContactResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.GetContactResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("GetContact"))
              .build();
        }
      }
    }
    return getGetContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListContactsRequest,
      dev.modelstore.platform.v1.ListContactsResponse> getListContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListContacts",
      requestType = dev.modelstore.platform.v1.ListContactsRequest.class,
      responseType = dev.modelstore.platform.v1.ListContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListContactsRequest,
      dev.modelstore.platform.v1.ListContactsResponse> getListContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.ListContactsRequest, dev.modelstore.platform.v1.ListContactsResponse> getListContactsMethod;
    if ((getListContactsMethod = ContactServiceGrpc.getListContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getListContactsMethod = ContactServiceGrpc.getListContactsMethod) == null) {
          ContactServiceGrpc.getListContactsMethod = getListContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.ListContactsRequest, dev.modelstore.platform.v1.ListContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.ListContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("ListContacts"))
              .build();
        }
      }
    }
    return getListContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeContactsRequest,
      dev.modelstore.platform.v1.PurgeContactsResponse> getPurgeContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeContacts",
      requestType = dev.modelstore.platform.v1.PurgeContactsRequest.class,
      responseType = dev.modelstore.platform.v1.PurgeContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeContactsRequest,
      dev.modelstore.platform.v1.PurgeContactsResponse> getPurgeContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.PurgeContactsRequest, dev.modelstore.platform.v1.PurgeContactsResponse> getPurgeContactsMethod;
    if ((getPurgeContactsMethod = ContactServiceGrpc.getPurgeContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getPurgeContactsMethod = ContactServiceGrpc.getPurgeContactsMethod) == null) {
          ContactServiceGrpc.getPurgeContactsMethod = getPurgeContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.PurgeContactsRequest, dev.modelstore.platform.v1.PurgeContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.PurgeContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("PurgeContacts"))
              .build();
        }
      }
    }
    return getPurgeContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateContactRequest,
      dev.modelstore.platform.v1.UpdateContactResponse> getUpdateContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateContact",
      requestType = dev.modelstore.platform.v1.UpdateContactRequest.class,
      responseType = dev.modelstore.platform.v1.UpdateContactResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateContactRequest,
      dev.modelstore.platform.v1.UpdateContactResponse> getUpdateContactMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.UpdateContactRequest, dev.modelstore.platform.v1.UpdateContactResponse> getUpdateContactMethod;
    if ((getUpdateContactMethod = ContactServiceGrpc.getUpdateContactMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getUpdateContactMethod = ContactServiceGrpc.getUpdateContactMethod) == null) {
          ContactServiceGrpc.getUpdateContactMethod = getUpdateContactMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.UpdateContactRequest, dev.modelstore.platform.v1.UpdateContactResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.UpdateContactResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("UpdateContact"))
              .build();
        }
      }
    }
    return getUpdateContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteContactRequest,
      dev.modelstore.platform.v1.DeleteContactResponse> getDeleteContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteContact",
      requestType = dev.modelstore.platform.v1.DeleteContactRequest.class,
      responseType = dev.modelstore.platform.v1.DeleteContactResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteContactRequest,
      dev.modelstore.platform.v1.DeleteContactResponse> getDeleteContactMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.DeleteContactRequest, dev.modelstore.platform.v1.DeleteContactResponse> getDeleteContactMethod;
    if ((getDeleteContactMethod = ContactServiceGrpc.getDeleteContactMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getDeleteContactMethod = ContactServiceGrpc.getDeleteContactMethod) == null) {
          ContactServiceGrpc.getDeleteContactMethod = getDeleteContactMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.DeleteContactRequest, dev.modelstore.platform.v1.DeleteContactResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.DeleteContactResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("DeleteContact"))
              .build();
        }
      }
    }
    return getDeleteContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetContactsRequest,
      dev.modelstore.platform.v1.BatchGetContactsResponse> getBatchGetContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetContacts",
      requestType = dev.modelstore.platform.v1.BatchGetContactsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchGetContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetContactsRequest,
      dev.modelstore.platform.v1.BatchGetContactsResponse> getBatchGetContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchGetContactsRequest, dev.modelstore.platform.v1.BatchGetContactsResponse> getBatchGetContactsMethod;
    if ((getBatchGetContactsMethod = ContactServiceGrpc.getBatchGetContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getBatchGetContactsMethod = ContactServiceGrpc.getBatchGetContactsMethod) == null) {
          ContactServiceGrpc.getBatchGetContactsMethod = getBatchGetContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchGetContactsRequest, dev.modelstore.platform.v1.BatchGetContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchGetContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("BatchGetContacts"))
              .build();
        }
      }
    }
    return getBatchGetContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateContactsRequest,
      dev.modelstore.platform.v1.BatchCreateContactsResponse> getBatchCreateContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateContacts",
      requestType = dev.modelstore.platform.v1.BatchCreateContactsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchCreateContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateContactsRequest,
      dev.modelstore.platform.v1.BatchCreateContactsResponse> getBatchCreateContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchCreateContactsRequest, dev.modelstore.platform.v1.BatchCreateContactsResponse> getBatchCreateContactsMethod;
    if ((getBatchCreateContactsMethod = ContactServiceGrpc.getBatchCreateContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getBatchCreateContactsMethod = ContactServiceGrpc.getBatchCreateContactsMethod) == null) {
          ContactServiceGrpc.getBatchCreateContactsMethod = getBatchCreateContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchCreateContactsRequest, dev.modelstore.platform.v1.BatchCreateContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchCreateContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("BatchCreateContacts"))
              .build();
        }
      }
    }
    return getBatchCreateContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateContactsRequest,
      dev.modelstore.platform.v1.BatchUpdateContactsResponse> getBatchUpdateContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateContacts",
      requestType = dev.modelstore.platform.v1.BatchUpdateContactsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchUpdateContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateContactsRequest,
      dev.modelstore.platform.v1.BatchUpdateContactsResponse> getBatchUpdateContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchUpdateContactsRequest, dev.modelstore.platform.v1.BatchUpdateContactsResponse> getBatchUpdateContactsMethod;
    if ((getBatchUpdateContactsMethod = ContactServiceGrpc.getBatchUpdateContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getBatchUpdateContactsMethod = ContactServiceGrpc.getBatchUpdateContactsMethod) == null) {
          ContactServiceGrpc.getBatchUpdateContactsMethod = getBatchUpdateContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchUpdateContactsRequest, dev.modelstore.platform.v1.BatchUpdateContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchUpdateContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("BatchUpdateContacts"))
              .build();
        }
      }
    }
    return getBatchUpdateContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteContactsRequest,
      dev.modelstore.platform.v1.BatchDeleteContactsResponse> getBatchDeleteContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteContacts",
      requestType = dev.modelstore.platform.v1.BatchDeleteContactsRequest.class,
      responseType = dev.modelstore.platform.v1.BatchDeleteContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteContactsRequest,
      dev.modelstore.platform.v1.BatchDeleteContactsResponse> getBatchDeleteContactsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.platform.v1.BatchDeleteContactsRequest, dev.modelstore.platform.v1.BatchDeleteContactsResponse> getBatchDeleteContactsMethod;
    if ((getBatchDeleteContactsMethod = ContactServiceGrpc.getBatchDeleteContactsMethod) == null) {
      synchronized (ContactServiceGrpc.class) {
        if ((getBatchDeleteContactsMethod = ContactServiceGrpc.getBatchDeleteContactsMethod) == null) {
          ContactServiceGrpc.getBatchDeleteContactsMethod = getBatchDeleteContactsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.platform.v1.BatchDeleteContactsRequest, dev.modelstore.platform.v1.BatchDeleteContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.platform.v1.BatchDeleteContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactServiceMethodDescriptorSupplier("BatchDeleteContacts"))
              .build();
        }
      }
    }
    return getBatchDeleteContactsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ContactServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactServiceStub>() {
        @java.lang.Override
        public ContactServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactServiceStub(channel, callOptions);
        }
      };
    return ContactServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ContactServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactServiceBlockingV2Stub>() {
        @java.lang.Override
        public ContactServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ContactServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ContactServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactServiceBlockingStub>() {
        @java.lang.Override
        public ContactServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactServiceBlockingStub(channel, callOptions);
        }
      };
    return ContactServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ContactServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactServiceFutureStub>() {
        @java.lang.Override
        public ContactServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactServiceFutureStub(channel, callOptions);
        }
      };
    return ContactServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a contact.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    default void createContact(dev.modelstore.platform.v1.CreateContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateContactResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a contact by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such contact),
     * UNAVAILABLE.
     * </pre>
     */
    default void getContact(dev.modelstore.platform.v1.GetContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetContactResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists contacts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listContacts(dev.modelstore.platform.v1.ListContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the contacts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's contacts are seen. Entities
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
    default void purgeContacts(dev.modelstore.platform.v1.PurgeContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a contact.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * contact and allow_missing is false), ALREADY_EXISTS (the email is in
     * use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    default void updateContact(dev.modelstore.platform.v1.UpdateContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateContactResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a contact.
     * Errors: NOT_FOUND (no such contact), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteContact(dev.modelstore.platform.v1.DeleteContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteContactResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several contacts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetContacts(dev.modelstore.platform.v1.BatchGetContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 contacts in one call, all or none (AIP-233): each item
     * as CreateContact would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateContacts(dev.modelstore.platform.v1.BatchCreateContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 contacts in one call, all or none (AIP-234): each item
     * as UpdateContact would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateContacts(dev.modelstore.platform.v1.BatchUpdateContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 contacts in one call, all or none (AIP-235): each item
     * as DeleteContact would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteContacts(dev.modelstore.platform.v1.BatchDeleteContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteContactsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ContactService.
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public static abstract class ContactServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ContactServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ContactService.
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public static final class ContactServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ContactServiceStub> {
    private ContactServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a contact.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public void createContact(dev.modelstore.platform.v1.CreateContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateContactResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a contact by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such contact),
     * UNAVAILABLE.
     * </pre>
     */
    public void getContact(dev.modelstore.platform.v1.GetContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetContactResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists contacts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listContacts(dev.modelstore.platform.v1.ListContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the contacts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's contacts are seen. Entities
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
    public void purgeContacts(dev.modelstore.platform.v1.PurgeContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a contact.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * contact and allow_missing is false), ALREADY_EXISTS (the email is in
     * use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public void updateContact(dev.modelstore.platform.v1.UpdateContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateContactResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a contact.
     * Errors: NOT_FOUND (no such contact), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteContact(dev.modelstore.platform.v1.DeleteContactRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteContactResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several contacts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetContacts(dev.modelstore.platform.v1.BatchGetContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 contacts in one call, all or none (AIP-233): each item
     * as CreateContact would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateContacts(dev.modelstore.platform.v1.BatchCreateContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 contacts in one call, all or none (AIP-234): each item
     * as UpdateContact would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateContacts(dev.modelstore.platform.v1.BatchUpdateContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 contacts in one call, all or none (AIP-235): each item
     * as DeleteContact would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteContacts(dev.modelstore.platform.v1.BatchDeleteContactsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteContactsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ContactService.
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public static final class ContactServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ContactServiceBlockingV2Stub> {
    private ContactServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a contact.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateContactResponse createContact(dev.modelstore.platform.v1.CreateContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a contact by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such contact),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetContactResponse getContact(dev.modelstore.platform.v1.GetContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists contacts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListContactsResponse listContacts(dev.modelstore.platform.v1.ListContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the contacts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's contacts are seen. Entities
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
    public dev.modelstore.platform.v1.PurgeContactsResponse purgeContacts(dev.modelstore.platform.v1.PurgeContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a contact.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * contact and allow_missing is false), ALREADY_EXISTS (the email is in
     * use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateContactResponse updateContact(dev.modelstore.platform.v1.UpdateContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a contact.
     * Errors: NOT_FOUND (no such contact), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteContactResponse deleteContact(dev.modelstore.platform.v1.DeleteContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several contacts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetContactsResponse batchGetContacts(dev.modelstore.platform.v1.BatchGetContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 contacts in one call, all or none (AIP-233): each item
     * as CreateContact would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateContactsResponse batchCreateContacts(dev.modelstore.platform.v1.BatchCreateContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 contacts in one call, all or none (AIP-234): each item
     * as UpdateContact would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateContactsResponse batchUpdateContacts(dev.modelstore.platform.v1.BatchUpdateContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 contacts in one call, all or none (AIP-235): each item
     * as DeleteContact would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteContactsResponse batchDeleteContacts(dev.modelstore.platform.v1.BatchDeleteContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteContactsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ContactService.
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public static final class ContactServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ContactServiceBlockingStub> {
    private ContactServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a contact.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public dev.modelstore.platform.v1.CreateContactResponse createContact(dev.modelstore.platform.v1.CreateContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a contact by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such contact),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.GetContactResponse getContact(dev.modelstore.platform.v1.GetContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists contacts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.ListContactsResponse listContacts(dev.modelstore.platform.v1.ListContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the contacts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's contacts are seen. Entities
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
    public dev.modelstore.platform.v1.PurgeContactsResponse purgeContacts(dev.modelstore.platform.v1.PurgeContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a contact.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * contact and allow_missing is false), ALREADY_EXISTS (the email is in
     * use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.UpdateContactResponse updateContact(dev.modelstore.platform.v1.UpdateContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a contact.
     * Errors: NOT_FOUND (no such contact), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.DeleteContactResponse deleteContact(dev.modelstore.platform.v1.DeleteContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several contacts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchGetContactsResponse batchGetContacts(dev.modelstore.platform.v1.BatchGetContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 contacts in one call, all or none (AIP-233): each item
     * as CreateContact would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchCreateContactsResponse batchCreateContacts(dev.modelstore.platform.v1.BatchCreateContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 contacts in one call, all or none (AIP-234): each item
     * as UpdateContact would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchUpdateContactsResponse batchUpdateContacts(dev.modelstore.platform.v1.BatchUpdateContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 contacts in one call, all or none (AIP-235): each item
     * as DeleteContact would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.platform.v1.BatchDeleteContactsResponse batchDeleteContacts(dev.modelstore.platform.v1.BatchDeleteContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteContactsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ContactService.
   * <pre>
   * Manages contacts, the people the platform can reach.
   * </pre>
   */
  public static final class ContactServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ContactServiceFutureStub> {
    private ContactServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a contact.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the email is in use), UNAVAILABLE (the database cannot be
     * reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.CreateContactResponse> createContact(
        dev.modelstore.platform.v1.CreateContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a contact by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such contact),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.GetContactResponse> getContact(
        dev.modelstore.platform.v1.GetContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists contacts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.ListContactsResponse> listContacts(
        dev.modelstore.platform.v1.ListContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the contacts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's contacts are seen. Entities
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.PurgeContactsResponse> purgeContacts(
        dev.modelstore.platform.v1.PurgeContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a contact.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * contact and allow_missing is false), ALREADY_EXISTS (the email is in
     * use), ABORTED (etag mismatch), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.UpdateContactResponse> updateContact(
        dev.modelstore.platform.v1.UpdateContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a contact.
     * Errors: NOT_FOUND (no such contact), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.DeleteContactResponse> deleteContact(
        dev.modelstore.platform.v1.DeleteContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several contacts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchGetContactsResponse> batchGetContacts(
        dev.modelstore.platform.v1.BatchGetContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 contacts in one call, all or none (AIP-233): each item
     * as CreateContact would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchCreateContactsResponse> batchCreateContacts(
        dev.modelstore.platform.v1.BatchCreateContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 contacts in one call, all or none (AIP-234): each item
     * as UpdateContact would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].contact.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchUpdateContactsResponse> batchUpdateContacts(
        dev.modelstore.platform.v1.BatchUpdateContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 contacts in one call, all or none (AIP-235): each item
     * as DeleteContact would delete it; a batch does not cascade, so an item's
     * `force` is refused.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteContact, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, an item with force, two items with
     * one id, or a request_id reused with other requests; ABORTED when a
     * concurrent write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.platform.v1.BatchDeleteContactsResponse> batchDeleteContacts(
        dev.modelstore.platform.v1.BatchDeleteContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteContactsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CONTACT = 0;
  private static final int METHODID_GET_CONTACT = 1;
  private static final int METHODID_LIST_CONTACTS = 2;
  private static final int METHODID_PURGE_CONTACTS = 3;
  private static final int METHODID_UPDATE_CONTACT = 4;
  private static final int METHODID_DELETE_CONTACT = 5;
  private static final int METHODID_BATCH_GET_CONTACTS = 6;
  private static final int METHODID_BATCH_CREATE_CONTACTS = 7;
  private static final int METHODID_BATCH_UPDATE_CONTACTS = 8;
  private static final int METHODID_BATCH_DELETE_CONTACTS = 9;

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
        case METHODID_CREATE_CONTACT:
          serviceImpl.createContact((dev.modelstore.platform.v1.CreateContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.CreateContactResponse>) responseObserver);
          break;
        case METHODID_GET_CONTACT:
          serviceImpl.getContact((dev.modelstore.platform.v1.GetContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.GetContactResponse>) responseObserver);
          break;
        case METHODID_LIST_CONTACTS:
          serviceImpl.listContacts((dev.modelstore.platform.v1.ListContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.ListContactsResponse>) responseObserver);
          break;
        case METHODID_PURGE_CONTACTS:
          serviceImpl.purgeContacts((dev.modelstore.platform.v1.PurgeContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.PurgeContactsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CONTACT:
          serviceImpl.updateContact((dev.modelstore.platform.v1.UpdateContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.UpdateContactResponse>) responseObserver);
          break;
        case METHODID_DELETE_CONTACT:
          serviceImpl.deleteContact((dev.modelstore.platform.v1.DeleteContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.DeleteContactResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_CONTACTS:
          serviceImpl.batchGetContacts((dev.modelstore.platform.v1.BatchGetContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchGetContactsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_CONTACTS:
          serviceImpl.batchCreateContacts((dev.modelstore.platform.v1.BatchCreateContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchCreateContactsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_CONTACTS:
          serviceImpl.batchUpdateContacts((dev.modelstore.platform.v1.BatchUpdateContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchUpdateContactsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_CONTACTS:
          serviceImpl.batchDeleteContacts((dev.modelstore.platform.v1.BatchDeleteContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.platform.v1.BatchDeleteContactsResponse>) responseObserver);
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
          getCreateContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.CreateContactRequest,
              dev.modelstore.platform.v1.CreateContactResponse>(
                service, METHODID_CREATE_CONTACT)))
        .addMethod(
          getGetContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.GetContactRequest,
              dev.modelstore.platform.v1.GetContactResponse>(
                service, METHODID_GET_CONTACT)))
        .addMethod(
          getListContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.ListContactsRequest,
              dev.modelstore.platform.v1.ListContactsResponse>(
                service, METHODID_LIST_CONTACTS)))
        .addMethod(
          getPurgeContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.PurgeContactsRequest,
              dev.modelstore.platform.v1.PurgeContactsResponse>(
                service, METHODID_PURGE_CONTACTS)))
        .addMethod(
          getUpdateContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.UpdateContactRequest,
              dev.modelstore.platform.v1.UpdateContactResponse>(
                service, METHODID_UPDATE_CONTACT)))
        .addMethod(
          getDeleteContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.DeleteContactRequest,
              dev.modelstore.platform.v1.DeleteContactResponse>(
                service, METHODID_DELETE_CONTACT)))
        .addMethod(
          getBatchGetContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchGetContactsRequest,
              dev.modelstore.platform.v1.BatchGetContactsResponse>(
                service, METHODID_BATCH_GET_CONTACTS)))
        .addMethod(
          getBatchCreateContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchCreateContactsRequest,
              dev.modelstore.platform.v1.BatchCreateContactsResponse>(
                service, METHODID_BATCH_CREATE_CONTACTS)))
        .addMethod(
          getBatchUpdateContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchUpdateContactsRequest,
              dev.modelstore.platform.v1.BatchUpdateContactsResponse>(
                service, METHODID_BATCH_UPDATE_CONTACTS)))
        .addMethod(
          getBatchDeleteContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.platform.v1.BatchDeleteContactsRequest,
              dev.modelstore.platform.v1.BatchDeleteContactsResponse>(
                service, METHODID_BATCH_DELETE_CONTACTS)))
        .build();
  }

  private static abstract class ContactServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ContactServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.platform.v1.ContactProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ContactService");
    }
  }

  private static final class ContactServiceFileDescriptorSupplier
      extends ContactServiceBaseDescriptorSupplier {
    ContactServiceFileDescriptorSupplier() {}
  }

  private static final class ContactServiceMethodDescriptorSupplier
      extends ContactServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ContactServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ContactServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ContactServiceFileDescriptorSupplier())
              .addMethod(getCreateContactMethod())
              .addMethod(getGetContactMethod())
              .addMethod(getListContactsMethod())
              .addMethod(getPurgeContactsMethod())
              .addMethod(getUpdateContactMethod())
              .addMethod(getDeleteContactMethod())
              .addMethod(getBatchGetContactsMethod())
              .addMethod(getBatchCreateContactsMethod())
              .addMethod(getBatchUpdateContactsMethod())
              .addMethod(getBatchDeleteContactsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
