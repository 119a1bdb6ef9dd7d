"""Stream records out of the store as JSONL, CSV or Parquet.

The writers take any iterable of flat-ish dicts and a pyarrow schema, so quotes, stories
and entities reuse them with a schema of their own; ``export_articles`` is the first user.
Memory stays flat: records are written as they come (JSONL, CSV) or in row groups of
``batch_rows`` (Parquet).

CSV cells hold lists and objects as JSON strings and ``None`` as an empty cell. A text cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``: analysts open
these files in spreadsheets, which would run such a cell as a formula (``=HYPERLINK(...)`` in a
scraped title is enough to leak data or run a command). The apostrophe is what a spreadsheet
shows as "text"; JSONL and Parquet keep values exactly as stored. In Parquet,
nested parts are typed (lists of structs); a column typed string that receives a list or an
object (``extra``, the untyped input columns) holds it as a JSON string.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, BinaryIO, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from veille.extract.person_key import person_key
from veille.link.provenance import trace_quotes
from veille.store.base import Store

Format = Literal["jsonl", "csv", "parquet"]
#: First characters that make a spreadsheet read a CSV cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
Output = BinaryIO | str | os.PathLike[str]

_S, _I = pa.string(), pa.int64()

ARTICLE_SCHEMA = pa.schema([
    ("id", _S), ("source_id", _S), ("url", _S), ("site", _S), ("section", _S), ("title", _S),
    ("published", _S), ("lang", _S), ("text", _S),
    ("boilerplate", pa.list_(_S)),
    ("flags", pa.struct([("mt_residue", pa.list_(_S)), ("damaged_chars", _I), ("damaged", pa.list_(_S))])),
    ("dateline", pa.struct([("raw", _S), ("place", _S), ("agency", _S), ("date", _S)])),
    ("quotes", pa.list_(pa.struct([
        ("type", _S), ("text", _S), ("start", _I), ("end", _I), ("speaker", _S), ("speaker_id", _S),
        ("speaker_mention", _S), ("cue", _S), ("named", pa.bool_()),
    ]))),
    ("entities", pa.list_(pa.struct([
        ("text", _S), ("label", _S), ("start", _I), ("end", _I), ("canonical", _S), ("entity_id", _S),
    ]))),
    ("dates", pa.list_(pa.struct([("text", _S), ("start", _I), ("end", _I), ("value", _S)]))),
    ("events", pa.list_(pa.struct([("date", _S), ("text", _S)]))),
    ("story_id", _S), ("duplicate_of", _S),
    ("extra", _S),  # untyped input columns, as a JSON string
])
"""The article record of PRODUCT.md, typed for Parquet; its field order is the CSV column order."""


STORY_SCHEMA = pa.schema([
    ("story_id", _S), ("label", _S), ("first_date", _S), ("last_date", _S),
    ("article_count", _I), ("copies", _I), ("outlets", pa.list_(_S)), ("top_entities", pa.list_(_S)),
    ("article_ids", pa.list_(_S)),
])
"""A story: ``article_count`` counts copies too; ``article_ids`` lists the originals only (copies folded)."""


QUOTE_SCHEMA = pa.schema([
    ("article_id", _S), ("published", _S), ("site", _S), ("speaker", _S), ("speaker_id", _S), ("type", _S),
    ("text", _S), ("cue", _S), ("first_seen_article", _S), ("altered", pa.bool_()),
])
"""A quote as reported by one article: ``first_seen_article`` is the article of the quote's earliest
version (itself when it is the first), ``altered`` is set when its words differ from that version."""


def article_records(store: Store, *, batch_size: int = 500) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles(batch_size=batch_size):
        yield article.to_record()


def export_articles(store: Store, out: Output, format: Format, *, batch_rows: int = 1000) -> int:
    """Write every stored article record to ``out``; return how many were written."""
    return export_records(article_records(store), out, format=format, schema=ARTICLE_SCHEMA, batch_rows=batch_rows)


def export_stories(store: Store, out: Output, format: Format, *, batch_rows: int = 1000) -> int:
    """Write every story record to ``out``; return how many were written."""
    return export_records(store.iter_stories(), out, format=format, schema=STORY_SCHEMA, batch_rows=batch_rows)


def quote_records(store: Store, *, batch_size: int = 500) -> Iterator[dict[str, Any]]:
    """Every quote with its provenance, oldest first. Provenance needs a speaker's quotes side by side,
    so the quotes (not the articles) are held in memory: a few hundred bytes each."""
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for seq, article in enumerate(store.iter_articles(batch_size=batch_size)):
        for quote in article.quotes:
            key = quote.speaker_id or (person_key(quote.speaker) if quote.speaker else "")
            by_speaker.setdefault(key, []).append({
                "article_id": article.id, "published": article.published, "site": article.site,
                "speaker": quote.speaker, "speaker_id": quote.speaker_id, "type": quote.type, "text": quote.text,
                "cue": quote.cue, "seq": seq})
    records: list[dict[str, Any]] = []
    for quotes in by_speaker.values():
        quotes.sort(key=_chronological)
        traced = trace_quotes(quotes)
        for entry in traced:
            origin = entry["origin"]
            entry["first_seen_article"] = traced[origin]["article_id"] if origin is not None else entry["article_id"]
            entry["altered"] = entry["status"] == "altered"
            records.append(entry)
    records.sort(key=_chronological)
    yield from records


def _chronological(quote: Mapping[str, Any]) -> tuple[bool, str, int]:
    return (not quote["published"], quote["published"] or "", quote["seq"])


def export_quotes(store: Store, out: Output, format: Format, *, batch_rows: int = 1000) -> int:
    """Write every quote record, with its provenance, to ``out``; return how many were written."""
    return export_records(quote_records(store), out, format=format, schema=QUOTE_SCHEMA, batch_rows=batch_rows)


def export_records(
    records: Iterable[Mapping[str, Any]], out: Output, *, format: Format, schema: pa.Schema, batch_rows: int = 1000
) -> int:
    """Write ``records`` (fields named by ``schema``) to ``out`` in ``format``; return the count."""
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
    if format not in writers:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    with _binary(out) as stream:
        return writers[format](records, stream, schema, max(1, batch_rows))


@contextmanager
def _binary(out: Output) -> Iterator[BinaryIO]:
    if isinstance(out, (str, os.PathLike)):
        with open(out, "wb") as stream:
            yield stream
    else:
        yield out


def _write_jsonl(records: Iterable[Mapping[str, Any]], out: BinaryIO, schema: pa.Schema, batch_rows: int) -> int:
    count = 0
    for record in records:
        out.write(json.dumps({name: record.get(name) for name in schema.names}, ensure_ascii=False).encode())
        out.write(b"\n")
        count += 1
    return count


def _write_csv(records: Iterable[Mapping[str, Any]], out: BinaryIO, schema: pa.Schema, batch_rows: int) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        writer.writerow(schema.names)
        count = 0
        for record in records:
            writer.writerow([_cell(record.get(name)) for name in schema.names])
            count += 1
        text.flush()
    finally:
        text.detach()  # leave the caller's stream open
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict, bool)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return str(value)


def _write_parquet(records: Iterable[Mapping[str, Any]], out: BinaryIO, schema: pa.Schema, batch_rows: int) -> int:
    as_json = [f.name for f in schema if pa.types.is_string(f.type)]
    count, batch = 0, []
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for record in records:
            row = {name: record.get(name) for name in schema.names}
            for name in as_json:
                if isinstance(row[name], (dict, list)):
                    row[name] = json.dumps(row[name], ensure_ascii=False)
            batch.append(row)
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
