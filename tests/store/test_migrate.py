"""Schema migrations: fresh files, older files brought up to date, newer files refused."""
from __future__ import annotations

import json
import sqlite3

import pytest

from veille.errors import StoreError
from veille.store.migrate import known_migrations, migrate, schema_version, split_statements
from veille.store.sqlite import SqliteStore


def _connect(path):
    return sqlite3.connect(path, isolation_level=None)


def test_fresh_database_gets_every_migration_in_order(tmp_path):
    conn = _connect(tmp_path / "fresh.db")
    latest = known_migrations()[-1].version
    assert migrate(conn) == latest
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, latest + 1))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"runs", "articles", "article_versions", "fingerprints", "article_fts", "site_lines"} <= tables


def test_migrating_twice_changes_nothing(tmp_path):
    conn = _connect(tmp_path / "twice.db")
    first = migrate(conn)
    assert migrate(conn) == first
    assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == first


def test_old_database_is_migrated_and_its_articles_become_searchable(tmp_path):
    path = tmp_path / "old.db"
    conn = _connect(path)
    assert migrate(conn, target=1) == 1  # a store written before full-text search existed
    conn.execute("INSERT INTO runs (started, inputs, settings, stages) VALUES ('2022-01-01', '[]', '{}', '{}')")
    record = {"id": "abc", "source_id": "old:1", "title": "Ancienne dépêche", "text": "La sécurité européenne.",
              "site": "Archive", "published": "2021-12-17"}
    conn.execute(
        "INSERT INTO articles (id, key, record, trace, fingerprint, version, first_run, updated_run)"
        " VALUES ('abc', 'src:old:1', ?, '{}', 'fp-old', 1, 1, 1)",
        (json.dumps(record),),
    )
    conn.close()
    with SqliteStore(path) as store:
        assert schema_version(store._conn) == known_migrations()[-1].version
        assert store.get("abc").title == "Ancienne dépêche"
        page = store.search("securite")
        assert [h.id for h in page.hits] == ["abc"]
        store.add_site_lines("Archive", "p1", ["h"])  # tables of later migrations exist too


def test_newer_database_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "future.db"
    conn = _connect(path)
    migrate(conn)
    conn.execute("INSERT INTO schema_version (version, name, applied) VALUES (999, 'future', 'later')")
    conn.close()
    with pytest.raises(StoreError, match="schema version 999.*upgrade veille"):
        SqliteStore(path)


def test_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from veille.store import migrate as migrate_module

    conn = _connect(tmp_path / "broken.db")
    migrate(conn, target=1)
    real = known_migrations()
    broken = [*real[:1], migrate_module.Migration(2, "broken", "CREATE TABLE half (x);\nNOT SQL AT ALL;\n")]
    monkeypatch.setattr(migrate_module, "known_migrations", lambda: broken)
    with pytest.raises(StoreError, match="0002_broken"):
        migrate_module.migrate(conn)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_split_statements_keeps_comments_and_semicolons_in_strings():
    sql = "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT ';');\nINSERT INTO t VALUES ('a;b');\n"
    assert split_statements(sql) == [
        "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT ';');",
        "INSERT INTO t VALUES ('a;b');",
    ]


def test_migration_files_are_numbered_without_gaps():
    migrations = known_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert all(m.sql.strip() for m in migrations)
