// The seed app's side of encrypted fields (issue 17, point 5), run by test_seed_crypto.py
// in three phases against the database a real `modelstore serve` uses. The keyring is the
// operator's, in Modelstore's own variables (MODELSTORE_ENCRYPTION_KEYS / _KEY_ID); what
// gRPC wrote comes in INTEROP_GIVEN (JSON), what this wrote goes out in INTEROP_OUT.
//
// - first (key k1): a token Modelstore encrypted opens with getDecryptedToken, and so does
//   one stored in the format before; the seed app creates a workspace with its own
//   encrypted token, raw, for Modelstore to open;
// - second (k1 and k2, primary k2): values of both keys open; the seed app re-encrypts a
//   token (a Mongoose save of a modified `accessToken`): under k2;
// - third (after `modelstore rotate-keys`, k2 only): every value opens without k1.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { after, test } from "node:test";

import { MongoClient, ObjectId } from "mongodb";

import { decrypt, encrypt, isEncrypted, loadKeyring, placeOf } from "./seed_crypto.mjs";

const given = JSON.parse(readFileSync(process.env.INTEROP_GIVEN, "utf8"));
const phase = process.env.INTEROP_PHASE;
const out = {};
const client = new MongoClient(process.env.MONGODB_URI);
const workspaces = client.db(process.env.MODELSTORE_DATABASE).collection("knowledge.notion_workspaces");
after(async () => {
  writeFileSync(process.env.INTEROP_OUT, JSON.stringify(out));
  await client.close();
});

const keyring = loadKeyring(process.env);
const place = (doc) => placeOf("knowledge.notion_workspaces", doc._id, "access_token");

// Seed 001's `notionWorkspaceSchema.methods.getDecryptedToken`, on a raw document.
function getDecryptedToken(doc) {
  return decrypt(keyring, doc.accessToken, place(doc));
}

async function stored(id) {
  // `accessToken` is `select: false` in the seed's schema: asked for by name.
  const doc = await workspaces.findOne({ _id: new ObjectId(id) }, { projection: { accessToken: 1 } });
  assert.ok(doc, `workspace ${id} is stored`);
  return doc;
}

async function opensAll(tokens) {
  for (const [id, token] of Object.entries(tokens)) {
    const doc = await stored(id);
    assert.ok(isEncrypted(doc.accessToken), "stored encrypted, never in plaintext");
    assert.equal(getDecryptedToken(doc), token);
    // Bound to its place: the same value in another document does not open.
    assert.throws(() => decrypt(keyring, doc.accessToken, placeOf("knowledge.notion_workspaces", `${id}-x`, "access_token")));
  }
}

if (phase === "first") {
  test("a token Modelstore encrypted opens with getDecryptedToken", async () => {
    const doc = await stored(given.grpcWorkspace);
    assert.match(doc.accessToken, /^aes256gcm:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    assert.equal(getDecryptedToken(doc), given.tokens[given.grpcWorkspace]);
  });

  test("a token stored in Modelstore's format before opens too", async () => {
    const doc = await stored(given.legacyWorkspace);
    assert.equal(typeof doc.accessToken, "object");
    assert.equal(getDecryptedToken(doc), given.tokens[given.legacyWorkspace]);
  });

  test("the seed app stores a workspace with a token it encrypted", async () => {
    const id = given.nodeWorkspace;
    const doc = {
      _id: new ObjectId(id), // as Mongoose stores the seed's `_id`
      workspaceId: `notion-${id}`,
      workspaceName: "Seed App Wiki",
      owner: given.owner,
      members: [],
      syncStatus: "idle",
      syncSchedule: { enabled: true, intervalHours: 24 },
      stats: { totalPages: 0, totalDatabases: 0, totalDocuments: 0, errorCount: 0 },
      createdAt: new Date(),
    };
    // The seed's pre-save hook: encrypt a modified accessToken.
    doc.accessToken = encrypt(keyring, given.nodeToken, place(doc));
    assert.ok(doc.accessToken.startsWith("aes256gcm:k1:"));
    assert.ok(!doc.accessToken.includes(given.nodeToken));
    await workspaces.insertOne(doc);
  });
} else if (phase === "second") {
  test("values of the old and the new key open", async () => {
    const doc = await stored(given.rotatedWorkspace);
    assert.ok(doc.accessToken.startsWith("aes256gcm:k2:"), "new writes use the primary");
    const old = await stored(given.grpcWorkspace);
    assert.ok(old.accessToken.startsWith("aes256gcm:k1:"), "not rotated yet");
    await opensAll(given.tokens);
  });

  test("the seed app re-encrypts a token under the primary key", async () => {
    const id = given.nodeWorkspace;
    const accessToken = encrypt(keyring, given.nodeToken2, placeOf("knowledge.notion_workspaces", id, "access_token"));
    assert.ok(accessToken.startsWith("aes256gcm:k2:"));
    // What a Mongoose save of the modified path sends.
    const res = await workspaces.updateOne({ _id: new ObjectId(id) }, { $set: { accessToken } });
    assert.equal(res.modifiedCount, 1);
  });
} else if (phase === "third") {
  test("after rotate-keys every value opens under the new key alone", async () => {
    assert.deepEqual([...keyring.keys.keys()], ["k2"]);
    for (const id of Object.keys(given.tokens)) {
      assert.ok((await stored(id)).accessToken.startsWith("aes256gcm:k2:"), id);
    }
    await opensAll(given.tokens);
  });
} else {
  throw new Error(`INTEROP_PHASE must be first, second or third, not ${phase}`);
}
