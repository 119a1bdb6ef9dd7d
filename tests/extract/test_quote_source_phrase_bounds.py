"""Where a "selon X" phrase's report starts and ends, and which "selon" names no source (real model: ``model``)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_selon_inside_a_clause_reports_the_whole_sentence(read) -> None:
    text = 'La faute incombe selon M. Durand à "un entrepôt construit sans permis" dans le quartier voisin.'
    found = [(q.text, q.cue) for q in read(text)]
    assert found == [('La faute incombe selon M. Durand à "un entrepôt construit sans permis" dans le quartier voisin',
                      "selon")]


@pytest.mark.model
def test_selon_after_a_comma_at_the_end_reports_what_came_before(read) -> None:
    found = [(q.text, q.speaker_mention) for q in read("Le projet coûtera plus cher, selon une source proche du dossier.")]
    assert found == [("Le projet coûtera plus cher", "une source proche du dossier")]


@pytest.mark.model
def test_selon_a_style_or_a_staging_names_no_source(read) -> None:
    text = ("Les visiteurs pourront venir habillés selon le style vestimentaire de l'époque de leur voiture. Des concerts "
            "seront organisés selon une mise en scène « Des musiciens sur les toits », sur les pelouses du parc.")
    assert read(text) == []


@pytest.mark.model
def test_a_relative_about_the_source_after_an_opening_selon_is_not_its_report(read) -> None:
    text = ("Des antennes ont brûlé. Selon Le Parisien, qui cite une note du renseignement datée du 23 avril, ces actes "
            "portent la signature de militants radicaux.")
    found = [(q.text, q.speaker_mention) for q in read(text)]
    assert found == [("ces actes portent la signature de militants radicaux", "Le Parisien")]


@pytest.mark.model
def test_what_on_learned_from_a_named_source_is_that_sources_report(read) -> None:
    text = ("Les trois hommes ont été mis en examen samedi pour escroquerie, a-t-on appris auprès du parquet de Créteil. "
            "Un mineur a été écroué, a-t-on appris mercredi 1er juillet de source policière. "
            "Le maire a démissionné, a-t-on appris lundi. Il a appris la nouvelle auprès de son frère, qui vit à Lyon.")
    found = [(q.text, q.cue, q.speaker_mention) for q in read(text)]
    assert found == [
        ("Les trois hommes ont été mis en examen samedi pour escroquerie", "a-t-on appris", "parquet de Créteil"),
        ("Un mineur a été écroué", "a-t-on appris", "source policière"),
    ]


@pytest.mark.model
def test_a_name_apposed_to_the_source_of_selon_is_part_of_the_source(read) -> None:
    found = [(q.text, q.speaker_mention) for q in read(
        "D'après le porte-parole du ministère, Karim Haddadi, le nombre de cas a reculé cette semaine dans le pays.")]
    assert found == [("le nombre de cas a reculé cette semaine dans le pays", "le porte-parole du ministère, Karim Haddadi")]
    found = [(q.text, q.speaker_mention) for q in read("Selon Le Monde, Jean Dupont, le maire de la ville, a quitté son parti.")]
    assert found == [("Jean Dupont, le maire de la ville, a quitté son parti", "Le Monde")]
    found = [q.speaker_mention for q in read(
        "Selon les informations du Courrier, Pauline Fillard, l'épouse du candidat, n'a pas été payée depuis 1986.")]
    assert found == ["les informations du Courrier"]
