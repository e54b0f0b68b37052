"""The HTTP routes of the contract, read from each RPC's `google.api.http` annotation.

The annotation is the only source: nothing here knows an entity or a method by name. A
template may bind plain field paths (`/v1/platform/users/{user.id}`); the `{field=pattern}`
form and `additional_bindings` are not used by the contract, and an RPC that uses them
stops the server at start-up, like a bound field that is not a string, rather than being
served some other way than its annotation says. docs/http.md states the scheme the
contract follows, and tests/contract/test_http_annotations.py checks every RPC against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from google.api import annotations_pb2, http_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor

if TYPE_CHECKING:
    from google.protobuf.descriptor_pb2 import MethodOptions
    from google.protobuf.internal.extension_dict import _ExtensionFieldDescriptor

# googleapis-common-protos types its extensions as plain FieldDescriptors (engine.naming).
_HTTP = cast("_ExtensionFieldDescriptor[MethodOptions, http_pb2.HttpRule]", annotations_pb2.http)
_VARIABLE = re.compile(r"\{([^}]*)\}")
_FIELD_PATH = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_VERBS = ("get", "put", "post", "delete", "patch")


class AnnotationError(ValueError):
    """An RPC's `google.api.http` annotation cannot be served."""


@dataclass(frozen=True)
class HttpRoute:
    """One RPC's HTTP binding."""

    rpc: str
    """The gRPC method path, `/package.Service/Method`."""
    verb: str
    """The HTTP method, upper case."""
    template: str
    """The annotation's path template, for example `/v1/platform/users/{user.id}`."""
    path: str
    """The template as a Starlette route path (a parameter per bound field)."""
    bindings: tuple[tuple[str, str], ...]
    """(route parameter, request field path) of every template variable."""
    body: str
    """The annotation's body: "" (none), "*" (the whole request) or a request field."""
    method: MethodDescriptor

    @property
    def streaming(self) -> bool:
        """Whether the RPC streams its responses (served as NDJSON)."""
        return bool(self.method.server_streaming)


def http_rule(method: MethodDescriptor) -> http_pb2.HttpRule | None:
    """Return an RPC's `google.api.http` rule, or None when it has none."""
    options = method.GetOptions()
    if not options.HasExtension(_HTTP):
        return None
    return options.Extensions[_HTTP]


def route_of(rpc: str, method: MethodDescriptor) -> HttpRoute | None:
    """Return the route of an RPC (None without an annotation).

    Raises:
        AnnotationError: for an annotation this gateway cannot serve as written.
    """
    rule = http_rule(method)
    if rule is None:
        return None
    if rule.additional_bindings:
        raise AnnotationError(f"{rpc}: additional_bindings are not served")
    pattern = rule.WhichOneof("pattern")
    if pattern not in _VERBS:
        raise AnnotationError(f"{rpc}: HTTP pattern {pattern!r} is not served")
    template: str = getattr(rule, pattern)
    bindings: list[tuple[str, str]] = []

    def parameter(match: re.Match[str]) -> str:
        field_path = match.group(1)
        if not _FIELD_PATH.fullmatch(field_path):
            raise AnnotationError(f"{rpc}: template variable {{{field_path}}} is not served")
        _string_field(rpc, method.input_type, field_path)
        name = field_path.replace(".", "__")
        bindings.append((name, field_path))
        return "{" + name + "}"

    path = _VARIABLE.sub(parameter, template)
    if rule.body not in ("", "*"):
        body_field = method.input_type.fields_by_name.get(rule.body)
        if body_field is None or body_field.message_type is None or body_field.is_repeated:
            raise AnnotationError(f"{rpc}: body {rule.body!r} is not a message field")
    return HttpRoute(
        rpc=rpc,
        verb=pattern.upper(),
        template=template,
        path=path,
        bindings=tuple(bindings),
        body=rule.body,
        method=method,
    )


def _string_field(rpc: str, message: Descriptor, field_path: str) -> FieldDescriptor:
    """Return the string field a template variable binds, or raise AnnotationError."""
    fd: FieldDescriptor | None = None
    current: Descriptor | None = message
    for part in field_path.split("."):
        if current is None:
            raise AnnotationError(f"{rpc}: {field_path} crosses a non-message field")
        fd = current.fields_by_name.get(part)
        if fd is None:
            raise AnnotationError(f"{rpc}: {field_path} names no field")
        current = fd.message_type
    assert fd is not None
    if fd.type != FieldDescriptor.TYPE_STRING or fd.is_repeated:
        raise AnnotationError(f"{rpc}: {field_path} is not a singular string field")
    return fd


def ordered(routes: list[HttpRoute]) -> list[HttpRoute]:
    """Return the routes in matching order: a custom verb before its plain resource path.

    A route parameter matches any segment, so `/users/{id}` would also match
    `/users/usr_1:verifyPassword`; the routes with a literal after their last variable go
    first, and the rest keep their declared order.
    """
    return sorted(routes, key=lambda r: 0 if ":" in r.path.rsplit("}", 1)[-1] else 1)
