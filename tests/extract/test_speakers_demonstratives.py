"""A sentence opening on "Ce viticulteur de 58 ans" is about the person just named, whom a following "il" continues
rather than the source quoted before. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_demonstrative_person_noun_makes_the_man_just_named_the_pronoun_referent(speakers) -> None:
    text = ("« Nous irons en justice », a dit Marc Dolet, maire de Fouilly. Un autre maire, Paul Becquet, a été "
            "frappé dimanche. Ce viticulteur de 58 ans témoigne ne plus dormir. "
            "« Je vais entamer une thérapie », affirme-t-il.")
    assert [q.speaker for q in speakers(text)] == ["Marc Dolet", "Paul Becquet"]


def test_a_demonstrative_thing_leaves_the_speaker_chain(speakers) -> None:
    text = ("« Nous irons en justice », a dit Marc Dolet, maire de Fouilly. Un autre maire, Paul Becquet, a été "
            "frappé dimanche. Ce dossier de 58 pages reste ouvert. « Je ne lâcherai rien », affirme-t-il.")
    assert [q.speaker for q in speakers(text)] == ["Marc Dolet", "Marc Dolet"]
