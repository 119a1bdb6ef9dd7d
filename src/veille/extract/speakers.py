"""Canonical speakers within one article: the fullest name behind "il", "Ryabkov" or "le haut diplomate".

No French coreference model is installable, so resolution is built from what the article itself
gives: the people the NER finds (a surname joins the fullest name that ends with it), the role
words written next to each name ("le vice-ministre des Affaires étrangères Sergueï Ryabkov"),
and salience: a pronoun or a role that matches no introduction goes to the most recent speaker
or person of compatible gender. Indefinite or listed sources ("un témoin", "les enquêteurs")
stay as written and unnamed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from veille.article import Quote
from veille.extract.cues import QuoteRules
from veille.extract.person_key import fold_name, person_key

_PRONOUNS = {"il": "Masc", "elle": "Fem", "lui": "Masc", "ils": "Plur", "elles": "Plur", "eux": "Plur", "on": None}
_INDEFINITE = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines", "d'autres", "de", "deux", "trois", "quelques"})
_DEFINITE = frozenset({"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"})
_FEMININE_CUES = frozenset({"la", "une", "mme", "madame", "elle", "cette"})
_MASCULINE_CUES = frozenset({"le", "un", "m.", "monsieur", "il", "ce", "cet"})
_WINDOW = 400
#: A name that is not a subject counts as if written this many characters earlier when ranking referents.
_MENTION_PENALTY = 150
_NOT_NAMES = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "ce", "cette", "selon", "et", "mais"})
#: Words that end an introduction phrase even in a sentence the parser did not see.
_CLAUSE_WORDS = frozenset({"a", "ont", "est", "sont", "avait", "était", "qui", "que", "qu'", "et", "avec", "par", "pour"})


@dataclass(slots=True)
class _Person:
    name: str
    words: set[str]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    seen: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)

    def seen_before(self, at: int, *, salient_only: bool = False) -> int:
        return max((p for p in (self.salient if salient_only else self.seen) if p <= at), default=-1)


class _Cast:
    """The people of one article, from its PER entities."""

    def __init__(self, doc: Doc, rules: QuoteRules, quoted: list[tuple[int, int]]) -> None:
        self.people: list[_Person] = []
        self.rules = rules
        for ent in sorted((e for e in doc.ents if e.label_ == "PER"), key=lambda e: -len(e)):
            tokens = list(ent)
            while tokens and (tokens[0].lower_ in rules.titles or not tokens[0].text[:1].isupper()):
                tokens.pop(0)
            if not tokens:
                continue
            name = doc[tokens[0].i: tokens[-1].i + 1].text
            person = self.find(name) or self.add(name)
            before = [t for t in doc[max(ent.sent.start, ent.start - 8): ent.start]]
            person.roles.update(t.lower_ for t in before if t.pos_ in ("NOUN", "") and t.is_alpha and not t.text[:1].isupper())
            person.roles.update(t.lower_ for t in ent if t.lower_ in rules.titles)
            person.gender = person.gender or _introduction_gender(ent)
            person.gender = person.gender or (ent.root.morph.get("Gender") or [None])[0]
        self.organisations: list[tuple[int, str]] = []
        for ent in doc.ents:
            if any(s <= ent.start_char < e for s, e in quoted):
                continue  # a name inside what someone said is not who is speaking
            if ent.label_ == "ORG":
                self.organisations.append((ent.start_char, ent.text))
            if ent.label_ == "PER" and (person := self.find(ent.text)) is not None:
                person.seen.append(ent.start_char)
                if _is_subject(ent):
                    person.salient.append(ent.start_char)

    def add(self, name: str) -> _Person:
        person = _Person(name=name, words=set(fold_name(name).split()))
        self.people.append(person)
        return person

    def find(self, text: str) -> _Person | None:
        """The person whose fullest name holds the capitalised words of ``text`` (a surname is enough)."""
        raw = [w for w in text.replace("'", " ").replace("’", " ").split() if w[:1].isupper()]
        while raw and raw[0].lower() in self.rules.titles:
            raw.pop(0)
        words = [fold_name(w) for w in raw if w.lower() not in _NOT_NAMES]
        words = [w for w in words if w]
        if not words:
            return None
        for person in self.people:
            if words[-1] in person.words or all(w in person.words for w in words):
                return person
        return None

    def organisation(self, noun: str, at: int) -> str | None:
        """The organisation "la préfecture" stands for: the latest one named with that noun ("préfecture de l'Isère")."""
        before = [e for e in self.organisations if e[0] < at]
        named = [e for e in before if noun in fold_name(e[1]).split()]
        chosen = (named or [None])[-1]
        return _strip_determiner(chosen[1]) if chosen else None

    def by_role(self, words: list[str]) -> _Person | None:
        matches = [p for p in self.people if p.roles & set(words)]
        return matches[0] if len(matches) == 1 else None


def _is_subject(ent) -> bool:
    """A name that is what its sentence is about: its subject, or the subject's apposition, or its opening."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubj:pass") or root.head.dep_ in ("nsubj", "nsubj:pass") and root.dep_ in ("appos", "flat:name", "nmod"):
        return True
    return ent.start - ent.sent.start <= 3


def _introduction_gender(ent) -> str | None:
    """Gender from the phrase introducing a name: its first determiner ("le vice-ministre … de la République, X")."""
    doc = ent.doc
    first = ent.start
    while first - 1 >= max(ent.sent.start, ent.start - 14):
        token = doc[first - 1]
        if token.pos_ in ("VERB", "AUX", "SCONJ", "PRON") or (token.is_punct and token.text != ",") or token.ent_type_ == "PER" or (
            token.lower_ in _CLAUSE_WORDS
        ) or (
            token.pos_ == "ADP" and token.lower_ not in ("de", "des", "du", "d'", "d’")
        ):
            break
        first -= 1
    words = [t.lower_ for t in doc[first: ent.start]] + [ent[0].lower_]
    for word in words:
        if word in _FEMININE_CUES:
            return "Fem"
        if word in _MASCULINE_CUES:
            return "Masc"
    return None


def _gender(words: list[str]) -> str | None:
    for word in reversed(words):
        if word in _FEMININE_CUES:
            return "Fem"
        if word in _MASCULINE_CUES:
            return "Masc"
    return None


def _introduced_name(tokens: list) -> str | None:
    """ "le vice-ministre …, Sergei Aleinik": the capitalised words ending a role phrase name a person."""
    run: list = []
    for token in reversed(tokens):
        if token.text[:1].isupper() and token.is_alpha or (run and token.text in ("-",)):
            run.insert(0, token)
        else:
            break
    if len(run) < 2 or len(run) == len(tokens) or tokens[len(tokens) - len(run) - 1].lower_ in ("de", "du", "des", "d'", "d’"):
        return None
    if any(t.ent_type_ in ("ORG", "LOC") for t in run) and not any(t.ent_type_ == "PER" for t in run):
        return None
    return " ".join(t.text for t in run)


def _locate(text: str, mention: str, quote: Quote) -> int:
    """Where the mention was written: its occurrence nearest the quote."""
    low, high = max(0, quote.start - _WINDOW), min(len(text), quote.end + _WINDOW)
    best, position = None, text.find(mention, low, high)
    while position >= 0:
        distance = min(abs(position - quote.start), abs(position - quote.end))
        if best is None or distance < best[0]:
            best = (distance, position)
        position = text.find(mention, position + 1, high)
    return best[1] if best else quote.start


def _strip_determiner(mention: str) -> str:
    words = mention.split()
    if words and words[0].lower() in _DEFINITE:
        words = words[1:]
    elif words and words[0].lower().startswith(("l'", "l’")):
        words[0] = words[0][2:]
    return " ".join(words)


def resolve_speakers(doc: Doc, quotes: list[Quote], rules: QuoteRules) -> list[Quote]:
    """Give every quote its canonical speaker, ``speaker_id`` and ``named``, in text order."""
    cast = _Cast(doc, rules, [(q.start, q.end) for q in quotes])
    text = doc.text  # Doc.text joins every token: read it once
    resolved: list[Quote] = []
    recent: list[tuple[int, str, str | None, bool]] = []  # (position, speaker, gender, named)
    for quote in quotes:
        speaker, named = _resolve(doc, text, quote, cast, recent, rules)
        if speaker is not None:
            recent.append((quote.start, speaker, _speaker_gender(cast, speaker), named))
        resolved.append(
            replace(quote, speaker=speaker, named=named, speaker_id=person_key(speaker) if speaker and named else None)
        )
    return resolved


def _speaker_gender(cast: _Cast, speaker: str) -> str | None:
    person = cast.find(speaker)
    return person.gender if person else None


def _resolve(doc: Doc, text: str, quote: Quote, cast: _Cast, recent: list, rules: QuoteRules) -> tuple[str | None, bool]:
    mention = (quote.speaker_mention or "").strip()
    if not mention:
        return _most_recent(cast, recent, None, quote.start)
    low = mention.lower()
    at = _locate(text, mention, quote)
    if low in _PRONOUNS:
        return _most_recent(cast, recent, _PRONOUNS[low], at)
    person = cast.find(mention)
    if person is not None:
        return person.name, True
    words = [w.lower() for w in mention.replace("'", "' ").replace("’", "’ ").split()]
    if words[0] in _INDEFINITE or any(w in rules.unnamed_nouns for w in words[:3]):
        return mention, False
    span = doc.char_span(at, at + len(mention), alignment_mode="expand")
    tokens = [t for t in span] if span is not None else []
    introduced = _introduced_name(tokens)
    if introduced:
        person = cast.add(introduced)
        person.seen.append(at)
        person.roles.update(t.lower_ for t in tokens if t.is_alpha and not t.text[:1].isupper())
        person.gender = person.gender or _gender(words[:1])
        return introduced, True
    head = next((t for t in tokens if t.is_alpha and t.lower_ not in _DEFINITE), None)
    if head is not None and not head.text[:1].isupper():
        if head.lower_ in rules.institution_nouns:
            return cast.organisation(head.lower_, at) or _strip_determiner(mention), True
        role = cast.by_role([t.lower_ for t in tokens])
        if role is not None:
            return role.name, True
        name, named = _most_recent(cast, recent, _gender(words[:1]), at, people_only=True)
        if name is not None:
            return name, named
        return _strip_determiner(mention), True
    ents = [e for e in (span.ents if span is not None else ()) if e.label_ in ("ORG", "LOC", "MISC")]
    if ents:
        return _strip_determiner(ents[0].text), True
    name = _strip_determiner(mention)
    if name and all(w[:1].isupper() for w in name.split()) and len(name.split()) <= 3:
        cast.add(name).seen.append(at)
    return name, True


def _most_recent(cast: _Cast, recent: list, gender: str | None, at: int, *, people_only: bool = False) -> tuple[str | None, bool]:
    """The latest speaker or person mentioned before ``at`` whose gender does not contradict ``gender``."""
    candidates: list[tuple[int, str, str | None, bool]] = [r for r in recent if r[0] <= at]
    salient = [(p.seen_before(at, salient_only=True), p.name, p.gender, True) for p in cast.people]
    others = [(p.seen_before(at), p.name, p.gender, True) for p in cast.people]
    candidates += [c for c in salient if c[0] >= 0]
    candidates += [(c[0] - _MENTION_PENALTY, *c[1:]) for c in others if c[0] >= 0]
    people = [c for c in candidates if cast.find(c[1]) is not None]
    if people_only or (people and gender in ("Masc", "Fem")):
        candidates = people
    if gender == "Plur":
        plural = [c for c in candidates if " et " in c[1] or cast.find(c[1]) is None]
        candidates = plural or candidates
    elif gender is not None:
        exact = [c for c in candidates if c[2] == gender]
        candidates = exact or [c for c in candidates if c[2] is None]
    if not candidates:
        return None, False
    _, name, _, named = max(candidates, key=lambda c: c[0])
    return name, named
