"""ftfy's control-character removal, skipped for text that holds none: same text, a fraction of the time.

ftfy's ``remove_control_chars`` is a ``str.translate`` over a table of about 40 characters (C0 controls
but tab and line breaks, DEL, the deprecated format characters, the BOM, the interlinear annotation
marks). A table given as a dict costs a dict lookup per character of the text, whichever the
characters: 0.36 ms of CPU per OrangeSum article, half of all ftfy's time in repair.py, for pages that
nearly never hold one. A character class of the same table finds whether there is one at all in a few
microseconds; only text that holds one is handed to ftfy's own removal. The class is built from the
installed table (``ftfy.chardata.CONTROL_CHARS``), so the two agree whatever ftfy version is pinned.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import ftfy
from ftfy.chardata import CONTROL_CHARS


def gate(remove: Callable[[str], str], table: dict[int, None]) -> Callable[[str], str]:
    """``remove`` for text holding a character of ``table`` (a ``str.translate`` table that deletes them); the
    text itself otherwise, as ``remove`` would return it."""
    if any(value is not None for value in table.values()):
        return remove  # a table that replaces characters rather than deleting them: keep ftfy's step as it is
    present = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]").search

    def gated(text: str) -> str:
        return remove(text) if present(text) is not None else text

    return gated


def install() -> None:
    """Point ftfy's fixer table (pinned ftfy 6.3.1: ``FIXERS``, which ``fix_text`` reads by step name) at the gated step."""
    remove = ftfy.FIXERS.get("remove_control_chars")
    if remove is not None:
        ftfy.FIXERS["remove_control_chars"] = gate(remove, CONTROL_CHARS)
