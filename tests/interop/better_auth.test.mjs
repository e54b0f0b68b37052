// better-auth 1.7 with its MongoDB adapter on the database a real `modelstore serve` uses
// (seed 003: user, session, account, verification), run by test_better_auth.py, which
// does the gRPC half before and after. It passes in what it wrote through gRPC
// (INTEROP_GIVEN, JSON) and reads back what better-auth wrote here (INTEROP_OUT).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { after, test } from "node:test";

import { mongodbAdapter } from "@better-auth/mongo-adapter";
import { betterAuth } from "better-auth";
import { MongoClient } from "mongodb";

const given = JSON.parse(readFileSync(process.env.INTEROP_GIVEN, "utf8"));
const out = {};
const client = new MongoClient(process.env.MONGODB_URI);
after(async () => {
  writeFileSync(process.env.INTEROP_OUT, JSON.stringify(out));
  await client.close();
});

const auth = betterAuth({
  // A fixed test secret: it signs better-auth's cookies, nothing Modelstore reads.
  secret: "interop-test-secret-not-for-production-0123456789",
  baseURL: "http://127.0.0.1:3000",
  // No `client`: FerretDB on DocumentDB has no multi-document transactions.
  database: mongodbAdapter(client.db(process.env.MODELSTORE_DATABASE)),
  emailAndPassword: { enabled: true },
  // better-auth's collections mapped onto Modelstore's (the protos' `collection`).
  user: { modelName: "auth.users" },
  session: { modelName: "auth.sessions" },
  account: { modelName: "auth.accounts" },
  verification: { modelName: "auth.verifications" },
  // String ids, as Modelstore's auth entities declare: with a generateId function the
  // adapter stores ids and references as given instead of as ObjectIds.
  advanced: { database: { generateId: () => randomUUID() } },
  telemetry: { enabled: false },
});

test("a user created through gRPC signs in through better-auth", async () => {
  const res = await auth.api.signInEmail({
    body: { email: given.grpcUser.email, password: given.grpcUser.password },
  });
  assert.equal(res.user.id, given.grpcUser.id);
  assert.ok(res.token);
  out.grpcUserSignInToken = res.token;
  await assert.rejects(
    auth.api.signInEmail({ body: { email: given.grpcUser.email, password: "wrong-password" } }),
  );
});

test("better-auth's email sign-up is stored where Modelstore reads it", async () => {
  const res = await auth.api.signUpEmail({
    body: { name: "Better Ada", email: given.signUpEmail, password: given.signUpPassword },
  });
  assert.ok(res.token, "sign-up signs in");
  out.signUp = { userId: res.user.id, token: res.token };
});

test("a verification written through gRPC is found by better-auth", async () => {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findVerificationValue(given.grpcVerification.identifier);
  assert.ok(found);
  assert.equal(found.value, given.grpcVerification.value);
  assert.ok(found.expiresAt > new Date());
});

test("a verification written by better-auth", async () => {
  const ctx = await auth.$context;
  const identifier = `reset-password:${randomUUID()}`;
  const value = randomUUID();
  await ctx.internalAdapter.createVerificationValue({
    identifier,
    value,
    expiresAt: new Date(Date.now() + 10 * 60 * 1000),
  });
  out.verification = { identifier, value };
});

test("a session created through gRPC is not usable by better-auth (its token is hashed)", async () => {
  const ctx = await auth.$context;
  assert.equal(await ctx.internalAdapter.findSession(given.grpcSession.token), null);
});
