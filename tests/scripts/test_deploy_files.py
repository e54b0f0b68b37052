"""deploy/: the container recipe and the compose file, checked statically.

Neither is built or run on the development machine (no Docker engine; docs/deployment.md),
so this checks what can go stale without one: the paths the Dockerfile copies exist, the
image serves without migrating, and the compose file's replica set has three members that
the servers' URI names, initiated before `migrate` runs and the servers start after it.
"""

from __future__ import annotations

import pathlib
import re

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def test_the_dockerfile_copies_what_exists_and_serves_without_migrating() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    copied = re.findall(r"^COPY (?!--from)(.+) \S+$", text, flags=re.MULTILINE)
    sources = [part for line in copied for part in line.split()]
    assert sources == ["pyproject.toml", "README.md", "server", "clients/python"]
    assert all((ROOT / source).exists() for source in sources)
    assert 'ENTRYPOINT ["modelstore"]' in text
    assert 'CMD ["serve", "--no-migrate"]' in text
    assert "USER modelstore" in text  # never root


def test_compose_runs_a_three_node_replica_set_before_the_servers() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    members = [name for name, s in services.items() if "--replSet" in s.get("command", [])]
    assert members == ["mongo1", "mongo2", "mongo3"]
    init = " ".join(services["rs-init"]["command"])
    assert all(f'host: "{m}:27017"' in init for m in members)
    uri = services["modelstore"]["environment"]["MONGODB_URI"]
    assert uri == "mongodb://mongo1:27017,mongo2:27017,mongo3:27017/?replicaSet=rs0"
    assert services["migrate"]["command"] == ["migrate"]
    assert services["migrate"]["depends_on"] == {
        "rs-init": {"condition": "service_completed_successfully"}
    }
    assert services["modelstore"]["depends_on"] == {
        "migrate": {"condition": "service_completed_successfully"}
    }
    assert services["modelstore"]["deploy"]["replicas"] == 2
