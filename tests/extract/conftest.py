"""Readers shared by the quote and speaker tests: invented text in, what find_quotes / resolve_speakers make of it."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from veille.article import Quote
from veille.extract.cues import QuoteRules, load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.quotes import find_quotes
from veille.extract.speakers import resolve_speakers

Reader = Callable[[str], list[Quote]]


@pytest.fixture(scope="module")
def rules() -> QuoteRules:
    return load_rules()


@pytest.fixture(scope="module")
def read(rules: QuoteRules) -> Reader:
    """The quotes found in a text, with the real model."""
    nlp = load_pipeline("fr_core_news_md")
    return lambda text: find_quotes(next(parse_texts(nlp, [text], rules)), rules)


@pytest.fixture(scope="module")
def speakers(rules: QuoteRules) -> Reader:
    """The quotes found in a text with their speakers resolved, with the real model."""
    nlp = load_pipeline("fr_core_news_md")

    def resolved(text: str) -> list[Quote]:
        doc = next(parse_texts(nlp, [text], rules))
        return resolve_speakers(doc, find_quotes(doc, rules), rules)

    return resolved
