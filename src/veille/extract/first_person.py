"""Who says "je" is a person: « Je ne sais pas … », a-t-elle lancé, is no country, newspaper or study.

A pronoun or a floating quotation goes on with the source quoted last (speaker_salience.py). When that source is a
place or a body ("l'Allemagne" from a misread clause, "le Parisien" that relayed someone) and the quotation speaks
in the first person singular, the chain cannot be what it continues: bodies say "nous", people say "je". The
names the tagger only ever reads as places or organisations, and the news outlets, are then skipped.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from veille.extract.cast import strip_determiner
from veille.extract.entity_rules import news_outlet

#: "je", "j'", "moi", "me", "m'", "mon", "ma", "mes" as words: the speaker talks of themself.
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:(?:je|moi|me|mon|ma|mes)(?![\w'’-])|[jm]['’](?=\w))", re.IGNORECASE)
_BODY_LABELS = frozenset({"ORG", "LOC"})  # not MISC, which the tagger gives lone first names ("Claudette")


def voiceless_sources(doc: Doc, quoted: str, recent: list) -> frozenset[str]:
    """The named sources quoted so far that cannot say the first-person ``quoted``: an outlet, or a name the tagger
    reads only as a place or a body; none when the quotation does not say "je"."""
    if not _FIRST_PERSON.search(quoted):
        return frozenset()
    labels: dict[str, set[str]] = {}
    for ent in doc.ents:
        labels.setdefault(strip_determiner(ent.text), set()).add(ent.label_)
    return frozenset(
        name for _, name, _, named in recent
        if named and (news_outlet(name) or labels.get(name) and labels[name] <= _BODY_LABELS)
    )
