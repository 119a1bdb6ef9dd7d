"""Page furniture inside a body: navigation, share calls, "Source", slugs, separators.

A line is removed only when all of it is furniture: it matches one of the whole-line
patterns of ``rules/boilerplate.txt``, it repeats the site or section name, or it echoes
the title (the title repeated, or its URL slug: "LOTAN doit comprendre limportance…"),
which is recognised by its words, not by any one site's slug recipe. Prose is never
touched, so bodies that are one long paragraph come out as they went in. Removed lines
are kept, in order, in ``article.boilerplate``.
"""
from __future__ import annotations

import re
import unicodedata

from veille.article import Article
from veille.clean.rule_files import rule_lines
from veille.stage import Reject, Stage

MAX_BOILERPLATE_CHARS = 400
"""No furniture line is longer than this; longer lines are prose and are not even matched."""

_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in rule_lines("boilerplate.txt"))
_JOINERS = re.compile(r"(?<=\w)['’‐-](?=\w)")
_ECHO_MIN_WORDS = 3
_ECHO_INSIDE = 0.9  # share of the line's words found in the title and section
_ECHO_COVER = 0.6  # share of the title's words found in the line


def words(text: str) -> list[str]:
    """Words folded the way slugs fold them: no case, no accents, no apostrophes or hyphens."""
    text = _JOINERS.sub("", text.casefold())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.findall(r"\w+", text)


def matches_pattern(line: str) -> bool:
    return len(line) <= MAX_BOILERPLATE_CHARS and any(p.fullmatch(line) for p in _PATTERNS)


def echoes_title(line: str, title: str | None, section: str | None = None) -> bool:
    """Whether ``line`` is the title again, or a slug of title and section, by word overlap."""
    if not title or len(line) > 2 * (len(title) + len(section or "")) + 20:
        return False
    line_words = words(line)
    title_words = set(words(title))
    if len(line_words) < _ECHO_MIN_WORDS or not title_words:
        return False
    known = title_words | set(words(section or ""))
    inside = sum(w in known for w in line_words) / len(line_words)
    cover = len(title_words.intersection(line_words)) / len(title_words)
    return inside >= _ECHO_INSIDE and cover >= _ECHO_COVER


def is_boilerplate(line: str, *, title: str | None, site: str | None, section: str | None) -> bool:
    folded = line.casefold()
    if folded in {(site or "").casefold(), (section or "").casefold()}:
        return True
    return matches_pattern(line) or echoes_title(line, title, section)


def split_boilerplate(
    text: str, *, title: str | None = None, site: str | None = None, section: str | None = None
) -> tuple[str, list[str]]:
    """The body without its furniture lines, and those lines in order."""
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        (removed if is_boilerplate(line, title=title, site=site, section=section) else kept).append(line)
    return "\n".join(kept), removed


class BoilerplateCleaner(Stage):
    name = "boilerplate"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"text", "boilerplate"})

    def process(self, article: Article) -> Article:
        text, removed = split_boilerplate(
            article.text, title=article.title, site=article.site, section=article.section
        )
        if not text:
            raise Reject("empty_text")
        article.text = text
        article.boilerplate.extend(removed)
        return article
