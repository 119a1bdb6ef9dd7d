"""SQL for the cross-article link state on PostgreSQL: the near-duplicate index and the stories.

The twin of sqlite_links.py, called by ``PostgresStore`` inside its link transactions (which
hold the link advisory lock, so two ingest processes never interleave their link writes).
Lists of keys travel as one array parameter (``= ANY(%s)``), never as SQL text.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

import psycopg

from veille.store.base import DedupEntry, StoryMember, StoryRow

_TOP_ENTITIES = 10
_DOC = "SELECT seq, article_id, published, root_id, shingles FROM dup_docs"


def dedup_candidates(conn: psycopg.Connection, body_hash: str, band_keys: Sequence[int], *,
                     limit: int) -> list[DedupEntry]:
    exact = conn.execute(f"{_DOC} WHERE body_hash = %s ORDER BY seq LIMIT %s", (body_hash, limit)).fetchall()
    hits = dict(conn.execute("SELECT doc_seq, count(*) FROM dup_bands WHERE band_key = ANY(%s) GROUP BY doc_seq",
                             (sorted(set(band_keys)),)).fetchall())
    seen = {row[0] for row in exact}
    ranked = sorted((s for s in hits if s not in seen), key=lambda s: (-hits[s], s))[: max(0, limit - len(exact))]
    near = conn.execute(f"{_DOC} WHERE seq = ANY(%s)", (ranked,)).fetchall() if ranked else []
    return [_entry(r) for r in [*exact, *sorted(near, key=lambda r: (-hits[r[0]], r[0]))]]


def dedup_entry(conn: psycopg.Connection, article_id: str) -> DedupEntry | None:
    row = conn.execute(f"{_DOC} WHERE article_id = %s", (article_id,)).fetchone()
    return _entry(row) if row else None


def dedup_add(conn: psycopg.Connection, article_id: str, *, published: str | None, body_hash: str, root_id: str,
              shingles: bytes, band_keys: Sequence[int]) -> None:
    conn.execute("DELETE FROM dup_docs WHERE article_id = %s", (article_id,))  # bands go with it (cascade)
    (seq,) = conn.execute(
        "INSERT INTO dup_docs (article_id, published, body_hash, root_id, shingles) VALUES (%s, %s, %s, %s, %s)"
        " RETURNING seq", (article_id, published, body_hash, root_id, shingles)).fetchone()
    conn.execute("INSERT INTO dup_bands (band_key, doc_seq) SELECT k, %s FROM unnest(%s::bigint[]) k"
                 " ON CONFLICT DO NOTHING", (seq, list(band_keys)))


def dedup_repoint(conn: psycopg.Connection, old_root: str, new_root: str) -> None:
    conn.execute("UPDATE dup_docs SET root_id = %s WHERE root_id = %s", (new_root, old_root))
    conn.execute("UPDATE dup_docs SET root_id = %s WHERE article_id = %s", (new_root, new_root))
    conn.execute("UPDATE articles SET record = jsonb_set(record, '{duplicate_of}', to_jsonb(%s::text))"
                 " WHERE duplicate_of = %s OR id = %s", (new_root, old_root, old_root))
    conn.execute("UPDATE story_members SET duplicate_of = %s WHERE duplicate_of = %s OR article_id = %s",
                 (new_root, old_root, old_root))


def stories_active(conn: psycopg.Connection, since: str, until: str) -> list[str]:
    """Stories last active in [since, until]: one range of the last_date index."""
    rows = conn.execute("SELECT story_id FROM stories WHERE last_date BETWEEN %s AND %s"
                        " ORDER BY first_date, story_id COLLATE \"C\"", (since, until))
    return [r[0] for r in rows]


def story_of(conn: psycopg.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT story_id FROM story_members WHERE article_id = %s", (article_id,)).fetchone()
    return row[0] if row else None


def story_get(conn: psycopg.Connection, story_id: str) -> StoryRow | None:
    row = conn.execute("SELECT story_id, label, first_date, last_date, article_count, centroid, state FROM stories"
                       " WHERE story_id = %s", (story_id,)).fetchone()
    return _story(row) if row else None


def story_members(conn: psycopg.Connection, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
    rows = conn.execute(
        "SELECT * FROM (SELECT article_id, story_id, published, title, duplicate_of, embedding FROM story_members"
        " WHERE story_id = %s ORDER BY published DESC NULLS LAST, article_id COLLATE \"C\" DESC LIMIT %s) m"
        " ORDER BY published NULLS FIRST, article_id COLLATE \"C\"", (story_id, limit))
    return [StoryMember(article_id=r[0], story_id=r[1], published=r[2], title=r[3], duplicate_of=r[4],
                        embedding=None if r[5] is None else bytes(r[5])) for r in rows]


def story_save(conn: psycopg.Connection, story: StoryRow, member: StoryMember) -> None:
    conn.execute(
        "INSERT INTO stories (story_id, label, first_date, last_date, article_count, centroid, state)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (story_id) DO UPDATE SET label = excluded.label,"
        " first_date = excluded.first_date, last_date = excluded.last_date,"
        " article_count = excluded.article_count, centroid = excluded.centroid, state = excluded.state",
        (story.story_id, story.label, story.first_date, story.last_date, story.article_count, story.centroid,
         json.dumps(story.state, ensure_ascii=False, separators=(",", ":"))),
    )
    conn.execute(
        "INSERT INTO story_members (article_id, story_id, published, title, duplicate_of, embedding)"
        " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
        " published = excluded.published, title = excluded.title, duplicate_of = excluded.duplicate_of,"
        " embedding = excluded.embedding",
        (member.article_id, member.story_id, member.published, member.title, member.duplicate_of, member.embedding),
    )


def iter_stories(conn: psycopg.Connection) -> Iterator[dict[str, object]]:
    """Export records: copies are folded (not in ``article_ids``) and counted (in ``article_count``)."""
    last = ("", "")
    while rows := conn.execute(
        "SELECT story_id, label, first_date, last_date, article_count, state FROM stories"
        " WHERE (first_date, story_id COLLATE \"C\") > (%s, %s) ORDER BY first_date, story_id COLLATE \"C\" LIMIT 200",
        last).fetchall():
        last = (rows[-1][2], rows[-1][0])
        for story_id, label, first_date, last_date, count, data in rows:
            members = conn.execute(
                "SELECT article_id FROM story_members WHERE story_id = %s AND duplicate_of IS NULL"
                " ORDER BY published NULLS FIRST, article_id COLLATE \"C\"", (story_id,))
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
                    centroid=bytes(row[5]), state=row[6])
