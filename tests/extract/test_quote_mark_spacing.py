"""find_quoted_spans on invented text where a straight closing mark comes after a space but before a comma."""
from __future__ import annotations

from veille.extract.quote_marks import find_quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start: s.end] for s in find_quoted_spans(text)]


def test_a_mark_after_a_space_but_before_a_comma_closes_the_quotation() -> None:
    text = '"Nous avions déjà tout rangé ", se rappelle la gardienne. Elle parle d\'un "miracle".'
    assert _quoted(text) == ["Nous avions déjà tout rangé", "miracle"]
