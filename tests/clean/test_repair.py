"""Text repair: encodings, spaces, damaged characters and lost paragraph breaks; no quote ever lost."""
from __future__ import annotations

import re

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.article import Article, Flags
from veille.clean.repair import (
    TextRepairer,
    find_damage,
    fix_encoding,
    normalise_spaces,
    repair_text,
    split_glued_sentences,
)

QUOTE_MARKS = re.compile(r"[\"«»“”]")


def test_repair_fixes_mojibake_but_keeps_curly_quotes() -> None:
    broken = "Lâ€™Ã©lu a dit â€œnonâ€\x9d et « peut-être »"
    assert fix_encoding(broken) == "L’élu a dit “non” et « peut-être »"


@pytest.mark.parametrize("text", ["la ﬁnale", "ＬＯＵＤ\u3000ＮＯＩＳＥＳ", "Le mot ï¼¡BC", "Lâ€™Ã©lu", "Rien à réparer."])
def test_repair_maps_ligatures_and_wide_forms_as_ftfy_does_even_when_decoding_makes_them(text: str) -> None:
    expected = ftfy.fix_text(text, ftfy.TextFixerConfig(uncurl_quotes=False, explain=True, normalization="NFC",
                                                        replace_lossy_sequences=False))
    assert fix_encoding(text) == expected
    assert not re.search("[ﬁＡ-Ｚ\u3000]", expected)


def test_repair_turns_odd_spaces_into_plain_ones_and_drops_blank_lines() -> None:
    text = "«\u00a0Oui\u202f», dit-il\u00a0?\t\n\n \u00a0\nSuite\u200b."
    assert normalise_spaces(text) == "« Oui », dit-il ?\nSuite."


def test_repair_counts_damaged_characters_and_keeps_them_in_text() -> None:
    text = "pas vers la Russie <\ufffd…>“, a noté. “Sans <\ufffd…> essayer.” La d\ufffdcision."
    count, spans = find_damage(text)
    assert count == 3
    assert spans == ("<\ufffd…>", "d\ufffdcision")
    article = TextRepairer().process(Article(source_id="x", text=text))
    assert article.text.count("\ufffd") == 3
    assert article.flags == Flags(damaged_chars=3, damaged=("<\ufffd…>", "d\ufffdcision"))


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("dans la nuit de mercredi à jeudi.Le gouvernement a cédé.", "dans la nuit de mercredi à jeudi.\nLe gouvernement a cédé."),
        ("selon l'AFP.Les syndicats", "selon l'AFP.\nLes syndicats"),
        ("en 2019.Depuis", "en 2019.\nDepuis"),
        ("à 130 km/h.Une amende", "à 130 km/h.\nUne amende"),
        ("(OCLCIFF).Le parquet", "(OCLCIFF).\nLe parquet"),
        ("un recul.BMW a ensuite", "un recul.\nBMW a ensuite"),
        ('contre "la réforme".Le texte', 'contre "la réforme".\nLe texte'),
        ('a-t-il dit."Nous partons", reprend-il', 'a-t-il dit.\n"Nous partons", reprend-il'),
        ("Pourquoi ?Parce que", "Pourquoi ?\nParce que"),
    ],
)
def test_repair_splits_sentences_glued_by_a_lost_break(glued: str, repaired: str) -> None:
    assert split_glued_sentences(glued) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "M.Dupont et Mme.Durand",
        "l'écrivaine J.K.Rowling et J.-P.Martin",
        "les U.S.A. Le lendemain",
        "le site bbabo.net et www.Exemple.Fr",
        "un taux de 3.5 points",
        "le système IQ.DRIVE",
        "Mr.Smith arrive",
        '"...Puis on repart", dit-elle',
    ],
)
def test_repair_leaves_abbreviations_numbers_and_addresses_joined(text: str) -> None:
    assert split_glued_sentences(text) == text


def test_repair_keeps_a_glued_quotation_in_one_paragraph() -> None:
    assert split_glued_sentences("« Nous partons.Le reste suivra », dit-il.") == "« Nous partons. Le reste suivra », dit-il."
    assert split_glued_sentences('Il dit "Nous partons.Le reste suivra" hier.') == 'Il dit "Nous partons. Le reste suivra" hier.'


def test_repair_repairs_the_title_too() -> None:
    article = TextRepairer().process(Article(source_id="t", title="Lâ€™Ã©lu\u00a0 part", text="Corps."))
    assert article.title == "L’élu part"


@given(st.text(alphabet=st.sampled_from(list('ab.AB "«»“”’\'\n?!é)M\u00a0\ufffd')), max_size=200))
def test_repair_never_loses_a_quotation_mark_or_a_letter(text: str) -> None:
    repaired = repair_text(text)
    assert len(QUOTE_MARKS.findall(repaired)) == len(QUOTE_MARKS.findall(text))
    assert re.sub(r"\W", "", repaired) == re.sub(r"\W", "", text)


def test_repair_keeps_a_letter_beside_a_replacement_character() -> None:
    assert repair_text("é\ufffd?") == "é\ufffd?"
