"""The web views' reads on PostgreSQL (store/base.py's ``view_*`` and ``stories_with_event``).

Mixed into ``PostgresStore``. ``stories_with_event`` is link/stories.py's recall and reads the
story states on the link connection (so a batch sees its own earlier writes). The page views
(home, story, person, faceted search) are not ported yet: they refuse with a clear error, so
``veille serve`` on a PostgreSQL store says what is missing instead of showing wrong pages.
"""
from __future__ import annotations

import psycopg

from veille.errors import StoreError
from veille.store.base import ViewFilters

_NOT_YET = "the web views are not available on a PostgreSQL store yet; serve from a SQLite store"


class PostgresViews:
    """Read methods for serve/ and the linker's event recall."""

    _conn: psycopg.Connection

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT story_id FROM stories WHERE last_date BETWEEN %s AND %s AND state->'events' ? %s"
            " ORDER BY first_date, story_id COLLATE \"C\"", (since, until, day))
        return [r[0] for r in rows]

    def view_home(self, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        raise StoreError(_NOT_YET)

    def view_story(self, story_id: str) -> dict[str, object] | None:
        raise StoreError(_NOT_YET)

    def view_person(self, speaker_key: str, *, limit: int = 200, offset: int = 0) -> dict[str, object] | None:
        raise StoreError(_NOT_YET)

    def view_search(self, query: str, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        raise StoreError(_NOT_YET)
