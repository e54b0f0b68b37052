"""HTTP request to request message, and message to JSON: the transcoding rules of http.proto.

- Template variables set the fields they name (strings, as the annotation's checks ensure).
- The body, proto3 JSON, fills the field the annotation's `body` names, or the whole
  request for `*`; an RPC without a body takes none.
- Query parameters fill every other field: a dotted field path, in proto (`page_size`) or
  JSON (`pageSize`) spelling; a repeated field by repeating the parameter (`ids=a&ids=b`);
  well-known types in their JSON string forms (a FieldMask as `id,username`, a Timestamp
  as RFC 3339). With body `*` no field is left for them, and an unknown parameter is
  refused, not ignored: a typo in `filter` must not list everything.
- PATCH without `update_mask` gets one from the body's fields, as grpc-gateway does
  (`update_mask_of`).

JSON out is canonical proto3 JSON: lowerCamel names, and a field at its default value
left out, as Google's APIs answer (grpc-gateway's default shows every field instead, which
would print each write-only secret as an empty string). A client that wants every field
reads the schema, `/openapi.json`. Input accepts both spellings, as proto3 JSON parsers
must.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from google.api import field_behavior_pb2
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from ... import errors
from ...engine.naming import behaviors
from .routes import HttpRoute

_WELL_KNOWN = "google.protobuf."
"""Messages of this package have a JSON form of their own: leaves for query and masks."""
_SKIPPED_IN_MASK = frozenset({field_behavior_pb2.OUTPUT_ONLY, field_behavior_pb2.IMMUTABLE})


def _bad(field: str, description: str) -> errors.InvalidArgument:
    return errors.untranscodable(field, description)


def _parse_error(field: str, exc: Exception) -> errors.InvalidArgument:
    # The parser's text names the field and the JSON value's problem; it is cut to the
    # length an error shows of caller input.
    if isinstance(exc, RecursionError):
        return _bad(field, "nested too deeply")
    return _bad(field, errors.shown(str(exc)).strip("'\""))


def build_request(
    route: HttpRoute,
    request: Message,
    path_params: Mapping[str, str],
    query: Iterable[tuple[str, str]],
    body: bytes,
) -> Any:
    """Fill `request` from the path, the query and the body; return the body's JSON value.

    Raises:
        InvalidArgument: for a body that is not JSON of the request, an unknown query
            parameter or a value that does not parse as its field.
    """
    document: Any = None
    if route.body:
        document = _json_body(body)
        target = request if route.body == "*" else getattr(request, route.body)
        try:
            json_format.ParseDict(document, target)
        except (json_format.ParseError, ValueError, TypeError, RecursionError) as exc:
            raise _parse_error(route.body if route.body != "*" else "body", exc) from None
    elif body.strip():
        raise _bad("body", f"{route.verb} {route.template} takes no body")
    bound = {field for _, field in route.bindings}
    descriptor: Descriptor = route.method.input_type
    query_doc = _query_document(route, descriptor, query, bound)
    if query_doc:
        extra = type(request)()
        try:
            json_format.ParseDict(query_doc, extra)
        except (json_format.ParseError, ValueError, TypeError) as exc:
            raise _parse_error("query", exc) from None
        request.MergeFrom(extra)
    for name, field_path in route.bindings:
        _set_path(request, field_path, path_params[name])
    return document


def _json_body(body: bytes) -> Any:
    if not body.strip():
        return {}
    try:
        document = json.loads(body)
    except json.JSONDecodeError as exc:
        raise _bad("body", f"not JSON: {exc.msg} at character {exc.pos}") from None
    except UnicodeDecodeError:
        raise _bad("body", "not JSON: the bytes are not UTF-8") from None
    except RecursionError:  # nesting deeper than the parser's stack
        raise _bad("body", "not JSON: nested too deeply") from None
    if not isinstance(document, dict):
        raise _bad("body", "must be a JSON object")
    return document


def _query_document(
    route: HttpRoute, message: Descriptor, query: Iterable[tuple[str, str]], bound: set[str]
) -> dict[str, Any]:
    """Return the query parameters as the proto3 JSON object they stand for."""
    document: dict[str, Any] = {}
    for key, value in query:
        chain = _resolve(message, key)
        if chain is None:
            raise _bad(key, "no such field in the request")
        field_path = ".".join(fd.name for fd in chain)
        top = chain[0].name
        if route.body == "*" or top == route.body or field_path in bound:
            raise _bad(key, "this field is not set by a query parameter here")
        node = document
        for fd in chain[:-1]:
            node = node.setdefault(fd.name, {})
        leaf = chain[-1]
        converted = _scalar(leaf, value, key)
        if leaf.is_repeated:
            node.setdefault(leaf.name, []).append(converted)
        elif leaf.name in node:
            raise _bad(key, "given more than once")
        else:
            node[leaf.name] = converted
    return document


def _resolve(message: Descriptor, key: str) -> list[FieldDescriptor] | None:
    """Return the fields a dotted query key names, proto or JSON spelling, or None."""
    chain: list[FieldDescriptor] = []
    current: Descriptor | None = message
    for part in key.split("."):
        if current is None or current.full_name.startswith(_WELL_KNOWN):
            return None
        fd = current.fields_by_name.get(part) or _by_json_name(current, part)
        if fd is None or (chain and chain[-1].is_repeated):
            return None
        chain.append(fd)
        current = fd.message_type
    last = chain[-1]
    if last.message_type is not None and not last.message_type.full_name.startswith(_WELL_KNOWN):
        return None  # a message is set through its fields, not as a whole
    return chain


def _by_json_name(message: Descriptor, name: str) -> FieldDescriptor | None:
    for fd in message.fields:
        if fd.json_name == name:
            return fd
    return None


def _scalar(fd: FieldDescriptor, value: str, key: str) -> Any:
    """Return a query value as the JSON value its field's parser takes."""
    if fd.type == FieldDescriptor.TYPE_BOOL:
        if value in ("true", "false"):
            return value == "true"
        raise _bad(key, "must be true or false")
    if fd.type == FieldDescriptor.TYPE_ENUM and value.lstrip("-").isdigit():
        return int(value)
    return value  # numbers as strings, enums by name, well-known types in JSON string form


def _set_path(request: Message, field_path: str, value: str) -> None:
    """Set the string field `field_path` (checked at start-up) of `request`."""
    *parents, leaf = field_path.split(".")
    node = request
    for part in parents:
        node = getattr(node, part)
    setattr(node, leaf, value)


def update_mask_of(message: Descriptor, document: Mapping[str, Any]) -> list[str]:
    """Return the update mask a PATCH body stands for: the paths of the fields it sets.

    As grpc-gateway does, a nested message's fields are named one by one (`a.b`), a map,
    a repeated field or a well-known type is one path. Unlike it, `id` and the fields the
    contract marks OUTPUT_ONLY or IMMUTABLE are left out: a client that sends back the
    entity it read (its `etag` for a conditional write among them) is changing none of
    them, and the server refuses an explicit mask that names them.
    """
    paths: list[str] = []
    for key, value in document.items():
        fd = message.fields_by_name.get(key) or _by_json_name(message, key)
        if fd is None or fd.name == "id" or behaviors(fd) & _SKIPPED_IN_MASK:
            continue
        sub = fd.message_type
        nested = (
            sub is not None
            and not fd.is_repeated
            and not sub.full_name.startswith(_WELL_KNOWN)
            and isinstance(value, dict)
            and value
        )
        if nested:
            assert sub is not None
            paths += [f"{fd.name}.{p}" for p in update_mask_of(sub, value)]
        else:
            paths.append(fd.name)
    return paths


def to_json(message: Message) -> dict[str, Any]:
    """Return a message as its proto3 JSON object (lowerCamel names, defaults left out)."""
    result: dict[str, Any] = json_format.MessageToDict(message)
    return result
