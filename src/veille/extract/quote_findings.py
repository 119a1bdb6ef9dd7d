"""What the quote readers collect, and how it becomes one list of quotes.

Readers note two things as they meet cues: a quotation a cue attributes (by its index among the marks) and
a clause a cue introduces (character offsets). Only once the whole article is read can overlaps be settled:
the longest clause starting first wins, a clause another source interrupts ("…, selon ce dernier, …") stops
there, a clause that lies within the quotation it opens is that quotation, a clause quoted but for nothing of the
journalist's is direct quotes ("« A » et « B », a déclaré X": a joiner is none), one that holds a quotation is
mixed, an unattributed quotation is kept only when it reads as speech, and a quoted subheading never.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from veille.extract.poll_respondents import is_poll_share
from veille.extract.quote_layout import QuoteLayout
from veille.extract.quote_marks import MIN_FLOATING_WORDS, reads_as_speech

#: An indirect clause quoted but for this many words is direct quotes; one word of the journalist's (« A » à « B »)
#: makes it mixed.
DIRECT_REST = 0
#: Words that only join two quotations a postposed cue or a source phrase opening the sentence attributes ('"A" et "B",
#: a déclaré X', 'Selon X, "A" mais "B"'): two quotes, not one mixed, so no words of the journalist's. After a verb they
#: join the fragments of one content ('évoque "un immense bonheur" et "une bulle"', 'a martelé que "A" et "B"'): mixed.
_JOINERS = frozenset({"et", "mais", "ou", "puis"})
#: The cues of source phrases, whose content is no verb's object.
_SOURCE_CUES = frozenset({"selon", "d'après", "d’après"})
#: A postposed clause that opens with a quotation is that quotation when no more than this many words of the
#: journalist's follow its last quotation ("« Nous tiendrons » face à eux, a dit X").
OWN_WORDS_AFTER_QUOTATION = 4
_WORD = re.compile(r"\w+")
_TRAIL = " \t\n,;:.\u00a0-"  # "-": the dash of a subheading glued to the sentence ("… sur deux ans.- Bilan -")
_TRAIL_END = _TRAIL + "«"


@dataclass(slots=True)
class Found:
    type: str
    start: int
    end: int
    cue: str | None
    mention: str | None
    interrupts: int | None = None  # "…, sous peine selon ce dernier …": where another source's words cut in
    postposed: bool = False  # content before its cue ("…, a averti X"), not after it


def count_words(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def journalist_words(text: str, start: int, end: int, quotations: list[tuple[int, int]], joined: bool) -> int:
    """How many words of ``start``–``end`` stand outside the quotations (their marks' offsets, in order), a joiner
    between two of them left out when ``joined``."""
    count, at = 0, start
    for i, (opening, closing) in enumerate(quotations):
        count += sum(1 for w in _WORD.finditer(text, at, opening)
                     if i == 0 or not joined or w.group().lower() not in _JOINERS)
        at = closing + 1
    return count + count_words(text, at, end)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and punctuation at its edges, nor an opening « at its end: the sentencizer
    may leave the mark that opens the next sentence at the end of this one ("… la réforme. « Nous …")."""
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL_END:
        end -= 1
    return start, end


@dataclass(slots=True)
class Findings:
    """Attributed quotations (mark index → cue, mention) and indirect clauses, in the order the readers met them."""

    attributed: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    clauses: list[Found] = field(default_factory=list)
    cuts: dict[int, tuple[int, int]] = field(default_factory=dict)  # mark index → the incise inside it (inner_incises)

    def attribute(self, mark: int, cue: str, mention: str | None) -> None:
        """The first cue that attributes a quotation keeps it; a poll's share of respondents attributes nothing."""
        if not is_poll_share(mention):
            self.attributed.setdefault(mark, (cue, mention))

    def cut(self, mark: int, incise: tuple[int, int] | None) -> None:
        """The first incise that ends its sentence inside a quotation cuts it in two quotes."""
        if incise is not None:
            self.cuts.setdefault(mark, incise)

    def add_clause(self, clause: Found) -> None:
        if not is_poll_share(clause.mention):  # "60% des interrogés estiment que …": the poll's result, no one's quote
            self.clauses.append(clause)

    def assemble(self, layout: QuoteLayout, sentence_starts: set[int]) -> list[Found]:
        """Every quote, in text order: clauses without overlaps, then the quotations they do not hold."""
        text, marks = layout.text, layout.marks
        clauses = sorted(self.clauses, key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Found] = []
        for clause in clauses:
            if kept and clause.interrupts is not None and kept[-1].start < clause.interrupts < kept[-1].end:
                start, end = trim(text, kept[-1].start, clause.interrupts)
                kept[-1] = replace(kept[-1], end=end)  # the other source's words are not the first one's
            if kept and clause.start < kept[-1].end:
                continue
            kept.append(clause)
        found: list[Found] = []
        used: set[int] = set()
        for clause in kept:
            enclosing = next((i for i, m in enumerate(marks)
                              if m.open <= clause.start < m.end and clause.end <= m.close + 1), None)
            if enclosing is not None:  # 'promet « d'essayer. Nous verrons »': the content is the quotation it opens
                self.attributed[enclosing] = (clause.cue, clause.mention)
                continue
            # a quotation whose words the clause holds: its opening mark may be outside, left at the end of the
            # sentence before ("… son projet. « C'est … », selon X")
            inside = [i for i, m in enumerate(marks) if m.start >= clause.start and m.close <= clause.end + 1]
            if not inside:
                found.append(clause)
                continue
            # a postposed clause that opens with a quotation is that quotation ("« Nous tiendrons » face à eux, a dit X"),
            # unless it is a fragment too short to be speech ("« Sous influence », le juge aurait …, ont estimé X": mixed)
            first = marks[inside[0]]
            # but words of the journalist's that go on after the last quotation make a mixed quote ('« L'autre camp doit … »
            # pour que les pourparlers puissent commencer, a écrit X')
            # ('"A" "B", a-t-il répété mercredi, rapporte X': words after a quotation an incise attributes are no clause)
            opens_quoted = clause.postposed and first.open <= clause.start and count_words(
                text, first.start, first.end) >= MIN_FLOATING_WORDS and (inside[-1] in self.attributed or count_words(
                    text, marks[inside[-1]].close, clause.end) <= OWN_WORDS_AFTER_QUOTATION)
            # a postposed cue, the incise after the last quotation (the one clause read as mixed) or a source phrase that
            # opens the sentence, written with a capital ("qui selon elle « A » mais « B »": fragments of the relative)
            cue = clause.cue or ""
            joined = clause.postposed or clause.type == "mixed" or (cue[:1].isupper() and cue.lower() in _SOURCE_CUES)
            if opens_quoted or journalist_words(text, clause.start, clause.end,
                                                [(marks[i].open, marks[i].close) for i in inside], joined) <= DIRECT_REST:
                for i in inside:
                    self.attribute(i, clause.cue, clause.mention)
                continue
            used.update(inside)
            found.append(replace(clause, type="mixed"))
        for index, mark in enumerate(marks):
            if index in used or index in layout.headings:
                continue
            cue, mention = self.attributed.get(index, (None, None))
            if cue is None and not reads_as_speech(text, mark, sentence_starts):
                continue
            if index in self.cuts:  # "« A, a précisé X. B »": A and B, both X's
                before, after = trim(text, mark.start, self.cuts[index][0]), trim(text, self.cuts[index][1], mark.end)
                found.extend(Found("direct", start, end, cue, mention) for start, end in (before, after))
                continue
            found.append(Found("direct", mark.start, mark.end, cue, mention))
        found.sort(key=lambda f: f.start)
        return found
