import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import { type CallOptions, type ChannelCredentials, Client, type ClientOptions, type ClientUnaryCall, type handleUnaryCall, type Metadata, type ServiceError, type UntypedServiceImplementation } from "@grpc/grpc-js";
/** The kind of an analytics event. */
export declare enum AnalyticsEventType {
    /** ANALYTICS_EVENT_TYPE_UNSPECIFIED - Not set; rejected on create. */
    ANALYTICS_EVENT_TYPE_UNSPECIFIED = 0,
    /** ANALYTICS_EVENT_TYPE_QUERY - A question to the assistant. Stored as `query`. */
    ANALYTICS_EVENT_TYPE_QUERY = 1,
    /** ANALYTICS_EVENT_TYPE_SYNC - A content sync. Stored as `sync`. */
    ANALYTICS_EVENT_TYPE_SYNC = 2,
    /** ANALYTICS_EVENT_TYPE_LOGIN - A user signed in. Stored as `login`. */
    ANALYTICS_EVENT_TYPE_LOGIN = 3,
    /** ANALYTICS_EVENT_TYPE_ERROR - An error. Stored as `error`. */
    ANALYTICS_EVENT_TYPE_ERROR = 4,
    UNRECOGNIZED = -1
}
export declare function analyticsEventTypeFromJSON(object: any): AnalyticsEventType;
export declare function analyticsEventTypeToJSON(object: AnalyticsEventType): string;
/**
 * A usage event of a notion workspace (a query, a sync, a login, an error),
 * immutable once written. Stored in `knowledge.analytics`, scoped to its
 * workspace (`workspace_id`), and removed 90 days after its `timestamp`.
 */
export interface AnalyticsEvent {
    /**
     * Immutable. The analytics event id, for example
     * `665f1c2e9b1d8a001234567e`. Chosen by the client on create, or generated
     * by the server as a UUID when empty.
     */
    id: string;
    /**
     * Required. Immutable. The id of the notion workspace (NotionWorkspace.id)
     * the event belongs to; its tenant. A create that leaves it empty
     * takes the caller's `x-tenant-id`.
     */
    workspaceId: string;
    /** Required. What happened. */
    eventType: AnalyticsEventType;
    /**
     * The details of the event; which fields are set depends on
     * `event_type`.
     */
    data?: AnalyticsEventData | undefined;
    /**
     * When the event happened. Defaults to the time of creation. The event is
     * deleted 90 days (7776000 seconds) later.
     */
    timestamp?: Date | undefined;
    /** Output only. When the analytics event was created. */
    createdAt?: Date | undefined;
    /** Output only. When the analytics event was last changed. */
    updatedAt?: Date | undefined;
    /**
     * Output only. Changes on every write; send it back on Update or Delete for
     * a conditional write.
     */
    etag: string;
}
/** The details of an analytics event. */
export interface AnalyticsEventData {
    /** The question asked, for QUERY events. */
    query: string;
    /** The intent detected in the question. */
    intent: string;
    /** The assistant's confidence in the answer, from 0 to 1. */
    confidence?: number | undefined;
    /** The number of sources the answer used. */
    sourceCount: number;
    /** How long the response took, in milliseconds. */
    responseTime: string;
    /** Whether the answer came from the cache. */
    cacheHit?: boolean | undefined;
    /** The id of the knowledge User who caused the event. */
    userId: string;
    /** The id of the Conversation the event belongs to. */
    conversationId: string;
}
/** The request of CreateAnalyticsEvent. */
export interface CreateAnalyticsEventRequest {
    /**
     * Required. The analytics event to create. `id` may be empty. An empty
     * `workspace_id` is taken from the `x-tenant-id` header.
     */
    analyticsEvent?: AnalyticsEvent | undefined;
    /**
     * An idempotency key (AIP-155), for example a UUID. A retried create with
     * the same key returns the first result instead of ALREADY_EXISTS.
     */
    requestId: string;
}
/** The response of CreateAnalyticsEvent. */
export interface CreateAnalyticsEventResponse {
    /** The created analytics event. */
    analyticsEvent?: AnalyticsEvent | undefined;
}
/** The request of GetAnalyticsEvent. */
export interface GetAnalyticsEventRequest {
    /** Required. The analytics event id. */
    id: string;
    /** The fields to return; all when empty. `id` is always returned. */
    readMask?: string[] | undefined;
}
/** The response of GetAnalyticsEvent. */
export interface GetAnalyticsEventResponse {
    /** The analytics event. */
    analyticsEvent?: AnalyticsEvent | undefined;
}
/** The request of ListAnalyticsEvents. */
export interface ListAnalyticsEventsRequest {
    /**
     * The maximum number of analytics events to return: default 50, at most
     * 1000.
     */
    pageSize: number;
    /**
     * The `next_page_token` of a previous call with the same filter and
     * order_by.
     */
    pageToken: string;
    /**
     * An AIP-160 filter, for example `event_type = QUERY AND timestamp >
     * "2025-01-01T00:00:00Z"`.
     */
    filter: string;
    /**
     * A comma-separated list of fields, each optionally followed by `desc`, for
     * example `timestamp desc`. `id` is always the last key.
     */
    orderBy: string;
}
/** The response of ListAnalyticsEvents. */
export interface ListAnalyticsEventsResponse {
    /** The page of analytics events. */
    analyticsEvents: AnalyticsEvent[];
    /** The token of the next page; empty on the last page. */
    nextPageToken: string;
}
/** The request of DeleteAnalyticsEvent. */
export interface DeleteAnalyticsEventRequest {
    /** Required. The analytics event id. */
    id: string;
    /** The current etag, for a conditional delete. */
    etag: string;
}
/** The response of DeleteAnalyticsEvent. */
export interface DeleteAnalyticsEventResponse {
}
/** The request of BatchGetAnalyticsEvents. */
export interface BatchGetAnalyticsEventsRequest {
    /** Required. The analytics event ids, at most 1000. */
    ids: string[];
    /** The fields to return; all when empty. */
    readMask?: string[] | undefined;
}
/** The response of BatchGetAnalyticsEvents. */
export interface BatchGetAnalyticsEventsResponse {
    /** The analytics events, in the order of the request's ids. */
    analyticsEvents: AnalyticsEvent[];
}
export declare const AnalyticsEvent: MessageFns<AnalyticsEvent>;
export declare const AnalyticsEventData: MessageFns<AnalyticsEventData>;
export declare const CreateAnalyticsEventRequest: MessageFns<CreateAnalyticsEventRequest>;
export declare const CreateAnalyticsEventResponse: MessageFns<CreateAnalyticsEventResponse>;
export declare const GetAnalyticsEventRequest: MessageFns<GetAnalyticsEventRequest>;
export declare const GetAnalyticsEventResponse: MessageFns<GetAnalyticsEventResponse>;
export declare const ListAnalyticsEventsRequest: MessageFns<ListAnalyticsEventsRequest>;
export declare const ListAnalyticsEventsResponse: MessageFns<ListAnalyticsEventsResponse>;
export declare const DeleteAnalyticsEventRequest: MessageFns<DeleteAnalyticsEventRequest>;
export declare const DeleteAnalyticsEventResponse: MessageFns<DeleteAnalyticsEventResponse>;
export declare const BatchGetAnalyticsEventsRequest: MessageFns<BatchGetAnalyticsEventsRequest>;
export declare const BatchGetAnalyticsEventsResponse: MessageFns<BatchGetAnalyticsEventsResponse>;
/**
 * Records and reads analytics events. Events are immutable once written, so
 * the service has no Update method.
 */
export type AnalyticsEventServiceService = typeof AnalyticsEventServiceService;
export declare const AnalyticsEventServiceService: {
    /**
     * Creates an analytics event.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     */
    readonly createAnalyticsEvent: {
        readonly path: "/modelstore.knowledge.v1.AnalyticsEventService/CreateAnalyticsEvent";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: CreateAnalyticsEventRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => CreateAnalyticsEventRequest;
        readonly responseSerialize: (value: CreateAnalyticsEventResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => CreateAnalyticsEventResponse;
    };
    /**
     * Gets an analytics event by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     */
    readonly getAnalyticsEvent: {
        readonly path: "/modelstore.knowledge.v1.AnalyticsEventService/GetAnalyticsEvent";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: GetAnalyticsEventRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => GetAnalyticsEventRequest;
        readonly responseSerialize: (value: GetAnalyticsEventResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => GetAnalyticsEventResponse;
    };
    /**
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    readonly listAnalyticsEvents: {
        readonly path: "/modelstore.knowledge.v1.AnalyticsEventService/ListAnalyticsEvents";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: ListAnalyticsEventsRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => ListAnalyticsEventsRequest;
        readonly responseSerialize: (value: ListAnalyticsEventsResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => ListAnalyticsEventsResponse;
    };
    /**
     * Deletes an analytics event.
     *
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    readonly deleteAnalyticsEvent: {
        readonly path: "/modelstore.knowledge.v1.AnalyticsEventService/DeleteAnalyticsEvent";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: DeleteAnalyticsEventRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => DeleteAnalyticsEventRequest;
        readonly responseSerialize: (value: DeleteAnalyticsEventResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => DeleteAnalyticsEventResponse;
    };
    /**
     * Gets several analytics events by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    readonly batchGetAnalyticsEvents: {
        readonly path: "/modelstore.knowledge.v1.AnalyticsEventService/BatchGetAnalyticsEvents";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: BatchGetAnalyticsEventsRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => BatchGetAnalyticsEventsRequest;
        readonly responseSerialize: (value: BatchGetAnalyticsEventsResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => BatchGetAnalyticsEventsResponse;
    };
};
export interface AnalyticsEventServiceServer extends UntypedServiceImplementation {
    /**
     * Creates an analytics event.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     */
    createAnalyticsEvent: handleUnaryCall<CreateAnalyticsEventRequest, CreateAnalyticsEventResponse>;
    /**
     * Gets an analytics event by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     */
    getAnalyticsEvent: handleUnaryCall<GetAnalyticsEventRequest, GetAnalyticsEventResponse>;
    /**
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    listAnalyticsEvents: handleUnaryCall<ListAnalyticsEventsRequest, ListAnalyticsEventsResponse>;
    /**
     * Deletes an analytics event.
     *
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    deleteAnalyticsEvent: handleUnaryCall<DeleteAnalyticsEventRequest, DeleteAnalyticsEventResponse>;
    /**
     * Gets several analytics events by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    batchGetAnalyticsEvents: handleUnaryCall<BatchGetAnalyticsEventsRequest, BatchGetAnalyticsEventsResponse>;
}
export interface AnalyticsEventServiceClient extends Client {
    /**
     * Creates an analytics event.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken), FAILED_PRECONDITION (the workspace, user or conversation does
     * not exist; no `x-tenant-id` header and no cross-tenant access),
     * PERMISSION_DENIED (`workspace_id` is not the caller's tenant),
     * UNAVAILABLE (the database cannot be reached).
     */
    createAnalyticsEvent(request: CreateAnalyticsEventRequest, callback: (error: ServiceError | null, response: CreateAnalyticsEventResponse) => void): ClientUnaryCall;
    createAnalyticsEvent(request: CreateAnalyticsEventRequest, metadata: Metadata, callback: (error: ServiceError | null, response: CreateAnalyticsEventResponse) => void): ClientUnaryCall;
    createAnalyticsEvent(request: CreateAnalyticsEventRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: CreateAnalyticsEventResponse) => void): ClientUnaryCall;
    /**
     * Gets an analytics event by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such analytics
     * event, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id` header
     * and no cross-tenant access), UNAVAILABLE.
     */
    getAnalyticsEvent(request: GetAnalyticsEventRequest, callback: (error: ServiceError | null, response: GetAnalyticsEventResponse) => void): ClientUnaryCall;
    getAnalyticsEvent(request: GetAnalyticsEventRequest, metadata: Metadata, callback: (error: ServiceError | null, response: GetAnalyticsEventResponse) => void): ClientUnaryCall;
    getAnalyticsEvent(request: GetAnalyticsEventRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: GetAnalyticsEventResponse) => void): ClientUnaryCall;
    /**
     * Lists analytics events, one keyset page at a time. Only the caller
     * tenant's analytics events are listed.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * FAILED_PRECONDITION (no `x-tenant-id` header and no cross-tenant access),
     * UNAVAILABLE.
     */
    listAnalyticsEvents(request: ListAnalyticsEventsRequest, callback: (error: ServiceError | null, response: ListAnalyticsEventsResponse) => void): ClientUnaryCall;
    listAnalyticsEvents(request: ListAnalyticsEventsRequest, metadata: Metadata, callback: (error: ServiceError | null, response: ListAnalyticsEventsResponse) => void): ClientUnaryCall;
    listAnalyticsEvents(request: ListAnalyticsEventsRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: ListAnalyticsEventsResponse) => void): ClientUnaryCall;
    /**
     * Deletes an analytics event.
     *
     * Errors: NOT_FOUND (no such analytics event, or another tenant's), ABORTED
     * (etag mismatch), FAILED_PRECONDITION (no `x-tenant-id` header and no
     * cross-tenant access), UNAVAILABLE.
     */
    deleteAnalyticsEvent(request: DeleteAnalyticsEventRequest, callback: (error: ServiceError | null, response: DeleteAnalyticsEventResponse) => void): ClientUnaryCall;
    deleteAnalyticsEvent(request: DeleteAnalyticsEventRequest, metadata: Metadata, callback: (error: ServiceError | null, response: DeleteAnalyticsEventResponse) => void): ClientUnaryCall;
    deleteAnalyticsEvent(request: DeleteAnalyticsEventRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: DeleteAnalyticsEventResponse) => void): ClientUnaryCall;
    /**
     * Gets several analytics events by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or another tenant's), FAILED_PRECONDITION (no `x-tenant-id`
     * header and no cross-tenant access), UNAVAILABLE.
     */
    batchGetAnalyticsEvents(request: BatchGetAnalyticsEventsRequest, callback: (error: ServiceError | null, response: BatchGetAnalyticsEventsResponse) => void): ClientUnaryCall;
    batchGetAnalyticsEvents(request: BatchGetAnalyticsEventsRequest, metadata: Metadata, callback: (error: ServiceError | null, response: BatchGetAnalyticsEventsResponse) => void): ClientUnaryCall;
    batchGetAnalyticsEvents(request: BatchGetAnalyticsEventsRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: BatchGetAnalyticsEventsResponse) => void): ClientUnaryCall;
}
export declare const AnalyticsEventServiceClient: {
    new (address: string, credentials: ChannelCredentials, options?: Partial<ClientOptions>): AnalyticsEventServiceClient;
    service: typeof AnalyticsEventServiceService;
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
