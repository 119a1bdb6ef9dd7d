"""Quote provenance: one quote reported by several outlets, cut or reworded, keeps its first appearance."""
from __future__ import annotations

import os
import subprocess
import sys

from veille.link.provenance import containment, is_altered, trace_quotes, word_diff

FIRST = "Nous ne laisserons pas fermer la maternité de Saint-Flour tant que je serai maire"
CUT = "nous ne laisserons pas fermer la maternité de Saint-Flour"
REWORDED = "Nous ne laisserons jamais fermer la maternité de Saint-Flour tant que je serai maire"
OTHER = "Le conseil départemental votera le budget des routes en mars prochain"


def _quotes(*rows: tuple[str, str]) -> list[dict[str, str]]:
    return [{"text": text, "site": site, "article_id": f"a{i}"} for i, (text, site) in enumerate(rows)]


def test_truncated_report_is_the_same_quote_not_altered() -> None:
    traced = trace_quotes(_quotes((FIRST, "La Montagne"), (CUT, "France Bleu")))
    assert [q["status"] for q in traced] == ["original", "same"]
    assert traced[1]["origin"] == 0
    assert traced[0]["reported_by"] == 2 and traced[0]["reports"] == 2


def test_changed_word_is_flagged_altered_with_the_changed_word_marked() -> None:
    traced = trace_quotes(_quotes((FIRST, "La Montagne"), (REWORDED, "Le Figaro")))
    assert traced[1]["status"] == "altered" and traced[1]["origin"] == 0
    assert [w for w, changed in traced[1]["diff"] if changed] == ["jamais"]


def test_unrelated_quotes_stay_separate_originals() -> None:
    traced = trace_quotes(_quotes((FIRST, "La Montagne"), (OTHER, "La Montagne")))
    assert [q["status"] for q in traced] == ["original", "original"]
    assert traced[0]["reported_by"] == 1


def test_short_quotes_are_never_linked() -> None:
    traced = trace_quotes(_quotes(("c'est faux", "A"), ("C’est faux !", "B")))
    assert [q["origin"] for q in traced] == [None, None]


def test_case_accents_and_quote_marks_are_not_changes() -> None:
    loud = "« NOUS NE LAISSERONS PAS FERMER LA MATERNITE DE SAINT-FLOUR TANT QUE JE SERAI MAIRE »"
    traced = trace_quotes(_quotes((FIRST, "A"), (loud, "B")))
    assert traced[1]["status"] == "same"


def test_containment_measures_the_shorter_quote() -> None:
    assert containment(["a", "b"], ["a", "b", "c", "d"]) == 1.0
    assert containment([], ["a"]) == 0.0
    assert not is_altered(["a", "b", "c"], ["b", "c"])
    assert is_altered(["a", "b", "c"], ["a", "x", "c"])
    assert word_diff("un deux trois", "un deux") == [("un", False), ("deux", False)]


def test_garbage_quotes_do_not_crash() -> None:
    traced = trace_quotes([{"text": None}, {}, {"text": "\x00" * 50}, {"text": "mot " * 5000, "site": None}])
    assert len(traced) == 4


def test_a_quote_joining_two_earlier_quotes_is_a_report_of_the_first_whatever_the_hash_seed() -> None:
    """Provenance must not depend on set order: two runs of one ingest give one export."""
    script = (
        "from veille.link.provenance import trace_quotes\n"
        "quotes = [{'text': t, 'site': 's'} for t in ('les digues tiendront cet hiver',"
        " 'nous renforcerons chaque berge menacée',"
        " 'les digues tiendront cet hiver et nous renforcerons chaque berge menacée')]\n"
        "print(trace_quotes(quotes)[2]['origin'])\n"
    )
    origins = {
        subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                       capture_output=True, text=True, check=True).stdout.strip()
        for seed in range(8)
    }
    assert origins == {"0"}
