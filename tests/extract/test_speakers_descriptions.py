"""Descriptions that are not the name they look like: a rank makes another office ("le Premier ministre" is not "le
ministre de l'Intérieur X"), a field after "de" keeps a role bare ("l'expert d'art"), a capitalised epithet is no
name ("l'Insoumis"), Roman numerals alone are nobody ("phase II"), a fronted time phrase is no subject ("Cet été,"),
"le réseau" is an organisation, "DumontFace" is Dumont and the heading glued to him.
Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from veille.extract.cast import _name_shaped
from veille.extract.speaker_epithets import epithet, epithet_gender
from veille.extract.speaker_fields import field_complement

pytestmark = pytest.mark.model


def test_the_prime_minister_is_not_the_minister_of_the_interior_named_nearby(speakers) -> None:
    text = (
        "La réforme a été défendue mardi par Julien Ravel devant les sénateurs. « Nous irons jusqu'au bout », a "
        "déclaré le Premier ministre dans l'hémicycle. Plus tôt, le ministre de l'Intérieur Marc Delorme avait "
        "qualifié la grève « d'irresponsable ». « Le texte sera voté avant l'été », a conclu le Premier ministre."
    )
    quotes = speakers(text)
    by_start = [(q.speaker_mention, q.speaker) for q in quotes]
    assert by_start[0] == ("le Premier ministre", "Julien Ravel")
    assert by_start[-1] == ("le Premier ministre", "Julien Ravel")


def test_a_role_with_a_field_after_de_takes_up_the_person_just_quoted(speakers) -> None:
    text = (
        "« La toile a été découpée au cutter », a affirmé Pieter Janssens au journal local. "
        "« Aucun collectionneur sérieux ne l'achètera », a ajouté l'expert d'art."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "l'expert d'art" and quotes[-1].speaker == "Pieter Janssens"


def test_only_a_bare_common_noun_after_de_is_a_field() -> None:
    assert field_complement("l'expert d'art")
    assert field_complement("le chef de chantier")
    assert not field_complement("le maire de Lyon")
    assert not field_complement("le porte-parole de la mairie")
    assert not field_complement("le patron du mouvement")


def test_a_capitalised_epithet_is_the_person_in_focus_not_a_name(speakers) -> None:
    text = (
        "« Ce budget est injuste », a lancé Bernard Coste devant la presse. "
        "L'Insoumis a souligné que les hôpitaux « manquent de tout »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "L'Insoumis" and quotes[-1].speaker == "Bernard Coste"


def test_epithet_shapes_and_genders() -> None:
    assert epithet("l'Insoumis") and epithet_gender("l'Insoumis") == "Masc"
    assert epithet("l'Ivoirienne") and epithet_gender("l'Ivoirienne") == "Fem"
    assert epithet("l'Écologiste") and epithet_gender("l'Écologiste") is None
    assert not epithet("le Kremlin")
    assert not epithet("l'insoumis")
    assert not epithet("le PiS")


def test_roman_numerals_alone_are_no_person_name() -> None:
    phase = Span(spacy.blank("fr")("Les essais de phase II / III commencent ."), 4, 5, label="PER")
    assert not _name_shaped(phase)
    king = Span(spacy.blank("fr")("Selon Charles III , tout va bien ."), 1, 3, label="PER")
    assert _name_shaped(king)


def test_a_fronted_time_phrase_is_not_the_subject(speakers) -> None:
    text = "Le ministre a présenté son plan jeudi. Cet été, il avait dit vouloir boucler la réforme avant l'hiver."
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "il"


def test_le_reseau_is_the_platform_named_before_not_the_man_named_next(speakers) -> None:
    text = (
        "« Le compte a été supprimé », a précisé à l'AFP une porte-parole de TokTik France. Le réseau tient à rappeler "
        "que « les contenus haineux sont bannis de l'application ». Paul Garnier, le délégué interministériel, a salué "
        "cette décision."
    )
    quotes = speakers(text)
    assert quotes[1].speaker_mention == "Le réseau" and quotes[1].speaker == "TokTik France"


def test_l_attache_is_a_man_not_the_actress_named_before(speakers) -> None:
    text = (
        "L'actrice Claire Vidal a été hospitalisée samedi à Lyon. Elle avait fait « un simple malaise » en pleine "
        "représentation, a-t-on appris dimanche auprès de l'attaché de presse du théâtre. « Elle va bien, ce n'est "
        "qu'un coup de fatigue », a indiqué à l'AFP Marc Fontaine dans un court message."
    )
    quotes = speakers(text)
    assert quotes[0].speaker == "Marc Fontaine"


def test_il_is_the_subject_of_semble_not_the_man_named_before(speakers) -> None:
    text = (
        "« Je demande à être reçu par le nouveau parrain de l'usine, Hugo Varenne », a écrit Marc Lestrade sur Twitter. "
        "Si le champion n'est peut-être pas le mieux placé pour sauver le site de Vierzon, le ministre de l'Industrie "
        "Paul Morel semble ne pas le laisser tomber. Il avait assuré lundi que « les discussions continuent » avec "
        "le constructeur."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "Il" and quotes[-1].speaker == "Paul Morel"


def test_a_name_glued_to_the_heading_after_it_is_that_person(speakers) -> None:
    text = ("Le ministre de la Santé Olivier Dumont a annoncé de nouvelles mesures. "
            "« Souvenez-vous de ce mois d'août ! », rétorque DumontFace à cette indignation.")
    assert speakers(text)[-1].speaker == "Olivier Dumont"


def test_a_demonstrative_role_alone_is_the_person_introduced_with_it(speakers) -> None:
    text = ("« La toile a été découpée de son cadre », a expliqué à la presse cet expert belge, Joris Vandamme. "
            "Le musée de Tarlon avait fermé ses portes en mars pour travaux, et les voleurs ont forcé une fenêtre. "
            "« Il ne fait aucun doute qu'il s'agit de l'original », a ajouté cet expert.")
    assert speakers(text)[-1].speaker == "Joris Vandamme"
