"""A pronoun after a sentence whose subject is an unnamed person description ("Le chef d'entreprise décide …") takes
up that description, kept as written, or the person introduced with its role; an unnamed source taken up by "il"
keeps its gender for the next "il". Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_an_unnamed_description_subject_is_the_next_pronoun(speakers) -> None:
    text = ("La préfecture a rejeté la demande. « Le dossier est incomplet », a indiqué la préfecture. Le chef "
            "d'entreprise décide alors de faire appel. « On m'a dit que c'était trop tard », explique-t-il.")
    assert [q.speaker for q in speakers(text)][-1] == "Le chef d'entreprise"


def test_a_description_subject_after_a_named_speaker_is_no_longer_that_speaker(speakers) -> None:
    text = ("« Nous resterons ouverts », a dit Paul Durand, le maire de Fouilly. Une infirmière de la clinique, témoin "
            "de la scène, donne l'alerte. Selon elle, la porte était déjà fermée.")
    quotes = speakers(text)
    assert (quotes[-1].speaker, quotes[-1].named) == ("Une infirmière de la clinique", False)


def test_a_description_of_a_role_someone_was_introduced_with_is_that_person(speakers) -> None:
    text = ("« Rien n'est joué », a lancé la députée Claire Morvan. Le ministre de l'Agriculture Jean Talbot est arrivé "
            "en fin de matinée. Le ministre a promis une aide. « Nous serons là », a-t-il assuré.")
    assert [q.speaker for q in speakers(text)][-1] == "Jean Talbot"


def test_a_description_that_renames_the_person_just_quoted_keeps_the_chain(speakers) -> None:
    text = ("« On m'a dit que c'était trop tard », raconte Paul Durand. Le chauffeur de taxi décide alors de faire "
            "appel. « Je ne lâcherai rien », prévient-il.")
    assert [q.speaker for q in speakers(text)] == ["Paul Durand", "Paul Durand"]


def test_the_source_of_an_incise_is_no_new_antecedent(speakers) -> None:
    text = ("« Le parti ne va pas se reconstruire en quelques semaines », a poursuivi l'ancien porte-parole du "
            "gouvernement Marc Dolet. « Il faut du temps », a-t-il ajouté.")
    assert [q.speaker for q in speakers(text)] == ["Marc Dolet", "Marc Dolet"]


def test_an_unnamed_source_taken_up_by_il_stays_a_man_for_the_next_il(speakers) -> None:
    text = ("« Tout le monde courait », raconte le gérant du magasin. « Il s'agissait de casseurs », assure-t-il. "
            "« Ils étaient organisés », ajoute-t-il.")
    assert [q.speaker for q in speakers(text)] == ["le gérant du magasin"] * 3


def test_the_person_a_cleft_puts_in_focus_is_the_next_pronoun(speakers) -> None:
    text = ("« Nous irons jusqu'au bout », a dit la sénatrice Claire Morvan. Après un long silence, c'était le maire "
            "qui avait répondu. Il avait assuré que la route serait rouverte.")
    quotes = speakers(text)
    assert (quotes[-1].speaker, quotes[-1].named) == ("le maire", False)


def test_a_description_written_before_for_someone_else_is_not_the_speaker_questioning_him(speakers) -> None:
    text = ("Mardi, le député Paul Becquet interpellait le Premier ministre : « Qui paiera la facture ? ». Après un "
            "silence, c'était le Premier ministre qui avait répondu. Il avait assuré que l'État paierait.")
    quotes = speakers(text)
    assert (quotes[-1].speaker, quotes[-1].named) == ("le Premier ministre", False)


def test_the_minister_is_not_the_unnamed_prime_minister(speakers) -> None:
    text = ("Le Premier ministre a tranché. « Nous ne reculerons pas », a affirmé le Premier ministre. Le ministre de "
            "l'Économie Jean Talbot était absent. « Ces chiffres sont faux », a démenti le ministre.")
    assert [q.speaker for q in speakers(text)][-1] == "Jean Talbot"


def test_a_trade_noun_the_article_introduced_a_person_with_is_a_person_description(speakers) -> None:
    text = ("Le rappeur Tom Vasque est de nouveau critiqué pour son dernier album. « C'est une insulte aux victimes », "
            "a dénoncé le député Bruno Lérac. À la fin de son concert, le rappeur a défendu son texte. « Ce n'est "
            "qu'une fiction, rien de plus », détaille-t-il.")
    assert [q.speaker for q in speakers(text)][-1] == "Tom Vasque"
