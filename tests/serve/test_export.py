"""Exports: JSONL, CSV and Parquet read back equal to the stored article records."""
from __future__ import annotations

import csv
import dataclasses
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from veille.article import Article, DateMention, Dateline, Entity, Event, Flags, Quote
from veille.identity import identify
from veille.serve.export import ARTICLE_SCHEMA, export_articles, export_records
from veille.store.sqlite import SqliteStore


def _articles() -> list[Article]:
    rich = Article(
        source_id="orangesum:1", url="https://ex.fr/a", site="Exemple", section="Monde",
        title="Garanties « de sécurité »", published="2022-01-10T08:00:00", lang="fr",
        text='« Nous voulons des garanties », a déclaré M. Lavrov, lundi.\nDeuxième ligne, "virgule".',
        boilerplate=["Suivez-nous sur Google News", "----"],
        flags=Flags(mt_residue=("[the talks]",), damaged_chars=2, damaged=("<�>",)),
        dateline=Dateline(raw="GENÈVE, le 10 janvier. / TASS /.", place="Genève", agency="TASS"),
        quotes=[Quote(type="direct", text="Nous voulons des garanties", start=2, end=28,
                      speaker="Sergueï Lavrov", speaker_id="per:lavrov", speaker_mention="M. Lavrov", cue="a déclaré")],
        entities=[Entity(text="Lavrov", label="PER", start=46, end=52, canonical="Sergueï Lavrov")],
        dates=[DateMention(text="lundi", start=54, end=59, value="2022-01-10")],
        events=[Event(date="2021-12-17", text="projets de traités")],
        story_id="story:1", duplicate_of=None, extra={"auteur": "Rédaction", "mots": ["otan", "russie"]},
    )
    plain = Article(source_id="dump.txt#2", text="Texte sans rien d'autre.")
    return [identify(rich), identify(plain)]


@pytest.fixture
def store(tmp_path):
    with SqliteStore(tmp_path / "veille.db") as opened:
        run = opened.begin_run(inputs=[], settings={}, stages={})
        opened.save(_articles(), run_id=run)
        yield opened


@pytest.fixture
def records():
    return [a.to_record() for a in _articles()]


def test_schema_covers_every_field_of_the_article_record(records):
    assert ARTICLE_SCHEMA.names == list(records[0])
    nested = {"quotes": Quote, "entities": Entity, "dates": DateMention, "events": Event}
    for name, part in nested.items():
        struct = ARTICLE_SCHEMA.field(name).type.value_type
        assert [struct.field(i).name for i in range(struct.num_fields)] == [f.name for f in dataclasses.fields(part)]


def test_jsonl_round_trip(store, records, tmp_path):
    path = tmp_path / "articles.jsonl"
    assert export_articles(store, path, "jsonl") == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert "Genève" in lines[0]  # UTF-8, not \\u escapes


def test_csv_round_trip_with_nested_values_as_json(store, records):
    out = io.BytesIO()
    assert export_articles(store, out, "csv") == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    assert len(rows) == 2
    for row, record in zip(rows, records):
        assert list(row) == list(record)
        for name, value in record.items():
            if isinstance(value, (list, dict)):
                assert json.loads(row[name]) == value
            else:
                assert row[name] == ("" if value is None else str(value))


def test_parquet_round_trip_with_typed_nested_columns(store, records, tmp_path):
    path = tmp_path / "articles.parquet"
    assert export_articles(store, path, "parquet") == 2
    table = pq.read_table(path)
    assert table.schema.equals(ARTICLE_SCHEMA)
    assert pa.types.is_list(table.schema.field("quotes").type)
    for row, record in zip(table.to_pylist(), records):
        row["extra"] = json.loads(row["extra"])
        assert row == record


def test_parquet_is_written_in_row_groups(tmp_path, records):
    many = [dict(records[1], id=f"id{i}") for i in range(25)]
    path = tmp_path / "many.parquet"
    assert export_records(iter(many), path, format="parquet", schema=ARTICLE_SCHEMA, batch_rows=10) == 25
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 25 and meta.num_row_groups == 3


def test_export_records_is_generic_over_record_kinds():
    schema = pa.schema([("speaker", pa.string()), ("text", pa.string()), ("start", pa.int64())])
    quotes = [{"speaker": "Sergueï Lavrov", "text": "Nous voulons des garanties", "start": 2}]
    for fmt in ("jsonl", "csv", "parquet"):
        out = io.BytesIO()
        assert export_records(quotes, out, format=fmt, schema=schema) == 1
        assert out.getvalue()
    out = io.BytesIO()
    export_records(quotes, out, format="parquet", schema=schema)
    assert pq.read_table(io.BytesIO(out.getvalue())).to_pylist() == quotes


def test_empty_store_exports_an_empty_but_valid_file(tmp_path):
    with SqliteStore(tmp_path / "empty.db") as empty:
        path = tmp_path / "empty.parquet"
        assert export_articles(empty, path, "parquet") == 0
        assert pq.read_table(path).schema.equals(ARTICLE_SCHEMA)
        out = io.BytesIO()
        assert export_articles(empty, out, "csv") == 0
        assert out.getvalue().decode().strip() == ",".join(ARTICLE_SCHEMA.names)


def test_unknown_format_is_refused(store):
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_articles(store, io.BytesIO(), "xml")  # type: ignore[arg-type]


def test_csv_leaves_the_callers_stream_open(store):
    out = io.BytesIO()
    export_articles(store, out, "csv")
    out.write(b"")
    assert not out.closed
