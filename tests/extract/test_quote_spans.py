"""One quote per quotation: no direct and indirect copies of it, and a mixed quote when the journalist's words go
on after it (real model: ``model``)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_participle_whose_object_opens_a_quotation_split_by_the_sentencizer_makes_one_quote(read) -> None:
    text = ('Le président a pris la parole devant les étudiants, appelant "la jeunesse à être unie. Nous sommes tous '
            'ensemble dans ce combat".')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert found == [("direct", "la jeunesse à être unie. Nous sommes tous ensemble dans ce combat", "Le président")]


@pytest.mark.model
def test_a_quotation_that_starts_after_que_inside_its_marks_is_one_quote_of_the_cue(read) -> None:
    text = ('Jean Durand habite près de l\'usine. La préfecture a indiqué lundi "qu\'elle n\'a eu connaissance d\'aucun incident. '
            'Aucune alerte n\'a été donnée".')
    found = [(q.text, q.speaker_mention) for q in read(text)]
    assert found == [("qu'elle n'a eu connaissance d'aucun incident. Aucune alerte n'a été donnée", "La préfecture")]


@pytest.mark.model
def test_a_postposed_selon_after_a_split_quotation_attributes_the_whole_quotation(read) -> None:
    text = ('"Il est libre d\'accepter le poste que lui propose l\'hôpital de la ville. S\'il le souhaite encore", selon '
            'le journal Egora, qui avait révélé la décision.')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert found == [("direct", "Il est libre d'accepter le poste que lui propose l'hôpital de la ville. S'il le "
                                "souhaite encore", "le journal Egora")]


@pytest.mark.model
def test_a_quotation_split_by_the_sentencizer_after_the_journalists_words_is_one_mixed_quote(read) -> None:
    text = ('Les parents de la jeune femme "n\'ont rien vu venir. Ils voudraient juste comprendre", a déclaré Me Durand, '
            'leur avocat.')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert found == [("mixed", 'Les parents de la jeune femme "n\'ont rien vu venir. Ils voudraient juste comprendre',
                      "Me Durand")]


@pytest.mark.model
def test_a_quotation_the_journalists_clause_goes_on_after_is_a_mixed_quote(read) -> None:
    text = ('"La grande promenade va changer le centre historique de la ville" pour relier entre eux les monuments et '
            'les sites, a indiqué la mairie.')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert found == [("mixed", '"La grande promenade va changer le centre historique de la ville" pour relier entre eux '
                               'les monuments et les sites', "la mairie")]


@pytest.mark.model
def test_a_quotation_with_a_few_words_after_it_stays_a_direct_quote(read) -> None:
    text = '"Nous tiendrons bon jusqu\'au bout de ce combat" face à eux, a dit le syndicaliste.'
    found = [(q.type, q.text) for q in read(text)]
    assert found == [("direct", "Nous tiendrons bon jusqu'au bout de ce combat")]
