"""Machine-translation residue: English inside French is flagged, names and titles are not."""
from __future__ import annotations

from veille.article import Article
from veille.clean.mt_residue import ResidueDetector, find_residue, is_english_fragment

FRENCH = (
    "Le ministre a rencontré les représentants des syndicats dans la matinée pour discuter de la réforme, "
    "qui reste contestée par une partie de la majorité. "
)


def test_mt_residue_flags_bracketed_english() -> None:
    text = FRENCH + "Il faut que [the negotiations] avancent, a dit le ministre [during the meeting]."
    assert find_residue(text) == ("[the negotiations]", "[during the meeting]")


def test_mt_residue_spares_bracketed_french_and_editorial_marks() -> None:
    assert find_residue(FRENCH + "Il [le ministre] a tranché [sic], selon [Le Monde].") == ()


def test_mt_residue_flags_an_unbracketed_english_run() -> None:
    text = FRENCH + "La délégation veut avancer, with the support of their allies, sur ce dossier."
    assert find_residue(text) == ("with the support of their allies",)


def test_mt_residue_spares_names_and_quoted_titles() -> None:
    text = FRENCH + "L'ONG Save the Children et le Festival of Speed citent « The Lord of the Rings » et Google News."
    assert find_residue(text) == ()


def test_mt_residue_does_not_flag_an_english_text() -> None:
    assert find_residue("The minister met the unions during the morning to discuss the reform of the system.") == ()


def test_mt_residue_fragment_needs_english_and_no_french_words() -> None:
    assert is_english_fragment("the talks")
    assert not is_english_fragment("le ministre")
    assert not is_english_fragment("the réunion")


def test_mt_residue_stage_sets_flags_and_leaves_text() -> None:
    text = FRENCH + "Il faut que [the talks] avancent."
    article = ResidueDetector().process(Article(source_id="m", text=text))
    assert article.flags.mt_residue == ("[the talks]",) and article.text == text
