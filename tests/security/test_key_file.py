"""The generated local key file: one key, whole, however many servers start at once."""

from __future__ import annotations

import pathlib
import stat
import threading

from modelstore_server.app import load_keyring
from modelstore_server.config import Settings


def test_servers_starting_at_once_share_one_whole_key(tmp_path: pathlib.Path) -> None:
    """Racing first starts on one data directory all read the same, complete key file."""
    settings = Settings()
    settings.data_dir = tmp_path / "data"
    settings.encryption_keys = None
    settings.encryption_key_id = None
    racers = 16
    barrier = threading.Barrier(racers)
    sealed: list[str] = []
    failures: list[BaseException] = []

    def start() -> None:
        barrier.wait()
        try:
            keyring = load_keyring(settings)
            sealed.append(keyring.encrypt("probe", b"aad"))
        except BaseException as exc:  # a half-written or missing key would land here
            failures.append(exc)

    threads = [threading.Thread(target=start) for _ in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(sealed) == racers
    files = sorted(p.name for p in settings.data_dir.iterdir())
    assert files == ["encryption-keys"], files  # no temporary file left behind
    key_file = settings.data_dir / "encryption-keys"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # Every racer holds the one key on disk: what any of them sealed, the file's key opens.
    on_disk = load_keyring(settings)
    assert len(key_file.read_text().strip().splitlines()) == 1
    assert all(on_disk.decrypt(value, b"aad") == "probe" for value in sealed)
