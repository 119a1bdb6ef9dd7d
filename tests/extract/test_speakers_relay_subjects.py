"""resolve_speakers on explicit sources around a relay: the person an incise names before "selon OUTLET" is the
source, "nos confrères" is the outlet relayed (not the person the story is about), a fronted "Dimanche, dans le JDD,"
leaves the subject after it (a group, not the member "dont" names), and "Selon X : « … »" gives the quotation to X."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_incise_subject_before_selon_an_outlet_is_the_source(speakers) -> None:
    text = ("La gare a été fermée deux heures après un message suspect. « J'avais écrit qu'un ami allait poser un "
            "objet qui fait boum à la gare », écrivait l'auteur présumé du message selon Le Parisien, qui développe "
            "l'information.")
    assert [q.speaker for q in speakers(text)] == ["l'auteur présumé du message"]


def test_an_outlet_alone_after_selon_stays_the_source(speakers) -> None:
    text = "La gare a été fermée deux heures. « Le message était une très mauvaise plaisanterie », selon Le Parisien."
    assert [q.speaker for q in speakers(text)] == ["Le Parisien"]


def test_nos_confreres_is_the_outlet_named_before(speakers) -> None:
    text = ("Alexandre Martin voudrait ouvrir sa propre entreprise, rapporte RTL mercredi. Si l'ancien conseiller "
            "d'Émile Durand doit encore répondre aux juges, il a déjà préparé la suite. Selon la radio, Alexandre "
            "Martin souhaiterait s'installer au Canada, « un pays qu'il connaît bien », expliquent nos confrères.")
    assert [q.speaker for q in speakers(text)][-1] == "RTL"


def test_the_subject_after_a_fronted_day_and_outlet_is_the_group_not_its_member(speakers) -> None:
    text = ("Le calendrier reste flou. Dimanche, dans le JDD, 20 maires de villes moyennes, dont Anne Petit "
            "(Rennes), ont appelé à « reporter le scrutin jusqu'à la fin de l'été prochain ».")
    assert [(q.speaker_mention, q.speaker) for q in speakers(text)] == [
        ("20 maires de villes moyennes", "20 maires de villes moyennes")]


def test_selon_a_report_then_a_colon_gives_the_quotation_to_the_source(speakers) -> None:
    text = ("Les seniors travaillent de plus en plus à temps partiel. Selon le rapport de l'Insee : « leur taux se "
            "démarque nettement avec 30 % d'entre eux à temps partiel. » Les autres travaillent moins.")
    assert [(q.cue, q.speaker) for q in speakers(text)] == [("Selon", "Insee")]
