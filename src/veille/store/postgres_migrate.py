"""Versioned schema migrations on PostgreSQL: numbered ``pg_migrations/NNNN_name.sql`` files.

The PostgreSQL twin of migrate.py. Each file runs in one transaction with its
``schema_version`` row, under an advisory lock, so two processes opening a fresh database
apply it once (the second waits, then sees it applied). A database newer than the files
this veille knows is refused.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from importlib import resources

import psycopg

from veille.errors import StoreError
from veille.store.migrate import Migration

MIGRATION_LOCK = 0x7665696C6C65_01  # "veille" + 1: the advisory lock key of schema changes
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def known_migrations() -> list[Migration]:
    found = []
    for entry in resources.files("veille.store").joinpath("pg_migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files must be numbered 1..n without gaps, found {versions}")
    return found


def schema_version(conn: psycopg.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
    )
    (version,) = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(version)


def migrate(conn: psycopg.Connection, *, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest) and return its version."""
    migrations = known_migrations()
    latest = migrations[-1].version
    target = latest if target is None else target
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"the database is at schema version {current}, newer than this veille knows ({latest}); "
            "upgrade veille to open it"
        )
    for migration in migrations:
        if migration.version > target or migration.version <= current:
            continue
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                if schema_version(conn) >= migration.version:  # another process got there first
                    continue
                conn.execute(migration.sql.encode())  # no parameters: the file runs as one script
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
                )
        except psycopg.Error as exc:
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed: {exc}") from exc
    return schema_version(conn)
