"""resolve_speakers for groups and owners: plural pronouns ("ils", "elles", "selon eux"), possessive documents
("selon son récit", "leur communiqué") and past roles ("l'ex-ministre de …")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_mention(quotes, mention: str):
    return next(q for q in quotes if (q.speaker_mention or "").lower() == mention)


def test_feminine_plural_incise_takes_up_the_group_not_the_man_named_before(speakers) -> None:
    text = (
        "Leur ancien chef de service, Paul Renard, était absent lundi. "
        "Les deux infirmières licenciées ont tenu à assister à l'audience dans l'espoir, disent-elles, "
        "de « tourner la page »."
    )
    quote = _by_mention(speakers(text), "elles")
    assert quote.speaker == "Les deux infirmières licenciées" and not quote.named


def test_plural_pronoun_with_no_group_before_stays_unresolved(speakers) -> None:
    text = (
        "« Nous ouvrirons le nouveau marché couvert dès le mois de mai », a annoncé le maire, Jacques Morin. "
        "Selon eux, les commerçants du centre-ville craignent surtout la concurrence des grandes surfaces."
    )
    quote = _by_mention(speakers(text), "eux")
    assert quote.speaker is None


def test_plural_pronoun_takes_up_names_joined_by_et(speakers) -> None:
    text = (
        "« La décision nous laisse sans voix », a réagi Hugo Lambert à la sortie de la mairie. "
        "Le préfet Olivier Granger et le maire Luc Ferrand ont signé jeudi la convention de financement. "
        "Ils affirment que les travaux du pont commenceront dès l'automne prochain."
    )
    quote = _by_mention(speakers(text), "ils")
    assert "Granger" in quote.speaker and "Ferrand" in quote.speaker


def test_plural_pronoun_continues_the_group_quoted_before(speakers) -> None:
    text = (
        "« Nous ne reprendrons pas le travail sans garanties écrites », ont prévenu les syndicats de l'usine. "
        "Le directeur du site, Marc Dupuis, s'est dit prêt à discuter. "
        "« Nous attendons un geste avant vendredi », ont-ils ajouté."
    )
    quote = _by_mention(speakers(text), "ils")
    assert quote.speaker == "les syndicats de l'usine" and not quote.named


def test_plural_pronoun_takes_up_the_group_opening_a_sentence_without_a_cue(speakers) -> None:
    text = (
        "La loi sera examinée au Sénat en mai. Avant cela, 71 députés de la majorité veulent renforcer le contrôle "
        "des ventes. Ils plaident notamment pour une amende de 7.500 euros pour les buralistes fautifs."
    )
    quote = _by_mention(speakers(text), "ils")
    assert quote.speaker == "71 députés de la majorité" and not quote.named


def test_feminine_plural_pronoun_takes_up_a_feminine_group_opening_a_sentence(speakers) -> None:
    text = (
        "Les infirmières du service ont cessé le travail lundi. "
        "Elles réclament des moyens pour « assurer la sécurité des patients »."
    )
    quote = _by_mention(speakers(text), "elles")
    assert quote.speaker == "Les infirmières du service"


def test_former_minister_is_the_person_not_the_ministry_in_the_role(speakers) -> None:
    text = (
        "Pierre Lagarde entre dans la course. Le président de la région Bretagne a annoncé sa candidature jeudi. "
        "Cette semaine, l'ex-ministre de l'Enseignement supérieur avait déjà déclaré dans les colonnes du Monde "
        "qu'il voulait « rendre confiance aux étudiants »."
    )
    quote = _by_mention(speakers(text), "l'ex-ministre de l'enseignement supérieur")
    assert quote.speaker == "Pierre Lagarde" and quote.named


def test_his_account_speaks_for_the_person_just_quoted(speakers) -> None:
    text = ("« Nous avons attendu des heures sans nouvelles », a raconté Karim Benali, un habitant du quartier. "
            "Selon son récit, les secours ne sont arrivés qu'à l'aube.")
    quote = _by_mention(speakers(text), "son récit")
    assert quote.speaker == "Karim Benali" and quote.named


def test_their_statement_speaks_for_the_group(speakers) -> None:
    text = ("Les syndicats de l'usine ont dénoncé jeudi la fermeture annoncée du site. "
            "Selon leur communiqué, la direction refuse toute discussion sur les salaires.")
    quote = _by_mention(speakers(text), "leur communiqué")
    assert quote.speaker == "Les syndicats de l'usine"
