"""Who "il", a role or an unattributed quotation stands for when the mention names no one: salience.

News reports chain quotes, so the speaker chain comes first (the last compatible source quoted), then the
people named since as subjects, then mere mentions, which count as if written earlier; a source that opens
an article before any name is the next person named. speakers.py decides what a mention is; this module
only ranks the people and sources it may stand for.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from veille.extract.cast import Cast, Person
from veille.extract.entity_rules import news_outlet
from veille.extract.incise_relatives import relative_tails

#: How far (characters) around a quote a mention or a name ahead is looked for.
WINDOW = 400
_HONORIFIC = re.compile(r"\b(?:M\.|Mme|Madame|Monsieur)\s")
#: A name that is not a subject counts as if written this many characters earlier when ranking referents.
_MENTION_PENALTY = 150


def most_recent(
    cast: Cast, recent: list, gender: str | None, at: int, *, people_only: bool = False, nearby: int | None = None,
    exclude: frozenset[str] = frozenset(), pronoun: bool = False, doc: Doc | None = None,
) -> tuple[str | None, bool]:
    """Who "il", a role or an unattributed quotation stands for: the speaker chain first.

    News reports chain quotes: a pronoun or a floating quotation continues the previous
    speaker unless a compatible person has become the subject of a sentence since then, or,
    for a floating quotation, was named in its sentence or the one before ("Christian,
    habitant d'Arcachon, « … »"), or, for a pronoun when the previous speaker is no known
    person ("le patron du bar"), a person of the pronoun's gender was named since. Without a previous speaker, the latest
    compatible person wins, subjects before mere mentions; a pronoun no earlier person of its gender fits is
    the next one of that gender named ("…, explique-t-elle. Laetitia X …") before a name of unknown gender.
    A ``pronoun`` ("il", "elle") skips names that complete a noun ("la décision de X") or the subject ("le
    ministre de X a dit", speaker_owners.py): a role noun may still be a person named so ("au grand dam de X").
    After a speaker of unknown gender, a role of a gender goes to a person of that gender just named, but a pronoun
    only to one named since that speaker's quotation: the others were there when the pronoun chose to go on.
    Given the ``doc``, a pronoun's "since" moves past a clause that ends the speaker's own sentence ("…, a dit X,
    de l'institut que Y dirigeait": not Y; incise_relatives.py).
    """
    tails = relative_tails(doc, recent, at) if doc is not None else {}
    chain = [r for r in recent if r[0] <= at and r[1] not in exclude and _compatible(r, gender, cast, people_only)]
    if chain and gender in ("Masc", "Fem") and (last := cast.find(chain[-1][1])) and last.gender is None:
        floor = tails.get(chain[-1][0], chain[-1][0]) if pronoun else max(0, at - WINDOW)  # "« … », annonce Takis X.
        # « … », poursuit-il": him
        exact = [(p.seen_before(at), p) for p in cast.people if p.gender == gender and p.name not in exclude and
                 floor <= p.seen_before(at) and p.seen_before(at) not in cast.genitive]  # not "de M. X"
        if exact:  # "la chroniqueuse" after a speaker of unknown gender: the woman just named
            return max(exact, key=lambda c: c[0])[1].name, True
    if chain:
        since = tails.get(chain[-1][0], chain[-1][0])
        newer = [(p.seen_before(at, salient_only=True), p.name, p.gender, True) for p in cast.people]
        if nearby is not None or (gender in ("Masc", "Fem") and cast.find(chain[-1][1]) is None):
            floor = since if nearby is None else max(since, nearby)
            if nearby is not None:
                named = [(p.introduced_before(at), p.name, p.gender, True) for p in cast.people]
            else:  # exact gender first, then people whose gender the text does not give
                named = [(_seen_as_head(cast, p, at) if pronoun else p.seen_before(at), p.name, p.gender, True)
                         for p in cast.people if p.gender == gender and (pronoun or p.seen_before(at) not in cast.oblique)]
                named = [c for c in named if c[0] > floor] or [
                    (p.seen_before(at), p.name, p.gender, True) for p in cast.people if p.gender is None
                ]
            newer += [c for c in named if c[0] > floor]
        newer = [c for c in newer if c[0] > since and c[1] not in exclude and _compatible(c, gender, cast, people_only)]
        if newer:
            _, name, _, named = max(newer, key=lambda c: c[0])
            return name, named
        return chain[-1][1], chain[-1][3]
    candidates: list[tuple[int, str, str | None, bool]] = []
    salient = [(_seen_as_head(cast, p, at, salient_only=True) if pronoun else p.seen_before(at, salient_only=True),
                p.name, p.gender, True) for p in cast.people]
    others = [(_seen_as_head(cast, p, at) if pronoun else p.seen_before(at), p.name, p.gender, True) for p in cast.people]
    others = [c for c in others if not cast.beside_pronoun_subject(c[0], gender)]
    candidates += [c for c in salient if c[0] >= 0 and c[1] not in exclude]
    candidates += [(c[0] - _MENTION_PENALTY, *c[1:]) for c in others if c[0] >= 0 and c[1] not in exclude]
    if gender in ("Masc", "Fem"):  # "…, rapporte Le Parisien. « … », a-t-elle expliqué": the outlet relays her
        candidates = [c for c in candidates if not news_outlet(c[1])]
    if gender == "Plur":
        plural = [c for c in candidates if " et " in c[1]]
        candidates = plural or candidates
    elif gender is not None:
        exact = [c for c in candidates if c[2] == gender]
        if not exact and gender in ("Masc", "Fem"):
            ahead = named_next(cast, gender, at, exclude=exclude, known_gender=True)
            if ahead[0] is not None:  # "…, explique-t-elle. Laetitia X": the woman named next
                return ahead
        candidates = exact or [c for c in candidates if c[2] is None]
    if not candidates:
        return named_next(cast, gender, at, exclude=exclude)
    _, name, _, named = max(candidates, key=lambda c: c[0])
    return name, named


def chain_is_body(cast: Cast, recent: list, gender: str, at: int) -> bool:
    """Whether "il"/"elle" at ``at`` would go on with a named source that is none of the article's people (a body, a
    place): "« … », a ironisé SOS Racisme. La députée a été interrogée … elle s'est prononcée contre". A person
    description made subject since says the pronoun stands for a person, so the chain cannot be what it continues."""
    name, named = most_recent(cast, recent, gender, at, pronoun=True)
    return name is not None and named and cast.find(name) is None


def _seen_as_head(cast: Cast, person: Person, at: int, *, salient_only: bool = False) -> int:
    """Where ``person`` was last named before ``at`` as someone acting, -1 if never: "la décision de X" or "avec X"
    names X as whose decision or whose company, so a following "il" is the subject of that sentence, not X; nor is
    X the subject of "le ministre de X a remporté …". A person only ever named so keeps that place."""
    if salient_only:  # "c'est au tour de X de répondre" keeps X in focus
        return max((p for p in person.salient if p <= at and p not in cast.owners), default=-1)
    seen = [p for p in person.seen if p <= at and p not in cast.oblique]
    acting = [p for p in seen if p not in cast.genitive]
    return max(acting or seen, default=-1)  # "la lettre de Lady Di … écrit-elle": she was named no other way


def _compatible(candidate: tuple[int, str, str | None, bool], gender: str | None, cast: Cast, people_only: bool) -> bool:
    """Gender and number do not contradict the mention; an organisation may be "elle" or "il", never a role noun,
    nor a newspaper that relays what the person it interviewed said ("selon Le Parisien, … », a-t-il dit")."""
    _, name, own, named = candidate
    person = cast.find(name)
    own = person.gender if person is not None and person.gender else own  # learnt since ("a-t-il ajouté")
    if people_only and (person is None or not named):
        return False
    if gender == "Plur":
        return " et " in name or (person is None and not named)
    if gender in ("Masc", "Fem"):  # "…, a raconté un témoin. « … », a-t-il ajouté": an unnamed source of that gender too
        return (own == gender or own is None and named) and not news_outlet(name)  # "selon Le Parisien" relays someone
    return True


def named_next(
    cast: Cast, gender: str | None, at: int, window: int = WINDOW, *, text: str | None = None,
    exclude: frozenset[str] = frozenset(), known_gender: bool = False,
) -> tuple[str | None, bool]:
    """A lead that opens on a quotation names its speaker just after ("« … » : c'est la défense de X");
    a role that opens an article before any name ("le patron du bar") is the next person it names with "M."/"Mme"."""
    ahead = [
        (min(p for p in person.seen if p > at), person)
        for person in cast.people
        if person.name not in exclude and any(at < p <= at + window for p in person.seen)
    ]
    genders = (gender,) if known_gender else (gender, None)
    ahead = [(p, person) for p, person in ahead if gender in (None, "Plur") or person.gender in genders]
    if text is not None:  # only someone the text names with an honorific
        ahead = [(p, person) for p, person in ahead if _HONORIFIC.search(text, max(0, p - 6), p + 5)]
    if not ahead:
        return None, False
    return min(ahead, key=lambda c: c[0])[1].name, True
