/**
 * The `reason` of the `google.rpc.ErrorInfo` attached to every error status.
 * The ErrorInfo `domain` is always `modelstore.dev`, and `reason` is the
 * value name without the `ERROR_REASON_` prefix, for example
 * `ALREADY_EXISTS_UNIQUE`. Clients switch on the reason, never on the
 * message text.
 */
export declare enum ErrorReason {
    /** ERROR_REASON_UNSPECIFIED - Never sent. */
    ERROR_REASON_UNSPECIFIED = 0,
    /**
     * ERROR_REASON_INVALID_FIELD - A field of the request broke a validation rule; BadRequest lists the
     * field violations. Code INVALID_ARGUMENT.
     */
    ERROR_REASON_INVALID_FIELD = 1,
    /**
     * ERROR_REASON_INVALID_FILTER - The `filter` could not be parsed or names an unknown, secret or
     * wrongly-typed field. Code INVALID_ARGUMENT.
     */
    ERROR_REASON_INVALID_FILTER = 2,
    /**
     * ERROR_REASON_INVALID_ORDER_BY - The `order_by` names an unknown or unsortable field. Code
     * INVALID_ARGUMENT.
     */
    ERROR_REASON_INVALID_ORDER_BY = 3,
    /**
     * ERROR_REASON_INVALID_FIELD_MASK - The `update_mask` or `read_mask` names an unknown, output-only or
     * immutable field. Code INVALID_ARGUMENT.
     */
    ERROR_REASON_INVALID_FIELD_MASK = 4,
    /**
     * ERROR_REASON_INVALID_PAGE_TOKEN - The `page_token` is malformed or was issued for another filter, order
     * or tenant. Code INVALID_ARGUMENT.
     */
    ERROR_REASON_INVALID_PAGE_TOKEN = 5,
    /** ERROR_REASON_INVALID_PAGE_SIZE - The `page_size` is negative. Code INVALID_ARGUMENT. */
    ERROR_REASON_INVALID_PAGE_SIZE = 6,
    /** ERROR_REASON_NOT_FOUND - No entity has the id, or it belongs to another tenant. Code NOT_FOUND. */
    ERROR_REASON_NOT_FOUND = 7,
    /** ERROR_REASON_ALREADY_EXISTS_ID - An entity with the same id exists. Code ALREADY_EXISTS. */
    ERROR_REASON_ALREADY_EXISTS_ID = 8,
    /**
     * ERROR_REASON_ALREADY_EXISTS_UNIQUE - A unique index rejected the write; the metadata key `fields` names the
     * fields of the index. Code ALREADY_EXISTS.
     */
    ERROR_REASON_ALREADY_EXISTS_UNIQUE = 9,
    /** ERROR_REASON_ETAG_MISMATCH - The request's etag does not match the stored entity. Code ABORTED. */
    ERROR_REASON_ETAG_MISMATCH = 10,
    /** ERROR_REASON_REFERENCE_MISSING - A referenced entity does not exist. Code FAILED_PRECONDITION. */
    ERROR_REASON_REFERENCE_MISSING = 11,
    /**
     * ERROR_REASON_INVALID_STATE - The entity's state does not allow the operation. Code
     * FAILED_PRECONDITION.
     */
    ERROR_REASON_INVALID_STATE = 12,
    /** ERROR_REASON_TENANT_REQUIRED - The `x-tenant-id` header is required. Code FAILED_PRECONDITION. */
    ERROR_REASON_TENANT_REQUIRED = 13,
    /**
     * ERROR_REASON_TENANT_MISMATCH - The request names a tenant other than the caller's. Code
     * PERMISSION_DENIED.
     */
    ERROR_REASON_TENANT_MISMATCH = 14,
    /** ERROR_REASON_PERMISSION_DENIED - The caller lacks a right the RPC needs. Code PERMISSION_DENIED. */
    ERROR_REASON_PERMISSION_DENIED = 15,
    /** ERROR_REASON_UNAUTHENTICATED - The caller sent no credentials or unknown ones. Code UNAUTHENTICATED. */
    ERROR_REASON_UNAUTHENTICATED = 16,
    /**
     * ERROR_REASON_DATABASE_UNAVAILABLE - The database cannot be reached; the call is safe to retry. Code
     * UNAVAILABLE.
     */
    ERROR_REASON_DATABASE_UNAVAILABLE = 17,
    /**
     * ERROR_REASON_LIMIT_EXCEEDED - A request limit was exceeded. Code RESOURCE_EXHAUSTED or
     * INVALID_ARGUMENT.
     */
    ERROR_REASON_LIMIT_EXCEEDED = 18,
    /**
     * ERROR_REASON_REQUEST_ID_REUSED - The `request_id` was already used for a different request. Code
     * INVALID_ARGUMENT.
     */
    ERROR_REASON_REQUEST_ID_REUSED = 19,
    /**
     * ERROR_REASON_STILL_REFERENCED - The entity is still referenced by others and the request did not set
     * `force`. Code FAILED_PRECONDITION.
     */
    ERROR_REASON_STILL_REFERENCED = 20,
    /** ERROR_REASON_INTERNAL - A bug in the server. Code INTERNAL. */
    ERROR_REASON_INTERNAL = 21,
    /**
     * ERROR_REASON_DEADLINE_EXCEEDED - The deadline passed before the operation finished. Code
     * DEADLINE_EXCEEDED.
     */
    ERROR_REASON_DEADLINE_EXCEEDED = 22,
    /**
     * ERROR_REASON_CREDENTIALS_MISMATCH - The operation's credentials do not match, for example a wrong password
     * or secret given to a Verify RPC that reports errors. Code
     * FAILED_PRECONDITION.
     */
    ERROR_REASON_CREDENTIALS_MISMATCH = 23,
    UNRECOGNIZED = -1
}
export declare function errorReasonFromJSON(object: any): ErrorReason;
export declare function errorReasonToJSON(object: ErrorReason): string;
