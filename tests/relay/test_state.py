"""The relay's state file: round trip, one relay per file, and atomic replacement under kill -9."""

from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from modelstore_server.relay import StateError, StateFile

# Saves numbered tokens as fast as it can; each token is large (256 KiB), so a save takes
# several write calls and a kill lands inside one often.
_SAVER = """
import pathlib, sys
from modelstore_server.relay import StateFile
state = StateFile(pathlib.Path(sys.argv[1]))
state.lock()
start = int(sys.argv[2])
print("ready", flush=True)
for n in range(start, start + 1_000_000):
    state.save(f"{n:09d}-" + "x" * (256 * 1024))
"""


def _number(token: str) -> int:
    number, _, padding = token.partition("-")
    assert padding == "x" * (256 * 1024), "a torn token"
    return int(number)


def test_round_trip_and_first_run(tmp_path: pathlib.Path) -> None:
    state = StateFile(tmp_path / "sub" / "relay.json")
    state.lock()
    try:
        assert state.load() is None  # never saved: a first run
        state.save("tok-1")
        state.save("tok-2")
        assert state.load() == "tok-2"
        data = json.loads((tmp_path / "sub" / "relay.json").read_text())
        assert data["version"] == 1
        assert data["resume_token"] == "tok-2"
        assert data["saved_at"].endswith("+00:00")
        assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == [
            "relay.json",
            "relay.json.lock",
        ]
    finally:
        state.unlock()


def test_a_second_relay_on_the_same_file_is_refused(tmp_path: pathlib.Path) -> None:
    first = StateFile(tmp_path / "relay.json")
    first.lock()
    second = StateFile(tmp_path / "relay.json")
    with pytest.raises(StateError, match="in use by another relay"):
        second.lock()
    first.unlock()
    second.lock()  # free again once the first lets go
    second.unlock()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not JSON"),
        (b'{"version": 2, "resume_token": "t"}', "not a version 1"),
        (b'{"version": 1, "resume_token": ""}', "no resume_token"),
    ],
)
def test_a_damaged_file_is_an_error_not_a_fresh_start(
    tmp_path: pathlib.Path, body: bytes, message: str
) -> None:
    # Starting "from now" over a file it cannot read would silently skip events.
    path = tmp_path / "relay.json"
    path.write_bytes(body)
    with pytest.raises(StateError, match=message):
        StateFile(path).load()


def test_kill_9_mid_save_leaves_the_old_or_the_new_token(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "relay.json"
    last = -1
    kills = 0
    for round_ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), str(last + 1)],
            stdout=subprocess.PIPE,
            env=os.environ,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(0.05 + 0.013 * round_)  # a different moment of the save loop each time
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        kills += 1
        state = StateFile(path)
        state.lock()  # also clears the temporary file the kill may have left
        try:
            token = state.load()
        finally:
            state.unlock()
        assert token is not None
        number = _number(token)
        assert number >= last, "the position went backwards"
        last = number
        assert not list(tmp_path.glob(".relay.json.*.tmp"))
    assert kills == 12
    assert last > 12, "the saver saved almost nothing; the test proved little"
