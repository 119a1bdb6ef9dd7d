"""A definite unnamed-source noun written alone takes up the person just quoted: "souligne l'enquêteur".

"un témoin", "les enquêteurs", "une habitante" are sources the text does not name, and stay as written. But the
definite singular alone ("l'enquêteur", "le spécialiste", "la riveraine") is how a report names again someone it
has just quoted by name ("…, explique Paul X, l'un des étudiants enrôlés. … souligne l'enquêteur"), as it does with
"l'expert": the person of that gender the speaker chain is on. When the article wrote the noun with an indefinite
before ("un enquêteur a raconté … a ajouté l'enquêteur"), the definite takes up that unnamed source instead, and the
mention stays as written; so does a noun the chain has no named person for.
"""
from __future__ import annotations

import re

from veille.extract.cast import Cast
from veille.extract.entity_rules import rule_set
from veille.extract.speaker_salience import most_recent

_GENDERS = {"le": "Masc", "la": "Fem"}
_ELIDED = frozenset({"l'", "l’"})
_FEMININE = ("rice", "ante", "ine", "oise")  # "l'enquêtrice", "l'habitante", "la riveraine"


def taken_up_person(words: list[str], text: str, at: int, cast: Cast, recent: list) -> tuple[str, bool] | None:
    """The named person the definite noun ``words`` (lower-cased mention words, "l'" and the noun) written at
    ``at`` takes up, from the speaker chain ``recent``; None when the mention is no such noun alone, when the noun
    was written with an indefinite before, or when the chain gives no named person."""
    if len(words) != 2 or words[0] not in _ELIDED | _GENDERS.keys() or words[1] not in rule_set("person_sources.txt"):
        return None
    noun = words[1]
    gender = _elided_gender(noun) if words[0] in _ELIDED else _GENDERS[words[0]]
    if re.search(rf"\b(?:un|une|d'autres|des|plusieurs)\s+(?:\w+\s+)?{re.escape(noun)}s?\b", text[:at], re.IGNORECASE):
        return None  # "un enquêteur … l'enquêteur": the unnamed one again
    name, named = most_recent(cast, recent, gender, at, people_only=True)
    return (name, True) if name is not None and named else None


def _elided_gender(noun: str) -> str | None:
    """ "l'enquêtrice" is a woman, "l'enquêteur" a man; "l'observateur", "l'habitant" too; "l'épicène" neither."""
    if noun.endswith(_FEMININE):
        return "Fem"
    return None if noun.endswith("e") else "Masc"
