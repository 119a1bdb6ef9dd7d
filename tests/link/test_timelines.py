"""Timelines: one dated event told by several outlets is one entry with all its sources."""
from __future__ import annotations

from typing import Any

from veille.link.timelines import merge_timeline


def _record(article_id: str, site: str, published: str, events: list[tuple[str, str]],
            names: tuple[str, ...] = (), duplicate_of: str | None = None) -> dict[str, Any]:
    return {"id": article_id, "site": site, "title": f"titre {article_id}", "published": published,
            "duplicate_of": duplicate_of, "events": [{"date": d, "text": t} for d, t in events],
            "entities": [{"text": n, "label": "LOC" if n == "Clermont-Ferrand" else "ORG", "canonical": n}
                         for n in names]}


def test_same_event_reworded_by_two_outlets_is_one_entry() -> None:
    timeline = merge_timeline([
        _record("a", "La Montagne", "2024-03-02",
                [("2024-02-28", "Le 28 février, la préfecture a fermé le pont Saint-Jacques à la circulation.")]),
        _record("b", "France Bleu", "2024-03-20",
                [("2024-02-28", "Rappelons que la préfecture avait fermé le pont Saint-Jacques le 28 février.")]),
    ])
    assert len(timeline) == 1
    assert [s["article_id"] for s in timeline[0]["sources"]] == ["a", "b"]
    assert timeline[0]["text"].startswith("Le 28 février")


def test_same_date_and_shared_names_merge_different_wording() -> None:
    names = ("Michelin", "Clermont-Ferrand")
    timeline = merge_timeline([
        _record("a", "A", "2024-05-02", [("2024-05-01", "Michelin annonce un plan à Clermont-Ferrand.")], names),
        _record("b", "B", "2024-05-03", [("2024-05-01", "À Clermont-Ferrand, Michelin dévoile ses projets.")], names),
    ])
    assert len(timeline) == 1 and len(timeline[0]["sources"]) == 2


def test_different_events_on_one_date_stay_apart() -> None:
    timeline = merge_timeline([
        _record("a", "A", "2024-05-02", [("2024-05-01", "Le défilé syndical a réuni trois mille personnes.")]),
        _record("b", "B", "2024-05-02", [("2024-05-01", "Un incendie a détruit un entrepôt agricole à Riom.")]),
        _record("c", "C", "2024-05-02", [("2024-05-02", "Le défilé syndical a réuni trois mille personnes.")]),
    ])
    assert len(timeline) == 3
    assert [e["date"] for e in timeline] == ["2024-05-01", "2024-05-01", "2024-05-02"]


def test_one_article_never_merges_its_own_events() -> None:
    names = ("Michelin", "Clermont-Ferrand")
    timeline = merge_timeline([_record("a", "A", "2024-05-02", [
        ("2024-05-01", "Michelin ferme une ligne à Clermont-Ferrand."),
        ("2024-05-01", "Michelin embauche des apprentis à Clermont-Ferrand."),
    ], names)])
    assert len(timeline) == 2


def test_copies_fold_under_their_original_source() -> None:
    event = [("2024-02-28", "Le 28 février, la préfecture a fermé le pont Saint-Jacques.")]
    timeline = merge_timeline(
        [_record("a", "La Montagne", "2024-03-02", event),
         _record("c2", "Agrégateur 2", "2024-03-03", event, duplicate_of="a")],
        copies=[{"id": "c1", "site": "Agrégateur", "published": "2024-03-02", "duplicate_of": "a"}])
    assert len(timeline) == 1
    [source] = timeline[0]["sources"]
    assert source["article_id"] == "a"
    assert [c["article_id"] for c in source["copies"]] == ["c1", "c2"]


def test_missing_or_odd_fields_do_not_crash() -> None:
    timeline = merge_timeline([{"id": "x", "events": [{"date": None, "text": None}, {}]}, {"id": "y"}])
    assert all(e["date"] == "" for e in timeline)
