"""A quotation that names a charge: "comparaîtra pour « corruption passive commise par personne dépositaire de
l'autorité publique »", "… ainsi que pour « transport, détention … de stupéfiants »".

The guidelines count a legal charge between marks as no one's speech, however long it is; reads_as_speech already
refuses a short term after "pour"/"de", but a charge's full legal wording runs past the length that makes an
unattributed quotation speech. A word of prosecution (rules/charge_words.txt) earlier in the sentence, and a
preposition or the joint of a list of charges right before the mark, tell it apart.
"""
from __future__ import annotations

import re

from veille.extract.entity_rules import rule_set

#: Prepositions right before a charge's opening mark.
_CHARGE_PREPOSITIONS = frozenset({"pour", "de", "d'", "du", "des"})
#: Joints of a list of charges: one stands between the closing mark of one charge and the opening mark of the next
#: ('"faux en écriture publique", "vol" et "détournement …"').
_LIST_JOINTS = frozenset({"et", "ou", ","})
_CLOSING_MARKS = ('"', "»", "”")
#: How far back, in characters, the word of prosecution may stand in the sentence.
_REACH = 160
_WORD = re.compile(r"\w+|,")


def _prosecution(sentence: str) -> bool:
    """Whether a word of prosecution, or a locution of several ("garde à vue", "mis en examen"), is in the text."""
    entries = rule_set("charge_words.txt")
    lowered = sentence.lower()
    return any(w in entries for w in _WORD.findall(lowered)) or any(" " in e and e in lowered for e in entries)


def names_a_charge(text: str, opening: int) -> bool:
    """Whether the quotation opening at ``opening`` follows a preposition, or the joint after another quotation, in a
    sentence that speaks of prosecution."""
    before = text[max(0, opening - _REACH): opening].replace("’", "'")
    before = re.split(r"[.!?]\s", before)[-1]  # this sentence only
    words = [w.lower() for w in _WORD.findall(before)]
    if not words:
        return False
    if before.rstrip().lower().endswith("d'"):
        lead, rest = "d'", ""
    else:
        lead, rest = words[-1], before.rstrip()[: -len(words[-1])].rstrip()
    listed = lead in _LIST_JOINTS and rest.endswith(_CLOSING_MARKS)
    return (lead in _CHARGE_PREPOSITIONS or listed) and _prosecution(before)
