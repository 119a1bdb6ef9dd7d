"""SQL for the cross-article link state on SQLite: the near-duplicate index and the stories.

Plain functions over a connection, called by ``SqliteStore`` inside its transactions, so
``sqlite.py`` keeps the articles and this module keeps what ``veille.link`` needs. Every
lookup goes through an index (band key, body hash, story dates), so its cost follows the
size of a bucket or of a time window, never the size of the store.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence

from veille.store.base import DedupEntry, StoryMember, StoryRow

_CHUNK = 500
_TOP_ENTITIES = 10


def dedup_candidates(conn: sqlite3.Connection, body_hash: str, band_keys: Sequence[int], *,
                     limit: int) -> list[DedupEntry]:
    exact = conn.execute(
        "SELECT seq, article_id, published, root_id, shingles FROM dup_docs WHERE body_hash = ? ORDER BY seq LIMIT ?",
        (body_hash, limit),
    ).fetchall()
    hits: dict[int, int] = {}
    keys = sorted(set(band_keys))
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        rows = conn.execute(
            f"SELECT doc_seq, count(*) FROM dup_bands WHERE band_key IN ({_marks(len(chunk))}) GROUP BY doc_seq",
            chunk,
        )
        for seq, n in rows:
            hits[seq] = hits.get(seq, 0) + n
    seen = {row[0] for row in exact}
    ranked = sorted((s for s in hits if s not in seen), key=lambda s: (-hits[s], s))[: max(0, limit - len(exact))]
    near = []
    for i in range(0, len(ranked), _CHUNK):
        chunk = ranked[i : i + _CHUNK]
        near.extend(conn.execute(
            "SELECT seq, article_id, published, root_id, shingles FROM dup_docs"
            f" WHERE seq IN ({_marks(len(chunk))})", chunk,
        ))
    return [_entry(r) for r in [*exact, *sorted(near, key=lambda r: (-hits[r[0]], r[0]))]]


def dedup_entry(conn: sqlite3.Connection, article_id: str) -> DedupEntry | None:
    row = conn.execute("SELECT seq, article_id, published, root_id, shingles FROM dup_docs WHERE article_id = ?",
                       (article_id,)).fetchone()
    return _entry(row) if row else None


def dedup_add(conn: sqlite3.Connection, article_id: str, *, published: str | None, body_hash: str, root_id: str,
              shingles: bytes, band_keys: Sequence[int]) -> None:
    conn.execute("DELETE FROM dup_docs WHERE article_id = ?", (article_id,))  # bands go with it (cascade)
    cursor = conn.execute(
        "INSERT INTO dup_docs (article_id, published, body_hash, root_id, shingles) VALUES (?, ?, ?, ?, ?)",
        (article_id, published, body_hash, root_id, shingles),
    )
    conn.executemany("INSERT OR IGNORE INTO dup_bands (band_key, doc_seq) VALUES (?, ?)",
                     [(key, cursor.lastrowid) for key in band_keys])


def dedup_repoint(conn: sqlite3.Connection, old_root: str, new_root: str) -> None:
    conn.execute("UPDATE dup_docs SET root_id = ? WHERE root_id = ?", (new_root, old_root))
    conn.execute("UPDATE dup_docs SET root_id = ? WHERE article_id = ?", (new_root, new_root))
    conn.execute(
        "UPDATE articles SET record = json_set(record, '$.duplicate_of', ?)"
        " WHERE duplicate_of = ? OR id = ?", (new_root, old_root, old_root),
    )
    conn.execute("UPDATE story_members SET duplicate_of = ? WHERE duplicate_of = ? OR article_id = ?",
                 (new_root, old_root, old_root))


def stories_active(conn: sqlite3.Connection, since: str, until: str) -> list[str]:
    """Stories last active in [since, until]: one range of the last_date index, whatever the store's size.

    A story still active after ``until`` is left out; only an older article arriving late
    misses it (it then starts a story of its own, which the online order allows).
    """
    rows = conn.execute(
        "SELECT story_id, first_date FROM stories WHERE last_date BETWEEN ? AND ?", (since, until)
    ).fetchall()
    return [story_id for story_id, _ in sorted(rows, key=lambda r: (r[1], r[0]))]


def story_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def story_get(conn: sqlite3.Connection, story_id: str) -> StoryRow | None:
    row = conn.execute(
        "SELECT story_id, label, first_date, last_date, article_count, centroid, state FROM stories"
        " WHERE story_id = ?", (story_id,),
    ).fetchone()
    return _story(row) if row else None


def story_members(conn: sqlite3.Connection, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
    rows = conn.execute(
        "SELECT * FROM (SELECT article_id, story_id, published, title, duplicate_of, embedding FROM story_members"
        " WHERE story_id = ? ORDER BY published DESC, article_id DESC LIMIT ?) ORDER BY published, article_id",
        (story_id, -1 if limit is None else limit),
    )
    return [StoryMember(article_id=r[0], story_id=r[1], published=r[2], title=r[3], duplicate_of=r[4],
                        embedding=None if r[5] is None else bytes(r[5])) for r in rows]


def story_save(conn: sqlite3.Connection, story: StoryRow, member: StoryMember) -> None:
    conn.execute(
        "INSERT INTO stories (story_id, label, first_date, last_date, article_count, centroid, state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET label = excluded.label,"
        " first_date = excluded.first_date, last_date = excluded.last_date,"
        " article_count = excluded.article_count, centroid = excluded.centroid, state = excluded.state",
        (story.story_id, story.label, story.first_date, story.last_date, story.article_count, story.centroid,
         json.dumps(story.state, ensure_ascii=False, separators=(",", ":"))),
    )
    conn.execute(
        "INSERT OR REPLACE INTO story_members (article_id, story_id, published, title, duplicate_of, embedding)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (member.article_id, member.story_id, member.published, member.title, member.duplicate_of, member.embedding),
    )


def iter_stories(conn: sqlite3.Connection) -> Iterator[dict[str, object]]:
    """Export records: copies are folded (not in ``article_ids``) and counted (in ``article_count``)."""
    last = ("", "")
    while True:
        rows = conn.execute(
            "SELECT story_id, label, first_date, last_date, article_count, state FROM stories"
            " WHERE (first_date, story_id) > (?, ?) ORDER BY first_date, story_id LIMIT 200",
            last,
        ).fetchall()
        if not rows:
            return
        last = (rows[-1][2], rows[-1][0])
        for story_id, label, first_date, last_date, count, state in rows:
            members = conn.execute(
                "SELECT article_id FROM story_members WHERE story_id = ? AND duplicate_of IS NULL"
                " ORDER BY published, article_id", (story_id,),
            )
            data = json.loads(state)
            entities = data.get("entities", {})
            yield {
                "story_id": story_id, "label": label, "first_date": first_date, "last_date": last_date,
                "article_count": count, "copies": data.get("copies", 0),
                "outlets": sorted(data.get("outlets", {}), key=lambda o: (-data["outlets"][o], o)),
                "top_entities": sorted(entities, key=lambda e: (-entities[e], e))[:_TOP_ENTITIES],
                "article_ids": [r[0] for r in members],
            }


def _entry(row: tuple) -> DedupEntry:
    return DedupEntry(seq=row[0], article_id=row[1], published=row[2], root_id=row[3], shingles=bytes(row[4]))


def _story(row: tuple) -> StoryRow:
    return StoryRow(story_id=row[0], label=row[1], first_date=row[2], last_date=row[3], article_count=row[4],
                    centroid=bytes(row[5]), state=json.loads(row[6]))


def _marks(n: int) -> str:
    return ", ".join("?" * n)
