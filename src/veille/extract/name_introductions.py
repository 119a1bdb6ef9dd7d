"""How an article introduces a named person: the phrase before the name and the apposition after it.

"le vice-ministre des Affaires étrangères Sergueï Ryabkov", "Jean Dupont, maire de Lyon,": the role nouns of that
description, the words qualifying them ("Lyon"), and the gender its opening determiner states, which cast.py keeps
with each person. A role noun after "de" or "à" is someone else's ("allié du maire", "adjoint au maire"); a verb of
saying before an inverted name ("», juge Paul X") is no role; a circumstance ("par le chef de l'État, X s'oppose")
ends the introduction at its comma.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from veille.extract.cues import QuoteRules
from veille.extract.entity_rules import fold_apostrophes
from veille.extract.entity_rules import role_words as role_nouns
from veille.extract.gender_cues import first_gender, honorific, noun_gender
from veille.extract.office_ranks import rank_before
from veille.extract.person_key import fold_name
from veille.extract.role_appositions import joins_roles, role_apposition_at
from veille.extract.role_complements import complements_noun
from veille.extract.sentence_bounds import sentence_bounds
from veille.extract.word_classes import DEFINITE, OF, TO

#: Prepositions whose complement is a circumstance, never the source ("avec", unlike "selon" or "par").
OBLIQUE = frozenset({"avec", "contre", "chez", "envers", "sans", "entre", "auprès", "vers"})
#: Words that end an introduction phrase even in a sentence the parser did not see.
CLAUSE_WORDS = frozenset({"a", "ont", "est", "sont", "avait", "était", "qui", "que", "qu'", "et", "avec", "par", "pour"})
_APPOSITION_TOKENS = 8
#: Prepositions that may continue a role before a name ("secrétaire d'État à l'Intérieur Laurent Nuñez").
_ROLE_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "chargé", "chargée", "pour"})
#: Prepositions opening a circumstance or an agent before a name: "annoncées par le chef de l'État, X s'y oppose".
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"par", "sur", "après", "avant", "depuis", "contre", "malgré", "dans", "avec",
                                        "chez", "lors", "dès", "durant", "pendant", "comme"})


def introduction_start(ent: Span) -> int:
    """First token of the phrase introducing a name ("la porte-parole du ministère, Maria Zakharova").

    None for a name after "de": "l'avocat de X", "la fille de X", "le premier coup d'éclat de X" describe
    someone or something else, so their role and determiner say nothing about X."""
    doc = ent.doc
    first = ent.start
    if first > 0 and doc[first - 1].lower_ in OF:
        return first
    limit = max(sentence_bounds(ent)[0], ent.start - 14)
    while first - 1 >= limit:
        token = doc[first - 1]
        if token.pos_ in ("VERB", "AUX", "SCONJ", "PRON") or (token.is_punct and token.text != ",") or token.ent_type_ == "PER" or (
            token.lower_ in CLAUSE_WORDS and not (token.lower_ == "et" and doc[first].lower_ in OF)  # "de soul et de folk"
        ) or (
            token.pos_ == "ADP" and token.lower_ not in OF and (token.lower_ not in _ROLE_PREPOSITIONS or first == ent.start)
        ):
            break
        first -= 1
    apposed = ent.end >= len(doc) or doc[ent.end].is_punct  # "avec la secrétaire d'État, Anne X.": her role
    if first > limit and _circumstance_opening(doc[first - 1]) and not apposed:  # "par le chef de l'État, X s'oppose"
        first = min((t.i + 1 for t in doc[first: ent.start] if t.text == ","), default=first)
    return first


def _circumstance_opening(token: Token) -> bool:
    """ "par", "sur", "après": a preposition that opens a circumstance or an agent, not a role's ("Selon le
    porte-parole, X" and "Pour la cheffe du parti, X" still introduce X), so the comma that closes it ends the phrase.
    A word list, not the tagger's ADP, which it gives to "TV" in "la télévision Antenna TV le maire de Y, X"."""
    return token.lower_ in _CIRCUMSTANCE_PREPOSITIONS


def description(ent: Span) -> list[Token]:
    """The words describing a name: the introduction before it and an apposition after it ("X, maire de Y,"),
    unless a preposition governs the name ("la garde à vue de X, l'avocat de Y a …": the comma ends a circumstance)."""
    doc = ent.doc
    words = list(doc[introduction_start(ent): ent.start])
    governed = ent.start > 0 and doc[ent.start - 1].lower_ in OF | TO | OBLIQUE | {"pour"}  # not "selon X, maire de Y"
    end = sentence_bounds(ent)[1]
    if ent.end < len(doc) - 1 and doc[ent.end].text == "," and (not governed or role_apposition_at(doc, ent.end + 1, end)):
        for token in doc[ent.end + 1: min(end, ent.end + 1 + _APPOSITION_TOKENS)]:  # "Pour X, l'expéditeur …": a subject
            if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or token.lower_ in CLAUSE_WORDS \
                    and not (governed and joins_roles(doc, token.i)):  # "Pour X, vice-présidente et porte-parole"
                break
            words.append(token)
    return words


def role_words(ent: Span, rules: QuoteRules) -> set[str]:
    """Lower-case nouns of the introduction before a name and of an apposition after it ("X, maire de Y,"),
    without the role of the person a noun is related to ("Allié du maire de Lyon, X": X is no mayor)."""
    words = [t for t in description(ent) if not (t.lower_ in role_nouns() and complements_noun(t) and not _titles(t, ent))]
    words = [t for t in words if not _incise_verb(t, ent, rules)]
    words += [t for t in ent if t.lower_ in rules.titles]
    common = [t for t in words if not t.text[:1].isupper() or t.text.isupper() and t.lower_ in role_nouns()]  # "PDG"
    return {t.lower_ for t in common if t.is_alpha and t.lower_ not in OF and len(t) > 2} | {
        t.lower_ for t in words if "-" in t.text and t.text[:1].islower()
    } | _demonym(ent)


def _titles(token: Token, ent: Span) -> bool:
    """ "le cas du professeur X", "les propos de la ministre Y": a role noun right before the name, after "de", is
    that name's own title, though it completes another noun (as role_complements.completes_other_role reads "l'avocat
    du ministre X": X is the minister); not after "à" ("adjoint au maire X")."""
    doc, i = token.doc, token.i - 1
    if i > 0 and doc[i].lower_ in DEFINITE:
        i -= 1  # "de la ministre"
    return token.i == ent.start - 1 and i >= 0 and doc[i].lower_ in OF


def _incise_verb(token: Token, ent: Span, rules: QuoteRules) -> bool:
    """ "« … », juge Gérard X", "C'est grave, critique Paul Y": a verb of saying right after a comma and right before
    the name, with no determiner, is an incise with its subject inverted, whatever the tagger reads; not the
    person's title ("le juge Gérard X" has its article)."""
    doc = token.doc
    return token.i + 1 == ent.start and token.i > 0 and doc[token.i - 1].text == "," and token.lower_ in rules.lemmas


def qualifier_words(tokens: list[Token]) -> set[str]:
    """ "le député de l'Oise" → {"oise"}: the capitalised words of the complement after a role noun, which tell
    whose or where the role is; "le député du Var" is then someone else than "le député de l'Oise". A label
    without "de" ("la députée LREM") tells a party many share, not the role's own place; a rank does ("Premier")."""
    role = next((k for k, t in enumerate(tokens) if fold_apostrophes(t.lower_) in role_nouns() and not complements_noun(t)), None)
    of = next((k for k in range(role + 1, len(tokens)) if tokens[k].lower_ in OF), None) if role is not None else None
    rank = rank_before(tokens, role) if role is not None else set()  # "le Premier ministre" is not "le ministre de X"
    if of is None:
        return rank
    words = {w for t in tokens[of + 1:] if t.text[:1].isupper() for w in fold_name(t.text).split()}
    return words - {"de", "du", "des", "d", "la", "le", "les", "l"} | rank


def _demonym(ent: Span) -> set[str]:
    """ "l'Américaine Jenny X", "le Lyonnais Paul Y": French capitalises a nationality or origin used as a noun,
    and "l'Américaine" later stands for that person. An organisation is not a role ("l'UMP Jean Z")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 2].lower_ not in DEFINITE:
        return set()
    noun = doc[ent.start - 1]
    return {noun.lower_} if noun.is_alpha and noun.text[:1].isupper() and noun.ent_type_ not in ("PER", "ORG") else set()


def introduction_gender(ent: Span) -> str | None:
    """Gender from the phrase introducing a name: the determiner opening it ("le vice-ministre … de la République, X").

    Only an opening determiner counts: in "Forte de trente ans d'expérience dans un hôpital public, X" the
    "un" belongs to "hôpital", not to X."""
    doc = ent.doc
    if gender := honorific(ent):  # "…pour la reprise, M. Caballero": the title is nearest
        return gender
    introduction = doc[introduction_start(ent): ent.start]
    roles = [t for t in introduction if fold_apostrophes(t.text) in role_nouns()]  # not "de son côté"
    return first_gender([t.lower_ for t in introduction[:1]] + [ent[0].lower_]) or noun_gender(roles)
