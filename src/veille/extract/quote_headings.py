"""Quoted subheadings: a quotation that was a paragraph of its own before scraping glued it to the text.

News sites put a quoted phrase between paragraphs as an intertitle; when the page loses its paragraph
breaks the heading lands between two sentences with no space on one side or between dashes:
"… (200 millions)."Pas question d'en faire porter la charge""Je trouve …", "… confie X."Il fait partie
de sa vie"Même son de cloche …", ".- "Tout le monde déteste la police" -Chaque manifestation …". It is
no one's speech at that place (it repeats or sums up a quote of the body), and it ends a sentence: the
sentencizer (parsing.py) starts new sentences at its marks, and quote_findings reports no quote for it. An
unquoted heading between dashes (".- Bolsonaro menace de quitter l'OMS -Le président …") is a title too: its
verb reports nothing.
Where the page kept a space, the heading stands before the next quotation ('… en 2030. "Un rôle-clé à jouer"
"Si cette cible …'). A heading that repeats a quotation of the body word for word is one whatever its length or
stop ('… d'État"."Cette bataille, on va la gagner ou la perdre ensemble"Il a opposé …', and later "Cette bataille,
on va la gagner ou la perdre ensemble", a dit X): the same words twice are the heading and the speech it came from.
A real quotation that ends its paragraph ("… a-t-il dit. « Nous reviendrons. »Le lendemain, …") ends
with its own stop, and one that a sentence introduces ("a déclaré : « … »La suite") follows no sentence
end, so neither is taken for a heading.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from veille.extract.quote_marks import QuotedSpan

#: A heading is a title: longer quotations are speech whose closing mark lost its space.
MAX_HEADING_WORDS = 12
_SENTENCE_STOPS = ".!?…"
_OPENING_MARKS = "\"«“"
_CLOSING_MARKS = "\"»”"
_SPACES = " \u00a0"
#: A repeated quotation this short may be a term the body uses twice ("la fin du monde"), not a heading.
MIN_REPEATED_WORDS = 4
_WORD = re.compile(r"\w+")


def _after_sentence_end(text: str, at: int) -> bool:
    """Whether the text before ``at``, spaces and dashes aside, ends a paragraph or a sentence: a stop, or a
    closing mark right after one ("… identifiés"."Une vengeance …")."""
    window = text[max(0, at - 20): at]
    before = window.rstrip(" -")
    if not before:
        return at == len(window)  # the text's start, not a long run of dashes
    if before[-1] in _CLOSING_MARKS and len(before) > 1:
        return before[-2] in _SENTENCE_STOPS
    return before[-1] in _SENTENCE_STOPS + "\n"


def _next_opens(text: str, mark: QuotedSpan) -> str:
    """The first character after the quotation's closing mark and the spaces after it."""
    return text[mark.close + 1: mark.close + 4].lstrip(_SPACES)[:1]


def _repeated(text: str, mark: QuotedSpan) -> bool:
    """Whether the quotation's words, case and punctuation aside, come twice in the text."""
    words = _WORD.findall(text[mark.start: mark.end].lower())
    if len(words) < MIN_REPEATED_WORDS:
        return False
    return f' {" ".join(_WORD.findall(text.lower()))} '.count(f' {" ".join(words)} ') > 1


def is_heading(text: str, mark: QuotedSpan) -> bool:
    """A quotation that follows a sentence end, holds no stop of its own, is no longer than a title, and either
    touches the next sentence (a capital or an opening mark right after its closing mark, or the next quotation
    after a space), stands between dashes (".- « … » -La suite") or is written in capitals; or one that follows a
    sentence end, touches the next sentence or quotation, spaces aside, and repeats words of the body."""
    quoted = text[mark.start: mark.end]
    if not quoted:
        return False
    following = _next_opens(text, mark)
    if following and (following.isupper() or following in _OPENING_MARKS) and _after_sentence_end(
            text, mark.open) and _repeated(text, mark):
        return True
    if quoted[-1] in _SENTENCE_STOPS or len(quoted.split()) > MAX_HEADING_WORDS:
        return False
    if quoted.isupper() and len(quoted.split()) > 1:  # '… une source. "FAIRE VENIR DES SPONSORS" Lundi, …': a banner
        return _after_sentence_end(text, mark.open)
    after = text[mark.close + 1: mark.close + 2]
    glued = after.isupper() or (following != "" and following in _OPENING_MARKS)
    dashed = text[max(0, mark.open - 2): mark.open].endswith("- ") and text[mark.close + 1: mark.close + 3] == " -"
    if not glued and not dashed:
        return False
    start = mark.open - 2 if dashed else mark.open
    return _after_sentence_end(text, start)


def is_dash_heading(sentence: Span) -> bool:
    """A sentence that ends with a dash glued to the next one ("Bolsonaro menace de quitter l'OMS -Le président …"):
    an AFP subheading, which parsing.py made a sentence of its own."""
    last = sentence[-1]
    return len(sentence) > 1 and last.text == "-" and not last.whitespace_ and sentence[-2].whitespace_
