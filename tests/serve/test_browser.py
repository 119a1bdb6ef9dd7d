"""The pages in a real headless Chromium (Debian's chromium, driven by playwright; no browser download).

A real uvicorn server on a free loopback port serves the test store; the browser clicks
home -> story -> person -> article -> search, checks what each page shows, that the CSP
blocks nothing the pages need, and saves screenshots to artifacts/screenshots/.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


from .conftest import QUOTE, UiStore, running_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(ui_store: UiStore) -> Iterator[str]:
    with running_server(str(ui_store.path)) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        message = "Debian's chromium is not installed (scripts/system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright import sync_api
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


def test_click_through_home_story_person_article_search(server: str, browser, ui_store: UiStore) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []
    page.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.on("dialog", lambda dialog: (blocked.append("dialog: " + dialog.message), dialog.dismiss()))

    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Histoires récentes"
    assert page.locator("svg rect.bar").count() >= 4
    page.screenshot(path=str(SHOTS / "1-home.png"), full_page=True)

    page.get_by_role("link", name="Budget 2025 de Brive").click()
    page.wait_for_url("**/story/**")
    assert page.locator("h1").inner_text() == "Budget 2025 de Brive"
    assert page.get_by_text("Le conseil municipal de Brive adopte le budget 2025").count() == 1
    page.screenshot(path=str(SHOTS / "2-story.png"), full_page=True)

    page.locator("#q-h ~ h3 a", has_text="Marie Lenoir").first.click()
    page.wait_for_url("**/person/marie-lenoir")
    assert page.locator("h1").inner_text() == "Marie Lenoir"
    assert page.locator("li.quote-item").count() == 3
    assert page.locator("mark.changed").inner_text() == "locaux"
    page.screenshot(path=str(SHOTS / "3-person.png"), full_page=True)

    page.locator("li.quote-item").first.get_by_role("link", name="Brive : le budget 2025").click()
    page.wait_for_url(f"**/article/{ui_store.budget.id}")
    assert page.locator(".body span.quote").first.inner_text().startswith(QUOTE[:20])
    assert not page.get_by_text("Suivez-nous").is_visible()  # removed lines only on request
    page.locator("details.removed summary").click()
    assert page.get_by_text("Suivez-nous").is_visible()
    page.screenshot(path=str(SHOTS / "4-article.png"), full_page=True)

    page.get_by_label("Rechercher dans les articles").fill("sécheresse")
    page.get_by_label("Rechercher dans les articles").press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.results li").count() >= 1
    assert page.locator("ol.results mark").count() >= 1
    page.locator("ol.results h3 a").first.click()
    page.wait_for_url("**/article/**")
    page.go_back()
    page.screenshot(path=str(SHOTS / "5-search.png"), full_page=True)
    assert blocked == []
    page.close()


def test_hostile_article_runs_no_script_and_links_nowhere(server: str, browser, ui_store: UiStore) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/article/{ui_store.hostile.id}")
    assert page.locator("h1").inner_text() == "<script>alert(1)</script>"
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(f"{server}/search?q=alert")
    assert dialogs == []
    page.close()


def test_phone_width_has_no_horizontal_scroll_and_keyboard_reaches_skip_link(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    for path, name in (("/", "6-home-390px.png"), ("/person/marie-lenoir", "7-person-390px.png")):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(SHOTS / name), full_page=True)
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**#main", timeout=5000)  # following the link is a navigation: the URL changes once it lands
    assert page.url.endswith("#main")
    page.close()
