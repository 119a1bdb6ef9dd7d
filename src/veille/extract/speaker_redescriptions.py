"""The speaker just quoted, described again with another role noun: "…, souligne Florence X, directrice du studio.
« … », reconnaît la productrice".

A person introduced only with other specific roles is normally someone else ("le gouverneur" is not "le maire
Paul X", cast.Person.holds_other_role). But journalists vary the words for the person they are quoting ("le
député de Paris" for the government spokesman just quoted, "la journaliste" for a spokeswoman), so a role noun
no one in the article was introduced with, written in the next sentences after a named person's quotation with
no other person named in between, takes up that person: a new source would be introduced or named. Not a role
the article wrote before that person was named (it meant someone else then), nor a role that speaks for someone
else ("a ajouté le porte-parole", rules/proxy_roles.txt).
"""
from __future__ import annotations

import re

from veille.extract.cast import Cast
from veille.extract.entity_rules import rule_set

#: How far (characters) after the quotation a new noun may still describe its speaker again.
_REACH = 1000


def redescribed_speaker(cast: Cast, recent: list, noun: str, at: int, text: str) -> str | None:
    """The name of the named speaker just quoted whom ``noun`` at ``at`` describes again, else None."""
    if not recent or not recent[-1][3] or not 0 <= at - recent[-1][0] <= _REACH or noun in rule_set("proxy_roles.txt"):
        return None  # "a ajouté le porte-parole": someone speaking for the person just quoted
    last = recent[-1][1]
    if any(person.holds(noun) for person in cast.people):
        return None  # "le maire": the person introduced so, whoever spoke last
    if any(recent[-1][0] < seen < at for person in cast.people if person.name != last for seen in person.seen):
        return None  # someone named since: the role may be theirs
    person = cast.find(last)
    named = min(person.seen, default=at) if person is not None else at
    if re.search(rf"\b{re.escape(noun)}\b", text[:named], re.IGNORECASE):
        return None  # "ne fait pas rire le maire de X … Paul Y": the role meant someone before Paul Y was named
    return last
