"""The best-known office holders are often named with no office ("Emmanuel Macron a reçu …"); "le chef de l'État",
"le président de la République" or "le président" alone is then the one of them the article names, not whoever was
quoted last. And a floating quotation that names someone ("« Monsieur X,
… »") is not X's. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_head_of_state_is_the_president_named_without_office(speakers) -> None:
    text = ("Paul Verdier, boulanger à Rodez, a été reçu par Emmanuel Macron mardi. « J'ai tout expliqué », raconte "
            "Paul Verdier. « Vous pouvez compter sur nous », a répondu le président de la République.")
    assert speakers(text)[-1].speaker == "Emmanuel Macron"


def test_a_floating_quotation_is_not_the_person_it_addresses(speakers) -> None:
    text = ("Le maire de Rodez Paul Verdier ne décolère pas. « Le projet est mort », a-t-il lancé mardi, visant "
            "Emmanuel Macron. « Je l'ai dit au ministre », a ajouté le président. "
            "« Monsieur Macron, vous n'avez pas le monopole du cœur. »")
    assert speakers(text)[-1].speaker != "Emmanuel Macron"
