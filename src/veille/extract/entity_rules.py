"""The word lists the entity code reads from ``extract/rules/`` (one entry a line, ``#`` comments; TOML for tables).

Read once per process: rule files do not change while veille runs, so caching them cannot
make one article's entities depend on another's.
"""
from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any


def fold_apostrophes(text: str) -> str:
    return text.casefold().replace("’", "'")


def mention_words(mention: str) -> list[str]:
    """ "l'expert d'art" → ["l'", "expert", "d'", "art"]: an elided article is a word of its own, either apostrophe."""
    return mention.replace("'", "' ").replace("’", "’ ").split()


@cache
def rule_table(name: str) -> dict[str, Any]:
    """The tables of ``rules/<name>``, a TOML file: for lists that carry values or fall into several kinds."""
    return tomllib.loads(resources.files("veille.extract").joinpath("rules", name).read_text(encoding="utf-8"))


@cache
def rule_set(name: str) -> frozenset[str]:
    """The entries of ``rules/<name>``, casefolded with apostrophes folded to '."""
    text = resources.files("veille.extract").joinpath("rules", name).read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return frozenset(fold_apostrophes(e) for e in entries if e and not e.startswith("#"))


def role_words() -> frozenset[str]:
    """Nouns that head a person's role ("vice-ministre", "porte-parole", "M.")."""
    return rule_set("person_roles.txt")


@cache
def person_words() -> frozenset[str]:
    """Nouns that make a description a person: roles, relatives ("sa mère") and other person nouns ("le gérant")."""
    return role_words() | rule_set("kin_nouns.txt") | rule_set("person_nouns.txt")


@cache
def first_name_genders() -> dict[str, str]:
    """First names that tell a person's gender ("colette" → "Fem"), from ``rules/first_names.txt``."""
    genders = {"f": "Fem", "m": "Masc"}
    return {
        name: genders[gender]
        for name, gender in (entry.rsplit(" ", 1) for entry in rule_set("first_names.txt"))
        if gender in genders
    }


def names_with_article() -> frozenset[str]:
    """Names whose leading article belongs to them ("Le Monde", "La Haye")."""
    return rule_set("names_with_article.txt")


def news_agencies() -> frozenset[str]:
    return rule_set("news_agencies.txt")


def not_entities() -> frozenset[str]:
    """Capitalised common words NER mistakes for names when they stand alone ("Selon")."""
    return rule_set("not_entities.txt")


@lru_cache(maxsize=8192)
def news_outlet(name: str) -> bool:
    """ "Le Parisien", "Parisien": a newspaper, channel or site, with or without its article; not a wire agency,
    which "le quotidien" or "la chaîne" never stands for. Cached: every entity and every end of every speaker
    mention is asked, the same names in article after article."""
    folded = fold_apostrophes(name)
    outlets = rule_set("news_outlets.txt")
    return folded in outlets or any(f"{article}{folded}" in outlets for article in ("le ", "la ", "les ", "l'"))
