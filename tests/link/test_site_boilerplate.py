"""Site boilerplate: a short line repeated on many pages of one site is learnt and removed."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from veille.article import Article
from veille.errors import PipelineError
from veille.identity import identify
from veille.link.site_boilerplate import (
    SiteBoilerplateConfig,
    SiteBoilerplateLinker,
    candidate_lines,
    is_candidate,
    line_hash,
)
from veille.stage import Reject
from veille.store.sqlite import SqliteStore

PITCH = "Retrouvez toutes nos vidéos sur notre chaîne"
CREDIT = "Photo d'illustration : Rédaction du Val"


def _page(n: int, *, site: str | None = "Le Courrier du Val", extra: str = "", url: str | None = None) -> Article:
    body = f"Le conseil municipal a voté la délibération numéro {n} après un long débat en séance.\n{PITCH}"
    return identify(Article(source_id=f"page-{n}", site=site, url=url, text=body + extra))


@pytest.fixture
def linker(tmp_path: Path) -> Iterator[SiteBoilerplateLinker]:
    with SqliteStore(tmp_path / "veille.db") as store:
        stage = SiteBoilerplateLinker()
        stage.bind(store)
        yield stage


def test_site_boilerplate_removes_a_line_seen_on_enough_pages(linker: SiteBoilerplateLinker) -> None:
    outs = [linker.process(_page(n)) for n in range(5)]
    assert [PITCH in a.text for a in outs] == [True, True, True, False, False]
    assert outs[3].boilerplate == [PITCH]
    assert outs[3].text.startswith("Le conseil municipal a voté la délibération numéro 3")


def test_site_boilerplate_counts_a_reingested_page_once(linker: SiteBoilerplateLinker) -> None:
    for _ in range(6):
        out = linker.process(_page(1))
    assert PITCH in out.text and out.boilerplate == []


def test_site_boilerplate_keeps_sites_apart(linker: SiteBoilerplateLinker) -> None:
    for n in range(3):
        linker.process(_page(n, site="Le Courrier du Val"))
    out = linker.process(_page(9, site="La Gazette"))
    assert PITCH in out.text


def test_site_boilerplate_skips_articles_without_a_site(linker: SiteBoilerplateLinker) -> None:
    for n in range(6):
        out = linker.process(_page(n, site=None))
    assert PITCH in out.text


def test_site_boilerplate_learns_a_site_without_a_name_by_its_host(linker: SiteBoilerplateLinker) -> None:
    outs = [linker.process(_page(n, site=None, url=f"https://courrier-du-val.example/actu/{n}")) for n in range(5)]
    assert [PITCH in a.text for a in outs] == [True, True, True, False, False]
    other = linker.process(_page(7, site=None, url="https://gazette.example/actu/7"))
    assert PITCH in other.text


def test_an_article_outlet_is_its_site_else_its_host_and_a_broken_url_names_none() -> None:
    assert Article(source_id="a", site="La Gazette", url="https://gazette.example/x").outlet == "La Gazette"
    assert Article(source_id="b", url="https://www.gazette.example/x").outlet == "www.gazette.example"
    assert Article(source_id="c", url="http://[not-a-host/x").outlet is None
    assert Article(source_id="d").outlet is None


def test_site_boilerplate_never_learns_long_lines(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "veille.db") as store:
        stage = SiteBoilerplateLinker(SiteBoilerplateConfig(max_line_chars=30, min_pages=2))
        stage.bind(store)
        outs = [stage.process(_page(n, extra=f"\n{CREDIT[:20]}")) for n in range(3)]
    assert PITCH in outs[-1].text  # 45 characters: over the cap
    assert outs[-1].boilerplate == [CREDIT[:20]]


def test_site_boilerplate_rejects_a_page_that_is_only_furniture(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "veille.db") as store:
        stage = SiteBoilerplateLinker(SiteBoilerplateConfig(min_pages=2))
        stage.bind(store)
        stage.process(identify(Article(source_id="a", site="S", text=f"Un article court.\n{PITCH}")))
        with pytest.raises(Reject, match="empty_text"):
            stage.process(identify(Article(source_id="b", site="S", text=PITCH)))


def test_site_boilerplate_needs_a_bound_index() -> None:
    with pytest.raises(PipelineError, match="bind"):
        SiteBoilerplateLinker().process(_page(1))


def test_site_boilerplate_never_learns_sentences_or_quotes(linker: SiteBoilerplateLinker) -> None:
    repeated = "\nQuatre personnes ont été interpellées, selon la préfecture.\n« Nous resterons mobilisés », dit-elle"
    for n in range(6):
        out = linker.process(_page(n, extra=repeated))
    assert out.boilerplate == [PITCH]
    assert "Quatre personnes ont été interpellées" in out.text and "« Nous resterons mobilisés »" in out.text


def test_site_boilerplate_candidates_are_short_lines_that_are_not_prose() -> None:
    assert is_candidate("Crédit photo : Studio Val", max_chars=120)
    assert not is_candidate("Une enquête a été ouverte.", max_chars=120)
    assert not is_candidate('"Nous partons" a-t-il dit', max_chars=120)
    assert not is_candidate("x" * 121, max_chars=120)


def test_site_boilerplate_ignores_case_and_spacing_and_spares_datelines() -> None:
    assert line_hash("Suivez  NOUS ") == line_hash("suivez nous")
    assert candidate_lines("PARIS (AFP) - Court.\nPartagez\n" + "x" * 200, max_chars=120) == ["Partagez"]
