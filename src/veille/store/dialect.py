"""What the SQLite and PostgreSQL stores spell differently, so the queries around it are written once.

The two backends hold the same tables and answer serve/ with the same records; their SQL
differs in a handful of places (the placeholder, case-insensitive equality, lists bound as
one value, where an article's text lives, full-text matching). A ``Dialect`` names those
places; the shared queries (article_search.py, views_common.py) are written with SQLite's
``?`` and ``Dialect.sql`` spells them for the backend. What no fragment can bridge (building
the search index, the view tables, schema locks) stays in the backend's own modules.
Each backend's search module holds its instance: sqlite_fts.SQLITE, postgres_search.POSTGRES.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from veille.store.search import Term

Connection = Any
"""A ``sqlite3.Connection`` or a ``psycopg.Connection``: the shared code calls only ``execute(sql, params)``."""


@dataclass(frozen=True, slots=True)
class Dialect:
    """One backend's spelling of the fragments the shared queries leave open."""

    param: str
    """The driver's placeholder: ``?`` or ``%s``."""
    nocase: str
    """Case-insensitive equality of ``{}`` (a column) with a ``?``; SQLite's uses its NOCASE indexes."""
    in_list: str
    """``column <in_list>`` tests membership of a list bound as one ``?``, encoded by ``list_param``."""
    list_param: Callable[[list[Any]], object]
    article_text: str
    """An article's text, from ``articles a``."""
    bytewise: str
    """The collation that sorts text by bytes as SQLite does by default ('' there)."""
    errors: type[Exception]
    """What the driver raises for a query the server refuses."""

    def sql(self, statement: str) -> str:
        """The statement with the driver's placeholder; shared statements hold no other ``?`` and no ``%``."""
        return statement if self.param == "?" else statement.replace("?", self.param)

    def run(self, conn: Connection, statement: str, params: Any = ()) -> Any:
        """Execute a shared statement; returns the driver's cursor."""
        return conn.execute(self.sql(statement), params)


@dataclass(frozen=True, slots=True)
class Match:
    """How a backend finds and ranks the articles a query matches (None: nothing searchable typed).

    ``source`` (a FROM clause) and ``condition`` (a WHERE fragment) hold one ``?`` between
    them, the first of the statement, which ``param`` binds. ``score`` is higher for better
    hits; ``terms`` are the words the snippets mark.
    """

    source: str
    condition: str
    param: str
    score: str
    terms: tuple[Term, ...]


def where_clause(conditions: list[str]) -> str:
    """`` WHERE a AND b`` or nothing: the conditions are fixed fragments, never values."""
    return " WHERE " + " AND ".join(conditions) if conditions else ""
