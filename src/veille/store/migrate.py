"""Versioned schema migrations: numbered ``migrations/NNNN_name.sql`` files applied in order.

Each file runs in its own transaction together with its row in ``schema_version``, so a
failed migration leaves the database at the previous version, never half-way. A database
newer than the files this veille knows is refused rather than guessed at.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from veille.errors import StoreError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def known_migrations() -> list[Migration]:
    """The migration files shipped with this package, in version order."""
    found = []
    for entry in resources.files("veille.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files must be numbered 1..n without gaps, found {versions}")
    return found


def schema_version(conn: sqlite3.Connection) -> int:
    """The version the database is at; 0 for an empty database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
    )
    (version,) = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(version)


def migrate(conn: sqlite3.Connection, *, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest) and return its version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration opens
    its own ``BEGIN IMMEDIATE`` so two processes opening a fresh file do not both apply it.
    """
    migrations = known_migrations()
    latest = migrations[-1].version
    target = latest if target is None else target
    current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"the database is at schema version {current}, newer than this veille knows ({latest}); "
            "upgrade veille to open it"
        )
    for migration in migrations:
        if migration.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= migration.version:  # another process got there first
                conn.execute("COMMIT")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed: {exc}") from exc
    return schema_version(conn)


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (``executescript`` would commit our transaction)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        not ln.strip() or ln.lstrip().startswith("--") for ln in pending.splitlines()
    ):
        raise StoreError(f"migration ends with an incomplete statement: {pending.strip()[:80]!r}")
    return statements
