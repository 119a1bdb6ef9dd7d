"""Which words are taken as a quote's source: the subject of the cue, never a phrase put before it (a circumstance, a
detached participle), a circumstance between an incise verb and its inverted subject, or a heading glued to the
sentence. Invented sentences, read with the real model."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _mentions(speakers, text: str) -> list[str | None]:
    return [q.speaker_mention for q in speakers(text)]


def test_fronted_prepositional_phrase_is_not_the_subject(speakers) -> None:
    text = ('Le ministre Paul Garnier était en visite à Lyon. Dans leur livre "Les coulisses du pouvoir" (mars 2019), '
            'les journalistes Claire Dubois et Marc Leroy l\'accusent d\'avoir "menti à tout le monde" lors d\'un dîner.')
    quotes = speakers(text)
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [
        ("les journalistes Claire Dubois et Marc Leroy", "Claire Dubois et Marc Leroy")]


def test_phrase_closed_by_a_comma_before_the_name_is_not_part_of_the_subject(speakers) -> None:
    text = "Côté syndical, Louis Perrin a réclamé que le gouvernement clarifie sa position."
    assert _mentions(speakers, text) == ["Louis Perrin"]


def test_detached_adjective_opening_the_sentence_is_not_the_subject(speakers) -> None:
    text = 'Emu aux larmes, Charles Dupuis (Modem) a salué un texte "plein d\'humanité", jugeant qu\'il était utile.'
    assert [q.speaker for q in speakers(text)] == ["Charles Dupuis", "Charles Dupuis"]


def test_a_sign_before_a_name_is_no_preposition(speakers) -> None:
    text = ('« La situation est grave », a-t-il déclaré. ► Paul Garnier, interrogé lundi matin par BFMTV, '
            'a de son côté estimé que les Verts n\'étaient "pas loin de disparaître".')
    assert [q.speaker for q in speakers(text)][-1] == "Paul Garnier"


@pytest.mark.parametrize(("incise", "mention"), [
    ("explique derrière les grilles M. Chen, un habitant du quartier", "Chen"),
    ("leur avait expliqué peu avant la cérémonie l'un des organisateurs", "l'un des organisateurs"),
    ("a déclaré à France Bleu Alsace l'avocat de la famille", "l'avocat de la famille"),
    ("explique à France 2 Pierre Lemoine, chargé des affaires sociales", "Pierre Lemoine"),
    ("a déclaré sur franceinfo Nathalie Garnier, la présidente de la Ligue de basket", "Nathalie Garnier"),
    ("confie à l'AFP Maria Solis", "Maria Solis"),
])
def test_circumstance_between_the_cue_and_its_inverted_subject_is_passed(speakers, incise: str, mention: str) -> None:
    assert _mentions(speakers, f"« Nous avons tout tenté », {incise}.") == [mention]


def test_heading_in_capitals_glued_to_the_sentence_is_not_the_subject(speakers) -> None:
    text = ("Le scrutin approche.LES VERTS VOTERONT DUPONTMardi, Julie Roche et ses amis, dont plusieurs élus, "
            "ont annoncé qu'ils voteront Paul Dupont dimanche.")
    assert _mentions(speakers, text) == ["Julie Roche"]
    text = ('Le scrutin approche. UNE "RELATION DE CONFIANCE" AVEC DUPONTLors d\'un entretien à Radio Nord la semaine '
            'passée, l\'ancienne maire de Lille avait expliqué qu\'elle "allait réfléchir".')
    assert _mentions(speakers, text) == ["l'ancienne maire de Lille"]


def test_detached_participle_opening_the_sentence_names_no_source(speakers) -> None:
    text = ('Une erreur a été faite. Invité à préciser si "trop subtils" signifiait que les Français ne comprenaient '
            'pas ces mesures, il a répondu "Non. Mais quand vous expliquez que les charges vont baisser, personne ne le voit".')
    quotes = speakers(text)
    assert quotes and all("Invité" not in (q.speaker_mention or "") + (q.speaker or "") for q in quotes)


def test_a_newspaper_whose_name_holds_a_stop_word_is_a_postposed_source(speakers) -> None:
    [quote] = speakers("Trois commerces du centre-ville ont fermé cette année, explique l'Est Républicain.")
    assert (quote.speaker_mention, quote.text) == ("l'Est Républicain", "Trois commerces du centre-ville ont fermé cette année")
