"""The volume-over-time chart, drawn on the server: bar geometry the SVG template renders.

No chart library and no script: the numbers become rectangles here and the template writes
them as SVG attributes (escaped like everything else). Long periods are grouped by month so
the bars stay readable at phone width.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

WIDTH = 640
HEIGHT = 160
MAX_DAILY_BARS = 92


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    copies: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    peak: int
    unit: str
    """"day" or "month"."""


def volume_chart(volume: list[dict[str, object]]) -> Chart:
    """One bar per day, or per month when the days would not fit."""
    unit = "day" if len(volume) <= MAX_DAILY_BARS else "month"
    counts: Counter[str] = Counter()
    copies: Counter[str] = Counter()
    for row in volume:
        key = str(row["day"]) if unit == "day" else str(row["day"])[:7]
        counts[key] += int(row["articles"])  # type: ignore[call-overload]
        copies[key] += int(row.get("copies") or 0)  # type: ignore[call-overload]
    keys = sorted(counts)
    peak = max(counts.values(), default=0)
    slot = WIDTH / max(1, len(keys))
    bars = []
    for i, key in enumerate(keys):
        height = (HEIGHT - 4) * counts[key] / peak if peak else 0.0
        bars.append(Bar(label=key, count=counts[key], copies=copies[key], x=round(i * slot + slot * 0.1, 2),
                        y=round(HEIGHT - height, 2), width=round(max(1.0, slot * 0.8), 2), height=round(height, 2)))
    return Chart(bars=bars, width=WIDTH, height=HEIGHT, peak=peak, unit=unit)
