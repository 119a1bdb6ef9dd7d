"""Who an "il" or "elle" with no one before it stands for: the first person of its gender made subject after it.

An OrangeSum body often goes on from a title it does not carry: "Elle se plaignait de douleurs …", "Une infraction
qu'il ne conteste pas : « … », confie-t-il". No speaker, name or description comes before such a pronoun, so
salience (speaker_salience.py) finds no one, and the article names or describes that person later as the subject of
a sentence ("Cette femme de 60 ans avait été retrouvée …", "Aurore X fait partie …"). The first subject of the
pronoun's gender is taken, named or described with a definite or demonstrative article, never one written inside a
quotation, nor an inverted subject after one (that is the quotation's own source). The parser reads only sentences
with a quotation cue, so in the others a description counts where it opens the sentence ("Cette infirmière de 52
ans a été soignée …"), and a name where the cast saw it as a subject. When a person who may be of the pronoun's
gender was named before, even inside someone's words or with no gender the text states, salience found no one for
another reason, and nothing is guessed; so too past the opening (``_OPENING``).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from veille.extract.cast import Cast
from veille.extract.description_antecedents import ANAPHORIC, opening_description, subject_description
from veille.extract.entity_rules import fold_apostrophes, person_words

#: How far (characters) after the pronoun the person may be named or described.
_REACH = 1500
#: Where the body still goes on from its title: a pronoun further in has lost its referent some other way (an
#: incise inside a quotation, a gender the cast got wrong), and the next subject of its gender is a guess.
_OPENING = 500
_SUBJECTS = ("nsubj", "nsubj:pass")


def forward_subject(doc: Doc, cast: Cast, at: int, gender: str, nouns: frozenset[str]) -> tuple[str, bool] | None:
    """For a pronoun at ``at`` in the article's opening, the first person of ``gender`` made subject in the sentences
    after it, within ``_REACH``: the person's name, named, or the description as written, unnamed; ``nouns`` are the
    person nouns besides the word lists'."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if at > _OPENING or span is None or not len(span) or any(p.gender in (gender, None) and any(
            seen < at for seen in p.seen + p.quoted) for p in cast.people):
        return None  # "Lang Lang a puisé … « … », se souvient-il": someone named before, even of no stated gender
    start, end = span[0].sent.end_char, at + _REACH
    named = [(seen, person.name) for person in cast.people if person.gender == gender
             for seen in person.salient if start <= seen <= end and not _quoted(cast, seen)]
    people = person_words() | nouns
    described = next((d for d in _descriptions(doc[span[0].sent.end:], end, people, gender)
                      if not _quoted(cast, d.start_char)), None)
    first = min(named, default=None)
    if described is not None and (first is None or described.start_char < first[0]):
        return described.text, False
    return (first[1], True) if first is not None else None


def _descriptions(tokens: Span, end: int, people: frozenset[str], gender: str) -> Iterator[Span]:
    """Person descriptions of ``gender`` made subject, in text order: by the parse, or opening a sentence the parser
    did not read."""
    for token in tokens:
        if token.idx > end:
            return
        if token.pos_:  # a parsed sentence
            description = subject_description(token, people, gender)
            if description is not None and fold_apostrophes(description[0].lower_) in ANAPHORIC:
                yield description
        elif token.is_sent_start and (description := opening_description(token, people, gender)) is not None:
            yield description


def _quoted(cast: Cast, at: int) -> bool:
    return any(s <= at < e for s, e in cast.quoted)
