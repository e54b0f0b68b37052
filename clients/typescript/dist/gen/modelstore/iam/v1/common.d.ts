/**
 * The reach of an iam record: the values of the `scopes` field that every
 * iam entity carries (the seed's common fields, for example
 * `["self", "tenant", "global"]`). Row-level security uses it to decide who
 * beyond the owner may see and use the record.
 */
export declare enum AccessScope {
    /** ACCESS_SCOPE_UNSPECIFIED - Not set; never stored. */
    ACCESS_SCOPE_UNSPECIFIED = 0,
    /**
     * ACCESS_SCOPE_SELF - The owning user only (`owner_user_id` where the record has one).
     * Stored as `self`.
     */
    ACCESS_SCOPE_SELF = 1,
    /** ACCESS_SCOPE_TENANT - Every user of the record's tenant. Stored as `tenant`. */
    ACCESS_SCOPE_TENANT = 2,
    /** ACCESS_SCOPE_GLOBAL - Every tenant. Stored as `global`. */
    ACCESS_SCOPE_GLOBAL = 3,
    UNRECOGNIZED = -1
}
export declare function accessScopeFromJSON(object: any): AccessScope;
export declare function accessScopeToJSON(object: AccessScope): string;
