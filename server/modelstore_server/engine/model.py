"""Entity models: everything the engine knows about an entity, read once from its descriptor.

An entity is any message that carries the `(modelstore.v1.storage)` option. Its model is
built at start-up from the entity's field plan (`field_plan.plan_of`) and its storage
options, so no request ever inspects descriptor options on the hot path; field paths
resolve through the plan (`resolve_path` is a thin reader of `MessagePlan.resolve`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from modelstore.v1 import storage_pb2

from ..storage.indexes import IndexSpec
from .field_plan import plan_of
from .naming import behaviors, field_rules
from .stored_ids import STRING, IdCodec

__all__ = [
    "EntityModel",
    "IndexModel",
    "ReferenceChoice",
    "SecretField",
    "TtlRule",
    "behaviors",
    "build_entity_model",
    "list_index_keys",
    "resolve_path",
]


@dataclass(frozen=True)
class SecretField:
    """A write-only secret stored as a salted (or, for lookups, keyed) hash."""

    name: str
    """The snake_case field name."""
    algorithm: int
    """A `modelstore.v1.SecretAlgorithm` number."""
    hash_key: str
    """The document key of the hash."""
    salt_key: str | None
    """The document key of the salt, or None when the hash embeds it (bcrypt, better-auth's
    `salt:key`) or has none (a keyed lookup hash)."""
    earlier: tuple[str, str] | None = None
    """The hash and salt keys of the SECRET_ALGORITHM_SCRYPT form that an earlier version
    stored for this field: still verified, and removed by the next write of the field."""

    @property
    def keyed(self) -> bool:
        """Whether this is a keyed lookup hash: found by value, returned once on create."""
        return self.algorithm == storage_pb2.SECRET_ALGORITHM_HMAC_SHA256


@dataclass(frozen=True)
class ReferenceChoice:
    """A polymorphic reference (`references_by`): the entity depends on a discriminator."""

    discriminator: str
    """The snake_case enum field that selects the entity."""
    targets: dict[int, str]
    """Referenced entity full names by discriminator enum number."""


@dataclass(frozen=True)
class TtlRule:
    """A TTL index: documents expire `seconds` after the value of `key`."""

    key: str
    """The document key of the date field."""
    seconds: int
    """Seconds after the date at which the document expires."""


@dataclass(frozen=True)
class IndexModel:
    """One index, with its keys resolved to document keys."""

    name: str
    """The index name."""
    keys: tuple[tuple[str, int], ...]
    """(document key, 1 or -1) pairs."""
    fields: tuple[str, ...]
    """The snake_case field paths of the keys, for error messages."""
    unique: bool
    """Whether the index is unique."""
    only_when_present: bool
    """Whether the index covers only documents that have every key."""
    expire_after_seconds: int
    """TTL in seconds, or 0."""


@dataclass(frozen=True)
class EntityModel:
    """The storage model of one entity message."""

    descriptor: Descriptor
    """The entity message descriptor."""
    message_class: type[Message]
    """The generated message class."""
    collection: str
    """The MongoDB collection."""
    tenant_field: str | None
    """The snake_case tenant field (`id` for a tenant entity), or None when global."""
    tenant_key: str | None
    """The document key of the tenant field (`_id` for a tenant entity)."""
    soft_delete_field: str | None
    """The snake_case soft-delete flag, or None when deletes are hard."""
    soft_delete_key: str | None
    """The document key of the soft-delete flag."""
    indexes: tuple[IndexModel, ...]
    """Secondary indexes."""
    output_only: frozenset[str]
    """Top-level fields the server sets."""
    immutable: frozenset[str]
    """Top-level fields that cannot change after create."""
    required: frozenset[str]
    """Top-level fields required on create."""
    secrets: dict[str, SecretField]
    """Write-only hashed fields by name."""
    encrypted: frozenset[str]
    """Encrypted fields by name."""
    defaults: dict[str, str]
    """Default values (as text) by top-level field name."""
    references: dict[str, str]
    """Referenced entity full names by top-level field name."""
    ttl: tuple[TtlRule, ...]
    """TTL rules derived from the indexes."""
    tenant_from: str | None = None
    """The reference field whose entity carries this entity's tenant
    (`(modelstore.v1.storage).tenant_from`), or None."""
    tenant_from_key: str | None = None
    """The document key of `tenant_from`."""
    reference_choices: dict[str, ReferenceChoice] = field(default_factory=dict)
    """Polymorphic references by top-level field name (`references_by`)."""
    field_keys: dict[str, str] = field(default_factory=dict)
    """Document keys by top-level field name."""
    list_orders: tuple[tuple[tuple[str, int], ...], ...] = ()
    """The declared List orders: the default (by id) and one per declared index, each the
    index keys after the tenant equality prefix, as (document key, direction) pairs."""
    list_indexes: tuple[IndexModel, ...] = ()
    """Indexes the engine adds so that every declared List order is served by an index:
    tenant equality, the order's keys, then `_id` (the keyset tie-breaker). None is added
    where a declared index already starts with those keys."""
    ids: IdCodec = STRING
    """How the entity's own id is stored (`(modelstore.v1.field).id_type` on `id`)."""
    tenant_ids: IdCodec = STRING
    """How the tenant field's values are stored (the entity's own for a tenant entity)."""

    @property
    def full_name(self) -> str:
        """Return the message's full proto name."""
        return self.descriptor.full_name

    @property
    def name(self) -> str:
        """Return the message's short name, for example `Workspace`."""
        return self.descriptor.name

    @functools.cached_property
    def field_of_key(self) -> dict[str, str]:
        """Map each document key to the top-level field it stores.

        A secret's hash and salt keys name the secret: the change feed and the audit log
        report changed fields by name.
        """
        names = {key: name for name, key in self.field_keys.items()}
        for secret in self.secrets.values():  # stored under keys of their own
            names.setdefault(secret.hash_key, secret.name)
            if secret.salt_key:
                names.setdefault(secret.salt_key, secret.name)
        return names

    def hidden(self, name: str) -> bool:
        """Whether a top-level field is never returned (secret or encrypted)."""
        return name in self.secrets or name in self.encrypted

    def index_specs(self) -> tuple[IndexSpec, ...]:
        """Return the declared and the List indexes as storage's plain index specs."""
        return tuple(
            IndexSpec(
                collection=self.collection,
                name=index.name,
                keys=index.keys,
                unique=index.unique,
                only_when_present=index.only_when_present,
                expire_after_seconds=index.expire_after_seconds,
            )
            for index in (*self.indexes, *self.list_indexes)
        )


def resolve_path(descriptor: Descriptor, path: str) -> tuple[str, list[FieldDescriptor]]:
    """Resolve a snake_case field path to its document key and field chain.

    Secret and encrypted fields resolve (update masks write them); map keys and paths
    inside a Struct do not.

    Raises KeyError naming the first unknown segment.
    """
    resolved = plan_of(descriptor).resolve(path, hidden=True)
    return resolved.key, [f.fd for f in resolved.chain]


def build_entity_model(descriptor: Descriptor) -> EntityModel:
    """Read an entity's storage, field and index options from its field plan."""
    storage = descriptor.GetOptions().Extensions[storage_pb2.storage]
    plan = plan_of(descriptor)
    secrets: dict[str, SecretField] = {}
    for f in plan.fields:
        secret = f.rules.secret
        if secret is None:
            continue
        bcrypt = secret.algorithm == storage_pb2.SECRET_ALGORITHM_BCRYPT
        keyed = secret.algorithm == storage_pb2.SECRET_ALGORITHM_HMAC_SHA256
        salt_key_form = secret.algorithm == storage_pb2.SECRET_ALGORITHM_SCRYPT_SALT_KEY
        json = f.fd.json_name
        # A keyed lookup hash lives under the field's own key, so an index declared on the
        # field covers the hash that lookups query; it has no salt (equal values must hash
        # alike for the lookup to be one equality). better-auth's `salt:key` lives under
        # the field's own key because that is where better-auth reads it.
        secrets[f.name] = SecretField(
            name=f.name,
            algorithm=secret.algorithm,
            hash_key=secret.hash_key or (f.key if keyed or salt_key_form else f"{json}Hash"),
            salt_key=(
                None if bcrypt or keyed or salt_key_form else (secret.salt_key or f"{json}Salt")
            ),
            earlier=(f"{json}Hash", f"{json}Salt") if salt_key_form else None,
        )

    indexes: list[IndexModel] = []
    ttl: list[TtlRule] = []
    for spec in storage.indexes:
        keys: list[tuple[str, int]] = []
        for key in spec.keys:
            doc_key, _ = resolve_path(descriptor, key.field)
            keys.append((doc_key, -1 if key.descending else 1))
        name = spec.name or "_".join(f"{k}_{d}" for k, d in keys)
        indexes.append(
            IndexModel(
                name=name,
                keys=tuple(keys),
                fields=tuple(k.field for k in spec.keys),
                unique=spec.unique,
                only_when_present=spec.only_when_present,
                expire_after_seconds=spec.expire_after_seconds,
            )
        )
        if spec.expire_after_seconds > 0:
            ttl.append(TtlRule(key=keys[0][0], seconds=spec.expire_after_seconds))

    tenant_field = storage.tenant_field or None
    tenant_key = None
    id_plan = plan.by_name.get("id")
    ids = (id_plan.rules.ids if id_plan is not None else None) or STRING
    tenant_ids = STRING
    if tenant_field is not None:
        resolved = plan.resolve(tenant_field, hidden=True)
        tenant_key = resolved.key
        tenant_ids = (resolved.field.rules.ids if resolved.field else None) or STRING
    # A List cannot order by a secret or encrypted field (its stored form is a hash or a
    # ciphertext), so an index on one declares no List order.
    hidden_keys = {s.hash_key for s in secrets.values()} | {
        f.key for f in plan.fields if f.rules.encrypted
    }
    orderable = [i for i in indexes if not any(k in hidden_keys for k, _ in i.keys)]
    orders, list_indexes = _list_indexes(tenant_key, orderable)
    soft = storage.soft_delete_field or None
    tenant_from = storage.tenant_from or None
    if tenant_from is not None and (
        tenant_field in (None, "id")
        or tenant_from not in plan.by_name
        or not plan.by_name[tenant_from].rules.references
    ):
        raise ValueError(
            f"{descriptor.full_name}: tenant_from {tenant_from!r} must name a reference"
            " field of an entity with a tenant field"
        )
    return EntityModel(
        descriptor=descriptor,
        message_class=GetMessageClass(descriptor),
        collection=storage.collection,
        tenant_field=tenant_field,
        tenant_key=tenant_key,
        soft_delete_field=soft,
        soft_delete_key=resolve_path(descriptor, soft)[0] if soft else None,
        indexes=tuple(indexes),
        output_only=frozenset(f.name for f in plan.fields if f.rules.output_only),
        immutable=frozenset(f.name for f in plan.fields if f.rules.immutable),
        required=frozenset(f.name for f in plan.fields if f.rules.required),
        secrets=secrets,
        encrypted=frozenset(f.name for f in plan.fields if f.rules.encrypted),
        defaults={
            f.name: f.rules.options.default_value
            for f in plan.fields
            if f.rules.options is not None and f.rules.options.default_value
        },
        references={f.name: f.rules.references for f in plan.fields if f.rules.references},
        ttl=tuple(ttl),
        tenant_from=tenant_from,
        tenant_from_key=plan.by_name[tenant_from].key if tenant_from else None,
        reference_choices=_reference_choices(descriptor),
        field_keys={f.name: f.key for f in plan.fields},
        list_orders=orders,
        list_indexes=list_indexes,
        ids=ids,
        tenant_ids=tenant_ids,
    )


def _reference_choices(descriptor: Descriptor) -> dict[str, ReferenceChoice]:
    """Read the `references_by` options of an entity's top-level fields.

    Raises ValueError for a discriminator that is not an enum field of the message or a
    target value that is not one of its enum's values (a contract error, at start-up).
    """
    out: dict[str, ReferenceChoice] = {}
    for fd in descriptor.fields:
        rules = field_rules(fd)
        if rules is None or not rules.HasField("references_by"):
            continue
        choice = rules.references_by
        disc = descriptor.fields_by_name.get(choice.discriminator)
        if disc is None or disc.enum_type is None:
            raise ValueError(
                f"{descriptor.full_name}.{fd.name}: references_by.discriminator "
                f"{choice.discriminator!r} is not an enum field of the message"
            )
        targets: dict[int, str] = {}
        for target in choice.targets:
            value = disc.enum_type.values_by_name.get(target.when)
            if value is None or not target.references:
                raise ValueError(
                    f"{descriptor.full_name}.{fd.name}: references_by target {target.when!r} "
                    f"is not a value of {disc.enum_type.full_name} or names no entity"
                )
            targets[value.number] = target.references
        out[fd.name] = ReferenceChoice(discriminator=choice.discriminator, targets=targets)
    return out


def list_index_keys(
    tenant_key: str | None, order: tuple[tuple[str, int], ...]
) -> tuple[tuple[str, int], ...]:
    """Return the index keys that serve a List in `order` (equality on the tenant first)."""
    scoped = tenant_key is not None and tenant_key != "_id"
    prefix: tuple[tuple[str, int], ...] = ((tenant_key, 1),) if scoped and tenant_key else ()
    tail: tuple[tuple[str, int], ...] = () if any(k == "_id" for k, _ in order) else (("_id", 1),)
    return prefix + order + tail


def _list_indexes(
    tenant_key: str | None, declared: list[IndexModel]
) -> tuple[tuple[tuple[tuple[str, int], ...], ...], tuple[IndexModel, ...]]:
    """Return the declared List orders and the indexes that serve them.

    CONTRACT section 4: the declared indexes "plus the ones that every List filter and
    order needs".
    """
    orders: list[tuple[tuple[str, int], ...]] = [()]
    for index in declared:
        keys = index.keys
        if tenant_key is not None and keys and keys[0][0] == tenant_key:
            keys = keys[1:]
        if keys not in orders:
            orders.append(keys)
    have = [index.keys for index in declared] + [(("_id", 1),)]
    added: list[IndexModel] = []
    for order in orders:
        keys = list_index_keys(tenant_key, order)
        if any(existing[: len(keys)] == keys for existing in have):
            continue
        have.append(keys)
        added.append(
            IndexModel(
                name="list_" + "_".join(f"{k}_{d}" for k, d in keys),
                keys=keys,
                fields=tuple(k for k, _ in keys),
                unique=False,
                only_when_present=False,
                expire_after_seconds=0,
            )
        )
    return tuple(orders), tuple(added)
