"""PostgreSQL schema migrations: numbered files, one schema_version row each, safe to race."""
from __future__ import annotations

import multiprocessing

import psycopg
import pytest

from veille.errors import StoreError
from veille.store.postgres import PostgresStore
from veille.store.postgres_migrate import known_migrations, schema_version

pytestmark = pytest.mark.postgres


def _fresh_database(pg_url: str, name: str) -> str:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")  # fixed names chosen by the tests
        conn.execute(f"CREATE DATABASE {name}")
    return pg_url.rsplit("/", 1)[0] + "/" + name


def _open(url: str) -> int:
    with PostgresStore(url) as store:
        return schema_version(store._conn)


def test_migration_files_are_numbered_without_gaps():
    versions = [m.version for m in known_migrations()]
    assert versions == list(range(1, len(versions) + 1)) and len(versions) >= 2


def test_two_processes_opening_a_fresh_database_migrate_it_once(pg_url):
    url = _fresh_database(pg_url, "race_migrate")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        assert pool.map(_open, [url, url]) == [len(known_migrations())] * 2
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in known_migrations()]


def test_a_database_newer_than_this_veille_is_refused(pg_url):
    url = _fresh_database(pg_url, "too_new")
    _open(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version (version, name, applied) VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer than this veille knows"):
        PostgresStore(url)


def test_a_stale_search_index_is_rebuilt_on_open(pg_db_url):
    from .conftest import build_article

    with PostgresStore(pg_db_url) as store:
        run = store.begin_run(inputs=[], settings={}, stages={})
        store.save([build_article("s:1", "Un cœur vaillant.")], run_id=run)
        store._conn.execute("UPDATE articles SET search = ''::tsvector")
        store._conn.execute("UPDATE meta SET value = 'old' WHERE key = 'search_index'")
        assert store.search("coeur").total == 0
    with PostgresStore(pg_db_url) as again:
        assert again.search("coeur").total == 1
