"""The store's files on disk: owner-only permissions whatever the umask (issue 10 item 4), and the
durability settings every opened store runs with (WAL, ``synchronous=FULL``)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.services import settings as settings_file
from desktop_app.store import EntryState, OutboxEntry, Store, default_store_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _entry() -> OutboxEntry:
    return OutboxEntry(id=0, method="crm.activity.update", params={"id": 7, "fields": {"SUBJECT": "x"}},
                       owner_type_id=2, owner_id=1, state=EntryState.PENDING, created_at=datetime.now(UTC))


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask-000", "umask-022", "umask-077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_new_data_dir_is_0700_and_every_database_file_0600(umask: int, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    path = default_store_path("acme.bitrix24.com", 1)
    with Store.open(path) as store:
        store.outbox.add(_entry())  # the WAL and its index exist while the store is open
        files = {p.name: _mode(p) for p in path.parent.iterdir()}
        assert files == {path.name: 0o600, f"{path.name}-wal": 0o600, f"{path.name}-shm": 0o600}
    assert _mode(tmp_path / "data") == 0o700


def test_looser_modes_left_by_an_older_version_are_tightened_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "store.sqlite3"
    with Store.open(path) as store:
        store.outbox.add(_entry())
        for p in (folder, path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            os.chmod(p, 0o777 if p == folder else 0o644)
    with Store.open(path) as store:
        assert store.outbox.open_entries()  # nothing lost on the way
        assert _mode(folder) == 0o700
        assert {p.name: _mode(p) for p in folder.iterdir()} == dict.fromkeys(
            (path.name, f"{path.name}-wal", f"{path.name}-shm"), 0o600)


def test_a_damaged_file_set_aside_keeps_owner_only_modes(tmp_path: Path) -> None:
    path = tmp_path / "data" / "store.sqlite3"
    Store.open(path).close()
    path.write_bytes(b"not a database" * 100)
    os.chmod(path, 0o644)
    with Store.open(path) as store:
        assert store.recovery is not None
        assert _mode(store.recovery.moved_to) == 0o600
        assert _mode(path) == 0o600


def test_settings_file_and_its_folder_are_owner_only(umask: int, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings_file.CONFIG_DIR_ENV, str(tmp_path / "config"))
    saved = settings_file.save(settings_file.Settings(portal_url="https://acme.bitrix24.com", user_id=1))
    assert _mode(saved) == 0o600
    assert _mode(saved.parent) == 0o700


def test_an_opened_store_is_wal_with_synchronous_full(tmp_path: Path) -> None:
    """An outbox entry whose write has returned is on disk: WAL journal, ``synchronous=FULL`` (2)."""
    for path in (tmp_path / "store.sqlite3", ":memory:"):
        with Store.open(path) as store:
            conn = store._conn
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
            expected = "wal" if path != ":memory:" else "memory"  # SQLite keeps no journal file in memory
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == expected
    with Store.open(tmp_path / "store.sqlite3") as again:  # and again on a reopened file
        assert again._conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert again._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
