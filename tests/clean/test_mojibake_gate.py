"""ftfy's mojibake test, tried only where a match can start, answers as ftfy's own search."""
from __future__ import annotations

import re

import ftfy
import ftfy.fixes
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.clean.mojibake_gate import gate
from veille.clean.repair import fix_encoding  # installs the gate

SAMPLES = [
    "", "Le conseil municipal a voté le budget.", "Lâ€™Ã©lu a dit â€œnonâ€\x9d", "Ã©tÃ© Ã  la mairie", "cafÃ ",
    "Ã ", "aÃ  b", "vâ€™Ã©lu", "L'État et l'Élysée « répondent » à 20 €.", "×²", "√±", "вЂ™", "ГўВЂВ™s",
    "β€™", "ā€", "le cœur", "Œ1", "Ça coûte 3 € à É.", "mojibake: Â»", "fin.Â « suite", "\x85 contrôle",
    "╔═╗ boîte", "ØŸØŸ", "Â\xa0", "à²", "‚Äô", "≈°", "É°", "ÉÉ€",
]

#: Characters the pattern is made of, with ordinary French text around them.
ALPHABET = "".join(sorted(set(re.sub(r"\\.|[\[\]|^?\s{}]", "", BADNESS_RE.pattern)))) + "abcdeÉéèàùç .,;:!?«»’'\n\t\xa0€°"


def test_ftfy_asks_the_gated_test() -> None:
    assert ftfy.is_bad is not is_bad and ftfy.fixes.is_bad is ftfy.is_bad
    assert fix_encoding("Lâ€™Ã©lu à Ã©tÃ©") == "L’élu à été"


def test_the_gated_test_answers_as_ftfys_search() -> None:
    gated = gate(BADNESS_RE)
    assert gated is not None
    assert any(is_bad(text) for text in SAMPLES) and not all(is_bad(text) for text in SAMPLES)
    for text in SAMPLES:
        assert gated(text) == is_bad(text), text
        for before in ("", "x", "é", "Le maire dit « ", "\n"):
            assert gated(before + text) == is_bad(before + text), before + text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_gated_test_answers_as_ftfys_search_on_any_text(text: str) -> None:
    gated = gate(BADNESS_RE)
    assert gated is not None
    assert gated(text) == is_bad(text)


def test_a_match_starting_before_its_anchor_is_found() -> None:
    gated = gate(re.compile(r"ab€|^Ã |x\s?Â"))
    assert gated is not None
    assert gated("zzab€") and gated("x Â") and gated("xÂ") and gated("Ã ") and not gated("zÃ ") and not gated("ab")


def test_a_pattern_of_another_shape_keeps_its_own_search() -> None:
    assert gate(re.compile(r"ab|c€")) is None  # "ab" holds no character outside ASCII
    assert gate(re.compile(r"é+|€")) is None  # not a row of single characters
    assert gate(re.compile(r"é|€", re.IGNORECASE)) is None
