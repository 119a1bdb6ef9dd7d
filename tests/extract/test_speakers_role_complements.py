"""A name after a role noun and its institution ("la porte-parole du gouvernement Inès X") is the role holder's, not
the institution's; and the same role with the same complement later ("a déclaré la porte-parole du gouvernement")
is that person, while another complement ("le porte-parole de la police" after "de l'armée") is someone else.
Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_name_after_a_role_and_its_institution_is_a_person(speakers) -> None:
    text = ("La réunion aura lieu vendredi, a confirmé la porte-parole du gouvernement Inès Vautrin. "
            "« Nous avons prévenu M. Petit », a déclaré Mme Vautrin.")
    assert [q.speaker for q in speakers(text)] == ["Inès Vautrin", "Inès Vautrin"]


def test_the_same_role_and_complement_take_up_the_person_introduced_so(speakers) -> None:
    text = ("La réunion aura lieu vendredi, a confirmé la porte-parole du gouvernement Inès Vautrin. "
            "« Nous avons prévenu M. Petit, il n'a pas répondu », a déclaré la porte-parole du gouvernement sur RTL.")
    assert [q.speaker for q in speakers(text)] == ["Inès Vautrin", "Inès Vautrin"]


def test_the_same_role_with_another_complement_is_someone_else(speakers) -> None:
    text = ("Le porte-parole de l'armée Paul Durand a confirmé l'attaque. "
            "Le porte-parole de la police a ensuite affirmé que « tout était calme ».")
    assert [q.speaker for q in speakers(text)][-1] != "Paul Durand"
