"""Read what a user typed into folded search terms, and cut snippets from the original text.

Users type words (all required), "quoted phrases", prefixes (``secur*``), ``OR`` between
alternatives and ``-word`` to exclude; a bare ``AND``, ``NOT`` or ``NEAR`` is dropped. Everything
else (stray quotes, parentheses, ``NEAR(``, ``col:``, ``'; DROP TABLE``) is reduced to plain
words: every term is a run of folded letters and digits, so no input can be read as query
syntax. ``ParsedQuery`` keeps the structure (groups of alternatives, exclusions) and each
backend spells it in its own syntax: FTS5's here (``ParsedQuery.expression``, pinned by the
parser's tests), tsquery in postgres_search.py. The query always reaches the database as a
bound parameter, never as part of the SQL text.

Snippets come from the original text, not the folded index, so accents and case show as
written; matched words are wrapped in ``MARK_START`` / ``MARK_END`` for the CLI and web
views to style.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from veille.store.base import MARK_END, MARK_START
from veille.store.fold import WORD, fold, fold_words

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
SNIPPET_WORDS = 30
_SNIPPET_SCAN_CHARS = 200_000
_OPERATORS = frozenset({"AND", "NOT", "NEAR"})
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_SPACE = re.compile(r"\s+")
_NOT_SPACE_AFTER = re.compile(r"\S*")


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False

    def expression(self) -> str:
        """The term in FTS5 syntax: a quoted phrase, a trailing ``*`` for a prefix."""
        phrase = '"' + " ".join(self.words) + '"'
        return phrase + " *" if self.prefix else phrase


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query as structure: every group must match (by one of its alternatives), no excluded term may.

    No groups means nothing searchable was typed, whatever was excluded.
    """

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        """The positive terms in the order typed: the words snippets mark."""
        return tuple(term for group in self.groups for term in group)

    @property
    def expression(self) -> str:
        """The FTS5 MATCH string ('' when nothing is searchable)."""
        if not self.groups:
            return ""
        expression = " AND ".join(_group(g) for g in self.groups)
        if self.excluded:
            expression = f"({expression})" + "".join(f" NOT {t.expression()}" for t in self.excluded)
        return expression


def parse_query(query: str) -> ParsedQuery:
    """Read a user's query into folded terms; never raises, whatever the input."""
    groups: list[list[Term]] = []  # OR-alternatives, ANDed together
    excluded: list[Term] = []
    pending_or = False
    for match in _TOKEN.finditer(query[:MAX_QUERY_CHARS]):
        negate, phrase, bare = match[1] == "-", match[2], match[3]
        if bare is not None:
            if bare == "OR":
                pending_or = bool(groups)
                continue
            if bare in _OPERATORS:
                continue
            negate = bare.startswith("-") and len(bare) > 1
            term = _term(bare.lstrip("-") if negate else bare, prefix=bare.endswith("*"))
        else:
            term = _term(phrase, prefix=False)
        if term is None or sum(len(g) for g in groups) + len(excluded) >= MAX_TERMS:
            pending_or = False
            continue
        if negate:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _term(text: str, *, prefix: bool) -> Term | None:
    words = fold_words(text)
    return Term(tuple(words), prefix) if words else None


def _group(terms: tuple[Term, ...]) -> str:
    if len(terms) == 1:
        return terms[0].expression()
    return "(" + " OR ".join(t.expression() for t in terms) + ")"


def make_snippet(text: str, terms: tuple[Term, ...], *, words: int = SNIPPET_WORDS) -> str:
    """The passage of ``text`` with the most distinct matched terms, matches marked."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(text[:_SNIPPET_SCAN_CHARS])]
    if not spans:
        return ""
    hits = [_matching_term(fold(text[s:e]), terms) for s, e in spans]
    start = _best_window(hits, words)
    end = min(start + words, len(spans))
    cursor = spans[start][0]
    while cursor > 0 and not text[cursor - 1].isspace():  # keep the « or ( before the first word
        cursor -= 1
    stop = _NOT_SPACE_AFTER.match(text, spans[end - 1][1]).end()  # and the . or » after the last
    parts = []
    for (s, e), hit in zip(spans[start:end], hits[start:end]):
        if hit is not None:
            parts.append(_plain(text[cursor:s]) + MARK_START + _plain(text[s:e]) + MARK_END)
            cursor = e
    parts.append(_plain(text[cursor:stop]))
    head = "… " if start > 0 else ""
    tail = " …" if end < len(spans) else ""
    return head + "".join(parts) + tail


def _matching_term(word: str, terms: tuple[Term, ...]) -> int | None:
    for index, term in enumerate(terms):
        for position, wanted in enumerate(term.words):
            last = position == len(term.words) - 1
            if word == wanted or (term.prefix and last and word.startswith(wanted)):
                return index
    return None


def _best_window(hits: list[int | None], size: int) -> int:
    """Start of the window of ``size`` words holding the most distinct terms (earliest wins)."""
    best_start, best_score = 0, -1
    for start, hit in enumerate(hits):
        if hit is None:
            continue
        score = len({h for h in hits[start : start + size] if h is not None})
        if score > best_score:
            best_start, best_score = start, score
    # a little context before the first match, but never a short window at the end of the text
    return max(0, min(best_start - size // 4, len(hits) - size))


def _plain(text: str) -> str:
    """One line, and no stray marker characters that would look like a match."""
    return _SPACE.sub(" ", text).replace(MARK_START, "").replace(MARK_END, "")
