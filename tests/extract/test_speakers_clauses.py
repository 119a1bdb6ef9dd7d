"""Who speaks when the sentence's grammar says so: the possessor of "selon ses explications", the subject rather
than a name completing a noun ("la décision de X", "le ministre de X"), the person before "du King's College",
the clause's own subject after "Selon l'agence X,". Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.extract.speaker_possessors import possessor_kind

pytestmark = pytest.mark.model


def test_a_possessed_utterance_is_its_possessor_and_no_group_for_elles(speakers) -> None:
    text = (
        "Les deux voisines ont confirmé que « rien ne laissait prévoir le drame ». « Je les ai brûlées », a avoué "
        "Marc Dubreuil aux gendarmes. Selon ses explications, une partie des cendres aurait été dispersée dans le "
        "jardin. « Nous n'avons rien entendu », assurent-elles."
    )
    quotes = speakers(text)
    by_mention = {q.speaker_mention: q.speaker for q in quotes}
    assert by_mention["ses explications"] == "Marc Dubreuil"
    assert by_mention["elles"] == "Les deux voisines"


def test_only_a_possessive_before_a_noun_for_something_said_names_its_owner() -> None:
    document_nouns = frozenset({"rapport"})
    assert possessor_kind(["ses", "déclarations"], document_nouns) == "one"
    assert possessor_kind(["leurs", "propos"], document_nouns) == "group"
    assert possessor_kind(["son", "rapport"], document_nouns) == "one"
    assert possessor_kind(["son", "entourage"], document_nouns) is None
    assert possessor_kind(["les", "déclarations"], document_nouns) is None


def test_il_after_la_decision_de_x_is_the_subject_not_x(speakers) -> None:
    text = (
        "« Nous rouvrirons les écoles lundi », a déclaré le gouverneur Paul Hendrix. "
        "« Rien n'est prêt », a répondu l'Union des parents d'élèves. "
        "Même inquiétude chez le maire de Dax, Luc Ferrand, qui regrette la décision de Paul Hendrix. "
        "« C'est bien trop tôt », a-t-il déclaré."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "il" and quotes[-1].speaker == "Luc Ferrand"


def test_il_is_the_minister_not_the_president_whose_minister_he_was(speakers) -> None:
    text = (
        "Hugo Lambert ne renoncera pas. L'ancien ministre des Sports de Jacques Morin a remporté la présidence du "
        "conseil régional. Dans un entretien, il a affirmé qu'il resterait en poste jusqu'au terme du mandat."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "il" and quotes[-1].speaker == "Hugo Lambert"


def test_a_person_named_with_an_institution_after_de_is_the_person(speakers) -> None:
    text = "« Le port deviendra une plaque tournante », a déclaré à l'AFP Andreas Vogel du King's College de Londres."
    quotes = speakers(text)
    assert quotes[-1].speaker == "Andreas Vogel"


def test_a_clause_with_its_own_speaker_after_selon_keeps_its_subject(speakers) -> None:
    text = (
        "Selon l'agence officielle KNA, le roi Hamid ben Salem a souligné durant un entretien avec M. Brown "
        "« l'importance d'une paix durable ». De quoi garantir selon lui « une stabilité régionale »."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Hamid ben Salem", "Hamid ben Salem"]


def test_an_infinitive_after_selon_leaves_the_report_to_the_source(speakers) -> None:
    text = ("Des tirs ont eu lieu. Selon le Journal du Soir, la police cherche à savoir si « un conflit entre des "
            "milices armées » est en cause.")
    assert [q.speaker for q in speakers(text)] == ["Journal du Soir"]


def test_a_clause_that_is_the_report_itself_stays_the_outlet_s(speakers) -> None:
    text = "Selon la radio locale Radio Vexin, le préfet n'a pas précisé « les mesures retenues » pour la foire."
    quotes = speakers(text)
    assert quotes and quotes[0].speaker != "le préfet"


def test_a_demonstrative_repeating_an_earlier_description_is_that_unnamed_source(speakers) -> None:
    text = (
        "Les mots de ce pompier de Lorient sont durs envers sa hiérarchie, accusée d'avoir abandonné Karim Haddad "
        "pendant l'incendie. « On nous a envoyés sans matériel », estime ce pompier."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "ce pompier" and quotes[-1].speaker == "ce pompier"
