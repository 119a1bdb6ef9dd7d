"""The link state's writes that SQLite spells its own way: the near-duplicate index, site lines, records.

Plain functions over a connection, called by ``LinkMethods`` (link_methods.py) inside the
store's transactions; they are what SQLite spells its own way (``INSERT OR IGNORE``, the
rowid of the last insert, ``json_set``). The rest of the link SQL is shared with PostgreSQL
in links_common.py.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def dedup_add(conn: sqlite3.Connection, article_id: str, *, published: str | None, body_hash: str, root_id: str,
              shingles: bytes, band_keys: Sequence[int]) -> None:
    conn.execute("DELETE FROM dup_docs WHERE article_id = ?", (article_id,))  # bands go with it (cascade)
    cursor = conn.execute(
        "INSERT INTO dup_docs (article_id, published, body_hash, root_id, shingles) VALUES (?, ?, ?, ?, ?)",
        (article_id, published, body_hash, root_id, shingles),
    )
    conn.executemany("INSERT OR IGNORE INTO dup_bands (band_key, doc_seq) VALUES (?, ?)",
                     [(key, cursor.lastrowid) for key in band_keys])


def records_repoint(conn: sqlite3.Connection, old_root: str, new_root: str) -> None:
    """The stored records of ``old_root`` and its copies name ``new_root`` as their original."""
    conn.execute(
        "UPDATE articles SET record = json_set(record, '$.duplicate_of', ?)"
        " WHERE duplicate_of = ? OR id = ?", (new_root, old_root, old_root),
    )


def count_site_lines(conn: sqlite3.Connection, site: str, line_hashes: Sequence[str]) -> None:
    """One more page of ``site`` holds each of these lines."""
    conn.executemany(
        "INSERT INTO site_lines (site, line_hash, pages) VALUES (?, ?, 1)"
        " ON CONFLICT (site, line_hash) DO UPDATE SET pages = pages + 1",
        [(site, h) for h in sorted(set(line_hashes))],
    )
