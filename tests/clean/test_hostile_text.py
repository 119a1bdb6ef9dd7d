"""Property tests over the cleaning stages: any text at all (lone surrogates, NUL, bidi controls, markup,
datelines and dates half-written) is cleaned or rejected with a reason, never an exception, and what
comes out is text with an ISO date or none."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.article import Article, RawPage
from veille.clean.published import normalise_timestamp
from veille.registry import build_stages
from veille.stage import Reject

STAGES = build_stages(("html", "dump_header", "repair", "boilerplate", "dateline", "mt_residue", "lang", "published"))
#: Pieces that steer the cleaners into their branches: furniture, datelines, dates, quotes, markup, damage.
PIECES = st.sampled_from([
    "\x00", "\ufffd", "\ud800", "\udfff", "\u202e", "\u200f", "\u2066", "\u200b", "\ufeff", "\xad", "\xa0",
    "\n", "\r\n", "\t", " ", "«", "»", "“", "”", '"', "'", ".", "!", "?", "…", "----", "\n----\n",
    "PARIS (AFP) -", "GENÈVE, le 10 janvier. / TASS /.", "Lyon, le 5 mai 2020 –", "aujourd'hui, 9 février",
    "le 31 février 2021", "lundi", "Fin janvier", "[the talks]", "Suivez-nous sur Google News", "Source", "PREV",
    "<p>", "</p>", "<script>alert(1)</script>", "<!--", "&amp;", "&#0;", "&#xD800;", "Ã©", "â€™", "a déclaré",
    "Selon lui", "Le", "Emmanuel Macron", "2021-12-17", "17/12/2021", "9999",
])
TEXT = st.lists(st.one_of(st.text(max_size=12), PIECES), max_size=50).map("".join)
METADATA = st.one_of(st.none(), TEXT, st.sampled_from(["2022-02-30", "1 janvier 1800", "0", "demain", "Tue, 99 Dec"]))


@settings(max_examples=150, deadline=None, database=None)
@given(content=TEXT, format=st.sampled_from(["html", "dump", "text"]), title=METADATA, published=METADATA)
def test_every_cleaning_stage_keeps_or_rejects_any_text(
    content: str, format: str, title: str | None, published: str | None
) -> None:
    article = Article(source_id="x", title=title, site=title, section=title, published=published,
                      raw=RawPage(format=format, content=content))  # type: ignore[arg-type]
    for stage in STAGES:
        try:
            article = stage.process(article)
        except Reject as reject:
            assert reject.reason
            return
    assert article.text.strip() and "\x00" not in article.text  # kept means something to read, repaired
    assert article.published is None or article.published[4] == "-"


@settings(max_examples=80, deadline=None, database=None)
@given(value=st.one_of(TEXT, st.text(alphabet="0123456789-/:T+Z .,hàe", max_size=40)))
def test_normalise_timestamp_returns_iso_or_none_for_any_string(value: str) -> None:
    result = normalise_timestamp(value)
    assert result is None or (len(result) >= 10 and result[4] == "-" and result[7] == "-")
