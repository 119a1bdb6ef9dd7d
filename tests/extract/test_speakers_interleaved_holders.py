"""A role the article never links to a name ("le préfet") is the one named person, with no role of their own, whose
quotations alternate with the role's ("« … », a prévenu Paul X"); not a person introduced with another role, nor
the person the role's complement names ("l'avocat de Paul X" speaks for Paul X). Invented articles, real model
(marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_role_alternating_with_a_name_is_that_person(speakers) -> None:
    text = ("Les opposants vont converger samedi sur la ville pour une journée que la CGT prédit « énorme ». "
            "« Il n'est pas exclu qu'il y ait des casseurs », a justifié le préfet de police de la région. "
            "L'arrêté vise des personnes déjà interpellées lors de précédents défilés pour des dégradations. "
            "Il est valable pour tout l'après-midi sur le parcours et aux abords du cortège, entre la gare et la place "
            "du marché. « Ces mesures sont strictes mais nécessaires », a plaidé le préfet. Une vingtaine d'unités de "
            "gendarmes mobiles seront déployées sur le parcours, des contrôles préventifs effectués et les voitures "
            "stationnées enlevées. Le parcours de six kilomètres est plus long que lors des précédentes journées. "
            "Des barrages seront installés à l'entrée de la ville, a précisé Hervé Montagnac. "
            "« Les commerces resteront ouverts », a ajouté le préfet.")
    assert [q.speaker for q in speakers(text)] == ["Hervé Montagnac"] * 4


def test_a_capitalised_role_after_the_name_is_that_person(speakers) -> None:
    text = ("Hervé Montagnac s'est dit favorable à un vote rapide ce jeudi. "
            "Le Président de l'Assemblée régionale estime qu'il faudra « une règle claire ».")
    assert [q.speaker for q in speakers(text)] == ["Hervé Montagnac"] * 2


def test_a_person_introduced_with_another_role_is_not_the_role(speakers) -> None:
    text = ("« Nous serons prêts samedi », a assuré le préfet de la région. "
            "« Il faut discuter », a répondu le secrétaire du syndicat Hervé Montagnac.")
    assert speakers(text)[0].speaker == "le préfet de la région"


def test_a_role_is_not_the_person_its_complement_names(speakers) -> None:
    text = ("« Je n'ai rien fait », a répété Hervé Montagnac devant les juges. "
            "« Mon client est innocent », a plaidé l'avocat de Hervé Montagnac.")
    assert speakers(text)[1].speaker != "Hervé Montagnac"
