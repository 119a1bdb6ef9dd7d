"""Date mentions of an article, valued against its publication date.

``french_dates`` finds the expressions in the text, ``verb_tense`` reads the tense of
the verb each one hangs on ("a déclaré lundi" is a past Monday, "se rendra lundi" a
coming one), ``story_years`` gives a yearless date the year of the story told around it, ``recent_past`` the
year before when the text looks back over the last year,
``date_values`` gives them values from all that and the publication date, and
``anaphoric_dates`` values "la veille", "le lendemain" and "deux ans plus tard" from the date
spoken of before.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from veille.article import DateMention
from veille.extract.anaphoric_dates import LastDate
from veille.extract.date_expression import DateExpression
from veille.extract.date_values import value_date
from veille.extract.french_dates import scan_dates
from veille.extract.recent_past import RecentPast
from veille.extract.story_years import StoryYear
from veille.extract.verb_tense import Tense, tense_at

_TENSE_KINDS = frozenset({"weekday", "night", "period", "day", "month", "range", "season"})
#: A preposition right before the date says on which side of publication it lies: "fermé depuis mardi" is a past
#: Tuesday whatever the verb, "accessibles dès lundi" a coming Monday unless the verb is past ("placés en garde à vue
#: dès mercredi", "s'est abattu à partir de jeudi"). Scraped pages drop the accent of a capital and glue headings:
#: "pétrolièresA partir de mardi".
_SINCE = re.compile(r"\bdepuis\s+$", re.IGNORECASE)
_FROM = re.compile(r"(?:\bdès|(?:(?:\b[àA]|(?-i:(?<=[a-zà-ÿ])[ÀA]))\s+partir|\bà\s+compter)\s+"
                   r"(?:d[e'’]|du\b|de\s+la\b|de\s+l['’]))\s*$", re.IGNORECASE)
#: "d'ici vendredi", "d'ici la fin juillet" are ahead, even after "a promis".
_BY = re.compile(r"\bd['’]ici(?:\s+la|\s+le|\s+l['’])?\s*$", re.IGNORECASE)
_UNTIL = re.compile(r"(?:\bjusqu['’]\s*(?:à|au)?|\bavant|\bà|\bau)\s*$", re.IGNORECASE)
_LOOK_BEHIND = 20


def parse_published(published: str | None) -> date | None:
    """The day of an ISO date or datetime string, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def find_dates(doc: Doc, published: str | None, text: str | None = None) -> list[DateMention]:
    """Every French date expression of ``doc.text`` with its value (see ``date_values``).

    ``published`` is the article's ISO publication date; without it, relative
    expressions are kept with ``value=None``. Offsets are into ``doc.text``.
    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    anchor = parse_published(published)
    text = doc.text if text is None else text
    mentions: list[DateMention] = []
    story = StoryYear(anchor, text)
    last_date = LastDate()
    recent = RecentPast(anchor)
    for expr in scan_dates(text):
        expr = story.dated(expr)
        tense = (_tense(doc, text, expr.start, expr.end, weekday=expr.kind == "weekday")
                 if expr.kind in _TENSE_KINDS or _nowadays(expr) else None)
        if _generic(expr) and tense not in ("past", "future"):
            continue  # "qui sont aujourd'hui incarcérés", "le week-end, les bars ferment": an era, a habit
        value = last_date.value(expr) if expr.kind == "anaphoric" else value_date(expr, anchor, tense)
        value = recent.reread(expr, tense, value)
        recent.note(expr, value)
        story.note(expr, value)
        last_date.note(expr, value)
        mentions.append(DateMention(text=expr.text, start=expr.start, end=expr.end, value=value))
    return mentions


def _nowadays(expr: DateExpression) -> bool:
    """A bare "aujourd'hui", which news uses for "nowadays" far more often than for the day of publication."""
    return expr.kind == "relative_day" and expr.text.lower().replace("’", "'") == "aujourd'hui"


def _generic(expr: DateExpression) -> bool:
    """A bare "aujourd'hui", "le week-end", "le samedi" or "au printemps", which name a day or a season only in a past
    or future sentence ("le week-end, les bars ferment", "les manifestations ont lieu le samedi", "en hiver, il
    gèle")."""
    if expr.kind == "season":
        return expr.year is None and not expr.direction and expr.text[:2].lower() != "ce"
    if expr.kind in ("period", "weekday") and not expr.direction and expr.text[:3].lower() == "le ":
        return expr.kind == "weekday" or expr.unit == "weekend"
    return _nowadays(expr)


def _tense(doc: Doc, text: str, start: int, end: int, *, weekday: bool = False) -> Tense | None:
    """The tense the date at ``start:end`` takes. A weekday with no tense cue near it takes the sentence's, unless a
    preposition ties it to another verb ("reporté in extremis à lundi", "jusqu'à mardi")."""
    before = text[max(0, start - _LOOK_BEHIND): start]
    if _SINCE.search(before):
        return "past"
    if _BY.search(before):
        return "future"
    if _FROM.search(before):
        return "past" if tense_at(doc, start, end, strict=True, clause=weekday) == "past" else "future"
    return tense_at(doc, start, end, clause=weekday and not _UNTIL.search(before))
