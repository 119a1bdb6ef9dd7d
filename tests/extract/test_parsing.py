"""parse_texts on scraped French text whose paragraph breaks were lost (real model: marked ``model``)."""
from __future__ import annotations

import pytest

from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parse():
    rules = load_rules()
    nlp = load_pipeline("fr_core_news_md")
    return lambda text: next(parse_texts(nlp, [text], rules))


def test_source_preposition_glued_to_a_headline_starts_a_sentence(parse) -> None:
    doc = parse("Grève des transports par FranceinfoSelon la préfecture, douze lignes de bus étaient coupées lundi.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Selon" in starts


def test_capitalised_word_inside_a_sentence_does_not_start_one(parse) -> None:
    doc = parse("Il a rencontré Le Drian à Paris pour parler de la crise.")
    assert len(list(doc.sents)) == 1


def test_quotation_glued_to_the_previous_word_starts_a_sentence(parse) -> None:
    doc = parse('Les syndicats dénoncent une mesure contre la radio publique"Cette réforme est un acte de vandalisme", '
                "a dénoncé Paul Marchand.")
    sentences = [s.text for s in doc.sents]
    assert any(s.startswith('"Cette réforme') for s in sentences)


def test_opening_mark_after_a_full_stop_opens_the_next_sentence(parse) -> None:
    doc = parse("La réunion a duré deux heures. «Nous restons mobilisés», a déclaré la syndicaliste.")
    assert [s.text[:1] for s in doc.sents] == ["L", "«"]


def test_only_the_reporting_sentence_is_tagged_and_names_survive_the_merge(parse) -> None:
    doc = parse("Le ciel était gris sur Lyon ce matin. « Nous restons mobilisés », a déclaré Marie Dupont.")
    plain, reporting = list(doc.sents)
    assert not any(t.pos_ for t in plain) and all(t.head == plain[0] for t in plain)
    assert any(t.pos_ == "VERB" and t.dep_ != "dep" for t in reporting)
    assert "Lyon" in [e.text for e in doc.ents]
