"""Hypothesis strategies built from message descriptors: any request of any RPC.

Nothing here names an entity or a field of the contract: every strategy is derived from a
`Descriptor`, its field types and the contract's own options (`(modelstore.v1.field)`
rules, references), so a new entity or RPC is fuzzed without a line changed.

Values are a mix of plausible ones (short words, e-mails for e-mail fields, ids the server
handed out, field names in masks) so that some writes succeed and leave documents to read
back, and hostile ones (odd unicode, extreme numbers, unknown enum numbers, random masks,
filters and order-by strings). The input classes the server does not handle yet on this
branch are drawn only when enabled (`Classes`, switched in tests/fuzz/test_rpcs.py).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message
from google.protobuf.message_factory import GetMessageClass
from hypothesis import strategies as st

from modelstore.v1 import storage_pb2

# The known-failing classes of input (see KNOWN_CLASSES in test_rpcs.py).
INVALID_UTF8 = "invalid_utf8"
TRUNCATED_BYTES = "truncated_bytes"
DEEP_STRUCT = "deep_struct"
STRUCT_SPECIAL_KEYS = "struct_special_keys"
NAN_INFINITY = "nan_infinity"
OUT_OF_RANGE_TIMESTAMP = "out_of_range_timestamp"
ABSENT_ENTITY = "absent_entity"
OVERSIZED = "oversized"
PAGE_TOKENS = "page_tokens"
ALL_CLASSES = frozenset(
    {
        INVALID_UTF8,
        TRUNCATED_BYTES,
        DEEP_STRUCT,
        STRUCT_SPECIAL_KEYS,
        NAN_INFINITY,
        OUT_OF_RANGE_TIMESTAMP,
        ABSENT_ENTITY,
        OVERSIZED,
        PAGE_TOKENS,
    }
)

T = FieldDescriptor
INT_RANGES = {
    T.TYPE_INT32: (-(2**31), 2**31 - 1),
    T.TYPE_SINT32: (-(2**31), 2**31 - 1),
    T.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    T.TYPE_INT64: (-(2**63), 2**63 - 1),
    T.TYPE_SINT64: (-(2**63), 2**63 - 1),
    T.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    T.TYPE_UINT32: (0, 2**32 - 1),
    T.TYPE_FIXED32: (0, 2**32 - 1),
    T.TYPE_UINT64: (0, 2**64 - 1),
    T.TYPE_FIXED64: (0, 2**64 - 1),
}
MIN_SECONDS = -62_135_596_800  # 0001-01-01T00:00:00Z, the first valid Timestamp
MAX_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59Z, the last
WORDS = ["a", "alpha", "Beta", "x@example.com", "admin", "ops", "ACTIVE", "id", "name", " pad "]
MAX_DEPTH = 3
"""How deep message fields nest before they are left empty."""


@dataclass
class Known:
    """What the server handed out so far: ids per entity, and page tokens."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    """Entity full name -> ids of documents created."""
    tokens: list[str] = field(default_factory=list)

    def remember(self, entity: str, ident: str) -> None:
        if ident and ident not in self.ids.setdefault(entity, []):
            self.ids[entity].append(ident)

    def all_ids(self) -> list[str]:
        return [i for ids in self.ids.values() for i in ids]


@dataclass(frozen=True)
class Context:
    """What a strategy may draw: the enabled known classes, and what the server handed out."""

    classes: frozenset[str]
    known: Known


def _rules(fd: FieldDescriptor) -> storage_pb2.FieldRules:
    return fd.GetOptions().Extensions[storage_pb2.field]


def _odd_text(ctx: Context, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any unicode a proto string can hold (no lone surrogates: not valid UTF-8 at all)."""
    text = st.text(st.characters(codec="utf-8"), max_size=max_size)
    if OVERSIZED in ctx.classes:
        text = st.one_of(text, st.integers(2_000, 200_000).map(lambda n: "é" * n))
    return text


def _ids(ctx: Context, entity: str | None) -> st.SearchStrategy[str]:
    """An id the server handed out (of `entity`, when the field says), read when drawn.

    One integer is drawn whatever the pool holds, so the draws stay the same when the pool
    grows between runs of an example (hypothesis replays examples to shrink them).
    """

    def pick(index: int) -> str:
        pool = ctx.known.ids.get(entity, []) if entity else ctx.known.all_ids()
        return pool[index % len(pool)] if pool else ""

    return st.integers(0, 2**16).map(pick)


def strings(fd: FieldDescriptor, ctx: Context) -> st.SearchStrategy[str]:
    """Plausible and hostile values of one string field."""
    rules = _rules(fd)
    options = [_odd_text(ctx), st.sampled_from(WORDS)]
    if rules.email:
        options.append(st.emails())
    if rules.min_len or rules.max_len:
        hi = rules.max_len or rules.min_len + 20
        options.append(st.text(min_size=rules.min_len, max_size=min(hi, rules.min_len + 40)))
    if rules.references:
        options.append(_ids(ctx, rules.references))
    if fd.name == "id" or fd.name.endswith("_id"):
        options.append(_ids(ctx, None))
    if fd.name == "filter" and fd.containing_type is not None:
        options.append(filters(_filter_target(fd.containing_type), ctx))
    if fd.name in ("page_token", "next_page_token") and PAGE_TOKENS not in ctx.classes:
        return st.just("")  # only once page tokens are validated: tokens are their own class
    return st.one_of(*options)


def timestamps(ctx: Context) -> st.SearchStrategy[dict[str, int]]:
    seconds = st.integers(MIN_SECONDS, MAX_SECONDS)
    nanos = st.integers(0, 999_999_999)
    if OUT_OF_RANGE_TIMESTAMP in ctx.classes:
        seconds = st.one_of(seconds, st.integers(-(2**63), 2**63 - 1))
        nanos = st.one_of(nanos, st.integers(-(2**31), 2**31 - 1))
    return st.fixed_dictionaries({"seconds": seconds, "nanos": nanos})


def struct_keys(ctx: Context) -> st.SearchStrategy[str]:
    keys = st.text(st.characters(codec="utf-8"), max_size=12)
    if STRUCT_SPECIAL_KEYS in ctx.classes:
        return st.one_of(keys, st.sampled_from(["$set", "a.b", "\x00", "$", ".", "x\x00y"]))
    return keys.filter(lambda k: not ({"$", ".", "\x00"} & set(k)))


def json_values(ctx: Context) -> st.SearchStrategy[Any]:
    """Struct content: JSON-like values, nested a little (deep nesting is its own class)."""
    floats = st.floats(
        allow_nan=NAN_INFINITY in ctx.classes, allow_infinity=NAN_INFINITY in ctx.classes
    )
    leaves = st.one_of(st.none(), st.booleans(), floats, st.text(max_size=20))
    nested = st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(struct_keys(ctx), inner, max_size=3)
        ),
        max_leaves=8,
    )
    if DEEP_STRUCT in ctx.classes:
        deep = st.integers(30, 400).map(_nest)
        return st.one_of(nested, deep)
    return nested


def _nest(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"k": value}
    return value


def field_masks(descriptor: Descriptor, ctx: Context) -> st.SearchStrategy[list[str]]:
    """Paths: field names of the message the mask is about, dotted ones, and random text."""
    names = sorted({f.name for f in descriptor.fields} | {f.json_name for f in descriptor.fields})
    path = st.one_of(
        st.sampled_from(names or ["x"]),
        st.lists(st.sampled_from(names or ["x"]), min_size=2, max_size=3).map(".".join),
        st.sampled_from(["*", "", "etag", "create_time", "id"]),
        _odd_text(ctx, 12),
    )
    return st.lists(path, max_size=4)


def _filter_target(request: Descriptor) -> Descriptor:
    """The entity a List request's `filter` is over: its response's repeated entity field's."""
    response = request.file.message_types_by_name.get(request.name.replace("Request", "Response"))
    for fd in response.fields if response is not None else ():
        entity = fd.message_type
        if fd.is_repeated and entity and entity.GetOptions().HasExtension(storage_pb2.storage):
            return entity
    return request


def filters(entity: Descriptor, ctx: Context) -> st.SearchStrategy[str]:
    """AIP-160 filters over `entity`'s fields, in every form (issue 20) and malformed ones.

    Restrictions compare a field name (or a wrong one) with a value: a word, an enum
    value's name, a number, an odd quoted string, a timestamp, a time relative to now (and
    near misses: spaces, units, fractions, huge amounts), a prefix (and stars where none
    may be), or a parenthesised OR of values; then joined with AND, OR and NOT.
    """
    names = sorted(f.name for f in entity.fields) or ["x"]
    enums = sorted(
        {v.name for f in entity.fields if f.enum_type is not None for v in f.enum_type.values}
    )
    quoted = _odd_text(ctx, 12).map(
        lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
    )
    relative = st.builds(
        "now{}{}{}".format,
        st.sampled_from(["-", "+", "", " - ", "+-"]),
        st.one_of(st.integers(0, 10**14).map(str), st.just("1.5")),
        st.sampled_from(["s", "m", "h", "d", "w", "", "H"]),
    )
    value = st.one_of(
        st.sampled_from([*WORDS, *enums, "true", "now", "*", '"*"', "\\*"]),
        st.integers(-(2**64), 2**64).map(str),
        quoted,
        quoted.map(lambda q: q[:-1] + '*"'),  # a prefix
        st.sampled_from(["Ac*me", '"a*b"', '"**"', "A*", '"x\\*"', '"x\\**"']),
        st.sampled_from(['"2024-01-01T00:00:00Z"', '"9999-12-31T23:59:59Z"', '"2024"']),
        relative,
    )
    choices = st.lists(value, min_size=1, max_size=4).map(lambda vs: "(" + " OR ".join(vs) + ")")
    restriction = st.builds(
        "{} {} {}".format,
        st.one_of(st.sampled_from(names), st.sampled_from(["nope", "etag", "id"])),
        st.sampled_from(["=", "!=", "<", "<=", ">", ">=", ":"]),
        st.one_of(value, choices),
    )
    plausible = [_well_formed(f) for f in entity.fields]
    term = st.one_of(
        restriction, restriction.map("NOT {}".format), *[p for p in plausible if p is not None]
    )
    return st.lists(term, min_size=1, max_size=3).flatmap(
        lambda terms: st.sampled_from([" AND ", " OR ", " "]).map(lambda j: j.join(terms))
    )


def _well_formed(fd: FieldDescriptor) -> st.SearchStrategy[str] | None:
    """The new forms as a field's type takes them, so that some filters reach the database."""
    name = fd.name
    if fd.enum_type is not None and not fd.is_repeated:
        values = [v.name for v in fd.enum_type.values]
        picked = st.lists(st.sampled_from(values), min_size=1, max_size=3)
        return picked.map(lambda vs: f"{name} = ({' OR '.join(vs)})")
    if fd.type == T.TYPE_STRING:
        word = st.sampled_from(WORDS).map(lambda w: w.strip() or "a")
        if fd.is_repeated:
            return word.map(lambda w: f'{name}:("{w}" OR "{w}*")')
        return word.map(lambda w: f'{name} = "{w}*"')
    if fd.message_type is not None and fd.message_type.full_name == "google.protobuf.Timestamp":
        offset = st.builds("{}{}".format, st.integers(0, 10**5), st.sampled_from("smhd"))
        return offset.map(lambda o: f"{name} > now-{o} AND {name} < now+{o}")
    return None


def _mask_target(message: Descriptor) -> Descriptor:
    """The message an `update_mask`/`read_mask` of `message` is about: its entity field's."""
    for fd in message.fields:
        if fd.message_type is not None and fd.message_type.GetOptions().HasExtension(
            storage_pb2.storage
        ):
            return fd.message_type
    return message


def floats(fd: FieldDescriptor, ctx: Context) -> st.SearchStrategy[float]:
    special = NAN_INFINITY in ctx.classes
    width = 32 if fd.type == T.TYPE_FLOAT else 64
    return st.floats(width=width, allow_nan=special, allow_infinity=special)


def scalar(fd: FieldDescriptor, ctx: Context) -> st.SearchStrategy[Any]:
    """The values of one non-message field."""
    if fd.type in INT_RANGES:
        lo, hi = INT_RANGES[fd.type]
        return st.one_of(st.integers(lo, hi), st.sampled_from([lo, hi, 0, -1 if lo else 1]))
    if fd.type in (T.TYPE_DOUBLE, T.TYPE_FLOAT):
        return floats(fd, ctx)
    if fd.type == T.TYPE_BOOL:
        return st.booleans()
    if fd.type == T.TYPE_STRING:
        return strings(fd, ctx)
    if fd.type == T.TYPE_BYTES:
        return st.binary(max_size=64)
    if fd.type == T.TYPE_ENUM:
        known = [v.number for v in fd.enum_type.values]
        # Proto3 enums are open: a number no value names arrives as that number.
        return st.one_of(st.sampled_from(known), st.integers(-(2**31), 2**31 - 1))
    raise AssertionError(f"unhandled field type {fd.type} of {fd.full_name}")


def messages(
    descriptor: Descriptor, ctx: Context, depth: int = 0, mask_of: Descriptor | None = None
) -> st.SearchStrategy[Message]:
    """Messages of `descriptor`: every field set or not, to any value its type allows."""
    cls = GetMessageClass(descriptor)
    name = descriptor.full_name
    if name == "google.protobuf.Timestamp" or name == "google.protobuf.Duration":
        return timestamps(ctx).map(lambda v: cls(**v))
    if name == "google.protobuf.Struct":
        return st.dictionaries(struct_keys(ctx), json_values(ctx), max_size=4).map(_struct(cls))
    if name == "google.protobuf.Value":
        return json_values(ctx).map(_value(cls))
    if name == "google.protobuf.ListValue":
        return st.lists(json_values(ctx), max_size=3).map(_list_value(cls))
    if name == "google.protobuf.FieldMask":
        return field_masks(mask_of or descriptor, ctx).map(lambda paths: cls(paths=paths))
    if depth > MAX_DEPTH:
        return st.just(cls())
    target = _mask_target(descriptor)
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for fd in descriptor.fields:
        parts[fd.name] = st.one_of(st.none(), _field_values(fd, ctx, depth, target))
    return st.fixed_dictionaries(parts).map(_build(cls, descriptor))


def _field_values(
    fd: FieldDescriptor, ctx: Context, depth: int, mask_of: Descriptor
) -> st.SearchStrategy[Any]:
    if fd.message_type is not None and fd.message_type.GetOptions().map_entry:
        key_fd = fd.message_type.fields_by_name["key"]
        value_fd = fd.message_type.fields_by_name["value"]
        return st.dictionaries(
            scalar(key_fd, ctx), _single(value_fd, ctx, depth, mask_of), max_size=3
        )
    one = _single(fd, ctx, depth, mask_of)
    if fd.is_repeated:
        return st.lists(one, max_size=3)
    return one


def _single(
    fd: FieldDescriptor, ctx: Context, depth: int, mask_of: Descriptor
) -> st.SearchStrategy[Any]:
    if fd.message_type is not None:
        return messages(fd.message_type, ctx, depth + 1, mask_of)
    return scalar(fd, ctx)


def _build(cls: type[Message], descriptor: Descriptor) -> Callable[[dict[str, Any]], Message]:
    def build(values: dict[str, Any]) -> Message:
        msg = cls()
        for name, value in values.items():
            if value is None:
                continue
            fd = descriptor.fields_by_name[name]
            target = getattr(msg, name)
            if fd.message_type is not None and fd.message_type.GetOptions().map_entry:
                for k, v in value.items():
                    if isinstance(v, Message):
                        target[k].CopyFrom(v)
                    else:
                        target[k] = v
            elif fd.is_repeated:
                if fd.message_type is not None:
                    for item in value:
                        target.add().CopyFrom(item)
                else:
                    target.extend(value)
            elif fd.message_type is not None:
                target.CopyFrom(value)
            else:
                setattr(msg, name, value)
        return msg

    return build


def _struct(cls: type[Message]) -> Callable[[dict[str, Any]], Message]:
    def build(value: dict[str, Any]) -> Message:
        msg = cls()
        msg.update(value)  # type: ignore[attr-defined]
        return msg

    return build


def _value(cls: type[Message]) -> Callable[[Any], Message]:
    from google.protobuf import struct_pb2

    def build(value: Any) -> Message:
        holder = struct_pb2.Struct()
        holder.update({"v": value})
        msg = cls()
        msg.CopyFrom(holder.fields["v"])
        return msg

    return build


def _list_value(cls: type[Message]) -> Callable[[list[Any]], Message]:
    def build(value: list[Any]) -> Message:
        msg = cls()
        msg.extend(value)  # type: ignore[attr-defined]
        return msg

    return build


# --- raw wire bytes -----------------------------------------------------------------------


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _unknown_field(descriptor: Descriptor) -> st.SearchStrategy[bytes]:
    """One well-formed field whose number the message does not declare."""
    used = {f.number for f in descriptor.fields}
    number = st.integers(1, 2**29 - 1).filter(lambda n: n not in used and not 19000 <= n <= 19999)

    def encode(args: tuple[int, int, bytes, int]) -> bytes:
        num, wire, payload, value = args
        tag = _varint(num << 3 | wire)
        if wire == 0:
            return tag + _varint(value)
        if wire == 1:
            return tag + struct.pack("<Q", value & (2**64 - 1))
        if wire == 5:
            return tag + struct.pack("<I", value & (2**32 - 1))
        return tag + _varint(len(payload)) + payload

    return st.tuples(
        number, st.sampled_from([0, 1, 2, 5]), st.binary(max_size=16), st.integers(0, 2**64 - 1)
    ).map(encode)


def parses(cls: type[Message], blob: bytes) -> bool:
    """Whether this process's protobuf (the server's) reads `blob` as a `cls`."""
    try:
        cls.FromString(blob)
    except (DecodeError, RuntimeError, ValueError):
        return False
    return True


def _string_field_numbers(descriptor: Descriptor) -> list[int]:
    return [f.number for f in descriptor.fields if f.type == T.TYPE_STRING and not f.is_repeated]


@st.composite
def wire_bytes(draw: st.DrawFn, descriptor: Descriptor, ctx: Context) -> tuple[str, bytes]:
    """(how it was made, bytes): serialisations mutated, extended or made up."""
    cls = GetMessageClass(descriptor)
    base = draw(messages(descriptor, ctx)).SerializeToString()
    kinds = ["unknown_fields", "random", "flipped"]
    if TRUNCATED_BYTES in ctx.classes:
        kinds.append("truncated")
    if INVALID_UTF8 in ctx.classes and _string_field_numbers(descriptor):
        kinds.append("invalid_utf8")
    kind = draw(st.sampled_from(kinds))
    if kind == "unknown_fields":
        extra = draw(st.lists(_unknown_field(descriptor), min_size=1, max_size=4))
        blob = base + b"".join(extra)
    elif kind == "random":
        blob = draw(st.binary(max_size=64))
    elif kind == "flipped":
        blob = bytearray(base or b"\x00")
        at = draw(st.integers(0, len(blob) - 1))
        blob[at] ^= draw(st.integers(1, 255))
        blob = bytes(blob)
    elif kind == "truncated":
        blob = base[: draw(st.integers(0, max(0, len(base) - 1)))]
    else:
        number = draw(st.sampled_from(_string_field_numbers(descriptor)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"a\x80b", b"\xf8\x88"]))
        blob = base + _varint(number << 3 | 2) + _varint(len(bad)) + bad
    if not parses(cls, blob) and TRUNCATED_BYTES not in ctx.classes and kind != "invalid_utf8":
        # Malformed wire data is a known-failing class on this branch: send the bytes as
        # they were before the mutation, still a fuzzed message.
        return "unmutated", base
    return kind, blob
