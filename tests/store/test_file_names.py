"""Names of activity files kept in the store (``Store.files``, schema 3), and the migration of older files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.store import Store
from desktop_app.store.db import SCHEMA_VERSION


def test_names_are_kept_per_file_and_forgotten_with_the_file_or_activity(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        store.files.remember(5, {11: "offer.pdf", 12: "Ærø €.txt"})
        store.files.remember(6, {13: "other.txt"})
        store.files.remember(5, {})  # nothing to write: no transaction, no error
    with Store.open(path) as store:  # survives a restart
        assert store.files.names([11, 12, 13, 99]) == {11: "offer.pdf", 12: "Ærø €.txt", 13: "other.txt"}
        assert store.files.for_activity(5) == {11: "offer.pdf", 12: "Ærø €.txt"}
        store.files.forget([11])
        store.files.forget_activity(6)
        assert store.files.names([11, 12, 13]) == {12: "Ærø €.txt"}
        assert store.files.names(range(1, 1200)) == {12: "Ærø €.txt"}  # more ids than one SQL statement takes


def test_a_version_2_file_gets_the_table_and_keeps_its_outbox(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE file_name")
    conn.execute("PRAGMA user_version=2")
    conn.execute("INSERT INTO outbox (method, params, owner_type_id, owner_id, state, created_at) VALUES "
                 "('crm.activity.delete', '{\"id\": 7}', 2, 1, 'pending', '2026-12-03T10:00:00+00:00')")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.recovery is None  # an older file is migrated, not taken for damaged
        assert [e.params for e in store.outbox.open_entries()] == [{"id": 7}]
        store.files.remember(7, {1: "a.txt"})
        assert store.files.names([1]) == {1: "a.txt"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    conn.close()
