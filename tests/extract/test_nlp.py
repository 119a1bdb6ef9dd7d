"""The NLP stage: offsets, the two-pass parse, and robustness on odd input (real model: ``model``)."""
from __future__ import annotations

import pytest

from veille.article import Article
from veille.extract.cues import load_rules
from veille.extract.nlp import NlpExtractor
from veille.extract.parsing import load_pipeline, parse_texts

pytestmark = pytest.mark.model

TEXT = (
    "Le temps était doux à Lyon ce week-end. "
    "Le directeur du musée, Marc Viel, a expliqué que les visiteurs étaient revenus en nombre. "
    "« Nous avons battu notre record de fréquentation », a-t-il ajouté."
)


@pytest.fixture(scope="module")
def stage() -> NlpExtractor:
    extractor = NlpExtractor()
    extractor.setup()
    return extractor


def test_stage_fills_quotes_whose_offsets_point_into_the_text(stage: NlpExtractor) -> None:
    [article] = stage.process_batch([Article(source_id="t:1", text=TEXT, published="2023-05-02")])
    assert isinstance(article, Article)
    assert [q.speaker for q in article.quotes] == ["Marc Viel", "Marc Viel"]
    for quote in article.quotes:
        assert TEXT[quote.start: quote.end] == quote.text


def test_parser_runs_only_on_sentences_that_may_report_speech(stage: NlpExtractor) -> None:
    doc = next(parse_texts(stage.nlp, [TEXT], load_rules()))
    first, second, _ = list(doc.sents)
    assert all(t.pos_ == "" for t in first)
    assert any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in second)
    assert any(e.label_ == "PER" for e in doc.ents)


def test_empty_and_garbage_texts_give_no_quotes_and_no_failure(stage: NlpExtractor) -> None:
    texts = ["", "« « » » \" “ ”", "a-t-il dit, selon", "\x00\ufffd" * 50]
    results = stage.process_batch([Article(source_id=f"g:{i}", text=t) for i, t in enumerate(texts)])
    assert all(isinstance(r, Article) for r in results)
    assert all(not r.quotes for r in results)


def test_stage_declares_its_contract() -> None:
    assert NlpExtractor.requires == {"text"}
    assert NlpExtractor.assigns == {"quotes", "entities", "dates", "events"}


def test_pipeline_loads_without_download() -> None:
    nlp = load_pipeline("fr_core_news_sm")
    assert "sentencizer" in nlp.pipe_names and "ner" in nlp.pipe_names


def test_pipes_no_pass_runs_are_not_loaded() -> None:
    """The lemmatizer's lookup tables cost about a second of CPU in every worker, for nothing read."""
    nlp = load_pipeline("fr_core_news_sm")
    assert {"tok2vec", "morphologizer", "parser", "ner"} <= set(nlp.pipe_names)
    assert not {"lemmatizer", "attribute_ruler"} & set(nlp.component_names)
