"""Choosing a reader: the extension first, the first bytes for unknown names, binary refused."""
from __future__ import annotations

import pytest

from veille.errors import SourceError
from veille.source.sniff import choose_kind, inner_name, kind_from_name, sniff_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.TXT", "dump"), ("a.html.gz", "html"), ("a.htm", "html"), ("a.jsonl.gz", "jsonl"), ("a.ndjson", "jsonl"),
     ("a.csv", "csv"), ("a.tsv", "tsv"), ("a.warc.gz", "warc"), ("a.rss", "feed"), ("a.atom", "feed"),
     ("a.xml", "feed"), ("a.md", None), ("a.gz", None)],
)
def test_kind_from_name(name: str, kind: str | None) -> None:
    assert kind_from_name(inner_name(name)) == kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"), (b"<!-- hi -->\n<html lang='fr'>", "html"),
     (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"), (b"<?xml version='1.0'?><feed xmlns='x'>", "feed"),
     (b'{"id": 1}\n', "jsonl"), (b"Titre\n\nTexte du journal.", "dump"), (b"<p>fragment</p>", "dump")],
)
def test_sniff_kind(head: bytes, kind: str) -> None:
    assert sniff_kind(head) == kind


def test_extension_wins_over_content() -> None:
    assert choose_kind("page.txt", b"<!DOCTYPE html><html>") == "dump"
    assert choose_kind("sans-extension", b"WARC/1.1\r\n" + b"\x00" * 100) == "warc"


@pytest.mark.parametrize("head", [b"%PDF-1.7\n", b"GIF89a", b"Texte\x00\x00binaire", b"PK\x03\x04rest"])
def test_binary_is_refused_whatever_the_name(head: bytes) -> None:
    with pytest.raises(SourceError, match=r"^binary content \(not text\)"):
        choose_kind("article.txt", head)


def test_utf16_with_bom_is_not_binary() -> None:
    assert choose_kind("article.txt", "Bonjour".encode("utf-16")) == "dump"


def test_pretty_printed_json_document_is_not_taken_for_json_lines() -> None:
    with pytest.raises(SourceError, match="not JSON Lines"):
        sniff_kind(b'{\n  "id": 1,\n  "text": "Bonjour"\n}\n')
    assert sniff_kind(b'{"id": 1}\n{"id": 2}\n') == "jsonl"
