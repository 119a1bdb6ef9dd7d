"""The publication date: from the source's metadata when it has one, else from the page itself.

Metadata comes in every shape (ISO dates and datetimes, RFC 822 from feeds, "05/12/2019",
"5 décembre 2019 à 10h31", epoch seconds); it is normalised to ISO 8601, keeping the time
and offset when given. Without metadata the page date is the dateline's day, or the day the
text calls today ("aujourd'hui, 9 février"); when that day has no year, the year is the first
one that does not put the page before the latest past event the text dates in full
(``french_dates.infer_year``). The dateline gets the same date.
"""
from __future__ import annotations

import email.utils
import re
from dataclasses import replace
from datetime import UTC, date, datetime

from veille.article import Article, Dateline
from veille.clean.french_dates import (
    DAY_MONTH_PATTERN,
    DayMonth,
    find_day_months,
    infer_year,
    nearest_year,
    past_full_dates,
    read_day_month,
)
from veille.stage import Stage

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MAX_INPUT_CHARS = 100
_NUMERIC = re.compile(
    r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})"
    r"(?:[ T,à]+(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)
_CLOCK = re.compile(r"(?<!\d)(?P<hour>[01]?\d|2[0-3]) ?[:h] ?(?P<minute>[0-5]\d)(?!\d)")
_TODAY = re.compile(rf"(?<!\w)(?i:aujourd['’]hui,?|ce jour,?|ce) (?i:le )?{DAY_MONTH_PATTERN}")


def _plausible(day: date) -> bool:
    return _MIN_YEAR <= day.year <= _MAX_YEAR


def _iso(moment: datetime) -> str | None:
    return moment.isoformat(timespec="seconds") if _plausible(moment.date()) else None


def _from_words(value: str) -> str | None:
    """French or English words: "jeudi 5 décembre 2019 à 10h31" -> "2019-12-05T10:31:00"."""
    found = [d for d in find_day_months(value) if d.year is not None]
    if not found:
        return None
    day = found[0].on(found[0].year)
    if day is None or not _plausible(day):
        return None
    clock = _CLOCK.search(value, found[0].end)
    if clock is None:
        return day.isoformat()
    return datetime(day.year, day.month, day.day, int(clock["hour"]), int(clock["minute"])).isoformat()


def _from_dateparser(value: str) -> str | None:
    """Last resort for shapes nothing above reads; imported only then, as it is slow to load."""
    import dateparser

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    moment = dateparser.parse(value, languages=["fr", "en"], settings=settings)
    if moment is None:
        return None
    if _CLOCK.search(value):
        return _iso(moment)
    return moment.date().isoformat() if _plausible(moment.date()) else None


def normalise_timestamp(value: str) -> str | None:
    """Any date or datetime string as ISO 8601 ("2019-12-05", "2019-12-05T10:31:00+01:00"); None if unreadable."""
    text = value.strip()[:_MAX_INPUT_CHARS]
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
            return day.isoformat() if _plausible(day) else None
        return _iso(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return _iso(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    if match := _NUMERIC.fullmatch(text):
        try:
            moment = datetime(
                int(match["year"]), int(match["month"]), int(match["day"]),
                int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0),
            )
        except ValueError:
            return None
        return _iso(moment) if match["hour"] else (moment.date().isoformat() if _plausible(moment.date()) else None)
    if re.fullmatch(r"\d{9,10}", text):
        return _iso(datetime.fromtimestamp(int(text), tz=UTC))
    return _from_words(text) or _from_dateparser(text)


def _today(text: str) -> DayMonth | None:
    """The day the text calls today: "aujourd'hui, 9 février", "ce lundi 10 janvier"."""
    match = _TODAY.search(text[:2000])
    return read_day_month(match) if match else None


def resolve_published(text: str, *, published: str | None, dateline: Dateline | None) -> tuple[str | None, str | None]:
    """The publication date and the dateline's date, both ISO (either may be None).

    ``published`` is the already normalised metadata; it wins, and dates the dateline's
    day when that has no year.
    """
    dateline_day = next(iter(find_day_months(dateline.raw)), None) if dateline else None
    day_month = dateline_day or (_today(text) if published is None else None)
    if day_month is None:
        return published, dateline.date if dateline else None
    year = day_month.year
    if year is None and published is not None:
        year = nearest_year(day_month, date.fromisoformat(published[:10]))
    elif year is None:
        year = infer_year(day_month, past_full_dates(text))
    day = day_month.on(year) if year else None
    iso = day.isoformat() if day else None
    dateline_date = iso if dateline_day is not None else (dateline.date if dateline else None)
    return published or iso, dateline_date


class PublishedDateResolver(Stage):
    name = "published"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"published", "dateline", "extra"})

    def process(self, article: Article) -> Article:
        given = article.published
        normalised = normalise_timestamp(given) if given else None
        if given and normalised is None:  # kept for the user, never silently dropped
            article.extra.setdefault("published_raw", given[:_MAX_INPUT_CHARS])
        published, dateline_date = resolve_published(article.text, published=normalised, dateline=article.dateline)
        article.published = published
        if article.dateline is not None and dateline_date != article.dateline.date:
            article.dateline = replace(article.dateline, date=dateline_date)
        return article
