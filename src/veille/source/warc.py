"""WARC archives (``.warc``, ``.warc.gz``): each HTML response or resource record becomes one page.

Records that are not pages (requests, metadata, images, redirects, errors) are passed over
without a Failure: an archive is mostly such records. What is a Failure: a page record
over the size cap or with a body veille cannot decode (that record only), and a truncated
or malformed archive (the whole file, after the pages read before the damage). fastwarc
parses; decompression and caps stay in ByteStream, so ``.warc.gz`` obeys the same gzip-bomb
guard as every other ``.gz``.
"""
from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from veille.article import Article, RawPage
from veille.errors import SourceError
from veille.pipeline import Failure
from veille.source.decode import decode_html
from veille.source.limits import SourceLimits, describe_size
from veille.source.stream import ByteStream

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK_HEADER = re.compile(rb"[0-9a-fA-F]{1,8}[ \t]*(?:;[^\r\n]*)?\r\n")
_PAGE_RECORDS = WarcRecordType.response | WarcRecordType.resource
_LENGTH = re.compile(r"[0-9]{1,18}")


def read_warc(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    records = ArchiveIterator(stream, parse_http=True, auto_decode="none", stream_detect=False)
    seen = 0
    try:
        for record in records:
            seen += 1
            yield from _read_record(record, where, limits)
    except OSError as exc:  # fastwarc reports a bad header as OSError("Invalid WARC header")
        if not seen:
            raise SourceError(f"not a WARC file ({exc})") from exc
        raise SourceError(f"malformed WARC data after record {seen} ({exc}); stopped reading") from exc
    except BaseException as exc:
        # fastwarc is Rust: its panics surface as pyo3's PanicException, a BaseException
        # that would otherwise end the whole run.
        if type(exc).__name__ != "PanicException":
            raise
        raise SourceError(f"the WARC reader failed after record {seen} ({exc}); stopped reading") from None


def _read_record(record: WarcRecord, where: str, limits: SourceLimits) -> Iterator[Article | Failure]:
    declared = record.headers.get("Content-Length")
    if declared is None:
        raise SourceError(f"truncated or malformed WARC record at byte {record.stream_pos}; stopped reading")
    if not _LENGTH.fullmatch(declared):
        # fastwarc reads "-5" or "douze" as 0: the record's end, and every later one, is unknown
        raise SourceError(f"WARC record at byte {record.stream_pos} has Content-Length {declared[:30]!r}, "
                          "not a byte count; stopped reading")
    uri = record.headers.get("WARC-Target-URI") or None
    name = uri or record.record_id or f"{where}@{record.stream_pos}"
    if not _is_html_page(record):
        _skip(record, name)
        return
    if record.content_length > limits.max_page_size:
        _skip(record, name)
        yield Failure(where=name, reason=f"WARC record larger than {describe_size(limits.max_page_size)}")
        return
    payload = record.reader.read()
    if len(payload) < record.content_length:
        raise SourceError(f"truncated WARC record for {name}; stopped reading")
    try:
        body = _decode_http_body(payload, record, limits)
    except SourceError as exc:
        yield Failure(where=name, reason=str(exc))
        return
    extra = {"warc_record_id": record.record_id, "warc_date": record.headers.get("WARC-Date")}
    yield Article(
        source_id=name,
        url=uri,
        raw=RawPage(format="html", content=decode_html(body, record.http_charset if record.is_http else None)),
        extra={key: value for key, value in extra.items() if value},
    )


def _is_html_page(record: WarcRecord) -> bool:
    if not record.record_type & _PAGE_RECORDS:
        return False
    if record.record_type == WarcRecordType.response:
        # 200 (or 203 via a proxy) only: 206 is part of a page, 204 none, 3xx-5xx not the article
        if not record.is_http or record.http_headers.status_code not in (200, 203):
            return False
        content_type = record.http_content_type
    else:
        content_type = record.headers.get("Content-Type")
    return (content_type or "").split(";")[0].strip().lower() in _HTML_TYPES


def _skip(record: WarcRecord, name: str) -> None:
    """Read past a record, noticing if the archive ends inside it."""
    if record.reader.consume() < record.content_length:
        raise SourceError(f"truncated WARC record for {name}; stopped reading")


def _decode_http_body(payload: bytes, record: WarcRecord, limits: SourceLimits) -> bytes:
    """The body as the server meant it: de-chunked and decompressed, within the page cap.

    Some crawlers store the decoded body but keep the encoding headers, so a body that
    does not look encoded is taken as it is.
    """
    if not record.is_http:
        return payload
    headers = record.http_headers
    cap = limits.max_page_size
    try:
        if "chunked" in (headers.get("Transfer-Encoding") or "").lower() and _CHUNK_HEADER.match(payload):
            payload = ChunkedReader(io.BytesIO(payload)).read(cap + 1)
        encoding = (headers.get("Content-Encoding") or "").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate") and payload[:1] in (b"\x1f", b"\x78"):
            payload = _inflate(payload, cap)
        elif encoding == "br":
            payload = BrotliReader(io.BytesIO(payload)).read(cap + 1)
        elif encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise SourceError(f"unsupported HTTP content encoding {encoding!r}")
    except (OSError, zlib.error) as exc:
        raise SourceError(f"cannot decode the HTTP body ({exc})") from exc
    if len(payload) > cap:
        raise SourceError(f"page larger than {describe_size(cap)} once decompressed")
    return payload


def _inflate(data: bytes, cap: int) -> bytes:
    """gzip or zlib-wrapped deflate, stopping past ``cap`` bytes (a compressed body can be a bomb)."""
    return zlib.decompressobj(wbits=zlib.MAX_WBITS | 32).decompress(data, cap + 1)
