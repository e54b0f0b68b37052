"""Discovery: every generated package is found from the descriptors, with no list to edit."""

from __future__ import annotations

import pathlib

from modelstore.client.descriptors import generated_files
from modelstore_server.engine.registry import Kind, discover
from tests import zoo

PROTOS = pathlib.Path(__file__).resolve().parents[2] / "protos"


def test_every_proto_file_is_discovered() -> None:
    on_disk = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    assert [f.name for f in generated_files()] == on_disk


def test_every_package_is_discovered() -> None:
    packages = {f.package for f in generated_files()}
    folders = {p.name for p in (PROTOS / "modelstore").iterdir() if p.is_dir()}
    expected = {"modelstore.v1"} | {f"modelstore.{name}.v1" for name in folders - {"v1"}}
    assert packages == expected


def test_a_new_package_is_served_the_moment_it_is_generated() -> None:
    with zoo.on_modelstore_path(zoo.built()[0]):
        services = {s.full_name: s for s in discover()}
    assert "modelstore.platform.v1.WorkspaceService" in services
    person = services["modelstore.zoo.v1.PersonService"]
    assert person.model is not None
    assert person.model.collection == "zoo.people"
    kinds = {m.descriptor.name: m.kind for m in person.methods}
    assert kinds["ListPeople"] is Kind.LIST
    assert kinds["BatchGetPeople"] is Kind.BATCH_GET
    assert kinds["ListPersons"] is Kind.DOMAIN
    get_dog = next(
        m for m in services["modelstore.zoo.v1.DogService"].methods if m.descriptor.name == "GetDog"
    )
    assert get_dog.kind is Kind.DOMAIN
    assert get_dog.mismatch is not None
    # And it is gone again with its folder: nothing was registered by name.
    assert not any(s.full_name.startswith("modelstore.zoo.") for s in discover())
