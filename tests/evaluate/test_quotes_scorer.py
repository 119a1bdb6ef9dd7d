from __future__ import annotations

import pytest

from veille.evaluate.quotes import Span, coverage, match, place_gold, score_corpus, speaker_matches

TEXT = "Il a dit que la réforme est injuste et brutale pour tous. « Nous irons jusqu'au bout », a ajouté le ministre."


def span_of(text: str, words: str, kind: str = "direct", speaker: str | None = None) -> Span:
    start = TEXT.index(words)
    return Span(kind, start, start + len(words), speaker)


def test_coverage_counts_the_gold_words_the_prediction_overlaps() -> None:
    gold = span_of(TEXT, "la réforme est injuste et brutale pour tous")
    half = span_of(TEXT, "la réforme est injuste")
    assert coverage(gold, half, TEXT) == pytest.approx(0.5)


def test_match_is_one_to_one_and_best_first() -> None:
    gold = [span_of(TEXT, "la réforme est injuste et brutale pour tous")]
    predicted = [span_of(TEXT, "la réforme est injuste et brutale"), span_of(TEXT, "la réforme est injuste et brutale pour tous")]
    assert match(gold, predicted, TEXT, 0.3) == [(0, 1)]


def test_a_prediction_below_the_threshold_does_not_match() -> None:
    gold = [span_of(TEXT, "la réforme est injuste et brutale pour tous")]
    assert match(gold, [span_of(TEXT, "la réforme")], TEXT, 0.3) == []


def test_speaker_match_needs_the_surname_for_people() -> None:
    assert speaker_matches("Sergueï Ryabkov", "Sergei Ryabkov")
    assert speaker_matches("Sergueï Ryabkov", "Ryabkov")
    assert not speaker_matches("Sergueï Ryabkov", "Sergueï Lavrov")
    assert speaker_matches("Jacky et Colette", "Colette")
    assert speaker_matches("Elizabeth Lee", "Elizabeth Lee") and not speaker_matches("Elizabeth Lee", "Elizabeth Moss")


def test_speaker_match_uses_the_words_of_organisations_and_unnamed_sources() -> None:
    assert speaker_matches("ministère de l'Intérieur", "le ministère de l'Intérieur")
    assert speaker_matches("un témoin", "un témoin cité par Le Parisien")
    assert not speaker_matches("un témoin", "la préfecture")
    assert speaker_matches(None, None) and not speaker_matches(None, "CGT")


def test_place_gold_finds_repeated_text_in_order() -> None:
    text = "« Oui », dit-il. « Oui », répète-t-elle."
    spans = place_gold(text, [{"type": "direct", "text": "Oui"}, {"type": "direct", "text": "Oui"}])
    assert [s.start for s in spans] == [2, 19]


def test_corpus_scores_groups_and_speakers() -> None:
    gold = {"d": [
        {"type": "indirect", "text": "la réforme est injuste et brutale pour tous", "speaker": "Paul Durand"},
        {"type": "direct", "text": "Nous irons jusqu'au bout", "speaker": "Paul Durand"},
    ]}
    predicted = {"d": [
        span_of(TEXT, "la réforme est injuste et brutale pour tous", "indirect", "Durand"),
        span_of(TEXT, "Nous irons jusqu'au bout", "direct", "Marie Curie"),
        span_of(TEXT, "le ministre", "direct", None),
    ]}
    scores = score_corpus(gold, {"d": TEXT}, predicted)
    overall = scores.counts[(0.3, "all")]
    assert (overall.gold, overall.predicted, overall.matched_gold) == (2, 3, 2)
    assert overall.precision == pytest.approx(2 / 3) and overall.recall == 1.0
    assert scores.counts[(0.3, "indirect+mixed")].f1 == 1.0
    assert scores.speaker_accuracy() == 0.5


def test_missing_gold_document_is_an_error() -> None:
    with pytest.raises(ValueError, match="absent"):
        score_corpus({"x": []}, {}, {})


def test_gold_quote_absent_from_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="not found"):
        place_gold("abc", [{"type": "direct", "text": "zzz"}])
