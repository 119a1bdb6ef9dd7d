"""The cast's name rules: first-name genders, and which NER "persons" can be a person's name at all."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from veille.extract.cast import Cast, _name_shaped, first_name_gender
from veille.extract.cues import load_rules


def _ent(text: str, start: int, end: int, label: str = "PER") -> Span:
    """A real spaCy span over a tokenised French text, labelled as the NER would label it."""
    return Span(spacy.blank("fr")(text), start, end, label=label)


def test_first_name_is_found_without_its_accent() -> None:
    assert first_name_gender("Eric Dupont") == "Masc"
    assert first_name_gender("Helene Martin") == "Fem"


def test_unlisted_compound_first_name_takes_its_first_part() -> None:
    assert first_name_gender("Marie-Aude Lenoir") == "Fem"
    assert first_name_gender("Jean-Edern Morel") == "Masc"


def test_first_name_given_to_both_tells_nothing() -> None:
    assert first_name_gender("Dominique Roux") is None
    assert first_name_gender("Camille Roux") is None


def test_glued_acronym_or_markup_is_no_person_name() -> None:
    assert not _name_shaped(_ent("Elle l'a dit sur BFMTVCe matin .", 5, 6))
    assert not _name_shaped(_ent("Une vidéo VIDEO)par Non Stop People .", 2, 6))
    assert _name_shaped(_ent("Selon Jean-Marie O'Neill , tout va bien .", 1, 4))
    assert _name_shaped(_ent("Selon M. DiCaprio , tout va bien .", 1, 3))


def test_single_word_after_another_entity_is_the_tail_of_its_name() -> None:
    france = _ent("La direction de France Musique salue .", 3, 4, "LOC")
    doc = france.doc
    doc.ents = [france, Span(doc, 4, 5, label="PER")]
    assert not _name_shaped(doc.ents[1])


def test_person_name_the_ner_glued_to_an_organisation_is_a_person() -> None:
    words = ["La", "présidente", "du", "Rassemblement", "national", "Marine", "Le", "Pen", "a", "salué", "la", "décision", "."]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    cast = Cast(doc, load_rules(), [], doc.text)
    person = cast.find("Marine Le Pen")
    assert person is not None and person.name == "Marine Le Pen" and person.gender == "Fem"
    words = ["La", "nouvelle", "Aston", "Martin", "DBS", "Superleggera", "arrive", "."]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    doc = Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert Cast(doc, load_rules(), [], doc.text).people == []  # an all-capitals word is no name word


def test_first_name_and_surname_tagged_organisation_is_a_person() -> None:
    words = ["Grâce", "à", "l'", "écriture", ",", "Claire", "Martin", "a", "trouvé", "le", "courage", "."]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    person = Cast(doc, load_rules(), [], doc.text).find("Claire Martin")
    assert person is not None and person.gender == "Fem"
    words = ["Il", "enseigne", "au", "lycée", "Jean", "Moulin", "depuis", "dix", "ans", "."]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert Cast(doc, load_rules(), [], doc.text).people == []  # named after someone, but a school


def _cast(words: list[str], ents: list[str]) -> Cast:
    doc = Doc(spacy.blank("fr").vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    return Cast(doc, load_rules(), [], doc.text)


def test_an_honorific_beats_the_first_name_list() -> None:
    cast = _cast(["Le", "gérant", ",", "M.", "Hana", ",", "reste", "prudent", "."],
                 ["O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert [(p.name, p.gender) for p in cast.people] == [("Hana", "Masc")]
    cast = _cast(["Selon", "Mme", "Karim", ",", "la", "salle", "est", "pleine", "."],
                 ["O", "O", "B-PER", "O", "O", "O", "O", "O", "O"])
    assert [(p.name, p.gender) for p in cast.people] == [("Karim", "Fem")]


def test_an_honorific_found_by_the_surname_alone_leaves_another_person_s_gender() -> None:
    cast = _cast(["Paul", "Verdier", "a", "salué", "Mme", "Verdier", "."],
                 ["B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O"])
    assert [(p.name, p.gender) for p in cast.people] == [("Paul Verdier", "Masc")]


def test_a_name_that_misses_one_of_a_persons_words_is_another_person() -> None:
    cast = _cast(["Kim", "Jong", "Un", "a", "reçu", "Kim", "Yo", "Jong", "."],
                 ["B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O"])
    assert cast.find("Kim Yo Jong") is not cast.find("Kim Jong Un")
    assert cast.find("Kim Yo Jong") is not None and cast.find("Kim Yo Jong").name == "Kim Yo Jong"
