"""The gender the words around a name tell: a determiner, a pronoun, an honorific or a role noun.

Kept apart from ``cast.py`` (which reads the introduction phrase) because the cues are plain word tests, and because
an honorific is the one cue that must beat the first-name lists: "M. Kato" is a man even though the world's lists
hold "Kato" as a woman's first name."""

from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import role_words

FEMININE_CUES = frozenset({"la", "une", "mme", "madame", "elle", "cette", "sa"})  # "sa" only goes with a feminine noun
MASCULINE_CUES = frozenset({"le", "un", "m.", "monsieur", "il", "ce", "cet"})
_FEMININE_ENDINGS = ("rice", "euse", "esse", "ée", "elue", "élue", "ienne", "ière", "ante", "ente", "oise")
_HONORIFICS = {"m.": "Masc", "monsieur": "Masc", "mme": "Fem", "mme.": "Fem", "madame": "Fem", "mlle": "Fem"}


def honorific(ent: Span) -> str | None:
    """The gender of "M." or "Mme" just before or opening a name ("…pour la reprise, M. Caballero")."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return _HONORIFICS.get(before) or _HONORIFICS.get(ent[0].lower_)


def own_honorific(ent: Span, name: str, person_name: str) -> str | None:
    """The honorific's gender when ``name`` (the name ``ent`` gives) opens with the person's own first word.

    A first-name list guesses from a word that may be a surname ("M. Kato", "Mme Ibrahim"); the honorific is the
    writer's word, so it wins. It does not when the name only found the person by a later word: "Mme Macron" found
    as "Emmanuel Macron" is another person, whose gender stays."""
    own = person_name.split()[:1] == name.split()[:1]
    return honorific(ent) if own else None


def noun_gender(tokens: list) -> str | None:
    """Gender of the first role noun the tagger gives one ("l'actrice …" is Fem though "l'" says nothing)."""
    for token in tokens:
        if token.pos_ == "NOUN" and token.morph.get("Gender") and token.morph.get("Number") != ["Plur"]:
            return "Fem" if token.morph.get("Gender") == ["Fem"] else "Masc"
    return None


def first_gender(words: list[str]) -> str | None:
    """The gender of the first word that tells one ("la", "M.", "ce")."""
    for word in words:
        if word in FEMININE_CUES:
            return "Fem"
        if word in MASCULINE_CUES:
            return "Masc"
    return None


def epicene_role(noun: str) -> bool:
    """ "ministre", "secrétaire", "porte-parole": a role noun in "-e" with one form for both genders (not "avocate",
    the feminine of a listed "avocat")."""
    return noun.endswith("e") and noun in role_words() and noun[:-1] not in role_words() and noun + "e" not in role_words()


def suffix_gender(noun: str) -> str | None:
    """ "l'élue", "l'actrice", "l'avocate": a feminine ending tells what the elided article does not, and so does
    a role noun whose feminine form the role list holds ("l'avocat" beside "avocate"), or a participle made a noun
    ("l'attaché", "l'employé"; not "-té": "l'autorité")."""
    if noun.endswith(_FEMININE_ENDINGS) or noun.endswith("e") and noun[:-1] in role_words():
        return "Fem"
    return "Masc" if noun + "e" in role_words() or noun.endswith("é") and not noun.endswith("té") else None
