"""The link state's writes that PostgreSQL spells its own way: the near-duplicate index, site lines, records.

The twin of sqlite_links.py, called by ``LinkMethods`` (link_methods.py) inside the store's
link transactions (which hold the link advisory lock, so two ingest processes never
interleave their link writes). Lists of keys travel as one array parameter, never as SQL
text. The rest of the link SQL is shared with SQLite in links_common.py.
"""
from __future__ import annotations

from collections.abc import Sequence

import psycopg


def dedup_add(conn: psycopg.Connection, article_id: str, *, published: str | None, body_hash: str, root_id: str,
              shingles: bytes, band_keys: Sequence[int]) -> None:
    conn.execute("DELETE FROM dup_docs WHERE article_id = %s", (article_id,))  # bands go with it (cascade)
    (seq,) = conn.execute(
        "INSERT INTO dup_docs (article_id, published, body_hash, root_id, shingles) VALUES (%s, %s, %s, %s, %s)"
        " RETURNING seq", (article_id, published, body_hash, root_id, shingles)).fetchone()
    conn.execute("INSERT INTO dup_bands (band_key, doc_seq) SELECT k, %s FROM unnest(%s::bigint[]) k"
                 " ON CONFLICT DO NOTHING", (seq, list(band_keys)))


def records_repoint(conn: psycopg.Connection, old_root: str, new_root: str) -> None:
    """The stored records of ``old_root`` and its copies name ``new_root`` as their original."""
    conn.execute("UPDATE articles SET record = jsonb_set(record, '{duplicate_of}', to_jsonb(%s::text))"
                 " WHERE duplicate_of = %s OR id = %s", (new_root, old_root, old_root))


def count_site_lines(conn: psycopg.Connection, site: str, line_hashes: Sequence[str]) -> None:
    """One more page of ``site`` holds each of these lines."""
    conn.execute(
        "INSERT INTO site_lines (site, line_hash, pages) SELECT %s, h, 1 FROM unnest(%s::text[]) h"
        " ON CONFLICT (site, line_hash) DO UPDATE SET pages = site_lines.pages + 1",
        (site, sorted(set(line_hashes))))
