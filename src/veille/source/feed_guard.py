"""What feedparser must never be given, refused or rewritten before it parses a feed.

feedparser parses whatever it receives, and some documents cost far more than their size or
end the whole feed: entity declarations in the DOCTYPE (billion laughs, external entities),
references to characters that cannot exist (its fallback parser raises on ``&#xD800;``), and a
long first line after ``<?`` (the regex that reads the declared encoding backtracks over that
line: five minutes of CPU for 50 kB of ``encoding="…"`` without ``?>``). Each check reads the
document the way feedparser will: as ASCII-compatible bytes, as UTF-16/32, and in the codec
its XML declaration names (feedparser honours a declared UTF-7, in which ``<!ENTITY`` is
``+ADwAIQ-ENTITY``). Feeds come from files and from the network alike, so this is the one door.
"""
from __future__ import annotations

import codecs
import re

from veille.errors import SourceError
from veille.source.decode import declared_html_charset, wide_encoding

_ROOT_START = re.compile(rb"<[A-Za-z_]")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]+|[0-9]+);")
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC: feedparser would switch to cp037
#: An XML declaration is well under 100 characters; past this, ``<?`` opens no declaration.
DECLARATION_LIMIT = 512


def guard_feed(data: bytes) -> bytes:
    """``data`` made safe for feedparser, or SourceError for a document it must not see."""
    refuse_entity_declarations(data)
    if data.startswith(_EBCDIC_XML):
        raise SourceError("EBCDIC-encoded XML is not supported")
    wide = wide_encoding(data)
    # latin-1 maps each byte to one character and back, so ASCII-compatible documents are
    # rewritten byte for byte whatever their real charset
    codec = wide or "latin-1"
    text = data.decode(codec, errors="replace")
    changed = _declaration_on_its_own_line(text)
    if "&#" in changed:
        changed = _CHARREF.sub(lambda match: _valid_charref(match[0]), changed)
    return data if changed == text else changed.encode(codec)


def refuse_entity_declarations(data: bytes) -> None:
    """Raise SourceError if the prolog (before the root element) declares an XML entity."""
    encoding = wide_encoding(data)
    if encoding:
        prologs = [_prolog(data.decode(encoding, errors="replace"))]
    else:
        root_bytes = _ROOT_START.search(data)
        prologs = [data[: root_bytes.start() if root_bytes else len(data)].decode("ascii", errors="replace")]
    declared = declared_html_charset(data)
    if declared and declared != encoding:
        prologs.append(_prolog(data.decode(declared, errors="replace")))
    if any(_ENTITY_DECLARATION.search(prolog) for prolog in prologs):
        raise SourceError("the document declares XML entities in its DOCTYPE; refused (entity-expansion risk)")


def _declaration_on_its_own_line(text: str) -> str:
    """End the first line right after the XML declaration (a newline there changes nothing in XML)."""
    start = 1 if text.startswith("\ufeff") else 3 if text.startswith(codecs.BOM_UTF8.decode("latin-1")) else 0
    if not text.startswith("<?", start):
        return text
    end = text.find("?>", start, start + DECLARATION_LIMIT)
    if end < 0:
        raise SourceError(f"malformed XML declaration (no '?>' in its first {DECLARATION_LIMIT} characters)")
    end += 2
    return text if text.startswith("\n", end) else f"{text[:end]}\n{text[end:]}"


def _valid_charref(reference: str) -> str:
    """``&#xFFFD;`` for a reference to a surrogate or past U+10FFFF, else the reference itself."""
    digits = reference[2:-1].lstrip("xX").lstrip("0") or "0"
    if len(digits) > 8:
        return "&#xFFFD;"
    code = int(digits, 16 if reference[2] in "xX" else 10)
    return "&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else reference


def _prolog(text: str) -> str:
    root = re.search(r"<[A-Za-z_]", text)
    return text[: root.start()] if root else text
