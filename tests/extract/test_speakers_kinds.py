"""Sources whose kind decides their referent: a partitive or a group is nobody named, an organisation noun is an
organisation of its kind, a generic noun one of the people holding a role it covers, a role completed by a person's
name ("le ministre de Jacques X") whoever was introduced in that role, a relative after a possessive ("son épouse")
nobody introduced with "son", a newspaper named after a place ("Sud Ouest") that newspaper. Invented articles, real
model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.extract.speaker_partitives import partitive, partitive_gender

pytestmark = pytest.mark.model


def test_a_partitive_source_is_unnamed_not_the_person_named_before(speakers) -> None:
    text = (
        "Les habitants du quartier Saint-Roch ont manifesté devant la mairie. Le maire, Jean Valcourt, a reçu une "
        "délégation. « Nous attendons des actes, pas des promesses », a lancé l'un d'eux."
    )
    [quote] = speakers(text)
    assert quote.speaker == "l'un d'eux" and not quote.named


def test_a_feminine_partitive_is_not_the_man_it_relates_to(speakers) -> None:
    text = (
        "Plusieurs voisines de Paul Merlin ont été entendues par les gendarmes. "
        "« Il était très discret », a raconté l'une d'elles."
    )
    [quote] = speakers(text)
    assert quote.speaker == "l'une d'elles" and not quote.named


def test_partitive_openings_are_compared_word_by_word() -> None:
    assert partitive("l'un de ses collègues") and partitive("L’une des victimes") and partitive("la plupart")
    assert partitive_gender("un de ses collègues") == "Masc" and partitive_gender("l'une d'elles") == "Fem"
    assert not partitive("l'unique témoin") and not partitive("la plupart-du-temps")


def test_the_press_is_a_group_not_the_woman_it_writes_about(speakers) -> None:
    text = (
        "La chanteuse Margot Delaunay a annulé son concert de samedi. "
        "Selon la presse locale, elle souffrirait d'une extinction de voix."
    )
    [quote] = speakers(text)
    assert quote.speaker == "la presse locale" and not quote.named


def test_the_daily_is_the_newspaper_not_the_radio_named_after_it(speakers) -> None:
    text = (
        "Le ministre des Transports démissionnera lundi, selon Le Monde et RTL. "
        "« Il partira avant la fin du mois », souligne le quotidien."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "le quotidien" and quotes[-1].speaker == "Le Monde"


def test_the_company_is_not_the_newspaper_that_relays_it(speakers) -> None:
    text = (
        "La société Brelan Industries a annoncé la fermeture de son usine de Vierzon, selon Le Parisien. "
        "« Aucun licenciement sec n'est prévu », assure l'entreprise."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "l'entreprise" and quotes[-1].speaker == "Brelan Industries"


def test_the_company_is_not_the_ministry_named_after_it(speakers) -> None:
    text = (
        "Les dirigeants du groupe Vexan ont été reçus mardi au ministère de l'Économie. "
        "« Nous garderons le site de Tulle ouvert », a affirmé l'entreprise."
    )
    [quote] = speakers(text)
    assert quote.speaker_mention == "l'entreprise" and "ministère" not in (quote.speaker or "")


def test_a_person_after_de_says_whose_minister_not_which_ministry(speakers) -> None:
    text = (
        "L'ancien ministre de l'Agriculture Henri Castel a été entendu mardi. Le député Marc Vidal a demandé sa "
        "démission. « Je n'ai rien à me reprocher », a répondu l'ancien ministre de Jacques Rivière."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "l'ancien ministre de Jacques Rivière" and quotes[-1].speaker == "Henri Castel"


def test_a_generic_noun_is_the_person_introduced_with_a_role_it_covers(speakers) -> None:
    text = (
        "Depuis les aveux de Marc Fayol, le procès de Julie Fayol a repris lundi à Nancy. Trop de bruit pour la "
        "procureure de Nancy Claire Rouvier. Très remontée, la magistrate a pris la parole jeudi pour dénoncer "
        "« une surenchère indécente »."
    )
    [quote] = speakers(text)
    assert quote.speaker_mention == "la magistrate" and quote.speaker == "Claire Rouvier"


def test_a_member_of_parliament_is_the_deputy_not_the_man_quoted_since(speakers) -> None:
    text = (
        "Le député Paul Garnier a reçu mardi les parents d'élèves. Leur représentant, Marc Fabre, a réclamé plus de "
        "moyens. « Nous voulons une réponse avant la rentrée », a insisté le parlementaire."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "le parlementaire" and quotes[-1].speaker == "Paul Garnier"



def test_a_pronoun_after_a_partitive_continues_it(speakers) -> None:
    text = (
        "Les agents de la gare ont répondu aux voyageurs toute la matinée, a indiqué un porte-parole de la compagnie. "
        "« La situation reste sous contrôle », a précisé un de ses collègues. "
        "« Les trains partiront à l'heure », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes[-2:]] == ["un de ses collègues", "un de ses collègues"]
    assert not quotes[-1].named


def test_a_relative_named_with_a_possessive_is_not_whoever_was_introduced_with_one(speakers) -> None:
    text = ("Patrick Morel a été condamné à deux ans de prison. « C'est injuste », a commenté son avocat Me Paul "
            "Ferrand. « Je suis bouleversée », a déclaré son épouse à la sortie du tribunal.")
    assert [q.speaker for q in speakers(text)] == ["Paul Ferrand", "son épouse"]


def test_a_newspaper_whose_name_holds_a_place_is_named_whole(speakers) -> None:
    text = "L'ours a été blessé par un chasseur. Selon Sud Ouest, l'animal va être soigné dans un parc."
    assert [q.speaker for q in speakers(text)] == ["Sud Ouest"]


def test_an_indefinite_document_speaks_for_its_issuer(speakers) -> None:
    text = (
        "L'association Ruches Libres a saisi le tribunal administratif. Sa présidente, Claire Mordant, se dit "
        "confiante. La requête a été déposée jeudi, selon un communiqué de l'association établie à Rennes."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Ruches Libres" and quote.named


def test_a_place_after_the_issuers_participle_is_not_the_issuer(speakers) -> None:
    text = (
        "L'association Ruches Libres a saisi le tribunal administratif. La requête a été déposée jeudi, selon le "
        "communiqué de l'association basée en Bretagne."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Ruches Libres" and quote.named


def test_a_fund_is_an_organisation_not_the_man_quoted_before(speakers) -> None:
    text = (
        "Le ministre Boris Lebedev a présenté le nouveau satellite lundi. « Il est fiable », a dit Boris Lebedev. "
        "Le fonds d'investissement public associé au projet a affirmé que le lancement aurait lieu en mai."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker != "Boris Lebedev" and "fonds" in quotes[-1].speaker


def test_a_cueless_quotation_belongs_to_the_named_subject_of_its_sentence(speakers) -> None:
    text = (
        "Le ministre Paul Durand a présenté la réforme mardi. « Nous allons avancer vite sur ce dossier », a-t-il "
        "dit. Dans un communiqué, le syndicat Sud Rail s'est « félicité de cette avancée pour la justice sociale et "
        "pour tous les agents », ajoutant que « les cheminots restent mobilisés »."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes[1:]] == ["Sud Rail", "Sud Rail"]
