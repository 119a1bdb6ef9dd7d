"""Boilerplate lines: furniture goes to article.boilerplate in order; prose is never touched."""
from __future__ import annotations

import pytest

from veille.article import Article
from veille.clean.boilerplate import BoilerplateCleaner, echoes_title, matches_pattern, split_boilerplate, words
from veille.stage import Reject

TITLE = "L’État débloque l’aide d’urgence aux éleveurs — syndicat agricole"
PROSE = "Le ministre a annoncé mardi une enveloppe de 40 millions d’euros pour les éleveurs touchés par la sécheresse."


@pytest.mark.parametrize(
    "line",
    [
        "PREV Le marché de Noël reviendra en décembre",
        "NEXT Une nouvelle piste cyclable inaugurée | Le Courrier",
        "For Latest Updates Follow us on Google News",
        "Suivez-nous sur Facebook",
        "Partager",
        "Partager sur Twitter",
        "Source",
        "Sources :",
        "À lire aussi : les éleveurs manifestent à Rennes",
        "Publicité",
        "----",
        "* * *",
        "© Le Courrier 2021",
    ],
)
def test_boilerplate_patterns_match_furniture(line: str) -> None:
    assert matches_pattern(line)


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Suivant les recommandations du préfet, la foire a été annulée.",
        "Source de tensions, la réforme divise la majorité.",
        "Partager les richesses reste son credo, a-t-il dit.",
        "NEXTGEN, le programme européen, est doté de 750 milliards.",
    ],
)
def test_boilerplate_patterns_spare_prose_that_starts_alike(line: str) -> None:
    assert not matches_pattern(line)


def test_boilerplate_folds_words_like_a_slug() -> None:
    assert words("L’État, à mi-chemin !") == ["letat", "a", "michemin"]


def test_boilerplate_recognises_a_slug_of_title_and_section() -> None:
    slug = "LEtat debloque laide durgence eleveurs syndicat agricole Agriculture Ruralite"
    assert echoes_title(slug, TITLE, "Agriculture & Ruralité")
    assert echoes_title(TITLE, TITLE)
    assert not echoes_title(PROSE, TITLE)
    assert not echoes_title("Les éleveurs attendent", TITLE)


def test_boilerplate_removes_furniture_in_order_and_keeps_prose() -> None:
    text = "\n".join(
        [PROSE, "Source", "LEtat debloque laide durgence eleveurs syndicat agricole", "Partager", TITLE, "----"]
    )
    body, removed = split_boilerplate(text, title=TITLE)
    assert body == PROSE
    assert removed == ["Source", "LEtat debloque laide durgence eleveurs syndicat agricole", "Partager", TITLE, "----"]


def test_boilerplate_removes_the_site_and_section_names_standing_alone() -> None:
    body, removed = split_boilerplate(f"Le Courrier\n{PROSE}\nAgriculture", site="Le Courrier", section="Agriculture")
    assert (body, removed) == (PROSE, ["Le Courrier", "Agriculture"])


def test_boilerplate_stage_appends_after_header_lines() -> None:
    article = Article(source_id="b", title=TITLE, section="Agriculture", text=f"{PROSE}\nSuivez-nous sur Facebook")
    article.boilerplate.append("Agriculture")
    out = BoilerplateCleaner().process(article)
    assert out.text == PROSE
    assert out.boilerplate == ["Agriculture", "Suivez-nous sur Facebook"]


def test_boilerplate_stage_rejects_a_page_that_was_only_furniture() -> None:
    with pytest.raises(Reject, match="empty_text"):
        BoilerplateCleaner().process(Article(source_id="b", text="Partager\n----\nSource"))
