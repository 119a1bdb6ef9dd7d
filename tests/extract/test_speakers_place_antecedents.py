"""A "qui" after a place or a body that ends a person's apposed description ("X, députée de la Nièvre, qui …") takes
up the person, not the place. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_qui_after_a_departement_ending_a_description_is_the_person(speakers) -> None:
    text = ("Le sel inquiète. « Nous mangeons trop salé », a expliqué au quotidien Anne Petit, rapporteuse de la "
            "commission et députée de la Nièvre, qui rappelle que « la consommation des biscuits a bondi ».")
    assert [q.speaker for q in speakers(text)] == ["Anne Petit", "Anne Petit"]


def test_qui_after_a_town_ending_a_description_is_the_person(speakers) -> None:
    text = ("Les enfants jouent. « Ils sont contents », dit Julie Morel, directrice de l'école des Tilleuls près de "
            "Rennes, qui reconnaît toutefois que « le calme » reste « difficile ».")
    assert [q.speaker for q in speakers(text)] == ["Julie Morel", "Julie Morel"]


def test_qui_after_a_description_in_several_commas_ending_on_a_state_is_the_person(speakers) -> None:
    text = ("Le voyage a coûté cher. Même avis chez Laura Benson, spécialiste du droit public et professeure à "
            "l'université Lincoln de Springfield, dans le Missouri, qui parle « d'argent public mal employé ». "
            "« Où est l'intérêt général dans tout cela ? », s'interroge-t-elle.")
    assert [q.speaker for q in speakers(text)] == ["Laura Benson", "Laura Benson"]


def test_qui_after_a_description_joined_by_du_to_the_name_is_the_person(speakers) -> None:
    text = ("Les vendanges sont finies. « Le millésime est excellent », reconnaît Marc Duval du cabinet Rivière "
            "Conseil à Pomerol, qui qualifie l'année de « très bonne pour les rouges ».")
    assert [q.speaker for q in speakers(text)] == ["Marc Duval", "Marc Duval"]
