"""The person description a pronoun subject takes up: "Le chef d'entreprise décide d'appeler. « … », explique-t-il".

A pronoun continues the speaker chain unless someone newer has become what the text is about (speaker_salience.py),
and only named people enter that ranking. But a journalist often makes an unnamed person the subject of the
sentence before a quotation ("le chef d'entreprise décide …", "la conductrice affirme …") or puts one in front as the
topic ("Quant au délégué interministériel, il a répondu …"); the "il" or "elle" that follows is that person, not the
source quoted before nor a name the article writes later. The description is returned as written, so speakers.py
resolves it as it would a mention: to the person the article introduced with that role, else unnamed. A noun is a
person's when the word lists say so or when the article introduced one of its people with it ("Le rappeur Nick X …
le rappeur a développé sa position"): no list holds every trade the news writes about.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from veille.extract.cast import Person
from veille.extract.entity_rules import fold_apostrophes, person_words

_DETERMINERS = {"le": "Masc", "ce": "Masc", "cet": "Masc", "un": "Masc", "la": "Fem", "cette": "Fem", "une": "Fem",
                "sa": "Fem", "l'": None, "son": None}
_SUBJECTS = ("nsubj", "nsubj:pass")
#: A description that takes up someone, with its gender: not "un chef d'entreprise ne doit pas …", a generic one.
ANAPHORIC = {"le": "Masc", "la": "Fem", "l'": None, "ce": "Masc", "cet": "Masc", "cette": "Fem"}


class Description(NamedTuple):
    """A person description as written, its head noun, and the adjectives after it ("le président américain")."""

    text: str
    noun: str
    adjectives: frozenset[str]
    start: int

    def fits(self, roles: set[str]) -> bool:
        """The person introduced with the head noun is the one described unless an adjective says otherwise:
        "le président américain" is not "le président ukrainien X"."""
        return self.adjectives <= roles

    def written_before(self, text: str) -> bool:
        """The article used these words for someone before ("interpellait le Premier ministre … c'était le Premier
        ministre qui a répondu"): a person it had in view, not new words for whoever was quoted last."""
        return re.search(rf"\b{re.escape(self.text)}\b", text[:self.start], re.IGNORECASE) is not None


def introduced_nouns(people: Iterable[Person]) -> frozenset[str]:
    """The lower-case words of the phrases that introduced the article's named people ("rappeur" for "Le rappeur
    Nick X"); only the ones the parser tags as a subject noun with a determiner will count (``_describes``)."""
    return frozenset(fold_apostrophes(role) for person in people for role in person.roles)


def description_antecedent(
    doc: Doc, pronoun_at: int, quote_start: int, gender: str, quoted: list[tuple[int, int]],
    nouns: frozenset[str], named_at: list[int], chain_end: int,
) -> Description | None:
    """The definite person description ("le chef d'entreprise", "sa mère") that is the latest subject or fronted
    topic of a gender ``gender`` before the pronoun at ``pronoun_at``, in the sentence the quotation or pronoun
    continues or the one before it, outside quotations; None when a person is named (``named_at``) or a quotation
    ends (``chain_end``) after it: the chain or that name is newer. ``nouns`` are person nouns besides the word lists'
    (unnamed-source nouns, the words that introduced the article's people)."""
    first = doc.char_span(min(pronoun_at, quote_start), min(pronoun_at, quote_start) + 1, alignment_mode="expand")
    limit = doc.char_span(pronoun_at, pronoun_at + 1, alignment_mode="expand")
    if first is None or limit is None or not len(first) or not len(limit):
        return None
    i = first[0].sent.start
    while i > 0 and doc[i - 1].is_punct and doc[i - 1].text not in ".!?":
        i = doc[i - 1].sent.start  # an opening mark the parser made a sentence of its own
    begin = doc[i - 1].sent.start if i > 0 else 0  # the sentence before, and the one the quotation or pronoun is in
    people = person_words() | nouns
    found = [(phrase, head) for phrase, head in _candidates(doc[begin: limit[0].i], people, gender)
             if not any(s <= head.idx < e for s, e in quoted)]
    if not found:
        return None
    phrase, head = found[-1]
    if chain_end > phrase.start_char or any(phrase.start_char < at < pronoun_at for at in named_at):
        return None  # "« … », a dit Paul X" or "Paul X" after it: the newer one wins; not the cast's reading of it
    adjectives = frozenset(t.lower_ for t in phrase if t.i > head.i and t.pos_ == "ADJ")
    return Description(phrase.text, fold_apostrophes(head.lower_), adjectives, phrase.start_char)


def _candidates(tokens: Span, people: frozenset[str], gender: str) -> Iterator[tuple[Span, Token]]:
    """Person descriptions of ``gender`` made subject or topic, with their head noun, in text order: by the parse,
    or opening a sentence the parser did not read ("La députée a été interrogée sur …", with no cue in it)."""
    for token in tokens:
        if token.pos_ and _describes(token, people) and _gender(token) == gender:
            yield noun_phrase(token, tokens.end), token
        elif not token.pos_ and token.is_sent_start and (opening := opening_description(token, people, gender)):
            yield opening, opening[1]


def opening_description(first: Token, people: frozenset[str], gender: str) -> Span | None:
    """ "Cette infirmière de 52 ans …", "Le gérant …" opening a sentence the parser did not read (it has no tags):
    the determiner, the noun, an age; None for an indefinite ("un chef d'entreprise ne doit pas …" is generic)."""
    doc = first.doc
    if first.i + 2 >= len(doc) or (article := fold_apostrophes(first.lower_)) not in ANAPHORIC:
        return None
    noun = doc[first.i + 1]
    if not noun.is_alpha or noun.text[:1].isupper() or fold_apostrophes(noun.lower_) not in people:
        return None
    if (ANAPHORIC[article] or _noun_gender(noun)) != gender:
        return None
    aged = first.i + 5 <= len(doc) and doc[first.i + 2].lower_ == "de" and doc[first.i + 3].like_num and \
        doc[first.i + 4].lower_ == "ans"
    return doc[first.i: first.i + (5 if aged else 2)]


def _noun_gender(noun: Token) -> str | None:
    own = noun.morph.get("Gender")
    return own[0] if own else None


def subject_description(token: Token, people: frozenset[str], gender: str) -> Span | None:
    """The description ``token`` heads when it is one of the person nouns ``people``, of ``gender``, made subject
    before its verb ("cette infirmière se rappelle …"), cut as ``description_antecedent`` cuts it; None otherwise."""
    if token.dep_ not in _SUBJECTS or not _describes(token, people) or _gender(token) != gender:
        return None
    return noun_phrase(token, token.sent.end)


def _describes(token: Token, people: frozenset[str]) -> bool:
    """A singular common noun for a person with a determiner, as a subject, after "quant à" or in a cleft."""
    if token.pos_ != "NOUN" or token.text[:1].isupper() or "Plur" in token.morph.get("Number"):
        return False
    if fold_apostrophes(token.lower_) not in people or _determiner(token) is None:
        return False
    if token.dep_ in _SUBJECTS:  # not "…, a poursuivi l'ancien porte-parole": an incise's source, resolved with it
        return token.head.i > token.i or token.head.pos_ not in ("VERB", "AUX")
    return _after_quant(token) or _clefted(token)


def _determiner(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "det" and fold_apostrophes(c.lower_) in _DETERMINERS), None)


def _after_quant(token: Token) -> bool:
    """ "Quant au délégué", "quant à la ministre": the person the sentence is going to be about."""
    doc, i = token.doc, token.i - 1
    while i > 0 and doc[i].lower_ in ("au", "à", "la", "l'", "l’"):
        i -= 1
    return doc[i].lower_ == "quant" and i < token.i - 1


def _clefted(token: Token) -> bool:
    """ "c'était le Premier ministre qui avait répondu": the person a cleft puts in focus."""
    return any(c.dep_ == "cop" for c in token.children) and any(
        c.lower_ in ("c'", "c’", "ce") for c in token.children)


def _gender(token: Token) -> str | None:
    """The gender the determiner states ("la", "cette"), else the noun's own ("l'avocate", "son épouse")."""
    determiner = _determiner(token)
    stated = _DETERMINERS.get(fold_apostrophes(determiner.lower_)) if determiner is not None else None
    if stated is not None:
        return stated
    own = token.morph.get("Gender")
    return own[0] if own else None


def noun_phrase(head: Token, limit: int) -> Span:
    """The description from its determiner through the words completing it ("le délégué interministériel à la
    sécurité routière"), cut at punctuation, at a relative or a verb, and before the pronoun; not the words of
    the verb that follow ("déclare le chef de l'État dans un tweet")."""
    doc = head.doc
    determiner = _determiner(head)
    start = determiner.i if determiner is not None else head.i  # a cleft's noun heads "Après un silence, c'était …"
    end = head.i + 1
    for token in doc[head.i + 1: limit]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or head not in token.ancestors:
            break
        end = token.i + 1
    return doc[start:end]
