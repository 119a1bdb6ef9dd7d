"""The linker's event recall (``stories_with_event``) reads the story_events index, which must hold exactly
each story's event days: kept in step by every save, and filled from the stories' state when an existing
store is upgraded (migration 0007), on both backends."""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

from veille.store import migrate as sqlite_migrate
from veille.store.base import Store, StoryMember, StoryRow
from veille.store.sqlite import SqliteStore

PRE_EVENTS = 6
"""The schema version before story_events existed."""


def story(story_id: str, first: str, last: str, events: dict[str, int], count: int = 1) -> StoryRow:
    return StoryRow(story_id=story_id, label=story_id, first_date=first, last_date=last, article_count=count,
                    centroid=np.ones(4, dtype=np.float32).tobytes(), state={"events": events, "copies": 0})


def save(store: Store, row: StoryRow, article_id: str) -> None:
    store.story_save(row, StoryMember(article_id=article_id, story_id=row.story_id, published=row.last_date,
                                      title=row.label, duplicate_of=None))


def test_event_lookups_follow_each_saved_state(store):
    save(store, story("s2", "2025-03-02", "2025-03-05", {"2025-02-01": 1}), "a1")
    save(store, story("s1", "2025-03-01", "2025-03-04", {"2025-02-01": 1, "2025-02-10": 2}), "a2")
    save(store, story("s3", "2025-03-01", "2025-04-20", {"2025-02-01": 1}), "a3")  # active after the range
    assert store.stories_with_event("2025-02-01", "2025-03-01", "2025-03-31~") == ["s1", "s2"]  # oldest first
    assert store.stories_with_event("2025-02-10", "2025-03-01", "2025-03-31~") == ["s1"]
    save(store, story("s1", "2025-03-01", "2025-03-06", {"2025-02-10": 2, "2025-02-20": 1}, count=2), "a4")
    assert store.stories_with_event("2025-02-01", "2025-03-01", "2025-03-31~") == ["s2"]  # a day removed
    assert store.stories_with_event("2025-02-20", "2025-03-01", "2025-03-31~") == ["s1"]  # a day added
    assert store.stories_with_event("2025-02-10", "2025-03-01", "2025-03-31~") == ["s1"]  # a day kept
    save(store, story("s2", "2025-03-02", "2025-03-07", {}, count=2), "a5")
    assert store.stories_with_event("2025-02-01", "2025-03-01", "2025-03-31~") == []


def test_story_counts_tell_whether_a_story_changed(store):
    save(store, story("s1", "2025-03-01", "2025-03-01", {}), "a1")
    save(store, story("s2", "2025-03-01", "2025-03-01", {}), "a2")
    save(store, story("s1", "2025-03-01", "2025-03-02", {}, count=2), "a3")
    assert store.story_counts(["s1", "s2", "nope"]) == {"s1": 2, "s2": 1}
    assert store.story_counts([]) == {}


def _old_stories(conn, param: str) -> None:
    """Stories as a store before migration 0007 wrote them: the days only in their JSON state."""
    for sid, first, events in (("s9", "2025-03-03", {"2025-02-01": 1, "2025-02-02": 1}),
                               ("s8", "2025-03-02", {"2025-02-01": 3}), ("s7", "2025-03-01", {})):
        conn.execute(
            "INSERT INTO stories (story_id, label, first_date, last_date, article_count, centroid, state)"
            f" VALUES ({', '.join([param] * 7)})",
            (sid, sid, first, first, 1, np.ones(4, dtype=np.float32).tobytes(), json.dumps({"events": events})))
    conn.execute(f"INSERT INTO stories (story_id, label, first_date, last_date, article_count, centroid, state)"
                 f" VALUES ({', '.join([param] * 7)})",  # a story saved before events were kept
                 ("s6", "s6", "2025-03-01", "2025-03-01", 1, b"", json.dumps({"copies": 0})))


def _assert_upgraded(store: Store) -> None:
    assert store.stories_with_event("2025-02-01", "2025-03-01", "2025-03-31") == ["s8", "s9"]
    assert store.stories_with_event("2025-02-02", "2025-03-01", "2025-03-31") == ["s9"]
    save(store, story("s9", "2025-03-03", "2025-03-04", {"2025-02-02": 1}, count=2), "a1")  # in step from then on
    assert store.stories_with_event("2025-02-01", "2025-03-01", "2025-03-31") == ["s8"]


def test_an_old_sqlite_store_is_upgraded_with_its_event_days(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert sqlite_migrate.migrate(conn, target=PRE_EVENTS) == PRE_EVENTS
    _old_stories(conn, "?")
    conn.close()
    with SqliteStore(path) as store:
        _assert_upgraded(store)


@pytest.mark.postgres
def test_an_old_postgres_store_is_upgraded_with_its_event_days(pg_url):
    import psycopg

    from veille.store import postgres_migrate
    from veille.store.postgres import PostgresStore

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS old_events")  # a fixed name chosen here
        admin.execute("CREATE DATABASE old_events")
    url = pg_url.rsplit("/", 1)[0] + "/old_events"
    with psycopg.connect(url, autocommit=True) as conn:
        assert postgres_migrate.migrate(conn, target=PRE_EVENTS) == PRE_EVENTS
        _old_stories(conn, "%s")
    with PostgresStore(url) as store:
        _assert_upgraded(store)
