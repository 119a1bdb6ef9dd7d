"""Bytes to text without losing characters: BOM (or UTF-16's NULs), valid UTF-8, declared charset, then detection.

Scraped news lies about its encoding in both directions: pages that declare ISO-8859-1
but are UTF-8, pages that declare UTF-8 but carry Latin-1 bytes, UTF-8 pages with one
stray byte. Valid UTF-8 is the strongest evidence (Latin-1 accented text almost never
is), so it wins over a declaration; a mostly-UTF-8 text keeps UTF-8 and gets U+FFFD for
its few bad bytes (the cleaner flags them); only text that is not UTF-8 at all goes to
the declared charset or to charset-normalizer. Decoding never raises.
"""
from __future__ import annotations

import codecs
import io
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: WHATWG: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                "ascii": "cp1252", "us-ascii": "cp1252"}
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_WESTERN_SIGNS = frozenset("«»‘’‚“”„…–—•€°§©®\xa0")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_NEWLINES = re.compile(r"\r\n?")
#: How much of a stream the encoding is chosen from.
SAMPLE_SIZE = 64 * 1024
_UTF16_WINDOW = 4096
#: Codecs a declaration may name but a page is never in: Python's own transforms, and UTF-16/32,
#: which a page really in them shows by its bytes (WHATWG reads a <meta> naming UTF-16 as UTF-8).
_NEVER_DECLARED = ("utf-16", "utf-32", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined")


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def wide_encoding(data: bytes) -> str | None:
    """``utf-16``/``utf-32`` (from a BOM) or ``utf-16-le``/``-be`` (guessed), else None.

    Text in these codecs is full of NUL bytes, so every check that reads bytes as ASCII
    (binary detection, format sniffing, the XML entity guard) must decode it first. Without
    a BOM, UTF-16 of Latin-script text shows itself by a NUL in every other byte.
    """
    bom = bom_encoding(data)
    if bom in ("utf-16", "utf-32"):
        return bom
    sample = data[:_UTF16_WINDOW]
    pairs = len(sample) // 2
    if pairs < 8 or bom is not None:
        return None
    zero_even, zero_odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if zero_odd >= 0.7 * pairs and zero_even <= 0.05 * pairs:
        return "utf-16-le"
    if zero_even >= 0.7 * pairs and zero_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None if Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # refuse bytes-to-bytes codecs such as "zlib" or "base64"
    return info.name if getattr(info, "_is_text_encoding", True) else None


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` or its XML declaration (first 8 kB)."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    return normalize_charset((match.group(1) or match.group(2)).decode("ascii", "replace"))


def choose_encoding(sample: bytes, declared: str | None = None) -> str:
    """The codec to read ``sample`` (and the rest of its stream) with."""
    bom = bom_encoding(sample) or wide_encoding(sample)
    if bom:
        return bom
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(sample):
        return "utf-8"
    declared = normalize_charset(declared)
    if declared and declared != "utf-8" and not declared.startswith(_NEVER_DECLARED) and _decodes(sample, declared):
        return declared
    if _looks_western(sample):
        return "cp1252"
    best = charset_normalizer.from_bytes(sample[:SAMPLE_SIZE]).best()
    if best is not None and normalize_charset(best.encoding):
        return normalize_charset(best.encoding) or "utf-8"
    return "utf-8"


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode a whole document; bytes the chosen codec cannot map become U+FFFD."""
    encoding = choose_encoding(data, declared)
    return normalize_newlines(data.decode(encoding, errors="replace"))


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page; a transport (HTTP) charset outranks the page's own ``<meta>`` declaration."""
    return decode_text(data, declared or declared_html_charset(data))


def open_text(stream: io.RawIOBase, sample: bytes, *, newline: str | None = None) -> io.TextIOWrapper:
    """A text view of a byte stream, its codec chosen from ``sample`` (the stream's first bytes).

    ``newline=None`` folds CRLF and CR into LF; CSV needs ``newline=""`` and folds its fields itself.
    """
    buffered = io.BufferedReader(stream, buffer_size=1 << 16)
    return io.TextIOWrapper(buffered, encoding=choose_encoding(sample), errors="replace", newline=newline)


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 text with a few damaged bytes, false for text in another encoding."""
    valid = sum(1 for _ in _UTF8_MULTIBYTE.finditer(data))
    if not valid:
        return False
    damaged = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return valid >= 4 * damaged


def _looks_western(data: bytes) -> bool:
    """True when windows-1252 reads the bytes as Western European letters and typography.

    charset-normalizer hesitates between single-byte codecs on short samples (cp1257 for
    a French sentence); veille reads French first, so windows-1252 wins when it fits.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    runs = _NON_ASCII_RUN.findall(text)
    if not runs:
        return True
    # Western text has an accented letter here and there; Cyrillic or Greek read as
    # cp1252 gives whole words of Latin-1 letters.
    if sum(1 for run in runs if len(run) >= 3) > 0.1 * len(runs):
        return False
    non_ascii = "".join(runs)
    western = sum(1 for c in non_ascii if c in _WESTERN_SIGNS or (c.isalpha() and ord(c) < 0x180))
    return western >= 0.9 * len(non_ascii)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeError:  # not only UnicodeDecodeError: "UTF-16 stream does not start with BOM"
        return False
    return True
