"""The committed OpenAPI 3 document: valid, one operation per RPC, rules carried."""

from __future__ import annotations

import json

from openapi_spec_validator import validate

from modelstore.client.descriptors import generated_files
from modelstore_server.transport.http.gateway import OPENAPI


def _document() -> dict:
    return json.loads(OPENAPI.read_text())


def test_the_document_validates_and_names_every_rpc() -> None:
    document = _document()
    validate(document)
    operations = {op["operationId"] for item in document["paths"].values() for op in item.values()}
    rpcs = {
        m.full_name
        for f in generated_files()
        for s in f.services_by_name.values()
        for m in s.methods
    }
    assert operations == rpcs


def test_field_behaviour_and_validation_rules_are_carried() -> None:
    schemas = _document()["components"]["schemas"]
    user = schemas["modelstore.platform.v1.User"]
    assert set(user["required"]) == {"workspaceId", "username"}
    props = user["properties"]
    assert props["id"]["x-field-behavior"] == ["IMMUTABLE"]
    assert props["etag"]["readOnly"] is True
    assert props["password"]["writeOnly"] is True
    assert props["username"]["minLength"] == 1
    assert props["username"]["x-modelstore-field"]["trim"] is True
    assert props["workspaceId"]["maxLength"] == 256  # the server's default for an id
    assert props["roles"]["maxItems"] == 1000
    # The stored names beside the API's: `_id`, and the secret's hash and salt keys.
    assert props["id"]["x-document-keys"] == ["_id"]
    assert props["workspaceId"]["x-document-keys"] == ["workspaceId"]
    assert props["password"]["x-document-keys"] == ["passwordHash", "passwordSalt"]
    # A streaming RPC answers NDJSON lines.
    watch = _document()["paths"]["/v1/changes:watch"]["get"]
    assert "application/x-ndjson" in watch["responses"]["200"]["content"]
