"""Names that become what the text is about without being a parsed subject: "Depuis son bureau, Abid X contemple …",
"Pas de quoi convaincre Jean X, directeur de recherche au CNRS".

The parser only runs on sentences that hold a quotation or a cue, so the sentence that introduces the next speaker
often has no dependencies at all, and the cast cannot see that its name is its subject. Two surface shapes say so:
a name right after a fronted circumstance that opens the sentence ("Depuis son bureau, X …", "À Lyon, X …"), and a
person named for the first time after a verb, with a role or an age in apposition ("… répondu Olivier X, patron
de …", "Pas de quoi convaincre Jean X, directeur de …"), the way the press presents the one it quotes next; not a
name governed by a preposition or a conjunction, nor one set after a comma in an enumeration. A following
"conclut-il" is then that person, not the speaker before.
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import role_words
from veille.extract.mentions import FRONTED
from veille.extract.sentence_bounds import sentence_bounds
from veille.extract.word_classes import OF, THIRD_PERSON, TO

#: At most this many tokens, comma included, before the name: "Dans un entretien publié dimanche," is a
#: circumstance; "À l'époque il avait mis en cause les directeurs de X," is a clause and its name a complement.
_CIRCUMSTANCE_TOKENS = 8
#: Prepositions and conjunctions that make the name after them a complement: "à la même table que X, conseiller".
_GOVERNING = frozenset({"par", "pour", "avec", "sans", "chez", "contre", "entre", "envers", "vers", "auprès", "sur",
                        "dans", "en", "selon", "comme", "que", "qu'", "qu’", "et", "ou", "ni"})


def introduced_subject(ent: Span, first_mention: bool, titles: frozenset[str]) -> bool:
    """Whether the person entity ``ent`` is what its sentence is about by one of the two surface shapes."""
    doc, (start, end) = ent.doc, sentence_bounds(ent)
    opening = doc[start: ent.start]
    if 1 < len(opening) <= _CIRCUMSTANCE_TOKENS and opening[-1].text == "," and opening[0].lower_ in FRONTED and \
            sum(t.text == "," for t in opening) == 1 and not any(t.lower_ in THIRD_PERSON for t in opening):
        return True  # "Depuis son bureau, Abid X contemple": one short fronted circumstance, no clause, then the name
    if not first_mention or ent.end + 1 >= end or doc[ent.end].text != "," or ent.start == start:
        return False
    previous = doc[ent.start - 1]
    if not (previous.is_alpha and previous.text.islower()) or previous.lower_ in _GOVERNING | OF | TO:
        return False  # "un courrier à Patrick X, le PDG de Total", "les directeurs, Bechir X, …": not who speaks
    following = doc[ent.end + 1: min(end, ent.end + 4)]
    return following[0].is_digit or any(t.lower_ in role_words() or t.lower_ in titles for t in following)
