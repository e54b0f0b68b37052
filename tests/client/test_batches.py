"""The client's batch helpers (`modelstore.client.batches`) against the live server.

`batch_requests` splits items into batch requests within the bound with per-request keys,
so a loop run again writes nothing twice; `item_index` reads the item a failure names.
"""

from __future__ import annotations

import uuid

import pytest

from modelstore.client import AlreadyExistsError, batch_requests, connect_async, item_index
from modelstore.directory.v1 import organization_pb2 as org_pb2
from modelstore.directory.v1 import organization_pb2_grpc as org_grpc
from modelstore_server.app import Modelstore

ORG = org_pb2


def _creates(n: int) -> list[org_pb2.CreateOrganizationRequest]:
    return [
        ORG.CreateOrganizationRequest(
            organization=ORG.Organization(name=f"c{i}", slug=f"c-{uuid.uuid4().hex[:12]}")
        )
        for i in range(n)
    ]


async def test_batch_requests_split_and_a_second_run_writes_nothing_twice(
    server: Modelstore,
) -> None:
    items = _creates(5)
    requests = list(
        batch_requests(ORG.BatchCreateOrganizationsRequest, items, request_id="imp", size=2)
    )
    assert [len(r.requests) for r in requests] == [2, 2, 1]
    assert [r.request_id for r in requests] == ["imp:0", "imp:1", "imp:2"]
    rid = uuid.uuid4().hex
    async with connect_async(server.address) as channel:
        stub = org_grpc.OrganizationServiceStub(channel)
        runs = []
        for _ in range(2):  # the same loop twice: the second answers from the first
            made = []
            for request in batch_requests(
                ORG.BatchCreateOrganizationsRequest, items, request_id=rid, size=2
            ):
                made += (await stub.BatchCreateOrganizations(request)).organizations
            runs.append([o.id for o in made])
        assert runs[0] == runs[1]
        assert [o.slug for o in made] == [i.organization.slug for i in items]
        again = _creates(2)
        again[1].organization.slug = items[0].organization.slug
        with pytest.raises(AlreadyExistsError) as failed:
            await stub.BatchCreateOrganizations(ORG.BatchCreateOrganizationsRequest(requests=again))
        assert item_index(failed.value) == 1
    with pytest.raises(ValueError, match="size"):
        next(batch_requests(ORG.BatchCreateOrganizationsRequest, items, size=1001))
