"""Schema migrations on SQLite: the numbered ``migrations/NNNN_name.sql`` files.

The runner is migrate_common.py's, shared with PostgreSQL. SQLite's lock of schema changes is
``BEGIN IMMEDIATE``, its one writer lock, and a file runs statement by statement, since
``executescript`` would commit the migration's transaction half-way.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from veille.errors import StoreError
from veille.store.migrate_common import Migration, MigrationTarget, read_migrations, run_migrations
from veille.store.migrate_common import schema_version  # noqa: F401 - re-exported: a SQLite store's version


def known_migrations() -> list[Migration]:
    """The migration files shipped with this package, in version order."""
    return read_migrations("migrations")


def migrate(conn: sqlite3.Connection, *, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest) and return its version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration opens
    its own ``BEGIN IMMEDIATE`` so two processes opening a fresh file do not both apply it.
    """
    return run_migrations(_SqliteTarget(conn), known_migrations(), up_to=target)


class _SqliteTarget(MigrationTarget):
    errors = sqlite3.Error
    conn: sqlite3.Connection

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def apply(self, migration: Migration) -> None:
        for statement in split_statements(migration.sql):
            self.conn.execute(statement)
        self.conn.execute("INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)", migration.row())


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
