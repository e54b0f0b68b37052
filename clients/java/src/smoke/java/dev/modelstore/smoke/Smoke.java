package dev.modelstore.smoke;

import com.google.protobuf.Any;
import com.google.protobuf.FieldMask;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import dev.modelstore.platform.v1.BatchCreateUsersRequest;
import dev.modelstore.platform.v1.CreateUserRequest;
import dev.modelstore.platform.v1.CreateWorkspaceRequest;
import dev.modelstore.platform.v1.DeleteUserRequest;
import dev.modelstore.platform.v1.DeleteWorkspaceRequest;
import dev.modelstore.platform.v1.ListUsersRequest;
import dev.modelstore.platform.v1.ListUsersResponse;
import dev.modelstore.platform.v1.UpdateUserRequest;
import dev.modelstore.platform.v1.User;
import dev.modelstore.platform.v1.UserServiceGrpc;
import dev.modelstore.platform.v1.Workspace;
import dev.modelstore.platform.v1.WorkspaceServiceGrpc;
import dev.modelstore.v1.ChangeEvent;
import dev.modelstore.v1.ChangeOperation;
import dev.modelstore.v1.ChangeServiceGrpc;
import dev.modelstore.v1.WatchChangesRequest;
import dev.modelstore.v1.WatchChangesResponse;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives a live Modelstore server through the generated Java stubs: watches the change feed
 * for a workspace, creates it and receives its event, creates users in it, lists them page by page with a filter, updates one with a field mask, checks
 * the error details of a duplicate create, and deletes what it made. Exits non-zero with a
 * message on the first failure.
 *
 * <p>Run by scripts/smoke.d/java.sh with the server address in {@code SMOKE_ADDR} (plaintext)
 * or as the first argument.
 */
public final class Smoke {
  private static final Metadata.Key<String> TENANT =
      Metadata.Key.of("x-tenant-id", Metadata.ASCII_STRING_MARSHALLER);

  private Smoke() {}

  /** A failed expectation. */
  private static final class SmokeFailure extends RuntimeException {
    SmokeFailure(String message) {
      super(message);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new SmokeFailure(message);
    }
  }

  /**
   * Returns the google.rpc.ErrorInfo carried in a gRPC error's status details (the
   * grpc-status-details-bin trailer), or null when there is none.
   */
  static ErrorInfo errorInfo(Throwable error) throws InvalidProtocolBufferException {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    if (status == null) {
      return null;
    }
    for (Any detail : status.getDetailsList()) {
      if (detail.is(ErrorInfo.class)) {
        return detail.unpack(ErrorInfo.class);
      }
    }
    return null;
  }

  /** The first event of a WatchChanges stream, passing over heartbeats (responses without). */
  private static ChangeEvent firstEvent(Iterator<WatchChangesResponse> stream) {
    while (stream.hasNext()) {
      WatchChangesResponse response = stream.next();
      if (response.getEventsCount() > 0) {
        return response.getEvents(0);
      }
    }
    throw new SmokeFailure("WatchChanges ended without an event");
  }

  /** The line of this program that the exception went through, for the failure message. */
  private static String where(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().equals(Smoke.class.getName())) {
        return frame.getFileName() + ":" + frame.getLineNumber();
      }
    }
    return "unknown line";
  }

  public static void main(String[] args) {
    String addr = args.length > 0 ? args[0] : System.getenv("SMOKE_ADDR");
    if (addr == null || addr.isEmpty()) {
      addr = "127.0.0.1:50051";
    }
    ManagedChannel channel =
        Grpc.newChannelBuilder(addr, InsecureChannelCredentials.create()).build();
    int code = 0;
    try {
      run(channel);
      System.out.println("java smoke: ok");
    } catch (SmokeFailure e) {
      System.err.println("java smoke: FAILED: " + e.getMessage());
      code = 1;
    } catch (Exception e) {
      System.err.println("java smoke: FAILED (" + where(e) + "): " + e);
      code = 1;
    } finally {
      channel.shutdownNow();
      try {
        channel.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.exit(code);
  }

  private static void run(ManagedChannel channel) throws Exception {
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    String suffix = HexFormat.of().formatHex(random);
    String wsId = "smoke-java-" + suffix;

    // One overall deadline for every call.
    WorkspaceServiceGrpc.WorkspaceServiceBlockingStub workspaces =
        WorkspaceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);

    // 0. Watch the change feed for the workspace before it exists. From a minute ago rather
    // than from now: "now" is when the server handles the stream, which may come after the
    // create below commits, and a new workspace has no earlier events to see. The blocking
    // stub's call belongs to the context it starts in, so cancelling that ends the stream.
    WatchChangesRequest watch =
        WatchChangesRequest.newBuilder()
            .addEntityTypes("modelstore.platform.v1.Workspace")
            .setFilter("entity_id = \"" + wsId + "\"")
            .setStartTime(
                Timestamp.newBuilder().setSeconds(Instant.now().minusSeconds(60).getEpochSecond()))
            .build();
    Context.CancellableContext watching = Context.current().withCancellation();
    try {
      Iterator<WatchChangesResponse> stream =
          watching.call(
              () ->
                  ChangeServiceGrpc.newBlockingStub(channel)
                      .withDeadlineAfter(20, TimeUnit.SECONDS)
                      .watchChanges(watch));

      // 1. The workspace.
      Workspace made =
          workspaces
              .createWorkspace(
                  CreateWorkspaceRequest.newBuilder()
                      .setWorkspace(Workspace.newBuilder().setId(wsId).setName("Smoke"))
                      .build())
              .getWorkspace();
      System.out.println("created workspace " + wsId);

      // Its one event, then the stream is cancelled (in finally).
      ChangeEvent event = firstEvent(stream);
      check(
          event.getEntityType().equals("modelstore.platform.v1.Workspace"),
          "WatchChanges: event of " + event.getEntityType());
      check(event.getEntityId().equals(wsId), "WatchChanges: event of " + event.getEntityId());
      check(
          event.getOperation() == ChangeOperation.CHANGE_OPERATION_CREATE,
          "WatchChanges: operation " + event.getOperation());
      check(
          event.getEtag().equals(made.getEtag()),
          "WatchChanges: etag " + event.getEtag() + ", want " + made.getEtag());
      System.out.println("change feed: " + event.getOperation() + " " + event.getEntityId());
    } finally {
      watching.cancel(null);
    }

    // Every tenant-scoped call names the workspace in the x-tenant-id header.
    Metadata headers = new Metadata();
    headers.put(TENANT, wsId);
    UserServiceGrpc.UserServiceBlockingStub users =
        UserServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
            .withDeadlineAfter(60, TimeUnit.SECONDS);

    List<String> created = new ArrayList<>();
    Exception failure = null;
    try {
      // 2 and 3. Two users in one BatchCreateUsers (all or none, in request order);
      // workspace_id left empty, filled from the header.
      List<String> names = List.of("smoke-java-a-" + suffix, "smoke-java-b-" + suffix);
      BatchCreateUsersRequest.Builder batch =
          BatchCreateUsersRequest.newBuilder().setRequestId("smoke-java-batch-" + suffix);
      for (String name : names) {
        batch.addRequests(
            CreateUserRequest.newBuilder()
                .setUser(User.newBuilder().setUsername(name).setPassword("s3cret-" + suffix)));
      }
      List<User> made = users.batchCreateUsers(batch.build()).getUsersList();
      check(made.size() == names.size(), "BatchCreateUsers: " + made.size() + " users, want 2");
      for (int i = 0; i < names.size(); i++) {
        User user = made.get(i);
        String name = names.get(i);
        check(
            name.equals(user.getUsername()),
            "BatchCreateUsers: user " + i + " is " + user.getUsername() + ", want " + name);
        check(!user.getId().isEmpty(), "CreateUser " + name + ": no id in the response");
        check(
            wsId.equals(user.getWorkspaceId()),
            "CreateUser " + name + ": workspace_id " + user.getWorkspaceId() + ", want " + wsId);
        check(user.getPassword().isEmpty(), "CreateUser " + name + ": password was returned");
        created.add(user.getId());
      }
      System.out.println("created users " + created);

      // List with a filter, one user per page, to the last page.
      String filter =
          String.format("username = \"%s\" OR username = \"%s\"", names.get(0), names.get(1));
      Map<String, Integer> seen = new HashMap<>();
      String token = "";
      int pages = 0;
      do {
        ListUsersResponse page =
            users.listUsers(
                ListUsersRequest.newBuilder()
                    .setFilter(filter)
                    .setPageSize(1)
                    .setPageToken(token)
                    .build());
        pages++;
        check(pages <= 10, "ListUsers: more than 10 pages for 2 users");
        check(page.getUsersCount() <= 1, "ListUsers: page of " + page.getUsersCount() + " > 1");
        for (User user : page.getUsersList()) {
          seen.merge(user.getUsername(), 1, Integer::sum);
        }
        token = page.getNextPageToken();
      } while (!token.isEmpty());
      for (String name : names) {
        check(
            seen.getOrDefault(name, 0) == 1,
            "ListUsers: saw " + name + " " + seen.getOrDefault(name, 0) + " times, want once");
      }
      check(seen.size() == 2, "ListUsers: saw unexpected users " + seen.keySet());
      System.out.println("listed both users exactly once over " + pages + " pages");

      // 4. Update the roles only, through a field mask.
      User updated =
          users
              .updateUser(
                  UpdateUserRequest.newBuilder()
                      .setUser(
                          User.newBuilder()
                              .setId(created.get(0))
                              .addRoles("admin")
                              .addRoles("editor"))
                      .setUpdateMask(FieldMask.newBuilder().addPaths("roles"))
                      .build())
              .getUser();
      check(
          updated.getRolesList().equals(List.of("admin", "editor")),
          "UpdateUser: roles " + updated.getRolesList() + ", want [admin, editor]");
      check(
          names.get(0).equals(updated.getUsername()),
          "UpdateUser: username changed to " + updated.getUsername());
      System.out.println("updated roles of " + created.get(0) + " to " + updated.getRolesList());

      // 5. A duplicate username: ALREADY_EXISTS with the reason ALREADY_EXISTS_UNIQUE.
      try {
        User dup =
            users
                .createUser(
                    CreateUserRequest.newBuilder()
                        .setUser(User.newBuilder().setUsername(names.get(0)).setPassword("x"))
                        .build())
                .getUser();
        created.add(dup.getId());
        throw new SmokeFailure("CreateUser with a duplicate username succeeded");
      } catch (StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        check(
            code == Status.Code.ALREADY_EXISTS,
            "duplicate CreateUser: code " + code + ", want ALREADY_EXISTS (" + e.getStatus() + ")");
        ErrorInfo info = errorInfo(e);
        check(info != null, "duplicate CreateUser: no google.rpc.ErrorInfo in the status details");
        check(
            "ALREADY_EXISTS_UNIQUE".equals(info.getReason()),
            "duplicate CreateUser: reason " + info.getReason() + ", want ALREADY_EXISTS_UNIQUE");
        check(
            "modelstore.dev".equals(info.getDomain()),
            "duplicate CreateUser: domain " + info.getDomain() + ", want modelstore.dev");
        System.out.println(
            "duplicate username: " + code + ", reason " + info.getReason() + " " + info.getMetadataMap());
      }
    } catch (Exception e) {
      failure = e;
    }

    // 6. Clean up whatever was made, users first, even after a failure.
    List<String> cleanupErrors = new ArrayList<>();
    for (String id : created) {
      try {
        users.deleteUser(DeleteUserRequest.newBuilder().setId(id).build());
      } catch (StatusRuntimeException e) {
        cleanupErrors.add("DeleteUser " + id + ": " + e.getStatus());
      }
    }
    try {
      workspaces.deleteWorkspace(
          DeleteWorkspaceRequest.newBuilder().setId(wsId).setForce(true).build());
    } catch (StatusRuntimeException e) {
      cleanupErrors.add("DeleteWorkspace " + wsId + ": " + e.getStatus());
    }
    if (failure != null) {
      throw failure;
    }
    check(cleanupErrors.isEmpty(), String.join("; ", cleanupErrors));
    System.out.println("deleted " + created.size() + " users and workspace " + wsId);
  }
}
