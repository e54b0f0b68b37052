r"""AIP-160 filters, compiled into MongoDB queries.

`compile_filter` parses the `filter` of a List request with a LALR grammar
(lark) and translates it, against the entity's message descriptor, into a query
over the stored documents (CONTRACT.md sections 3 and 4).

Precedence follows AIP-160's EBNF, which is not the usual one: OR binds tighter
than AND, and a sequence (restrictions side by side, an implicit AND) sits
between them. `a AND b OR c` is `a AND (b OR c)`, and `a b OR c` is
`a AND (b OR c)`. NOT and `-` negate one restriction or one parenthesised group.

The supported subset: the comparators `= != < <= > >= :`, AND, OR, NOT, `-`,
parentheses and dotted field paths. Values are double- or single-quoted strings
(escapes `\n \r \t`; any other escaped character stands for itself), numbers,
bare words, `true`/`false`, enum names (`WORKSPACE_STATUS_ACTIVE` or `ACTIVE`),
RFC 3339 timestamps in quotes, and times relative to now (`now`, `now-1h`,
`now+30m`: `relative_time`). `field:*` tests presence; `:` on a repeated field
tests membership, on a Struct or map field the presence of a key, and on any
other field it is `=`. Under a Struct any path is allowed and the literal keeps
its own type. Functions, bare values (global restrictions) and comparisons
between two fields are not supported.

Two AIP-160 forms users ask for most (docs/grpcurl.md "Filters"):
- a parenthesised OR of values on one field, `status = (ACTIVE OR PAUSED)` (or
  `tags:("a" OR "b")`), is each value's own `=` (so enums, ids and zero values
  match as `=` does), merged into one `$in` where the parts allow;
- a string value ending in an unescaped `*` is a prefix match, `name = "Acme*"`,
  compiled to the anchored regex of the escaped prefix. `\*` is a literal star;
  an unescaped `*` anywhere else in a value is an error.

Comparisons follow the codec's storage. A proto3 scalar without presence is not
stored while it holds its zero value, so `count = 0`, `flag = false` or
`name < "b"` also match documents without the key; an enum's UNSPECIFIED value
matches documents without the field. Ordering on enums is rejected: the stored
strings do not sort in the enum's order. Durations are integer milliseconds
(`timeout > 1500` or `timeout > "1.5s"`).

Field paths, kinds, document keys and enum spellings come from the entity's field plan
(`field_plan.plan_of`), so a filter names fields exactly as masks and order_by do.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from datetime import UTC
from typing import Any, Final

from google.protobuf import duration_pb2, timestamp_pb2
from google.protobuf.descriptor import Descriptor
from lark import Lark, Token, Tree, UnexpectedCharacters, UnexpectedInput, UnexpectedToken
from lark.exceptions import VisitError
from lark.visitors import Transformer_NonRecursive

from modelstore_server.engine import naming
from modelstore_server.engine.field_plan import FieldPlan, PathError, addressable, plan_of
from modelstore_server.engine.relative_time import (
    FilterClock,
    RelativeTimeError,
    evaluate,
    is_relative,
)
from modelstore_server.engine.stored_ids import forms

__all__ = ["FilterClock", "FilterError", "compile_filter"]

_Query = dict[str, Any]

# Characters that end a bare word. `-` may not start one, so that `-a` negates.
_STOP = r"""\s().,:=<>!"'\\"""
_GRAMMAR: Final = rf"""
    ?start: expression
    ?expression: sequence (_AND sequence)*
    ?sequence: factor+
    ?factor: term (_OR term)*
    ?term: simple
         | NOT simple -> negation
         | MINUS simple -> negation
    ?simple: restriction | composite
    composite: "(" expression ")"
    restriction: comparable (COMPARATOR (comparable | choices))?
    // `status = (ACTIVE OR PAUSED)`: AIP-160's parenthesised OR of values on one field.
    choices: "(" comparable (_OR comparable)* ")"
    ?comparable: member | call | NUMBER
    member: _path
    call: (_path ".")? FUNCTION (comparable ("," comparable)*)? ")"
    _path: value | _path "." segment
    ?value: TEXT | STRING
    ?segment: TEXT | STRING | NUMBER

    _AND: "AND"
    _OR: "OR"
    NOT: "NOT"
    MINUS: "-"
    COMPARATOR: "<=" | ">=" | "!=" | "<" | ">" | "=" | ":"
    STRING: /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/s
    // A call needs its "(" right after the name, so `a (b = 1)` stays a sequence.
    FUNCTION.3: /(?!(?:AND|OR|NOT)\()[^{_STOP}-][^{_STOP}]*\(/
    NUMBER.2: /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?![^{_STOP}])/
    TEXT: /[^{_STOP}-][^{_STOP}]*/
    %ignore /\s+/
"""

# The basic lexer (not the contextual one) makes AND/OR/NOT keywords everywhere,
# so `a = AND` is an error rather than a comparison with the string "AND".
_PARSER: Final = Lark(_GRAMMAR, parser="lalr", lexer="basic")

_DURATION_WORD: Final = re.compile(r"[0-9]+[smhd]")
_INT64: Final = (-(2**63), 2**63 - 1)
_ORDERING: Final = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte"}
_ESCAPES: Final = {"n": "\n", "r": "\r", "t": "\t"}
_ZERO: Final[dict[str, Any]] = {"string": "", "int": 0, "float": 0.0, "bool": False}
_HOLDS: Final = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_TOKEN_NAMES: Final = {
    "TEXT": "a name or value",
    "STRING": "a quoted string",
    "NUMBER": "a number",
    "COMPARATOR": "a comparison operator",
    "LPAR": "'('",
    "RPAR": "')'",
    "DOT": "'.'",
    "COMMA": "','",
    "NOT": "NOT",
    "MINUS": "'-'",
    "_AND": "AND",
    "_OR": "OR",
    "$END": "the end of the filter",
}


class FilterError(Exception):
    """An invalid filter.

    `field` is the offending snake_case field path, or None. `str(error)` is safe
    to show to the caller: it never quotes more than a short piece of the input.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def compile_filter(
    text: str,
    descriptor: Descriptor,
    *,
    clock: FilterClock | None = None,
    max_length: int = 4096,
    max_depth: int = 32,
) -> dict[str, Any]:
    """Compile an AIP-160 filter over `descriptor`'s fields into a MongoDB query.

    Empty or blank text gives `{}`. `max_depth` bounds the nesting of parentheses
    and NOT; every step after the (iterative) LALR parse runs without recursion,
    so no input can exhaust the stack. Relative times (`now-1h`) are evaluated at
    `clock`'s instant (a fresh clock, read once, when None); `clock.read` then says
    whether the filter used it.

    Raises:
        FilterError: the filter is too long, too deep, malformed or wrongly typed.
    """
    if len(text) > max_length:
        raise FilterError(f"filter is too long: {len(text)} characters, at most {max_length}")
    if not text.strip():
        return {}
    try:
        tree = _PARSER.parse(text)
    except UnexpectedInput as exc:
        raise FilterError(_syntax_message(exc, text)) from None
    _check_depth(tree, max_depth)
    try:
        query: _Query = _Compiler(descriptor, clock or FilterClock()).transform(tree)
    except VisitError as exc:
        # lark wraps whatever a rule callback raises; hand ours back unwrapped.
        if isinstance(exc.orig_exc, FilterError):
            raise exc.orig_exc from None
        raise
    return query


def _syntax_message(exc: UnexpectedInput, text: str) -> str:
    """Describe a parse error by position, without lark's echo of the input."""
    if isinstance(exc, UnexpectedCharacters):
        index = exc.pos_in_stream or 0
        if text[index] in "\"'":
            return f"unterminated string starting at position {index + 1}"
        return f"unexpected character {text[index]!r} at position {index + 1}"
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        if token.type == "$END":
            message = "unexpected end of filter"
        else:
            message = f"unexpected {_describe(token)} at position {(token.start_pos or 0) + 1}"
        # Functions parse (to be refused clearly) but are not worth suggesting.
        expected = sorted({_TOKEN_NAMES[name] for name in exc.expected if name in _TOKEN_NAMES})
        if 0 < len(expected) <= 4:
            message += "; expected " + ", ".join(expected[:-1]) + " or " * (len(expected) > 1)
            message += expected[-1]
        return message
    return "invalid filter syntax"


def _describe(token: Token) -> str:
    """Name a token for an error message; strings are not quoted back (they may be secrets)."""
    if token.type == "STRING":
        return "quoted string"
    if token.type in ("TEXT", "NUMBER", "FUNCTION", "COMPARATOR"):
        return repr(_shorten(str(token)))
    return _TOKEN_NAMES.get(token.type, repr(_shorten(str(token))))


def _shorten(text: str, limit: int = 40) -> str:
    """Cut an echoed piece of input down to a readable size."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_depth(tree: Tree[Token], max_depth: int) -> None:
    """Reject nesting of parentheses and NOT beyond `max_depth`, walking with a list."""
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if node.data in ("composite", "negation"):
            depth += 1
            if depth > max_depth:
                raise FilterError(
                    f"filter is nested too deeply: at most {max_depth} levels "
                    "of parentheses and NOT"
                )
        stack.extend((child, depth) for child in node.children if isinstance(child, Tree))


@dataclass(frozen=True, slots=True)
class _Member:
    """A dotted path as written: a field path on the left, a bare value on the right."""

    tokens: tuple[Token, ...]

    def segments(self) -> tuple[str, ...]:
        return tuple(_unquote(t) if t.type == "STRING" else str(t) for t in self.tokens)


@dataclass(frozen=True, slots=True)
class _Literal:
    """A value: `kind` is "string" (quoted), "text" (a bare word) or "number".

    `prefix`: the value ended in an unescaped `*` (AIP-160's wildcard suffix), which
    `text` no longer holds: a prefix match.
    """

    kind: str
    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class _Target:
    """A resolved field path; `field` is None for a path inside a Struct."""

    name: str
    key: str
    field: FieldPlan | None

    @property
    def shown(self) -> str:
        """The path as error messages quote it: Struct paths can be long."""
        return repr(_shorten(self.name))


class _Compiler(Transformer_NonRecursive[Token, Any]):
    """Turns the parse tree into a query, bottom up, for one entity descriptor."""

    def __init__(self, descriptor: Descriptor, clock: FilterClock) -> None:
        super().__init__()
        self._descriptor = descriptor
        self._clock = clock

    def expression(self, children: list[_Query]) -> _Query:
        return _combine("$and", children)

    sequence = expression  # AIP-160's implicit AND

    def factor(self, children: list[_Query]) -> _Query:
        return _combine("$or", children)

    def negation(self, children: list[Any]) -> _Query:
        return {"$nor": [children[1]]}

    def composite(self, children: list[_Query]) -> _Query:
        return children[0]

    def member(self, children: list[Token]) -> _Member:
        return _Member(tuple(children))

    def call(self, children: list[Any]) -> _Query:
        name = next(c for c in children if isinstance(c, Token) and c.type == "FUNCTION")
        raise FilterError(f"function calls are not supported: {_shorten(name)}...)")

    def restriction(self, children: list[Any]) -> _Query:
        if len(children) == 1:
            message = (
                "a bare value is not supported; compare a field with a value, "
                'for example name = "Acme"'
            )
            last = children[0].tokens[-1] if isinstance(children[0], _Member) else ""
            if _DURATION_WORD.fullmatch(str(last)):
                # `a > now - 1h`: the `-` after a space negated `1h`.
                message += "; write a relative time without spaces, like now-1h"
            raise FilterError(message)
        left, comparator, right = children
        if not isinstance(left, _Member) or _literal_like(left):
            raise FilterError("the left side of a comparison must be a field name")
        target = _resolve(self._descriptor, left.segments())
        comparator = str(comparator)
        if isinstance(right, _Choices):
            if comparator not in ("=", ":"):
                raise FilterError(
                    f"a list of values for {target.shown} needs = or :, "
                    f"like {_shorten(target.name)} = (A OR B); negate it with NOT",
                    target.name,
                )
            parts = [
                _compile(target, comparator, _literal(target, value), self._clock)
                for value in right.values
            ]
            return _any_of(target.key, parts)
        return _compile(target, comparator, _literal(target, right), self._clock)

    def choices(self, children: list[Any]) -> _Choices:
        return _Choices(tuple(children))


@dataclass(frozen=True, slots=True)
class _Choices:
    """A parenthesised OR of values on one field: `status = (ACTIVE OR PAUSED)`."""

    values: tuple[Any, ...]


def _literal(target: _Target, value: Any) -> _Literal:
    """Return the literal of a right side: a bare word, a quoted string or a number."""
    if isinstance(value, _Member):
        if len(value.tokens) > 1 and is_relative(str(value.tokens[0])):
            raise FilterError(
                f"invalid relative time for {target.shown}: the amount is a whole number, "
                "like now-90m",
                target.name,
            )
        if len(value.tokens) > 1:
            raise FilterError(
                f"the value compared with {target.shown} must be a literal; "
                "quote values that contain dots",
                target.name,
            )
        token = value.tokens[0]
        if token.type == "STRING":
            text, prefix = _quoted_text(target, token)
            return _Literal("string", text, prefix)
        word = str(token)
        if word == "*" or "*" not in word:
            return _Literal("text", word)  # a lone `*` is the presence test's wildcard
        if "*" in word[:-1]:
            raise FilterError(_inner_star(target), target.name)
        return _Literal("text", word[:-1], prefix=True)
    return _Literal("number", str(value))  # calls were refused by `call`, bottom up


def _inner_star(target: _Target) -> str:
    return (
        f"'*' may only end a value of {target.shown}, as a prefix match like \"Acme*\"; "
        "a literal star is written \\* in a quoted string"
    )


def _any_of(key: str, parts: list[_Query]) -> _Query:
    """Join the comparisons of one field with several values, as one `$in` where it can.

    Each value was compiled as its own equality (so ids, enums and zero values match
    exactly as `=` does); equalities with plain values or `$in` lists merge into one
    `$in`, which an index on the field answers as a set of point lookups. Anything else
    (a prefix's regex, a key's presence) stays an `$or` of the comparisons.
    """
    values: list[Any] = []
    seen: set[tuple[type, Any]] = set()
    for part in parts:
        if list(part) != [key]:
            return _combine("$or", parts) if len(parts) > 1 else parts[0]
        condition = part[key]
        if isinstance(condition, dict):
            if list(condition) != ["$in"]:
                return _combine("$or", parts) if len(parts) > 1 else parts[0]
            found = condition["$in"]
        else:
            found = [condition]
        for value in found:
            # By type too: True == 1 in Python, but not in a query over a Struct value.
            if (type(value), value) not in seen:
                seen.add((type(value), value))
                values.append(value)
    return {key: values[0] if len(values) == 1 else {"$in": values}}


def _combine(operator: str, parts: list[_Query]) -> _Query:
    """Join queries with `$and` or `$or`, flattening nested joins of the same kind."""
    flat: list[_Query] = []
    for part in parts:
        if len(part) == 1 and operator in part:
            flat.extend(part[operator])
        else:
            flat.append(part)
    return {operator: flat}


def _literal_like(member: _Member) -> bool:
    """Whether a left side is a literal rather than a field: `"x" = a`, `true = a`."""
    first = member.tokens[0]
    return first.type == "STRING" or (
        len(member.tokens) == 1 and first in ("true", "false", "null", "*")
    )


def _unquote(token: str) -> str:
    """Strip the quotes of a string literal and resolve its escapes."""
    body = token[1:-1]
    if "\\" not in body:
        return body
    out: list[str] = []
    chars = iter(body)
    for char in chars:
        if char == "\\":
            # The STRING pattern guarantees a character after every backslash.
            escaped = next(chars)
            out.append(_ESCAPES.get(escaped, escaped))
        else:
            out.append(char)
    return "".join(out)


def _quoted_text(target: _Target, token: str) -> tuple[str, bool]:
    r"""Unquote a string value, telling its unescaped trailing `*` (a prefix match) apart.

    `\*` is a literal star anywhere; an unescaped `*` anywhere but at the end is an error,
    so that a value never silently means something else than was written.
    """
    body = token[1:-1]
    if "*" not in body:
        return _unquote(token), False
    out: list[str] = []
    chars = iter(enumerate(body))
    for index, char in chars:
        if char == "\\":
            escaped = next(chars)[1]
            out.append(_ESCAPES.get(escaped, escaped))
        elif char == "*":
            if index != len(body) - 1:
                raise FilterError(_inner_star(target), target.name)
            return "".join(out), True
        else:
            out.append(char)
    return "".join(out), False


def _resolve(descriptor: Descriptor, path: tuple[str, ...]) -> _Target:
    """Resolve a snake_case path to its document key, through nested messages and maps."""
    if path == ("etag",):
        # An etag is a digest of the whole stored document (`storage.documents.version_of`),
        # not a stored value a query could compare.
        raise FilterError("field 'etag' cannot be used in a filter", "etag")
    try:
        resolved = plan_of(descriptor).resolve(path, keyed=True)
    except PathError as exc:
        at = exc.at
        if exc.problem == "bad_key":
            name = exc.path
            message = f"invalid key {_shorten(at)!r} in {_shorten(name)!r}"
            raise FilterError(message, name) from None
        if exc.problem == "hidden":
            raise FilterError(f"field {_shorten(at)!r} cannot be used in a filter", at) from None
        if exc.problem == "unknown":
            raise FilterError(f"unknown field {_shorten(at)!r}", at) from None
        raise FilterError(f"field {_shorten(at)!r} does not exist", at) from None
    return _Target(".".join(path), resolved.key, resolved.field)


def _compile(target: _Target, comparator: str, literal: _Literal, clock: FilterClock) -> _Query:
    """Compile one restriction."""
    field, name, key, shown = target.field, target.name, target.key, target.shown
    kind: str = "value" if field is None else field.kind
    repeated = field is not None and field.repeated
    if literal.prefix:
        return _prefix(target, kind, comparator, literal.text)
    wildcard = literal.kind == "text" and literal.text == "*"
    if comparator == ":" and wildcard:
        # An empty repeated field may be stored as [] by older documents.
        return {key: {"$exists": True, "$ne": []} if repeated else {"$exists": True}}
    if wildcard:
        raise FilterError(f"'*' is only allowed in a presence test: {shown}:*", name)
    if comparator == ":":
        if kind in ("struct", "map"):
            if not addressable(literal.text):
                raise FilterError(
                    f"invalid key {_shorten(literal.text)!r} in {_shorten(name)!r}", name
                )
            return {f"{key}.{literal.text}": {"$exists": True}}
        if kind in ("message", "bytes"):
            raise FilterError(f"{shown} only supports a presence test, with :*", name)
        # Membership for a repeated field (MongoDB matches any element), else equality.
        return _comparison(target, kind, "=", _value(target, kind, literal, clock))
    if repeated:
        raise FilterError(f"{shown} is repeated: use ':' to test membership", name)
    if kind in ("struct", "map", "message", "bytes"):
        raise FilterError(f"{shown} cannot be compared; use ':*' to test presence", name)
    if comparator in _ORDERING and kind in ("bool", "enum"):
        article = "an" if kind == "enum" else "a"
        raise FilterError(f"{shown} is {article} {kind} field: only = and != apply", name)
    return _comparison(target, kind, comparator, _value(target, kind, literal, clock))


def _prefix(target: _Target, kind: str, comparator: str, prefix: str) -> _Query:
    """Compile `field = "Acme*"`: an anchored, case-sensitive regex of the escaped prefix.

    `re.escape` makes every character of the prefix literal, so no input is ever a
    regex; an anchored case-sensitive prefix is what MongoDB turns into index bounds
    (["Acme", "Acmf")). On DocumentDB see docs/performance.md "Filters and indexes".
    """
    field, name, shown = target.field, target.name, target.shown
    if kind not in ("string", "value", "dynamic"):
        raise FilterError(f'a prefix match ("...*") applies to string fields, not {shown}', name)
    if comparator not in ("=", "!=", ":"):
        raise FilterError(f"a prefix match on {shown} needs = or != (or : on a list)", name)
    if field is not None and field.repeated and comparator != ":":
        raise FilterError(f"{shown} is repeated: use ':' to test membership", name)
    if not prefix:
        raise FilterError(
            f"a prefix match on {shown} needs text before '*'; to test presence write "
            f"{_shorten(name)}:*",
            name,
        )
    if field is not None and field.rules.ids is not None and field.rules.ids.object_id:
        raise FilterError(f"{shown} holds ObjectIds: a prefix match does not apply", name)
    # PCRE reads a NUL as the end of the pattern; `\x00` is the same character, spelled out.
    pattern = {"$regex": "^" + re.escape(prefix).replace("\x00", "\\x00")}
    return {target.key: {"$not": pattern} if comparator == "!=" else pattern}


def _comparison(target: _Target, kind: str, comparator: str, value: Any) -> _Query:
    """Compare a field with a converted value, minding fields whose zero value is not stored.

    The codec leaves a proto3 scalar without presence out of the document while it
    holds its zero value, so a missing key means "" / 0 / false there.
    """
    key, field = target.key, target.field
    if field is not None and field.rules.ids is not None:
        both = forms(value)
        if len(both) > 1:  # an id that may be stored as an ObjectId or as its hex string
            return _id_comparison(key, comparator, both)
    condition: Any = value if comparator == "=" else {_ORDERING.get(comparator, "$ne"): value}
    if field is None or kind not in _ZERO or field.has_presence or field.fd.is_repeated:
        return {key: condition}
    parent = field.fd.containing_type
    if parent is not None and parent.GetOptions().map_entry:
        return {key: condition}  # map values are stored even when zero
    missing_matches = _HOLDS[comparator](_ZERO[kind], value)
    if comparator == "!=" and not missing_matches:
        return {key: {"$nin": [value, None]}}  # `$ne` alone would match the missing key
    if comparator == "=" and missing_matches:
        return {key: {"$in": [value, None]}}
    if comparator in _ORDERING and missing_matches:
        return {"$or": [{key: condition}, {key: None}]}
    return {key: condition}


def _id_comparison(key: str, comparator: str, both: list[Any]) -> _Query:
    """Compare an id field with a 24-hex id, stored as an ObjectId or as the string.

    MongoDB compares values of one BSON type only (type bracketing), so each form gets its
    own comparison; an ObjectId orders as its hex does.
    """
    if comparator == "=":
        return {key: {"$in": both}}
    if comparator == "!=":
        return {key: {"$nin": both}}
    op = _ORDERING[comparator]
    branches: list[_Query] = [{key: {op: form}} for form in both]
    if _HOLDS[comparator]("", both[1]):
        branches.append({key: None})  # an empty id is not stored
    return {"$or": branches}


def _value(target: _Target, kind: str, literal: _Literal, clock: FilterClock) -> Any:
    """Convert a literal to the form stored for the target field."""
    text = literal.text
    if kind == "string":
        return text
    if kind in ("value", "dynamic"):
        return _natural(target, literal)
    if kind == "bool" and literal.kind == "text" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind in ("int", "duration") and literal.kind == "number":
        return _integer(target, text)
    if kind == "float" and literal.kind == "number":
        return float(text)
    if kind == "enum" and literal.kind != "number":
        field = target.field
        assert field is not None  # the enum kind comes from an enum field
        assert field.enum_stored is not None
        enum = field.fd.enum_type
        assert enum is not None  # set on every enum field
        found = enum.values_by_name.get(text) or enum.values_by_name.get(
            naming.enum_prefix(enum) + text
        )
        if found is not None:
            # UNSPECIFIED is never stored: it matches documents without the field.
            return field.enum_stored[found.number] if found.number else None
    if kind == "timestamp" and literal.kind == "text" and is_relative(text):
        try:
            return evaluate(text, clock)
        except RelativeTimeError as exc:
            raise FilterError(
                f"invalid relative time {_shorten(text)!r} for {target.shown}: {exc}",
                target.name,
            ) from None
    if kind == "timestamp" and literal.kind == "string":
        stamp = timestamp_pb2.Timestamp()
        try:
            stamp.FromJsonString(text)
            return stamp.ToDatetime(tzinfo=UTC)
        except (ValueError, OverflowError):
            pass
    if kind == "duration" and literal.kind == "string":
        duration = duration_pb2.Duration()
        try:
            duration.FromJsonString(text)
            return duration.ToMilliseconds()
        except ValueError:
            pass
    raise FilterError(
        f"invalid value {_shorten(text)!r} for {target.shown}: {_EXPECTED_VALUE[kind]}",
        target.name,
    )


_EXPECTED_VALUE: Final = {
    "bool": "expected true or false",
    "int": "expected an integer",
    "float": "expected a number",
    "enum": "expected one of the enum's value names",
    "timestamp": (
        'expected an RFC 3339 timestamp in quotes, like "2024-01-01T00:00:00Z", '
        "or a time relative to now, like now-1h"
    ),
    "duration": 'expected milliseconds or a duration in quotes, like "1.5s"',
}


def _integer(target: _Target, text: str) -> int:
    """Parse an integer literal (`12`, `1e3`), rejecting fractions and values BSON cannot hold."""
    try:
        value = int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise FilterError(
                f"invalid value {_shorten(text)!r} for {target.shown}: expected an integer",
                target.name,
            ) from None
        value = int(number)
    if not _INT64[0] <= value <= _INT64[1]:
        raise FilterError(f"value for {target.shown} is out of range", target.name)
    return value


def _natural(target: _Target, literal: _Literal) -> Any:
    """Type a literal by its own form, for values inside a Struct."""
    if literal.kind == "number":
        if any(c in literal.text for c in ".eE"):
            return float(literal.text)
        return _integer(target, literal.text)
    if literal.kind == "text":
        return {"true": True, "false": False, "null": None}.get(literal.text, literal.text)
    return literal.text
