// The seed apps' Mongoose models (seed_models.mjs: seeds 000 and 001) on the database of
// the test server, run by test_mongoose.py between its gRPC steps. INTEROP_PHASE says
// which half runs:
// - `grpc-wrote`: gRPC created two documents of each entity (`g`, `gone`; ids in
//   INTEROP_GIVEN). Mongoose reads both, checks the seed's fields and `validateSync()`,
//   finds `g` by every index the seed declares, changes `g` and deletes `gone`; then
//   creates two of its own (`m`, `mgone`), whose ids go to INTEROP_OUT;
// - `grpc-changed`: gRPC changed `m` and deleted `mgone`; Mongoose reads the change and
//   validates the document Modelstore rewrote, and finds no `mgone`.
// The values each side writes are literals in both files (test_mongoose.py).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { after, before, test } from "node:test";

import mongoose from "mongoose";

import { loadKeyring } from "./seed_crypto.mjs";
import { makeKnowledgeModels, makeModels } from "./seed_models.mjs";

const phase = process.env.INTEROP_PHASE;
assert.ok(["grpc-wrote", "grpc-changed"].includes(phase), `INTEROP_PHASE=${phase}`);
const given = JSON.parse(readFileSync(process.env.INTEROP_GIVEN, "utf8"));
const u = given.unique;
const W = given.platformTenant; // the platform workspace gRPC created (a string id)
const K = given.knowledgeTenant; // the notion workspace gRPC created (an ObjectId)
const ids = (entity) => given.entities[entity];
const out = {};

// Indexes are Modelstore's (`modelstore migrate` creates them): the app must not build
// its own, which the `seed declares` test compares instead.
const conn = mongoose.createConnection(process.env.MONGODB_URI, {
  dbName: process.env.MODELSTORE_DATABASE,
  autoIndex: false,
  autoCreate: false,
});
// Seed 001's models on a connection of their own (both seeds have a `User`), same database.
const knowledgeConn = conn.useDb(process.env.MODELSTORE_DATABASE, { useCache: false });
const P = makeModels(conn);
// The server's keyring, as an operator shares it with the app (MODELSTORE_ENCRYPTION_KEYS).
const Kn = makeKnowledgeModels(knowledgeConn, loadKeyring(process.env));

before(async () => {
  await conn.asPromise();
});
after(async () => {
  writeFileSync(process.env.INTEROP_OUT, JSON.stringify(out));
  await conn.close();
});

/** A value as JSON shows it: ObjectIds as hex, dates as ISO strings, arrays as arrays. */
function plain(value) {
  if (value?._bsontype === "ObjectId") return value.toHexString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return Array.from(value, plain);
  if (value && typeof value === "object") {
    const obj = typeof value.toObject === "function" ? value.toObject() : value;
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function assertFields(doc, want, what) {
  for (const [path, value] of Object.entries(want)) {
    assert.deepEqual(plain(doc.get(path)), value, `${what}: ${path}`);
  }
}

/** The document passes the seed schema's validation: `validateSync()` (which the issue
 * names; mongoose 9.12 warns that it is deprecated) and `validate()`, its async form. */
async function assertValid(doc, what) {
  const error = doc.validateSync();
  assert.equal(
    error,
    undefined,
    `${what}: validateSync: ${Object.values(error?.errors ?? {})
      .map((e) => `${e.path}: ${e.message}`)
      .join("; ")}`,
  );
  await doc.validate();
}

/** `doc` is found by a query on the keys of each index the model's schema declares. */
async function assertFoundByEveryIndex(Model, doc, what) {
  const indexes = Model.schema.indexes();
  assert.ok(indexes.length > 0, `${what}: the seed declares indexes`);
  for (const [keys] of indexes) {
    const filter = Object.fromEntries(Object.keys(keys).map((k) => [k, doc.get(k)]));
    for (const [k, v] of Object.entries(filter)) {
      assert.notEqual(v, undefined, `${what}: the sample sets the indexed ${k}`);
    }
    const found = await Model.find(filter).select("_id").lean();
    assert.ok(
      found.some((d) => String(d._id) === String(doc._id)),
      `${what}: not found by ${JSON.stringify(plain(filter))}`,
    );
  }
}

const inAnHour = () => new Date(Date.now() + 3600 * 1000);

// Per entity: the model, the fields gRPC wrote (as the seed app reads them), Mongoose's
// change of `g`, what Mongoose creates (`m`, `mgone`), gRPC's change of `m`, extra checks.
const SPECS = {
  "platform.Workspace": {
    model: P.Workspace,
    grpcWrote: {
      _id: W,
      name: "grpc workspace",
      status: "active",
      allowedOrigins: ["https://grpc.example.com"],
    },
    change: (doc) => (doc.name = "renamed by mongoose"),
    create: (s) => ({
      _id: `ws-${s}-${u}`,
      name: s === "m" ? "mongoose workspace" : "mongoose workspace gone",
      allowedOrigins: ["https://mongoose.example.com"],
    }),
    grpcChanged: { name: "renamed by grpc" },
  },
  "platform.Client": {
    model: P.Client,
    grpcWrote: {
      _id: `cli-${u}`,
      status: "active",
      allowedScopes: ["events:read"],
      allowedTopics: ["orders"],
    },
    check: (doc) => assert.equal(typeof doc.secretHash, "string"),
    change: (doc) => (doc.allowedScopes = ["changed:mongoose"]),
    create: (s) => ({ _id: `cli-${s}-${u}`, allowedScopes: ["events:write"] }),
    grpcChanged: { allowedScopes: ["changed:grpc"] },
  },
  "platform.User": {
    model: P.User,
    grpcWrote: { workspaceId: W, username: `grpc-user-${u}`, roles: ["admin"], status: "active" },
    check: async (doc) => {
      await doc.populate("workspace");
      assert.equal(doc.workspace?._id, W, "the workspace virtual finds the workspace");
      assert.equal(typeof doc.passwordHash, "string");
    },
    change: (doc) => (doc.roles = ["changed-by-mongoose"]),
    create: (s) => ({
      _id: randomUUID(),
      workspaceId: W,
      username: s === "m" ? `mongoose-user-${u}` : `mongoose-user-${u}-gone`,
      roles: ["viewer"],
    }),
    grpcChanged: { roles: ["changed-by-grpc"] },
  },
  "platform.Session": {
    model: P.Session,
    grpcWrote: {
      workspaceId: W,
      principalId: ids("platform.User").id,
      principalType: "user",
      scopes: ["events:read"],
      topics: ["orders"],
      "context.ip": "10.0.0.1",
      status: "active",
      expiresAt: new Date(given.expiresAt).toISOString(),
    },
    change: (doc) => (doc.scopes = ["changed:mongoose"]),
    create: () => ({
      _id: randomUUID(), // the session UUID
      workspaceId: W,
      principalId: ids("platform.User").id,
      principalType: "user",
      scopes: ["events:write"],
      context: { ip: "10.0.0.2" },
      expiresAt: inAnHour(),
    }),
    grpcChanged: { scopes: ["changed:grpc"] },
  },
  "platform.Contact": {
    model: P.Contact,
    grpcWrote: {
      email: `grpc-${u}@example.com`,
      phone: `+1555${u.slice(0, 7)}`,
      role: "agent",
      status: "active",
      emailVerified: false,
      phoneVerified: false,
      tags: ["vip"],
      "attributes.plan": "pro",
      source: "grpc",
    },
    change: (doc) => (doc.source = "changed by mongoose"),
    create: (s) =>
      s === "m"
        ? {
            email: `Mongoose-${u}@Example.com`,
            phone: `+1777${u.slice(0, 7)}`,
            role: "viewer",
            tags: ["new"],
            attributes: { plan: "free" },
            source: "mongoose",
          }
        : { phone: `+1888${u.slice(0, 7)}` }, // no email: unique only when present
    grpcChanged: { source: "changed by grpc" },
  },
  "platform.Notification": {
    model: P.Notification,
    grpcWrote: {
      channel: "slack",
      type: "order.created",
      correlationId: `corr-${u}`,
      tenantId: W,
      contactId: ids("platform.Contact").id,
      "target.slack.channel": "#ops",
      "payload.orderId": "o-1",
      status: "queued",
    },
    change: (doc) => (doc.correlationId = "corr-changed-by-mongoose"),
    create: (s) => ({
      channel: "email",
      type: "invoice.sent",
      correlationId: s === "m" ? `corr-m-${u}` : `corr-mgone-${u}`,
      tenantId: W,
      contactId: ids("platform.Contact").id,
      target: { email: { to: "ada@example.com" } },
      payload: { invoice: "i-1" },
    }),
    grpcChanged: { correlationId: "corr-changed-by-grpc" },
  },
  "knowledge.User": {
    model: Kn.User,
    select: "+password +refreshToken",
    grpcWrote: {
      email: `grpc-${u}@example.com`,
      name: "Grpc Ada",
      status: "active",
      role: "user",
    },
    // The seed's method on Modelstore's hash (bcrypt at cost 12 in plain JavaScript takes
    // a second or more: one compare; a wrong password is refused by bcrypt, not by us).
    check: async (doc) => assert.ok(await doc.comparePassword(`grpc-pa55-${u}`), "comparePassword"),
    change: (doc) => (doc.name = "Renamed By Mongoose"),
    create: (s) => ({
      email: ` Mongoose-${s === "m" ? "" : "gone-"}${u}@Example.com `,
      password: `mongoose-pa55-${u}`,
      name: " Mongoose Ada ",
    }),
    grpcChanged: { name: "Renamed By Grpc" },
  },
  "knowledge.NotionWorkspace": {
    model: Kn.NotionWorkspace,
    select: "+accessToken +refreshToken",
    grpcWrote: {
      _id: K,
      workspaceId: `notion-${u}`,
      workspaceName: "grpc wiki",
      owner: ids("knowledge.User").id,
      "members.0.user": ids("knowledge.User").id,
      "members.0.role": "admin",
      "members.0.status": "active",
      "members.0.permissions": {
        canQuery: true,
        canViewSources: true,
        canInvite: false,
        canManageSync: false,
        canEditSettings: false,
      },
      syncStatus: "idle",
      "syncSchedule.enabled": true,
      "syncSchedule.intervalHours": 24,
      stats: { totalPages: 0, totalDatabases: 0, totalDocuments: 0, errorCount: 0 },
    },
    check: (doc) => {
      assert.ok(doc.members[0]._id, "the member sub-document has its _id");
      assert.equal(doc.getDecryptedToken(), `secret_notion_grpc_${u}`);
    },
    change: (doc) => (doc.workspaceName = "renamed by mongoose"),
    create: (s) => ({
      workspaceId: s === "m" ? `notion-m-${u}` : `notion-mgone-${u}`,
      workspaceName: "mongoose wiki",
      owner: ids("knowledge.User").id,
      members: [{ user: ids("knowledge.User").id, role: "admin" }],
      accessToken: `secret_notion_${s}_${u}`,
    }),
    grpcChanged: { workspaceName: "renamed by grpc" },
  },
  "knowledge.Conversation": {
    model: Kn.Conversation,
    grpcWrote: {
      workspaceId: K,
      userId: ids("knowledge.User").id,
      title: "New Conversation",
      status: "active",
      "metadata.intents": ["search"],
    },
    // Its two gRPC messages are still there: the Message case runs after this one.
    check: async (doc) => {
      await doc.populate("messages");
      assert.equal(doc.messages.length, 2, "the messages virtual finds its messages");
    },
    change: (doc) => (doc.title = "renamed by mongoose"),
    create: () => ({ workspaceId: K, userId: ids("knowledge.User").id, title: "mongoose chat" }),
    grpcChanged: { title: "renamed by grpc" },
  },
  "knowledge.Message": {
    model: Kn.Message,
    grpcWrote: {
      conversationId: ids("knowledge.Conversation").id,
      role: "assistant",
      content: "grpc answer",
      "metadata.sources.0.sourceNumber": 1,
      "metadata.sources.0.title": "Intro",
      "metadata.confidence": 0.9,
      "metadata.citedSources": [1],
    },
    check: (doc) => assert.ok(doc.metadata.sources[0]._id, "the source has its _id"),
    change: (doc) => (doc.content = "changed by mongoose"),
    // As the seed app writes it: no workspaceId (the model has none).
    create: () => ({
      conversationId: ids("knowledge.Conversation").id,
      role: "user",
      content: "mongoose question",
    }),
    grpcChanged: { content: "changed by grpc" },
  },
  "knowledge.DocumentSource": {
    model: Kn.DocumentSource,
    grpcWrote: {
      workspaceId: K,
      sourceType: "notion",
      sourceId: `page-${u}`,
      documentType: "page",
      title: "Intro",
      contentHash: `sha-${u}`,
      syncStatus: "pending",
      chunkCount: 0,
      vectorStoreIds: ["v1"],
      "metadata.author": "ada",
      "metadata.properties": { tag: "x" },
    },
    change: (doc) => (doc.title = "renamed by mongoose"),
    create: (s) => ({
      workspaceId: K,
      sourceId: `page-${s}-${u}`,
      title: "Mongoose page",
      contentHash: `sha-${s}-${u}`,
    }),
    grpcChanged: { title: "renamed by grpc" },
  },
  "knowledge.SyncJob": {
    model: Kn.SyncJob,
    grpcWrote: {
      jobId: `job-${u}`,
      workspaceId: K,
      jobType: "full_sync",
      status: "queued",
      triggeredBy: "manual",
      "progress.totalDocuments": 10,
      "results.documentsAdded": 1,
      "results.errors.0.documentId": "d1",
      retryCount: 0,
    },
    check: (doc) => assert.ok(doc.results.errors[0]._id, "the error has its _id"),
    change: (doc) => (doc.retryCount = 3),
    create: (s) => ({
      jobId: `job-${s}-${u}`,
      workspaceId: K,
      jobType: "incremental_sync",
      startedAt: new Date(),
    }),
    grpcChanged: { retryCount: 5 },
  },
  "knowledge.Analytics": {
    model: Kn.Analytics,
    grpcWrote: {
      workspaceId: K,
      eventType: "query",
      "data.query": "what is x",
      "data.confidence": 0.8,
      "data.userId": ids("knowledge.User").id,
      "data.conversationId": ids("knowledge.Conversation").id,
    },
    change: (doc) => (doc.data.query = "changed by mongoose"),
    create: () => ({ workspaceId: K, eventType: "login", data: { userId: ids("knowledge.User").id } }),
    // Events are immutable through gRPC: `m` reads back as Mongoose wrote it.
    grpcChanged: { eventType: "login", "data.userId": ids("knowledge.User").id },
  },
};

if (phase === "grpc-wrote") {
  for (const [entity, spec] of Object.entries(SPECS)) {
    test(`${entity} written through gRPC: read, validated, found by each index, changed and deleted by Mongoose`, async () => {
      const { id, goneId } = ids(entity);
      const doc = await spec.model.findById(id).select(spec.select ?? "");
      assert.ok(doc, `${entity} ${id} not found by findById`);
      await assertValid(doc, entity);
      assertFields(doc, spec.grpcWrote, entity);
      await spec.check?.(doc);
      await assertFoundByEveryIndex(spec.model, doc, entity);
      spec.change(doc);
      await doc.save();
      const gone = await spec.model.findById(goneId).select(spec.select ?? "");
      assert.ok(gone, `${entity} ${goneId} not found by findById`);
      await assertValid(gone, `${entity} (the second)`);
      assert.equal((await spec.model.deleteOne({ _id: goneId })).deletedCount, 1);
    });
  }
  for (const [entity, spec] of Object.entries(SPECS)) {
    test(`${entity} written by Mongoose`, async () => {
      const m = await new spec.model(spec.create("m")).save();
      const mgone = await new spec.model(spec.create("mgone")).save();
      out[entity] = { id: String(m._id), goneId: String(mgone._id) };
    });
  }
  test("the indexes the seeds declare are Modelstore's, but for the listed differences", async () => {
    const missing = {};
    for (const [entity, spec] of Object.entries(SPECS)) {
      const { toCreate } = await spec.model.diffIndexes();
      if (toCreate.length) missing[entity] = toCreate;
    }
    // docs/storage.md ("Stored shape against the seeds", indexes) gives each one's reason.
    assert.deepEqual(missing, {
      // unique per workspace ({workspaceId, username}: docs/decisions.md)
      "platform.User": [{ username: 1 }],
      // served by the prefix of a compound index Modelstore has ({workspaceId, ...})
      "knowledge.Conversation": [{ workspaceId: 1 }],
      "knowledge.DocumentSource": [{ workspaceId: 1 }],
      // the same, and the seed's plain {timestamp: 1} beside its TTL index on that key,
      // which MongoDB refuses (one index per key pattern): the TTL index is kept
      "knowledge.Analytics": [{ workspaceId: 1 }, { timestamp: 1 }],
    });
  });
} else {
  for (const [entity, spec] of Object.entries(SPECS)) {
    test(`${entity} written by Mongoose: gRPC's change read by Mongoose, gRPC's delete seen`, async () => {
      const mine = given.mongoose[entity];
      assert.ok(mine, `${entity}: Mongoose wrote nothing in the first phase`);
      const doc = await spec.model.findById(mine.id).select(spec.select ?? "");
      assert.ok(doc, `${entity} ${mine.id} not found by findById`);
      await assertValid(doc, entity);
      assertFields(doc, spec.grpcChanged, entity);
      assert.equal(doc.get("__v"), 0, `${entity}: the version key Mongoose wrote is kept`);
      assert.equal(await spec.model.findById(mine.goneId), null, `${entity}: deleted through gRPC`);
    });
  }
}
