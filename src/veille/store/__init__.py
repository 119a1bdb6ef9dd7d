"""The store: the only package that speaks SQL. ``open_store`` picks the backend from the URL."""
from __future__ import annotations

from veille.errors import StoreError
from veille.store.base import SearchFilters, SearchHit, SearchPage, Status, Store
from veille.store.sqlite import SqliteStore

DEFAULT_DB = "./veille.db"

__all__ = ["DEFAULT_DB", "SearchFilters", "SearchHit", "SearchPage", "Status", "SqliteStore", "Store", "open_store"]


def open_store(url: str = DEFAULT_DB) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    A plain path or ``sqlite:///path`` is a SQLite file; ``postgresql://`` names a server.
    """
    url = (url or DEFAULT_DB).strip()
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme in {"postgresql", "postgres"}:
        from veille.store.postgres import PostgresStore  # psycopg is only imported when a server is named

        return PostgresStore(url)
    if scheme == "sqlite":
        url = url[len("sqlite://"):]
        if url.startswith("/") and not url.startswith("//"):
            url = url[1:] or DEFAULT_DB  # sqlite:///rel.db is relative, sqlite:////abs.db absolute
        elif url.startswith("//"):
            url = url[1:]
    elif scheme:
        raise StoreError(f"unknown store URL scheme {scheme!r}: give a SQLite file path or a postgresql:// URL")
    return SqliteStore(url)
