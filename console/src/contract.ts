// The packages and entities of the contract, read from the server's /openapi.json: nothing
// here knows an entity by name. An entity is a collection path with List (GET) and Create
// (POST), and an item path `{collection}/{id}` with Get, and Update (PATCH) and Delete when
// the contract has them (docs/http.md states the URL scheme).

/** The slice of an OpenAPI 3 schema object the console reads. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  readOnly?: boolean;
  writeOnly?: boolean;
  "x-field-behavior"?: string[];
  "x-modelstore-field"?: { secret?: unknown; encrypted?: boolean };
  "x-modelstore-name"?: string;
  "x-document-keys"?: string[];
}

interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** How a field's value is read and edited. */
export type Kind = "string" | "number" | "int64" | "boolean" | "enum" | "timestamp" | "json";

export interface Field {
  /** The JSON name: the key in the API's answers and bodies, and in `updateMask`. */
  json: string;
  /** The proto name, as filters, `order_by` and field masks spell it. */
  name: string;
  /**
   * The document keys the server stores the field under: `_id` for `id`, a secret's hash
   * (and salt) keys, the JSON name otherwise.
   */
  storedKeys: string[];
  kind: Kind;
  enumValues: string[];
  description: string;
  required: boolean;
  outputOnly: boolean;
  immutable: boolean;
  /**
   * A write-only secret or an encrypted field. The server never returns one, and the
   * console never displays one, nor keeps what was typed into it after the call.
   */
  secret: boolean;
}

export interface Entity {
  /** `platform/users`: the collection path after `/v1/`, the console's route. */
  key: string;
  /** The proto package, `modelstore.platform.v1`. */
  pkg: string;
  /** The message's full name, `modelstore.platform.v1.User`. */
  message: string;
  /** The message's short name, `User`. */
  title: string;
  collection: string;
  /** The List answer's array property (`users`) and the Get answer's entity (`user`). */
  listKey: string;
  itemKey: string;
  fields: Field[];
  canUpdate: boolean;
  canDelete: boolean;
}

export interface Contract {
  entities: Entity[];
  byKey: Map<string, Entity>;
  /** Entities by proto package, packages and entities in name order. */
  packages: Map<string, Entity[]>;
  /** Whether the server has the change feed (`ChangeService.WatchChanges`). */
  watchPath: string | null;
}

const PREFIX = "#/components/schemas/";

export async function load(): Promise<Contract> {
  const response = await fetch("/openapi.json");
  if (!response.ok) throw new Error(`/openapi.json: HTTP ${response.status}`);
  return read((await response.json()) as OpenApi);
}

export function read(doc: OpenApi): Contract {
  const schemas = doc.components.schemas;
  const entities: Entity[] = [];
  let watchPath: string | null = null;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (item["get"]?.operationId?.endsWith(".WatchChanges")) watchPath = path;
    const list = item["get"];
    const create = item["post"];
    if (path.includes("{") || path.includes(":") || !list || !create) continue;
    const itemOps = doc.paths[`${path}/{id}`];
    const answer = refName(jsonSchema(list.responses?.["200"]));
    if (!itemOps?.["get"] || !answer) continue;
    const listSchema = schemas[answer];
    const arrayEntry = Object.entries(listSchema?.properties ?? {}).find(
      ([, s]) => s.type === "array" && s.items?.$ref,
    );
    if (!arrayEntry) continue;
    const [listKey, arraySchema] = arrayEntry;
    const message = refName(arraySchema.items);
    const getAnswer = schemas[refName(jsonSchema(itemOps["get"].responses?.["200"])) ?? ""];
    const itemKey = Object.entries(getAnswer?.properties ?? {}).find(
      ([, s]) => refName(s) === message,
    )?.[0];
    const entitySchema = message ? schemas[message] : undefined;
    if (!message || !itemKey || !entitySchema) continue;
    const pkg = message.slice(0, message.lastIndexOf("."));
    entities.push({
      key: path.replace(/^\/v1\//, ""),
      pkg,
      message,
      title: message.slice(pkg.length + 1),
      collection: path,
      listKey,
      itemKey,
      fields: fieldsOf(entitySchema),
      canUpdate: Boolean(itemOps["patch"]),
      canDelete: Boolean(itemOps["delete"]),
    });
  }
  entities.sort((a, b) => a.pkg.localeCompare(b.pkg) || a.key.localeCompare(b.key));
  const packages = new Map<string, Entity[]>();
  for (const entity of entities) {
    packages.set(entity.pkg, [...(packages.get(entity.pkg) ?? []), entity]);
  }
  return { entities, byKey: new Map(entities.map((e) => [e.key, e])), packages, watchPath };
}

type Answer = NonNullable<Operation["responses"]>[string];

function jsonSchema(response: Answer | undefined): Schema | undefined {
  return response?.content?.["application/json"]?.schema;
}

/** The component a schema names, directly or as the one member of an `allOf`. */
function refName(schema: Schema | undefined): string | undefined {
  const ref = schema?.$ref ?? schema?.allOf?.[0]?.$ref;
  return ref?.startsWith(PREFIX) ? ref.slice(PREFIX.length) : undefined;
}

function fieldsOf(schema: Schema): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([json, prop]) => {
    const behaviour = new Set(prop["x-field-behavior"] ?? []);
    const rules = prop["x-modelstore-field"] ?? {};
    return {
      json,
      name: prop["x-modelstore-name"] ?? json,
      storedKeys: prop["x-document-keys"] ?? [json],
      kind: kindOf(prop),
      enumValues: prop.enum ?? [],
      description: prop.description ?? "",
      required: required.has(json) || behaviour.has("REQUIRED"),
      outputOnly: prop.readOnly === true || behaviour.has("OUTPUT_ONLY"),
      immutable: behaviour.has("IMMUTABLE") || json === "id",
      secret:
        prop.writeOnly === true ||
        behaviour.has("INPUT_ONLY") ||
        rules.secret !== undefined ||
        rules.encrypted === true,
    };
  });
}

function kindOf(prop: Schema): Kind {
  if (prop.enum) return "enum";
  if (prop.type === "boolean") return "boolean";
  if (prop.type === "integer" && (prop.format === "int64" || prop.format === "uint64")) {
    return "int64"; // proto3 JSON writes 64-bit integers as strings
  }
  if (prop.type === "integer" || prop.type === "number") return "number";
  if (prop.type === "string" && (prop.format === "int64" || prop.format === "uint64")) {
    return "int64";
  }
  if (prop.type === "string" && prop.format === "date-time") return "timestamp";
  if (prop.type === "string") return "string";
  return "json"; // messages, lists, maps, Struct: edited as JSON
}
