// Hand-written helpers of @modelstore/client. The generated messages and service clients
// live under ./gen (import them as "@modelstore/client/gen/<path of the .proto without .proto>").
import {
  type CallOptions,
  type ClientUnaryCall,
  Metadata,
  type ServiceError,
} from "@grpc/grpc-js";

import { ErrorInfo } from "./gen/google/rpc/error_details";
import { Status } from "./gen/google/rpc/status";

/** The trailer that carries the binary google.rpc.Status of a failed call. */
export const STATUS_DETAILS_KEY = "grpc-status-details-bin";
/** The type URL of a google.rpc.ErrorInfo packed in google.protobuf.Any. */
export const ERROR_INFO_TYPE_URL = "type.googleapis.com/google.rpc.ErrorInfo";
/** The ErrorInfo domain of every Modelstore error. */
export const ERROR_DOMAIN = "modelstore.dev";

/** Metadata for a call: the caller's tenant (`x-tenant-id`) and an optional bearer token. */
export function tenantMetadata(tenantId: string, token?: string): Metadata {
  const md = new Metadata();
  if (tenantId) md.set("x-tenant-id", tenantId);
  if (token) md.set("authorization", `Bearer ${token}`);
  return md;
}

/** Whether `err` is a grpc-js ServiceError (a failed call). */
export function isServiceError(err: unknown): err is ServiceError {
  return (
    err instanceof Error &&
    typeof (err as Partial<ServiceError>).code === "number" &&
    (err as Partial<ServiceError>).metadata instanceof Metadata
  );
}

/** The google.rpc.Status decoded from the `grpc-status-details-bin` trailer, if any. */
export function errorStatus(err: unknown): Status | undefined {
  if (!isServiceError(err)) return undefined;
  const [raw] = err.metadata.get(STATUS_DETAILS_KEY);
  if (raw === undefined) return undefined;
  const bytes = typeof raw === "string" ? Buffer.from(raw, "base64") : raw;
  return Status.decode(bytes);
}

/** The google.rpc.ErrorInfo of a failed call (its `reason`, e.g. "ALREADY_EXISTS_UNIQUE"). */
export function errorInfo(err: unknown): ErrorInfo | undefined {
  const status = errorStatus(err);
  const any = status?.details.find((d) => d.typeUrl === ERROR_INFO_TYPE_URL);
  return any ? ErrorInfo.decode(any.value) : undefined;
}

/** The last (fullest) overload of every generated unary client method. */
export type UnaryMethod<Req, Res> = (
  request: Req,
  metadata: Metadata,
  options: Partial<CallOptions>,
  callback: (error: ServiceError | null, response: Res) => void,
) => ClientUnaryCall;

/**
 * Calls a generated unary method and returns a promise of its response, for example
 * `await unary(users.createUser.bind(users), request, tenantMetadata("ws_1"))`.
 */
export function unary<Req, Res>(
  method: UnaryMethod<Req, Res>,
  request: Req,
  metadata: Metadata = new Metadata(),
  options: Partial<CallOptions> = {},
): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    method(request, metadata, options, (error, response) => {
      if (error) reject(error);
      else resolve(response);
    });
  });
}
