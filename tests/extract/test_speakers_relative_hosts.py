"""A quotation in a relative clause on an object ("… à Marc X, qui avait déclaré « … »") is that person's, but the
next "il" continues the sentence's subject. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_pronoun_after_a_quotation_in_an_object_relative_continues_the_subject(speakers) -> None:
    text = ("« Qui nous rendra notre honneur ? », a demandé Paul Becquet. Il avait juste avant adressé une pique à Marc "
            "Dolet, qui avait déclaré « Personne ne croit à cette fable ». « Ce ne sont pas des déclarations qui "
            "honorent leurs auteurs », a-t-il lancé.")
    assert [q.speaker for q in speakers(text)] == ["Paul Becquet", "Marc Dolet", "Paul Becquet"]


def test_a_pronoun_after_a_quotation_in_a_subject_relative_continues_that_speaker(speakers) -> None:
    text = ("« Qui nous rendra notre honneur ? », a demandé Paul Becquet. Marc Dolet, qui avait déclaré « Personne ne "
            "croit à cette fable », a répondu sèchement. « Ce ne sont pas des manières », a-t-il lancé.")
    assert [q.speaker for q in speakers(text)][-1] == "Marc Dolet"
