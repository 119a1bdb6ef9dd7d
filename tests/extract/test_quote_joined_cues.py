"""find_quotes on invented sentences where a speaker's second reporting verb is joined after a "que" clause: the
clause ends there and the second cue reads its own content, with the same speaker."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_joined_reporting_verb_ends_the_que_clause(read) -> None:
    quotes = read("Le maire a affirmé que le projet était prêt, mais a reconnu que les travaux prendraient du retard.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("le projet était prêt", "Le maire"), ("les travaux prendraient du retard", "Le maire")]


@pytest.mark.model
def test_a_joined_verb_that_reports_nothing_stays_in_the_clause(read) -> None:
    [quote] = read("La police a indiqué que l'homme s'est mis à paniquer et a tenté de faire demi-tour.")
    assert quote.text == "l'homme s'est mis à paniquer et a tenté de faire demi-tour"
