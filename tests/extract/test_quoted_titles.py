"""A name alone between quotation marks is a title, not a person: « Grand Rendez-vous », "Top Chef"; a quotation
that opens on a person's name goes on past it, and a closing mark before a name is no opening one."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.entities import find_entities

BLANK = spacy.blank("fr")


def _labels(text: str, surface: str) -> list[str]:
    """The label find_entities gives ``surface`` when the NER tagged it a person."""
    doc: Doc = BLANK(text)
    start = text.index(surface)
    doc.ents = [doc.char_span(start, start + len(surface), label="PER", alignment_mode="expand")]
    return [e.label for e in find_entities(doc)]


@pytest.mark.parametrize("text, surface", [
    ("Il était l'invité du « Grand Jury Express » dimanche.", "Grand Jury Express"),
    ('Elle a gagné "Top Chef" en juin.', "Top Chef"),
    ("Il s'exprimait lors du “Grand Rendez-vous” sur Radio Nord.", "Grand Rendez"),
    ('Il a lu "Tony Montana 2" cet été.', "Tony Montana"),
])
def test_a_name_alone_between_quotation_marks_is_a_title(text: str, surface: str) -> None:
    assert _labels(text, surface) == ["MISC"]


@pytest.mark.parametrize("text, surface", [
    ("« Marine Dubois a menti », a dit un élu.", "Marine Dubois"),
    ('« C\'est fini », a-t-il dit." Paul Martin a répondu aussitôt.', "Paul Martin"),
    ("Il a salué Marine Dubois dimanche.", "Marine Dubois"),
])
def test_a_person_in_or_after_a_quotation_stays_a_person(text: str, surface: str) -> None:
    assert _labels(text, surface) == ["PER"]


@pytest.mark.model
def test_a_title_between_quotation_marks_is_no_speaker(speakers) -> None:
    text = ("La ministre Claire Vautrin a défendu la réforme. « Elle est juste », a déclaré le maire de Lille "
            "lors du \"Grand Rendez-vous\" de Radio Nord.")
    assert [q.speaker for q in speakers(text)] == ["le maire de Lille"]
