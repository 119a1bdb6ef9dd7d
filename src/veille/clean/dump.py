"""Page-text dumps: split the header (site, section, title) off the body.

A scraped page dump starts with whatever the page showed above the article: a site name,
a section label, then the title, sometimes with the section glued on ("Titre – Monde").
The rules are about shape, not about any one site: header labels are short capitalised
lines, the title is the first sentence-like line before the first paragraph of prose, and a
title suffix is a section when it is a short label made of capitalised words.
Removed header lines other than the title are kept in ``article.boilerplate``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from veille.article import Article
from veille.clean.rule_files import rule_words
from veille.stage import Reject, Stage

MAX_CHARS = 2_000_000
"""Larger than any real article: past this the input is not a page, and it is rejected."""

_HEADER_MAX_LINES = 4
_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 5
_TITLE_MIN_WORDS = 3
_TITLE_MAX_CHARS = 300
_PROSE_MIN_CHARS = 250
_SUFFIX = re.compile(r"\s+(?:[|–—·•-]|::)\s+")
_SENTENCE_BREAK = re.compile(r"\w[.!?…][»”\"]?\s+[«“\"]?[A-ZÀ-ÖØ-Þ]")
_SECTIONS = rule_words("sections.txt")
_SMALL_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "et", "en", "&", "of", "the", "and", "à"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DumpHeader:
    """What the first lines of a dump say, and the body that follows them."""

    site: str | None = None
    section: str | None = None
    title: str | None = None
    removed: tuple[str, ...] = ()
    body: str = ""


def _words(line: str) -> list[str]:
    return line.split()


def is_label(line: str) -> bool:
    """A short capitalised line without sentence punctuation: a site name or a section."""
    words = _words(line)
    return (
        0 < len(words) <= _LABEL_MAX_WORDS
        and len(line) <= _LABEL_MAX_CHARS
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith((".", ",", ";", ":", "!", "?"))
    )


def is_title_label(segment: str) -> bool:
    """A title suffix that names a section or site: every word capitalised but the small ones."""
    words = _words(segment)
    if not is_label(segment) or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _SMALL_WORDS for w in words)


def is_prose(line: str) -> bool:
    """A paragraph of the article: long, or a finished sentence, or several sentences."""
    return (
        len(line) > _PROSE_MIN_CHARS
        or (line.endswith(".") and not line.endswith("..") and len(_words(line)) >= 8)
        or _SENTENCE_BREAK.search(line) is not None
    )


def _is_title(line: str) -> bool:
    return len(_words(line)) >= _TITLE_MIN_WORDS and len(line) <= _TITLE_MAX_CHARS and not is_prose(line)


def split_title_suffix(line: str) -> tuple[str, list[str]]:
    """Split off up to two trailing label segments: "Titre – Monde | Le Site" -> ("Titre", ["Monde", "Le Site"])."""
    title, suffixes = line, []
    for _ in range(2):
        separators = list(_SUFFIX.finditer(title))
        if not separators:
            break
        head, tail = title[: separators[-1].start()], title[separators[-1].end() :]
        if not is_title_label(tail) or len(_words(head)) < _TITLE_MIN_WORDS:
            break
        title = head
        suffixes.insert(0, tail)
    return title, suffixes


def _assign_labels(labels: list[str], suffixes: list[str]) -> tuple[str | None, str | None]:
    """Breadcrumb order: site first, section last; a lone label is a section only if it reads like one."""
    site = section = None
    if len(labels) >= 2:
        site, section = labels[0], labels[-1]
    elif len(labels) == 1:
        if labels[0].casefold() in _SECTIONS:
            section = labels[0]
        else:
            site = labels[0]
    if len(suffixes) == 2:
        section, site = section or suffixes[0], site or suffixes[1]
    elif suffixes:
        if section is None:
            section = suffixes[0]
        elif site is None:
            site = suffixes[0]
    return site, section


def parse_dump(content: str) -> DumpHeader:
    """Read the header of a page dump; a dump that opens with prose has no header."""
    lines = [line.strip() for line in content.splitlines()]
    lines = [line for line in lines if line]
    first_prose = next((i for i, line in enumerate(lines[: _HEADER_MAX_LINES + 1]) if is_prose(line)), None)
    zone = lines[: first_prose if first_prose is not None else 1]
    title_at = next((i for i, line in enumerate(zone) if _is_title(line) and not is_label(line)), None)
    if title_at is None:  # only short lines: the title is the one nearest the body
        title_at = next((i for i in reversed(range(len(zone))) if _is_title(zone[i])), None)
    if title_at is None:
        labels = [line for line in zone if is_label(line)]
        if first_prose is None or len(labels) != len(zone):
            return DumpHeader(body="\n".join(lines))
        site, section = _assign_labels(labels, [])
        return DumpHeader(site=site, section=section, removed=tuple(labels), body="\n".join(lines[len(zone) :]))
    before = zone[:title_at]
    title, suffixes = split_title_suffix(zone[title_at])
    site, section = _assign_labels([line for line in before if is_label(line)], suffixes)
    return DumpHeader(
        site=site,
        section=section,
        title=title,
        removed=(*before, *suffixes),
        body="\n".join(lines[title_at + 1 :]),
    )


class DumpHeaderParser(Stage):
    """Turns what a source read into ``text``; for dumps, also title, site and section."""

    name = "dump_header"
    version = 1
    requires = frozenset({"raw"})
    assigns = frozenset({"text", "title", "site", "section", "boilerplate"})

    def process(self, article: Article) -> Article:
        if article.text:  # an earlier stage (html) already extracted the body
            return article
        raw = article.raw
        if raw is None or not raw.content.strip():
            raise Reject("empty_text")
        if len(raw.content) > MAX_CHARS:
            raise Reject("too_large")
        if raw.format == "dump":
            header = parse_dump(raw.content)
            article.title = article.title or header.title
            article.site = article.site or header.site
            article.section = article.section or header.section
            article.boilerplate.extend(header.removed)
            article.text = header.body
        elif raw.format == "text":
            article.text = raw.content
        if not article.text.strip():
            raise Reject("empty_text")
        return article
