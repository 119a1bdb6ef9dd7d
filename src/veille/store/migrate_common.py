"""Versioned schema migrations, run the same way on both backends: numbered ``NNNN_name.sql`` files.

Each file runs in its own transaction together with its row in ``schema_version``, holding
the backend's lock of schema changes, so a failed migration leaves the database at the
previous version, never half-way, and two processes opening a fresh database apply it once
(the second waits, then sees it applied). A database newer than the files this veille knows
is refused rather than guessed at. The backend (migrate.py, postgres_migrate.py) brings its
folder of files, its lock and how it runs a file.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import ClassVar

from veille.errors import StoreError
from veille.store.dialect import Connection

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    def row(self) -> tuple[int, str, str]:
        """Its ``schema_version`` row (version, name, applied), applied now."""
        return self.version, self.name, datetime.now(timezone.utc).isoformat(timespec="seconds")


class MigrationTarget:
    """One backend's database, as the runner needs it; the backend subclasses it."""

    errors: ClassVar[type[Exception]]
    """What the driver raises when a migration fails."""
    locked: Callable[[], AbstractContextManager[object]]
    """A transaction holding the lock of schema changes: committed on exit, rolled back on error."""
    apply: Callable[[Migration], None]
    """Run the file and insert its ``schema_version`` row (inside ``locked``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def current_version(self) -> int:
        """The version before migrating, read without the lock: opening a store must not wait for a writer."""
        return schema_version(self.conn)


def read_migrations(folder: str) -> list[Migration]:
    """The migration files shipped in ``veille.store/<folder>``, in version order."""
    found = []
    for entry in resources.files("veille.store").joinpath(folder).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files must be numbered 1..n without gaps, found {versions}")
    return found


def schema_version(conn: Connection) -> int:
    """The version the database is at; 0 for an empty database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
    )
    (version,) = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(version)


def run_migrations(target: MigrationTarget, migrations: list[Migration], *, up_to: int | None = None) -> int:
    """Bring the database up to version ``up_to`` (default: the latest) and return its version."""
    latest = migrations[-1].version
    up_to = latest if up_to is None else up_to
    current = target.current_version()
    if current > latest:
        raise StoreError(
            f"the database is at schema version {current}, newer than this veille knows ({latest}); "
            "upgrade veille to open it"
        )
    for migration in migrations:
        if migration.version > up_to or migration.version <= current:
            continue
        try:
            with target.locked():
                if schema_version(target.conn) >= migration.version:  # another process got there first
                    continue
                target.apply(migration)
        except target.errors as exc:
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed: {exc}") from exc
    return schema_version(target.conn)
