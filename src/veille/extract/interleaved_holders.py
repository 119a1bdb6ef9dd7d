"""The named person a role left as written stands for: "« … », a justifié le préfet. « … », a prévenu Paul X."

A wire story often names a well-known person with no role at all ("Paul X" alone, the reader is meant to know him)
and quotes him in turns as "le préfet" and as "Paul X", the role before the name as often as after it. No
introduction links the two, so speakers.py leaves the role as an unnamed source. But a source the article never
names does not take turns with a named one inside the same run of quotations: when, among the quotations right
before and after the role's, exactly one is given by name ("a prévenu Paul X", not "la directrice" resolved to
someone) to a person who fits the role (of its gender, introduced with that role or with none, and not the person
its complement names: "l'avocat de Paul X" speaks for Paul X), the role is that person. Everything given to the
role (its pronouns too, which took its wording) goes to the person.
"""
from __future__ import annotations

from dataclasses import replace

from veille.article import Quote
from veille.extract.cast import Cast, Person, strip_determiner
from veille.extract.entity_rules import fold_apostrophes, mention_words, news_outlet, role_words
from veille.extract.person_key import fold_name, person_key
from veille.extract.word_classes import DEFINITE, FORMER, NOT_YET, OF

_ARTICLES = {"le": "Masc", "la": "Fem", "l'": None}
#: A past or future office ("l'ancien préfet", "l'ex- préfet", "le futur préfet") is no clue to who holds it now.
_FORMER = FORMER | NOT_YET | {"ex-"}


def role_noun(quote: Quote) -> tuple[str, str | None] | None:
    """The role noun and gender of a quote's speaker left as its own definite description ("le préfet de police",
    "le Président du Sénat"): the speaker is the mention as written, without or with its article. A role noun
    with an adjective ("l'avocat général") is another role, which nobody introduced with the noun alone holds."""
    mention = quote.speaker_mention or ""
    if not quote.speaker or fold_name(strip_determiner(mention)) != fold_name(strip_determiner(quote.speaker)):
        return None
    if _names_inside(mention):
        return None  # "le Père Iginio X": a name, not a role
    words = [fold_apostrophes(w) for w in mention_words(mention)]
    if len(words) < 2 or words[0] not in _ARTICLES or words[1] in _FORMER or words[1] not in role_words():
        return None
    compound = len(words) > 2 and words[2].isalpha() and words[2] not in OF  # "l'avocat général": not "l'avocat X"
    return " ".join(words[1:3] if compound else words[1:2]), _ARTICLES[words[0]] or _written_gender(words[1])


def _names_inside(mention: str) -> bool:
    """A capitalised word right after the role noun, with no "de" before it: "le Père Iginio X", "le président
    Macron"; not "le Président du Sénat"."""
    words = mention_words(mention)
    return len(words) > 2 and words[2][:1].isupper()


def _owner(quote: Quote, cast: Cast) -> Person | None:
    """The person a role's complement names ("l'avocat de Paul X"): the role speaks for them, it is not them."""
    return cast.find(" ".join(mention_words(quote.speaker_mention or "")[2:]))


def _written_gender(noun: str) -> str | None:
    """ "l'avocat": masculine when the role list has a feminine form of its own ("avocate"); "l'élue": feminine."""
    if noun + "e" in role_words():
        return "Masc"
    return "Fem" if noun.endswith("e") and noun[:-1] in role_words() else None


def _fits(person: Person, noun: str, gender: str | None, complement: set[str]) -> bool:
    """Of the role's gender, and introduced with that role, qualified alike when both qualify it ("l'avocat de
    l'homme" is not "X, avocat de l'association"), or with no role: "le leader de la CGT Paul X" is described by his
    own role, not by the prefect's. Never a newspaper the parser took for a person."""
    if news_outlet(person.name) or gender is not None and person.gender not in (gender, None):
        return False
    if person.holds(noun):
        introduction = {fold_name(w) for w in person.roles | person.qualifiers}
        return not complement or bool(complement & introduction)
    return not person.roles & role_words()


def _complement(quote: Quote) -> set[str]:
    """The words after the role noun, folded, but "de" and articles: "du syndicat Alliance" → syndicat, aliance."""
    words = [fold_apostrophes(w) for w in mention_words(quote.speaker_mention or "")[2:]]
    return {fold_name(w) for w in words if w not in OF and w not in DEFINITE}


def _neighbours(quotes: list[Quote], members: set[int]) -> set[int]:
    """The quotations right before and right after each run of the role's quotations."""
    found: set[int] = set()
    for i in members:
        for j in (i - 1, i + 1):
            if 0 <= j < len(quotes) and j not in members:
                found.add(j)
    return found


def interleaved_holders(quotes: list[Quote], cast: Cast) -> list[Quote]:
    """``quotes`` with every quotation given to an unnamed definite role ("le préfet …") given instead to the one
    person named as the source of a quotation next to the role's who fits it."""
    wordings: dict[str, set[str]] = {}  # role noun → the speakers written with it ("le préfet", "le préfet de police")
    genders: dict[str, str | None] = {}
    owners: dict[str, set[str]] = {}
    complements: dict[str, set[str]] = {}
    for quote in quotes:
        if (role := role_noun(quote)) is not None:
            wordings.setdefault(role[0], set()).add(fold_name(quote.speaker or ""))
            genders[role[0]] = role[1] or genders.get(role[0])
            owners.setdefault(role[0], set()).update(owner.name for owner in [_owner(quote, cast)] if owner)
            complements.setdefault(role[0], set()).update(_complement(quote))
    groups = {noun: {i for i, q in enumerate(quotes) if fold_name(q.speaker or "") in spoken}  # "selon lui" too
              for noun, spoken in wordings.items()}
    result = list(quotes)
    for noun, members in groups.items():
        around = {person.name: person for j in _neighbours(quotes, members)  # named as the source, not "la directrice"
                  if quotes[j].named and (person := cast.find(quotes[j].speaker or "")) is not None
                  and cast.find(quotes[j].speaker_mention or "") is person}
        fitting = [person for person in around.values()
                   if _fits(person, noun, genders[noun], complements[noun]) and person.name not in owners[noun]]
        if len(fitting) != 1:
            continue
        for i in members:
            result[i] = replace(quotes[i], speaker=fitting[0].name, named=True, speaker_id=person_key(fitting[0].name))
    return result
