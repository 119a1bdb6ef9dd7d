"""find_quotes on invented sentences whose cue the reader used to miss: an adverb between the auxiliary and the
participle ("a aussitôt précisé"), a role noun and a name as inverted subject ("a indiqué son directeur Marc Lebrun")
after a clause the parser gave the cue as its subject, a present tense the tagger takes for a noun ("…, note le
quotidien"), an opening connector before the incise ("Pourtant, souligne X, …"), and "souligner" with a noun phrase."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_adverb_inside_the_verb_group_keeps_the_postposed_cue(read) -> None:
    [quote] = read("Aucune taxe nouvelle ne frappera les commerces du centre-ville, a aussitôt précisé la préfecture.")
    assert (quote.type, quote.text, quote.cue, quote.speaker_mention) == (
        "indirect", "Aucune taxe nouvelle ne frappera les commerces du centre-ville", "a aussitôt précisé",
        "la préfecture")


@pytest.mark.model
def test_a_negation_stays_out_of_the_verb_group(read) -> None:
    [quote] = read("Il n'a pas dit que le chantier était terminé.")
    assert quote.cue == "dit"


@pytest.mark.model
def test_a_role_and_its_name_after_the_cue_are_its_source(read) -> None:
    [quote] = read("Les plaintes sont à l'étude, a indiqué son directeur Marc Lebrun.")
    assert (quote.type, quote.text, quote.speaker_mention) == (
        "indirect", "Les plaintes sont à l'étude", "son directeur Marc Lebrun")


@pytest.mark.model
def test_a_role_without_a_name_after_such_a_clause_is_no_source(read) -> None:
    assert read("Les plaintes sont à l'étude, a indiqué le représentant des riverains.") == []


@pytest.mark.model
def test_a_present_the_tagger_takes_for_a_noun_is_a_postposed_cue(read) -> None:
    [quote] = read("Le dernier concert de la saison a été fêté dignement, note le quotidien.")
    assert (quote.type, quote.text, quote.speaker_mention) == (
        "indirect", "Le dernier concert de la saison a été fêté dignement", "le quotidien")


@pytest.mark.model
def test_a_noun_with_its_determiner_after_a_comma_is_no_cue(read) -> None:
    assert read("Le conseil a voté le budget, une note du ministère à la main.") == []


@pytest.mark.model
def test_after_an_opening_connector_the_clause_after_the_incise_is_the_content(read) -> None:
    [quote] = read("Pourtant, souligne Paul Durand, analyste indépendant, tout accord sur ce dossier risque de se "
                   "heurter au veto des voisins.")
    assert (quote.text, quote.speaker_mention) == (
        "tout accord sur ce dossier risque de se heurter au veto des voisins", "Paul Durand")


@pytest.mark.model
def test_souligner_reports_its_noun_phrase_object(read) -> None:
    [quote] = read("La ministre a souligné les efforts consentis par les communes du littoral.")
    assert (quote.type, quote.text, quote.speaker_mention) == (
        "indirect", "les efforts consentis par les communes du littoral", "La ministre")


@pytest.mark.model
def test_a_verb_that_opens_a_que_clause_after_a_quotation_is_no_incise(read) -> None:
    [quote] = read('Le journal, qui a pu consulter "une dizaine de bilans annuels", estime que la société a encaissé '
                   "des millions d'euros.")
    assert (quote.type, quote.text, quote.speaker_mention) == (
        "indirect", "la société a encaissé des millions d'euros", "Le journal")
