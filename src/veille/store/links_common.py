"""The link state's SQL (near-duplicates, site lines, stories), written once for both backends.

Called by ``LinkMethods`` (link_methods.py) with the store's dialect (store/dialect.py): the
statements are SQLite's, with ``Dialect.bytewise`` where PostgreSQL must sort ids as SQLite
does, so the linker meets its candidates and stories in the same order on both. The writes
the backends spell differently (the dedup index, site line counts, a copy's record) stay in
sqlite_links.py and postgres_links.py. Every lookup goes through an index
(band key, body hash, story dates, story event days), so its cost follows the size of a bucket
or of a time window, never the size of the store.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from veille.store.base import DedupEntry, StoryMember, StoryRow
from veille.store.dialect import Connection, Dialect
from veille.store.view_rows import decoded, story_record

_DOC = "SELECT seq, article_id, published, root_id, shingles FROM dup_docs"
_STORY_PAGE = 200


def dedup_candidates(d: Dialect, conn: Connection, body_hash: str, band_keys: Sequence[int], *,
                     limit: int) -> list[DedupEntry]:
    """Same body first, then the most shared bands, ``limit`` in all."""
    exact = d.run(conn, f"{_DOC} WHERE body_hash = ? ORDER BY seq LIMIT ?", (body_hash, limit)).fetchall()
    hits = dict(d.run(conn, f"SELECT doc_seq, count(*) FROM dup_bands WHERE band_key {d.in_list} GROUP BY doc_seq",
                      (d.list_param(sorted(set(band_keys))),)).fetchall())
    seen = {row[0] for row in exact}
    ranked = sorted((s for s in hits if s not in seen), key=lambda s: (-hits[s], s))[: max(0, limit - len(exact))]
    near = d.run(conn, f"{_DOC} WHERE seq {d.in_list}", (d.list_param(ranked),)).fetchall() if ranked else []
    return [_entry(r) for r in [*exact, *sorted(near, key=lambda r: (-hits[r[0]], r[0]))]]


def dedup_entry(d: Dialect, conn: Connection, article_id: str) -> DedupEntry | None:
    row = d.run(conn, f"{_DOC} WHERE article_id = ?", (article_id,)).fetchone()
    return _entry(row) if row else None


def dedup_repoint(d: Dialect, conn: Connection, old_root: str, new_root: str) -> None:
    """The index and the story members name ``new_root`` where they named ``old_root``; the
    records, which each backend updates its own way, are the caller's."""
    d.run(conn, "UPDATE dup_docs SET root_id = ? WHERE root_id = ?", (new_root, old_root))
    d.run(conn, "UPDATE dup_docs SET root_id = ? WHERE article_id = ?", (new_root, new_root))
    d.run(conn, "UPDATE story_members SET duplicate_of = ? WHERE duplicate_of = ? OR article_id = ?",
          (new_root, old_root, old_root))


def site_line_counts(d: Dialect, conn: Connection, site: str, line_hashes: Sequence[str]) -> dict[str, int]:
    counts = dict.fromkeys(line_hashes, 0)
    rows = d.run(conn, f"SELECT line_hash, pages FROM site_lines WHERE site = ? AND line_hash {d.in_list}",
                 (site, d.list_param(sorted(counts))))
    counts.update(dict(rows.fetchall()))
    return counts


def site_page_counted(d: Dialect, conn: Connection, site: str, page: str) -> bool:
    return d.run(conn, "SELECT 1 FROM site_pages WHERE site = ? AND page = ?", (site, page)).fetchone() is not None


def site_page_claimed(d: Dialect, conn: Connection, site: str, page: str) -> bool:
    """Mark the page counted; False when it was already, so a page re-read never counts twice."""
    return d.run(conn, "INSERT INTO site_pages (site, page) VALUES (?, ?) ON CONFLICT DO NOTHING",
                 (site, page)).rowcount != 0


def stories_active(d: Dialect, conn: Connection, since: str, until: str) -> list[str]:
    """Stories last active in [since, until]: one range of the last_date index, whatever the store's size.

    A story still active after ``until`` is left out; only an older article arriving late
    misses it (it then starts a story of its own, which the online order allows).
    """
    rows = d.run(conn, "SELECT story_id FROM stories WHERE last_date BETWEEN ? AND ?"
                 f" ORDER BY first_date, story_id{d.bytewise}", (since, until))
    return [r[0] for r in rows]


def stories_with_event(d: Dialect, conn: Connection, day: str, since: str, until: str) -> list[str]:
    """Stories last active in [since, until] that date an event ``day``, oldest first: one range of the
    story_events index, then each hit's row by its key, so the cost follows the stories dating that day."""
    rows = d.run(conn, "SELECT s.story_id FROM story_events e JOIN stories s ON s.story_id = e.story_id"
                 " WHERE e.day = ? AND s.last_date BETWEEN ? AND ?"
                 f" ORDER BY s.first_date, s.story_id{d.bytewise}", (day, since, until))
    return [r[0] for r in rows]


def story_of(d: Dialect, conn: Connection, article_id: str) -> str | None:
    row = d.run(conn, "SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def story_get(d: Dialect, conn: Connection, story_id: str) -> StoryRow | None:
    row = d.run(conn, "SELECT story_id, label, first_date, last_date, article_count, centroid, state FROM stories"
                " WHERE story_id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    return StoryRow(story_id=row[0], label=row[1], first_date=row[2], last_date=row[3], article_count=row[4],
                    centroid=bytes(row[5]), state=decoded(row[6]))


def story_counts(d: Dialect, conn: Connection, story_ids: Sequence[str]) -> dict[str, int]:
    """The stored ``article_count`` of each of these stories that exists."""
    if not story_ids:
        return {}
    rows = d.run(conn, f"SELECT story_id, article_count FROM stories WHERE story_id {d.in_list}",
                 (d.list_param(sorted(story_ids)),))
    return {r[0]: r[1] for r in rows}


def story_members(d: Dialect, conn: Connection, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
    """The story's latest ``limit`` members (all without one), oldest first."""
    rows = d.run(
        conn, "SELECT * FROM (SELECT article_id, story_id, published, title, duplicate_of, embedding FROM story_members"
        f" WHERE story_id = ? ORDER BY published DESC NULLS LAST, article_id{d.bytewise} DESC"
        f"{'' if limit is None else ' LIMIT ?'}) m ORDER BY published NULLS FIRST, article_id{d.bytewise}",
        (story_id,) if limit is None else (story_id, limit))
    return [StoryMember(article_id=r[0], story_id=r[1], published=r[2], title=r[3], duplicate_of=r[4],
                        embedding=None if r[5] is None else bytes(r[5])) for r in rows]


def story_save(d: Dialect, conn: Connection, story: StoryRow, member: StoryMember) -> None:
    """The story as it now stands, and the member that changed it."""
    d.run(conn, "INSERT INTO stories (story_id, label, first_date, last_date, article_count, centroid, state)"
          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET label = excluded.label,"
          " first_date = excluded.first_date, last_date = excluded.last_date,"
          " article_count = excluded.article_count, centroid = excluded.centroid, state = excluded.state",
          (story.story_id, story.label, story.first_date, story.last_date, story.article_count, story.centroid,
           json.dumps(story.state, ensure_ascii=False, separators=(",", ":"))))
    _save_event_days(d, conn, story.story_id, set(story.state.get("events") or ()))
    d.run(conn, "INSERT INTO story_members (article_id, story_id, published, title, duplicate_of, embedding)"
          " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
          " published = excluded.published, title = excluded.title, duplicate_of = excluded.duplicate_of,"
          " embedding = excluded.embedding",
          (member.article_id, member.story_id, member.published, member.title, member.duplicate_of,
           member.embedding))


def _save_event_days(d: Dialect, conn: Connection, story_id: str, days: set[str]) -> None:
    """Make story_events hold exactly the story's event days: only the difference is written, since
    a story's days mostly grow by an article's few while it may hold hundreds."""
    stored = {r[0] for r in d.run(conn, "SELECT day FROM story_events WHERE story_id = ?", (story_id,))}
    for day in sorted(stored - days):
        d.run(conn, "DELETE FROM story_events WHERE day = ? AND story_id = ?", (day, story_id))
    for day in sorted(days - stored):
        d.run(conn, "INSERT INTO story_events (day, story_id) VALUES (?, ?)", (day, story_id))


def iter_stories(d: Dialect, conn: Connection) -> Iterator[dict[str, object]]:
    """Export records: copies are folded (not in ``article_ids``) and counted (in ``article_count``)."""
    last = ("", "")
    while rows := d.run(
        conn, "SELECT story_id, label, first_date, last_date, article_count, state FROM stories"
        f" WHERE (first_date, story_id{d.bytewise}) > (?, ?) ORDER BY first_date, story_id{d.bytewise}"
        f" LIMIT {_STORY_PAGE:d}", last).fetchall():
        last = (rows[-1][2], rows[-1][0])
        for row in rows:
            members = d.run(conn, "SELECT article_id FROM story_members WHERE story_id = ? AND duplicate_of IS NULL"
                            f" ORDER BY published NULLS FIRST, article_id{d.bytewise}", (row[0],))
            yield {**story_record(row), "article_ids": [r[0] for r in members]}


def _entry(row: tuple) -> DedupEntry:
    return DedupEntry(seq=row[0], article_id=row[1], published=row[2], root_id=row[3], shingles=bytes(row[4]))
