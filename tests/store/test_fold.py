"""Folding: the same words in and out of the index whatever their case, accents or ligatures."""
from __future__ import annotations

from veille.store.fold import fold, fold_words


def test_fold_removes_case_and_accents():
    assert fold("Sécurité À Genève") == "securite a geneve"


def test_fold_expands_french_ligatures():
    assert fold("Cœur, ŒUVRE, Lætitia") == "coeur, oeuvre, laetitia"


def test_fold_of_ascii_is_lowercase_only():
    assert fold("TASS / Reuters") == "tass / reuters"


def test_fold_words_split_like_the_index():
    assert fold_words("l’Élysée a-t-il dit_ça ?") == ["l", "elysee", "a", "t", "il", "dit", "ca"]


def test_fold_handles_compatibility_characters():
    assert fold_words("ﬁnance Ｐａｒｉｓ") == ["finance", "paris"]
