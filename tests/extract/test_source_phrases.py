"""find_quotes on invented sentences whose source comes in a "pour" phrase: after connectors that open the sentence
("Mais pour la ministre, …"), naming an institution ("Pour le parquet, …"); not a topic ("Ainsi, pour les fruits
rouges, « … »") nor a time ("Pour la première fois, …")."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_pour_after_opening_connectors_gives_the_rest_of_the_sentence_to_its_source(read) -> None:
    [quote] = read("Mais pour la ministre, les chiffres restent trop élevés.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "la ministre", "les chiffres restent trop élevés")
    [quote] = read("Et finalement, pour lui, la réforme est une erreur historique.")
    assert (quote.speaker_mention, quote.text) == ("lui", "la réforme est une erreur historique")


@pytest.mark.model
def test_pour_naming_an_institution_gives_its_opinion(read) -> None:
    [quote] = read("Pour le parquet, le prévenu a menti sur son emploi du temps.")
    assert (quote.speaker_mention, quote.text) == ("le parquet", "le prévenu a menti sur son emploi du temps")
    [quote] = read("Pour le ministère public, le directeur savait tout de la fraude.")
    assert (quote.speaker_mention, quote.text) == ("le ministère public", "le directeur savait tout de la fraude")
    assert read("Pour la première fois, les chiffres ont baissé en juin.") == []


@pytest.mark.model
def test_a_quotation_after_a_connector_and_a_topic_has_no_source_in_the_pour_phrase(read) -> None:
    [quote] = read("Ainsi, pour les fruits rouges, « la récolte a baissé de moitié cette année dans la vallée ».")
    assert quote.speaker_mention is None
    [quote] = read("Mais pour elle, « rien ne justifie cette décision du conseil municipal ».")
    assert quote.speaker_mention == "elle"
