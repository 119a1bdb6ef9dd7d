"""ftfy's control-character removal runs only on text that holds one, with the same result."""
from __future__ import annotations

import ftfy
import ftfy.fixes
from ftfy.chardata import CONTROL_CHARS

from veille.clean import repair  # installs the gate at import, as the repair stage does
from veille.clean.control_chars_gate import gate

TEXTS = ["Le maire a inauguré la médiathèque.", "Le maire\x07 a inauguré\x00 la médiathèque.",
         "\ufeffUne ligne ouverte par une marque d'ordre.", "Tabulation\tet retour\nsont gardés.", "", "\x7f"]


def test_the_gated_step_returns_what_ftfy_returns():
    gated = gate(ftfy.fixes.remove_control_chars, CONTROL_CHARS)
    texts = TEXTS + [f"avant{chr(c)}après" for c in CONTROL_CHARS]
    assert [gated(t) for t in texts] == [ftfy.fixes.remove_control_chars(t) for t in texts]


def test_text_without_a_control_character_is_not_translated():
    calls = []

    def remove(text):
        calls.append(text)
        return text.translate(CONTROL_CHARS)

    gated = gate(remove, CONTROL_CHARS)
    assert gated("Le conseil municipal se réunit jeudi.") == "Le conseil municipal se réunit jeudi."
    assert gated("Le conseil\x08 municipal") == "Le conseil municipal"
    assert calls == ["Le conseil\x08 municipal"]


def test_a_table_that_replaces_characters_keeps_ftfys_step():
    def remove(text):
        return text

    assert gate(remove, {0x07: "?"}) is remove


def test_the_repair_stage_installs_it_in_ftfys_fixer_table():
    assert ftfy.FIXERS["remove_control_chars"] is not ftfy.fixes.remove_control_chars
    assert repair.fix_encoding("Le maire\x07 a parlé.") == "Le maire a parlé."
