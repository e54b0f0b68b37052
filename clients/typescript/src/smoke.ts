// Smoke program: drives a live Modelstore server through the generated TypeScript stubs.
// Usage: node dist/smoke.js 127.0.0.1:50051
import { randomBytes } from "node:crypto";

import { type ClientReadableStream, credentials, Metadata, status } from "@grpc/grpc-js";

import {
  BatchCreateUsersRequest,
  CreateUserRequest,
  DeleteUserRequest,
  ListUsersRequest,
  UpdateUserRequest,
  type User,
  UserServiceClient,
} from "./gen/modelstore/platform/v1/user";
import {
  CreateWorkspaceRequest,
  DeleteWorkspaceRequest,
  WorkspaceServiceClient,
} from "./gen/modelstore/platform/v1/workspace";
import {
  type ChangeEvent,
  ChangeOperation,
  ChangeServiceClient,
  WatchChangesRequest,
  type WatchChangesResponse,
} from "./gen/modelstore/v1/change";
import { errorInfo, errorStatus, isServiceError, tenantMetadata, unary } from "./index";

class SmokeError extends Error {}

function check(cond: boolean, what: string): asserts cond {
  if (!cond) throw new SmokeError(what);
}

/** The first event of a WatchChanges stream, passing over heartbeats (responses without events). */
function firstEvent(stream: ClientReadableStream<WatchChangesResponse>): Promise<ChangeEvent> {
  return new Promise((resolve, reject) => {
    stream.on("data", (res: WatchChangesResponse) => {
      if (res.events[0] !== undefined) resolve(res.events[0]);
    });
    stream.on("error", reject); // also the CANCELLED of our own cancel, once it no longer matters
    stream.on("end", () => reject(new SmokeError("WatchChanges ended without an event")));
  });
}

async function main(addr: string): Promise<void> {
  const suffix = randomBytes(4).toString("hex");
  const wsId = `smoke-typescript-${suffix}`;
  const deadline = () => ({ deadline: Date.now() + 10_000 });
  const workspaces = new WorkspaceServiceClient(addr, credentials.createInsecure());
  const users = new UserServiceClient(addr, credentials.createInsecure());
  const changes = new ChangeServiceClient(addr, credentials.createInsecure());
  const md = tenantMetadata(wsId);
  const created: User[] = [];
  let workspaceCreated = false;

  // 0. Watch the change feed for the workspace before it exists. From a minute ago rather than
  // from now: "now" is when the server handles the stream, which may come after the create
  // below commits, and a new workspace has no earlier events to see.
  const watch = changes.watchChanges(
    WatchChangesRequest.fromPartial({
      entityTypes: ["modelstore.platform.v1.Workspace"],
      filter: `entity_id = "${wsId}"`,
      startTime: new Date(Date.now() - 60_000),
    }),
    { deadline: Date.now() + 20_000 },
  );
  const watched = firstEvent(watch);
  watched.catch(() => undefined); // awaited below; this only keeps an early failure handled

  try {
    // 1. A workspace.
    const ws = await unary(
      workspaces.createWorkspace.bind(workspaces),
      CreateWorkspaceRequest.fromPartial({ workspace: { id: wsId, name: "Smoke" } }),
      new Metadata(),
      deadline(),
    );
    workspaceCreated = true;
    check(ws.workspace?.id === wsId, `CreateWorkspace returned id ${ws.workspace?.id}`);
    check(ws.workspace?.name === "Smoke", `CreateWorkspace returned name ${ws.workspace?.name}`);

    // Its one event, then the stream is cancelled.
    const event = await watched;
    watch.cancel();
    check(event.entityType === "modelstore.platform.v1.Workspace", `event of ${event.entityType}`);
    check(event.entityId === wsId, `event of entity ${event.entityId}`);
    check(event.operation === ChangeOperation.CHANGE_OPERATION_CREATE, `event ${event.operation}`);
    check(event.etag === ws.workspace.etag, `event etag ${event.etag} != ${ws.workspace.etag}`);

    // 2 and 3. Two users in it with one BatchCreateUsers (all or none, in request order);
    // workspace_id comes from the x-tenant-id header.
    const names = [`smoke-ts-a-${suffix}`, `smoke-ts-b-${suffix}`];
    const batch = await unary(
      users.batchCreateUsers.bind(users),
      BatchCreateUsersRequest.fromPartial({
        requestId: `smoke-ts-batch-${suffix}`,
        requests: names.map((username) => ({ user: { username, password: "s3cret-Smoke!" } })),
      }),
      md,
      deadline(),
    );
    check(batch.users.length === names.length, `BatchCreateUsers made ${batch.users.length} users`);
    batch.users.forEach((user, i) => {
      check(user.username === names[i], `BatchCreateUsers user ${i} is ${user.username}`);
      check(user.workspaceId === wsId, `user workspace_id ${user.workspaceId} != ${wsId}`);
      check(user.password === "", "BatchCreateUsers echoed the password");
      created.push(user);
    });

    // 3. List with a filter, one per page, to the end.
    const seen = new Map<string, number>();
    let pageToken = "";
    let pages = 0;
    do {
      const page = await unary(
        users.listUsers.bind(users),
        ListUsersRequest.fromPartial({
          pageSize: 1,
          pageToken,
          filter: names.map((n) => `username = "${n}"`).join(" OR "),
        }),
        md,
        deadline(),
      );
      check(page.users.length <= 1, `page_size 1 returned ${page.users.length} users`);
      for (const u of page.users) seen.set(u.username, (seen.get(u.username) ?? 0) + 1);
      pageToken = page.nextPageToken;
      check(++pages <= 10, "ListUsers pagination does not end");
    } while (pageToken !== "");
    for (const n of names) check(seen.get(n) === 1, `ListUsers saw ${n} ${seen.get(n) ?? 0} times`);
    check(seen.size === names.length, `ListUsers saw unexpected users: ${[...seen.keys()]}`);

    // 4. Update one user's roles with a field mask.
    const first = created[0]!;
    const upd = await unary(
      users.updateUser.bind(users),
      UpdateUserRequest.fromPartial({
        user: { id: first.id, roles: ["admin", "editor"] },
        updateMask: ["roles"],
      }),
      md,
      deadline(),
    );
    check(
      JSON.stringify(upd.user?.roles) === JSON.stringify(["admin", "editor"]),
      `UpdateUser roles are ${JSON.stringify(upd.user?.roles)}`,
    );
    check(upd.user?.username === first.username, "UpdateUser changed a field outside the mask");
    check(upd.user?.etag !== first.etag, "UpdateUser did not change the etag");

    // 5. A duplicate username: ALREADY_EXISTS with ErrorInfo reason ALREADY_EXISTS_UNIQUE.
    let failure: unknown;
    try {
      const dup = await unary(
        users.createUser.bind(users),
        CreateUserRequest.fromPartial({ user: { username: names[0], password: "x-Smoke-2!" } }),
        md,
        deadline(),
      );
      if (dup.user) created.push(dup.user);
    } catch (err) {
      failure = err;
    }
    check(isServiceError(failure), "duplicate CreateUser did not fail");
    check(
      failure.code === status.ALREADY_EXISTS,
      `duplicate CreateUser: code ${status[failure.code]}, want ALREADY_EXISTS (${failure.details})`,
    );
    check(errorStatus(failure) !== undefined, "no grpc-status-details-bin trailer");
    const info = errorInfo(failure);
    check(info !== undefined, "the status details hold no google.rpc.ErrorInfo");
    check(info.reason === "ALREADY_EXISTS_UNIQUE", `ErrorInfo reason ${info.reason}`);
    check(info.domain === "modelstore.dev", `ErrorInfo domain ${info.domain}`);
  } finally {
    // 6. Delete the users, then the workspace (best effort when something failed above).
    const cleanup: string[] = [];
    for (const u of created) {
      try {
        await unary(users.deleteUser.bind(users), DeleteUserRequest.fromPartial({ id: u.id }), md, deadline());
      } catch (err) {
        cleanup.push(`DeleteUser ${u.id}: ${(err as Error).message}`);
      }
    }
    if (workspaceCreated) {
      try {
        await unary(
          workspaces.deleteWorkspace.bind(workspaces),
          DeleteWorkspaceRequest.fromPartial({ id: wsId, force: true }),
          new Metadata(),
          deadline(),
        );
      } catch (err) {
        cleanup.push(`DeleteWorkspace ${wsId}: ${(err as Error).message}`);
      }
    }
    watch.cancel();
    changes.close();
    users.close();
    workspaces.close();
    if (cleanup.length > 0) {
      // Reported without replacing an earlier failure.
      console.error(`typescript smoke: FAILED: cleanup: ${cleanup.join("; ")}`);
      process.exitCode = 1;
    }
  }
}

const addr = process.argv[2] ?? process.env.SMOKE_ADDR;
if (!addr) {
  console.error("usage: node dist/smoke.js HOST:PORT");
  process.exit(2);
}
main(addr).then(
  () => {
    if (process.exitCode === undefined || process.exitCode === 0) console.log("typescript smoke: ok");
  },
  (err: unknown) => {
    console.error(`typescript smoke: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
