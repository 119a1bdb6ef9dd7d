"""Bytes to text: BOMs, valid UTF-8 over declarations, mostly-UTF-8, detection of the rest."""
from __future__ import annotations

import pytest

from veille.source.decode import choose_encoding, declared_html_charset, decode_html, decode_text, normalize_charset

FRENCH = "« Nous irons jusqu’au bout », a déclaré la ministre à Besançon. L’été sera décisif."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_decides(codec: str) -> None:
    assert decode_text(FRENCH.encode(codec)) == FRENCH


def test_valid_utf8_wins_over_a_latin1_declaration() -> None:
    page = f"<meta charset='iso-8859-1'><p>{FRENCH}</p>".encode()
    assert FRENCH in decode_html(page)


def test_latin1_bytes_declared_utf8_are_read_as_windows_1252() -> None:
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>{FRENCH}</p>'.encode("cp1252")
    assert FRENCH in decode_html(page)


def test_transport_charset_is_used_when_the_page_declares_nothing() -> None:
    text = "Привет, мир. Как дела сегодня в Москве?"
    assert decode_html(text.encode("koi8-r"), "koi8-r") == text


def test_mostly_utf8_text_keeps_utf8_and_marks_the_bad_byte() -> None:
    data = FRENCH.encode() + b" \x92 " + FRENCH.encode()
    assert decode_text(data) == f"{FRENCH} \ufffd {FRENCH}"


def test_short_french_windows_1252_sample_is_not_taken_for_baltic() -> None:
    assert choose_encoding("Élève été à Noël".encode("cp1252")) == "cp1252"


def test_cyrillic_windows_1251_is_not_taken_for_french() -> None:
    text = "Министр иностранных дел заявил, что переговоры продолжатся"
    assert decode_text(text.encode("cp1251")) == text


def test_newlines_are_folded() -> None:
    assert decode_text(b"un\r\ndeux\rtrois\n") == "un\ndeux\ntrois\n"


def test_declared_charset_labels() -> None:
    assert declared_html_charset(b'<html><head><meta charset="ISO-8859-1">') == "cp1252"
    assert declared_html_charset(b'<?xml version="1.0" encoding="UTF-8"?><html>') == "utf-8"
    assert declared_html_charset(b"<html><head><title>x</title>") is None
    assert normalize_charset("x-unknown-charset") is None
    assert normalize_charset("zlib") is None  # a bytes-to-bytes codec is no charset
