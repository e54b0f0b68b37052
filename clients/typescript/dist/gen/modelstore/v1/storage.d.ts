import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
/**
 * How a write-only secret is stored. The plaintext is never stored,
 * returned or logged.
 */
export declare enum SecretAlgorithm {
    /** SECRET_ALGORITHM_UNSPECIFIED - Not a secret. */
    SECRET_ALGORITHM_UNSPECIFIED = 0,
    /** SECRET_ALGORITHM_SCRYPT - scrypt (RFC 7914) with a random 16-byte salt stored beside the hash. */
    SECRET_ALGORITHM_SCRYPT = 1,
    /** SECRET_ALGORITHM_BCRYPT - bcrypt at cost 12, the form the knowledge seed's services expect. */
    SECRET_ALGORITHM_BCRYPT = 2,
    UNRECOGNIZED = -1
}
export declare function secretAlgorithmFromJSON(object: any): SecretAlgorithm;
export declare function secretAlgorithmToJSON(object: SecretAlgorithm): string;
/** What happens to referring entities when the entity they refer to is deleted. */
export declare enum ReferenceAction {
    /** REFERENCE_ACTION_UNSPECIFIED - The default: RESTRICT. */
    REFERENCE_ACTION_UNSPECIFIED = 0,
    /**
     * REFERENCE_ACTION_RESTRICT - The delete fails with FAILED_PRECONDITION (STILL_REFERENCED) while any
     * entity refers to it, unless the Delete request sets `force`, which then
     * deletes the referring entities too.
     */
    REFERENCE_ACTION_RESTRICT = 1,
    /** REFERENCE_ACTION_CASCADE - Referring entities are deleted with it (the seeds' `onDelete: cascade`). */
    REFERENCE_ACTION_CASCADE = 2,
    UNRECOGNIZED = -1
}
export declare function referenceActionFromJSON(object: any): ReferenceAction;
export declare function referenceActionToJSON(object: ReferenceAction): string;
/** A right an RPC requires of its caller (docs/security.md). */
export declare enum Access {
    /** ACCESS_UNSPECIFIED - Not set: standard reads need READ, every other RPC needs WRITE. */
    ACCESS_UNSPECIFIED = 0,
    /** ACCESS_READ - Reads data. */
    ACCESS_READ = 1,
    /** ACCESS_WRITE - Changes data. */
    ACCESS_WRITE = 2,
    /** ACCESS_READ_SECRETS - Returns a decrypted credential or a new secret. */
    ACCESS_READ_SECRETS = 3,
    UNRECOGNIZED = -1
}
export declare function accessFromJSON(object: any): Access;
export declare function accessToJSON(object: Access): string;
/**
 * How an entity message is stored. The server reads this option from the
 * descriptor at start-up: adding an entity means writing its proto, never
 * copying a handler.
 */
export interface StorageOptions {
    /**
     * Required. The MongoDB collection, `<domain>.<plural in snake_case>`,
     * for example `platform.workspaces`.
     */
    collection: string;
    /**
     * The snake_case name of the field that holds the tenant id, for example
     * `workspace_id` or `tenant_id`. `id` marks the tenant entity itself
     * (a platform Workspace is its own tenant). Empty for global entities.
     */
    tenantField: string;
    /** The secondary indexes of the collection. `_id` is always indexed. */
    indexes: IndexSpec[];
    /**
     * The snake_case name of a bool field that implements soft delete
     * (AIP-164): Delete sets it to false, Undelete sets it back to true, and
     * List hides documents where it is false unless `show_deleted` is set.
     * Empty when deletes are hard.
     */
    softDeleteField: string;
}
/** One index of a collection. */
export interface IndexSpec {
    /**
     * The index name. When empty the server derives MongoDB's default name
     * (`field_1_other_-1`).
     */
    name: string;
    /** Required. The keys of the index, in order. */
    keys: IndexKey[];
    /** Whether the index rejects duplicate key values. */
    unique: boolean;
    /**
     * "Unique when present": the index covers only documents that have every
     * key field (a MongoDB partial index with `$exists: true`). Documents
     * without the field never conflict with each other.
     */
    onlyWhenPresent: boolean;
    /**
     * When greater than zero this is a TTL index on its single date key:
     * documents expire this many seconds after the key's value. Expired
     * documents are never returned as live, even before MongoDB's TTL monitor
     * (or the server's sweep, where the database has no TTL indexes) has
     * removed them.
     */
    expireAfterSeconds: string;
}
/** One key of an index. */
export interface IndexKey {
    /**
     * Required. The snake_case field path, for example `workspace_id` or
     * `metadata.parent_id`.
     */
    field: string;
    /** Whether the key is sorted in descending order. */
    descending: boolean;
}
/** The storage rules of a write-only secret field. */
export interface SecretOptions {
    /** Required. The hash algorithm. */
    algorithm: SecretAlgorithm;
    /**
     * The document key of the hash. Defaults to `<jsonName>Hash`; a bcrypt
     * hash may be stored under the field's own key, as Mongoose models do.
     */
    hashKey: string;
    /**
     * The document key of the salt, for algorithms that keep it apart from
     * the hash. Defaults to `<jsonName>Salt`.
     */
    saltKey: string;
}
/** Per-field storage and validation rules. */
export interface FieldRules {
    /**
     * A write-only secret: accepted on create and update, stored only as a
     * salted hash, never returned.
     */
    secret?: SecretOptions | undefined;
    /**
     * Encrypted at rest with AES-256-GCM under the configured active key id.
     * Encrypted fields are write-only in standard methods and are returned in
     * plaintext only by the entity's dedicated secret RPC.
     */
    encrypted: boolean;
    /**
     * The value used on create when the field is left unset, written as text:
     * `true`, `24`, `New Conversation`, an enum's stored value (`active`) or
     * `now` for a timestamp.
     */
    defaultValue: string;
    /** The string must be a valid email address. */
    email: boolean;
    /** Minimum length of a string, in characters, when it is set. */
    minLen: number;
    /** Maximum length of a string, in characters. */
    maxLen: number;
    /** Leading and trailing whitespace is removed before validation and storage. */
    trim: boolean;
    /** The string is lowercased before validation and storage. */
    lowercase: boolean;
    /**
     * The full message name of the entity this field refers to by id, for
     * example `modelstore.platform.v1.Workspace`.
     */
    references: string;
    /** Minimum value of a number field, inclusive. */
    gte?: number | undefined;
    /**
     * What deleting the referenced entity does to entities that refer to it
     * through this field. Only meaningful together with `references`.
     */
    onDelete: ReferenceAction;
}
/** Options of an enum value. */
export interface EnumValueRules {
    /**
     * The string stored in documents. Defaults to the value name without the
     * enum's prefix, lowercased: `WORKSPACE_STATUS_ACTIVE` is stored as
     * `active`.
     */
    storedValue: string;
}
/** Options of an RPC. */
export interface MethodRules {
    /**
     * The rights the caller must hold, all of them. Empty means the default of
     * ACCESS_UNSPECIFIED.
     */
    requires: Access[];
}
export declare const StorageOptions: MessageFns<StorageOptions>;
export declare const IndexSpec: MessageFns<IndexSpec>;
export declare const IndexKey: MessageFns<IndexKey>;
export declare const SecretOptions: MessageFns<SecretOptions>;
export declare const FieldRules: MessageFns<FieldRules>;
export declare const EnumValueRules: MessageFns<EnumValueRules>;
export declare const MethodRules: MessageFns<MethodRules>;
type Builtin = Date | Function | Uint8Array | string | number | boolean | undefined;
type DeepPartial<T> = T extends Builtin ? T : T extends globalThis.Array<infer U> ? globalThis.Array<DeepPartial<U>> : T extends ReadonlyArray<infer U> ? ReadonlyArray<DeepPartial<U>> : T extends {} ? {
    [K in keyof T]?: DeepPartial<T[K]>;
} : Partial<T>;
type KeysOfUnion<T> = T extends T ? keyof T : never;
type Exact<P, I extends P> = P extends Builtin ? P : P & {
    [K in keyof P]: Exact<P[K], I[K]>;
} & {
    [K in Exclude<keyof I, KeysOfUnion<P>>]: never;
};
interface MessageFns<T> {
    encode(message: T, writer?: BinaryWriter): BinaryWriter;
    decode(input: BinaryReader | Uint8Array, length?: number): T;
    fromJSON(object: any): T;
    toJSON(message: T): unknown;
    create<I extends Exact<DeepPartial<T>, I>>(base?: I): T;
    fromPartial<I extends Exact<DeepPartial<T>, I>>(object: I): T;
}
export {};
