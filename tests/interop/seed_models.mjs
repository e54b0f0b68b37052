// The Mongoose models of the seed apps, bound to Modelstore's collections (the protos'
// `(modelstore.v1.storage).collection`, ENTITIES.md): seed 000 (event-streaming platform)
// and seed 001 (Notion knowledge assistant), written from the seed documents in
// /work/shared/seeds as literally as they are given.
//
// Seed 001 gives its schemas as code: they are copied field by field (types, defaults,
// enums, required, select, indexes, refs, sub-document arrays, methods). Three changes only:
// - Mongoose 9 passes no `next` to pre middleware, so the seed's
//   `pre('save', async function (next) { ...; next(); })` hooks are written as async
//   functions that return instead (mongoose's migration guide, "Pre middleware no longer
//   supports next()");
// - the seed's `encrypt(token)` / `decrypt(token)` are not given; they are
//   seed_crypto.mjs's, in Modelstore's stored format, which also takes the keyring and the
//   value's place (collection, document id, field: the ciphertext is bound to it);
// - the tenant isolation plugin is described but its code is not given, so it is not
//   applied: queries here name `workspaceId` themselves.
// Seed 000 gives "schema highlights" in prose, not code: each field it lists is declared
// with the type the prose implies (`_id` strings where it declares `_id`, so Mongoose's
// ObjectId for Notification and Contact; `(mixed)`/"arbitrary" as Mixed; "indexed" as
// `index: true`; "unique" as `unique: true`; "ref" as `ref`), and where the prose is silent
// (required, defaults) the model says what Modelstore's protos say, so the app and the
// service agree on what a fresh document holds.
import bcrypt from "bcryptjs";
import { Schema } from "mongoose";

import { decrypt, encrypt, placeOf } from "./seed_crypto.mjs";

// --- seed 000: @event-streaming-platform/data-models -----------------------------------

/** `makeModels(conn)` of seed 000: every platform model registered on `conn`. */
export function makeModels(conn) {
  const workspaceSchema = new Schema({
    _id: String,
    name: { type: String, required: true },
    status: { type: String, enum: ["active", "inactive"], default: "active", index: true },
    allowedOrigins: [String],
  });

  const clientSchema = new Schema({
    _id: String,
    status: { type: String, enum: ["active", "inactive"], default: "active", index: true },
    secretHash: String,
    secretSalt: String,
    allowedScopes: [String],
    allowedTopics: [String],
  });

  const userSchema = new Schema({
    _id: String,
    workspaceId: { type: String, ref: "Workspace", required: true, index: true },
    username: { type: String, required: true, unique: true },
    passwordHash: String,
    passwordSalt: String,
    roles: [String],
    status: { type: String, enum: ["active", "inactive"], default: "active", index: true },
  });
  userSchema.virtual("workspace", {
    ref: "Workspace",
    localField: "workspaceId",
    foreignField: "_id",
    justOne: true,
  });

  const sessionSchema = new Schema({
    _id: String, // the session UUID
    workspaceId: { type: String, ref: "Workspace", required: true, index: true },
    principalId: { type: String, required: true },
    principalType: { type: String, enum: ["client", "user"], required: true, index: true },
    scopes: [String],
    topics: [String],
    context: Schema.Types.Mixed,
    status: { type: String, enum: ["active", "revoked"], default: "active", index: true },
    expiresAt: { type: Date, index: true },
  });
  sessionSchema.virtual("workspace", {
    ref: "Workspace",
    localField: "workspaceId",
    foreignField: "_id",
    justOne: true,
  });

  const notificationSchema = new Schema({
    channel: { type: String, enum: ["slack", "email"], required: true, index: true },
    type: { type: String, required: true, index: true },
    correlationId: { type: String, index: true },
    tenantId: { type: String, ref: "Workspace" },
    contactId: { type: Schema.Types.ObjectId, ref: "Contact" },
    target: Schema.Types.Mixed, // channel-specific
    payload: Schema.Types.Mixed,
    status: { type: String, enum: ["queued", "sent", "failed"], default: "queued", index: true },
    error: Schema.Types.Mixed, // a snapshot of the delivery error
    deliveredAt: Date,
  });

  const contactSchema = new Schema({
    email: { type: String, lowercase: true, trim: true },
    phone: { type: String, index: true },
    role: {
      type: String,
      enum: ["admin", "member", "agent", "viewer"],
      default: "member",
      index: true,
    },
    status: {
      type: String,
      enum: ["active", "invited", "inactive", "deleted"],
      default: "active",
      index: true,
    },
    emailVerified: { type: Boolean, default: false },
    phoneVerified: { type: Boolean, default: false },
    tags: [String],
    attributes: Schema.Types.Mixed,
    source: String,
    lastSeenAt: Date,
  });
  contactSchema.index(
    { email: 1 },
    { unique: true, partialFilterExpression: { email: { $exists: true } } },
  );

  return {
    Workspace: conn.model("Workspace", workspaceSchema, "platform.workspaces"),
    Client: conn.model("Client", clientSchema, "platform.clients"),
    User: conn.model("User", userSchema, "platform.users"),
    Session: conn.model("Session", sessionSchema, "platform.sessions"),
    Notification: conn.model("Notification", notificationSchema, "platform.notifications"),
    Contact: conn.model("Contact", contactSchema, "platform.contacts"),
  };
}

// --- seed 001: the Notion knowledge assistant's models/*.js ------------------------------

/** Every model of seed 001 registered on `conn` (a connection of its own: the model names
 * `User` collide with seed 000's). `keyring` (seed_crypto.mjs `loadKeyring`) opens and
 * seals the encrypted access token. */
export function makeKnowledgeModels(conn, keyring) {
  const userSchema = new Schema({
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
    },
    password: {
      type: String,
      required: true,
      select: false, // Don't include in queries by default
    },
    name: {
      type: String,
      required: true,
      trim: true,
    },
    status: {
      type: String,
      enum: ["active", "inactive", "suspended"],
      default: "active",
    },
    role: {
      type: String,
      enum: ["user", "admin"],
      default: "user",
    },
    refreshToken: {
      type: String,
      select: false,
    },
    lastLoginAt: Date,
    createdAt: {
      type: Date,
      default: Date.now,
    },
  });

  // Password hashing
  userSchema.pre("save", async function () {
    if (!this.isModified("password")) return;
    this.password = await bcrypt.hash(this.password, 12);
  });

  // Password comparison
  userSchema.methods.comparePassword = async function (candidatePassword) {
    return bcrypt.compare(candidatePassword, this.password);
  };

  const memberSchema = new Schema({
    user: {
      type: Schema.Types.ObjectId,
      ref: "User",
      required: true,
    },
    role: {
      type: String,
      enum: ["owner", "admin", "member", "viewer"],
      default: "member",
    },
    permissions: {
      canQuery: { type: Boolean, default: true },
      canViewSources: { type: Boolean, default: true },
      canInvite: { type: Boolean, default: false },
      canManageSync: { type: Boolean, default: false },
      canEditSettings: { type: Boolean, default: false },
    },
    status: {
      type: String,
      enum: ["active", "pending", "removed"],
      default: "active",
    },
    joinedAt: {
      type: Date,
      default: Date.now,
    },
  });

  const notionWorkspaceSchema = new Schema({
    workspaceId: {
      type: String,
      required: true,
      unique: true,
      index: true,
    },
    workspaceName: {
      type: String,
      required: true,
    },
    owner: {
      type: Schema.Types.ObjectId,
      ref: "User",
      required: true,
    },
    members: [memberSchema],
    accessToken: {
      type: String,
      required: true,
      select: false, // Encrypted token
    },
    refreshToken: {
      type: String,
      select: false,
    },
    syncStatus: {
      type: String,
      enum: ["idle", "syncing", "error", "active"],
      default: "idle",
    },
    syncSchedule: {
      enabled: { type: Boolean, default: true },
      intervalHours: { type: Number, default: 24 },
      lastScheduledAt: Date,
    },
    stats: {
      totalPages: { type: Number, default: 0 },
      totalDatabases: { type: Number, default: 0 },
      totalDocuments: { type: Number, default: 0 },
      lastSyncDuration: Number,
      errorCount: { type: Number, default: 0 },
    },
    lastSuccessfulSyncAt: Date,
    createdAt: {
      type: Date,
      default: Date.now,
    },
  });

  // Where the token is stored: Modelstore binds the ciphertext to it.
  const tokenPlace = (doc) => placeOf("knowledge.notion_workspaces", doc._id, "access_token");

  // Encrypt token before saving
  notionWorkspaceSchema.pre("save", async function () {
    if (this.isModified("accessToken")) {
      this.accessToken = encrypt(keyring, this.accessToken, tokenPlace(this));
    }
  });

  // Decrypt token method
  notionWorkspaceSchema.methods.getDecryptedToken = function () {
    return decrypt(keyring, this.accessToken, tokenPlace(this));
  };

  // Update sync status
  notionWorkspaceSchema.methods.updateSyncStatus = async function (status, jobId) {
    this.syncStatus = status;
    if (jobId) this.currentSyncJobId = jobId;
    return this.save();
  };

  const conversationSchema = new Schema({
    workspaceId: {
      type: Schema.Types.ObjectId,
      ref: "NotionWorkspace",
      required: true,
      index: true,
    },
    userId: {
      type: Schema.Types.ObjectId,
      ref: "User",
      required: true,
      index: true,
    },
    title: {
      type: String,
      default: "New Conversation",
    },
    messageCount: {
      type: Number,
      default: 0,
    },
    lastMessageAt: {
      type: Date,
      default: Date.now,
    },
    status: {
      type: String,
      enum: ["active", "archived", "deleted"],
      default: "active",
    },
    metadata: {
      intents: [String],
      topics: [String],
      averageConfidence: Number,
    },
    createdAt: {
      type: Date,
      default: Date.now,
    },
  });

  // Index for efficient queries
  conversationSchema.index({ workspaceId: 1, userId: 1, status: 1 });
  conversationSchema.index({ lastMessageAt: -1 });

  // Virtual for messages
  conversationSchema.virtual("messages", {
    ref: "Message",
    localField: "_id",
    foreignField: "conversationId",
  });

  const messageSchema = new Schema({
    conversationId: {
      type: Schema.Types.ObjectId,
      ref: "Conversation",
      required: true,
      index: true,
    },
    role: {
      type: String,
      enum: ["user", "assistant", "system"],
      required: true,
    },
    content: {
      type: String,
      required: true,
    },
    metadata: {
      sources: [
        {
          sourceNumber: Number,
          title: String,
          url: String,
          section: String,
        },
      ],
      confidence: Number,
      intent: String,
      processingTime: Number,
      citedSources: [Number],
      isGrounded: Boolean,
      hasHallucinations: Boolean,
    },
    timestamp: {
      type: Date,
      default: Date.now,
      index: true,
    },
  });

  // Compound index for efficient conversation queries
  messageSchema.index({ conversationId: 1, timestamp: 1 });

  const documentSourceSchema = new Schema({
    workspaceId: {
      type: String,
      required: true,
      index: true,
    },
    sourceType: {
      type: String,
      enum: ["notion", "pdf", "web"],
      default: "notion",
    },
    sourceId: {
      type: String,
      required: true,
    },
    documentType: {
      type: String,
      enum: ["page", "database", "file"],
      default: "page",
    },
    title: {
      type: String,
      required: true,
    },
    url: String,
    contentHash: {
      type: String,
      index: true,
    },
    syncStatus: {
      type: String,
      enum: ["pending", "indexed", "error", "deleted"],
      default: "pending",
    },
    chunkCount: {
      type: Number,
      default: 0,
    },
    vectorStoreIds: [String],
    lastModifiedInSource: Date,
    lastIndexedAt: Date,
    metadata: {
      author: String,
      createdAt: Date,
      properties: Schema.Types.Mixed,
      parentId: String,
      parentType: String,
    },
    error: {
      message: String,
      timestamp: Date,
      retryCount: Number,
    },
    createdAt: {
      type: Date,
      default: Date.now,
    },
  });

  // Compound unique index
  documentSourceSchema.index({ workspaceId: 1, sourceId: 1 }, { unique: true });

  // Mark as deleted
  documentSourceSchema.methods.markAsDeleted = async function () {
    this.syncStatus = "deleted";
    this.deletedAt = new Date();
    return this.save();
  };

  const syncJobSchema = new Schema({
    jobId: {
      type: String,
      required: true,
      index: true,
    },
    workspaceId: {
      type: String,
      required: true,
      index: true,
    },
    jobType: {
      type: String,
      enum: ["full_sync", "incremental_sync"],
      required: true,
    },
    status: {
      type: String,
      enum: ["queued", "processing", "completed", "failed", "cancelled"],
      default: "queued",
    },
    triggeredBy: {
      type: String,
      enum: ["manual", "scheduled", "auto", "webhook"],
      default: "manual",
    },
    progress: {
      totalDocuments: Number,
      processedDocuments: Number,
      successCount: Number,
      errorCount: Number,
      skippedCount: Number,
      currentDocument: String,
    },
    results: {
      documentsAdded: Number,
      documentsUpdated: Number,
      documentsDeleted: Number,
      errors: [
        {
          documentId: String,
          error: String,
          timestamp: Date,
        },
      ],
    },
    retryCount: {
      type: Number,
      default: 0,
    },
    error: {
      message: String,
      timestamp: Date,
    },
    startedAt: Date,
    completedAt: Date,
    duration: Number,
    createdAt: {
      type: Date,
      default: Date.now,
    },
  });

  // Update progress
  syncJobSchema.methods.updateProgress = async function (progress) {
    Object.assign(this.progress, progress);
    return this.save();
  };

  // Complete job
  syncJobSchema.methods.complete = async function (results) {
    this.status = "completed";
    this.results = results;
    this.completedAt = new Date();
    this.duration = this.completedAt - this.startedAt;
    return this.save();
  };

  // Fail job
  syncJobSchema.methods.fail = async function (error) {
    this.status = "failed";
    this.error = {
      message: error.message,
      timestamp: new Date(),
    };
    this.completedAt = new Date();
    this.duration = this.completedAt - this.startedAt;
    return this.save();
  };

  const analyticsSchema = new Schema({
    workspaceId: {
      type: Schema.Types.ObjectId,
      ref: "NotionWorkspace",
      required: true,
      index: true,
    },
    eventType: {
      type: String,
      enum: ["query", "sync", "login", "error"],
      required: true,
    },
    data: {
      query: String,
      intent: String,
      confidence: Number,
      sourceCount: Number,
      responseTime: Number,
      cacheHit: Boolean,
      userId: Schema.Types.ObjectId,
      conversationId: Schema.Types.ObjectId,
    },
    timestamp: {
      type: Date,
      default: Date.now,
      index: true,
    },
  });

  // TTL index - auto-delete after 90 days
  analyticsSchema.index({ timestamp: 1 }, { expireAfterSeconds: 90 * 24 * 60 * 60 });

  // Compound indexes for queries
  analyticsSchema.index({ workspaceId: 1, eventType: 1, timestamp: -1 });

  return {
    User: conn.model("User", userSchema, "knowledge.users"),
    NotionWorkspace: conn.model(
      "NotionWorkspace",
      notionWorkspaceSchema,
      "knowledge.notion_workspaces",
    ),
    Conversation: conn.model("Conversation", conversationSchema, "knowledge.conversations"),
    Message: conn.model("Message", messageSchema, "knowledge.messages"),
    DocumentSource: conn.model(
      "DocumentSource",
      documentSourceSchema,
      "knowledge.document_sources",
    ),
    SyncJob: conn.model("SyncJob", syncJobSchema, "knowledge.sync_jobs"),
    Analytics: conn.model("Analytics", analyticsSchema, "knowledge.analytics"),
  };
}
