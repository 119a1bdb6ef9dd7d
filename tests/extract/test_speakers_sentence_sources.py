"""resolve_speakers on sources the sentence itself names where the quote reader gave none, a pronoun or the last
organisation named: the name a quotation's own "Selon X," or "Pour X," opening gives; the subject written after a
postposed reporting verb that a modal, a locution or a circumstance keeps from reading as an incise; an organisation
noun the sentence defines with a complement ("le syndicat des commissaires de police")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_name_a_selon_opening_gives_is_the_source_and_the_il_after(speakers) -> None:
    text = ("Le directeur Marc Leroy a été mis en examen mardi. Selon son avocat, Paul Valmont, les juges estiment "
            "que l'enquête n'a pas été faite correctement alors, selon lui, qu'« aucun élément ne le prouve ». "
            "« Il n'y a rien de nouveau », s'est-il insurgé.")
    assert [q.speaker for q in speakers(text)] == ["Paul Valmont", "Paul Valmont"]


def test_the_name_a_pour_opening_gives_is_not_the_previous_speaker(speakers) -> None:
    text = ("La députée Claire Dumas a défendu le texte. « Ce n'est qu'une répétition », a-t-elle estimé. Pour la "
            "présidente du groupe, Amélie Durand, « ces débats sont vains », a-t-elle tweeté.")
    assert [q.speaker for q in speakers(text)] == ["Claire Dumas", "Amélie Durand"]


def test_a_modal_and_a_circumstance_before_a_postposed_subject(speakers) -> None:
    text = ("Le maire Paul Durand a présenté le plan mardi. « Ces mesures sont indispensables », a pu confirmer sur "
            "place l'infirmière Julie Marchal, qui travaille au centre.")
    assert [q.speaker for q in speakers(text)] == ["Julie Marchal"]


def test_a_locution_before_a_postposed_subject(speakers) -> None:
    text = ("Le ministre Paul Durand a présenté le plan lundi. « Le bâtiment restera ouvert tout l'été », a tenu à "
            "faire savoir la direction de l'établissement.")
    assert [q.speaker for q in speakers(text)] == ["direction de l'établissement"]



def test_an_organisation_noun_with_its_own_complement_is_that_body_not_the_last_one_named(speakers) -> None:
    text = ("Le ministère de l'Intérieur a dénoncé des « propos scandaleux ». « Ce maire déshonore son mandat », a "
            "dénoncé de son côté le syndicat des commissaires de la police nationale sur Twitter.")
    assert [q.speaker for q in speakers(text)][-1] == "syndicat des commissaires de la police nationale"
