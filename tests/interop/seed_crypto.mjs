// The seed apps' `encrypt()` / `getDecryptedToken()` for the fields Modelstore encrypts,
// in Modelstore's stored format, with node:crypto alone (no package). A reference for a
// seed app that shares Modelstore's collections (docs/security.md, "Encrypted fields"),
// and the Node half of tests/interop/test_seed_crypto.py.
//
// The stored value is one string:
//
//     aes256gcm:<key id>:<iv>:<tag>:<ciphertext>
//
// AES-256-GCM under the keyring's 32-byte key of that id; iv (12 bytes), tag (16 bytes)
// and ciphertext in unpadded base64url; the associated data is the UTF-8 of
// `<collection>\0<document id>\0<field>` (the field's proto name, for example
// `knowledge.notion_workspaces`, the workspace's id as the API spells it, `access_token`),
// so a value copied into another document or field does not decrypt. Values Modelstore
// stored before this format, `{keyId, nonce, ciphertext}` (binary, the tag at the end of
// the ciphertext, the same associated data), are read too.
//
// The keyring is the one the operator gives Modelstore: MODELSTORE_ENCRYPTION_KEYS
// (`id:base64key,...`) and MODELSTORE_ENCRYPTION_KEY_ID (the primary, by default the last
// key). New values use the primary; a value names its key, so older keys decrypt for as
// long as they are configured (`modelstore rotate-keys` moves every value to the primary).
//
// Usage, seed 001's NotionWorkspace (its pre-save hook and method, bound to the place):
//
//     import { loadKeyring, placeOf, encrypt, decrypt } from "./seed_crypto.mjs";
//     const keyring = loadKeyring(process.env);
//     const place = (doc) => placeOf("knowledge.notion_workspaces", doc._id, "access_token");
//     notionWorkspaceSchema.pre("save", function (next) {
//       if (this.isModified("accessToken")) {
//         this.accessToken = encrypt(keyring, this.accessToken, place(this));
//       }
//       next();
//     });
//     notionWorkspaceSchema.methods.getDecryptedToken = function () {
//       return decrypt(keyring, this.accessToken, place(this));
//     };
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export const FORMAT = "aes256gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Parse `id:base64key,...` into `{ keys: Map<id, Buffer>, primary }`. */
export function parseKeyring(spec, primary) {
  const keys = new Map();
  for (const part of spec.split(",")) {
    const entry = part.trim();
    if (!entry) continue;
    const colon = entry.indexOf(":");
    if (colon <= 0) throw new Error("each key must be written as id:base64");
    const id = entry.slice(0, colon).trim();
    const key = Buffer.from(entry.slice(colon + 1).trim(), "base64");
    if (key.length !== 32) throw new Error(`key ${JSON.stringify(id)} must be 32 bytes (AES-256)`);
    keys.set(id, key);
  }
  if (keys.size === 0) throw new Error("no encryption keys configured");
  const active = primary || [...keys.keys()].at(-1);
  if (!keys.has(active)) throw new Error(`primary key id ${JSON.stringify(active)} is not configured`);
  return { keys, primary: active };
}

/** The keyring of the environment Modelstore reads (MODELSTORE_ENCRYPTION_KEYS / _KEY_ID). */
export function loadKeyring(env = process.env) {
  if (!env.MODELSTORE_ENCRYPTION_KEYS) throw new Error("MODELSTORE_ENCRYPTION_KEYS is not set");
  return parseKeyring(env.MODELSTORE_ENCRYPTION_KEYS, env.MODELSTORE_ENCRYPTION_KEY_ID);
}

/** Where a value lives: its collection, its document's id (ObjectId or string) and field. */
export function placeOf(collection, id, field) {
  return { collection, id: String(id), field };
}

function aadOf(place) {
  return Buffer.from(`${place.collection}\0${place.id}\0${place.field}`, "utf8");
}

const b64 = (buf) => buf.toString("base64url");

/** Encrypt `plaintext` under the primary key, for `place`: the stored string. */
export function encrypt(keyring, plaintext, place) {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyring.keys.get(keyring.primary), iv);
  cipher.setAAD(aadOf(place));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [FORMAT, keyring.primary, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join(":");
}

/** Whether `value` is a stored encrypted value (either format), not a plaintext. */
export function isEncrypted(value) {
  if (typeof value === "string") return value.split(":").length === 5 && value.startsWith(`${FORMAT}:`);
  return value !== null && typeof value === "object" && "keyId" in value && "ciphertext" in value;
}

function bytesOf(value) {
  // The mongodb driver reads BSON binary as a `Binary` whose `buffer` holds the bytes.
  if (Buffer.isBuffer(value)) return value;
  if (value && value.buffer instanceof Uint8Array) return Buffer.from(value.buffer);
  throw new Error("the value is not an encrypted value");
}

function partsOf(stored) {
  if (typeof stored === "string") {
    const parts = stored.split(":");
    if (parts.length !== 5 || parts[0] !== FORMAT) throw new Error("the value is not an encrypted value");
    const [, keyId, iv, tag, ciphertext] = parts;
    return {
      keyId,
      iv: Buffer.from(iv, "base64url"),
      tag: Buffer.from(tag, "base64url"),
      ciphertext: Buffer.from(ciphertext, "base64url"),
    };
  }
  if (stored && typeof stored === "object") {
    const sealed = bytesOf(stored.ciphertext);
    return {
      keyId: String(stored.keyId),
      iv: bytesOf(stored.nonce),
      tag: sealed.subarray(sealed.length - TAG_BYTES),
      ciphertext: sealed.subarray(0, sealed.length - TAG_BYTES),
    };
  }
  throw new Error("the value is not an encrypted value");
}

/** Decrypt a stored value of `place` with the key it names. Throws if none opens it. */
export function decrypt(keyring, stored, place) {
  const { keyId, iv, tag, ciphertext } = partsOf(stored);
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error("the value was encrypted under a key id that is not configured");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error("the value is not an encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(aadOf(place));
  decipher.setAuthTag(tag);
  // `final()` throws when the tag does not match: a wrong key, place or a changed value.
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}
