import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import { type CallOptions, type ChannelCredentials, Client, type ClientOptions, type ClientUnaryCall, type handleUnaryCall, type Metadata, type ServiceError, type UntypedServiceImplementation } from "@grpc/grpc-js";
/** The role of a member in a notion workspace. */
export declare enum NotionWorkspaceMemberRole {
    /** NOTION_WORKSPACE_MEMBER_ROLE_UNSPECIFIED - Not set; a member added without a role gets `MEMBER`. */
    NOTION_WORKSPACE_MEMBER_ROLE_UNSPECIFIED = 0,
    /** NOTION_WORKSPACE_MEMBER_ROLE_OWNER - The owner, who connected the workspace. Stored as `owner`. */
    NOTION_WORKSPACE_MEMBER_ROLE_OWNER = 1,
    /** NOTION_WORKSPACE_MEMBER_ROLE_ADMIN - An administrator. Stored as `admin`. */
    NOTION_WORKSPACE_MEMBER_ROLE_ADMIN = 2,
    /** NOTION_WORKSPACE_MEMBER_ROLE_MEMBER - A regular member. Stored as `member`. */
    NOTION_WORKSPACE_MEMBER_ROLE_MEMBER = 3,
    /** NOTION_WORKSPACE_MEMBER_ROLE_VIEWER - A read-only viewer. Stored as `viewer`. */
    NOTION_WORKSPACE_MEMBER_ROLE_VIEWER = 4,
    UNRECOGNIZED = -1
}
export declare function notionWorkspaceMemberRoleFromJSON(object: any): NotionWorkspaceMemberRole;
export declare function notionWorkspaceMemberRoleToJSON(object: NotionWorkspaceMemberRole): string;
/** The state of a membership of a notion workspace. */
export declare enum NotionWorkspaceMemberStatus {
    /** NOTION_WORKSPACE_MEMBER_STATUS_UNSPECIFIED - Not set; a member added without a status gets `ACTIVE`. */
    NOTION_WORKSPACE_MEMBER_STATUS_UNSPECIFIED = 0,
    /** NOTION_WORKSPACE_MEMBER_STATUS_ACTIVE - The member can use the workspace. Stored as `active`. */
    NOTION_WORKSPACE_MEMBER_STATUS_ACTIVE = 1,
    /** NOTION_WORKSPACE_MEMBER_STATUS_PENDING - The member was invited and has not joined yet. Stored as `pending`. */
    NOTION_WORKSPACE_MEMBER_STATUS_PENDING = 2,
    /** NOTION_WORKSPACE_MEMBER_STATUS_REMOVED - The member was removed. Stored as `removed`. */
    NOTION_WORKSPACE_MEMBER_STATUS_REMOVED = 3,
    UNRECOGNIZED = -1
}
export declare function notionWorkspaceMemberStatusFromJSON(object: any): NotionWorkspaceMemberStatus;
export declare function notionWorkspaceMemberStatusToJSON(object: NotionWorkspaceMemberStatus): string;
/** The state of content synchronisation of a notion workspace. */
export declare enum NotionWorkspaceSyncStatus {
    /** NOTION_WORKSPACE_SYNC_STATUS_UNSPECIFIED - Not set; a create that leaves it unset gets `IDLE`. */
    NOTION_WORKSPACE_SYNC_STATUS_UNSPECIFIED = 0,
    /** NOTION_WORKSPACE_SYNC_STATUS_IDLE - No sync is running. Stored as `idle`. */
    NOTION_WORKSPACE_SYNC_STATUS_IDLE = 1,
    /** NOTION_WORKSPACE_SYNC_STATUS_SYNCING - A sync is running. Stored as `syncing`. */
    NOTION_WORKSPACE_SYNC_STATUS_SYNCING = 2,
    /** NOTION_WORKSPACE_SYNC_STATUS_ERROR - The last sync failed. Stored as `error`. */
    NOTION_WORKSPACE_SYNC_STATUS_ERROR = 3,
    /** NOTION_WORKSPACE_SYNC_STATUS_ACTIVE - Synchronised and kept up to date. Stored as `active`. */
    NOTION_WORKSPACE_SYNC_STATUS_ACTIVE = 4,
    UNRECOGNIZED = -1
}
export declare function notionWorkspaceSyncStatusFromJSON(object: any): NotionWorkspaceSyncStatus;
export declare function notionWorkspaceSyncStatusToJSON(object: NotionWorkspaceSyncStatus): string;
/**
 * A Notion workspace connected to the knowledge assistant, with its members,
 * OAuth tokens and sync state. Stored in `knowledge.notion_workspaces`. A
 * notion workspace is its own tenant: its `id` is the `workspace_id` of
 * every conversation, message, document source, sync job and analytics
 * event it owns.
 */
export interface NotionWorkspace {
    /**
     * Immutable. The notion workspace id, for example
     * `665f1c2e9b1d8a0012345679`. Chosen by the client on create, or generated
     * by the server as a UUID when empty.
     */
    id: string;
    /**
     * Required. The workspace id that Notion assigned, for example
     * `3f2a9c1e-...`. Unique. Not the tenant id: the tenant id of a notion
     * workspace is its `id`.
     */
    workspaceId: string;
    /** Required. The workspace name shown in Notion, for example `Acme Wiki`. */
    workspaceName: string;
    /** Required. The id of the knowledge User who connected the workspace. */
    owner: string;
    /** The users who can use the workspace, with their roles and permissions. */
    members: NotionWorkspaceMember[];
    /**
     * Required. Input only. The Notion OAuth access token. Encrypted at rest
     * (AES-256-GCM under the configured key id); never returned by the
     * standard methods.
     */
    accessToken: string;
    /**
     * Input only. The Notion OAuth refresh token, accepted on create and
     * update and never returned, logged or filterable. Stored only as a
     * salted scrypt hash under `refreshTokenHash`, with the salt under
     * `refreshTokenSalt`.
     */
    refreshToken: string;
    /** The state of content synchronisation. Defaults to `idle`. */
    syncStatus: NotionWorkspaceSyncStatus;
    /**
     * Output only. The `job_id` of the sync job that last changed
     * `sync_status`, recorded by the server together with the status.
     */
    currentSyncJobId: string;
    /** When and how often the workspace is synchronised automatically. */
    syncSchedule?: NotionWorkspaceSyncSchedule | undefined;
    /** Counters about the synchronised content. */
    stats?: NotionWorkspaceStats | undefined;
    /** When the last sync that completed without error finished. */
    lastSuccessfulSyncAt?: Date | undefined;
    /** Output only. When the notion workspace was created. */
    createdAt?: Date | undefined;
    /** Output only. When the notion workspace was last changed. */
    updatedAt?: Date | undefined;
    /**
     * Output only. Changes on every write; send it back on Update or Delete for
     * a conditional write.
     */
    etag: string;
}
/**
 * A user's membership of a notion workspace. Stored inside the notion
 * workspace's `members` array.
 */
export interface NotionWorkspaceMember {
    /** Required. The id of the knowledge User who is a member. */
    user: string;
    /** The member's role in the workspace. Defaults to `member`. */
    role: NotionWorkspaceMemberRole;
    /** What the member may do; each flag has its own default. */
    permissions?: NotionWorkspaceMemberPermissions | undefined;
    /** The state of the membership. Defaults to `active`. */
    status: NotionWorkspaceMemberStatus;
    /**
     * When the member joined. Defaults to the time of the write that added
     * the member.
     */
    joinedAt?: Date | undefined;
}
/** The permission flags of a notion workspace member. */
export interface NotionWorkspaceMemberPermissions {
    /** Whether the member may ask questions. Defaults to true. */
    canQuery?: boolean | undefined;
    /**
     * Whether the member may see the source documents behind answers.
     * Defaults to true.
     */
    canViewSources?: boolean | undefined;
    /** Whether the member may invite other users. Defaults to false. */
    canInvite: boolean;
    /** Whether the member may start and configure syncs. Defaults to false. */
    canManageSync: boolean;
    /**
     * Whether the member may change the workspace settings. Defaults to
     * false.
     */
    canEditSettings: boolean;
}
/** The automatic sync schedule of a notion workspace. */
export interface NotionWorkspaceSyncSchedule {
    /** Whether scheduled syncs run. Defaults to true. */
    enabled?: boolean | undefined;
    /** The hours between two scheduled syncs, at least 1. Defaults to 24. */
    intervalHours?: number | undefined;
    /** When the scheduler last queued a sync. */
    lastScheduledAt?: Date | undefined;
}
/** Counters about the content synchronised from a notion workspace. */
export interface NotionWorkspaceStats {
    /** The number of Notion pages synchronised. Defaults to 0. */
    totalPages: number;
    /** The number of Notion databases synchronised. Defaults to 0. */
    totalDatabases: number;
    /** The number of documents indexed. Defaults to 0. */
    totalDocuments: number;
    /** How long the last sync took, in milliseconds. */
    lastSyncDuration: string;
    /** The number of errors of the last sync. Defaults to 0. */
    errorCount: number;
}
/** The request of CreateNotionWorkspace. */
export interface CreateNotionWorkspaceRequest {
    /** Required. The notion workspace to create. `id` may be empty. */
    notionWorkspace?: NotionWorkspace | undefined;
    /**
     * An idempotency key (AIP-155), for example a UUID. A retried create with
     * the same key returns the first result instead of ALREADY_EXISTS.
     */
    requestId: string;
}
/** The response of CreateNotionWorkspace. */
export interface CreateNotionWorkspaceResponse {
    /** The created notion workspace. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of GetNotionWorkspace. */
export interface GetNotionWorkspaceRequest {
    /** Required. The notion workspace id. */
    id: string;
    /** The fields to return; all when empty. `id` is always returned. */
    readMask?: string[] | undefined;
}
/** The response of GetNotionWorkspace. */
export interface GetNotionWorkspaceResponse {
    /** The notion workspace. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of ListNotionWorkspaces. */
export interface ListNotionWorkspacesRequest {
    /**
     * The maximum number of notion workspaces to return: default 50, at most
     * 1000.
     */
    pageSize: number;
    /**
     * The `next_page_token` of a previous call with the same filter and
     * order_by.
     */
    pageToken: string;
    /**
     * An AIP-160 filter, for example `sync_status = ERROR AND owner =
     * "665f1c2e9b1d8a0012345678"`.
     */
    filter: string;
    /**
     * A comma-separated list of fields, each optionally followed by `desc`, for
     * example `last_successful_sync_at desc`. `id` is always the last key.
     */
    orderBy: string;
}
/** The response of ListNotionWorkspaces. */
export interface ListNotionWorkspacesResponse {
    /** The page of notion workspaces. */
    notionWorkspaces: NotionWorkspace[];
    /** The token of the next page; empty on the last page. */
    nextPageToken: string;
}
/** The request of UpdateNotionWorkspace. */
export interface UpdateNotionWorkspaceRequest {
    /**
     * Required. The notion workspace with its `id`, and its `etag` for a
     * conditional write.
     */
    notionWorkspace?: NotionWorkspace | undefined;
    /**
     * The fields to change. Absent means every field set in `notion_workspace`;
     * `*` replaces the whole notion workspace.
     */
    updateMask?: string[] | undefined;
    /** Create the notion workspace when it does not exist. */
    allowMissing: boolean;
}
/** The response of UpdateNotionWorkspace. */
export interface UpdateNotionWorkspaceResponse {
    /** The updated notion workspace. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of DeleteNotionWorkspace. */
export interface DeleteNotionWorkspaceRequest {
    /** Required. The notion workspace id. */
    id: string;
    /** The current etag, for a conditional delete. */
    etag: string;
    /**
     * Delete the entities that still refer to this one (for references that
     * do not cascade by themselves) instead of failing with FAILED_PRECONDITION.
     */
    force: boolean;
}
/** The response of DeleteNotionWorkspace. */
export interface DeleteNotionWorkspaceResponse {
}
/** The request of BatchGetNotionWorkspaces. */
export interface BatchGetNotionWorkspacesRequest {
    /** Required. The notion workspace ids, at most 1000. */
    ids: string[];
    /** The fields to return; all when empty. */
    readMask?: string[] | undefined;
}
/** The response of BatchGetNotionWorkspaces. */
export interface BatchGetNotionWorkspacesResponse {
    /** The notion workspaces, in the order of the request's ids. */
    notionWorkspaces: NotionWorkspace[];
}
/** The request of GetNotionWorkspaceAccessToken. */
export interface GetNotionWorkspaceAccessTokenRequest {
    /** Required. The notion workspace id. */
    id: string;
}
/**
 * The response of GetNotionWorkspaceAccessToken. Holds a secret: never log
 * it.
 */
export interface GetNotionWorkspaceAccessTokenResponse {
    /** The decrypted Notion OAuth access token. */
    accessToken: string;
}
/** The request of UpdateNotionWorkspaceSyncStatus. */
export interface UpdateNotionWorkspaceSyncStatusRequest {
    /** Required. The notion workspace id. */
    id: string;
    /** Required. The new sync status. */
    status: NotionWorkspaceSyncStatus;
    /**
     * The `job_id` of the sync job behind the change, for example
     * `sync-1717000000000`; stored in `current_sync_job_id`. When empty,
     * `current_sync_job_id` keeps its value.
     */
    jobId: string;
}
/** The response of UpdateNotionWorkspaceSyncStatus. */
export interface UpdateNotionWorkspaceSyncStatusResponse {
    /** The updated notion workspace. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of AddNotionWorkspaceMember. */
export interface AddNotionWorkspaceMemberRequest {
    /** Required. The notion workspace id. */
    id: string;
    /**
     * Required. The member to add; `user` must name an existing knowledge
     * User who is not a member yet.
     */
    member?: NotionWorkspaceMember | undefined;
}
/** The response of AddNotionWorkspaceMember. */
export interface AddNotionWorkspaceMemberResponse {
    /** The notion workspace with the new member. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of UpdateNotionWorkspaceMember. */
export interface UpdateNotionWorkspaceMemberRequest {
    /** Required. The notion workspace id. */
    id: string;
    /**
     * Required. The member's new values; `user` selects the member and cannot
     * change.
     */
    member?: NotionWorkspaceMember | undefined;
    /**
     * The member fields to change, relative to the member: `role`,
     * `permissions`, `permissions.can_invite`, `status`, `joined_at`, ...
     * Absent means every field set in `member` (and each permission flag set
     * in `member.permissions`). `user` is not allowed.
     */
    updateMask?: string[] | undefined;
}
/** The response of UpdateNotionWorkspaceMember. */
export interface UpdateNotionWorkspaceMemberResponse {
    /** The notion workspace with the changed member. */
    notionWorkspace?: NotionWorkspace | undefined;
}
/** The request of RemoveNotionWorkspaceMember. */
export interface RemoveNotionWorkspaceMemberRequest {
    /** Required. The notion workspace id. */
    id: string;
    /** Required. The id of the knowledge User to remove from the members. */
    user: string;
}
/** The response of RemoveNotionWorkspaceMember. */
export interface RemoveNotionWorkspaceMemberResponse {
    /** The notion workspace without the member. */
    notionWorkspace?: NotionWorkspace | undefined;
}
export declare const NotionWorkspace: MessageFns<NotionWorkspace>;
export declare const NotionWorkspaceMember: MessageFns<NotionWorkspaceMember>;
export declare const NotionWorkspaceMemberPermissions: MessageFns<NotionWorkspaceMemberPermissions>;
export declare const NotionWorkspaceSyncSchedule: MessageFns<NotionWorkspaceSyncSchedule>;
export declare const NotionWorkspaceStats: MessageFns<NotionWorkspaceStats>;
export declare const CreateNotionWorkspaceRequest: MessageFns<CreateNotionWorkspaceRequest>;
export declare const CreateNotionWorkspaceResponse: MessageFns<CreateNotionWorkspaceResponse>;
export declare const GetNotionWorkspaceRequest: MessageFns<GetNotionWorkspaceRequest>;
export declare const GetNotionWorkspaceResponse: MessageFns<GetNotionWorkspaceResponse>;
export declare const ListNotionWorkspacesRequest: MessageFns<ListNotionWorkspacesRequest>;
export declare const ListNotionWorkspacesResponse: MessageFns<ListNotionWorkspacesResponse>;
export declare const UpdateNotionWorkspaceRequest: MessageFns<UpdateNotionWorkspaceRequest>;
export declare const UpdateNotionWorkspaceResponse: MessageFns<UpdateNotionWorkspaceResponse>;
export declare const DeleteNotionWorkspaceRequest: MessageFns<DeleteNotionWorkspaceRequest>;
export declare const DeleteNotionWorkspaceResponse: MessageFns<DeleteNotionWorkspaceResponse>;
export declare const BatchGetNotionWorkspacesRequest: MessageFns<BatchGetNotionWorkspacesRequest>;
export declare const BatchGetNotionWorkspacesResponse: MessageFns<BatchGetNotionWorkspacesResponse>;
export declare const GetNotionWorkspaceAccessTokenRequest: MessageFns<GetNotionWorkspaceAccessTokenRequest>;
export declare const GetNotionWorkspaceAccessTokenResponse: MessageFns<GetNotionWorkspaceAccessTokenResponse>;
export declare const UpdateNotionWorkspaceSyncStatusRequest: MessageFns<UpdateNotionWorkspaceSyncStatusRequest>;
export declare const UpdateNotionWorkspaceSyncStatusResponse: MessageFns<UpdateNotionWorkspaceSyncStatusResponse>;
export declare const AddNotionWorkspaceMemberRequest: MessageFns<AddNotionWorkspaceMemberRequest>;
export declare const AddNotionWorkspaceMemberResponse: MessageFns<AddNotionWorkspaceMemberResponse>;
export declare const UpdateNotionWorkspaceMemberRequest: MessageFns<UpdateNotionWorkspaceMemberRequest>;
export declare const UpdateNotionWorkspaceMemberResponse: MessageFns<UpdateNotionWorkspaceMemberResponse>;
export declare const RemoveNotionWorkspaceMemberRequest: MessageFns<RemoveNotionWorkspaceMemberRequest>;
export declare const RemoveNotionWorkspaceMemberResponse: MessageFns<RemoveNotionWorkspaceMemberResponse>;
/** Manages connected Notion workspaces, the tenants of the knowledge domain. */
export type NotionWorkspaceServiceService = typeof NotionWorkspaceServiceService;
export declare const NotionWorkspaceServiceService: {
    /**
     * Creates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     */
    readonly createNotionWorkspace: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/CreateNotionWorkspace";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: CreateNotionWorkspaceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => CreateNotionWorkspaceRequest;
        readonly responseSerialize: (value: CreateNotionWorkspaceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => CreateNotionWorkspaceResponse;
    };
    /**
     * Gets a notion workspace by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     */
    readonly getNotionWorkspace: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/GetNotionWorkspace";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: GetNotionWorkspaceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => GetNotionWorkspaceRequest;
        readonly responseSerialize: (value: GetNotionWorkspaceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => GetNotionWorkspaceResponse;
    };
    /**
     * Lists notion workspaces, one keyset page at a time.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     */
    readonly listNotionWorkspaces: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/ListNotionWorkspaces";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: ListNotionWorkspacesRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => ListNotionWorkspacesRequest;
        readonly responseSerialize: (value: ListNotionWorkspacesResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => ListNotionWorkspacesResponse;
    };
    /**
     * Updates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     */
    readonly updateNotionWorkspace: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/UpdateNotionWorkspace";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: UpdateNotionWorkspaceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => UpdateNotionWorkspaceRequest;
        readonly responseSerialize: (value: UpdateNotionWorkspaceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => UpdateNotionWorkspaceResponse;
    };
    /**
     * Deletes a notion workspace.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     */
    readonly deleteNotionWorkspace: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/DeleteNotionWorkspace";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: DeleteNotionWorkspaceRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => DeleteNotionWorkspaceRequest;
        readonly responseSerialize: (value: DeleteNotionWorkspaceResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => DeleteNotionWorkspaceResponse;
    };
    /**
     * Gets several notion workspaces by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     */
    readonly batchGetNotionWorkspaces: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/BatchGetNotionWorkspaces";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: BatchGetNotionWorkspacesRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => BatchGetNotionWorkspacesRequest;
        readonly responseSerialize: (value: BatchGetNotionWorkspacesResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => BatchGetNotionWorkspacesResponse;
    };
    /**
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     *
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     */
    readonly getNotionWorkspaceAccessToken: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/GetNotionWorkspaceAccessToken";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: GetNotionWorkspaceAccessTokenRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => GetNotionWorkspaceAccessTokenRequest;
        readonly responseSerialize: (value: GetNotionWorkspaceAccessTokenResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => GetNotionWorkspaceAccessTokenResponse;
    };
    /**
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     *
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     */
    readonly updateNotionWorkspaceSyncStatus: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/UpdateNotionWorkspaceSyncStatus";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: UpdateNotionWorkspaceSyncStatusRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => UpdateNotionWorkspaceSyncStatusRequest;
        readonly responseSerialize: (value: UpdateNotionWorkspaceSyncStatusResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => UpdateNotionWorkspaceSyncStatusResponse;
    };
    /**
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     */
    readonly addNotionWorkspaceMember: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/AddNotionWorkspaceMember";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: AddNotionWorkspaceMemberRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => AddNotionWorkspaceMemberRequest;
        readonly responseSerialize: (value: AddNotionWorkspaceMemberResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => AddNotionWorkspaceMemberResponse;
    };
    /**
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     */
    readonly updateNotionWorkspaceMember: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/UpdateNotionWorkspaceMember";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: UpdateNotionWorkspaceMemberRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => UpdateNotionWorkspaceMemberRequest;
        readonly responseSerialize: (value: UpdateNotionWorkspaceMemberResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => UpdateNotionWorkspaceMemberResponse;
    };
    /**
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     *
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     */
    readonly removeNotionWorkspaceMember: {
        readonly path: "/modelstore.knowledge.v1.NotionWorkspaceService/RemoveNotionWorkspaceMember";
        readonly requestStream: false;
        readonly responseStream: false;
        readonly requestSerialize: (value: RemoveNotionWorkspaceMemberRequest) => Buffer;
        readonly requestDeserialize: (value: Buffer) => RemoveNotionWorkspaceMemberRequest;
        readonly responseSerialize: (value: RemoveNotionWorkspaceMemberResponse) => Buffer;
        readonly responseDeserialize: (value: Buffer) => RemoveNotionWorkspaceMemberResponse;
    };
};
export interface NotionWorkspaceServiceServer extends UntypedServiceImplementation {
    /**
     * Creates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     */
    createNotionWorkspace: handleUnaryCall<CreateNotionWorkspaceRequest, CreateNotionWorkspaceResponse>;
    /**
     * Gets a notion workspace by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     */
    getNotionWorkspace: handleUnaryCall<GetNotionWorkspaceRequest, GetNotionWorkspaceResponse>;
    /**
     * Lists notion workspaces, one keyset page at a time.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     */
    listNotionWorkspaces: handleUnaryCall<ListNotionWorkspacesRequest, ListNotionWorkspacesResponse>;
    /**
     * Updates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     */
    updateNotionWorkspace: handleUnaryCall<UpdateNotionWorkspaceRequest, UpdateNotionWorkspaceResponse>;
    /**
     * Deletes a notion workspace.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     */
    deleteNotionWorkspace: handleUnaryCall<DeleteNotionWorkspaceRequest, DeleteNotionWorkspaceResponse>;
    /**
     * Gets several notion workspaces by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     */
    batchGetNotionWorkspaces: handleUnaryCall<BatchGetNotionWorkspacesRequest, BatchGetNotionWorkspacesResponse>;
    /**
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     *
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     */
    getNotionWorkspaceAccessToken: handleUnaryCall<GetNotionWorkspaceAccessTokenRequest, GetNotionWorkspaceAccessTokenResponse>;
    /**
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     *
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     */
    updateNotionWorkspaceSyncStatus: handleUnaryCall<UpdateNotionWorkspaceSyncStatusRequest, UpdateNotionWorkspaceSyncStatusResponse>;
    /**
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     */
    addNotionWorkspaceMember: handleUnaryCall<AddNotionWorkspaceMemberRequest, AddNotionWorkspaceMemberResponse>;
    /**
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     */
    updateNotionWorkspaceMember: handleUnaryCall<UpdateNotionWorkspaceMemberRequest, UpdateNotionWorkspaceMemberResponse>;
    /**
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     *
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     */
    removeNotionWorkspaceMember: handleUnaryCall<RemoveNotionWorkspaceMemberRequest, RemoveNotionWorkspaceMemberResponse>;
}
export interface NotionWorkspaceServiceClient extends Client {
    /**
     * Creates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), ALREADY_EXISTS (the id
     * is taken, or the Notion workspace_id is already connected),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * PERMISSION_DENIED (the id is not the caller's tenant), UNAVAILABLE (the
     * database cannot be reached).
     */
    createNotionWorkspace(request: CreateNotionWorkspaceRequest, callback: (error: ServiceError | null, response: CreateNotionWorkspaceResponse) => void): ClientUnaryCall;
    createNotionWorkspace(request: CreateNotionWorkspaceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: CreateNotionWorkspaceResponse) => void): ClientUnaryCall;
    createNotionWorkspace(request: CreateNotionWorkspaceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: CreateNotionWorkspaceResponse) => void): ClientUnaryCall;
    /**
     * Gets a notion workspace by id.
     *
     * Errors: INVALID_ARGUMENT (bad read_mask), NOT_FOUND (no such notion
     * workspace, or not the caller's tenant), UNAVAILABLE.
     */
    getNotionWorkspace(request: GetNotionWorkspaceRequest, callback: (error: ServiceError | null, response: GetNotionWorkspaceResponse) => void): ClientUnaryCall;
    getNotionWorkspace(request: GetNotionWorkspaceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: GetNotionWorkspaceResponse) => void): ClientUnaryCall;
    getNotionWorkspace(request: GetNotionWorkspaceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: GetNotionWorkspaceResponse) => void): ClientUnaryCall;
    /**
     * Lists notion workspaces, one keyset page at a time.
     *
     * Errors: INVALID_ARGUMENT (bad page_size, page_token, filter or order_by),
     * UNAVAILABLE.
     */
    listNotionWorkspaces(request: ListNotionWorkspacesRequest, callback: (error: ServiceError | null, response: ListNotionWorkspacesResponse) => void): ClientUnaryCall;
    listNotionWorkspaces(request: ListNotionWorkspacesRequest, metadata: Metadata, callback: (error: ServiceError | null, response: ListNotionWorkspacesResponse) => void): ClientUnaryCall;
    listNotionWorkspaces(request: ListNotionWorkspacesRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: ListNotionWorkspacesResponse) => void): ClientUnaryCall;
    /**
     * Updates a notion workspace.
     *
     * Errors: INVALID_ARGUMENT (bad field or update_mask), NOT_FOUND (no such
     * notion workspace and allow_missing is false), ALREADY_EXISTS (the Notion
     * workspace_id is already connected), ABORTED (etag mismatch),
     * FAILED_PRECONDITION (the owner or a member user does not exist),
     * UNAVAILABLE.
     */
    updateNotionWorkspace(request: UpdateNotionWorkspaceRequest, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceResponse) => void): ClientUnaryCall;
    updateNotionWorkspace(request: UpdateNotionWorkspaceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceResponse) => void): ClientUnaryCall;
    updateNotionWorkspace(request: UpdateNotionWorkspaceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceResponse) => void): ClientUnaryCall;
    /**
     * Deletes a notion workspace.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * ABORTED (etag mismatch), UNAVAILABLE.
     */
    deleteNotionWorkspace(request: DeleteNotionWorkspaceRequest, callback: (error: ServiceError | null, response: DeleteNotionWorkspaceResponse) => void): ClientUnaryCall;
    deleteNotionWorkspace(request: DeleteNotionWorkspaceRequest, metadata: Metadata, callback: (error: ServiceError | null, response: DeleteNotionWorkspaceResponse) => void): ClientUnaryCall;
    deleteNotionWorkspace(request: DeleteNotionWorkspaceRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: DeleteNotionWorkspaceResponse) => void): ClientUnaryCall;
    /**
     * Gets several notion workspaces by id, in request order.
     *
     * Errors: INVALID_ARGUMENT (no ids, or too many), NOT_FOUND (any id is
     * missing, or not the caller's tenant), UNAVAILABLE.
     */
    batchGetNotionWorkspaces(request: BatchGetNotionWorkspacesRequest, callback: (error: ServiceError | null, response: BatchGetNotionWorkspacesResponse) => void): ClientUnaryCall;
    batchGetNotionWorkspaces(request: BatchGetNotionWorkspacesRequest, metadata: Metadata, callback: (error: ServiceError | null, response: BatchGetNotionWorkspacesResponse) => void): ClientUnaryCall;
    batchGetNotionWorkspaces(request: BatchGetNotionWorkspacesRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: BatchGetNotionWorkspacesResponse) => void): ClientUnaryCall;
    /**
     * Returns the workspace's Notion OAuth access token, decrypted (the seed's
     * `getDecryptedToken`).
     *
     * This is a secret-returning RPC: it is the only way to read the token
     * back, and the token appears in its response and nowhere else (never in a
     * log line or an error). Callers must not log the response.
     *
     * Errors: NOT_FOUND (no such notion workspace, or not the caller's tenant),
     * FAILED_PRECONDITION (no token is stored, or it was encrypted under a key
     * id that is not configured), UNAVAILABLE (the database cannot be reached).
     */
    getNotionWorkspaceAccessToken(request: GetNotionWorkspaceAccessTokenRequest, callback: (error: ServiceError | null, response: GetNotionWorkspaceAccessTokenResponse) => void): ClientUnaryCall;
    getNotionWorkspaceAccessToken(request: GetNotionWorkspaceAccessTokenRequest, metadata: Metadata, callback: (error: ServiceError | null, response: GetNotionWorkspaceAccessTokenResponse) => void): ClientUnaryCall;
    getNotionWorkspaceAccessToken(request: GetNotionWorkspaceAccessTokenRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: GetNotionWorkspaceAccessTokenResponse) => void): ClientUnaryCall;
    /**
     * Sets the workspace's sync status, and records the sync job that changed
     * it in `current_sync_job_id` when `job_id` is given (the seed's
     * `updateSyncStatus`). Any status may follow any other.
     *
     * Errors: INVALID_ARGUMENT (`id` or `status` is missing), NOT_FOUND (no
     * such notion workspace, or not the caller's tenant), UNAVAILABLE.
     */
    updateNotionWorkspaceSyncStatus(request: UpdateNotionWorkspaceSyncStatusRequest, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceSyncStatusResponse) => void): ClientUnaryCall;
    updateNotionWorkspaceSyncStatus(request: UpdateNotionWorkspaceSyncStatusRequest, metadata: Metadata, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceSyncStatusResponse) => void): ClientUnaryCall;
    updateNotionWorkspaceSyncStatus(request: UpdateNotionWorkspaceSyncStatusRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceSyncStatusResponse) => void): ClientUnaryCall;
    /**
     * Adds a member to the workspace's `members`, with the member defaults of
     * the seed for what the request leaves unset (role `member`, `can_query`
     * and `can_view_sources` true, the other permissions false, status
     * `active`, `joined_at` now). A single conditional write: two concurrent
     * adds of the same user cannot both succeed.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule), NOT_FOUND (no such
     * notion workspace, or not the caller's tenant), ALREADY_EXISTS (the user
     * is already a member, whatever the member's status),
     * FAILED_PRECONDITION (the user does not exist), ABORTED (the workspace
     * kept changing; retry), UNAVAILABLE.
     */
    addNotionWorkspaceMember(request: AddNotionWorkspaceMemberRequest, callback: (error: ServiceError | null, response: AddNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    addNotionWorkspaceMember(request: AddNotionWorkspaceMemberRequest, metadata: Metadata, callback: (error: ServiceError | null, response: AddNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    addNotionWorkspaceMember(request: AddNotionWorkspaceMemberRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: AddNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    /**
     * Changes a member of the workspace, found by `member.user`. Fields of the
     * member that the update leaves unset (or clears through the mask) take
     * their defaults again. Concurrent changes of the workspace are never lost:
     * the write is guarded by the etag it read, and retried.
     *
     * Errors: INVALID_ARGUMENT (a field breaks a rule, or a bad update_mask),
     * NOT_FOUND (no such notion workspace, not the caller's tenant, or the user
     * is not a member), ABORTED (the workspace kept changing; retry),
     * UNAVAILABLE.
     */
    updateNotionWorkspaceMember(request: UpdateNotionWorkspaceMemberRequest, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    updateNotionWorkspaceMember(request: UpdateNotionWorkspaceMemberRequest, metadata: Metadata, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    updateNotionWorkspaceMember(request: UpdateNotionWorkspaceMemberRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: UpdateNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    /**
     * Removes a member from the workspace: the entry leaves `members` (to keep
     * a record of a former member instead, set its status to REMOVED with
     * UpdateNotionWorkspaceMember). A single conditional write.
     *
     * Errors: INVALID_ARGUMENT (`id` or `user` is empty), NOT_FOUND (no such
     * notion workspace, not the caller's tenant, or the user is not a member),
     * UNAVAILABLE.
     */
    removeNotionWorkspaceMember(request: RemoveNotionWorkspaceMemberRequest, callback: (error: ServiceError | null, response: RemoveNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    removeNotionWorkspaceMember(request: RemoveNotionWorkspaceMemberRequest, metadata: Metadata, callback: (error: ServiceError | null, response: RemoveNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
    removeNotionWorkspaceMember(request: RemoveNotionWorkspaceMemberRequest, metadata: Metadata, options: Partial<CallOptions>, callback: (error: ServiceError | null, response: RemoveNotionWorkspaceMemberResponse) => void): ClientUnaryCall;
}
export declare const NotionWorkspaceServiceClient: {
    new (address: string, credentials: ChannelCredentials, options?: Partial<ClientOptions>): NotionWorkspaceServiceClient;
    service: typeof NotionWorkspaceServiceService;
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
