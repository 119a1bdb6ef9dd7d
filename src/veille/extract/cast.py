"""The people of one article, as the NER and the words around their names present them.

A person is keyed by the fullest name the article gives (a surname mention joins the name
that ends with it). Each person keeps where the name was written, which of those mentions
were salient (the subject of a sentence: the likely speaker of what follows), a gender read
from the first name (``first_names.py``), the introduction ("la députée …", "M. …") or
the morphology, and the role nouns written in the introduction ("le ministre de l'Intérieur
Gérald Darmanin") or in an apposition ("Jean Dupont, maire de Lyon,"), with the words that qualify
them ("Lyon"): a later "le maire" or "l'élue" is looked up there (name_introductions.py reads those phrases).
A name ends before "au", "à", "dans" ("précise Julien au Figaro"), and the subject
of "qui a répliqué" is salient too. Organisations are the ORG entities and the names quoted after an
organisation noun ("le collectif « Vive la Gare »", quoted_names.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from veille.extract.bracketed_acronyms import bracketed_acronyms
from veille.extract.cues import QuoteRules
from veille.extract.demonstrative_subjects import demonstrative_person
from veille.extract.entity_rules import fold_apostrophes, names_with_article, news_outlet, rule_set
from veille.extract.first_names import common_first_name, first_name_gender, is_first_name
from veille.extract.gender_cues import own_honorific
from veille.extract.name_extent import name_length
from veille.extract.name_introductions import (
    CLAUSE_WORDS, OBLIQUE, description, introduction_gender, introduction_start, qualifier_words, role_words,
)
from veille.extract.organisation_introductions import introduced_organisations
from veille.extract.organisation_referents import organisation_referent
from veille.extract.entity_rules import role_words as role_nouns
from veille.extract.person_key import fold_name
from veille.extract.quoted_titles import quoted_title
from veille.extract.role_complements import institution_of_role
from veille.extract.sentence_bounds import sentence_bounds
from veille.extract.speaker_introductions import introduced_subject
from veille.extract.speaker_owners import owns_subject
from veille.extract.word_classes import DEFINITE, OF, TO

_NOT_NAMES = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "ce", "cette", "selon", "et", "mais"})
_SUBJECT_PRONOUNS = {"il": "Masc", "elle": "Fem"}
#: How far after a role mention the person it announces may be named ("…, a dit le ministre. Le ministre de la
#: Santé, X, …"): the next sentences, not the article's end.
_AHEAD = 400
_SAME_START = 4  # letters two spellings of one place share at least (see Cast.qualified_otherwise)
_COMPLEMENT = OF | {"l'", "l’"}
#: Verb forms that, right after a name, make it the subject even where the parser did not run.
_FINITE_AFTER_SUBJECT = rule_set("finite_after_subject.txt")
#: Clitics that only a verb's subject comes right before ("X se souvient", "X n'a pas").
_SUBJECT_CLITICS = frozenset({"se", "s'", "s’", "ne", "n'", "n’"})
#: One word of a person's name: letters, joined by hyphens or apostrophes, or an initial ("J.-C.", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*")
#: "la Française des jeux (FDJ)": an acronym in brackets right after the words it abbreviates.
_BRACKETED_ACRONYM = re.compile(r"\(([A-ZÉ]{2,6})\)")
_ACRONYM_WORDS = 12
#: At most this many words of a person's name the NER glued to an organisation ("… Marine Le Pen").
_TAIL_WORDS = 3
_TAIL_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(slots=True)
class Person:
    name: str
    words: set[str]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)  # "le député de l'Oise X" → {"oise"}: see qualifier_words
    seen: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)
    introduced: list[int] = field(default_factory=list)  # "Marie, 34 ans, infirmière,": the name opens an apposition
    quoted: list[int] = field(default_factory=list)  # named inside a quotation: "« Le maire de Londres Sadiq Khan dit… »"

    def holds_other_role(self, noun: str) -> bool:
        """ "le gouverneur" after "le maire Paul X": a text gives the role of the person it means, so a person
        introduced only with other specific roles is someone else. Generic heads ("le responsable", "le patron",
        "le haut diplomate") and nouns outside the role list ("le magistrat", "l'élu") may rename anyone."""
        specific = role_nouns() - generic_roles()
        mine = {_masculine(r) for r in self.roles if r in specific}
        return _masculine(noun) in specific and bool(mine) and _masculine(noun) not in mine

    def holds(self, noun: str) -> bool:
        """The person was introduced with this role noun, in either gender ("l'avocate" for "l'avocat X")."""
        return _masculine(noun) in {_masculine(r) for r in self.roles}

    def introduced_before(self, at: int) -> int:
        return max((p for p in self.introduced if p <= at), default=-1)

    def seen_before(self, at: int, *, salient_only: bool = False) -> int:
        return max((p for p in (self.salient if salient_only else self.seen) if p <= at), default=-1)


class Cast:
    """The people (PER entities) and organisations (ORG entities) of one article."""

    def __init__(self, doc: Doc, rules: QuoteRules, quoted: list[tuple[int, int]], text: str) -> None:
        self.people: list[Person] = []
        self.rules = rules
        self.quoted = quoted  # what people said (not a newspaper's account): a name or group inside is no source
        ents = doc.ents  # spaCy builds every entity's Span again on each read
        labels = {ent.start: _label(ent, rules) for ent in ents}
        tails = [tail for ent in ents if labels[ent.start] in ("ORG", "MISC") and (tail := _person_tail(ent)) is not None]
        labels.update((tail.start, "PER") for tail in tails)
        spans = sorted([*ents, *tails], key=lambda e: (e.start, -len(e)))
        people = (e for e in spans if labels[e.start] == "PER")  # fullest names first, "Julien au Figaro" as "Julien"
        for ent in sorted(people, key=lambda e: -name_length(e)):
            tokens = list(ent)
            while tokens and (tokens[0].lower_ in rules.titles or not tokens[0].text[:1].isupper()):
                tokens.pop(0)
            if tokens and tokens[0].i > ent.start and len(tokens) < 3 and completes_role(tokens[0]):
                continue  # "président de la République" tagged as a person: a role and its complement, no name
            if len(tokens) >= 3 and (completes_role(tokens[0]) or first_name_follows(tokens)):
                tokens.pop(0)  # "ministre de l'Environnement Giorgos Antoniadis": the first word ends the role
            tokens = [t for t in tokens if t.i < ent.start + name_length(ent)]  # "précise Julien au Figaro"
            if not tokens:
                continue
            name = doc[tokens[0].i: tokens[-1].i + 1].text
            person = self.find(name) or self.add(name)
            person.roles.update(role_words(ent, rules))
            person.qualifiers.update(qualifier_words(description(ent)))
            person.gender = own_honorific(ent, name, person.name) or person.gender or introduction_gender(ent)
        self.spelled = bracketed_acronyms(doc, text) | _spelled_acronyms(text)  # initials that match come first
        self.after_role: set[int] = set()
        self.oblique: set[int] = set()  # "en collaboration avec la ministre, X": a name inside a circumstance
        self.genitive: set[int] = set()  # "le porte-parole de M. X": a name completing a noun
        self.owners: set[int] = set()  # "le ministre de X a dit": whose the subject is, not the subject
        self.organisations: list[tuple[int, str]] = []
        self.introduced: list[tuple[int, str, str]] = []  # (position, noun, name): "le quotidien Le Parisien"
        self.outlets: list[tuple[int, str]] = []  # "selon Le Parisien": whatever label the NER gave the newspaper
        for ent in spans:
            label = labels[ent.start]
            if label != "PER" and (noun := _noun_before(ent)) is not None:
                self.introduced.append((ent.start_char, noun, ent.text))
            if any(s <= ent.start_char < e for s, e in quoted):
                if label == "PER" and (person := self.find(ent.text)) is not None:
                    person.quoted.append(ent.start_char)
                continue  # a name inside what someone said is not who is speaking
            if label == "ORG":
                self.organisations.append((ent.start_char, ent.text))
            if (outlet := _outlet_in(ent)) is not None:
                self.outlets.append((ent.start_char, outlet))
            if label == "PER" and (person := self.find(ent[:name_length(ent)].text)) is not None:
                person.seen.append(ent.start_char)
                previous = doc[ent.start - 1] if ent.start > 0 else None
                governed = previous is not None and previous.lower_ in OF | TO | OBLIQUE | {"pour"}
                if previous is not None and previous.lower_ in OF:
                    self.genitive.add(ent.start_char)
                    if owns_subject(ent):
                        self.owners.add(ent.start_char)
                if previous is None or not (previous.text.islower() and previous.text.endswith(("s", "x")) or governed):
                    self.after_role.add(ent.start_char)  # "le réalisateur X", not "des gouvernements X", "rallié à X"
                first = len(person.seen) == 1
                if is_subject(ent) or _relative_speaker(ent, rules) or introduced_subject(ent, first, rules.titles):
                    person.salient.append(ent.start_char)
                if opens_apposition(ent):
                    person.introduced.append(ent.start_char)
                start = introduction_start(ent)
                if start > 0 and doc[start - 1].lower_ in OBLIQUE:
                    self.oblique.add(ent.start_char)
        self.introduced += introduced_organisations(doc, text, rules.institution_nouns)  # "le syndicat Seto"
        self._note_role_subjects(doc, quoted)
        self.pronoun_subjects = _pronoun_subjects(doc)

    def _note_role_subjects(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        """ "Le chef de la diplomatie allemande a parlé de …": a sentence opening on a known role is about that person;
        one opening on "Ce viticulteur" about the person just named (demonstrative_subjects.py)."""
        for sentence in doc.sents:
            first = sentence[0]
            if first.lower_ not in DEFINITE or len(sentence) < 3 or any(s <= first.idx < e for s, e in quoted):
                continue
            noun = sentence[1]
            if not noun.is_alpha or noun.text[:1].isupper():
                continue
            person = self.by_role(noun.lower_, first.idx)
            if person is None and (gender := demonstrative_person(sentence, self.rules.unnamed_nouns)) is not None:
                person = self.last_named(gender, first.idx)  # "Ce viticulteur de 58 ans témoigne …"
            if person is not None and first.idx not in person.salient:
                person.seen.append(first.idx)
                person.salient.append(first.idx)

    def beside_pronoun_subject(self, at: int, gender: str | None) -> bool:
        """ "il a traité l'un des frondeurs, Georges X, de traître": a name in a clause whose subject is "il" is
        someone else than that "il", so a following "a-t-il crié" continues the pronoun, not the name."""
        return any(start <= at < end and own == gender for start, end, own in self.pronoun_subjects)

    @property
    def names(self) -> list[str]:
        return [text for _, text in self.organisations] + [text for _, _, text in self.introduced]

    def add(self, name: str) -> Person:
        """A new person; a first name that tells the gender gives it ("Colette", "Jean-Marc")."""
        person = Person(name=name, words=set(fold_name(name).split()), gender=first_name_gender(name))
        self.people.append(person)
        return person

    def find(self, text: str) -> Person | None:
        """The person whose fullest name holds the capitalised words of ``text`` (a surname is enough)."""
        raw = [w for w in text.replace("'", " ").replace("’", " ").split() if w[:1].isupper()]
        while raw and raw[0].lower() in self.rules.titles:
            raw.pop(0)
        words = [part for w in raw if w.lower() not in _NOT_NAMES for part in fold_name(w).split()]  # "Cohn-Bendit": two
        if not words:
            return None
        for person in self.people:
            if all(w in person.words for w in words):
                return person
        for person in self.people:  # "Emmanuel Macron" is not "Brigitte Macron", nor "Kim Yo Jong" "Kim Jong Un": a
            if words[-1] in person.words and (  # name that misses one of the person's words is another person's
                    len(words) == 1 or len(person.words) == 1 or words[0] in person.words and person.words <= set(words)):
                return person
        return None

    def organisation(self, noun: str, at: int) -> str | None:
        """The organisation "la préfecture", "le quotidien" or "l'entreprise" stands for (organisation_referents.py)."""
        chosen = organisation_referent(noun, at, self.organisations, self.introduced, self.outlets,
                                       self.rules.generic_organisation_nouns, self.rules.institution_nouns)
        return self.expand(strip_determiner(chosen)) if chosen else None

    def expand(self, name: str) -> str:
        """An acronym's full name when the article spells it out ("FDJ" → "Française des jeux")."""
        if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return name
        if name in self.spelled:
            return self.spelled[name]
        for full in self.names:
            if name in _initials(full):
                return strip_determiner(full)
        return name

    def last_named(self, gender: str | None, at: int) -> Person | None:
        """Who "ce dernier" / "cette dernière" is: the person named last before ``at``, of that gender."""
        before = [(p.seen_before(at), p) for p in self.people if p.gender in (gender, None) and p.seen_before(at) >= 0]
        return max(before, key=lambda c: c[0])[1] if before else None

    def by_role(
        self, noun: str, at: int, *, ahead_from: int | None = None, qualifiers: frozenset[str] = frozenset()
    ) -> Person | None:
        """The person last introduced before ``at`` with this role noun ("l'élue" → "l'élue LREM Cendra Motin"),
        else, given ``ahead_from``, the first one introduced with it in the next sentences
        ("…, a dit le ministre. Le ministre de la Santé, X, …"). A role qualified otherwise is another person's:
        "le député de l'Oise" is not "le député du Var X" (``qualifiers``: see qualifier_words)."""
        holders = [p for p in self.people if noun in p.roles and not self.qualified_otherwise(p, qualifiers)]
        matches = [p for p in holders if p.seen_before(at) >= 0]
        if matches:
            return max(matches, key=lambda p: p.seen_before(at))
        quoted = [(max(q), p) for p in holders if (q := [q for q in p.quoted if q <= at])]
        if quoted:  # the role was given inside a quotation ("« Le maire de Londres Sadiq Khan dit… »")
            return max(quoted, key=lambda c: c[0])[1]
        if ahead_from is None:
            return None
        later = [(min(after), p) for p in holders
                 if (after := [s for s in p.seen if ahead_from <= s <= ahead_from + _AHEAD and s in self.after_role])]
        return min(later, key=lambda c: c[0])[1] if later else None

    @staticmethod
    def qualified_alike(person: Person, qualifiers: frozenset[str]) -> bool:
        """The mention's qualifiers name the person's: "le porte-parole de Gilat" after "X, porte-parole de Gilat"."""
        return any(a[:_SAME_START] == b[:_SAME_START] for a in qualifiers for b in person.qualifiers)

    @staticmethod
    def qualified_otherwise(person: Person, qualifiers: frozenset[str]) -> bool:
        """Both the mention and the person's introduction qualify the role, with no word in common; words that
        share their first letters are one ("Fouilly" and "Fouilloy": the press misspells small places)."""
        return bool(qualifiers) and bool(person.qualifiers) and not Cast.qualified_alike(person, qualifiers)


def _pronoun_subjects(doc: Doc) -> list[tuple[int, int, str]]:
    """The sentences whose subject is "il" or "elle" (start, end, gender): as the parser tagged it, or, in a sentence
    it did not parse, a pronoun right before a finite verb or a clitic ("il a traité", "elle n'a pas")."""
    found = []
    pronouns = {doc.vocab.strings[word] for word in _SUBJECT_PRONOUNS}
    lowers = doc.to_array(LOWER)[:-1].tolist()  # a Token is built only for the few "il" and "elle"
    for i in (i for i, low in enumerate(lowers) if low in pronouns):
        token = doc[i]
        parsed = token.dep_ == "nsubj" and token.head.i > token.i
        if parsed or token.dep_ == "dep" and doc[token.i + 1].lower_ in _FINITE_AFTER_SUBJECT | _SUBJECT_CLITICS:
            sentence = token.sent
            found.append((sentence.start_char, sentence.end_char, _SUBJECT_PRONOUNS[token.lower_]))
    return found


def _masculine(noun: str) -> str:
    """ "présidente" → "président": both forms name one role."""
    return noun[:-1] if noun.endswith("e") and noun[:-1] in role_nouns() else noun


def completes_role(token: Token) -> bool:
    """ "la ministre de la Justice Nicole X": a capitalised word right after "de (la)" ends the role before a name,
    unless it is a known first name ("celui de Sophie Le Tan")."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("la", "le", "les") and token.i > 1:
        before = doc[token.i - 2].lower_
    return before in _COMPLEMENT and not common_first_name(token.text)


def generic_roles() -> frozenset[str]:
    """Role nouns that may rename a person whatever role introduced them (``rules/generic_roles.txt``)."""
    return rule_set("generic_roles.txt")


def first_name_follows(tokens: list[Token]) -> bool:
    """ "le prix Nobel Elie Wiesel": a known first name second in a capitalised run starts the name, the word before
    it ends the role, unless that word is itself a first name ("Jean Marie Dupont") or an initial ("E. Jean Carroll")."""
    first = tokens[0].text
    if not first.isalpha() or len(first) <= 2 or common_first_name(first):
        return False
    return common_first_name(tokens[1].text)


def _spelled_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out before giving them in brackets, even where NER missed the full name."""
    spelled: dict[str, str] = {}
    for match in _BRACKETED_ACRONYM.finditer(text):
        words = text[max(0, match.start() - 120): match.start()].split()[-_ACRONYM_WORDS:]
        for first in range(len(words) - 2, -1, -1):
            candidate = " ".join(words[first:])
            if words[first].split("'")[-1].split("’")[-1][:1].isupper() and match.group(1) in _initials(candidate):
                spelled.setdefault(match.group(1), strip_determiner(candidate))
                break
    return spelled


def _initial(word: str) -> str:
    return unicodedata.normalize("NFKD", word[0])[0].upper()  # "énergie" counts as E in AIEA


def _initials(name: str) -> set[str]:
    """The acronyms a name may go by: initials of all its words, of its capitalised words, of its content words."""
    words = [w.split("'")[-1].split("’")[-1] for w in strip_determiner(name).replace("-", " ").split()]
    words = [w for w in words if w[:1].isalpha()]
    return {
        "".join(_initial(w) for w in chosen)
        for chosen in (words, [w for w in words if w[0].isupper()], [w for w in words if w.lower() not in OF and len(w) > 2])
        if len(chosen) >= 2
    }


def _label(ent: Span, rules: QuoteRules) -> str:
    """The NER label, but a "person" introduced by an institution noun is an organisation ("le journal Bild"),
    and one that cannot be a person's name is nobody ("VIDEO)par", "BFMTVCe", "Musique" of "France Musique")."""
    introduced_by_noun = ent.start > 0 and ent.doc[ent.start - 1].lower_ in rules.institution_nouns
    if ent.label_ == "PER" and introduced_by_noun and not _role_follows(ent) and not (  # "la télévision X, porte-parole"
            institution_of_role(ent.doc[ent.start - 1]) and len(ent) > 1):  # "le porte-parole du parti Paul X"
        return "ORG"
    if ent.label_ == "PER" and (not _name_shaped(ent) or quoted_title(ent)):  # « Grand Rendez-vous »: a title
        return "MISC"
    if ent.label_ in ("ORG", "MISC") and not introduced_by_noun and _first_name_and_surname(ent):
        return "PER"  # "Grâce à l'écriture, Claire Martin a trouvé …" tagged ORG: a first name makes it a person
    return ent.label_


def _first_name_and_surname(ent: Span) -> bool:
    """Two or three capitalised words, the first a listed first name: a person's name, whatever the NER said;
    "le lycée Jean Moulin" is not (a place named after someone: rules/named_after_nouns.txt)."""
    words = [t for t in ent if t.is_alpha or _joining_hyphen(t)]
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in rule_set("named_after_nouns.txt"):
        return False
    return 2 <= len(ent) <= 3 and len(words) == len(ent) and all(t.text[:1].isupper() or t.text == "-" for t in ent) \
        and is_first_name(ent[0].text) and _name_shaped(ent)


def _role_follows(ent: Span) -> bool:
    """ "a déclaré à la télévision Marc X, porte-parole de …": a person's role in apposition makes the name a
    person's, whatever noun comes before it."""
    doc = ent.doc
    i = ent.end + 1
    if i < len(doc) and doc[i].lower_ in ("le", "la", "l'", "l’"):
        i += 1
    return ent.end < len(doc) and doc[ent.end].text == "," and i < len(doc) and fold_apostrophes(doc[i].lower_) in role_nouns()


def _name_shaped(ent: Span) -> bool:
    """Words made of letters (with hyphens, apostrophes, initials' dots), no acronym glued to a word, not Roman
    numerals alone ("phase II"), and not the tail of another entity's name."""
    if all(not t.text.strip("IVXLCDM") for t in ent) or any(not _NAME_WORD.fullmatch(t.text) and not _joining_hyphen(t)
           or sum(c.isupper() for c in t.text) >= 3 and any(c.islower() for c in t.text) for t in ent):
        return False
    previous = ent.doc[ent.start - 1] if ent.start > 0 else None
    return not (len(ent) == 1 and previous is not None and previous.ent_type_ not in ("", "PER") and previous.text[:1].isupper())


def _joining_hyphen(token: Token) -> bool:
    """ "Cohn-Bendit" split into three tokens: a hyphen glued to both its neighbours joins one name."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and 0 < token.i and not doc[token.i - 1].whitespace_


def _person_tail(ent: Span) -> Span | None:
    """ "Rassemblement national Marine Le Pen", "ministre de l'Economie Bruno Le Maire": the NER may tag a person's
    name as part of the organisation or role before it. A known first name after the entity's first word, opening
    a short run of capitalised name words that ends the entity, starts a person."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        if not doc[k - 1].whitespace_ or not common_first_name(doc[k].text) or common_first_name(doc[k - 1].text):
            continue  # "Jean-Michel": a first name glued to the word before is part of a compound
        words = doc[k: ent.end].text.split()
        if len(words) <= _TAIL_WORDS and all(_TAIL_WORD.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in words):
            return Span(doc, k, ent.end, label="PER")
        return None
    return None


def _noun_before(ent: Span) -> str | None:
    """The common noun that introduces a name ("le quotidien Le Parisien", "l'entreprise Statnett")."""
    doc = ent.doc
    i = ent.start - 1
    while i >= max(0, ent.start - 3) and (doc[i].text in (",",) or doc[i].lower_ in DEFINITE or doc[i].text[:1].isupper()):
        i -= 1
    if i < 0 or not doc[i].is_alpha or doc[i].text[:1].isupper():
        return None
    return doc[i].lower_


def is_subject(ent: Span) -> bool:
    """A name that is what its sentence is about: its subject, or the subject's apposition, or its opening."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubj:pass") or root.head.dep_ in ("nsubj", "nsubj:pass") and root.dep_ in ("appos", "flat:name", "nmod"):
        return True
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _FINITE_AFTER_SUBJECT | _SUBJECT_CLITICS:
        return True  # "…, M. Maas a mis en cause", "Dix ans après, X se souvient": the sentence may not have been parsed
    return ent.start - sentence_bounds(ent)[0] <= 3 or _presented(root)


def _relative_speaker(ent: Span, rules: QuoteRules) -> bool:
    """ "Cela n'a pas fait rire Marc X, qui a répliqué sur son compte": the subject of a relative clause that says
    it spoke is the one a following "a-t-il écrit" means, though the parser makes the name the main verb's object."""
    doc = ent.doc
    i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    end = sentence_bounds(ent)[1]
    if i >= end or doc[i].lower_ != "qui":
        return False
    return any(t.lower_ in rules.lemmas for t in doc[i + 1: min(end, i + 4)])


def _presented(root: Token) -> bool:
    """ "C'est au tour de Paul X de répondre", "c'est Paul X qui …": the person a presentative "c'est" puts in
    focus is what the sentence is about, though the parser makes the name the root or its complement."""
    focus = root if root.dep_ == "ROOT" else root.head if root.dep_ == "nmod" and root.head.dep_ == "ROOT" else None
    return focus is not None and any(
        child.dep_ in ("expl:subj", "nsubj") and fold_apostrophes(child.lower_) in ("c'", "ce") for child in focus.children
    )


def opens_apposition(ent: Span) -> bool:
    """ "Christian, habitant d'Arcachon, …" / "…, Marie, 34 ans, …": a name that starts its clause and is then described."""
    doc = ent.doc
    starts_clause = ent.start == sentence_bounds(ent)[0] or doc[ent.start - 1].text == ","
    if not starts_clause or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    following = doc[ent.end + 1]
    return following.is_digit or (following.is_alpha and following.text[:1].islower() and following.lower_ not in CLAUSE_WORDS)


def _outlet_in(ent: Span) -> str | None:
    """ "L'Opinion mardi 30 octobre": the outlet whose name opens an entity the NER ran into the date after it."""
    return next((ent[:k].text for k in range(len(ent), 0, -1) if news_outlet(ent[:k].text)), None)


def strip_determiner(mention: str) -> str:
    """ "le groupe" → "groupe", "l'Elysée" → "Elysée"; but "La Croix", "Le Parisien" keep the article they are
    named with (``rules/names_with_article.txt``)."""
    if fold_apostrophes(mention) in names_with_article():
        return mention
    words = mention.split()
    if words and words[0].lower() in DEFINITE:
        words = words[1:]
    elif words and words[0].lower().startswith(("l'", "l’")):
        words[0] = words[0][2:]
    return " ".join(words)
