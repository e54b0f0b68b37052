"""Every RPC of the contract has a `google.api.http` annotation that fits docs/http.md's scheme.

The scheme, checked here from the descriptors rather than a list of RPCs, so a new RPC
without an annotation, or with one of another shape, fails:
- `/v1/{domain}` (`modelstore.{domain}.v1`) or `/v1` (`modelstore.v1`), then the entity's
  declared plural (`changes` for ChangeService);
- Get `GET .../{id}`, List `GET ...`, Create `POST ...` body the entity field, Update
  `PATCH .../{<entity>.id}` body the entity field, Delete `DELETE .../{id}`, BatchGet
  `GET ...:batchGet`, Undelete `POST .../{id}:undelete` body `*`, the batch writes
  `POST ...:batchCreate`, `:batchUpdate`, `:batchDelete` body `*`;
  `GET ...:batchGet`, Undelete `POST .../{id}:undelete` body `*`, Purge `POST ...:purge`
  body `*`;
- any other RPC a custom method, `...:verb` on the collection, or `.../{id}:verb` when its
  request has an `id`: the verb is the method name without the entity's (plural or
  singular) name, lowerCamel; `GET` without a body only for a Get/List/Check/Watch verb
  whose request carries no credential, else `POST` with body `*`;
- no two RPCs share a verb and a URL shape.
"""

from __future__ import annotations

import re

from modelstore.client import standard_methods
from modelstore.client.descriptors import generated_files
from modelstore_server.engine.registry import Kind
from modelstore_server.transport.http.routes import http_rule, route_of

CREDENTIALS = {"token", "password", "secret"}
READ_VERBS = ("get", "list", "check", "watch")
STANDARD = {
    Kind.GET: ("get", "/{id}", ""),
    Kind.LIST: ("get", "", ""),
    Kind.DELETE: ("delete", "/{id}", ""),
    Kind.BATCH_GET: ("get", ":batchGet", ""),
    Kind.UNDELETE: ("post", "/{id}:undelete", "*"),
    Kind.BATCH_CREATE: ("post", ":batchCreate", "*"),
    Kind.BATCH_UPDATE: ("post", ":batchUpdate", "*"),
    Kind.BATCH_DELETE: ("post", ":batchDelete", "*"),
    Kind.PURGE: ("post", ":purge", "*"),
}


def _collection(service) -> tuple[str, str, str]:
    """Return the collection URL, the entity's singular and its UpperCamel plural."""
    parts = service.full_name.split(".")
    prefix = "/v1" if len(parts) == 3 else f"/v1/{parts[1]}"
    entity = standard_methods.entity_of(service)
    if entity is None:
        assert service.full_name == "modelstore.v1.ChangeService", service.full_name
        return f"{prefix}/changes", "Change", "Changes"
    plural = standard_methods.declared_plural(entity) or standard_methods.plural_of(entity)
    plural = plural[0].lower() + plural[1:]
    return f"{prefix}/{plural}", entity.name, plural[0].upper() + plural[1:]


def _expected(service, method) -> tuple[str, str, str]:
    base, singular, plural = _collection(service)
    entity = standard_methods.entity_of(service)
    found = standard_methods.classify(method, entity)
    if found.kind in STANDARD:
        verb, suffix, body = STANDARD[found.kind]
        return verb, base + suffix, body
    if found.kind is Kind.CREATE:
        return "post", base, found.entity_field or ""
    if found.kind is Kind.UPDATE:
        return "patch", f"{base}/{{{found.entity_field}.id}}", found.entity_field or ""
    name = method.name
    custom = name.replace(plural, "", 1) if plural in name else name.replace(singular, "", 1)
    custom = custom[0].lower() + custom[1:]
    fields = set(method.input_type.fields_by_name)
    if custom == "list" and "id" not in fields:
        return "get", base, ""  # ListChanges: the collection's own List
    target = f"{base}/{{id}}:{custom}" if "id" in fields else f"{base}:{custom}"
    if custom.startswith(READ_VERBS) and not fields & CREDENTIALS:
        return "get", target, ""
    return "post", target, "*"


def test_every_rpc_has_an_annotation_that_fits_the_scheme() -> None:
    seen: dict[tuple[str, str], str] = {}
    count = 0
    for fdesc in generated_files():
        for service in fdesc.services_by_name.values():
            for method in service.methods:
                rule = http_rule(method)
                assert rule is not None, f"{method.full_name} has no google.api.http"
                verb = rule.WhichOneof("pattern")
                got = (verb, getattr(rule, str(verb)), rule.body)
                assert got == _expected(service, method), method.full_name
                route = route_of(f"/{service.full_name}/{method.name}", method)
                assert route is not None
                shape = (route.verb, re.sub(r"\{[^}]*\}", "{}", route.template))
                assert shape not in seen, f"{method.full_name} and {seen.get(shape)}"
                seen[shape] = method.full_name
                count += 1
    assert count > 200  # every domain's every RPC was walked
