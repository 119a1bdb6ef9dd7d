"""Reads the rule lists under ``clean/rules/``: one entry a line, ``#`` starts a comment.

Rules are data, not code, so adding an agency or a boilerplate pattern is a one-line
change a non-programmer can review. Files are read once per process (they never change
while veille runs, so the cache cannot make one page's output depend on another).
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def rule_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of ``rules/<name>``, stripped, in file order."""
    text = resources.files("veille.clean").joinpath("rules", name).read_text(encoding="utf-8")
    lines = (line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else "" for line in text.splitlines())
    return tuple(line for line in lines if line)


def rule_pairs(name: str) -> dict[str, str]:
    """``key<TAB or spaces>value`` lines as a mapping (later lines win)."""
    pairs: dict[str, str] = {}
    for line in rule_lines(name):
        key, _, value = line.rpartition(" ")
        pairs[key.strip()] = value.strip()
    return pairs


def rule_words(name: str) -> frozenset[str]:
    """A word list, casefolded, several words a line allowed."""
    return frozenset(word.casefold() for line in rule_lines(name) for word in line.split())
