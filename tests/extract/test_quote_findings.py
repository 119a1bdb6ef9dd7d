"""quote_findings without a model: trimming clause edges and telling direct, indirect and mixed apart."""
from __future__ import annotations

import spacy

from veille.extract.cues import load_rules
from veille.extract.quote_findings import Findings, Found, trim
from veille.extract.quote_layout import QuoteLayout


def _assemble(text: str, clauses: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    """Each clause is given by its text; the result is (type, text, mention) in text order."""
    doc = spacy.blank("fr")(text)
    layout = QuoteLayout(doc, load_rules(), text)
    findings = Findings()
    for words, mention in clauses:
        start = text.index(words)
        findings.add_clause(Found("indirect", start, start + len(words), "a dit", mention))
    return [(f.type, text[f.start: f.end], f.mention) for f in findings.assemble(layout, {0})]


def test_trim_drops_edge_punctuation_and_an_opening_mark_left_at_the_end() -> None:
    text = "X a dénoncé la réforme. « Nous"
    start, end = trim(text, text.index("la"), text.index("Nous"))
    assert text[start:end] == "la réforme"


def test_first_attribution_of_a_quotation_wins() -> None:
    findings = Findings()
    findings.attribute(0, "a dit", "le maire")
    findings.attribute(0, "selon", "la préfecture")
    assert findings.attributed == {0: ("a dit", "le maire")}


def test_clause_holding_a_quotation_and_own_words_is_mixed_and_holds_it() -> None:
    text = "Le maire a dit que la ville était « en deuil depuis lundi » ce soir."
    assert _assemble(text, [("la ville était « en deuil depuis lundi » ce soir", "le maire")]) == [
        ("mixed", "la ville était « en deuil depuis lundi » ce soir", "le maire")]


def test_clause_that_is_all_quotation_is_a_direct_quote_even_if_its_mark_is_outside() -> None:
    text = "Le maire a parlé. « La ville est en deuil depuis lundi », selon lui."
    # the clause starts after "« ": the sentencizer left the mark with the sentence before
    assert _assemble(text, [("La ville est en deuil depuis lundi »", "lui")]) == [
        ("direct", "La ville est en deuil depuis lundi", "lui")]


def _assemble_postposed(text: str, words: str) -> list[tuple[str, str]]:
    doc = spacy.blank("fr")(text)
    findings = Findings()
    start = text.index(words)
    findings.add_clause(Found("indirect", start, start + len(words), "ont estimé", "les juges", postposed=True))
    return [(f.type, text[f.start: f.end]) for f in findings.assemble(QuoteLayout(doc, load_rules(), text), {0})]


def test_a_postposed_clause_opening_with_a_quotation_is_that_quotation_unless_it_is_a_short_fragment() -> None:
    text = "« Nous tiendrons jusqu'au bout » face à eux, ont estimé les juges."
    assert _assemble_postposed(text, "« Nous tiendrons jusqu'au bout » face à eux") == [
        ("direct", "Nous tiendrons jusqu'au bout")]
    text = "« Sous influence » du ministre, le juge aurait menti, ont estimé les juges."
    assert _assemble_postposed(text, "« Sous influence » du ministre, le juge aurait menti") == [
        ("mixed", "« Sous influence » du ministre, le juge aurait menti")]
