"""The gender a role mention's own words tell: "la ministre", "l'ancienne ministre" are a woman, "l'ancien
ministre" a man.

"l'" hides the gender of an epicene role noun ("ministre", "secrétaire d'État", "porte-parole"), so without the
adjective the speaker rules would take up whoever was quoted last, a man as readily as a woman; an adjective with
two written forms (rules/gendered_adjectives.txt) settles it. And a role noun is no licence to cross genders: "la
ministre" is not the man the article introduced as "le ministre de l'Intérieur X". An unnamed "la mère" is a
woman whom "a-t-elle ajouté" continues.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from veille.extract.entity_rules import rule_set

#: Endings of a role noun's feminine form ("chanteuse", "directrice", "avocate"): the noun itself tells the gender.
_FEMININE_ENDINGS = ("euse", "rice", "esse", "ienne", "ière", "ante", "ente", "ée")
#: Prepositions after a fronted participle: "Interrogée sur", "Contacté par", "Arrivée à".
_AFTER_PARTICIPLE = frozenset(
    {"sur", "par", "à", "au", "aux", "en", "dans", "pour", "lors", "après", "depuis", "devant"})
_POSSESSIVE = frozenset({"sa", "son", "ses", "leur", "leurs"})
#: Determiners that tell the gender of the noun they open (a closed class).
_DETERMINER_GENDER = {"le": "Masc", "ce": "Masc", "cet": "Masc", "un": "Masc",
                      "la": "Fem", "cette": "Fem", "une": "Fem"}


@cache
def _forms() -> dict[str, str]:
    """ "ancien ancienne" → {"ancien": "Masc", "ancienne": "Fem"}."""
    forms: dict[str, str] = {}
    for line in rule_set("gendered_adjectives.txt"):
        masculine, feminine = line.split()
        forms[masculine], forms[feminine] = "Masc", "Fem"
    return forms


def adjective_gender(words: list[str]) -> str | None:
    """The gender the first gendered adjective among ``words`` (lower-cased) gives, if any."""
    return next((_forms()[w] for w in words if w in _forms()), None)


def gender_fits(person_gender: str | None, words: list[str], noun: str) -> bool:
    """Whether a person of ``person_gender`` may be the one a mention's lower-cased ``words``, headed by the role
    ``noun``, describe: "la ministre sociale", "le chef de l'État" are no woman and no man introduced with that role
    noun; a person or mention of unknown gender fits, and so does any holder of a role noun whose ending gives its
    gender ("la chanteuse X": the noun says it, where the cast may have guessed her gender wrong)."""
    if noun.endswith(_FEMININE_ENDINGS):
        return True
    stated = _DETERMINER_GENDER.get(words[0]) if words else None
    stated = stated or adjective_gender(words[1:3])
    return stated is None or person_gender in (None, stated)


def kin_nouns(words: list[str]) -> frozenset[str]:
    """The nouns for a relative, a man or a woman (rules/kin_nouns.txt) that make an unnamed mention a person whom a
    later "il"/"elle" continues: "la mère", "un homme"; none after a possessive, as "sa fille" is met in dialogue
    with the person it relates to, whom "répond-elle" more likely takes up."""
    return frozenset() if words and words[0] in _POSSESSIVE else rule_set("kin_nouns.txt")


def fronted_participle_gender(span: Span) -> str | None:
    """ "Interrogée sur ce terme, l'ex-garde des Sceaux a déploré …": a past participle opening the sentence agrees
    with the subject the comma leads to, so it tells the gender an elided article and an epicene noun hide. Only a
    participle followed by a preposition ("Interrogée sur", "Contacté par"), and one comma before the mention."""
    doc = span.doc
    opening = doc[span[0].sent.start: span.start]
    if len(opening) < 3 or opening[-1].text != "," or sum(t.text == "," for t in opening) != 1:
        return None
    first, second = opening[0].lower_, opening[1].lower_
    if not opening[0].text[:1].isupper() or second not in _AFTER_PARTICIPLE:
        return None
    return "Fem" if first.endswith(("ée", "ées")) else "Masc" if first.endswith(("é", "és")) else None
