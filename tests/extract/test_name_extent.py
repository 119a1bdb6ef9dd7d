"""Where a person's name ends inside an NER span that ran on: before "au", "à"…, and before a lower-case word of its
own ("Martin X dimanche"), but not before a lower-case part of a word ("Chung Eui-yong")."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.name_extent import name_length

VOCAB = spacy.blank("fr").vocab


@pytest.mark.parametrize("words, spaces, length", [
    (["Martin", "Ocampo", "dimanche"], [True, True, False], 2),
    (["Julien", "au", "Figaro"], [True, True, False], 1),
    (["Pierre-Olivier", "Sur"], [True, False], 2),
    (["Ursula", "von", "der", "Leyen"], [True, True, True, False], 4),
    (["Chung", "Eui-", "yong"], [True, False, False], 3),
    (["Paul"], [False], 1),
])
def test_the_name_ends_on_its_last_capitalised_word(words: list[str], spaces: list[bool], length: int) -> None:
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert name_length(doc[:]) == length


@pytest.mark.model
def test_a_name_cut_short_in_the_mention_is_the_full_name(speakers) -> None:
    text = ("La réunion a été longue. La présidente de la Commission, Ingrid von der Berg, a assuré qu'un accord "
            "« est notre meilleure chance ».")
    assert [q.speaker for q in speakers(text)] == ["Ingrid von der Berg"]
