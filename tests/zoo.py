"""A proto package the repository does not have, compiled at test time: `modelstore.zoo.v1`.

It stands for the next package someone adds: tests put it beside the generated packages
(`on_modelstore_path`) and check that discovery finds it and classifies its RPCs without a
line of code naming it. Its entities cover each way a plural is found:
- Person: irregular, declared in `(modelstore.v1.storage).plural` (`people`);
- Goose: irregular, declared only by `google.api.resource` (`geese`);
- Box, Puppy: nothing declared, so the English rule (`Boxes`, `Puppies`);
- Dog: standard names on messages of the wrong shape.
`PersonService.ListPersons` (the English guess, not the declared plural) and Dog's
misshapen RPCs are therefore domain methods that nothing implements.

Compiled with grpcio-tools' protoc, as `scripts/generate` does, once per test process: the
default descriptor pool keeps a file for good, so the same text must not be built twice.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import pathlib
import re
import sys
import tempfile
from collections.abc import Iterator
from types import ModuleType

import grpc_tools
from google.api import resource_pb2
from grpc_tools import protoc

import modelstore

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "modelstore.zoo.v1"
BAD_PACKAGE = "modelstore.zoo_bad.v1"
"""Entities whose plural declarations are wrong: kept apart, as discovering them fails."""


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def standard_messages(entity: str, plural: str) -> str:
    """The request and response messages of the seven standard methods, as the repo shapes them."""
    one, many = _snake(entity), _snake(plural)
    return f"""
message Create{entity}Request {{
  {entity} {one} = 1;
  string request_id = 2;
}}
message Create{entity}Response {{
  {entity} {one} = 1;
}}
message Get{entity}Request {{
  string id = 1;
}}
message Get{entity}Response {{
  {entity} {one} = 1;
}}
message List{plural}Request {{
  int32 page_size = 1;
  string page_token = 2;
  string filter = 3;
  string order_by = 4;
}}
message List{plural}Response {{
  repeated {entity} {many} = 1;
  string next_page_token = 2;
}}
message Update{entity}Request {{
  {entity} {one} = 1;
  bool allow_missing = 2;
}}
message Update{entity}Response {{
  {entity} {one} = 1;
}}
message Delete{entity}Request {{
  string id = 1;
  string etag = 2;
}}
message Delete{entity}Response {{}}
message Undelete{entity}Request {{
  string id = 1;
  string etag = 2;
}}
message Undelete{entity}Response {{
  {entity} {one} = 1;
}}
message BatchGet{plural}Request {{
  repeated string ids = 1;
}}
message BatchGet{plural}Response {{
  repeated {entity} {many} = 1;
}}
"""


def standard_rpcs(entity: str, plural: str) -> str:
    """The seven standard RPCs of an entity, named with `plural`."""
    return "\n".join(
        f"  rpc {name}({name}Request) returns ({name}Response);"
        for name in (
            f"Create{entity}",
            f"Get{entity}",
            f"List{plural}",
            f"Update{entity}",
            f"Delete{entity}",
            f"Undelete{entity}",
            f"BatchGet{plural}",
        )
    )


def _entity(name: str, options: str) -> str:
    return f"""
message {name} {{
{options}
  string id = 1;
  string etag = 2;
  bool active = 3;
}}
"""


def zoo_proto() -> str:
    """The text of modelstore/zoo/v1/zoo.proto."""
    storage = '  option (modelstore.v1.storage) = {{collection: "zoo.{}"{}}};'
    return "\n".join(
        [
            'syntax = "proto3";',
            f"package {PACKAGE};",
            'import "google/api/resource.proto";',
            'import "modelstore/v1/storage.proto";',
            _entity("Person", storage.format("people", ' plural: "people"')),
            _entity(
                "Goose",
                '  option (google.api.resource) = {type: "zoo.modelstore.dev/Goose" '
                'pattern: "geese/{goose}" plural: "geese"};\n' + storage.format("geese", ""),
            ),
            _entity("Box", storage.format("boxes", "")),
            _entity("Puppy", storage.format("puppies", "")),
            _entity("Dog", storage.format("dogs", ' plural: "dogs"')),
            standard_messages("Person", "People"),
            standard_messages("Goose", "Geese"),
            standard_messages("Box", "Boxes"),
            standard_messages("Puppy", "Puppies"),
            # Dog's RPCs carry standard names over messages that lack what the generic
            # handler reads: a Get answering a count, a List answering one Dog, a Create
            # without request_id.
            "message DogCount { int64 count = 1; }",
            "message GetDogRequest { string id = 1; }",
            "message ListDogsRequest { int32 page_size = 1; string page_token = 2;"
            " string filter = 3; string order_by = 4; }",
            "message ListDogsResponse { Dog dog = 1; string next_page_token = 2; }",
            "message CreateDogRequest { Dog dog = 1; }",
            "message CreateDogResponse { Dog dog = 1; }",
            "service PersonService {",
            standard_rpcs("Person", "People"),
            # The English guess at Person's plural: not standard, since `people` is declared.
            "  rpc ListPersons(ListPeopleRequest) returns (ListPeopleResponse);",
            "}",
            "service GooseService {",
            standard_rpcs("Goose", "Geese"),
            "}",
            "service BoxService {",
            standard_rpcs("Box", "Boxes"),
            "}",
            "service PuppyService {",
            standard_rpcs("Puppy", "Puppies"),
            "}",
            "service DogService {",
            "  rpc GetDog(GetDogRequest) returns (DogCount);",
            "  rpc ListDogs(ListDogsRequest) returns (ListDogsResponse);",
            "  rpc CreateDog(CreateDogRequest) returns (CreateDogResponse);",
            "}",
            "",
        ]
    )


def bad_proto() -> str:
    """The text of modelstore/zoo_bad/v1/bad.proto: plurals the server must refuse."""
    return "\n".join(
        [
            'syntax = "proto3";',
            f"package {BAD_PACKAGE};",
            'import "google/api/resource.proto";',
            'import "modelstore/v1/storage.proto";',
            # Two declarations that disagree.
            _entity(
                "Moose",
                '  option (google.api.resource) = {type: "zoo.modelstore.dev/Moose" '
                'pattern: "moose/{moose}" plural: "moose"};\n'
                '  option (modelstore.v1.storage) = {collection: "zoo.moose" plural: "mooses"};',
            ),
            # Not lowerCamelCase.
            _entity(
                "Ox", '  option (modelstore.v1.storage) = {collection: "zoo.oxen" plural: "Oxen"};'
            ),
            "message GetMooseRequest { string id = 1; }",
            "message GetMooseResponse { Moose moose = 1; }",
            "message GetOxRequest { string id = 1; }",
            "message GetOxResponse { Ox ox = 1; }",
            "service MooseService { rpc GetMoose(GetMooseRequest) returns (GetMooseResponse); }",
            "service OxService { rpc GetOx(GetOxRequest) returns (GetOxResponse); }",
            "",
        ]
    )


def _compile(out: pathlib.Path, relative: str, text: str) -> None:
    src = out.parent / "src"
    out.mkdir(parents=True, exist_ok=True)
    (src / relative).parent.mkdir(parents=True, exist_ok=True)
    (src / relative).write_text(text)
    googleapis = pathlib.Path(resource_pb2.__file__).resolve().parent.parent.parent
    wkt = pathlib.Path(grpc_tools.__path__[0]) / "_proto"
    args = [
        "protoc",
        f"-I{src}",
        f"-I{ROOT / 'protos'}",
        f"-I{googleapis}",
        f"-I{wkt}",
        f"--python_out={out}",
        relative,
    ]
    assert protoc.main(args) == 0, f"protoc failed on {relative}"
    folder = (out / relative).parent
    while folder != out / "modelstore":
        (folder / "__init__.py").touch()
        folder = folder.parent


@functools.cache
def built() -> tuple[pathlib.Path, pathlib.Path]:
    """Compile both files once; return the `modelstore` folders that hold each package."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-zoo-"))
    good, bad = root / "good" / "out", root / "bad" / "out"
    _compile(good, "modelstore/zoo/v1/zoo.proto", zoo_proto())
    _compile(bad, "modelstore/zoo_bad/v1/bad.proto", bad_proto())
    return good / "modelstore", bad / "modelstore"


@contextlib.contextmanager
def on_modelstore_path(folder: pathlib.Path) -> Iterator[None]:
    """Make a compiled package part of `modelstore` for the duration, then forget it again."""
    saved = list(modelstore.__path__)
    modelstore.__path__.append(str(folder))
    importlib.invalidate_caches()
    try:
        yield
    finally:
        modelstore.__path__[:] = saved
        for name in [n for n in sys.modules if n.startswith("modelstore.zoo")]:  # zoo_bad too
            del sys.modules[name]


def zoo_module() -> ModuleType:
    """Import the zoo's generated module (its descriptors stay in the default pool)."""
    with on_modelstore_path(built()[0]):
        return importlib.import_module("modelstore.zoo.v1.zoo_pb2")


def bad_module() -> ModuleType:
    """Import the module of the refused plurals."""
    with on_modelstore_path(built()[1]):
        return importlib.import_module("modelstore.zoo_bad.v1.bad_pb2")
