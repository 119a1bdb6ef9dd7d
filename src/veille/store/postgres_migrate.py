"""Schema migrations on PostgreSQL: the numbered ``pg_migrations/NNNN_name.sql`` files.

The runner is migrate_common.py's, shared with SQLite. PostgreSQL's lock of schema changes is
an advisory lock held for the transaction, taken even to read the version on opening: two
processes creating ``schema_version`` at once would otherwise collide.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from veille.store.migrate_common import Migration, MigrationTarget, read_migrations, run_migrations, schema_version

MIGRATION_LOCK = 0x7665696C6C65_01  # "veille" + 1: the advisory lock key of schema changes


def known_migrations() -> list[Migration]:
    """The migration files shipped with this package, in version order."""
    return read_migrations("pg_migrations")


def migrate(conn: psycopg.Connection, *, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest) and return its version."""
    return run_migrations(_PostgresTarget(conn), known_migrations(), up_to=target)


class _PostgresTarget(MigrationTarget):
    errors = psycopg.Error
    conn: psycopg.Connection

    def current_version(self) -> int:
        """Under the lock: two processes creating ``schema_version`` at once would collide."""
        with self.locked():
            return schema_version(self.conn)

    @contextmanager
    def locked(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            yield

    def apply(self, migration: Migration) -> None:
        self.conn.execute(migration.sql.encode())  # no parameters: the file runs as one script
        self.conn.execute("INSERT INTO schema_version (version, name, applied) VALUES (%s, %s, %s)", migration.row())
