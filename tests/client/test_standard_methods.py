"""The shared standard-method rule (`modelstore.client.standard_methods`), on a package the
repository does not have (tests/zoo.py) and on the repository's own protos."""

from __future__ import annotations

from types import ModuleType

import pytest
from google.protobuf.descriptor import MethodDescriptor

from modelstore.client import methods
from modelstore.client.descriptors import generated_files
from modelstore.client.standard_methods import (
    Kind,
    PluralError,
    classify,
    declared_plural,
    english_plural,
    entity_of,
    plural_of,
)
from tests import zoo


@pytest.fixture(scope="module")
def zoo_pb2() -> ModuleType:
    return zoo.zoo_module()


def _method(module: ModuleType, service: str, name: str) -> MethodDescriptor:
    return module.DESCRIPTOR.services_by_name[service].methods_by_name[name]


def _kind(module: ModuleType, service: str, name: str) -> Kind:
    method = _method(module, service, name)
    return classify(method, entity_of(method.containing_service)).kind


STANDARD = ["Create", "Get", "List", "Update", "Delete", "Undelete", "BatchGet"]
KINDS = [Kind.CREATE, Kind.GET, Kind.LIST, Kind.UPDATE, Kind.DELETE, Kind.UNDELETE, Kind.BATCH_GET]


@pytest.mark.parametrize(
    ("entity", "plural"),
    [("Person", "People"), ("Goose", "Geese"), ("Box", "Boxes"), ("Puppy", "Puppies")],
)
def test_the_seven_standard_methods(zoo_pb2: ModuleType, entity: str, plural: str) -> None:
    for verb, kind in zip(STANDARD, KINDS, strict=True):
        noun = plural if kind in (Kind.LIST, Kind.BATCH_GET) else entity
        assert _kind(zoo_pb2, f"{entity}Service", verb + noun) is kind, verb + noun


def test_a_declared_irregular_plural_is_standard_and_the_guess_is_not(zoo_pb2: ModuleType) -> None:
    person = zoo_pb2.DESCRIPTOR.message_types_by_name["Person"]
    assert declared_plural(person) == "people"
    assert plural_of(person) == "People"
    assert _kind(zoo_pb2, "PersonService", "ListPeople") is Kind.LIST
    assert _kind(zoo_pb2, "PersonService", "BatchGetPeople") is Kind.BATCH_GET
    # The English rule's `Persons` is not a second accepted spelling once a plural is declared.
    assert _kind(zoo_pb2, "PersonService", "ListPersons") is Kind.DOMAIN


def test_google_api_resource_declares_a_plural_too(zoo_pb2: ModuleType) -> None:
    goose = zoo_pb2.DESCRIPTOR.message_types_by_name["Goose"]
    assert declared_plural(goose) == "geese"
    assert _kind(zoo_pb2, "GooseService", "ListGeese") is Kind.LIST


def test_the_english_rule_only_where_nothing_is_declared(zoo_pb2: ModuleType) -> None:
    box = zoo_pb2.DESCRIPTOR.message_types_by_name["Box"]
    assert declared_plural(box) is None
    assert plural_of(box) == "Boxes"
    assert [english_plural(n) for n in ("Workspace", "Puppy", "Key", "Box", "Status", "Match")] == [
        "Workspaces",
        "Puppies",
        "Keys",
        "Boxes",
        "Statuses",
        "Matches",
    ]


@pytest.mark.parametrize(
    ("name", "lacking"),
    [
        ("GetDog", "a Dog field in DogCount"),
        ("ListDogs", "a repeated Dog field in ListDogsResponse"),
        ("CreateDog", "CreateDogRequest.request_id"),
    ],
)
def test_a_standard_name_with_the_wrong_shape_is_a_domain_method(
    zoo_pb2: ModuleType, name: str, lacking: str
) -> None:
    method = _method(zoo_pb2, "DogService", name)
    found = classify(method, entity_of(method.containing_service))
    assert found.kind is Kind.DOMAIN
    assert found.mismatch is not None
    assert "modelstore.zoo.v1.Dog" in found.mismatch
    assert lacking in found.mismatch


def test_plurals_that_cannot_be_used_are_refused() -> None:
    bad = zoo.bad_module()
    with pytest.raises(PluralError, match=r"Moose: the declared plurals differ"):
        declared_plural(bad.DESCRIPTOR.message_types_by_name["Moose"])
    with pytest.raises(PluralError, match=r"Ox: .*'Oxen' is not lowerCamelCase"):
        declared_plural(bad.DESCRIPTOR.message_types_by_name["Ox"])


def test_a_service_of_no_entity_has_only_domain_methods(zoo_pb2: ModuleType) -> None:
    method = _method(zoo_pb2, "PersonService", "GetPerson")
    assert classify(method, None).kind is Kind.DOMAIN


def test_the_client_retries_by_the_same_rule(zoo_pb2: ModuleType) -> None:
    assert methods.is_read_method(_method(zoo_pb2, "PersonService", "ListPeople"))
    assert methods.is_read_method(_method(zoo_pb2, "GooseService", "BatchGetGeese"))
    assert not methods.is_read_method(_method(zoo_pb2, "PersonService", "ListPersons"))
    assert not methods.is_read_method(_method(zoo_pb2, "DogService", "GetDog"))


def test_every_entity_of_the_repository_declares_its_plural() -> None:
    # The English rule is a fallback for protos outside this repository; ours say what they mean.
    entities = [
        message
        for file in generated_files()
        for service in file.services_by_name.values()
        if (message := entity_of(service)) is not None
    ]
    assert entities
    assert [e.full_name for e in entities if declared_plural(e) is None] == []


def test_an_uncountable_plural_of_the_repository_is_standard() -> None:
    from modelstore.directory.v1 import user_data_pb2

    service = user_data_pb2.DESCRIPTOR.services_by_name["UserDataService"]
    entity = entity_of(service)
    assert entity is not None
    assert classify(service.methods_by_name["ListUserData"], entity).kind is Kind.LIST
    assert classify(service.methods_by_name["BatchGetUserData"], entity).kind is Kind.BATCH_GET
    assert classify(service.methods_by_name["SetUserData"], entity).kind is Kind.DOMAIN
