package dev.modelstore.auth.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the sign-in accounts of users.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AccountServiceGrpc {

  private AccountServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "modelstore.auth.v1.AccountService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateAccountRequest,
      dev.modelstore.auth.v1.CreateAccountResponse> getCreateAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateAccount",
      requestType = dev.modelstore.auth.v1.CreateAccountRequest.class,
      responseType = dev.modelstore.auth.v1.CreateAccountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateAccountRequest,
      dev.modelstore.auth.v1.CreateAccountResponse> getCreateAccountMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.CreateAccountRequest, dev.modelstore.auth.v1.CreateAccountResponse> getCreateAccountMethod;
    if ((getCreateAccountMethod = AccountServiceGrpc.getCreateAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getCreateAccountMethod = AccountServiceGrpc.getCreateAccountMethod) == null) {
          AccountServiceGrpc.getCreateAccountMethod = getCreateAccountMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.CreateAccountRequest, dev.modelstore.auth.v1.CreateAccountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.CreateAccountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("CreateAccount"))
              .build();
        }
      }
    }
    return getCreateAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetAccountRequest,
      dev.modelstore.auth.v1.GetAccountResponse> getGetAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAccount",
      requestType = dev.modelstore.auth.v1.GetAccountRequest.class,
      responseType = dev.modelstore.auth.v1.GetAccountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetAccountRequest,
      dev.modelstore.auth.v1.GetAccountResponse> getGetAccountMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.GetAccountRequest, dev.modelstore.auth.v1.GetAccountResponse> getGetAccountMethod;
    if ((getGetAccountMethod = AccountServiceGrpc.getGetAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getGetAccountMethod = AccountServiceGrpc.getGetAccountMethod) == null) {
          AccountServiceGrpc.getGetAccountMethod = getGetAccountMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.GetAccountRequest, dev.modelstore.auth.v1.GetAccountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.GetAccountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("GetAccount"))
              .build();
        }
      }
    }
    return getGetAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListAccountsRequest,
      dev.modelstore.auth.v1.ListAccountsResponse> getListAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAccounts",
      requestType = dev.modelstore.auth.v1.ListAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.ListAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListAccountsRequest,
      dev.modelstore.auth.v1.ListAccountsResponse> getListAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.ListAccountsRequest, dev.modelstore.auth.v1.ListAccountsResponse> getListAccountsMethod;
    if ((getListAccountsMethod = AccountServiceGrpc.getListAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getListAccountsMethod = AccountServiceGrpc.getListAccountsMethod) == null) {
          AccountServiceGrpc.getListAccountsMethod = getListAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.ListAccountsRequest, dev.modelstore.auth.v1.ListAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.ListAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("ListAccounts"))
              .build();
        }
      }
    }
    return getListAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeAccountsRequest,
      dev.modelstore.auth.v1.PurgeAccountsResponse> getPurgeAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeAccounts",
      requestType = dev.modelstore.auth.v1.PurgeAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.PurgeAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeAccountsRequest,
      dev.modelstore.auth.v1.PurgeAccountsResponse> getPurgeAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.PurgeAccountsRequest, dev.modelstore.auth.v1.PurgeAccountsResponse> getPurgeAccountsMethod;
    if ((getPurgeAccountsMethod = AccountServiceGrpc.getPurgeAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getPurgeAccountsMethod = AccountServiceGrpc.getPurgeAccountsMethod) == null) {
          AccountServiceGrpc.getPurgeAccountsMethod = getPurgeAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.PurgeAccountsRequest, dev.modelstore.auth.v1.PurgeAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.PurgeAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("PurgeAccounts"))
              .build();
        }
      }
    }
    return getPurgeAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateAccountRequest,
      dev.modelstore.auth.v1.UpdateAccountResponse> getUpdateAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateAccount",
      requestType = dev.modelstore.auth.v1.UpdateAccountRequest.class,
      responseType = dev.modelstore.auth.v1.UpdateAccountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateAccountRequest,
      dev.modelstore.auth.v1.UpdateAccountResponse> getUpdateAccountMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.UpdateAccountRequest, dev.modelstore.auth.v1.UpdateAccountResponse> getUpdateAccountMethod;
    if ((getUpdateAccountMethod = AccountServiceGrpc.getUpdateAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getUpdateAccountMethod = AccountServiceGrpc.getUpdateAccountMethod) == null) {
          AccountServiceGrpc.getUpdateAccountMethod = getUpdateAccountMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.UpdateAccountRequest, dev.modelstore.auth.v1.UpdateAccountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.UpdateAccountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("UpdateAccount"))
              .build();
        }
      }
    }
    return getUpdateAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteAccountRequest,
      dev.modelstore.auth.v1.DeleteAccountResponse> getDeleteAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAccount",
      requestType = dev.modelstore.auth.v1.DeleteAccountRequest.class,
      responseType = dev.modelstore.auth.v1.DeleteAccountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteAccountRequest,
      dev.modelstore.auth.v1.DeleteAccountResponse> getDeleteAccountMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.DeleteAccountRequest, dev.modelstore.auth.v1.DeleteAccountResponse> getDeleteAccountMethod;
    if ((getDeleteAccountMethod = AccountServiceGrpc.getDeleteAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getDeleteAccountMethod = AccountServiceGrpc.getDeleteAccountMethod) == null) {
          AccountServiceGrpc.getDeleteAccountMethod = getDeleteAccountMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.DeleteAccountRequest, dev.modelstore.auth.v1.DeleteAccountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.DeleteAccountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("DeleteAccount"))
              .build();
        }
      }
    }
    return getDeleteAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetAccountsRequest,
      dev.modelstore.auth.v1.BatchGetAccountsResponse> getBatchGetAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGetAccounts",
      requestType = dev.modelstore.auth.v1.BatchGetAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchGetAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetAccountsRequest,
      dev.modelstore.auth.v1.BatchGetAccountsResponse> getBatchGetAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchGetAccountsRequest, dev.modelstore.auth.v1.BatchGetAccountsResponse> getBatchGetAccountsMethod;
    if ((getBatchGetAccountsMethod = AccountServiceGrpc.getBatchGetAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getBatchGetAccountsMethod = AccountServiceGrpc.getBatchGetAccountsMethod) == null) {
          AccountServiceGrpc.getBatchGetAccountsMethod = getBatchGetAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchGetAccountsRequest, dev.modelstore.auth.v1.BatchGetAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGetAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchGetAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("BatchGetAccounts"))
              .build();
        }
      }
    }
    return getBatchGetAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateAccountsRequest,
      dev.modelstore.auth.v1.BatchCreateAccountsResponse> getBatchCreateAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateAccounts",
      requestType = dev.modelstore.auth.v1.BatchCreateAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchCreateAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateAccountsRequest,
      dev.modelstore.auth.v1.BatchCreateAccountsResponse> getBatchCreateAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchCreateAccountsRequest, dev.modelstore.auth.v1.BatchCreateAccountsResponse> getBatchCreateAccountsMethod;
    if ((getBatchCreateAccountsMethod = AccountServiceGrpc.getBatchCreateAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getBatchCreateAccountsMethod = AccountServiceGrpc.getBatchCreateAccountsMethod) == null) {
          AccountServiceGrpc.getBatchCreateAccountsMethod = getBatchCreateAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchCreateAccountsRequest, dev.modelstore.auth.v1.BatchCreateAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchCreateAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("BatchCreateAccounts"))
              .build();
        }
      }
    }
    return getBatchCreateAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateAccountsRequest,
      dev.modelstore.auth.v1.BatchUpdateAccountsResponse> getBatchUpdateAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchUpdateAccounts",
      requestType = dev.modelstore.auth.v1.BatchUpdateAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchUpdateAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateAccountsRequest,
      dev.modelstore.auth.v1.BatchUpdateAccountsResponse> getBatchUpdateAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchUpdateAccountsRequest, dev.modelstore.auth.v1.BatchUpdateAccountsResponse> getBatchUpdateAccountsMethod;
    if ((getBatchUpdateAccountsMethod = AccountServiceGrpc.getBatchUpdateAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getBatchUpdateAccountsMethod = AccountServiceGrpc.getBatchUpdateAccountsMethod) == null) {
          AccountServiceGrpc.getBatchUpdateAccountsMethod = getBatchUpdateAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchUpdateAccountsRequest, dev.modelstore.auth.v1.BatchUpdateAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchUpdateAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchUpdateAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("BatchUpdateAccounts"))
              .build();
        }
      }
    }
    return getBatchUpdateAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteAccountsRequest,
      dev.modelstore.auth.v1.BatchDeleteAccountsResponse> getBatchDeleteAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchDeleteAccounts",
      requestType = dev.modelstore.auth.v1.BatchDeleteAccountsRequest.class,
      responseType = dev.modelstore.auth.v1.BatchDeleteAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteAccountsRequest,
      dev.modelstore.auth.v1.BatchDeleteAccountsResponse> getBatchDeleteAccountsMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.BatchDeleteAccountsRequest, dev.modelstore.auth.v1.BatchDeleteAccountsResponse> getBatchDeleteAccountsMethod;
    if ((getBatchDeleteAccountsMethod = AccountServiceGrpc.getBatchDeleteAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getBatchDeleteAccountsMethod = AccountServiceGrpc.getBatchDeleteAccountsMethod) == null) {
          AccountServiceGrpc.getBatchDeleteAccountsMethod = getBatchDeleteAccountsMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.BatchDeleteAccountsRequest, dev.modelstore.auth.v1.BatchDeleteAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchDeleteAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.BatchDeleteAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("BatchDeleteAccounts"))
              .build();
        }
      }
    }
    return getBatchDeleteAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.modelstore.auth.v1.VerifyAccountPasswordRequest,
      dev.modelstore.auth.v1.VerifyAccountPasswordResponse> getVerifyAccountPasswordMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyAccountPassword",
      requestType = dev.modelstore.auth.v1.VerifyAccountPasswordRequest.class,
      responseType = dev.modelstore.auth.v1.VerifyAccountPasswordResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.modelstore.auth.v1.VerifyAccountPasswordRequest,
      dev.modelstore.auth.v1.VerifyAccountPasswordResponse> getVerifyAccountPasswordMethod() {
    io.grpc.MethodDescriptor<dev.modelstore.auth.v1.VerifyAccountPasswordRequest, dev.modelstore.auth.v1.VerifyAccountPasswordResponse> getVerifyAccountPasswordMethod;
    if ((getVerifyAccountPasswordMethod = AccountServiceGrpc.getVerifyAccountPasswordMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getVerifyAccountPasswordMethod = AccountServiceGrpc.getVerifyAccountPasswordMethod) == null) {
          AccountServiceGrpc.getVerifyAccountPasswordMethod = getVerifyAccountPasswordMethod =
              io.grpc.MethodDescriptor.<dev.modelstore.auth.v1.VerifyAccountPasswordRequest, dev.modelstore.auth.v1.VerifyAccountPasswordResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyAccountPassword"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.VerifyAccountPasswordRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.modelstore.auth.v1.VerifyAccountPasswordResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("VerifyAccountPassword"))
              .build();
        }
      }
    }
    return getVerifyAccountPasswordMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AccountServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceStub>() {
        @java.lang.Override
        public AccountServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceStub(channel, callOptions);
        }
      };
    return AccountServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AccountServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingV2Stub>() {
        @java.lang.Override
        public AccountServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AccountServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AccountServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingStub>() {
        @java.lang.Override
        public AccountServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceBlockingStub(channel, callOptions);
        }
      };
    return AccountServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AccountServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceFutureStub>() {
        @java.lang.Override
        public AccountServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceFutureStub(channel, callOptions);
        }
      };
    return AccountServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an account.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the provider account is already linked), FAILED_PRECONDITION
     * (the user does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void createAccount(dev.modelstore.auth.v1.CreateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateAccountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an account by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such account),
     * UNAVAILABLE.
     * </pre>
     */
    default void getAccount(dev.modelstore.auth.v1.GetAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetAccountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists accounts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    default void listAccounts(dev.modelstore.auth.v1.ListAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the accounts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's accounts are seen. Entities
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
    default void purgeAccounts(dev.modelstore.auth.v1.PurgeAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates an account.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * account and allow_missing is false), ALREADY_EXISTS (the provider account
     * is already linked), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    default void updateAccount(dev.modelstore.auth.v1.UpdateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateAccountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an account.
     * Errors: NOT_FOUND (no such account), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    default void deleteAccount(dev.modelstore.auth.v1.DeleteAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteAccountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets several accounts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    default void batchGetAccounts(dev.modelstore.auth.v1.BatchGetAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 accounts in one call, all or none (AIP-233): each item
     * as CreateAccount would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    default void batchCreateAccounts(dev.modelstore.auth.v1.BatchCreateAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 accounts in one call, all or none (AIP-234): each item
     * as UpdateAccount would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchUpdateAccounts(dev.modelstore.auth.v1.BatchUpdateAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchUpdateAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 accounts in one call, all or none (AIP-235): each item
     * as DeleteAccount would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    default void batchDeleteAccounts(dev.modelstore.auth.v1.BatchDeleteAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchDeleteAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Checks a candidate password against the account's stored salted scrypt
     * hash, in constant time: the hash Modelstore wrote or the one better-auth
     * wrote (`&lt;hex salt&gt;:&lt;hex key&gt;`). The candidate is never stored, logged or
     * echoed in a response or error. An account without a stored password
     * never verifies.
     * Errors: INVALID_ARGUMENT (`id` or `password` is empty), NOT_FOUND (no
     * such account), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    default void verifyAccountPassword(dev.modelstore.auth.v1.VerifyAccountPasswordRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.VerifyAccountPasswordResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyAccountPasswordMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AccountService.
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public static abstract class AccountServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AccountServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AccountService.
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public static final class AccountServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AccountServiceStub> {
    private AccountServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the provider account is already linked), FAILED_PRECONDITION
     * (the user does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void createAccount(dev.modelstore.auth.v1.CreateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateAccountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an account by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such account),
     * UNAVAILABLE.
     * </pre>
     */
    public void getAccount(dev.modelstore.auth.v1.GetAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetAccountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists accounts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public void listAccounts(dev.modelstore.auth.v1.ListAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Permanently deletes the accounts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's accounts are seen. Entities
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
    public void purgeAccounts(dev.modelstore.auth.v1.PurgeAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates an account.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * account and allow_missing is false), ALREADY_EXISTS (the provider account
     * is already linked), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public void updateAccount(dev.modelstore.auth.v1.UpdateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateAccountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an account.
     * Errors: NOT_FOUND (no such account), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public void deleteAccount(dev.modelstore.auth.v1.DeleteAccountRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteAccountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets several accounts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public void batchGetAccounts(dev.modelstore.auth.v1.BatchGetAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1000 accounts in one call, all or none (AIP-233): each item
     * as CreateAccount would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public void batchCreateAccounts(dev.modelstore.auth.v1.BatchCreateAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates up to 1000 accounts in one call, all or none (AIP-234): each item
     * as UpdateAccount would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchUpdateAccounts(dev.modelstore.auth.v1.BatchUpdateAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchUpdateAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes up to 1000 accounts in one call, all or none (AIP-235): each item
     * as DeleteAccount would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public void batchDeleteAccounts(dev.modelstore.auth.v1.BatchDeleteAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchDeleteAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Checks a candidate password against the account's stored salted scrypt
     * hash, in constant time: the hash Modelstore wrote or the one better-auth
     * wrote (`&lt;hex salt&gt;:&lt;hex key&gt;`). The candidate is never stored, logged or
     * echoed in a response or error. An account without a stored password
     * never verifies.
     * Errors: INVALID_ARGUMENT (`id` or `password` is empty), NOT_FOUND (no
     * such account), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public void verifyAccountPassword(dev.modelstore.auth.v1.VerifyAccountPasswordRequest request,
        io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.VerifyAccountPasswordResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyAccountPasswordMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AccountService.
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public static final class AccountServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AccountServiceBlockingV2Stub> {
    private AccountServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the provider account is already linked), FAILED_PRECONDITION
     * (the user does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateAccountResponse createAccount(dev.modelstore.auth.v1.CreateAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an account by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such account),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetAccountResponse getAccount(dev.modelstore.auth.v1.GetAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists accounts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListAccountsResponse listAccounts(dev.modelstore.auth.v1.ListAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the accounts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's accounts are seen. Entities
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
    public dev.modelstore.auth.v1.PurgeAccountsResponse purgeAccounts(dev.modelstore.auth.v1.PurgeAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates an account.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * account and allow_missing is false), ALREADY_EXISTS (the provider account
     * is already linked), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateAccountResponse updateAccount(dev.modelstore.auth.v1.UpdateAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an account.
     * Errors: NOT_FOUND (no such account), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteAccountResponse deleteAccount(dev.modelstore.auth.v1.DeleteAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several accounts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetAccountsResponse batchGetAccounts(dev.modelstore.auth.v1.BatchGetAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 accounts in one call, all or none (AIP-233): each item
     * as CreateAccount would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateAccountsResponse batchCreateAccounts(dev.modelstore.auth.v1.BatchCreateAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 accounts in one call, all or none (AIP-234): each item
     * as UpdateAccount would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateAccountsResponse batchUpdateAccounts(dev.modelstore.auth.v1.BatchUpdateAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchUpdateAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 accounts in one call, all or none (AIP-235): each item
     * as DeleteAccount would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteAccountsResponse batchDeleteAccounts(dev.modelstore.auth.v1.BatchDeleteAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchDeleteAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks a candidate password against the account's stored salted scrypt
     * hash, in constant time: the hash Modelstore wrote or the one better-auth
     * wrote (`&lt;hex salt&gt;:&lt;hex key&gt;`). The candidate is never stored, logged or
     * echoed in a response or error. An account without a stored password
     * never verifies.
     * Errors: INVALID_ARGUMENT (`id` or `password` is empty), NOT_FOUND (no
     * such account), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.VerifyAccountPasswordResponse verifyAccountPassword(dev.modelstore.auth.v1.VerifyAccountPasswordRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyAccountPasswordMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AccountService.
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public static final class AccountServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AccountServiceBlockingStub> {
    private AccountServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the provider account is already linked), FAILED_PRECONDITION
     * (the user does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.CreateAccountResponse createAccount(dev.modelstore.auth.v1.CreateAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an account by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such account),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.GetAccountResponse getAccount(dev.modelstore.auth.v1.GetAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists accounts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.ListAccountsResponse listAccounts(dev.modelstore.auth.v1.ListAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Permanently deletes the accounts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's accounts are seen. Entities
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
    public dev.modelstore.auth.v1.PurgeAccountsResponse purgeAccounts(dev.modelstore.auth.v1.PurgeAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates an account.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * account and allow_missing is false), ALREADY_EXISTS (the provider account
     * is already linked), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.UpdateAccountResponse updateAccount(dev.modelstore.auth.v1.UpdateAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an account.
     * Errors: NOT_FOUND (no such account), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.DeleteAccountResponse deleteAccount(dev.modelstore.auth.v1.DeleteAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets several accounts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchGetAccountsResponse batchGetAccounts(dev.modelstore.auth.v1.BatchGetAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1000 accounts in one call, all or none (AIP-233): each item
     * as CreateAccount would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchCreateAccountsResponse batchCreateAccounts(dev.modelstore.auth.v1.BatchCreateAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates up to 1000 accounts in one call, all or none (AIP-234): each item
     * as UpdateAccount would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchUpdateAccountsResponse batchUpdateAccounts(dev.modelstore.auth.v1.BatchUpdateAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchUpdateAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 accounts in one call, all or none (AIP-235): each item
     * as DeleteAccount would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public dev.modelstore.auth.v1.BatchDeleteAccountsResponse batchDeleteAccounts(dev.modelstore.auth.v1.BatchDeleteAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchDeleteAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks a candidate password against the account's stored salted scrypt
     * hash, in constant time: the hash Modelstore wrote or the one better-auth
     * wrote (`&lt;hex salt&gt;:&lt;hex key&gt;`). The candidate is never stored, logged or
     * echoed in a response or error. An account without a stored password
     * never verifies.
     * Errors: INVALID_ARGUMENT (`id` or `password` is empty), NOT_FOUND (no
     * such account), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public dev.modelstore.auth.v1.VerifyAccountPasswordResponse verifyAccountPassword(dev.modelstore.auth.v1.VerifyAccountPasswordRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyAccountPasswordMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AccountService.
   * <pre>
   * Manages the sign-in accounts of users.
   * </pre>
   */
  public static final class AccountServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AccountServiceFutureStub> {
    private AccountServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account.
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the provider account is already linked), FAILED_PRECONDITION
     * (the user does not exist), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.CreateAccountResponse> createAccount(
        dev.modelstore.auth.v1.CreateAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an account by id.
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such account),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.GetAccountResponse> getAccount(
        dev.modelstore.auth.v1.GetAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists accounts, one keyset page at a time.
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.ListAccountsResponse> listAccounts(
        dev.modelstore.auth.v1.ListAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Permanently deletes the accounts matching `filter` (AIP-165), a hard
     * delete, as Delete is. Only the caller tenant's accounts are seen. Entities
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
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.PurgeAccountsResponse> purgeAccounts(
        dev.modelstore.auth.v1.PurgeAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates an account.
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * account and allow_missing is false), ALREADY_EXISTS (the provider account
     * is already linked), ABORTED (etag mismatch), FAILED_PRECONDITION (the
     * user does not exist), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.UpdateAccountResponse> updateAccount(
        dev.modelstore.auth.v1.UpdateAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an account.
     * Errors: NOT_FOUND (no such account), ABORTED (etag mismatch),
     * UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.DeleteAccountResponse> deleteAccount(
        dev.modelstore.auth.v1.DeleteAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets several accounts by id, in request order.
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing), UNAVAILABLE.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchGetAccountsResponse> batchGetAccounts(
        dev.modelstore.auth.v1.BatchGetAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1000 accounts in one call, all or none (AIP-233): each item
     * as CreateAccount would create it, answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of CreateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, an item with its own
     * request_id, two items with one id, or a request_id reused with other
     * requests; ABORTED when a concurrent write got in part way (the batch was
     * undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchCreateAccountsResponse> batchCreateAccounts(
        dev.modelstore.auth.v1.BatchCreateAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates up to 1000 accounts in one call, all or none (AIP-234): each item
     * as UpdateAccount would update it (its own update_mask, etag and
     * allow_missing), answered in request order.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of UpdateAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].account.id`);
     * INVALID_ARGUMENT also for no requests, more than 1000, two items with one
     * id, or a request_id reused with other requests; ABORTED when a concurrent
     * write got in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchUpdateAccountsResponse> batchUpdateAccounts(
        dev.modelstore.auth.v1.BatchUpdateAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchUpdateAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes up to 1000 accounts in one call, all or none (AIP-235): each item
     * as DeleteAccount would delete it.
     * Every item is validated and every precondition is checked before anything
     * is written; a batch that fails part way (a concurrent writer, a crash) is
     * undone and the call fails naming the item. Readers may see a batch partly
     * applied while it is being applied: see docs/batches.md for what is atomic.
     * Errors: those of DeleteAccount, for the first item that fails, with its
     * index in the details (`google.rpc.ErrorInfo` metadata `index`; field
     * violations name the item, for example `requests[3].id`); INVALID_ARGUMENT
     * also for no requests, more than 1000, two items with one id, or a
     * request_id reused with other requests; ABORTED when a concurrent write got
     * in part way (the batch was undone and may be retried).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.BatchDeleteAccountsResponse> batchDeleteAccounts(
        dev.modelstore.auth.v1.BatchDeleteAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchDeleteAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Checks a candidate password against the account's stored salted scrypt
     * hash, in constant time: the hash Modelstore wrote or the one better-auth
     * wrote (`&lt;hex salt&gt;:&lt;hex key&gt;`). The candidate is never stored, logged or
     * echoed in a response or error. An account without a stored password
     * never verifies.
     * Errors: INVALID_ARGUMENT (`id` or `password` is empty), NOT_FOUND (no
     * such account), UNAVAILABLE (the database cannot be reached).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.modelstore.auth.v1.VerifyAccountPasswordResponse> verifyAccountPassword(
        dev.modelstore.auth.v1.VerifyAccountPasswordRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyAccountPasswordMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ACCOUNT = 0;
  private static final int METHODID_GET_ACCOUNT = 1;
  private static final int METHODID_LIST_ACCOUNTS = 2;
  private static final int METHODID_PURGE_ACCOUNTS = 3;
  private static final int METHODID_UPDATE_ACCOUNT = 4;
  private static final int METHODID_DELETE_ACCOUNT = 5;
  private static final int METHODID_BATCH_GET_ACCOUNTS = 6;
  private static final int METHODID_BATCH_CREATE_ACCOUNTS = 7;
  private static final int METHODID_BATCH_UPDATE_ACCOUNTS = 8;
  private static final int METHODID_BATCH_DELETE_ACCOUNTS = 9;
  private static final int METHODID_VERIFY_ACCOUNT_PASSWORD = 10;

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
        case METHODID_CREATE_ACCOUNT:
          serviceImpl.createAccount((dev.modelstore.auth.v1.CreateAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.CreateAccountResponse>) responseObserver);
          break;
        case METHODID_GET_ACCOUNT:
          serviceImpl.getAccount((dev.modelstore.auth.v1.GetAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.GetAccountResponse>) responseObserver);
          break;
        case METHODID_LIST_ACCOUNTS:
          serviceImpl.listAccounts((dev.modelstore.auth.v1.ListAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.ListAccountsResponse>) responseObserver);
          break;
        case METHODID_PURGE_ACCOUNTS:
          serviceImpl.purgeAccounts((dev.modelstore.auth.v1.PurgeAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.PurgeAccountsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ACCOUNT:
          serviceImpl.updateAccount((dev.modelstore.auth.v1.UpdateAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.UpdateAccountResponse>) responseObserver);
          break;
        case METHODID_DELETE_ACCOUNT:
          serviceImpl.deleteAccount((dev.modelstore.auth.v1.DeleteAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.DeleteAccountResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET_ACCOUNTS:
          serviceImpl.batchGetAccounts((dev.modelstore.auth.v1.BatchGetAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchGetAccountsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ACCOUNTS:
          serviceImpl.batchCreateAccounts((dev.modelstore.auth.v1.BatchCreateAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchCreateAccountsResponse>) responseObserver);
          break;
        case METHODID_BATCH_UPDATE_ACCOUNTS:
          serviceImpl.batchUpdateAccounts((dev.modelstore.auth.v1.BatchUpdateAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchUpdateAccountsResponse>) responseObserver);
          break;
        case METHODID_BATCH_DELETE_ACCOUNTS:
          serviceImpl.batchDeleteAccounts((dev.modelstore.auth.v1.BatchDeleteAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.BatchDeleteAccountsResponse>) responseObserver);
          break;
        case METHODID_VERIFY_ACCOUNT_PASSWORD:
          serviceImpl.verifyAccountPassword((dev.modelstore.auth.v1.VerifyAccountPasswordRequest) request,
              (io.grpc.stub.StreamObserver<dev.modelstore.auth.v1.VerifyAccountPasswordResponse>) responseObserver);
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
          getCreateAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.CreateAccountRequest,
              dev.modelstore.auth.v1.CreateAccountResponse>(
                service, METHODID_CREATE_ACCOUNT)))
        .addMethod(
          getGetAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.GetAccountRequest,
              dev.modelstore.auth.v1.GetAccountResponse>(
                service, METHODID_GET_ACCOUNT)))
        .addMethod(
          getListAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.ListAccountsRequest,
              dev.modelstore.auth.v1.ListAccountsResponse>(
                service, METHODID_LIST_ACCOUNTS)))
        .addMethod(
          getPurgeAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.PurgeAccountsRequest,
              dev.modelstore.auth.v1.PurgeAccountsResponse>(
                service, METHODID_PURGE_ACCOUNTS)))
        .addMethod(
          getUpdateAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.UpdateAccountRequest,
              dev.modelstore.auth.v1.UpdateAccountResponse>(
                service, METHODID_UPDATE_ACCOUNT)))
        .addMethod(
          getDeleteAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.DeleteAccountRequest,
              dev.modelstore.auth.v1.DeleteAccountResponse>(
                service, METHODID_DELETE_ACCOUNT)))
        .addMethod(
          getBatchGetAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchGetAccountsRequest,
              dev.modelstore.auth.v1.BatchGetAccountsResponse>(
                service, METHODID_BATCH_GET_ACCOUNTS)))
        .addMethod(
          getBatchCreateAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchCreateAccountsRequest,
              dev.modelstore.auth.v1.BatchCreateAccountsResponse>(
                service, METHODID_BATCH_CREATE_ACCOUNTS)))
        .addMethod(
          getBatchUpdateAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchUpdateAccountsRequest,
              dev.modelstore.auth.v1.BatchUpdateAccountsResponse>(
                service, METHODID_BATCH_UPDATE_ACCOUNTS)))
        .addMethod(
          getBatchDeleteAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.BatchDeleteAccountsRequest,
              dev.modelstore.auth.v1.BatchDeleteAccountsResponse>(
                service, METHODID_BATCH_DELETE_ACCOUNTS)))
        .addMethod(
          getVerifyAccountPasswordMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.modelstore.auth.v1.VerifyAccountPasswordRequest,
              dev.modelstore.auth.v1.VerifyAccountPasswordResponse>(
                service, METHODID_VERIFY_ACCOUNT_PASSWORD)))
        .build();
  }

  private static abstract class AccountServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AccountServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.modelstore.auth.v1.AccountProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AccountService");
    }
  }

  private static final class AccountServiceFileDescriptorSupplier
      extends AccountServiceBaseDescriptorSupplier {
    AccountServiceFileDescriptorSupplier() {}
  }

  private static final class AccountServiceMethodDescriptorSupplier
      extends AccountServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AccountServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AccountServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AccountServiceFileDescriptorSupplier())
              .addMethod(getCreateAccountMethod())
              .addMethod(getGetAccountMethod())
              .addMethod(getListAccountsMethod())
              .addMethod(getPurgeAccountsMethod())
              .addMethod(getUpdateAccountMethod())
              .addMethod(getDeleteAccountMethod())
              .addMethod(getBatchGetAccountsMethod())
              .addMethod(getBatchCreateAccountsMethod())
              .addMethod(getBatchUpdateAccountsMethod())
              .addMethod(getBatchDeleteAccountsMethod())
              .addMethod(getVerifyAccountPasswordMethod())
              .build();
        }
      }
    }
    return result;
  }
}
