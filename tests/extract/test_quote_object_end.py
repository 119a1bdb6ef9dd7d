"""find_quotes on invented sentences where a noun-phrase object goes on after its first comma: a locution that carries
it on ("de même que", "à savoir", "du fait de"), an apposed name or role; and where it still stops (a gerund, a
circumstance)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_locution_after_the_comma_carries_the_object_on(read) -> None:
    [quote] = read("Les avocats ont demandé l'annulation de la perquisition, de même que la saisie des carnets.")
    assert quote.text == "l'annulation de la perquisition, de même que la saisie des carnets"
    [quote] = read("La coopérative a annoncé la fermeture de deux ateliers, du fait d'une saison sans récolte.")
    assert quote.text == "la fermeture de deux ateliers, du fait d'une saison sans récolte"


@pytest.mark.model
def test_an_apposed_name_or_role_belongs_to_the_object(read) -> None:
    [quote] = read("Les grévistes réclament le départ du directeur de la filature, Gaspard Lemoine, l'accusant de mépris.")
    assert quote.text == "le départ du directeur de la filature, Gaspard Lemoine"
    [quote] = read("Le ministre a annoncé l'arrestation de Tomas Veira, chef du réseau de contrebande.")
    assert quote.text == "l'arrestation de Tomas Veira, chef du réseau de contrebande"


@pytest.mark.model
def test_a_gerund_or_a_circumstance_after_the_comma_still_ends_the_object(read) -> None:
    [quote] = read("Le syndicat a dénoncé la fermeture du site, provoquant la colère des salariés.")
    assert quote.text == "la fermeture du site"
    [quote] = read("La mairie a annoncé la rénovation du gymnase, dans un communiqué publié mardi.")
    assert quote.text == "la rénovation du gymnase"


@pytest.mark.model
def test_a_comma_inside_brackets_does_not_end_the_object(read) -> None:
    [quote] = read("Plusieurs pays exigent un test à l'arrivée (Pérou, Chili, Bolivie) depuis lundi.")
    assert quote.text == "un test à l'arrivée (Pérou, Chili, Bolivie) depuis lundi"
