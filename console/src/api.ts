// Calls to the HTTP/JSON API (docs/http.md): the session's headers on every request, and
// every failure as the `google.rpc.Status` the server answers with.

import * as session from "./session";

/** A `google.rpc.Status` as JSON. */
export interface RpcStatus {
  code: number;
  message: string;
  details?: Array<Record<string, unknown>>;
}

/** google.rpc.Code by number, for messages such as `ABORTED: etag mismatch`. */
const CODES = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED",
] as const;

const BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly status: RpcStatus,
  ) {
    super(`${codeName(status.code)}: ${status.message}`);
  }

  get codeName(): string {
    return codeName(this.status.code);
  }

  /** The BadRequest field violations, as `field: description` lines. */
  get violations(): string[] {
    const lines: string[] = [];
    for (const detail of this.status.details ?? []) {
      if (detail["@type"] !== BAD_REQUEST) continue;
      const found = detail["fieldViolations"];
      if (!Array.isArray(found)) continue;
      for (const v of found as Array<{ field?: string; description?: string }>) {
        lines.push(`${v.field ?? ""}: ${v.description ?? ""}`);
      }
    }
    return lines;
  }
}

export function codeName(code: number): string {
  return CODES[code] ?? `code ${code}`;
}

export type Query = Record<string, string | undefined>;

function headers(json: boolean): Headers {
  const result = new Headers({ accept: "application/json" });
  if (json) result.set("content-type", "application/json");
  const tenant = session.tenant();
  if (tenant) result.set("x-tenant-id", tenant);
  const token = session.token();
  if (token) result.set("authorization", `Bearer ${token}`);
  return result;
}

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function failure(response: Response): Promise<ApiError> {
  let status: RpcStatus = { code: 2, message: `HTTP ${response.status}` };
  try {
    const body: unknown = await response.json();
    if (body && typeof body === "object" && "code" in body) status = body as RpcStatus;
  } catch {
    // not a Status (a proxy's page, say): the HTTP status is all there is
  }
  return new ApiError(response.status, status);
}

/** Make one unary call; return its JSON answer or throw its status as an ApiError. */
export async function call<T>(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  options: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const init: RequestInit = { method, headers: headers(options.body !== undefined) };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await fetch(url(path, options.query), init);
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/**
 * Follow a server-streaming RPC: its NDJSON lines (`{"result": ...}`, a last
 * `{"error": status}`) read as they arrive through fetch's body stream, each result given to
 * `each`. Ends when the stream ends or `signal` aborts.
 */
export async function follow(
  path: string,
  query: Query,
  signal: AbortSignal,
  each: (result: unknown) => void,
): Promise<void> {
  const response = await fetch(url(path, query), { headers: headers(false), signal });
  if (!response.ok || response.body === null) throw await failure(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (!line) continue;
      const message = JSON.parse(line) as { result?: unknown; error?: RpcStatus };
      if (message.error) throw new ApiError(200, message.error);
      each(message.result);
    }
  }
}
