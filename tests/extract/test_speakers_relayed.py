"""resolve_speakers around a news outlet's account: the people it names, and the outlet's own name."""
from __future__ import annotations

import pytest

from veille.extract.cast import strip_determiner

pytestmark = pytest.mark.model


def test_outlet_named_after_its_report_keeps_its_whole_name(speakers) -> None:
    quotes = speakers("Dimanche, Paul Lemaire a joué l'apaisement avec le ministre, souligne Public Sénat.")
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [("Public Sénat", "Public Sénat")]


def test_pronoun_after_an_outlets_report_takes_up_the_person_it_named(speakers) -> None:
    text = ("Dimanche, Paul Lemaire a joué l'apaisement avec le ministre, souligne Public Sénat. "
            "« Vous avez supprimé un impôt qui ne vous appartient pas », l'a-t-il néanmoins interpellé.")
    assert [q.speaker for q in speakers(text)] == ["Public Sénat", "Paul Lemaire"]


def test_person_named_in_a_quoted_newspaper_report_is_who_il_means(speakers) -> None:
    text = ("Le grand imam Ahmed Karim a appelé les fidèles au calme, a rapporté le quotidien La Croix. "
            "Il a critiqué « les caricatures » publiées en Europe.")
    assert [q.speaker for q in speakers(text)] == ["La Croix", "Ahmed Karim"]


def test_person_named_inside_someone_elses_words_is_still_not_the_next_speaker(speakers) -> None:
    text = ("« Paul Lemaire a menti à tout le monde », a lancé Sophie Brunet. "
            "« Je ne retire rien », a-t-elle ajouté.")
    assert [q.speaker for q in speakers(text)] == ["Sophie Brunet", "Sophie Brunet"]


def test_a_name_written_with_its_article_keeps_it() -> None:
    assert strip_determiner("La Croix") == "La Croix" and strip_determiner("le Parisien") == "le Parisien"
    assert strip_determiner("la société") == "société" and strip_determiner("l'Elysée") == "Elysée"
