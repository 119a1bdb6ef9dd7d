"""Date scoring: are the date expressions found, and is each given the right value?

Gold and prediction are character spans with an ISO value (see ``extract.date_values``).
A prediction finds a gold date when their spans overlap: annotators and the extractor
disagree on the edges ("mardi" or "mardi soir", "le 3 mars" or "3 mars") far more often than
on whether a date is there, and the value is what a reader relies on. Pairs are taken
one-to-one in text order. Value accuracy is over the found dates, with the exact ISO
string: "2020-03" for "fin mars" is right, "2020-03-31" is not. ``end_to_end`` is the share of
gold dates both found and valued right.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from veille.evaluate.quotes import Counts


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: int
    end: int
    value: str | None


@dataclass(slots=True)
class DateScores(Counts):
    """Quote scoring's counts, where a found date is matched on both sides (pairs are one-to-one), plus
    how many of the found dates carry the gold value."""

    valued: int = 0

    @property
    def found(self) -> int:
        return self.matched_gold

    @property
    def value_accuracy(self) -> float:
        return self.valued / self.found if self.found else 0.0

    @property
    def end_to_end(self) -> float:
        return self.valued / self.gold if self.gold else 0.0

    def add(self, gold: Sequence[DateSpan], predicted: Sequence[DateSpan]) -> None:
        """Add one article's dates to the running counts."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        taken: set[int] = set()
        for g in sorted(gold, key=lambda s: s.start):
            hit = next((k for k, p in enumerate(predicted)
                        if k not in taken and p.start < g.end and g.start < p.end), None)
            if hit is None:
                continue
            taken.add(hit)
            self.matched_gold += 1
            self.matched_predicted += 1
            self.valued += predicted[hit].value == g.value

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "value_accuracy": round(self.value_accuracy, 3), "end_to_end": round(self.end_to_end, 3)}
