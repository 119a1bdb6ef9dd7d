"""The server-rendered pages (serve/web): content, escaping of hostile text, accessibility hooks."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from veille.config import Settings
from veille.serve.api import create_app
from veille.serve.web.charts import volume_chart
from veille.serve.web.highlight import Span, segments
from veille.serve.web.render import marked, safe_url

from .conftest import ALTERED, HOSTILE_STORY, QUOTE, STORY, UiStore


@pytest.fixture(scope="module")
def client(ui_store: UiStore) -> TestClient:
    return TestClient(create_app(Settings(db=str(ui_store.path))))


def _hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_hostile_article_renders_as_text_with_no_link(client: TestClient, ui_store: UiStore) -> None:
    html = client.get(f"/article/{ui_store.hostile.id}").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<b>Mallory</b>" not in html and "&lt;b&gt;Mallory&lt;/b&gt;" in html
    assert not any(h.lower().startswith("javascript") for h in _hrefs(html))
    assert "javascript:alert(1)" in html  # shown as text, in a <code>, not as a link


@pytest.mark.parametrize("url", ["/", "/search?q=alert", f"/story/{HOSTILE_STORY}", "/person/mallory"])
def test_hostile_title_label_and_speaker_are_escaped_on_every_page(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert "<script>alert" not in html and "<i>Evil</i>" not in html and "<b>Mallory" not in html
    assert "<script" not in html  # the pages carry no script at all


def test_home_lists_stories_with_copies_folded_and_a_chart(client: TestClient) -> None:
    html = client.get("/").text
    assert f'href="/story/{STORY}"' in html
    assert "Budget 2025 de Brive" in html and "+1 copie(s)" in html
    assert "<svg" in html and html.count('class="bar"') >= 4
    assert 'href="/person/marie-lenoir"' in html


def test_story_page_shows_timeline_articles_quotes_and_entities(client: TestClient, ui_store: UiStore) -> None:
    html = client.get(f"/story/{STORY}").text
    assert "Le conseil municipal de Brive adopte le budget 2025" in html
    assert "1 copie(s) regroupée(s)" in html and f"/article/{ui_store.copy.id}" in html
    assert QUOTE in html and ALTERED in html
    assert "Paul Vidal" in html


def test_person_page_links_every_quote_to_its_article(client: TestClient, ui_store: UiStore) -> None:
    html = client.get("/person/marie-lenoir").text
    for article in (ui_store.budget, ui_store.follow_up, ui_store.copy):
        assert f'href="/article/{article.id}"' in html
    assert '<mark class="changed">locaux</mark>' in html
    assert "reprise par 3 média(s)" in html


def test_article_highlights_quote_speaker_entity_and_date(client: TestClient, ui_store: UiStore) -> None:
    html = client.get(f"/article/{ui_store.budget.id}").text
    assert re.search(r'<span class="quote"[^>]*>' + re.escape(QUOTE.replace("'", "&#39;")), html)
    assert '<span class="speaker"' in html and '<span class="ent-LOC"' in html and '<span class="date"' in html
    assert "<details" in html and "Suivez-nous" in html
    assert 'href="https://courrier-brive.example/budget-2025"' in html


def test_search_page_marks_matches_and_links_results_and_facets(client: TestClient, ui_store: UiStore) -> None:
    html = client.get("/search", params={"q": "budget"}).text
    assert "<mark>budget</mark>" in html.lower() or "<mark>Budget</mark>" in html
    assert f'href="/article/{ui_store.budget.id}"' in html
    assert "speaker=marie-lenoir" in html and f"story={STORY}" in html


def test_bad_filter_shows_an_error_page_not_a_crash(client: TestClient) -> None:
    page = client.get("/search", params={"date_from": "hier"})
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    assert client.get("/story/unknown").status_code == 404
    assert client.get("/nowhere").status_code == 404


def test_pages_have_skip_link_labels_and_phone_viewport(client: TestClient) -> None:
    html = client.get("/search").text
    assert 'class="skip" href="#main"' in html and 'id="main"' in html
    assert 'name="viewport"' in html
    for field in re.findall(r'<input id="([^"]+)"', html):
        assert f'for="{field}"' in html
    css = client.get("/static/style.css").text
    assert "@media (max-width" in css and ":focus-visible" in css


def test_safe_url_keeps_only_http_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,x", "//evil.example",
                "http://", "vbscript:x", "https://ex ample.org", None, 42):
        assert safe_url(bad) is None


def test_segments_split_overlapping_spans_and_drop_bad_offsets() -> None:
    text = "Selon Marie Lenoir, tout va bien."
    parts = segments(text, [Span(6, 18, "ent-PER"), Span(0, 33, "quote"), Span(40, 50, "date"), Span(5, 2, "x")])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.kinds) for p in parts] == [
        ("Selon ", ("quote",)), ("Marie Lenoir", ("ent-PER", "quote")), (", tout va bien.", ("quote",))]


def test_marked_splits_snippets_on_store_marks() -> None:
    assert marked("a \x02b\x03 c\x03") == [("a ", False), ("b", True), (" c", False)]


def test_volume_chart_groups_long_periods_by_month() -> None:
    days = [{"day": f"2024-{m:02d}-{d:02d}", "articles": 1, "copies": 0} for m in range(1, 7) for d in range(1, 29)]
    chart = volume_chart(days)
    assert chart.unit == "month" and [b.count for b in chart.bars] == [28] * 6
    assert volume_chart(days[:3]).unit == "day"
