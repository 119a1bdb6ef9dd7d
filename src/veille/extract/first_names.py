"""First names, and the gender they tell: "Flavie Flament" is a person, and "elle", even where the NER said ORG.

Two sources. ``rules/first_names.txt`` holds the names the French press writes most, with the gender a
French reader gives them; it is looked up with and without accents, since capitals often lose them
("Eric"). The names of the rest of the world come from the first-name lists the Faker package ships
for its locales (Latin script only), read once per process and never copied into veille: a name that
some locale gives to men and another to women ("Andrea", "Jean") is a first name with no gender. Such
a list also holds words a French text writes capitalised for other things ("Justice", "Paris Match",
"Aston Martin", "Santé"), so its names count only as written, accents included, capitalised and not
in ``rules/not_first_names.txt``; the curated file always wins. They give a gender and make a short
capitalised "Flavie Flament" a person's name, but only the curated names cut a longer run of
capitalised words into a role or an organisation and a name.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from functools import cache

from veille.extract.entity_rules import first_name_genders, fold_apostrophes, rule_set

#: A Latin-script first name: letters (Latin-1 to Latin Extended-B), inner hyphens or apostrophes.
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-'][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
_GENDERED_LISTS = (("first_names_male", "Masc"), ("first_names_female", "Fem"))


def first_name_gender(name: str) -> str | None:
    """The gender the first word of ``name`` tells as a first name, if it is one with a gender.

    An unlisted compound takes its first part's gender ("Marie-Aude")."""
    first = name.split()[0] if name.split() else ""
    folded = fold_apostrophes(first)
    curated = _curated_genders()
    for key in (folded, _unaccented(folded), _unaccented(folded.split("-")[0])):
        if key in curated:
            return curated[key]
    return _world_names().get(folded) if _capitalised(first) else None


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name, with or without a gender ("Dominique", "Andrea")."""
    return first_name_gender(word) is not None or _capitalised(word) and fold_apostrophes(word) in _world_names()


def common_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the curated list: the names common enough in the French press to cut
    a run of capitalised words ("le prix Nobel Elie Wiesel"); the world's lists hold name parts and surnames
    too ("New York Times", "Pham Thi Tra My")."""
    folded = fold_apostrophes(word)
    curated = _curated_genders()
    return any(key in curated for key in (folded, _unaccented(folded), _unaccented(folded.split("-")[0])))


def _capitalised(word: str) -> bool:
    """ "Flavie", not "flavie" nor the acronym "ENA"."""
    return word[:1].isupper() and not word.isupper()


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@cache
def _curated_genders() -> dict[str, str]:
    """The genders of ``rules/first_names.txt``, keyed both as written and without accents."""
    genders = dict(first_name_genders())
    for name, gender in first_name_genders().items():
        genders.setdefault(_unaccented(name), gender)
    return genders


@cache
def _world_names() -> dict[str, str | None]:
    """Faker's Latin-script first names, casefolded, with the gender every locale agrees on (else None)."""
    import faker.providers.person as person_providers  # only here: a second of imports, paid once per process

    excluded = rule_set("not_first_names.txt")
    seen: dict[str, set[str]] = {}
    for locale in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{locale.name}").Provider
        for attribute, gender in _GENDERED_LISTS:
            names = provider.__dict__.get(attribute)  # a locale without its own list inherits another's
            if not isinstance(names, (tuple, list, dict)):
                continue
            for name in names:
                if _LATIN_NAME.fullmatch(name) and len(name) > 2 and fold_apostrophes(name) not in excluded:
                    seen.setdefault(fold_apostrophes(name), set()).add(gender)
    return {name: next(iter(genders)) if len(genders) == 1 else None for name, genders in seen.items()}
