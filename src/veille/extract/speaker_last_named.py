"""Who "ce dernier", "cette dernière", "celui-ci" or "celle-ci" is: whatever was named last, a body as well as a
person.

French uses these words for the last noun phrase of the sentence before, and that is often an organisation:
"… par le site Mediapart. Selon ce dernier, …", "… a publié la préfecture de l'Aude. Celle-ci a informé que …".
Looking only at people sent such quotes to a person named earlier. The body counts when it was named after the
last person of that gender: an organisation entity, a news outlet, or a noun phrase headed by an institution noun
(rules/institution_nouns.txt) of the pronoun's gender.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.article import Quote
from veille.extract.cast import Cast, strip_determiner
from veille.extract.mentions import LAST_NAMED
from veille.extract.word_classes import DEFINITE, OF, TO

_DEMONSTRATIVES = {"celui-ci": "Masc", "celle-ci": "Fem", "ce dernier": "Masc", "cette dernière": "Fem"}
#: Words that end the noun phrase of a body: "la préfecture de l'Aude, qui …", "le ministère a annoncé".
_PHRASE_END = frozenset({",", ".", ";", ":", "qui", "que", "qu'", "dont", "(", "\"", "«", "»"})


def last_named_referent(
    doc: Doc, cast: Cast, words: list[str], where: tuple[int, Quote], nouns: frozenset[str]
) -> str | None:
    """The name "ce dernier" (``words``, lower-cased, written at ``where[0]`` as the source of the quote
    ``where[1]``) stands for, or None if not such a word. Nothing inside that quote counts: « Banco », a répondu
    ce dernier."""
    at, quote = where
    written = " ".join(words[:2]) if " ".join(words[:2]) in LAST_NAMED else " ".join(words)
    gender = _DEMONSTRATIVES.get(written)
    if gender is None:
        return None
    person = cast.last_named(gender, at)
    body = _last_body(doc, cast, at, gender, nouns, (quote.start, quote.end))
    if body is not None and (person is None or body[0] > person.seen_before(at)):
        return body[1]
    return person.name if person is not None else None


def _last_body(
    doc: Doc, cast: Cast, at: int, gender: str, nouns: frozenset[str], quoted: tuple[int, int]
) -> tuple[int, str] | None:
    """(position, name) of the last organisation named in the sentence before ``at`` or earlier in its own, or of
    a person of that gender named after it there (even inside a quotation, where the cast does not look)."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None or here.start == 0:
        return None
    sentence = here[0].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    outlets = dict(cast.outlets)  # "le site Mediapart", whatever label the NER gave it
    for token in reversed(doc[first: _before_fronted(doc, sentence.start, here.start)]):
        if quoted[0] <= token.idx < quoted[1]:
            continue
        if token.idx in outlets:
            return token.idx, outlets[token.idx]
        entity = next((e for e in doc.ents if e.start == token.i), None) if token.ent_iob_ == "B" else None
        person = cast.find(entity.text) if entity is not None and entity.label_ in ("ORG", "PER") else None
        if person is not None and person.gender in (gender, None):  # "le patron du groupe Gilles X": a name last
            return token.idx, person.name
        if entity is not None and entity.label_ == "PER" and person is None:
            return token.idx, entity.text  # a name inside a quotation, which the cast leaves out
        if entity is not None and entity.label_ == "ORG":
            return token.idx, cast.expand(strip_determiner(entity.text))
        if token.pos_ == "NOUN" and token.lower_ in nouns and token.morph.get("Gender") in ([gender], []):
            return token.idx, _phrase(token, cast)
    return None


def _before_fronted(doc: Doc, start: int, end: int) -> int:
    """ "Sur RTL, ce dernier a affirmé", "Interrogé par franceinfo, celui-ci a démenti": a phrase with no finite verb
    put before the pronoun and closed by a comma is a circumstance of its clause, never what it takes up; the
    words before it (from ``start``, the sentence's) are. ``end`` is where the pronoun stands."""
    if end - 1 <= start or doc[end - 1].text != "," or any(
            "Fin" in t.morph.get("VerbForm") or t.text in _PHRASE_END for t in doc[start: end - 1]):
        return end
    return start


def _phrase(head: Token, cast: Cast) -> str:
    """ "préfecture de l'Aude": the noun and its complement, up to a comma, a relative or a verb; the name of an
    organisation entity inside it ("le site Mediapart" is Mediapart)."""
    doc, end = head.doc, head.i + 1
    while end < head.sent.end and doc[end].text not in _PHRASE_END and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1
    named = [e for e in doc.ents if head.i < e.start and e.end <= end and e.label_ == "ORG"]
    if named:
        return cast.expand(strip_determiner(named[0].text))
    while end > head.i + 1 and (doc[end - 1].lower_ in OF | TO | DEFINITE or not doc[end - 1].is_alpha):
        end -= 1  # "au gouvernement de « faire preuve … »": the complement is the quotation, not the body's
    return doc[head.i: end].text
