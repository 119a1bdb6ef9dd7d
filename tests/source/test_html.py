"""HTML files: one decoded page each, on real pages and on our own mislabelled ones."""
from __future__ import annotations

import gzip
import html
import json
from pathlib import Path

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs


def read(path: Path, **kwargs: object) -> list[Article | Failure]:
    return list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]


def page_text(path: Path) -> str:
    [article] = read(path)
    assert isinstance(article, Article) and article.raw is not None and article.raw.format == "html"
    assert article.source_id == str(path) and article.url is None
    return article.raw.content


def test_orangesum_html_sample_pages_decode_with_their_titles(shared_dir: Path) -> None:
    sample = shared_dir / "corpora" / "orangesum" / "html_sample"
    reference = {r["id"]: r for r in map(json.loads, (sample / "reference.jsonl").open(encoding="utf-8"))}
    pages = sorted(sample.glob("*.html.gz"))[:12]
    for path in pages:
        content = page_text(path)
        assert "\r" not in content and "\ufffd" not in content
        assert reference[int(path.name.split(".")[0])]["title"] in html.unescape(content)


def test_trafilatura_eval_pages_decode_without_losing_characters(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "trafilatura-eval-fr"
    gold = json.loads((folder / "evaldata_fr.json").read_text(encoding="utf-8"))
    for entry in gold.values():
        path = folder / "html" / entry["file"]
        text = html.unescape(page_text(path))
        # U+FFFD only where the page itself already carries it
        assert text.count("\ufffd") <= path.read_bytes().count(b"\xef\xbf\xbd")
        if entry.get("title"):
            assert entry["title"][:20] in text
        assert any(snippet in text for snippet in entry["with"])


def test_page_in_windows_1252_is_decoded_by_its_meta_charset(fixtures_dir: Path) -> None:
    content = page_text(fixtures_dir / "source" / "vignerons-cp1252.html")
    assert "La grêle a touché près de trois cents hectares" in content
    assert "« C’est un coup dur »" in content
    assert "\r" not in content


def test_utf8_page_declared_latin1_is_read_as_utf8(fixtures_dir: Path) -> None:
    content = page_text(fixtures_dir / "source" / "vignerons-utf8-mal-declare.html")
    assert "La gelée a épargné" in content and "Ã" not in content


def test_gzipped_page_and_sniffed_page_without_extension(tmp_path: Path) -> None:
    markup = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>Fête à Rouen</p></body></html>"
    (tmp_path / "page.htm.gz").write_bytes(gzip.compress(markup.encode()))
    (tmp_path / "page").write_bytes(markup.encode())
    assert page_text(tmp_path / "page.htm.gz") == markup == page_text(tmp_path / "page")


def test_page_over_the_cap_and_blank_page_are_failures(tmp_path: Path) -> None:
    big, blank = tmp_path / "big.html", tmp_path / "blank.html"
    big.write_text("<html><body>" + "<p>mot</p>" * 200 + "</body></html>", encoding="utf-8")
    blank.write_text(" \n\n ", encoding="utf-8")
    results = list(read_inputs([str(big), str(blank)], limits=SourceLimits(max_page_size=1000)))
    assert results == [
        Failure(where=str(big), reason="page larger than 1000 bytes"),
        Failure(where=str(blank), reason="no text (only whitespace)"),
    ]
