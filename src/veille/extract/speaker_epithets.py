"""A capitalised epithet for a person: "l'Insoumis", "la Française", "l'Ivoirien" (``rules/epithet_endings.txt``).

French capitalises a nationality, an origin or a party's members used as a noun. After "le", "la" or "l'", alone,
such a noun stands for a person the article is about, whom the text named before; it is no name itself ("Insoumis"
is nobody's name), so with no one to take up it stays the description it is.
"""
from __future__ import annotations

from veille.extract.entity_rules import mention_words, rule_set

_ARTICLES = {"le": "Masc", "la": "Fem", "l'": None, "l’": None}


def epithet(mention: str) -> bool:
    """ "l'Insoumis", "la Française": a singular definite article and one capitalised word with an epithet ending;
    not an acronym ("le PiS")."""
    words = mention_words(mention)
    return len(words) == 2 and words[0].lower() in _ARTICLES and words[1].istitle() and words[1].isalpha() and any(
        words[1].lower().endswith(ending) for ending in rule_set("epithet_endings.txt"))


def epithet_gender(mention: str) -> str | None:
    """The gender the article gives, else the ending: "l'Ivoirienne" is a woman, "l'Écologiste" either."""
    article, noun = mention_words(mention.lower())
    if _ARTICLES[article] or noun.endswith("iste"):
        return _ARTICLES[article]
    return "Fem" if noun.endswith("e") else "Masc"
