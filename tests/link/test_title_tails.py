from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from veille.article import Article
from veille.identity import identify
from veille.link.site_boilerplate import SiteBoilerplateConfig, SiteBoilerplateLinker
from veille.link.title_tails import title_tail
from veille.store.sqlite import SqliteStore

TAG = "actualité du vélo, essais, nouveautés"


def _page(n: int, title: str, *, site: str = "Le Guidon") -> Article:
    body = f"Le modèle numéro {n} arrive chez les vendeurs au printemps, avec un cadre plus léger que le précédent."
    return identify(Article(source_id=f"velo-{n}", site=site, title=title, text=body))


@pytest.fixture
def linker(tmp_path: Path) -> Iterator[SiteBoilerplateLinker]:
    with SqliteStore(tmp_path / "veille.db") as store:
        stage = SiteBoilerplateLinker(SiteBoilerplateConfig(min_title_pages=5))
        stage.bind(store)
        yield stage


def test_a_tail_ending_enough_titles_of_a_site_is_cut_off_and_kept_as_boilerplate(
    linker: SiteBoilerplateLinker,
) -> None:
    outs = [linker.process(_page(n, f"Essai du vélo numéro {n} : {TAG}")) for n in range(7)]
    assert [a.title.endswith(TAG) for a in outs] == [True] * 4 + [False] * 3
    assert outs[5].title == "Essai du vélo numéro 5"
    assert outs[5].boilerplate == [TAG]


def test_a_title_ending_a_few_pages_share_stays_whole(linker: SiteBoilerplateLinker) -> None:
    titles = [f"Crue de la rivière numéro {n} : ce que l'on sait" for n in range(4)]
    outs = [linker.process(_page(n, t)) for n, t in enumerate(titles)]
    assert [a.title for a in outs] == titles


def test_title_tails_are_counted_per_site_and_a_page_once(linker: SiteBoilerplateLinker) -> None:
    for _ in range(6):
        linker.process(_page(1, f"Essai du vélo numéro 1 : {TAG}"))
    for n in range(2, 5):
        linker.process(_page(n, f"Essai du vélo numéro {n} : {TAG}", site="La Sacoche"))
    out = linker.process(_page(9, f"Essai du vélo numéro 9 : {TAG}"))
    assert out.title.endswith(TAG)  # two distinct pages of this site so far


def test_only_a_short_unquoted_ending_after_a_title_can_be_a_tail() -> None:
    assert title_tail(f"Essai du vélo numéro 1 : {TAG}") == ("Essai du vélo numéro 1", TAG)
    assert title_tail("Un vélo – Sport | Le Guidon") == ("Un vélo – Sport", "Le Guidon")
    assert title_tail("Essai : le nouveau vélo") is None  # two words would be left
    assert title_tail('Le maire de la ville : "nous reconstruirons le pont"') is None
    assert title_tail("Le vélo électrique séduit : " + "les ventes progressent " * 4) is None
    assert title_tail("Un vélo-cargo pour la mairie") is None
    assert title_tail(None) is None
