"""Hostile inputs for every reader: wrong and mixed encodings, giant pages and lines, bombs, broken
archives, XML entity tricks, NUL bytes, lone surrogates, bidi controls.

The contract: ``read_inputs`` yields Articles, or Failures whose reason a user can act on and whose
``where`` names the file; it never raises, never holds more than a page, and never hangs. The giant
inputs are measured (tracemalloc peak, wall time), not just survived. Tests of the ordinary failure
cases (a cut gzip, a line over the cap, a WARC cut inside a record) live beside each reader.
"""
from __future__ import annotations

import gzip
import json
import os
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.article import Article
from veille.clean.html import HtmlExtractor
from veille.identity import identify
from veille.pipeline import Failure, Pipeline
from veille.registry import build_stages
from veille.source import SourceLimits, read_inputs
from veille.source.decode import decode_text, wide_encoding
from veille.stage import Reject

from .test_warc import PAGE_A, response, warc_record

MiB = 1 << 20
PHRASE = "Le conseil municipal de Tulle a voté jeudi le budget : « Nous tenons nos promesses », a déclaré le maire."
HTML_PAGE = f"<!doctype html><html><head><title>Budget de Tulle</title></head><body><p>{PHRASE}</p></body></html>"
FEED = ('<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Le Courrier de Tulle</title>'
        f"<item><guid>tulle-1</guid><title>Budget</title><description>{PHRASE}</description></item></channel></rss>")
HYPOTHESIS = settings(max_examples=40, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])


def read(path: Path, limits: SourceLimits = SourceLimits()) -> list[Article | Failure]:
    return list(read_inputs([str(path)], limits=limits))


def check_contract(path: Path, results: list[Article | Failure]) -> tuple[list[Article], list[Failure]]:
    """Every result is an Article or a Failure naming the file; nothing unencodable; no parser bug."""
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(articles) + len(failures) == len(results)
    for failure in failures:
        assert failure.reason and not failure.reason.startswith("unexpected error"), failure
        assert str(path) in failure.where or "#" in failure.where or "://" in failure.where, failure
    for article in articles:
        assert article.raw is not None
        for value in (article.source_id, article.title, article.url, article.site, article.raw.content,
                      json.dumps(article.extra, ensure_ascii=False)):
            (value or "").encode("utf-8")  # a lone surrogate would fail the hash, the store, the terminal
    return articles, failures


@contextmanager
def bounded(*, seconds: float, megabytes: float | None) -> Iterator[None]:
    """Fail unless the block takes at most ``seconds`` of CPU and allocates at most ``megabytes`` at peak.

    CPU time, not wall time: CI machines are shared, and a hang or a quadratic parse shows in CPU
    seconds whatever the load. tracemalloc slows allocation-heavy code several times over, so the
    pure-Python parsers (feedparser) are timed without it (``megabytes=None``).
    """
    if megabytes is not None:
        tracemalloc.start()
    started = time.process_time()
    try:
        yield
        elapsed = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1] if megabytes is not None else 0
    finally:
        tracemalloc.stop()
    assert megabytes is None or peak < megabytes * MiB, f"peak {peak / MiB:.0f} MB (bound {megabytes} MB)"
    assert elapsed < seconds, f"{elapsed:.1f} CPU s (bound {seconds} s)"


# -- any bytes at all --------------------------------------------------------------------------------

EXTENSIONS = ["txt", "html", "jsonl", "csv", "tsv", "xml", "warc", "txt.gz", "bin"]
#: Pieces that make random bytes look enough like each format to reach the parsers' inner branches.
FRAGMENTS = st.sampled_from([
    b"WARC/1.0\r\n", b"Content-Length: 12\r\n", b"\r\n\r\n", b"HTTP/1.1 200 OK\r\n", b"<!doctype html>", b"<p>",
    b"<rss>", b"<item>", b"<!DOCTYPE x [", b"<!ENTITY a 'b'>", b"&#xD800;", b'{"id": "', b'"}', b"\\udc00",
    b"id,text\n", b'"', b"\n----\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\xc3\xa9", b"\xe9", b"\x1f\x8b\x08",
    b'<?xml version="1.0" encoding="', b'"?>', b"+ADwAIQ-", PHRASE.encode(),
])
BYTES = st.lists(st.one_of(st.binary(max_size=64), FRAGMENTS), max_size=40).map(b"".join)


@HYPOTHESIS
@given(data=BYTES, extension=st.sampled_from(EXTENSIONS))
def test_any_bytes_under_any_name_give_articles_or_failures(tmp_path: Path, data: bytes, extension: str) -> None:
    path = tmp_path / f"entree.{extension}"
    path.write_bytes(gzip.compress(data) if extension.endswith(".gz") else data)
    articles, _ = check_contract(path, read(path))
    _, funnel = Pipeline(build_stages(("html", "dump_header", "repair", "boilerplate", "dateline"))).run(
        [identify(a) for a in articles])
    assert funnel.failures == []


@HYPOTHESIS
@given(data=BYTES, declared=st.sampled_from([None, "utf-8", "latin-1", "utf-16", "utf-16-le", "utf-32", "utf-7",
                                             "cp037", "unicode_escape", "idna", "zlib", "x"]))
def test_decoding_never_raises_and_never_yields_a_lone_surrogate(data: bytes, declared: str | None) -> None:
    decode_text(data, declared).encode("utf-8")


# -- encodings -------------------------------------------------------------------------------------

ENCODED_INPUTS: dict[str, Callable[[str], str]] = {
    "page.txt": lambda _: f"Le Courrier de Tulle\n\n{PHRASE}\n",
    "page.html": lambda _: HTML_PAGE,
    "records.jsonl": lambda _: json.dumps({"id": "tulle-1", "text": PHRASE}, ensure_ascii=False) + "\n",
    "records.csv": lambda _: f'id,text\ntulle-1,"{PHRASE}"\n',
    "flux.xml": lambda encoding: FEED.format(encoding=encoding.removesuffix("-sig")),
}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
@pytest.mark.parametrize("name", sorted(ENCODED_INPUTS))
def test_utf16_and_utf32_with_or_without_bom_are_read_as_text(tmp_path: Path, name: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(ENCODED_INPUTS[name](encoding).encode(encoding))
    articles, failures = check_contract(path, read(path))
    assert failures == []
    [article] = articles
    assert article.raw is not None and PHRASE in article.raw.content


def test_a_page_declaring_utf16_without_being_it_is_read_by_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "menteuse.html"
    path.write_bytes(HTML_PAGE.replace("<head>", '<head><meta charset="utf-16">').encode("cp1252"))
    [article] = check_contract(path, read(path))[0]
    assert article.raw is not None and PHRASE in article.raw.content


def test_utf16_without_bom_is_sniffed_from_its_characters(tmp_path: Path) -> None:
    path = tmp_path / "sans-extension"
    path.write_bytes(FEED.format(encoding="utf-16").encode("utf-16-le"))
    [article] = read(path)
    assert isinstance(article, Article) and article.source_id == "tulle-1"
    assert wide_encoding("Bonjour à tous".encode("utf-16-be")) == "utf-16-be"
    assert wide_encoding(b"\x00" * 64) is None  # NULs everywhere: binary, not text


def test_mixed_encodings_and_invalid_utf8_come_out_readable_after_repair(tmp_path: Path) -> None:
    path = tmp_path / "melange.txt"
    path.write_bytes(PHRASE.encode() + b"\n" + "Un été à Brive.".encode("cp1252") + b"\n\xff\xfe\xc3\x28\n"
                     + PHRASE.encode())
    [article] = check_contract(path, read(path))[0]
    [cleaned], funnel = Pipeline(build_stages(("dump_header", "repair"))).run([identify(article)])
    assert funnel.failures == []
    assert cleaned.text.count(PHRASE) == 2 and "Un été à Brive." in cleaned.text  # UTF-8 and cp1252 lines alike


def test_nul_bytes_late_in_a_page_are_read_and_dropped_by_repair(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(((PHRASE + "\n") * 100 + "Fin\x00 du\x00\x00 texte.\n").encode())  # past the binary window
    [article] = check_contract(path, read(path))[0]
    [cleaned], funnel = Pipeline(build_stages(("dump_header", "repair"))).run([identify(article)])
    assert funnel.failures == [] and "\x00" not in cleaned.text and "Fin du texte." in cleaned.text


def test_lone_surrogate_escapes_in_jsonl_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"id": "s:1", "title": "Brive \\udc80", "text": "a \\ud800 b", "tags": ["\\udfff"]}\n'
                    '{"id": "s:2", "text": "paire valide \\ud83d\\ude00"}\n', encoding="utf-8")
    first, second = check_contract(path, read(path))[0]
    assert first.title == "Brive \ufffd" and first.raw is not None and first.raw.content == "a \ufffd b"
    assert first.extra == {"tags": ["\ufffd"]}
    assert second.raw is not None and second.raw.content == "paire valide \U0001f600"


def test_file_name_that_is_not_utf8_is_named_with_escapes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/nom-\xff\xe9.txt", "wb") as out:
        out.write(PHRASE.encode())
    with open(folder + b"/vide-\xff.txt", "wb"):
        pass
    article, failure = read(tmp_path)
    assert isinstance(article, Article) and article.source_id == f"{tmp_path}/nom-\\xff\\xe9.txt"
    assert failure == Failure(where=f"{tmp_path}/vide-\\xff.txt", reason="empty file")
    identify(article)  # hashable: the ingest used to stop here on the lone surrogates


def test_bidi_and_zero_width_characters_survive_reading_and_cleaning(tmp_path: Path) -> None:
    path = tmp_path / "bidi.txt"
    path.write_text(f"Titre\u202e inversé\u202c\n\n\u200f{PHRASE}\u200b \u2066« مرحبا »\u2069\n", encoding="utf-8")
    [article] = check_contract(path, read(path))[0]
    [cleaned], funnel = Pipeline(build_stages(("dump_header", "repair", "boilerplate"))).run([identify(article)])
    assert funnel.failures == [] and "\u200b" not in cleaned.text and "مرحبا" in cleaned.text


# -- size ------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_50_mb_page_is_read_identified_and_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "geante.html"
    paragraph = b"<p>" + PHRASE.encode() * 40 + b"</p>\n"
    with path.open("wb") as out:
        out.write(b"<html><body>")
        while out.tell() < 50 * MiB:
            out.write(paragraph * 100)
        out.write(b"</body></html>")
    with bounded(seconds=60, megabytes=6 * 50 + 40):  # bytes and text of the page, in Python's 1-4 bytes/char
        [article] = check_contract(path, read(path))[0]
        identify(article)
        with pytest.raises(Reject) as raised:
            HtmlExtractor().process(article)
    assert raised.value.reason == "html_too_large"


@pytest.mark.parametrize("name", ["ligne.txt", "ligne.jsonl", "ligne.csv"])
def test_a_single_10_mb_line_is_read_in_bounded_memory_and_refused_by_the_cleaner(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    words = "budget " * (10 * MiB // 7)
    if name.endswith(".jsonl"):
        path.write_text(json.dumps({"id": "long", "text": words}) + "\n", encoding="utf-8")
    elif name.endswith(".csv"):
        path.write_text(f"id,text\nlong,{words}\n", encoding="utf-8")
    else:
        path.write_text(words, encoding="utf-8")
    with bounded(seconds=30, megabytes=12 * 10):  # a few copies of the line (text, cells, record), not the file
        [article] = check_contract(path, read(path))[0]
        _, funnel = Pipeline(build_stages(("dump_header",))).run([identify(article)])
    assert dict(funnel.rejected) == {"too_large": 1}


def test_enormous_csv_field_over_the_line_cap_stops_the_file_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "champ.csv"
    path.write_bytes(b'id,text\na,"court"\nb,"' + b"x" * (8 * MiB) + b'"\nc,"court"\n')
    with bounded(seconds=20, megabytes=24):
        results = read(path, SourceLimits(max_line_size=MiB))
    articles, failures = check_contract(path, results)
    assert [a.source_id for a in articles] == ["a"]
    assert failures == [Failure(where=str(path), reason="line 3 longer than 1 MB; stopped reading")]


@pytest.mark.parametrize("name", ["bombe.txt.gz", "bombe.html.gz", "bombe.jsonl.gz", "bombe.xml.gz"])
def test_gzip_bomb_expanding_to_1_gb_is_stopped_with_the_default_limits(tmp_path: Path, name: str) -> None:
    member = gzip.compress(b"a" * (16 * MiB), compresslevel=9)  # 16 MB in ~16 kB; members concatenate
    path = tmp_path / name
    path.write_bytes(member * 64)
    assert path.stat().st_size < 2 * MiB
    with bounded(seconds=30, megabytes=120):
        results = read(path)
    _, failures = check_contract(path, results)
    assert failures == [Failure(where=str(path),
                                reason="gzip expands more than 100x (possible gzip bomb); stopped reading")]


@pytest.mark.parametrize("damage", ["trailing garbage", "bad crc", "bad length", "garbage member"])
def test_damaged_gzip_framing_is_a_failure_naming_the_file(tmp_path: Path, damage: str) -> None:
    good = gzip.compress(f"{PHRASE}\n".encode() * 50)
    data = {"trailing garbage": good + b"garbage!", "bad crc": good[:-8] + b"\0\0\0\0" + good[-4:],
            "bad length": good[:-4] + b"\1\0\0\0", "garbage member": good + b"\x1f\x8b\x08\x00" + os.urandom(64)}
    path = tmp_path / "abime.txt.gz"
    path.write_bytes(data[damage])
    _, failures = check_contract(path, read(path))
    assert [f.where for f in failures] == [str(path)]
    assert failures[0].reason.startswith(("corrupt gzip data", "truncated gzip stream"))


# -- structure ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["profonde.html", "profonde.xml", "profonde.warc"])
def test_html_nested_100000_deep_is_refused_quickly_wherever_it_comes_from(tmp_path: Path, name: str) -> None:
    deep = "<div>" * 100_000 + PHRASE + "</div>" * 100_000
    page = f"<html><body>{deep}</body></html>"
    path = tmp_path / name
    if name.endswith(".xml"):
        from html import escape

        path.write_text(FEED.format(encoding="utf-8").replace(PHRASE, escape(deep)), encoding="utf-8")
    elif name.endswith(".warc"):
        path.write_bytes(response("https://tulle.example/profonde", page.encode(), 1))
    else:
        path.write_text(page, encoding="utf-8")
    with bounded(seconds=20, megabytes=None if name.endswith(".xml") else 64):
        articles, failures = check_contract(path, read(path))
        kept, funnel = Pipeline(build_stages(("html", "dump_header", "repair"))).run([identify(a) for a in articles])
    assert failures == [] and kept == []  # nothing truncated is passed off as the article
    assert set(funnel.rejected) <= {"html_too_deep", "empty_text"} and funnel.failures == []


@pytest.mark.parametrize("damage, data", [
    ("length too short", warc_record("resource", "https://t.example/a", HTML_PAGE.encode(), content_type="text/html",
                                     n=1).replace(f"Content-Length: {len(HTML_PAGE.encode())}".encode(),
                                                  b"Content-Length: 10")),
    ("length too long", warc_record("resource", "https://t.example/a", HTML_PAGE.encode(), content_type="text/html",
                                    n=1).replace(f"Content-Length: {len(HTML_PAGE.encode())}".encode(),
                                                 b"Content-Length: 99999")),
    ("negative length", b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://t.example/n\r\n"
                        b"Content-Type: text/html\r\nContent-Length: -5\r\n\r\n<p>x</p>"),
    ("huge length", b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://t.example/h\r\n"
                    b"Content-Type: text/html\r\nContent-Length: 99999999999999999999999\r\n\r\n<p>x</p>"),
    ("letters as length", b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://t.example/d\r\n"
                          b"Content-Type: text/html\r\nContent-Length: douze\r\n\r\n<p>x</p>"),
    ("garbage record", b"WARC/1.0\r\n" + bytes(range(256)) * 20),
    ("garbage between records", response("https://t.example/a", PAGE_A.encode(), 1) + os.urandom(3000)
     + response("https://t.example/b", PAGE_A.encode(), 2)),
])
def test_malformed_warc_keeps_what_came_before_and_names_the_file(tmp_path: Path, damage: str, data: bytes) -> None:
    path = tmp_path / "abime.warc"
    path.write_bytes(data)
    with bounded(seconds=10, megabytes=32):
        articles, failures = check_contract(path, read(path))
    assert len(failures) == 1 and failures[0].where == str(path), (damage, failures)
    # records before the damage are pages; a record of unknown length is not one. A length too short
    # cannot be told from a right one until the next header is garbage: its cut page comes first.
    expected = ["https://t.example/a"] if damage in ("garbage between records", "length too short") else []
    assert [a.source_id for a in articles] == expected


def test_jsonl_garbage_lines_fail_one_by_one_and_the_file_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "sale.jsonl"
    lines = [b'{"id": "ok:1", "text": "Premier."}', bytes(range(1, 256)).translate(None, b"\r\n"), b"\x7f" * 50,
             b'{"id": "ok:2"' + b" " * MiB, b"[" * 50_000, b'{"id": {"imbrique": [1, 2]}, "text": 3}', b'"texte"',
             b'{"id": "ok:3", "text": "Dernier."}']
    path.write_bytes(b"\n".join(lines))
    articles, failures = check_contract(path, read(path, SourceLimits(max_line_size=512 * 1024)))
    assert [a.source_id for a in articles] == ["ok:1", f"{path}#6", "ok:3"]
    assert [f.where for f in failures] == [f"{path}#{n}" for n in (2, 3, 4, 5, 7)]


# -- XML entities ------------------------------------------------------------------------------------

LAUGHS = ('<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
          + ']><rss version="2.0"><channel><title>&i;</title><item><title>x</title></item></channel></rss>')
XXE = ('<!DOCTYPE rss [<!ENTITY s SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&s;</title>'
       "<item><title>x</title><description>&s;</description></item></channel></rss>")
XXE_PARAMETER = ('<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><rss version="2.0"><channel>'
                 "<title>t</title></channel></rss>")


def _utf7_hiding_markup(text: str) -> bytes:
    """UTF-7 with every markup character base64-encoded: ``<!ENTITY`` is not there as ASCII."""
    import base64

    return "".join("+" + base64.b64encode(c.encode("utf-16-be")).decode().rstrip("=") + "-" if c in "<!%&;[]\"" else c
                   for c in text).encode("ascii")


@pytest.mark.parametrize("body", [LAUGHS, XXE, XXE_PARAMETER], ids=["laughs", "external", "parameter"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-7", "cp037"])
def test_entity_declarations_are_refused_in_every_encoding_feedparser_honours(
    tmp_path: Path, body: str, encoding: str
) -> None:
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>'
    if encoding == "utf-7":
        data = declaration.encode() + _utf7_hiding_markup(body)
    elif encoding == "cp037":
        data = declaration.encode() + body.encode("cp037")
    else:
        data = (declaration + body).encode(encoding)
    path = tmp_path / "flux.xml"
    path.write_bytes(data)
    with bounded(seconds=5, megabytes=16):
        [failure] = read(path)
    assert isinstance(failure, Failure) and failure.where == str(path)
    assert "declares XML entities" in failure.reason


def test_external_dtd_is_never_fetched_or_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "SECRET-DU-SERVEUR">', encoding="utf-8")
    path = tmp_path / "flux.xml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file://{secret}">'
                    + FEED.format(encoding="utf-8").split("?>", 1)[1].replace("Budget", "&leak;"), encoding="utf-8")
    articles, _ = check_contract(path, read(path))
    assert articles and all("SECRET" not in repr(a) for a in articles)


@pytest.mark.parametrize("reference", ["&#xD800;", "&#55296;", "&#x110000;", "&#99999999999999999999;"])
def test_character_references_to_impossible_code_points_do_not_lose_the_feed(tmp_path: Path, reference: str) -> None:
    path = tmp_path / "flux.rss"
    path.write_text(FEED.format(encoding="utf-8").replace("<title>Budget", f"<title>{reference}Budget"),
                    encoding="utf-8")
    [article] = check_contract(path, read(path))[0]
    assert article.title == "\ufffdBudget" and article.raw is not None and PHRASE in article.raw.content


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
@pytest.mark.parametrize("closed", [False, True], ids=["unclosed", "closed"])
def test_a_runaway_xml_declaration_line_costs_milliseconds_not_minutes(
    tmp_path: Path, encoding: str, closed: bool
) -> None:
    """feedparser's encoding regex backtracks over the first line: 50 kB of it took five CPU minutes."""
    declaration, body = FEED.format(encoding="utf-8").split("?>", 1)
    runaway = ' encoding="u0"' * 4000
    line = (declaration + "?>" + runaway if closed else declaration + runaway) + body.lstrip("\n")
    path = tmp_path / "flux.atom"
    path.write_bytes(line.encode(encoding))
    with bounded(seconds=5, megabytes=None):
        results = read(path)
    articles, failures = check_contract(path, results)
    if closed:  # the declaration ends, junk follows on its line: the feed is still read
        assert [a.source_id for a in articles] == ["tulle-1"]
    else:
        assert failures == [Failure(where=str(path),
                                    reason="malformed XML declaration (no '?>' in its first 512 characters)")]


def test_inflated_deflate_body_inside_a_warc_is_capped(tmp_path: Path) -> None:
    bomb = zlib.compress(b" " * (64 * MiB), 9)
    path = tmp_path / "bombe.warc"
    path.write_bytes(response("https://t.example/bombe", bomb, 1,
                              headers="Content-Type: text/html\r\nContent-Encoding: deflate"))
    with bounded(seconds=10, megabytes=40):
        [failure] = check_contract(path, read(path, SourceLimits(max_page_size=4 * MiB)))[1]
    assert failure.where == "https://t.example/bombe" and "once decompressed" in failure.reason
