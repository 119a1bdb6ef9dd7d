"""Reporting cues: the rule files, a cheap test for sentences that may report speech, and cue verbs in a Doc.

The cheap test runs on plain text before the parser, so it errs on the side of saying yes:
a sentence it misses loses its indirect quotes, one it wrongly keeps only costs parse time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Span, Token

#: Auxiliaries, clitics and inverted subject pronouns that belong to a cue's verb group.
AUXILIARIES = frozenset(
    {"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "aura", "avoir", "ayant",
     "est", "sont", "était", "étaient", "été", "s'", "s’", "se", "l'", "l’", "lui", "leur", "en", "y"}
)
INVERTED = frozenset({"-t", "t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles"})
ADVERBS = frozenset(
    {"également", "aussi", "encore", "alors", "ainsi", "notamment", "toujours", "déjà", "pourtant", "enfin",
     "simplement", "cependant", "immédiatement", "directement", "ensuite", "néanmoins", "plutôt", "même",
     "par", "ailleurs", "pour", "sa", "son", "part", "en", "effet", "aujourd'hui", "hier", "lundi", "mardi",
     "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "bien", "tout", "vivement", "fermement"}
)


@dataclass(frozen=True, slots=True)
class QuoteRules:
    """Everything find_quotes and resolve_speakers read from ``extract/rules/``."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    incise_verbs: frozenset[str]
    forms: frozenset[str]
    source_prepositions: frozenset[str]
    unnamed_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    titles: frozenset[str]
    title_nouns: frozenset[str]
    candidate: re.Pattern[str]


def _lines(name: str) -> list[str]:
    text = resources.files("veille.extract").joinpath("rules", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _stem(lemma: str) -> str:
    """The part of a lemma every written form shares ("annoncer" -> "annon", for "annonçait")."""
    word = lemma.split("'")[-1].split("’")[-1]
    for ending in ("cer", "ger", "oir", "er", "ir", "re"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def load_rules() -> QuoteRules:
    verbs, object_verbs, incise_verbs = set(), set(), set()
    for line in _lines("reporting_verbs.txt"):
        lemma, *tags = line.split()
        lemma = lemma.split("'")[-1]
        verbs.add(lemma)
        if "obj" in tags:
            object_verbs.add(lemma)
        if "incise" in tags:
            incise_verbs.add(lemma)
    forms = frozenset(_lines("cue_forms.txt"))
    prepositions = frozenset(_lines("source_prepositions.txt"))
    stems = sorted({s for s in map(_stem, verbs) if len(s) >= 3}, key=len, reverse=True)
    alternatives = [re.escape(s) + r"\w*" for s in stems] + [re.escape(f) for f in sorted(forms, key=len, reverse=True)]
    alternatives += [re.escape(p) for p in sorted(prepositions, key=len, reverse=True)]
    candidate = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return QuoteRules(
        verbs=frozenset(verbs),
        object_verbs=frozenset(object_verbs),
        incise_verbs=frozenset(incise_verbs),
        forms=forms,
        source_prepositions=prepositions,
        unnamed_nouns=frozenset(_lines("unnamed_sources.txt")),
        institution_nouns=frozenset(_lines("institution_nouns.txt")),
        titles=frozenset(_lines("titles.txt")),
        title_nouns=frozenset(_lines("title_nouns.txt")),
        candidate=candidate,
    )


def may_report_speech(text: str, rules: QuoteRules) -> bool:
    """Cheap, generous: does this sentence hold a reporting verb form or "selon"/"d'après"?"""
    return rules.candidate.search(text) is not None


def cue_lemma(token: Token, rules: QuoteRules) -> str | None:
    """The reporting verb a token is a form of, or None (tagger-independent for the listed irregular forms)."""
    if token.lower_ in AUXILIARIES or token.pos_ not in ("VERB", "AUX", "ADJ", ""):
        if token.lower_ not in rules.forms:
            return None
    lemma = token.lemma_.lower() or token.lower_
    if lemma in rules.verbs:
        return lemma
    return token.lower_ if token.lower_ in rules.forms else None


def verb_group(token: Token, sentence: Span) -> tuple[int, int]:
    """Token range of the cue as written: auxiliaries, clitics and adverbs before, inverted pronoun after."""
    start = token.i
    while start - 1 >= sentence.start:
        before = sentence.doc[start - 1]
        low = before.lower_
        if low in AUXILIARIES or low in INVERTED or (low in ADVERBS and start - 1 > sentence.start):
            start -= 1
        else:
            break
    while start < token.i and sentence.doc[start].lower_ in ADVERBS:
        start += 1
    end = token.i + 1
    while end < sentence.end and sentence.doc[end].lower_ in INVERTED and sentence.doc[end].text.startswith(("-", "t")):
        end += 1
    return start, end


def inverted_pronoun(start: int, end: int, sentence: Span) -> Token | None:
    """The subject pronoun written into the verb group ("a-t-il dit", "explique-t-elle")."""
    for token in sentence.doc[start:end]:
        if token.text.split("-")[-1] in ("il", "elle", "ils", "elles", "on") and token.text.startswith("-"):
            return token
    return None
