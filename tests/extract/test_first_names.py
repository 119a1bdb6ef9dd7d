"""First names beyond the curated list: the world's names give a gender and make "X Y" a person, and no more."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.cast import Cast
from veille.extract.cues import load_rules
from veille.extract.first_names import common_first_name, first_name_gender, is_first_name


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_name_the_curated_list_lacks_still_tells_a_gender() -> None:
    assert first_name_gender("Flavie Roussel") == "Fem"
    assert first_name_gender("Kenza Amrani") == "Fem"
    assert first_name_gender("Lorenzo Bianchi") == "Masc"


def test_a_name_given_to_men_in_one_country_and_women_in_another_has_no_gender() -> None:
    assert is_first_name("Andrea") and first_name_gender("Andrea Rossi") is None


def test_the_curated_gender_wins_over_the_world_lists() -> None:
    assert first_name_gender("Jean Valade") == "Masc"  # a woman's name in English-speaking lists


def test_world_names_count_only_capitalised_and_as_written() -> None:
    assert first_name_gender("flavie") is None and not is_first_name("flavie")
    assert not is_first_name("KENZA")  # an acronym-shaped word
    assert not is_first_name("Santé") and not is_first_name("Sante")  # "Sante" is a name, "Santé" no name


def test_first_names_that_are_french_words_places_or_brands_are_not_names() -> None:
    for word in ("Paris", "France", "Justice", "Prince", "Rose", "Saint", "Orange", "Porsche", "Washington"):
        assert not is_first_name(word), word
    assert first_name_gender("Marine Le Pen") == "Fem" and first_name_gender("Pierre Leroux") == "Masc"  # curated


def test_only_curated_names_cut_a_run_of_capitalised_words() -> None:
    assert is_first_name("York") and not common_first_name("York")
    doc = _doc(["Selon", "le", "New", "York", "Times", ",", "rien", "ne", "change", "."],
               ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    assert Cast(doc, load_rules(), [], doc.text).people == []


def test_organisation_tag_on_a_world_first_name_and_surname_is_a_woman() -> None:
    doc = _doc(["Au", "micro", ",", "Flavie", "Roussel", "a", "raconté", "son", "enfance", "."],
               ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    person = Cast(doc, load_rules(), [], doc.text).find("Flavie Roussel")
    assert person is not None and person.gender == "Fem"


def test_outlet_or_country_opening_an_organisation_makes_no_person() -> None:
    for first, second in (("Paris", "Match"), ("France", "Télévisions")):
        doc = _doc(["Selon", first, second, ",", "rien", "ne", "change", "."], ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
        assert Cast(doc, load_rules(), [], doc.text).people == [], first


@pytest.mark.model
def test_her_pronoun_goes_to_the_woman_the_world_lists_name(speakers) -> None:
    quotes = speakers("Ce soir, Kenza Amrani et Jules Berthier ont présenté le spectacle. "
                      "« J'ai eu très peur avant de monter sur scène », a-t-elle confié.")
    assert [q.speaker for q in quotes] == ["Kenza Amrani"]


@pytest.mark.model
def test_person_a_presentative_puts_in_focus_is_the_one_the_pronoun_takes_up(speakers) -> None:
    quotes = speakers("Ce mardi, c'est au tour de Paul Lemaire de monter au créneau après la médaille remise à "
                      "Jules Berthier, accusé de tricherie. « Je suis très en colère », s'est-il emporté.")
    assert [q.speaker for q in quotes] == ["Paul Lemaire"]
