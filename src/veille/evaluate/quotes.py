"""Quote scoring: the GenderGapTracker / Radar de Parité protocol, on character offsets.

A predicted quote matches a gold quote when it covers more than ``threshold`` of the gold
quote's words (a word counts as covered when its characters overlap the prediction's span).
Pairs are matched one-to-one, best coverage first. Precision = matched / predicted, recall =
matched / gold. Speaker accuracy is computed over the pairs matched at the first threshold:
for a person the surname must match, for an organisation or an unnamed source the words of
one name must all appear in the other. Figures are given overall and for two groups, direct
and indirect+mixed: recall by the gold quote's type, precision by the predicted quote's type
(matching itself ignores types, so a mis-typed quote costs one group's precision only).

Gold quotes carry no offsets (their ``text`` is an exact substring of the article): each is
placed at its first occurrence after the previous gold quote, as the gold lists them in order.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from veille.extract.person_key import fold_name

THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
GROUPS: dict[str, frozenset[str]] = {
    "all": frozenset({"direct", "indirect", "mixed"}),
    "direct": frozenset({"direct"}),
    "indirect+mixed": frozenset({"indirect", "mixed"}),
}
_WORD = re.compile(r"\w+")
_SPEAKER_SPLIT = re.compile(r",\s*|\s+et\s+")
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "von", "van", "der", "ben", "bin", "al", "el", "y"})
_STOP = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "a", "au", "aux", "en", "par"})


@dataclass(frozen=True, slots=True)
class Span:
    """A quote placed in its article: type, character range, speaker."""

    type: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(slots=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class QuoteScores:
    """Counts per (threshold, group), and speaker agreement over the matches at the first threshold."""

    counts: dict[tuple[float, str], Counts] = field(default_factory=dict)
    speaker_total: dict[str, int] = field(default_factory=dict)
    speaker_correct: dict[str, int] = field(default_factory=dict)
    documents: int = 0

    def speaker_accuracy(self, group: str = "all") -> float:
        total = self.speaker_total.get(group, 0)
        return self.speaker_correct.get(group, 0) / total if total else 0.0

    def as_dict(self) -> dict[str, object]:
        result: dict[str, object] = {"documents": self.documents}
        for (threshold, group), c in sorted(self.counts.items()):
            result[f"{group}@{threshold}"] = {
                "gold": c.gold, "predicted": c.predicted,
                "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
            }
        result["speaker_accuracy"] = {g: round(self.speaker_accuracy(g), 4) for g in GROUPS}
        return result


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def coverage(gold: Span, predicted: Span, text: str) -> float:
    """Share of the gold quote's words that the predicted span overlaps."""
    words = word_spans(text, gold.start, gold.end)
    if not words:
        return 0.0
    covered = sum(1 for s, e in words if s < predicted.end and e > predicted.start)
    return covered / len(words)


def match(gold: Sequence[Span], predicted: Sequence[Span], text: str, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best coverage first; returns (gold index, predicted index) pairs."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.end <= g.start or p.start >= g.end:
                continue
            cov = coverage(g, p, text)
            if cov > threshold:
                pairs.append((cov, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return result


def _content_words(name: str) -> set[str]:
    return {w for w in fold_name(name).split() if w not in _STOP}


def _looks_like_person(name: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    return 0 < len(words) <= 4 and all(w[0].isupper() or w.lower().strip("'’") in _PARTICLES for w in words)


def speaker_matches(gold: str | None, predicted: str | None) -> bool:
    """A person's surname must match; other sources by their words (one name's words within the other's)."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    predicted_words = _content_words(predicted)
    predicted_names = set(fold_name(predicted).split())  # stop words kept: "Lee" folds to "le"
    for part in (p for p in _SPEAKER_SPLIT.split(gold) if p.strip()):
        if _looks_like_person(part):
            surname = fold_name(part).split()[-1:]
            if surname and surname[0] in predicted_names:
                return True
            continue
        gold_words = _content_words(part)
        if gold_words and predicted_words and (gold_words <= predicted_words or predicted_words <= gold_words):
            return True
    return False


def place_gold(text: str, quotes: Iterable[Mapping[str, object]]) -> list[Span]:
    """Give gold quotes offsets: first occurrence after the previous one (then anywhere)."""
    spans = []
    cursor = 0
    for q in quotes:
        quote_text = str(q.get("text") or "")
        if not quote_text:
            continue
        start = text.find(quote_text, cursor)
        if start < 0:
            start = text.find(quote_text)
        if start < 0:
            raise ValueError(f"gold quote not found in article text: {quote_text[:60]!r}")
        cursor = start + 1
        speaker = q.get("speaker")
        spans.append(Span(str(q.get("type", "direct")), start, start + len(quote_text), str(speaker) if speaker else None))
    return spans


def score_document(scores: QuoteScores, text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
    """Add one article's gold and predicted quotes to the running counts."""
    scores.documents += 1
    for threshold in THRESHOLDS:
        pairs = match(gold, predicted, text, threshold)
        for group, types in GROUPS.items():
            c = scores.counts.setdefault((threshold, group), Counts())
            c.gold += sum(1 for g in gold if g.type in types)
            c.predicted += sum(1 for p in predicted if p.type in types)
            c.matched_gold += sum(1 for gi, _ in pairs if gold[gi].type in types)
            c.matched_predicted += sum(1 for _, pi in pairs if predicted[pi].type in types)
            if threshold == THRESHOLDS[0]:
                for gi, pi in pairs:
                    if gold[gi].type in types:
                        scores.speaker_total[group] = scores.speaker_total.get(group, 0) + 1
                        if speaker_matches(gold[gi].speaker, predicted[pi].speaker):
                            scores.speaker_correct[group] = scores.speaker_correct.get(group, 0) + 1


def score_corpus(
    gold: Mapping[str, Sequence[Mapping[str, object]]],
    texts: Mapping[str, str],
    predicted: Mapping[str, Sequence[Span]],
) -> QuoteScores:
    """Score every gold document; a gold document missing from ``texts`` is an error, not a zero."""
    missing = sorted(set(gold) - set(texts))
    if missing:
        raise ValueError(f"{len(missing)} gold document(s) absent from the articles: {', '.join(missing[:5])}")
    scores = QuoteScores()
    for doc_id, quotes in gold.items():
        text = texts[doc_id]
        score_document(scores, text, place_gold(text, quotes), predicted.get(doc_id, ()))
    return scores


MAX_LINE_CHARS = 5_000_000


def read_jsonl(path: str) -> list[dict[str, object]]:
    """Records of a JSONL file; a bad line is an error naming the line, not a silent skip."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if len(line) > MAX_LINE_CHARS:
                raise ValueError(f"{path}:{number}: line longer than {MAX_LINE_CHARS} characters")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object")
            records.append(record)
    return records


def load_gold(path: str) -> dict[str, list[dict[str, object]]]:
    """Gold JSONL: one {"doc_id", "quotes": [...]} per line."""
    gold = {}
    for record in read_jsonl(path):
        if "doc_id" not in record:
            raise ValueError(f"{path}: a gold record has no doc_id")
        gold[str(record["doc_id"])] = list(record.get("quotes") or [])  # type: ignore[arg-type]
    return gold


def is_export(record: Mapping[str, object]) -> bool:
    """veille's export records carry their quotes; input records (id, text, ...) must be extracted first."""
    return "quotes" in record and "source_id" in record


def export_spans(record: Mapping[str, object]) -> list[Span]:
    return [
        Span(str(q.get("type", "direct")), int(q["start"]), int(q["end"]), q.get("speaker"))  # type: ignore[arg-type]
        for q in record.get("quotes") or []  # type: ignore[union-attr]
    ]
