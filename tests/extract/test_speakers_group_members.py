"""resolve_speakers on groups and role phrases the text reads wrongly: a plural source whose members are named
right after it (in brackets or in an apposition), taken up later by a counted "ces deux …"; a group counted by a
collective noun ("la quinzaine de médecins"); a "qui" after a role locution or a former role ("le chef de file de
la CGT, qui", "l'ex-président de la République, pour qui"); a name after a fronted circumstance ending on a role
("promises par le chef de l'État, X s'oppose") that is no introduction of that name."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_members_in_brackets_are_the_source_and_ces_deux_takes_them_up(speakers) -> None:
    text = ("Quatre fédérations ont approuvé le protocole jeudi. Les deux autres fédérations (Force Santé et Jeunes "
            "Internes) ont jugé le compromis « très en deçà des attentes ». « Rien ne change pour les soignants », "
            "déplorent ces deux fédérations.")
    assert [q.speaker for q in speakers(text)] == ["Force Santé et Jeunes Internes"] * 2


def test_members_apposed_to_a_counted_group_are_the_source(speakers) -> None:
    text = ("Le port manque de dockers. Dans une lettre ouverte, trois élus bretons, la députée Hélène Kerbrat et "
            "les sénateurs Yves Le Goff et Anne Tanguy, ont demandé des renforts, estimant que « le port ne tiendra pas l'été ».")
    assert {q.speaker for q in speakers(text)} == {"Hélène Kerbrat, Yves Le Goff et Anne Tanguy"}


def test_a_group_counted_by_a_collective_noun_is_not_a_member_named_later(speakers) -> None:
    text = ("Le docteur Paul Mercier a publié une étude. « La saison des allergies commence tôt cette année », "
            "rappelle la vingtaine de pharmaciens signataires, parmi lesquels la biologiste Julie Caron.")
    assert [q.speaker for q in speakers(text)] == ["la vingtaine de pharmaciens signataires"]


def test_qui_after_a_role_locution_is_its_holder_not_the_body(speakers) -> None:
    text = ("Le chef de file de la CFTC, Marc Delorme, était l'invité de la radio mardi. « Ce plan est vide », a "
            "dénoncé le chef de file de la CFTC, qui a regretté un « mépris assumé » du ministre.")
    assert [q.speaker for q in speakers(text)] == ["Marc Delorme", "Marc Delorme"]


def test_pour_qui_after_a_former_role_is_its_holder_not_the_country(speakers) -> None:
    text = ("L'ancien président Jacques Morel a voté dimanche. « Les deux programmes se valent », a indiqué "
            "l'ex-président de la République, pour qui « Paul Vernier sera un bon candidat ».")
    assert [q.speaker for q in speakers(text)] == ["Jacques Morel", "Jacques Morel"]


def test_a_role_ending_a_fronted_circumstance_does_not_introduce_the_name_after_it(speakers) -> None:
    text = ("Invité de la radio, le représentant syndical Marc Delorme a critiqué le plan. Sur la réforme annoncée "
            "par le chef de l'État, Marc Delorme reste hostile. « Cette réforme est injuste », a dit le chef de file "
            "de la CFTC.")
    assert [q.speaker for q in speakers(text)][-1] == "Marc Delorme"
