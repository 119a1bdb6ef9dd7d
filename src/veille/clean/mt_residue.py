"""Machine-translation residue: English left inside French text ("[the talks]").

Two signs, both cheap and conservative: a bracketed fragment made of English function words
and no French one (translation tools bracket what they could not place), and an unbracketed
run of at least three words with no French function word and at least two English ones
("during the current stage of the negotiations"). Proper names and titles of works are
spared: a run whose content words are all capitalised ("Save the Children", "Festival of
Speed") or that fills a whole quotation is not residue. A text that is mostly English has no
residue by definition. Fragments go to ``flags.mt_residue`` verbatim, in text order.
"""
from __future__ import annotations

import re
from dataclasses import replace

from veille.article import Article
from veille.clean.rule_files import rule_words
from veille.stage import Stage

ENGLISH = rule_words("function_words_en.txt")
FRENCH = rule_words("function_words_fr.txt")

_BRACKETED = re.compile(r"\[[^\[\]\n]{1,150}\]")
_SEGMENT = re.compile(r"[^.,;:!?«»“”\"()\[\]\n—–]+")
_TOKEN = re.compile(r"\S+")
_FOREIGN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_QUOTES = "«»“”\""
_MIN_RUN_WORDS = 3
_MIN_ENGLISH_WORDS = 2
_MIN_ENGLISH_SHARE = 0.3
_MAX_FRAGMENTS = 50


def _folded_words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text)]


def is_english_fragment(fragment: str) -> bool:
    """Whether a short fragment reads as English: English function words, no French one, no accents."""
    found = _folded_words(fragment)
    ascii_only = all(_FOREIGN_WORD.fullmatch(w) for w in re.findall(r"[^\W\d_]+", fragment))
    return ascii_only and any(w in ENGLISH for w in found) and not any(w in FRENCH for w in found)


def _is_name_or_title(words: list[str]) -> bool:
    content = [w for w in words if w.casefold() not in ENGLISH]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _runs(text: str, segment: re.Match[str]) -> list[str]:
    """English runs inside one punctuation-free segment of ``text``."""
    start, end = segment.span()  # a segment runs from one mark to the next, spaces included
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and after and before in _QUOTES and after in _QUOTES:  # a quoted title: « The Lord of the Rings »
        return []
    runs: list[list[re.Match[str]]] = [[]]
    for token in _TOKEN.finditer(segment.group()):
        word = token.group()
        if _FOREIGN_WORD.fullmatch(word) and word.casefold() not in FRENCH:
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    found = []
    for run in runs:
        words = [t.group() for t in run]
        english = sum(w.casefold() in ENGLISH for w in words)
        if (
            len(words) >= _MIN_RUN_WORDS
            and english >= _MIN_ENGLISH_WORDS
            and english / len(words) >= _MIN_ENGLISH_SHARE
            and not _is_name_or_title(words)
        ):
            found.append(segment.group()[run[0].start() : run[-1].end()])
    return found


def find_residue(text: str) -> tuple[str, ...]:
    """English fragments inside a French text, verbatim and in order (bracketed ones with their brackets)."""
    words = _folded_words(text)
    english = sum(w in ENGLISH for w in words)
    if english == 0 or english > sum(w in FRENCH for w in words):
        return ()  # no English to find, or an English text (residue is English inside French)
    found: list[tuple[int, str]] = []
    for match in _BRACKETED.finditer(text):
        if is_english_fragment(match.group()[1:-1]):
            found.append((match.start(), match.group()))
    for segment in _SEGMENT.finditer(text):
        if text[segment.start() - 1 : segment.start()] == "[":
            continue  # already read as a bracketed fragment
        found.extend((segment.start(), run) for run in _runs(text, segment))
    fragments = dict.fromkeys(fragment for _, fragment in sorted(found))
    return tuple(fragments)[:_MAX_FRAGMENTS]


class ResidueDetector(Stage):
    """Flags untranslated fragments; the text itself is left as it is (quotes keep them verbatim)."""

    name = "mt_residue"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"flags"})

    def process(self, article: Article) -> Article:
        article.flags = replace(article.flags, mt_residue=find_residue(article.text))
        return article
