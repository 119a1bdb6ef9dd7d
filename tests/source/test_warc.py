"""WARC archives: HTML responses become pages; everything else is passed over; damage is reported."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs

PAGE_A = "<!doctype html><html><body><p>Le préfet a levé l’alerte crue à Nevers.</p></body></html>"
PAGE_B = "<html><head><meta charset='windows-1252'></head><body><p>Grève à l’usine de Fourchambault</p></body></html>"
PAGE_C = "<html><body><p>Le pont de Decize rouvre lundi.</p></body></html>"
PAGE_D = "<html><body><p>Page d’archive sans HTTP.</p></body></html>"


def warc_record(warc_type: str, uri: str, block: bytes, *, content_type: str, n: int) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2024-05-0{n % 9 + 1}T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, *, status: str = "200 OK", headers: str = "Content-Type: text/html") -> bytes:
    return f"HTTP/1.1 {status}\r\n{headers}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def response(uri: str, body: bytes, n: int, **kwargs: str) -> bytes:
    return warc_record("response", uri, http_response(body, **kwargs), content_type="application/http; msgtype=response", n=n)


def chunked(data: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (data[:10], data[10:])) + b"0\r\n\r\n"


def archive_records() -> list[bytes]:
    gz_body = chunked(gzip.compress(PAGE_C.encode()))
    return [
        warc_record("warcinfo", "", b"software: veille-tests\r\n", content_type="application/warc-fields", n=1),
        warc_record("request", "https://nievre.example/alerte", b"GET /alerte HTTP/1.1\r\n\r\n",
                    content_type="application/http; msgtype=request", n=2),
        response("https://nievre.example/alerte", PAGE_A.encode(), 3,
                 headers="Content-Type: text/html; charset=utf-8"),
        response("https://nievre.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", 4, headers="Content-Type: image/png"),
        response("https://nievre.example/absent", b"<html>introuvable</html>", 5, status="404 Not Found"),
        response("https://nievre.example/ancien", b"", 6, status="301 Moved Permanently"),
        response("https://nievre.example/greve", PAGE_B.encode("cp1252"), 7),
        response("https://nievre.example/pont", gz_body, 8,
                 headers="Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked"),
        warc_record("resource", "https://nievre.example/archive", PAGE_D.encode(), content_type="text/html", n=9),
    ]


EXPECTED = {
    "https://nievre.example/alerte": "Le préfet a levé l’alerte crue à Nevers.",
    "https://nievre.example/greve": "Grève à l’usine de Fourchambault",
    "https://nievre.example/pont": "Le pont de Decize rouvre lundi.",
    "https://nievre.example/archive": "Page d’archive sans HTTP.",
}


def check_pages(results: list[Article | Failure]) -> None:
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.source_id for a in articles] == list(EXPECTED)
    for article in articles:
        assert article.url == article.source_id and article.raw is not None and article.raw.format == "html"
        assert EXPECTED[article.source_id] in article.raw.content
        assert article.extra["warc_date"].startswith("2024-05-0")


def test_warc_html_responses_become_pages_and_the_rest_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(archive_records()))
    results = list(read_inputs([str(path)]))
    assert not [r for r in results if isinstance(r, Failure)]
    check_pages(results)


def test_warc_gz_with_one_gzip_member_per_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(record) for record in archive_records()))
    results = list(read_inputs([str(path)]))
    assert not [r for r in results if isinstance(r, Failure)]
    check_pages(results)


def test_truncated_warc_keeps_the_pages_before_the_cut(tmp_path: Path) -> None:
    records = archive_records()
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records[:-1]) + records[-1][:-40])
    results = list(read_inputs([str(path)]))
    assert [r.source_id for r in results if isinstance(r, Article)] == list(EXPECTED)[:3]
    assert results[-1] == Failure(
        where=str(path), reason="truncated WARC record for https://nievre.example/archive; stopped reading"
    )


def test_warc_cut_inside_a_record_header_is_reported(tmp_path: Path) -> None:
    records = archive_records()
    path = tmp_path / "cut-header.warc"
    path.write_bytes(b"".join(records[:3]) + records[3][:50])
    results = list(read_inputs([str(path)]))
    assert [r.source_id for r in results if isinstance(r, Article)] == ["https://nievre.example/alerte"]
    assert isinstance(results[-1], Failure) and results[-1].where == str(path)
    assert "truncated or malformed WARC record" in results[-1].reason


def test_truncated_warc_gz_is_a_failure_after_what_could_be_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    # enough records after the pages that the cut lies well past the first buffered reads
    images = [response(f"https://nievre.example/img{n}.png", bytes(range(256)) * 4, n,
                       headers="Content-Type: image/png") for n in range(300)]
    records = archive_records()
    data = b"".join(gzip.compress(record) for record in [*records[:-1], *images, records[-1]])
    path.write_bytes(data[:-25])
    results = list(read_inputs([str(path)]))
    assert [r.source_id for r in results if isinstance(r, Article)] == list(EXPECTED)[:3]
    assert isinstance(results[-1], Failure) and results[-1].reason.startswith("truncated gzip stream")


def test_file_that_is_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "faux.warc"
    path.write_text("Ceci n'est pas une archive WARC.\n", encoding="utf-8")
    [failure] = list(read_inputs([str(path)]))
    assert isinstance(failure, Failure) and failure.reason.startswith("not a WARC file")


def test_record_over_the_cap_and_undecodable_body_fail_alone(tmp_path: Path) -> None:
    big = "<html><body>" + "<p>Conseil municipal de Cosne.</p>" * 100 + "</body></html>"
    records = [
        response("https://nievre.example/gros", big.encode(), 1),
        response("https://nievre.example/casse", b"\x1f\x8b\x08 pas du gzip", 2,
                 headers="Content-Type: text/html\r\nContent-Encoding: gzip"),
        response("https://nievre.example/bombe", zlib.compress(b" " * 50_000), 3,
                 headers="Content-Type: text/html\r\nContent-Encoding: deflate"),
        response("https://nievre.example/petit", PAGE_A.encode(), 4),
    ]
    path = tmp_path / "mixed"  # no extension: sniffed from "WARC/1.0"
    path.write_bytes(b"".join(records))
    results = list(read_inputs([str(path)], limits=SourceLimits(max_page_size=2000)))
    assert [(r.where, r.reason.split(" (")[0]) for r in results if isinstance(r, Failure)] == [
        ("https://nievre.example/gros", "WARC record larger than 2000 bytes"),
        ("https://nievre.example/casse", "cannot decode the HTTP body"),
        ("https://nievre.example/bombe", "page larger than 2000 bytes once decompressed"),
    ]
    assert [r.source_id for r in results if isinstance(r, Article)] == ["https://nievre.example/petit"]
