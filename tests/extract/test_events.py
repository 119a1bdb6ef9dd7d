"""Dated events from the sentences that date something."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.dates import find_dates
from veille.extract.events import MAX_EVENT_CHARS, find_events

BLANK = spacy.blank("fr")


def _events(text: str, published: str = "2022-02-09") -> list[tuple[str, str]]:
    doc = BLANK(text)
    return [(e.date, e.text) for e in find_events(doc, find_dates(doc, published))]


def test_find_events_one_event_per_dated_sentence() -> None:
    events = _events("Fin janvier, la Russie a reçu des réponses écrites. "
                     "Ce document a été envoyé le 28 janvier aux chefs de la diplomatie.")
    assert events == [
        ("2022-01", "Fin janvier, la Russie a reçu des réponses écrites."),
        ("2022-01-28", "Ce document a été envoyé le 28 janvier aux chefs de la diplomatie."),
    ]


def test_find_events_two_dates_in_one_sentence_make_two_events() -> None:
    events = _events("J'espère que demain, et après-demain, nos délégations se parleront enfin.", "2022-01-10")
    assert [d for d, _ in events] == ["2022-01-11", "2022-01-12"]


def test_find_events_one_event_per_date_and_sentence() -> None:
    events = _events("Le 3 mars 2021, puis encore le 3 mars 2021 au soir, le conseil a siégé longuement.")
    assert len(events) == 1


def test_find_events_skips_a_dateline_without_a_verb() -> None:
    assert _events("GENÈVE, le 10 janvier.\nLes consultations ont pris fin à Genève le 10 janvier.", "2022-01-10") == [
        ("2022-01-10", "Les consultations ont pris fin à Genève le 10 janvier.")]


def test_find_events_does_not_split_sentences_at_initials() -> None:
    (event,) = _events("Hier, M. Dupont a rencontré les syndicats du port.")
    assert event[1].startswith("Hier, M. Dupont")


def test_find_events_cuts_long_sentences_to_the_clauses_around_the_date() -> None:
    filler = ", ".join(f"une longue incise numéro {i} sans rapport" for i in range(20))
    text = f"Le ministre a rappelé {filler}, que le traité a été signé le 17 décembre 2021, {filler}."
    (event,) = _events(text)
    assert event[0] == "2021-12-17"
    assert "le 17 décembre 2021" in event[1] and len(event[1]) <= MAX_EVENT_CHARS + 2


def test_find_events_reads_sentences_glued_without_a_space() -> None:
    events = _events("La décision a été prise jeudi.Le gouvernement avait annoncé le plan le 24 juin dernier.")
    assert [text.split()[0] for _, text in events] == ["La", "Le"]


def test_find_events_ignores_unvalued_dates() -> None:
    doc = BLANK("Il est parti hier.")
    assert find_events(doc, find_dates(doc, None)) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,\n«»ÉL0123") + ["lundi", " le 3 mars", "hier", "Il a dit"]), max_size=40)
       .map("".join))
def test_find_events_never_crashes_and_stays_short(text: str) -> None:
    doc = BLANK(text)
    for event in find_events(doc, find_dates(doc, "2022-01-10")):
        assert event.date and len(event.text) <= MAX_EVENT_CHARS + 2
