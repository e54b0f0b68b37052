"""Which RPCs are standard methods (AIP-131..135, 164, 165, 231..235): one rule for both sides.

The server serves a standard method generically (`EntityStore`) and needs a domain handler
for every other RPC; the client retries standard reads. Both read this module, so they can
never disagree about an RPC.

An entity is a message with `(modelstore.v1.storage)`; its service is `<Entity>Service` in
the same package, or the service whose `(modelstore.v1.service).entity` names it. An RPC of
that service is standard when both hold:
- its name is a standard verb and the entity's singular (the message name) or, for List,
  Purge and the batch methods, its plural: `GetPerson`, `ListPeople`, `PurgePeople`,
  `BatchGetPeople`, `BatchCreatePeople`;
- its messages carry the fields the generic handler reads (the id, the entity, the paging
  fields ...); a batch write's `requests` are items shaped as its single method's request
  (`BatchCreatePeople` takes `repeated CreatePersonRequest requests`). A method named like
  a standard one but shaped otherwise is a domain method: it then needs an implementation
  like any other, and the server refuses to start without one, instead of the generic
  handler failing on its first call.

The plural is the declared one: `(modelstore.v1.storage).plural`, or the `plural` of a
`google.api.resource` on the message. Only where neither is declared does the English rule
(`english_plural`) guess it, and a guess is never widened to other spellings: an entity
named Person without a declared plural has `ListPersons`, and `ListPeople` is a domain method.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, cast

from google.api import resource_pb2
from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import Descriptor, MethodDescriptor, ServiceDescriptor

from modelstore.v1 import storage_pb2


class Kind(Enum):
    """What a method does."""

    CREATE = "create"
    GET = "get"
    LIST = "list"
    UPDATE = "update"
    DELETE = "delete"
    UNDELETE = "undelete"
    PURGE = "purge"
    BATCH_GET = "batch_get"
    BATCH_CREATE = "batch_create"
    BATCH_UPDATE = "batch_update"
    BATCH_DELETE = "batch_delete"
    DOMAIN = "domain"


READS = frozenset({Kind.GET, Kind.LIST, Kind.BATCH_GET})
"""The standard methods that only read (AIP-131, 132, 231)."""

BATCH_ITEMS = {
    Kind.BATCH_CREATE: Kind.CREATE,
    Kind.BATCH_UPDATE: Kind.UPDATE,
    Kind.BATCH_DELETE: Kind.DELETE,
}
"""The batch writes (AIP-233, 234, 235), each with the single method its items are requests of."""

MAX_BATCH_ITEMS = 1000
"""The most items one batch write (or ids one BatchGet) may hold: the protos document it."""


class PluralError(ValueError):
    """A declared plural that cannot be used: malformed, or two declarations that disagree."""


@dataclass(frozen=True)
class Classification:
    """What an RPC is, and where its entity sits in its messages."""

    kind: Kind
    entity_field: str | None = None
    """The request field that holds the entity (Create, Update)."""
    response_field: str | None = None
    """The response field that holds the entity or entities."""
    mismatch: str | None = None
    """For a domain method named like a standard one: why it is not standard."""
    item_entity_field: str | None = None
    """For a batch write: the field of each item (a single request) that holds the entity."""


@dataclass(frozen=True)
class _Shape:
    """The fields of a standard method's messages that the generic handler reads."""

    request_fields: tuple[str, ...]
    request_entity: bool
    """Whether the request holds one entity."""
    response_entity: bool | None
    """The response holds the entity: False singular, True repeated, None not needed."""
    response_fields: tuple[str, ...] = ()


# Kept in step with transport/handlers.standard_handler: a field listed here is one it reads
# unconditionally. Optional ones (read_mask, update_mask, show_deleted, show_total_size, a
# Delete's force) are not listed.
_SHAPES: dict[Kind, _Shape] = {
    Kind.CREATE: _Shape(("request_id",), request_entity=True, response_entity=False),
    Kind.GET: _Shape(("id",), request_entity=False, response_entity=False),
    Kind.LIST: _Shape(
        ("page_size", "page_token", "filter", "order_by"),
        request_entity=False,
        response_entity=True,
        response_fields=("next_page_token",),
    ),
    Kind.UPDATE: _Shape(("allow_missing",), request_entity=True, response_entity=False),
    # A Delete may return the entity (soft delete) or nothing.
    Kind.DELETE: _Shape(("id", "etag"), request_entity=False, response_entity=None),
    Kind.UNDELETE: _Shape(("id", "etag"), request_entity=False, response_entity=False),
    # AIP-165: a filter and force in, a count and a sample of ids out; no entity.
    Kind.PURGE: _Shape(
        ("filter", "force"),
        request_entity=False,
        response_entity=None,
        response_fields=("purge_count", "purge_sample"),
    ),
    Kind.BATCH_GET: _Shape(("ids",), request_entity=False, response_entity=True),
    # A batch write's `requests` are checked against the single method's shape (`_items`).
    Kind.BATCH_CREATE: _Shape(
        ("requests", "request_id"), request_entity=False, response_entity=True
    ),
    Kind.BATCH_UPDATE: _Shape(
        ("requests", "request_id"), request_entity=False, response_entity=True
    ),
    # A soft delete answers with the deleted entities, a hard one with nothing.
    Kind.BATCH_DELETE: _Shape(
        ("requests", "request_id"), request_entity=False, response_entity=None
    ),
}

if TYPE_CHECKING:
    from google.protobuf.internal.extension_dict import _ExtensionFieldDescriptor

# googleapis-common-protos types its extensions as plain FieldDescriptors; this is the type
# mypy-protobuf gives ours, so `Extensions[...]` is checked.
_RESOURCE = cast(
    "_ExtensionFieldDescriptor[descriptor_pb2.MessageOptions, resource_pb2.ResourceDescriptor]",
    resource_pb2.resource,
)

_LOWER_CAMEL = re.compile(r"[a-z][A-Za-z0-9]*")
"""The form of a plural (AIP-123: `google.api.ResourceDescriptor.plural`)."""


def entity_of(service: ServiceDescriptor) -> Descriptor | None:
    """Return the entity of a service: a message of its package with storage options.

    The one `(modelstore.v1.service).entity` names, else `<Entity>` of an `<Entity>Service`.
    """
    declared = service.GetOptions().Extensions[storage_pb2.service].entity
    if declared:
        name = f"{service.file.package}.{declared}"
    elif service.name.endswith("Service"):
        name = f"{service.file.package}.{service.name.removesuffix('Service')}"
    else:
        return None
    try:
        message = service.file.pool.FindMessageTypeByName(name)
    except KeyError:
        return None
    if not message.GetOptions().HasExtension(storage_pb2.storage):
        return None
    return message


def declared_plural(entity: Descriptor) -> str | None:
    """Return the plural the entity's options declare, in lowerCamelCase, or None.

    Raises `PluralError` for a plural not in lowerCamelCase, or for a storage plural and a
    `google.api.resource` plural that differ: either is a mistake in the proto, and a guess
    at which one was meant would classify methods silently.
    """
    options = entity.GetOptions()
    declared = {"(modelstore.v1.storage).plural": options.Extensions[storage_pb2.storage].plural}
    if options.HasExtension(_RESOURCE):
        declared["(google.api.resource).plural"] = options.Extensions[_RESOURCE].plural
    found = {source: value for source, value in declared.items() if value}
    for source, value in found.items():
        if not _LOWER_CAMEL.fullmatch(value):
            raise PluralError(f"{entity.full_name}: {source} {value!r} is not lowerCamelCase")
    if len(set(found.values())) > 1:
        listed = ", ".join(f"{source} {value!r}" for source, value in found.items())
        raise PluralError(f"{entity.full_name}: the declared plurals differ: {listed}")
    return next(iter(found.values()), None)


def english_plural(name: str) -> str:
    """Return the plural of a regular English noun in PascalCase: the rule where none is declared.

    Deliberately one answer, not a set of candidates: accepting several spellings would make
    any RPC that happens to match one of them a standard method.
    """
    if len(name) > 1 and name.endswith("y") and name[-2].lower() not in "aeiou":
        return name[:-1] + "ies"
    if name.endswith(("s", "x", "z", "ch", "sh")):
        return name + "es"
    return name + "s"


def plural_of(entity: Descriptor) -> str:
    """Return the entity's plural as it appears in method names: `People`, `UserData`."""
    declared = declared_plural(entity)
    if declared is None:
        return english_plural(entity.name)
    return declared[0].upper() + declared[1:]


def _standard_kind(name: str, entity: Descriptor) -> Kind | None:
    """Return the standard method a name spells for the entity, if any."""
    singular, plural = entity.name, plural_of(entity)
    names = {
        f"Create{singular}": Kind.CREATE,
        f"Get{singular}": Kind.GET,
        f"List{plural}": Kind.LIST,
        f"Update{singular}": Kind.UPDATE,
        f"Delete{singular}": Kind.DELETE,
        f"Undelete{singular}": Kind.UNDELETE,
        f"Purge{plural}": Kind.PURGE,
        f"BatchGet{plural}": Kind.BATCH_GET,
        f"BatchCreate{plural}": Kind.BATCH_CREATE,
        f"BatchUpdate{plural}": Kind.BATCH_UPDATE,
        f"BatchDelete{plural}": Kind.BATCH_DELETE,
    }
    return names.get(name)


def _entity_field(message: Descriptor, entity: Descriptor, repeated: bool) -> str | None:
    for fd in message.fields:
        if fd.message_type is entity and fd.is_repeated == repeated:
            return fd.name
    return None


def classify(method: MethodDescriptor, entity: Descriptor | None) -> Classification:
    """Classify an RPC of the service whose entity is `entity` (None: a service of no entity)."""
    if entity is None:
        return Classification(Kind.DOMAIN)
    kind = _standard_kind(method.name, entity)
    if kind is None:
        return Classification(Kind.DOMAIN)
    shape = _SHAPES[kind]
    request, response = method.input_type, method.output_type
    lacking = [
        f"{request.name}.{f}" for f in shape.request_fields if f not in request.fields_by_name
    ]
    lacking += [
        f"{response.name}.{f}" for f in shape.response_fields if f not in response.fields_by_name
    ]
    entity_field = response_field = None
    if shape.request_entity:
        entity_field = _entity_field(request, entity, repeated=False)
        if entity_field is None:
            lacking.append(f"a {entity.name} field in {request.name}")
    if shape.response_entity is not None:
        response_field = _entity_field(response, entity, repeated=shape.response_entity)
        if response_field is None:
            many = "repeated " if shape.response_entity else ""
            lacking.append(f"a {many}{entity.name} field in {response.name}")
    elif kind is Kind.DELETE:
        response_field = _entity_field(response, entity, repeated=False)
    elif kind is Kind.BATCH_DELETE:
        response_field = _entity_field(response, entity, repeated=True)
    item_entity_field = None
    if kind in BATCH_ITEMS and not lacking:
        item_entity_field = _items(request, entity, BATCH_ITEMS[kind], lacking)
    if lacking:
        verb = kind.name.replace("_", " ").title().replace(" ", "")
        return Classification(
            Kind.DOMAIN,
            mismatch=f"named as the standard {verb} of {entity.full_name} but lacks "
            + ", ".join(lacking),
        )
    return Classification(
        kind,
        entity_field=entity_field,
        response_field=response_field,
        item_entity_field=item_entity_field,
    )


def _items(request: Descriptor, entity: Descriptor, single: Kind, lacking: list[str]) -> str | None:
    """Check a batch write's items against its single method's shape; return their entity field.

    What is wrong is appended to `lacking`.
    """
    field = request.fields_by_name["requests"]
    item = field.message_type
    if item is None or not field.is_repeated:
        lacking.append(f"{request.name}.requests as repeated requests of the single method")
        return None
    shape = _SHAPES[single]
    lacking += [f"{item.name}.{f}" for f in shape.request_fields if f not in item.fields_by_name]
    if not shape.request_entity:
        return None
    found = _entity_field(item, entity, repeated=False)
    if found is None:
        lacking.append(f"a {entity.name} field in {item.name}")
    return found
