"""find_quotes on invented sentences where a subject and its relative clause, set off by commas, come before a
reporting verb and its object: the relative's verb makes no clause of the sentence's own, so the verb is no postposed
cue reporting what came before its comma (verb_shapes.subject_with_relative)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_subject_and_its_relative_before_the_verb_are_not_what_the_object_said(read) -> None:
    assert read("Le Progrès, qui a assisté à l'audience en exclusivité à Lyon, rapporte l'échange.") == []
    assert read("Le roman, qui révélera l'autrice au grand public en 1971, raconte la séparation d'un couple, à "
                "Marseille.") == []


@pytest.mark.model
def test_a_clause_after_the_relative_is_still_the_content_of_a_postposed_cue(read) -> None:
    [quote] = read("Le chantier, qui a pris du retard, sera livré en mai, a assuré le maire.")
    assert (quote.speaker_mention, quote.text) == ("le maire", "Le chantier, qui a pris du retard, sera livré en mai")
