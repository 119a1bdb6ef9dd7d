"""Where an article's quotations sit, for the readers that tie cues to them by position.

Cues are read on the tokens, quotation marks on the characters (quote_marks); every rule that joins the
two asks one of a few questions answered here: does a quotation close right before this cue ("« … », a-t-il
dit"), open right after it ("a déclaré : « … »"), enclose it, and where does a clause that starts at a given
character end. Quotations right after a title noun ("le livre « … »") are dropped here, once, so no rule
attributes a title.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from veille.extract.cues import QuoteRules
from veille.extract.mention_text import SENTENCE_GLUED
from veille.extract.quote_headings import is_heading
from veille.extract.quote_marks import QuotedSpan, find_quoted_spans
from veille.extract.word_classes import DEFINITE

MARK_CHARS = frozenset("«»“”\"")
#: What may stand between a closing mark and the incise after it ("», a-t-il dit").
_BEFORE_INCISE = " ,\u00a0\n"


def _is_title(text: str, mark: QuotedSpan, rules: QuoteRules) -> bool:
    """ "la loi « Travail »", "l'opération « Sentinelle »": a quotation right after a title noun names the thing; one
    after the noun's comma is an apposition ("un rappel à la loi, « une décision dramatique », regrette X")."""
    before = text[max(0, mark.open - 40): mark.open].split()
    return bool(before) and not before[-1].endswith(",") and before[-1].lower().strip("'’").split("'")[-1] in rules.title_nouns


class QuoteLayout:
    """The quotations of one text (titles left out) and their position relative to characters and sentences."""

    def __init__(self, doc: Doc, rules: QuoteRules, text: str) -> None:
        self.text = text
        self.marks = [m for m in find_quoted_spans(text) if not _is_title(text, m, rules)]
        #: Quoted subheadings glued to the text (quote_headings): marks that hold no one's words at that place.
        self.headings = frozenset(i for i, m in enumerate(self.marks) if is_heading(text, m))
        self.after_marks = self._tokens_after_marks(doc)

    def _tokens_after_marks(self, doc: Doc) -> list[int]:
        """Indices of the tokens mark_ending_before accepts, in order: an incise's verb group starts at one, so
        the reader skips the verbs of every other sentence without working out their groups."""
        starts = doc.to_array(IDX).tolist() if self.marks else []
        found: set[int] = set()
        for mark in self.marks:
            last = mark.close + 1
            while last < len(self.text) and self.text[last] in _BEFORE_INCISE:
                last += 1
            found.update(range(bisect_left(starts, mark.close + 1), bisect_left(starts, last + 1)))
        return sorted(found)

    def first_after_mark(self, sentence: Span) -> int | None:
        """The first token of the sentence that follows a closing mark (where an incise's group may start)."""
        first = bisect_left(self.after_marks, sentence.start)
        return self.after_marks[first] if first < len(self.after_marks) else None

    def mark_ending_before(self, char: int) -> int | None:
        for index, mark in enumerate(self.marks):
            if mark.close < char and not self.text[mark.close + 1: char].strip(_BEFORE_INCISE):
                return index
        return None

    def mark_opening_after(self, char: int, allowed: str = " ,:\u00a0") -> int | None:
        for index, mark in enumerate(self.marks):
            if mark.open >= char and not self.text[char: mark.open].strip(allowed):
                return index
        return None

    def clause_end(self, sentence: Span, start: int) -> int:
        """The sentence end, or the end of a quotation the clause opens, never into the next quotation, nor past a
        sentence end whose space was lost ("… en cas de victoire.- Rhétorique -La victoire …")."""
        end = sentence.end_char
        glued = next((m for m in SENTENCE_GLUED.finditer(self.text, start, end) if not self.inside_mark(m.start())), None)
        end = glued.start() if glued is not None else end
        for mark in self.marks:  # "rappeler que la grève continue : « … »": the colon hands over to the quotation
            colon = self.text.rfind(":", start, mark.open)
            if start < mark.open < end and colon >= 0 and not self.text[colon + 1: mark.open].strip():
                end = colon
        for mark in self.marks:
            if mark.open < end <= mark.close and mark.open >= start:
                finished = self.text[start: mark.open].rstrip().endswith((".", "!", "?"))
                end = mark.open if finished else mark.close
        return end

    def inside_mark(self, char: int) -> bool:
        return any(m.start <= char < m.end for m in self.marks)

    def quotation_start(self, char: int) -> int:
        """The start of the words of the quotation a character lies in after its first one, else the character."""
        return next((m.start for m in self.marks if m.start < char < m.end), char)

    def index_enclosing(self, char: int) -> int:
        """The quotation a character lies in (the caller knows it lies in one)."""
        return next(i for i, m in enumerate(self.marks) if m.start <= char < m.end)

    def is_fragment(self, mark: QuotedSpan, sentence: Span) -> bool:
        """A quotation that ends a sentence begun by the journalist's own words (three, or a determiner right before
        the first quotation: "Les « épreuves … » et « … », a affirmé X") is part of a mixed quote; one that touches
        the mark before it ("Les trafics « bousculés »« Cette flambée … »") starts a paragraph whose break was lost."""
        before = self.text[sentence.start_char: mark.open]
        own = "".join(self.text[a: b] for a, b in self._unquoted(sentence.start_char, mark.open))
        return (sentence.start_char < mark.open and (len(own.split()) >= 3 or _opens_with_determiner(before))
                and before.rstrip()[-1:] not in ":.!?"
                and before[-1:] not in MARK_CHARS)  # "« A », mais « B », a relevé X": no words of the journalist's

    def _unquoted(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of ``start:end`` outside every quotation."""
        stretches, at = [], start
        for mark in self.marks:
            if start <= mark.open and mark.close < end:
                stretches.append((at, mark.open))
                at = mark.close + 1
        return stretches + [(at, end)]

    def joined_before(self, index: int, joiners: frozenset[str]) -> int | None:
        """The quotation right before quotation ``index``, joined to it by a comma or a conjunction only ("« A », mais
        « B »"), or None."""
        if index == 0:
            return None
        between = self.text[self.marks[index - 1].close + 1: self.marks[index].open]
        words = between.replace(",", " ").split()
        joined = "," in between or bool(words)  # quotations that merely touch may be a title and a new paragraph
        return index - 1 if joined and all(w.lower() in joiners for w in words) else None


def _opens_with_determiner(before: str) -> bool:
    """ "Les « épreuves ne durent pas » et « … », a affirmé X": a sentence whose first word, a determiner, stands right
    before a quotation quotes from inside the journalist's noun phrase, so the quotation is a fragment."""
    words = before.split(maxsplit=1)
    return bool(words) and words[0].lower() in DEFINITE and (len(words) == 1 or words[1][:1] in MARK_CHARS)
