"""The speaker mention at a cue as written, cleaned of the words around it that name no source.

The mention finders (mentions.py) cut a span from the parse or the words next to the cue; that span
may carry what belongs to the verb ("n'", "s'"), an aside ("de son côté", "…, rallié à X,"), a date
("mercredi 13 février"), a circumstance ("sur la demande du commissariat", "A Grenoble, …"), a phrase cut
before its noun ("le numéro de"), a title whose line break was lost ("Des masques commandésOlivier Véran",
"LES VERTS VOTERONT DUPONTMardi, X"), a detached participle alone ("Invité à préciser …"),
a video credit ("Mélenchonpar BFMTV") or the next sentence glued to it ("le directeur de la santé.3700
personnes"). What is left is the source as the article writes it, for speakers.py to make canonical, or
None when nothing is.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from veille.extract.first_names import common_first_name
from veille.extract.french_dates import scan_dates
from veille.extract.mentions import FRONTED, HEADING_GLUED
from veille.extract.word_classes import TO

_CIRCUMSTANCE_STARTS = frozenset({"sur", "à", "après", "selon", "dans", "lors", "par"})
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_DEFINITE_OPENERS = frozenset({"le", "la", "les", "l'", "l’"})
_VERB_CLITICS = frozenset({"n'", "n’", "ne", "s'", "s’", "se"})
_LEADING_NOT_SOURCE = frozenset({"mais", "et", "or", "puis", "partout", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                 "samedi", "dimanche", "hier", "aujourd'hui"})
_ASIDES = (("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"), ("pour", "leur", "part"))
_NOT_SOURCE_WORDS = frozenset({"ce", "cela", "ça", "ceci", "et", "d'", "d’", "de", "alors", "mais", "puis", "donc",
                               "ainsi", "enfin", "aussi", "ne", "n'", "n’", "y", "en", "se", "s'", "s’", "là", "ici", "déjà",
                               "toujours", "encore", "pourtant"})
_MARKS = ("«", "“", '"')
#: Word classes that name no one: a mention made only of them is a misread incise.
_NOT_NAMING = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ"})
#: A lower-case run into a capital, past the first word and not in "BuzzFeed" or "YouTube": where a title ends and
#: the text starts when a line break was lost.
#: A full stop between a word and a capital or a digit, with at most a dash or one space between ("santé.3700",
#: "sondage.- Réformes"), inside what should be one sentence: two sentences whose break was lost ("Dr.Martin" is no
#: sentence end: two lower-case letters at least before the stop).
SENTENCE_GLUED = re.compile(r"(?<=[a-zà-ÿ]{2})\.(?=-?\s?[A-ZÀ-Ý0-9])")
_GLUED = re.compile(r"\s\S*[a-zà-ÿ]{4}[A-ZÀ-Ý]")
_CREDIT = re.compile(r"(\b\w*[^\W\d_]{3})par\s+[A-ZÀ-Ý0-9]")


def cut_short(doc: Doc, end: int, cut_words: frozenset[str]) -> bool:
    """ "le troisième numéro de", "L'employeur de": a phrase ending with a preposition or determiner was cut before
    its noun, unless the noun is the quotation that follows ("la déléguée générale des « Petits frères »")."""
    last = doc[end - 1]
    return last.lower_ in cut_words and not _next_text(doc, end).startswith(_MARKS)


def _next_text(doc: Doc, start: int) -> str:
    """The first token's text from ``start`` on that is not blank: ``doc.text`` would rebuild the whole string."""
    return next((text for token in doc[start:] if (text := token.text.lstrip())), "")


def _compound_name(text: str) -> bool:
    """ "Ouest-France", "Nice-Matin": capitalised words joined by hyphens are one name, where "-t-il" is no word and
    "Codogno-" the end of a dash aside ("ceux -nombreux à Codogno- qui …")."""
    return text[:1].isupper() and not text.endswith("-") and text.replace("-", "").isalpha()


def mention_text(doc: Doc, span: tuple[int, int] | None, cut_words: frozenset[str], after_cue: bool = False) -> str | None:
    """The mention as written, without the words around it that name no source (None when nothing is left);
    an inverted pronoun ("-t-elle") is the pronoun it spells. ``after_cue``: the span follows its cue ("…, a dit X"),
    so of two sentences glued together the first is the source's."""
    if not span:
        return None
    start, end = span
    if start > 0 and doc[start - 1].lower_ in _DEMONSTRATIVES:
        start -= 1  # "ce dernier": the demonstrative is part of the mention the span cut after it
    start = _past_fronted(doc, start, end)
    aside = next((t.i for t in doc[start + 1: end - 1] if t.text == "," and doc[t.i + 1].text[:1].islower()), None)
    if aside is not None and doc[start].lower_ in _DEFINITE_OPENERS and not any(
            t.text[:1].isupper() for t in doc[start + 1: aside]):
        end = aside  # "L'ancien candidat écologiste, rallié à Benoît Hamon,": a name in the aside is not the source
    members = next((t.i for t in doc[start + 1: end - 1] if t.text == "," and doc[t.i + 1].lower_ == "dont"), None)
    if members is not None:
        end = members  # "36 maires de grandes villes, dont Anne X (Paris)": the group spoke, not the member named
    while end > start and doc[end - 1].lower_ in _VERB_CLITICS:
        end -= 1  # "Le taux n'a pas augmenté", "Le patron s'est trompé": the negation and the clitic belong to the verb
    if doc[start].lower_ in _CIRCUMSTANCE_STARTS and end - start > 3:
        of = next((t.i for t in doc[start + 1: end] if t.lower_ in ("de", "du", "des", "d'", "d’")), None)
        start = of + 1 if of is not None and of + 1 < end else start  # "sur la demande du commissariat …" → its author
    if doc[start].lower_ in TO and not SENTENCE_GLUED.search(doc[start:end].text):
        return None  # "Au moment d'annoncer": a subject never starts with "à" (unless a lost sentence break ends there)
    if all(t.lower_ in _NOT_SOURCE_WORDS or not (t.text.lstrip("-").isalpha() or _compound_name(t.text))
           for t in doc[start:end]):
        return None  # "Et d'ajouter", "alors": no word that could name a source; but "Ouest-France" names one
    while end - start > 1 and doc[start].lower_ in _LEADING_NOT_SOURCE:
        start += 1  # "Mais Édouard Philippe", "mercredi Bruno Martin": the source starts after
        if end - start > 1 and doc[start].text == ",":  # "Dimanche, dans le JDD, 36 maires": the time word's comma
            start = _past_fronted(doc, start + 1, end)  # goes with it, and the circumstance after it too
    for tail in _ASIDES:
        if end - start > len(tail) and tuple(t.lower_ for t in doc[end - len(tail): end]) == tail:
            end -= len(tail)  # "Le gouvernement de son côté"
        if end - start > len(tail) and tuple(t.lower_ for t in doc[start: start + len(tail)]) == tail:
            start += len(tail)  # "regrette de son côté Cendra Motin"
    while end > start and cut_short(doc, end, cut_words):
        end -= 1  # "L'employeur de": the phrase is its head; "Afin de", "les pinceaux en" keep nothing or no source
    if end == start:
        return None  # "le troisième numéro de", "les pinceaux en": a phrase cut short, not a source
    if all(t.pos_ in _NOT_NAMING for t in doc[start:end]):
        return None  # "« assez jeune » a reconnu avoir …": a verb where the incise's subject should be
    if end - start == 1 and _detached_predicate(doc[start]):
        return None  # "Invité à préciser …": a participle or an adjective alone is no subject
    text = doc[start:end].text
    if doc[start].lower_ == "on" and end - start > 1:
        return None  # "on nous demande": what "on" says is nobody's quote
    text = source_side(text, after_cue)
    if not text:
        return None
    text = without_credit(text)
    glued = [match.end() - 1 for match in _GLUED.finditer(text)] + [match.end() for match in HEADING_GLUED.finditer(text)]
    if glued:  # "Des masques commandésOlivier Véran", "VOTERONT DUPONTMardi, X": a title glued to the text
        text = text[max(glued):]
    undated = without_dates(text)
    if undated != text:
        words = undated.split()
        while words and words[-1].lower() in cut_words:
            words.pop()  # "le Canard enchaîné daté de [mercredi]": the date took the noun of its preposition
        text = undated if len(words) == len(undated.split()) else " ".join(words)
    if not text:
        return None  # "a déploré mercredi 25 mars sur son site la DGCCRF": the date is no source
    return text.split("-")[-1] if text.startswith("-") else text


def _past_fronted(doc: Doc, start: int, end: int) -> int:
    """Where the subject starts in a span that opens on a fronted phrase closed by a comma ("A Grenoble, l'écologiste
    X", "Selon Le Monde, X a jugé", "dans le JDD, 36 maires"): after that comma; else ``start``."""
    comma = next((t.i for t in doc[start + 1: end - 1] if t.text == ","), None)
    if comma is not None and (doc[start].lower_ in FRONTED or doc[start].pos_ in ("ADP", "ADV")):
        return comma + 1
    return start


def _detached_predicate(token: Token) -> bool:
    """ "Invité à préciser si …, il a répondu", "Interrogé sur ce point": a word opening the sentence with a
    preposition right after it, that no entity or first name covers, opens a detached predicate put before the
    subject (a participle or adjective, whatever the tagger says); it describes the source but does not name it."""
    doc = token.doc
    opening = token.is_sent_start or token.i > 0 and doc[token.i - 1].is_sent_start and doc[token.i - 1].is_punct
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (bool(opening) and token.text[:1].isupper() and not token.ent_type_ and not common_first_name(token.text)
            and following is not None and following.pos_ == "ADP" and following.is_lower)


def without_credit(mention: str) -> str:
    """ "Mélenchonpar BFMTV": a video's caption ends with its credit glued to the last word ("…par BFMTV"); the
    source is the words before it. A first name ending in "par" ("Gaspar Noé") is no credit."""
    match = _CREDIT.search(mention)
    if match is None or common_first_name(match.group(1) + "par"):
        return mention
    return mention[:match.end(1)]


def source_side(mention: str, after_cue: bool) -> str:
    """ "le directeur de la santé.3700 personnes", "le même sondage.- Réformes -Duda est": two sentences whose break
    was lost; the source is in the one next to its cue, the first when the mention follows the cue."""
    ends = list(SENTENCE_GLUED.finditer(mention))
    if not ends:
        return mention
    return (mention[:ends[0].start()] if after_cue else mention[ends[-1].end():]).strip(" -")


def without_dates(mention: str) -> str:
    """ "mercredi 13 février le gendarme de l'audiovisuel", "The Guardian jeudi": a date next to a source is when it
    spoke; a date alone names no one (empty)."""
    dates = scan_dates(mention)
    if dates and dates[0].start == 0 and dates[0].end == len(mention):
        return ""
    if dates and dates[0].start == 0 and mention[dates[0].end:].strip(" ,"):
        return mention[dates[0].end:].strip(" ,")
    if dates and dates[-1].end == len(mention) and mention[:dates[-1].start].strip(" ,"):
        return mention[:dates[-1].start].strip(" ,")
    return mention
