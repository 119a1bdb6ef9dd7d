"""Language identification: an ISO 639-1 code, or nothing when there is too little text."""
from __future__ import annotations

import pytest

from veille.article import Article
from veille.clean.lang import LanguageConfig, LanguageIdentifier


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    stage = LanguageIdentifier()
    stage.setup()
    return stage


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le conseil municipal a adopté jeudi soir le budget de la future médiathèque.", "fr"),
        ("The city council approved the budget for the new library on Thursday evening.", "en"),
        ("El ayuntamiento aprobó el jueves por la noche el presupuesto de la nueva biblioteca.", "es"),
        ("Der Stadtrat hat am Donnerstagabend den Haushalt für die neue Bibliothek beschlossen.", "de"),
    ],
)
def test_lang_identifies_the_language_of_the_body(identifier: LanguageIdentifier, text: str, lang: str) -> None:
    assert identifier.process(Article(source_id="l", text=text)).lang == lang


def test_lang_leaves_too_short_text_unknown(identifier: LanguageIdentifier) -> None:
    assert identifier.identify("OK 12") is None


def test_lang_can_be_restricted_to_a_set_of_languages() -> None:
    stage = LanguageIdentifier(LanguageConfig(languages=("fr", "en")))
    assert stage.identify("El ayuntamiento aprobó el presupuesto de la nueva biblioteca municipal.") in {"fr", "en", None}
    assert stage.identify("Le conseil municipal a adopté le budget de la médiathèque.") == "fr"
