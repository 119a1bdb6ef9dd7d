"""The tense of a date the parser did not see, read from the word forms around it.

The NLP stage parses only the sentences that may report speech, so for the others the
words just around the date stand in for the verb it hangs on, nearest cue first: a
future form or a modal of the future ("débutera", "doit", "prévu"), a conditional
("se tiendrait"), an auxiliary followed by a participle ("a annoncé", "avait ouvert",
"aurait été tué"), an imperfect ("remontait au 6 mars"), a verb that dates a thing back
("un chiffre qui date de mardi"), or a participle right before the date ("survenu le 26
septembre"), unless that participle announces rather than reports ("attendu samedi",
"fixé au 3 mai"). A date that completes a noun ("les municipales du 28 juin", "l'attentat
de mardi") takes no tense from the verbs around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Span

from veille.extract.entity_rules import rule_table

Tense = Literal["past", "present", "future"]

LEXICAL_WINDOW = 6
"""Tokens on each side of an unparsed date read for a tense cue."""

CLAUSE_WINDOW = 20
"""Tokens on each side read, within the sentence, when the nearer window holds no cue."""

_FUTURE_WORDS = frozenset({
    "doit", "doivent", "devra", "devront", "devrait", "devraient", "va", "vont", "prévu", "prévue", "prévus",
    "prévues", "programmé", "programmée", "prochainement", "sera", "seront", "aura", "auront", "fera", "feront",
    "ira", "iront", "pourra", "pourront",
})
#: A future seen from the past says nothing of which side of publication the date lies: "devaient se tenir en mai"
#: (published in June) was this May, "devait s'arrêter fin septembre" (published in August) is this September.
FUTURE_IN_PAST = frozenset({"allait", "allaient", "devait", "devaient"})
_FUTURE_ENDING = re.compile(r"^[a-zà-ÿ]{3,}(?:era|ira|dra|ront)$")
_CONDITIONAL_ENDING = re.compile(r"^[a-zà-ÿ]{3,}(?:erait|eraient|drait|draient)$")
_IMPERFECT_ENDING = re.compile(r"^[a-zà-ÿ]{2,}(?:ait|aient)$")
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "eut", "est", "sont", "était", "étaient", "fut", "furent",
                          "ai", "as", "avons", "avez", "suis", "es", "sommes", "êtes", "aurait", "auraient", "serait",
                          "seraient", "avoir"})
_PARTICIPLE = re.compile(r"^[a-zà-ÿ]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|its?|ites?|ert|erte|int|inte)$")
_NOT_PARTICIPLES = frozenset({"ici", "aussi", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi",
                              "parmi", "depuis", "pendant", "déjà", "plus", "jamais", "tous", "sous", "nous", "vous"})
_PRESENT_PASSIVE = frozenset({"est", "sont"})
_HELPERS = frozenset({"être", "été", "avoir", "eu"})
#: A participle standing alone right before a date, written as only participles are: "-é", "-u" ("survenu",
#: "entamé"), not "-i" nor "-ue" (present "publie", "joue"; "mais", "parmi"), nor "-eu" ("peu", "lieu").
_BARE_PARTICIPLE = re.compile(r"^[a-zà-ÿ]{2,}(?:é|ée|és|ées|(?<![eaoi])u|(?<![eaoi])us)$")
_NOT_BARE_PARTICIPLES = frozenset({"virus", "bonus", "campus", "consensus", "plus", "refus", "abus", "obus", "été"})
#: Words before a form like a participle that make it a noun ("la rentrée", "le conseil de rentrée").
_NOUN_MARKERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des", "du", "au", "aux", "sa", "son", "ses",
                           "leur", "leurs", "cette", "ce", "cet", "ces", "notre", "votre", "de", "d'", "d’", "en"})
_NOUN_COMPLEMENT = frozenset({"du", "de", "d'", "d’"})
#: An infinitive after these ("à manifester", "pour voter", "de se rendre") has a time of its own, after the verb's.
_INFINITIVE_LEADS = frozenset({"à", "pour", "de", "d'", "d’"})
_INFINITIVE = re.compile(r"^[a-zà-ÿ]{3,}(?:er|ir|re)$")
_DATES_FROM = _NOUN_COMPLEMENT | {"des"}
_GOES_BACK_TO = frozenset({"à", "au", "aux"})


@dataclass(frozen=True, slots=True)
class TenseCues:
    """The word lists of rules/tense_cues.toml."""

    past_words: frozenset[str]
    announcing_participles: frozenset[str]
    conditionals: frozenset[str]
    not_imperfects: frozenset[str]


@lru_cache(maxsize=1)
def tense_cues() -> TenseCues:
    """The lists, read once per process."""
    data = rule_table("tense_cues.toml")
    return TenseCues(**{field: frozenset(data[field]) for field in TenseCues.__slots__})


def _word_tense(words: list[str], i: int) -> Tense | None:
    """The tense the word ``words[i]`` says on its own, or None when it is no cue."""
    cues = tense_cues()
    word = words[i]
    following = words[i + 1:i + 3]
    participles = [w for w in following if _PARTICIPLE.match(w) and w not in _NOT_PARTICIPLES]
    if word in _AUXILIARIES and participles:
        if word in _PRESENT_PASSIVE and participles[0] in cues.announcing_participles:
            return "present"  # "la circulation est classée rouge vendredi", "le musée est fermé lundi"
        return "past"
    if word in FUTURE_IN_PAST:
        return "present"
    if word in _FUTURE_WORDS or _FUTURE_ENDING.match(word):
        return "future"
    if word in cues.conditionals or _CONDITIONAL_ENDING.match(word):
        return "future"
    if word in cues.past_words:
        return "past" if _dates_back(word, words[i + 1:i + 2]) else None
    if _IMPERFECT_ENDING.match(word) and word not in cues.not_imperfects:
        return "past"
    return None


def _dates_back(word: str, following: list[str]) -> bool:
    """Is ``word`` the verb of "date de mardi", "remonte au 6 mars", rather than the noun of "en décembre, date à
    laquelle …"?"""
    return bool(following) and following[0] in (_DATES_FROM if word.startswith("dat") else _GOES_BACK_TO)


def lexical_tense(span: Span, *, clause: bool = False) -> Tense | None:
    """A tense from word forms near an unparsed date, nearest cue first, within its sentence.

    ``clause`` reads on through the sentence when no cue is near ("Jeudi, l'équipe de l'émission X a été placée à
    l'isolement"): for a weekday, which has no nearest-year fallback to lean on.
    """
    doc = span.doc
    sentence = span.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else None
    lo = max(sentence.start if sentence is not None else 0, span.start - LEXICAL_WINDOW)
    hi = min(sentence.end if sentence is not None else len(doc), span.end + LEXICAL_WINDOW)
    words = [t.lower_ for t in doc[lo:min(len(doc), hi + 2)]]
    before = span.start - lo  # index in ``words`` of the date's first token
    if before >= 1 and words[before - 1] in _NOUN_COMPLEMENT:
        if before >= 2 and words[before - 2] in tense_cues().past_words:
            return "past"  # "un chiffre qui date de mardi"
        return None
    if before >= 1 and _reports(words[before - 1]) and not (before >= 2 and _helped(words, before - 2)):
        return "past"  # "l'incendie, survenu le 26 septembre", but not "sera honorée lundi" nor "la rentrée lundi"
    if before >= 2 and words[before - 2] in _INFINITIVE_LEADS and _INFINITIVE.match(words[before - 1]):
        return None  # "des appels à manifester samedi ont été lancés": the day of the act called for, not the call
    tense = _nearest_cue(span, words, lo, hi)
    if tense is None and clause:
        lo, hi = _sentence_around(span, sentence.start if sentence is not None else 0,
                                  sentence.end if sentence is not None else len(doc))
        tense = _nearest_cue(span, [t.lower_ for t in doc[lo:min(len(doc), hi + 2)]], lo, hi)
    return tense


def _nearest_cue(span: Span, words: list[str], lo: int, hi: int) -> Tense | None:
    """The tense of the cue nearest the date among tokens ``lo:hi`` (``words`` from ``lo`` on)."""
    nearest = sorted(range(lo, hi), key=lambda i: min(abs(i - span.start), abs(i - (span.end - 1))))
    for i in nearest:
        if span.start <= i < span.end:
            continue
        tense = _word_tense(words, i - lo)
        if tense is not None:
            return tense
    return None


def _sentence_around(span: Span, first: int, last: int) -> tuple[int, int]:
    """Token bounds of the sentence around ``span``, at most CLAUSE_WINDOW tokens each side, from punctuation: the
    parser's sentences are missing where it did not run."""
    doc = span.doc
    lo = span.start
    while lo > max(first, span.start - CLAUSE_WINDOW) and not _ends_sentence(doc[lo - 1].text):
        lo -= 1
    hi = span.end
    while hi < min(last, span.end + CLAUSE_WINDOW) and not _ends_sentence(doc[hi].text):
        hi += 1
    return lo, hi


def _ends_sentence(token: str) -> bool:
    return token in (".", "!", "?", "?»", "…") or "\n" in token


def _helped(words: list[str], i: int) -> bool:
    """Is ``words[i]``, right before a participle, a verb that gives it its tense ("sera", "a été", "va être"), or
    a determiner that makes it a noun ("la rentrée")?"""
    return words[i] in _HELPERS or words[i] in _NOUN_MARKERS or _word_tense(words, i) is not None


def _reports(word: str) -> bool:
    """Is ``word`` a participle that reports a past fact ("survenu", "entamé") rather than announces one?"""
    return (bool(_BARE_PARTICIPLE.match(word)) and word not in _NOT_PARTICIPLES and word not in _NOT_BARE_PARTICIPLES
            and word not in _FUTURE_WORDS and word not in tense_cues().announcing_participles)
