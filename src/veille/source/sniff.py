"""Which reader an input needs: by its name first, by its first bytes when the name says nothing.

The extension is the user's statement and wins (a ``.txt`` holding HTML is read as the
page-text dump it claims to be); sniffing only settles unknown names. Binary content is
refused before any text reader sees it, whatever the name.
"""
from __future__ import annotations

import re
from typing import Literal

from veille.errors import SourceError
from veille.source.decode import wide_encoding

InputKind = Literal["dump", "html", "jsonl", "csv", "tsv", "warc", "feed"]

_BY_EXTENSION: dict[str, InputKind] = {
    ".txt": "dump", ".text": "dump",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_COMPRESSED_SUFFIXES = (".gz", ".gzip")

#: Signatures of common binary files that may not hold a NUL byte early on.
_BINARY_MAGIC = {
    b"%PDF-": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive", b"\x7fELF": "executable", b"RIFF": "RIFF media", b"\x1f\x8b": "gzip data",
}
#: How far into a file NUL bytes mark it as binary.
BINARY_WINDOW = 8192
_LEADING_NOISE = re.compile(rb"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*", re.DOTALL)
_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_WARC_START = re.compile(rb"\AWARC/\d")


def inner_name(path: str) -> str:
    """The name without its compression suffix: ``x.jsonl.gz`` -> ``x.jsonl``."""
    lowered = path.lower()
    for suffix in _COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            return path[: -len(suffix)]
    return path


def kind_from_name(name: str) -> InputKind | None:
    lowered = name.lower()
    for extension, kind in _BY_EXTENSION.items():
        if lowered.endswith(extension):
            return kind
    return None


def refuse_binary(head: bytes) -> None:
    """Raise SourceError if the first bytes are not text (NUL bytes or a known binary signature)."""
    if wide_encoding(head):
        return
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise SourceError(f"binary content (not text): looks like {what}")
    if b"\x00" in head:
        raise SourceError("binary content (not text): NUL bytes in the first kilobytes")


def sniff_kind(head: bytes) -> InputKind:
    """Guess the format of text whose name has no known extension."""
    wide = wide_encoding(head)
    if wide:  # look at the characters, not at bytes interleaved with NULs
        head = head[: len(head) - len(head) % 4].decode(wide, errors="replace").encode("utf-8")
    text = head.lstrip(b"\xef\xbb\xbf")
    start = _LEADING_NOISE.match(text)
    body = text[start.end() if start else 0 :]
    if _FEED_ROOT.match(body):
        return "feed"
    if _HTML_START.match(body):
        return "html"
    if body.startswith(b"{"):
        first_line, newline, _ = body.partition(b"\n")
        if newline and not first_line.rstrip().endswith(b"}"):
            raise SourceError("one JSON document over several lines, not JSON Lines: write one object per line (.jsonl)")
        return "jsonl"
    if body.startswith(b"["):
        raise SourceError("a JSON array, not JSON Lines: write one JSON object per line (.jsonl)")
    return "dump"


def choose_kind(path: str, head: bytes) -> InputKind:
    """The reader for ``path`` (compression suffix already ignored) given its first bytes."""
    kind = kind_from_name(inner_name(path))
    if kind is None and _WARC_START.match(head):
        kind = "warc"
    if kind == "warc":  # WARC payloads are binary by nature
        return kind
    refuse_binary(head[:BINARY_WINDOW])
    return kind or sniff_kind(head)
