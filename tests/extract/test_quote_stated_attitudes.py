"""find_quotes on invented sentences where the cue's shape hid it: pronominal "dire" with an adjective ("s'est dit
favorable à …"), a source stating its own attitude; a present participle the tagger takes for a noun before its "que"
clause ("…, avertissant que …"); the aside "en revanche" between an auxiliary and its participle; and an incise after
a subordinate that opens the sentence ("Si …, prévient X, …"), which reports the whole sentence;
and a negation with an adverb after it ("n'a pas encore annoncé"), which reports nothing."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_pronominal_dire_with_an_adjective_reports_the_attitude_the_source_states(read) -> None:
    [quote] = read("Le président de la région s'est dit favorable à une réouverture rapide des écoles.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "Le président de la région", "favorable à une réouverture rapide des écoles")
    [quote] = read("Les commerçants se disent prêts à rouvrir dès la semaine prochaine.")
    assert quote.text == "prêts à rouvrir dès la semaine prochaine"
    [quote] = read("La présidente s'est dite très satisfaite du résultat des élections.")  # an adverb, an adjective the tagger calls a noun
    assert quote.text == "très satisfaite du résultat des élections"
    [quote] = read("Elle se dit prête à revenir tous les soirs « si nécessaire ».")
    assert (quote.type, quote.text) == ("mixed", "prête à revenir tous les soirs « si nécessaire »")


@pytest.mark.model
def test_dire_that_is_not_pronominal_or_has_no_adjective_reports_no_attitude(read) -> None:
    assert read("Le texte dit long sur les intentions du gouvernement.") == []
    assert read("Le conseil municipal s'est réuni lundi soir à la mairie.") == []


@pytest.mark.model
def test_a_participle_the_tagger_takes_for_a_noun_still_opens_its_que_clause(read) -> None:
    [quote] = read("Le ministre a quitté la salle, avertissant que les négociations étaient terminées.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "Le ministre", "les négociations étaient terminées")


@pytest.mark.model
def test_en_revanche_between_the_auxiliary_and_the_participle_keeps_the_cue(read) -> None:
    [quote] = read("Le maire a en revanche annoncé qu'il ne se représenterait pas en mars.")
    assert (quote.speaker_mention, quote.cue, quote.text) == ("Le maire", "a en revanche annoncé", "il ne se représenterait pas en mars")


@pytest.mark.model
def test_an_incise_after_an_opening_subordinate_reports_the_whole_sentence_not_the_subordinate_alone(read) -> None:
    [quote] = read("Une fois qu'il y sera, promet le candidat, il remboursera toutes les dettes de la ville.")
    assert (quote.speaker_mention, quote.text) == (
        "le candidat", "Une fois qu'il y sera, promet le candidat, il remboursera toutes les dettes de la ville")
    [quote] = read("Si la grève continue, prévient la ministre, les salaires ne seront pas versés.")
    assert (quote.speaker_mention, quote.text) == (
        "la ministre", "Si la grève continue, prévient la ministre, les salaires ne seront pas versés")


@pytest.mark.model
def test_a_negation_followed_by_an_adverb_still_negates_the_cue(read) -> None:
    assert read("Le ministre n'a pas encore annoncé de date pour la réouverture des écoles.") == []
    assert read("La mairie n'a toujours pas dénoncé les violences commises samedi.") == []
    [quote] = read("Le ministre a encore annoncé une date pour la réouverture des écoles.")  # no negation: reported
    assert quote.text == "une date pour la réouverture des écoles"
