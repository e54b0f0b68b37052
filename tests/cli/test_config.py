"""Settings: one precedence (flag > environment > file > default), strict files, masked output."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

from modelstore_server import config
from modelstore_server.config import ConfigError, load


def _file(tmp_path: pathlib.Path, text: str) -> str:
    path = tmp_path / "modelstore.toml"
    path.write_text(text)
    return str(path)


def test_flag_beats_environment_beats_file_beats_default(tmp_path: pathlib.Path) -> None:
    path = _file(
        tmp_path,
        'listen = "127.0.0.1:7001"\ndatabase = "from_file"\nworkers = 3\nlog_level = "debug"\n'
        "access_log = true\nchange_retention_days = 2\n",
    )
    env = {"MODELSTORE_LISTEN": "127.0.0.1:7002", "MODELSTORE_DATABASE": "from_env"}
    flags = {"setting_listen": "127.0.0.1:7003"}
    loaded = load(flags, env, path)
    s = loaded.settings
    assert (s.listen, loaded.sources["listen"]) == ("127.0.0.1:7003", "flag --listen")
    assert (s.database, loaded.sources["database"]) == ("from_env", "env MODELSTORE_DATABASE")
    assert (s.workers, loaded.sources["workers"]) == (3, f"file {path}")
    assert s.log_level == "DEBUG"  # any case, kept in one
    assert s.access_log is True
    assert s.change_retention_days == 2.0
    assert (s.grace_seconds, loaded.sources["grace_seconds"]) == (10.0, "default")


def test_flags_without_a_value_and_typed_environment_values() -> None:
    env = {"MODELSTORE_MIGRATE_ON_START": "true", "MODELSTORE_GRACE_SECONDS": "2.5"}
    loaded = load({"setting_migrate_on_start": False, "setting_insecure": True}, env, None)
    assert loaded.settings.migrate_on_start is False  # --no-migrate beats the variable
    assert loaded.sources["migrate_on_start"] == "flag --no-migrate"
    assert loaded.settings.insecure is True
    assert loaded.settings.grace_seconds == 2.5
    assert isinstance(loaded.settings.data_dir, pathlib.Path)


def test_the_default_file_is_read_from_the_working_directory(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file(tmp_path, 'database = "here"\n')
    monkeypatch.chdir(tmp_path)
    assert load({}, {}, None).settings.database == "here"
    other = tmp_path / "other.toml"
    other.write_text('database = "named"\n')
    assert load({}, {config.CONFIG_ENV: str(other)}, None).settings.database == "named"


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        ('lisen = "127.0.0.1:1"\n', {}, "unknown setting 'lisen'"),
        ("reuse_port = true\n", {}, "unknown setting 'reuse_port'"),
        ('workers = "2"\n', {}, "workers in .* must be an integer, not '2'"),
        ("workers = 0\n", {}, "workers in .* must be at least 1"),
        ('log_format = "xml"\n', {}, "must be one of json, text"),
        ("listen = 1\n", {}, "listen in .* must be a string"),
        ("listen = [\n", {}, "is not valid TOML"),
        ("", {"MODELSTORE_CHANGE_FEED": "maybe"}, "MODELSTORE_CHANGE_FEED must be true or false"),
        ("", {"MODELSTORE_WORKERS": "two"}, "MODELSTORE_WORKERS must be an integer, not 'two'"),
        ("", {"MODELSTORE_METRICS_LISTEN": "9100"}, "must be host:port"),
    ],
)
def test_bad_settings_are_refused_with_what_and_where(
    tmp_path: pathlib.Path, text: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load({}, env, _file(tmp_path, text))


def test_a_named_file_that_is_missing_is_an_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load({}, {}, str(tmp_path / "nowhere.toml"))


def test_every_setting_has_a_file_key_an_environment_variable_and_a_docstring() -> None:
    """One declaration: a setting added to Settings is configurable in all three places."""
    names = {d.name for d in config.declared() if d.option.env is not None}
    envs = [d.option.env for d in config.declared() if d.option.env is not None]
    assert len(set(envs)) == len(envs)
    assert all(e == "MONGODB_URI" or e.startswith("MODELSTORE_") for e in envs)
    docs = (pathlib.Path(__file__).resolve().parents[2] / "docs" / "operations.md").read_text()
    missing = sorted(n for n in names if f"`{n}`" not in docs)
    assert missing == [], f"docs/operations.md does not list {missing}"


def test_modelstore_config_prints_sources_and_masks_secrets(tmp_path: pathlib.Path) -> None:
    path = _file(
        tmp_path, 'database = "filed"\nchange_capture_url = "postgres://pg:hunter2@db:5432/x"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODELSTORE_")}
    env["MONGODB_URI"] = "mongodb://app:s3cr3t-pass@db1:27017,db2:27017/?replicaSet=rs0"
    env["MODELSTORE_ENCRYPTION_KEYS"] = "k1:" + "A" * 43 + "="
    done = subprocess.run(
        [sys.executable, "-m", "modelstore_server.cli", "--config", path, "config", "--access-log"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "s3cr3t-pass" not in out
    assert "hunter2" not in out
    assert "A" * 43 not in out
    lines = {line.split()[0]: line for line in out.splitlines() if not line.startswith("#")}
    assert "mongodb://app:****@db1:27017,db2:27017/?replicaSet=rs0" in lines["mongodb_uri"]
    assert lines["mongodb_uri"].endswith("[env MONGODB_URI]")
    assert "****" in lines["encryption_keys"]
    assert "postgres://pg:****@db:5432/x" in lines["change_capture_url"]
    assert lines["database"].endswith(f"[file {path}]")
    assert lines["access_log"].split()[1:] == ["True", "[flag", "--access-log]"]
    assert lines["listen"].endswith("[default]")


def test_a_bad_file_stops_the_command_with_one_json_line(tmp_path: pathlib.Path) -> None:
    path = _file(tmp_path, "wokers = 2\n")
    done = subprocess.run(
        [sys.executable, "-m", "modelstore_server.cli", "--config", path, "serve"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "unknown setting 'wokers'" in line
    assert '"level": "ERROR"' in line
