"""Publication dates: metadata normalised to ISO, else read from the dateline and the text."""
from __future__ import annotations

import pytest

from veille.article import Article, Dateline
from veille.clean.published import PublishedDateResolver, normalise_timestamp, resolve_published


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-12-05", "2019-12-05"),
        ("2019-12-05T10:31:00+01:00", "2019-12-05T10:31:00+01:00"),
        ("2019-12-05 10:31:00", "2019-12-05T10:31:00"),
        ("2020-07-02T19:09:00Z", "2020-07-02T19:09:00+00:00"),
        ("Thu, 05 Dec 2019 10:31:00 +0100", "2019-12-05T10:31:00+01:00"),
        ("05/12/2019", "2019-12-05"),
        ("05/12/2019 10:31", "2019-12-05T10:31:00"),
        ("jeudi 5 décembre 2019 à 10h31", "2019-12-05T10:31:00"),
        ("  5 décembre 2019 ", "2019-12-05"),
        ("1575538260", "2019-12-05T09:31:00+00:00"),
    ],
)
def test_published_normalises_metadata_to_iso(value: str, iso: str) -> None:
    assert normalise_timestamp(value) == iso


@pytest.mark.parametrize("value", ["", "bientôt", "2019-13-45", "0001-01-01", "x" * 10_000])
def test_published_rejects_unreadable_metadata(value: str) -> None:
    assert normalise_timestamp(value) is None


def test_published_infers_the_year_of_a_dateline_from_past_events() -> None:
    text = "Le texte avait été présenté le 3 décembre 2019 aux habitants."
    dateline = Dateline(raw="LYON, le 12 mars. / AFP /.", place="Lyon", agency="AFP")
    assert resolve_published(text, published=None, dateline=dateline) == ("2020-03-12", "2020-03-12")


def test_published_reads_the_day_the_text_calls_today() -> None:
    text = "Cela a été annoncé aujourd'hui, 9 février, par le ministre. Le 17 décembre 2021, un accord était signé."
    assert resolve_published(text, published=None, dateline=None) == ("2022-02-09", None)


def test_published_metadata_wins_and_dates_the_dateline() -> None:
    dateline = Dateline(raw="PARIS, 31 décembre (AFP) -", place="Paris", agency="AFP")
    published, dateline_date = resolve_published("Texte.", published="2022-01-01T08:00:00+01:00", dateline=dateline)
    assert (published, dateline_date) == ("2022-01-01T08:00:00+01:00", "2021-12-31")


def test_published_stays_empty_without_any_evidence() -> None:
    assert resolve_published("Le conseil a voté le 12 mars.", published=None, dateline=None) == (None, None)


def test_published_stage_keeps_unreadable_metadata_aside() -> None:
    article = PublishedDateResolver().process(Article(source_id="p", text="Texte.", published="hier soir"))
    assert article.published is None and article.extra["published_raw"] == "hier soir"


def test_published_stage_sets_the_dateline_date() -> None:
    article = Article(
        source_id="p",
        text="Le projet date du 2 avril 2020.",
        dateline=Dateline(raw="NANTES, le 3 mai. / AFP /.", place="Nantes", agency="AFP"),
    )
    out = PublishedDateResolver().process(article)
    assert out.published == "2020-05-03" and out.dateline.date == "2020-05-03"
