"""The size caps every source obeys, so untrusted input can slow a run down but never sink it.

Inputs come from scrapers and strangers: a runaway page, a JSONL line with no end, a
40 kB gzip that inflates to 40 GB. Each cap turns such an input into a Failure with
its reason instead of a crash or a memory blow-up.
"""
from __future__ import annotations

from dataclasses import dataclass

MiB = 1 << 20
GiB = 1 << 30


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceLimits:
    """Caps on what one input may make veille hold or read.

    Sizes count bytes before decoding (HTML, feeds, WARC records) and characters after
    it (text pages, JSONL lines, CSV rows): the two agree within a factor of two for
    French text, and counting what is at hand avoids a second pass.

    ``max_decompressed_bytes`` bounds the time one ``.gz`` can take; memory is already
    bounded by the page and line caps because records files are streamed.
    ``max_gzip_ratio`` is the gzip-bomb guard: real news text inflates 3-20x, a bomb
    1000x; it is checked once ``gzip_ratio_grace_bytes`` have come out, so that small
    repetitive files are not refused.
    """

    max_page_size: int = 200 * MiB
    max_line_size: int = 50 * MiB
    max_decompressed_bytes: int = 16 * GiB
    max_gzip_ratio: int = 100
    gzip_ratio_grace_bytes: int = 16 * MiB

    def __post_init__(self) -> None:
        for name in ("max_page_size", "max_line_size", "max_decompressed_bytes", "max_gzip_ratio"):
            if getattr(self, name) <= 0:
                raise ValueError(f"SourceLimits.{name} must be positive")
        if self.gzip_ratio_grace_bytes < 0:
            raise ValueError("SourceLimits.gzip_ratio_grace_bytes must not be negative")


def describe_size(size: int) -> str:
    """A size as a user reads it in a failure reason ("200 MB", "512 bytes")."""
    if size >= GiB and size % GiB == 0:
        return f"{size // GiB} GB"
    if size >= MiB:
        return f"{size / MiB:.0f} MB"
    return f"{size} bytes"
