"""The tokenizer's ``token_match`` and ``url_match`` are asked only of chunks that can match them."""
from __future__ import annotations

import re
from re import _constants as sre  # the parse tree is how the claims are checked on spaCy's own expressions
from re import _parser

from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
from spacy.lang.tokenizer_exceptions import URL_MATCH

from veille.extract.token_match import TOKEN_MATCH_CHARS, URL_MATCH_CHARS, gated

WORDS = ["bonjour", "hip-hop", "arc-en-ciel", "entr'ouvert", "Saint-Étienne-du-Rouvray", "aujourd'hui", "l'équipe",
         "porte-parole", "peut-être", "c'est-à-dire", "Hip-Hop", "micro-ondes", "ex-ministre", "grand'mère", "22",
         "—", "www.mairie-villebrune.fr", "https://exemple.org/page?id=3", "fin.", "M.", "192.168.1.1", "3,5",
         "10.000"]


def _requires(items: list, chars: str) -> bool:
    """Whether every match of ``items`` holds one of ``chars``, as far as the parse tree shows."""
    for op, av in items:
        if op is sre.LITERAL and chr(av) in chars:
            return True
        if op is sre.IN and av and all(o is sre.LITERAL and chr(a) in chars for o, a in av):
            return True
        if op is sre.SUBPATTERN and _requires(list(av[-1]), chars):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _requires(list(av[2]), chars):
            return True
        if op is sre.BRANCH and all(_requires(list(alternative), chars) for alternative in av[1]):
            return True
    return False


def test_every_chunk_spacys_matches_take_holds_a_gate_character():
    token_match = list(_parser.parse(TOKEN_MATCH.__self__.pattern))
    assert token_match[-1][0] is sre.BRANCH and len(token_match[-1][1][1]) > 100  # "^" is factored out
    assert _requires(token_match, TOKEN_MATCH_CHARS)
    assert _requires(list(_parser.parse(URL_MATCH.__self__.pattern)), URL_MATCH_CHARS)


def test_the_check_sees_an_optional_character_as_optional():
    assert not _requires(list(_parser.parse(r"(?:^abc$)|(?:^a[-–]b$)")), TOKEN_MATCH_CHARS)
    assert not _requires(list(_parser.parse(r"^x(?:l['’])?y$")), TOKEN_MATCH_CHARS)
    assert _requires(list(_parser.parse(r"^(?:[a-z]+\.)+[a-z]{2,}$")), URL_MATCH_CHARS)


def test_the_gated_matches_answer_as_spacys():
    for match, chars in ((TOKEN_MATCH, TOKEN_MATCH_CHARS), (URL_MATCH, URL_MATCH_CHARS)):
        assert any(match(w) for w in WORDS) and not all(match(w) for w in WORDS)
        for word in WORDS:
            assert bool(gated(match, chars)(word)) == bool(match(word)), word


def test_a_chunk_without_a_gate_character_is_not_matched_at_all():
    asked: list[str] = []

    def spy(string: str) -> re.Match[str] | None:
        asked.append(string)
        return TOKEN_MATCH(string)

    for word in WORDS:
        gated(spy, TOKEN_MATCH_CHARS)(word)
    assert asked == [w for w in WORDS if re.search("[-'’–—‐‑]", w)]
    assert gated(None, TOKEN_MATCH_CHARS) is None
