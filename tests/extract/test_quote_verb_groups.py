"""find_quotes on invented sentences where a circumstance stands between a cue's auxiliary and its participle ("a pour
l'instant dénoncé", "avait à l'époque affirmé", "a à plusieurs reprises mis en cause"): the verb group spans it, so
the subject before the auxiliary is the source; an object between them ("a à sa disposition un rapport") is none. A
participle joined by "et" with no auxiliary shares the earlier one's, and its subject."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_circumstance_between_auxiliary_and_participle_keeps_the_subject_the_source(read) -> None:
    [quote] = read("Le procureur avait à l'époque affirmé que l'enquête serait close avant l'été.")
    assert (quote.speaker_mention, quote.text) == ("Le procureur", "l'enquête serait close avant l'été")
    assert quote.cue == "avait à l'époque affirmé"
    [quote] = read("La ministre a pour l'instant dénoncé des « violences inadmissibles » contre les élus.")
    assert quote.speaker_mention == "La ministre" and "violences inadmissibles" in quote.text


def test_several_phrases_between_auxiliary_and_particle_verb_still_form_one_group(read) -> None:
    [quote] = read("Le syndicat a à plusieurs reprises au cours de la réunion mis en cause les « choix » de la direction.")
    assert (quote.speaker_mention, quote.text) == ("Le syndicat", "les « choix » de la direction")


def test_an_object_between_auxiliary_and_participle_makes_no_verb_group(read) -> None:
    assert read("Le maire a à sa disposition un rapport annoncé depuis des mois par la région.") == []


def test_a_participle_joined_without_its_auxiliary_shares_the_earlier_verb_s_subject(read) -> None:
    [quote] = read("Le président a salué les soignants et appelé à la prudence pendant les fêtes.")
    assert (quote.speaker_mention, quote.text) == ("Le président", "la prudence pendant les fêtes")


def test_an_adverb_after_the_auxiliary_keeps_a_postposed_incise_whole(read) -> None:
    for adverb in ("d'abord", "aussitôt"):
        [quote] = read(f"« Monsieur Durand, arrêtez de crier ainsi ! C'est la dernière fois », a {adverb} lancé "
                       "Paul Garnier, avant de le sanctionner.")
        assert quote.speaker_mention == "Paul Garnier"
