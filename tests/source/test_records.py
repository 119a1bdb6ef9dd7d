"""JSONL and CSV records: column mapping, ids, broken lines, real OrangeSum and gold files."""
from __future__ import annotations

import gzip
import itertools
import json
import re
from pathlib import Path

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs
from veille.source.records import record_to_article


def read(path: Path, **kwargs: object) -> list[Article | Failure]:
    return list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]


def by_id(results: list[Article | Failure]) -> dict[str, Article | Failure]:
    return {r.source_id if isinstance(r, Article) else r.where: r for r in results}


def test_jsonl_maps_columns_and_keeps_the_rest_in_extra(fixtures_dir: Path) -> None:
    path = fixtures_dir / "source" / "depeches.jsonl"
    results = by_id(read(path))
    first = results["gazette:101"]
    assert isinstance(first, Article) and first.raw is not None
    assert (first.title, first.url, first.site, first.section, first.published) == (
        "La médiathèque de Vesoul prolonge ses horaires",
        "https://gazette.example/vesoul-mediatheque",
        "gazette.example",
        "Culture",
        "2024-03-04T09:30:00+01:00",
    )
    assert first.raw.format == "text" and first.raw.content.startswith("La médiathèque ouvrira")
    assert first.extra == {"author": "Rédaction", "tags": ["lecture", "Vesoul"]}


def test_jsonl_int_id_lead_and_published_time(fixtures_dir: Path) -> None:
    article = by_id(read(fixtures_dir / "source" / "depeches.jsonl"))["102"]  # int id, as a string
    assert isinstance(article, Article) and article.raw is not None
    assert article.raw.content == (
        "Le chantier durera deux ans.\n\nLes travaux du pont de Gray commenceront en septembre, selon le département."
    )
    assert article.published == "2024-03-05T11:00:00+01:00"  # published_time beats the bare date
    assert article.extra == {"date": "2024-03-05"}


def test_jsonl_broken_lines_are_failures_and_the_file_goes_on(fixtures_dir: Path) -> None:
    path = fixtures_dir / "source" / "depeches.jsonl"
    results = read(path)
    assert [r.source_id if isinstance(r, Article) else r.where for r in results] == [
        "gazette:101", "102", f"{path}#4", f"{path}#5", f"{path}#6", "gazette:106",
    ]
    assert isinstance(results[3], Failure) and results[3].reason.startswith("malformed JSON")
    assert isinstance(results[4], Failure) and results[4].reason == "not a JSON object but a list"
    last = results[5]
    assert isinstance(last, Article) and last.raw is not None and "\r" not in last.raw.content
    assert last.extra == {"TITLE_EN": "Vouglans lake rises"}


def test_jsonl_line_over_the_cap_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    lines = [{"id": "a", "text": "court"}, {"id": "b", "text": "x" * 5000}, {"id": "c", "text": "court"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    results = read(path, limits=SourceLimits(max_line_size=1000))
    assert [r.source_id if isinstance(r, Article) else r.where for r in results] == ["a", f"{path}#2", "c"]
    assert isinstance(results[1], Failure) and results[1].reason.startswith("line longer than 1000 bytes")


def test_jsonl_hostile_values_are_failures_not_crashes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"id": ' + "9" * 5000 + "}\n" + '{"id": "ok"}\n', encoding="utf-8")
    results = read(path)
    assert [type(r).__name__ for r in results] == ["Failure", "Failure", "Article"]


def test_record_without_body_keeps_empty_text_and_non_scalar_columns_stay_extra() -> None:
    article = record_to_article({"ID": "k:1", "Title": ["pas", "un", "titre"], "text": None}, "f.jsonl#1")
    assert article.source_id == "k:1" and article.title is None
    assert article.raw is not None and article.raw.content == ""
    assert article.extra == {"Title": ["pas", "un", "titre"]}


def test_csv_quoted_multiline_fields_crlf_and_missing_ids(fixtures_dir: Path) -> None:
    path = fixtures_dir / "source" / "depeches.csv"
    results = read(path)
    assert [r.source_id for r in results if isinstance(r, Article)] == ["csv:1", "csv:2", f"{path}#3"]
    first, second, third = (r for r in results if isinstance(r, Article))
    assert first.raw is not None and first.raw.content == (
        "Les bus ne circuleront pas mardi, a prévenu l'exploitant.\n\nLes tramways rouleront normalement."
    )
    assert (first.site, first.section, first.published) == ("est.example", "Transports", "2024-02-27")
    assert first.extra == {"auteur": "M. Martin"}
    assert second.raw is not None and '"une fierté"' in second.raw.content
    assert second.url is None and second.extra == {}
    assert third.title == "Ligne sans identifiant"


def test_csv_with_semicolons_in_windows_1252(fixtures_dir: Path) -> None:
    [article] = read(fixtures_dir / "source" / "depeches-excel.csv")
    assert isinstance(article, Article) and article.raw is not None
    assert article.source_id == "fr:1" and article.published == "2024-02-17" and article.site == "riviera.example"
    assert article.raw.content.endswith("un record, selon l’office du tourisme.")
    assert article.extra == {"titre": "Fête du citron"}


def test_csv_ragged_row_is_a_failure_and_broken_quote_stops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text('id,text\na,Un\nb,Deux,en trop\nc,"Trois\nd,Quatre\n', encoding="utf-8")
    results = read(path)
    assert results[0] == record_to_article({"id": "a", "text": "Un"}, "unused")
    assert results[1] == Failure(where=f"{path}#2", reason="row has 3 fields but the header has 2")
    assert results[2:] == [
        Failure(where=str(path), reason="malformed CSV at row 3 (unexpected end of data); stopped reading")
    ]


def test_csv_line_over_the_cap_stops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("id,text\na,Un\nb," + "x" * 3000 + "\nc,Trois\n", encoding="utf-8")
    results = read(path, limits=SourceLimits(max_line_size=1000))
    assert [r.source_id for r in results if isinstance(r, Article)] == ["a"]
    assert results[1] == Failure(where=str(path), reason="line 3 longer than 1000 bytes; stopped reading")


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "table.tsv"
    path.write_text("id\ttitle\ttext\nt:1\tUn, deux\tTrois ; quatre\n", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.title == "Un, deux" and article.raw is not None
    assert article.raw.content == "Trois ; quatre"


def test_quotes_gold_articles_keep_their_orangesum_ids(shared_dir: Path) -> None:
    path = shared_dir / "gold" / "quotes_dev_articles.jsonl"
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = read(path)
    assert all(isinstance(r, Article) for r in results)
    assert [r.source_id for r in results] == [e["id"] for e in expected]
    assert all(r.source_id.startswith("orangesum:") for r in results)
    for article, record in zip(results, expected, strict=True):
        assert isinstance(article, Article) and article.raw is not None
        assert article.raw.content == record["text"] and article.title == record["title"]
        assert (article.url, article.site, article.published) == (record["url"], record["source"], record["published"])


def test_orangesum_slice_streams_with_ids_as_given(shared_dir: Path, tmp_path: Path) -> None:
    corpus = shared_dir / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"
    slice_path = tmp_path / "orangesum-200.jsonl.gz"
    with gzip.open(corpus, "rb") as source, gzip.open(slice_path, "wb") as out:
        out.writelines(itertools.islice(source, 200))
    results = read(slice_path)
    raw = [json.loads(line) for line in gzip.open(slice_path, "rt", encoding="utf-8")]
    assert len(results) == 200 and all(isinstance(r, Article) for r in results)
    for article, record in zip(results, raw, strict=True):
        assert isinstance(article, Article) and article.raw is not None
        assert article.source_id == str(record["id"])
        assert article.published == record["published_time"] and article.section == record["section"]
        assert article.raw.content.endswith(record["article"])
        assert {"author", "tags", "date"} <= set(article.extra) and "heading" not in article.extra


def test_raw_orangesum_reads_like_the_clusters_gold_built_from_it(shared_dir: Path, tmp_path: Path) -> None:
    gold = {
        record["id"]: record
        for record in map(json.loads, (shared_dir / "gold" / "clusters_dev_articles.jsonl").open(encoding="utf-8"))
    }
    wanted = {int(key.split(":")[1]) for key in gold}
    leading_id = re.compile(rb'\{"id": (\d+),')
    picked = tmp_path / "picked.jsonl"
    with gzip.open(shared_dir / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz", "rb") as source:
        with picked.open("wb") as out:
            for line in source:
                match = leading_id.match(line)
                if match and int(match.group(1)) in wanted:
                    out.write(line)
    results = read(picked)
    assert len(results) == len(gold)
    for article in results:
        assert isinstance(article, Article) and article.raw is not None
        record = gold[f"orangesum:{article.source_id}"]
        assert article.raw.content == record["text"]  # the lead before the body, as the page shows it
        assert article.title == record["title"] and article.published == record["published"]
