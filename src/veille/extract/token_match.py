"""The tokenizer's ``token_match`` and ``url_match``, asked only of the chunks that can match them.

spaCy tries both expressions on every whitespace-separated chunk its cache does not hold, and
again after each prefix or suffix it splits off. The French ``token_match`` keeps some words
whole ("hip-hop", "entr'ouvert", "arc-en-ciel") with some two hundred alternatives, each holding a
hyphen or an apostrophe that is not optional (spaCy's French ``HYPHENS`` and ``ELISION``);
``url_match`` needs a dot (a domain's, or an IP address's). A chunk without one cannot match,
so ``gate_matches`` answers it at once and hands the others to spaCy's expressions: the tokens are
the same. On 500 OrangeSum texts the two took 2.8 of the tokenizer's 4.8 ms of CPU per text while
its cache fills (``token_match`` 2.6). tests/extract/test_token_match.py checks the claims on the
installed spaCy's expressions.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.fr.punctuation import ELISION, HYPHENS
from spacy.tokenizer import Tokenizer

Match = Callable[[str], "re.Match[str] | None"]

#: One of these is in every chunk the French ``token_match`` matches, and a dot in every one ``url_match`` does.
TOKEN_MATCH_CHARS = HYPHENS + ELISION
URL_MATCH_CHARS = "."


def gated(match: Match | None, chars: str) -> Match | None:
    """``match`` for chunks holding one of ``chars``; None at once for the others."""
    if match is None:
        return None
    search = re.compile(f"[{re.escape(chars)}]").search

    def gated_match(string: str) -> re.Match[str] | None:
        return match(string) if search(string) is not None else None

    return gated_match


def gate_matches(tokenizer: Tokenizer) -> None:
    """Gate the French tokenizer's ``token_match`` and ``url_match`` (set once, after loading: each set empties
    the tokenizer's cache)."""
    tokenizer.token_match = gated(tokenizer.token_match, TOKEN_MATCH_CHARS)
    tokenizer.url_match = gated(tokenizer.url_match, URL_MATCH_CHARS)
