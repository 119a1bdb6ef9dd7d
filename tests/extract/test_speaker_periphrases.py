"""resolve_speakers for a set phrase naming an office: "le chef de l'État" is the president the article named."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_head_of_state_is_the_president_not_the_man_named_last(speakers) -> None:
    text = ("Le président Emmanuel Marceau a lancé vendredi un appel à la mobilisation internationale contre la maladie, "
            "lors d'une longue apparition publique dans la cour du palais aux côtés du chanteur Julien Brook. "
            "« La maladie existe toujours », a mis en garde le chef de l'Etat devant la foule.")
    assert [q.speaker for q in speakers(text)] == ["Emmanuel Marceau"]


def test_head_of_state_is_no_chef_nor_the_president_of_another_body(speakers) -> None:
    text = ("Le chef Thierry Marron a reçu le président Paul Dubois et Lucien Garnier, président de l'Association des "
            "maires. « Nous sommes fiers de cette cuisine », a déclaré le chef de l'État.")
    assert [q.speaker for q in speakers(text)] == ["Paul Dubois"]


def test_head_of_government_is_the_prime_minister_not_the_minister_named_last(speakers) -> None:
    text = ("Le Premier ministre Jean Castel a annoncé mardi de nouvelles restrictions à Lyon. Le ministre de la Santé "
            "Olivier Vernet a ensuite détaillé les mesures devant la presse. « Nous tiendrons bon face à cette deuxième "
            "vague », a déclaré le chef du gouvernement devant les soignants.")
    assert speakers(text)[-1].speaker == "Jean Castel"


def test_an_office_opening_the_article_is_its_only_holder_introduced_much_later(speakers) -> None:
    text = ("Le locataire de la Maison Blanche martèle depuis des semaines que la crise « aurait pu être évitée ». "
            "Les marchés ont encore reculé lundi à Francfort, à Londres et à Tokyo, où les investisseurs redoutent une "
            "nouvelle vague de faillites dans l'industrie. Les banques centrales ont promis d'agir si nécessaire, sans "
            "préciser quand ni comment, et les syndicats réclament des garanties pour les salariés des usines. Dans "
            "l'après-midi, le président américain Walter Brennan a reçu les patrons des grands constructeurs.")
    assert speakers(text)[0].speaker == "Walter Brennan"


def test_an_office_with_a_country_is_the_holder_introduced_with_that_country(speakers) -> None:
    text = ("Le général Omar Haddad, le chef de la brigade Nour, a été tué samedi. Le ministre français des Affaires "
            "étrangères Jean-Luc Ferrand a réagi lundi. « La France partage avec ses voisins l'objectif de désescalade »,"
            " a précisé le chef de la diplomatie française.")
    assert speakers(text)[-1].speaker == "Jean-Luc Ferrand"
