"""Generate the OpenAPI 3 document of the HTTP/JSON API (docs/http.md) from the protos.

Called by scripts/generate.py as `generate(protoc, files)`. gnostic's protoc-gen-openapi
(pinned in scripts/setup.d/go.sh) writes the document from the `google.api.http`
annotations, the comments and `google.api.field_behavior` (REQUIRED as `required`,
OUTPUT_ONLY as `readOnly`, INPUT_ONLY as `writeOnly`). One small step after it
(`post_process`) adds what it does not know, and writes the result as JSON into the
server package, which serves it at `/openapi.json`:

- an entity's fields' stored document keys as `x-document-keys` (`_id` for `id`; a
  secret's hash and salt keys), so a client can show a stored document's names beside
  the API's (`EntityModel.field_of_key`, the map the change feed and audit log use);
- every field's behaviours as `x-field-behavior` (IMMUTABLE has no OpenAPI keyword), and
  its validation rules: the server's own (`modelstore_server.engine.rules.read_rules`,
  declared max lengths and the defaults it applies without one) as `minLength`,
  `maxLength`, `format: email`, `minimum` and `maxItems`, and the raw
  `(modelstore.v1.field)` options as `x-modelstore-field` (trim, references, defaults);
- on an entity's own fields, the proto name as `x-modelstore-name` (filters, `order_by`
  and field masks spell fields so) and the document keys the server stores the field under
  as `x-modelstore-stored-keys` (`_id` for `id`, a secret's hash and salt keys), from the
  entity model the server itself reads: the data console shows them (docs/console.md);
- operation ids and tags by full name: five packages each have a `UserService`;
- one path per URL shape: `/users/{id}` and `/users/{user.id}` are the same path to
  OpenAPI, so the PATCH joins the other methods under `{id}`;
- a server-streaming RPC's answer as NDJSON lines of `{"result": ...}` / `{"error": ...}`.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import tempfile
from typing import Any

import yaml
from google.protobuf import descriptor_pool, json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "modelstore_server" / "transport" / "http" / "openapi.json"
SETUP = ROOT / "scripts" / "setup.d" / "go.sh"
OPTIONS = "naming=json,enum_type=string,fq_schema_naming=true,default_response=true"
TITLE = "Modelstore"
_VARIABLE = re.compile(r"\{([^}]*)\}")
_BEHAVIOR_NAMES = {
    1: "OPTIONAL",
    2: "REQUIRED",
    3: "OUTPUT_ONLY",
    4: "INPUT_ONLY",
    5: "IMMUTABLE",
    6: "UNORDERED_LIST",
    7: "NON_EMPTY_DEFAULT",
    8: "IDENTIFIER",
}


def _plugin() -> pathlib.Path:
    match = re.search(r"^PROTOC_GEN_OPENAPI_VERSION=(\S+)$", SETUP.read_text(), re.MULTILINE)
    if not match:
        raise SystemExit(f"gen_openapi: PROTOC_GEN_OPENAPI_VERSION not found in {SETUP}")
    gopath = subprocess.run(
        ["go", "env", "GOPATH"], check=True, capture_output=True, text=True
    ).stdout.strip()
    path = pathlib.Path(gopath) / "bin" / f"protoc-gen-openapi-{match.group(1)}"
    if not path.exists():
        raise SystemExit(f"gen_openapi: {path} is not installed; run scripts/setup")
    return path


def generate(protoc: list[str], files: list[str]) -> None:
    """Write the server's openapi.json from every proto file."""
    with tempfile.TemporaryDirectory(prefix="gen-openapi-") as tmp:
        cmd = [
            *protoc,
            f"--plugin=protoc-gen-openapi={_plugin()}",
            f"--openapi_out={OPTIONS},title={TITLE},version=v1:{tmp}",
            *files,
        ]
        subprocess.run(cmd, check=True, cwd=ROOT)
        document = yaml.safe_load((pathlib.Path(tmp) / "openapi.yaml").read_text())
    OUT.write_text(json.dumps(post_process(document), indent=1, sort_keys=False) + "\n")


def post_process(document: dict[str, Any]) -> dict[str, Any]:
    """Add what gnostic leaves out (the module says what), in place; return the document."""
    from modelstore.client.descriptors import generated_files

    files = generated_files()  # imports every generated module into the default pool
    pool = descriptor_pool.Default()
    rpcs = _rpcs_by_route(files)
    _name_operations(document, rpcs)
    _merge_paths(document)
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        try:
            message = pool.FindMessageTypeByName(name)
        except KeyError:
            continue
        _add_rules(message, schema)
    return document


def _rpcs_by_route(files: Any) -> dict[tuple[str, str], Any]:
    """Return (verb, path template) -> method descriptor of every annotated RPC."""
    from modelstore_server.transport.http.routes import http_rule

    found: dict[tuple[str, str], Any] = {}
    for fdesc in files:
        for service in fdesc.services_by_name.values():
            for method in service.methods:
                rule = http_rule(method)
                if rule is not None:
                    verb = rule.WhichOneof("pattern")
                    found[(str(verb), getattr(rule, str(verb)))] = method
    return found


def _name_operations(document: dict[str, Any], rpcs: dict[tuple[str, str], Any]) -> None:
    """Qualify operation ids and tags by the service's full name; stream answers as NDJSON."""
    services: dict[str, str] = {}
    short_descriptions: dict[str, list[str]] = {}
    for tag in document.get("tags", []):
        short_descriptions.setdefault(tag["name"], []).append(tag.get("description", ""))
    for path, item in document["paths"].items():
        for verb, operation in item.items():
            method = rpcs.get((verb, path))
            if method is None:
                continue
            service = method.containing_service
            operation["operationId"] = method.full_name
            operation["tags"] = [service.full_name]
            descriptions = short_descriptions.get(service.name, [])
            # A short name used once has its description; five UserServices cannot be told
            # apart in gnostic's list, so theirs is left out rather than guessed.
            services[service.full_name] = descriptions[0] if len(descriptions) == 1 else ""
            if method.server_streaming:
                _stream_answer(operation, method.output_type.full_name)
    document["tags"] = [
        {"name": name, **({"description": text} if text else {})}
        for name, text in sorted(services.items())
    ]


def _stream_answer(operation: dict[str, Any], response: str) -> None:
    operation["responses"]["200"] = {
        "description": "A stream of newline-delimited JSON objects, one a line: each"
        ' `{"result": response}`, and an error after the stream started as a last'
        ' `{"error": status}`.',
        "content": {
            "application/x-ndjson": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "result": {"$ref": f"#/components/schemas/{response}"},
                        "error": {"$ref": "#/components/schemas/google.rpc.Status"},
                    },
                }
            }
        },
    }


def _merge_paths(document: dict[str, Any]) -> None:
    """Put the operations of paths that differ only by variable names under one path."""
    paths: dict[str, Any] = document["paths"]
    first: dict[str, str] = {}
    for path in list(paths):
        shape = _VARIABLE.sub("{}", path)
        if shape not in first:
            first[shape] = path
            continue
        target = first[shape]
        names = _VARIABLE.findall(target)
        for verb, operation in paths.pop(path).items():
            renamed = dict(zip(_VARIABLE.findall(path), names, strict=True))
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "path" and parameter["name"] in renamed:
                    field = parameter["name"]
                    parameter["name"] = renamed[field]
                    parameter["description"] = f"The request's `{field}`."
            paths[target][verb] = operation


_NUMBERS = frozenset(
    {
        FieldDescriptor.CPPTYPE_INT32,
        FieldDescriptor.CPPTYPE_INT64,
        FieldDescriptor.CPPTYPE_UINT32,
        FieldDescriptor.CPPTYPE_UINT64,
        FieldDescriptor.CPPTYPE_DOUBLE,
        FieldDescriptor.CPPTYPE_FLOAT,
    }
)


def _add_rules(message: Descriptor, schema: dict[str, Any]) -> None:
    """Add each field's behaviours and validation rules to its property's schema."""
    from modelstore.v1 import storage_pb2
    from modelstore_server.engine.naming import behaviors
    from modelstore_server.engine.rules import read_rules

    in_entity = message.GetOptions().HasExtension(storage_pb2.storage)
    properties: dict[str, Any] = schema.get("properties", {})
    stored: dict[str, list[str]] = {}
    if in_entity:
        from modelstore_server.engine.model import build_entity_model

        model = build_entity_model(message)
        for key, name in model.field_of_key.items():
            stored.setdefault(name, []).append(key)
        for name, secret in model.secrets.items():  # never stored under its own name
            stored[name] = [k for k in (secret.hash_key, secret.salt_key) if k]
    for fd in message.fields:
        prop = properties.get(fd.json_name)
        if prop is None:
            continue
        extra: dict[str, Any] = {}
        if in_entity:
            extra["x-modelstore-name"] = fd.name
        if fd.name in stored:
            extra["x-document-keys"] = sorted(stored[fd.name])
        kinds = sorted(behaviors(fd))
        if kinds:
            extra["x-field-behavior"] = [_BEHAVIOR_NAMES.get(k, str(k)) for k in kinds]
        rules = read_rules(fd, in_entity=in_entity)
        if rules.options is not None and rules.options.ListFields():
            extra["x-modelstore-field"] = json_format.MessageToDict(rules.options)
        value: dict[str, Any] = {}
        if fd.type == FieldDescriptor.TYPE_STRING:
            if rules.min_len:
                value["minLength"] = rules.min_len
            if rules.max_len:
                value["maxLength"] = rules.max_len
            if rules.email:
                value["format"] = "email"
        if rules.gte is not None and fd.cpp_type in _NUMBERS:
            value["minimum"] = rules.gte
        if fd.is_repeated and rules.max_items and "items" in prop:
            extra["maxItems"] = rules.max_items
        _apply(prop, value, extra, repeated=fd.is_repeated and "items" in prop)


def _apply(
    prop: dict[str, Any], value: dict[str, Any], extra: dict[str, Any], *, repeated: bool
) -> None:
    """Merge rules into a property; a `$ref` gets them beside it through `allOf`."""
    if repeated:
        prop["items"].update(value)
        value = {}
    added = {**value, **extra}
    if not added:
        return
    if "$ref" in prop:
        ref = prop.pop("$ref")
        prop["allOf"] = [{"$ref": ref}]
    prop.update(added)
