import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import { type CallOptions, type ChannelCredentials, Client, type ClientOptions, type ClientUnaryCall, type handleUnaryCall, type Metadata, type ServiceError, type UntypedServiceImplementation } from "@grpc/grpc-js";
/** Where a document comes from. */
export declare enum DocumentSourceType {
    /** DOCUMENT_SOURCE_TYPE_UNSPECIFIED - Not set; a create that leaves it unset gets `NOTION`. */
    DOCUMENT_SOURCE_TYPE_UNSPECIFIED = 0,
    /** DOCUMENT_SOURCE_TYPE_NOTION - Notion. Stored as `notion`. */
    DOCUMENT_SOURCE_TYPE_NOTION = 1,
    /** DOCUMENT_SOURCE_TYPE_PDF - An uploaded PDF file. Stored as `pdf`. */
    DOCUMENT_SOURCE_TYPE_PDF = 2,
    /** DOCUMENT_SOURCE_TYPE_WEB - A web page. Stored as `web`. */
    DOCUMENT_SOURCE_TYPE_WEB = 3,
    UNRECOGNIZED = -1
}
export declare function documentSourceTypeFromJSON(object: any): DocumentSourceType;
export declare function documentSourceTypeToJSON(object: DocumentSourceType): string;
/** The kind of a synchronised document. */
export declare enum DocumentType {
    /** DOCUMENT_TYPE_UNSPECIFIED - Not set; a create that leaves it unset gets `PAGE`. */
    DOCUMENT_TYPE_UNSPECIFIED = 0,
    /** DOCUMENT_TYPE_PAGE - A page. Stored as `page`. */
    DOCUMENT_TYPE_PAGE = 1,
    /** DOCUMENT_TYPE_DATABASE - A database. Stored as `database`. */
    DOCUMENT_TYPE_DATABASE = 2,
    /** DOCUMENT_TYPE_FILE - A file. Stored as `file`. */
    DOCUMENT_TYPE_FILE = 3,
    UNRECOGNIZED = -1
}
export declare function documentTypeFromJSON(object: any): DocumentType;
export declare function documentTypeToJSON(object: DocumentType): string;
/** The indexing state of a document. */
export declare enum DocumentSourceSyncStatus {
    /** DOCUMENT_SOURCE_SYNC_STATUS_UNSPECIFIED - Not set; a create that leaves it unset gets `PENDING`. */
    DOCUMENT_SOURCE_SYNC_STATUS_UNSPECIFIED = 0,
    /** DOCUMENT_SOURCE_SYNC_STATUS_PENDING - Waiting to be indexed. Stored as `pending`. */
    DOCUMENT_SOURCE_SYNC_STATUS_PENDING = 1,
    /** DOCUMENT_SOURCE_SYNC_STATUS_INDEXED - Indexed and searchable. Stored as `indexed`. */
    DOCUMENT_SOURCE_SYNC_STATUS_INDEXED = 2,
    /** DOCUMENT_SOURCE_SYNC_STATUS_ERROR - Indexing failed; `error` says why. Stored as `error`. */
    DOCUMENT_SOURCE_SYNC_STATUS_ERROR = 3,
    /** DOCUMENT_SOURCE_SYNC_STATUS_DELETED - Deleted in its source; `deleted_at` says when. Stored as `deleted`. */
    DOCUMENT_SOURCE_SYNC_STATUS_DELETED = 4,
    UNRECOGNIZED = -1
}
export declare function documentSourceSyncStatusFromJSON(object: any): DocumentSourceSyncStatus;
export declare function documentSourceSyncStatusToJSON(object: DocumentSourceSyncStatus): string;
/**
 * A document synchronised from a source (a Notion page or database, a PDF,
 * a web page) and indexed for retrieval. Stored in
 * `knowledge.document_sources`, scoped to its workspace (`workspace_id`).
 */
export interface DocumentSource {
    /**
     * Immutable. The document source id, for example
     * `665f1c2e9b1d8a001234567c`. Chosen by the client on create, or generated
     * by the server as a UUID when empty.
     */
    id: string;
    /**
     * Required. Immutable. The id of the notion workspace (NotionWorkspace.id)
     * the document source belongs to; its tenant. A create that leaves it empty
     * takes the caller's `x-tenant-id`.
     */
    workspaceId: string;
    /** Where the document comes from. Defaults to `notion`. */
    sourceType: DocumentSourceType;
    /**
     * Required. The document's id in its source, for example a Notion page
     * id. Unique within the workspace.
     */
    sourceId: string;
    /** The kind of document. Defaults to `page`. */
    documentType: DocumentType;
    /** Required. The document title. */
    title: string;
    /** A link to the document in its source. */
    url: string;
    /**
     * A hash of the document content, used to skip unchanged documents, for
     * example a hex SHA-256.
     */
    contentHash: string;
    /** The indexing state. Defaults to `pending`. */
    syncStatus: DocumentSourceSyncStatus;
    /** The number of chunks the document was split into. Defaults to 0. */
    chunkCount: number;
    /** The ids of the document's chunks in the vector store (Qdrant). */
    vectorStoreIds: string[];
    /** When the document last changed in its source. */
    lastModifiedInSource?: Date | undefined;
    /** When the document was last indexed. */
    lastIndexedAt?: Date | undefined;
    /** Details of the document as reported by its source. */
    metadata?: DocumentSourceMetadata | undefined;
    /** The last indexing error; empty when the last attempt succeeded. */
    error?: DocumentSourceError | undefined;
    /**
     * Output only. When the document was marked deleted (`sync_status`
     * DELETED); set by the server together with the status.
     */
    deletedAt?: Date | undefined;
    /** Output only. When the document source was created. */
    createdAt?: Date | undefined;
    /** Output only. When the document source was last changed. */
    updatedAt?: Date | undefined;
    /**
     * Output only. Changes on every write; send it back on Update or Delete for
     * a conditional write.
     */
    etag: string;
}
/** Details of a document as reported by its source. */
export interface DocumentSourceMetadata {
    /** The author, as named by the source. */
    author: string;
    /**
     * When the document was created in its source (not the record's
     * `created_at`).
     */
    createdAt?: Date | undefined;
    /**
     * The source's own properties of the document, for example the column
     * values of a Notion database row.
     */
    properties?: {
        [key: string]: any;
    } | undefined;
    /** The id of the parent in the source, for example a Notion page id. */
    parentId: string;
    /** The kind of parent, for example `page`, `database` or `workspace`. */
    parentType: string;
}
/** The last indexing error of a document. */
export interface DocumentSourceError {
    /** What went wrong. */
    message: string;
    /** When it went wrong. */
    timestamp?: Date | undefined;
    /** How many times indexing has been retried. */
    retryCount: number;
}
/** The request of CreateDocumentSource. */
export interface CreateDocumentSourceRequest {
    /**
     * Required. The document source to create. `id` may be empty. An empty
     * `workspace_id` is taken from the `x-tenant-id` header.
     */
    documentSource?: DocumentSource | undefined;
    /**
     * An idempotency key (AIP-155), for example a UUID. A retried create with
     * the same key returns the first result instead of ALREADY_EXISTS.
     */
    requestId: string;
}
/** The response of CreateDocumentSource. */
export interface CreateDocumentSourceResponse {
    /** The created document source. */
    documentSource?: DocumentSource | undefined;
}
/** The request of GetDocumentSource. */
export interface GetDocumentSourceRequest {
    /** Required. The document source id. */
    id: string;
    /** The fields to return; all when empty. `id` is always returned. */
    readMask?: string[] | undefined;
}
/** The response of GetDocumentSource. */
export interface GetDocumentSourceResponse {
    /** The document source. */
    documentSource?: DocumentSource | undefined;
}
/** The request of ListDocumentSources. */
export interface ListDocumentSourcesRequest {
    /**
     * The maximum number of document sources to return: default 50, at most
     * 1000.
     */
    pageSize: number;
    /**
     * The `next_page_token` of a previous call with the same filter and
     * order_by.
     */
    pageToken: string;
    /**
     * An AIP-160 filter, for example `sync_status = ERROR AND source_type =
     * NOTION`.
     */
    filter: string;
    /**
     * A comma-separated list of fields, each optionally followed by `desc`, for
     * example `last_indexed_at desc`. `id` is always the last key.
     */
    orderBy: string;
}
/** The response of ListDocumentSources. */
export interface ListDocumentSourcesResponse {
    /** The page of document sources. */
    documentSources: DocumentSource[];
    /** The token of the next page; empty on the last page. */
    nextPageToken: string;
}
/** The request of UpdateDocumentSource. */
export interface UpdateDocumentSourceRequest {
    /**
     * Required. The document source with its `id`, and its `etag` for a
     * conditional write.
     */
    documentSource?: DocumentSource | undefined;
    /**
     * The fields to change. Absent means every field set in `document_source`;
     * `*` replaces the whole document source.
     */
    updateMask?: string[] | undefined;
    /** Create the document source when it does not exist. */
    allowMissing: boolean;
}
/** The response of UpdateDocumentSource. */
export interface UpdateDocumentSourceResponse {
    /** The updated document source. */
    documentSource?: DocumentSource | undefined;
}
/** The request of DeleteDocumentSource. */
export interface DeleteDocumentSourceRequest {
    /** Required. The document source id. */
    id: string;
    /** The current etag, for a conditional delete. */
    etag: string;
}
/** The response of DeleteDocumentSource. */
export interface DeleteDocumentSourceResponse {
}
/** The request of BatchGetDocumentSources. */
export interface BatchGetDocumentSourcesRequest {
    /** Required. The document source ids, at most 1000. */
    ids: string[];
    /** The fields to return; all when empty. */
    readMask?: string[] | undefined;
}
/** The response of BatchGetDocumentSources. */
export interface BatchGetDocumentSourcesResponse {
    /** The document sources, in the order of the request's ids. */
    documentSources: DocumentSource[];
}
/** The request of MarkDocumentSourceDeleted. */
export interface MarkDocumentSourceDeletedRequest {
    /** Required. The document source id. */
    id: string;
}
/** The response of MarkDocumentSourceDeleted. */
export interface MarkDocumentSourceDeletedResponse {
    /** The document source, marked deleted. */
    documentSource?: DocumentSource | undefined;
}
export declare const DocumentSource: MessageFns<DocumentSource>;
export declare const DocumentSourceMetadata: MessageFns<DocumentSourceMetadata>;
export declare const DocumentSourceError: MessageFns<DocumentSourceError>;
export declare const CreateDocumentSourceRequest: MessageFns<CreateDocumentSourceRequest>;
export declare const CreateDocumentSourceResponse: MessageFns<CreateDocumentSourceResponse>;
export declare const GetDocumentSourceRequest: MessageFns<GetDocumentSourceRequest>;
export declare const GetDocumentSourceResponse: MessageFns<GetDocumentSourceResponse>;
export declare const ListDocumentSourcesRequest: MessageFns<ListDocumentSourcesRequest>;
export declare const ListDocumentSourcesResponse: MessageFns<ListDocumentSourcesResponse>;
export declare const UpdateDocumentSourceRequest: MessageFns<UpdateDocumentSourceRequest>;
export declare const UpdateDocumentSourceResponse: MessageFns<UpdateDocumentSourceResponse>;
export declare const DeleteDocumentSourceRequest: MessageFns<DeleteDocumentSourceRequest>;
export declare const DeleteDocumentSourceResponse: MessageFns<DeleteDocumentSourceResponse>;
export declare const BatchGetDocumentSourcesRequest: MessageFns<BatchGetDocumentSourcesRequest>;
export declare const BatchGetDocumentSourcesResponse: MessageFns<BatchGetDocumentSourcesResponse>;
export declare const MarkDocumentSourceDeletedRequest: MessageFns<MarkDocumentSourceDeletedRequest>;
export declare const MarkDocumentSourceDeletedResponse: MessageFns<MarkDocumentSourceDeletedResponse>;
/** Manages the documents synchronised from sources. */
export type DocumentSourceServiceService = typeof DocumentSourceServiceService;
export declare const DocumentSourceServiceService: {
    /**
     * Creates a document source.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     */
    readonly createDocumentSource: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/CreateDocumentSource";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: CreateDocumentSourceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => CreateDocumentSourceRequest;
        readonly responseSerialize: (value: CreateDocumentSourceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => CreateDocumentSourceResponse;
    };
    /**
     * Gets a document source by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    readonly getDocumentSource: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/GetDocumentSource";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: GetDocumentSourceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => GetDocumentSourceRequest;
        readonly responseSerialize: (value: GetDocumentSourceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => GetDocumentSourceResponse;
    };
    /**
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    readonly listDocumentSources: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/ListDocumentSources";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: ListDocumentSourcesRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => ListDocumentSourcesRequest;
        readonly responseSerialize: (value: ListDocumentSourcesResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => ListDocumentSourcesResponse;
    };
    /**
     * Updates a document source.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     */
    readonly updateDocumentSource: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/UpdateDocumentSource";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: UpdateDocumentSourceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => UpdateDocumentSourceRequest;
        readonly responseSerialize: (value: UpdateDocumentSourceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => UpdateDocumentSourceResponse;
    };
    /**
     * Deletes a document source.
     *
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    readonly deleteDocumentSource: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/DeleteDocumentSource";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: DeleteDocumentSourceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => DeleteDocumentSourceRequest;
        readonly responseSerialize: (value: DeleteDocumentSourceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => DeleteDocumentSourceResponse;
    };
    /**
     * Gets several document sources by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    readonly batchGetDocumentSources: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/BatchGetDocumentSources";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: BatchGetDocumentSourcesRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => BatchGetDocumentSourcesRequest;
        readonly responseSerialize: (value: BatchGetDocumentSourcesResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => BatchGetDocumentSourcesResponse;
    };
    /**
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     *
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     */
    readonly markDocumentSourceDeleted: {
        readonly path: "/modelstore.knowledge.v1.DocumentSourceService/MarkDocumentSourceDeleted";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: MarkDocumentSourceDeletedRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => MarkDocumentSourceDeletedRequest;
        readonly responseSerialize: (value: MarkDocumentSourceDeletedResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => MarkDocumentSourceDeletedResponse;
    };
};
export interface DocumentSourceServiceServer extends UntypedServiceImplementation {
    /**
     * Creates a document source.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     */
    createDocumentSource: handleUnaryCall<CreateDocumentSourceRequest, CreateDocumentSourceResponse>;
    /**
     * Gets a document source by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    getDocumentSource: handleUnaryCall<GetDocumentSourceRequest, GetDocumentSourceResponse>;
    /**
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    listDocumentSources: handleUnaryCall<ListDocumentSourcesRequest, ListDocumentSourcesResponse>;
    /**
     * Updates a document source.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     */
    updateDocumentSource: handleUnaryCall<UpdateDocumentSourceRequest, UpdateDocumentSourceResponse>;
    /**
     * Deletes a document source.
     *
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    deleteDocumentSource: handleUnaryCall<DeleteDocumentSourceRequest, DeleteDocumentSourceResponse>;
    /**
     * Gets several document sources by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    batchGetDocumentSources: handleUnaryCall<BatchGetDocumentSourcesRequest, BatchGetDocumentSourcesResponse>;
    /**
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     *
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     */
    markDocumentSourceDeleted: handleUnaryCall<MarkDocumentSourceDeletedRequest, MarkDocumentSourceDeletedResponse>;
}
export interface DocumentSourceServiceClient extends Client {
    /**
     * Creates a document source.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the workspace already has a document with the source_id),
     * FAILED_PRECONDITION (the workspace does not exist; no `x-tenant-id`
     * header and no cross-tenant access), PERMISSION_DENIED (`workspace_id` is
     * not the caller's tenant), UNAVAILABLE (the database cannot be reached).
     */
    createDocumentSource(request: CreateDocumentSourceRequest, callback: (error: ServiceError | null, response: CreateDocumentSourceResponse) => void): ClientUnaryCall;
    createDocumentSource(request: CreateDocumentSourceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: CreateDocumentSourceResponse) => void): ClientUnaryCall;
    createDocumentSource(request: CreateDocumentSourceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: CreateDocumentSourceResponse) => void): ClientUnaryCall;
    /**
     * Gets a document source by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    getDocumentSource(request: GetDocumentSourceRequest, callback: (error: ServiceError | null, response: GetDocumentSourceResponse) => void): ClientUnaryCall;
    getDocumentSource(request: GetDocumentSourceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: GetDocumentSourceResponse) => void): ClientUnaryCall;
    getDocumentSource(request: GetDocumentSourceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: GetDocumentSourceResponse) => void): ClientUnaryCall;
    /**
     * Lists document sources, one keyset page at a time. Only the caller
     * tenant's document sources are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    listDocumentSources(request: ListDocumentSourcesRequest, callback: (error: ServiceError | null, response: ListDocumentSourcesResponse) => void): ClientUnaryCall;
    listDocumentSources(request: ListDocumentSourcesRequest, metadata: Metadata, callback: (error: ServiceError | null, response: ListDocumentSourcesResponse) => void): ClientUnaryCall;
    listDocumentSources(request: ListDocumentSourcesRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: ListDocumentSourcesResponse) => void): ClientUnaryCall;
    /**
     * Updates a document source.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * document source and allow_missing is false), ALREADY_EXISTS (the
     * workspace already has a document with the source_id), ABORTED (etag
     * mismatch), FAILED_PRECONDITION (the workspace does not exist; no
     * `x-tenant-id` header and no cross-tenant access), PERMISSION_DENIED
     * (`workspace_id` is not the caller's tenant), UNAVAILABLE.
     */
    updateDocumentSource(request: UpdateDocumentSourceRequest, callback: (error: ServiceError | null, response: UpdateDocumentSourceResponse) => void): ClientUnaryCall;
    updateDocumentSource(request: UpdateDocumentSourceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: UpdateDocumentSourceResponse) => void): ClientUnaryCall;
    updateDocumentSource(request: UpdateDocumentSourceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: UpdateDocumentSourceResponse) => void): ClientUnaryCall;
    /**
     * Deletes a document source.
     *
     * Errors: NOT_FOUND (no such document source, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    deleteDocumentSource(request: DeleteDocumentSourceRequest, callback: (error: ServiceError | null, response: DeleteDocumentSourceResponse) => void): ClientUnaryCall;
    deleteDocumentSource(request: DeleteDocumentSourceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: DeleteDocumentSourceResponse) => void): ClientUnaryCall;
    deleteDocumentSource(request: DeleteDocumentSourceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: DeleteDocumentSourceResponse) => void): ClientUnaryCall;
    /**
     * Gets several document sources by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    batchGetDocumentSources(request: BatchGetDocumentSourcesRequest, callback: (error: ServiceError | null, response: BatchGetDocumentSourcesResponse) => void): ClientUnaryCall;
    batchGetDocumentSources(request: BatchGetDocumentSourcesRequest, metadata: Metadata, callback: (error: ServiceError | null, response: BatchGetDocumentSourcesResponse) => void): ClientUnaryCall;
    batchGetDocumentSources(request: BatchGetDocumentSourcesRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: BatchGetDocumentSourcesResponse) => void): ClientUnaryCall;
    /**
     * Marks the document deleted in its source (the seed's `markAsDeleted`):
     * `sync_status` becomes DELETED and `deleted_at` the time of the call. The
     * document source itself stays.
     *
     * Errors: INVALID_ARGUMENT (`id` is empty), NOT_FOUND (no such document
     * source, or another tenant's), FAILED_PRECONDITION (it is already marked
     * deleted; no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE (the database cannot be reached).
     */
    markDocumentSourceDeleted(request: MarkDocumentSourceDeletedRequest, callback: (error: ServiceError | null, response: MarkDocumentSourceDeletedResponse) => void): ClientUnaryCall;
    markDocumentSourceDeleted(request: MarkDocumentSourceDeletedRequest, metadata: Metadata, callback: (error: ServiceError | null, response: MarkDocumentSourceDeletedResponse) => void): ClientUnaryCall;
    markDocumentSourceDeleted(request: MarkDocumentSourceDeletedRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: MarkDocumentSourceDeletedResponse) => void): ClientUnaryCall;
}
export declare const DocumentSourceServiceClient: {
    new (address: string, credentials: ChannelCredentials, options?: Partial<ClientOptions>): DocumentSourceServiceClient;
    service: typeof DocumentSourceServiceService;
    serviceName: string;
};
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
