"""Dump headers: site, section and title come off the first lines; the body is what follows."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.article import Article, RawPage
from veille.clean.dump import DumpHeaderParser, is_label, parse_dump, split_title_suffix
from veille.stage import Reject

BODY = (
    "Le conseil régional a voté mardi une aide de deux millions d'euros pour les lignes de car "
    "rurales, a annoncé son président. Les premières lignes rouvriront dès la rentrée."
)


def test_dump_splits_site_section_and_title_lines(fixtures_dir: Path) -> None:
    header = parse_dump((fixtures_dir / "clean" / "municipal_dump.txt").read_text(encoding="utf-8"))
    assert header.site == "Le Journal du Val"
    assert header.section == "Politique"
    assert header.title == "Le conseil municipal adopte le budget de la médiathèque"
    assert header.removed == ("Le Journal du Val", "Politique")
    assert header.body.startswith("LYON, le 12 mars.")
    assert header.body.endswith("----")


def test_dump_title_suffix_becomes_the_section() -> None:
    header = parse_dump(f"Les cars rouvrent dans les campagnes — élus ravis – Vie Locale & Transports\n\n{BODY}")
    assert header.title == "Les cars rouvrent dans les campagnes — élus ravis"
    assert header.section == "Vie Locale & Transports"
    assert header.removed == ("Vie Locale & Transports",)


def test_dump_keeps_a_lowercase_tail_inside_the_title() -> None:
    title, suffixes = split_title_suffix("Les cars rouvrent dans les campagnes — élus ravis")
    assert (title, suffixes) == ("Les cars rouvrent dans les campagnes — élus ravis", [])


def test_dump_two_title_suffixes_are_section_then_site() -> None:
    title, suffixes = split_title_suffix("Les cars rouvrent dans les campagnes | Régions | Le Courrier")
    assert title == "Les cars rouvrent dans les campagnes"
    assert suffixes == ["Régions", "Le Courrier"]


def test_dump_does_not_cut_a_short_title_on_its_dash() -> None:
    assert split_title_suffix("Macron – Le Pen") == ("Macron – Le Pen", [])


def test_dump_lone_label_is_a_section_only_when_it_reads_like_one() -> None:
    assert parse_dump(f"International\n\nUn titre assez long pour un article\n\n{BODY}").section == "International"
    as_site = parse_dump(f"Le Courrier du Sud\n\nUn titre assez long pour un article\n\n{BODY}")
    assert (as_site.site, as_site.section) == ("Le Courrier du Sud", None)


def test_dump_short_title_is_the_short_line_nearest_the_body() -> None:
    header = parse_dump(f"Le Journal du Val\nPolitique\nLe conseil vote\n\n{BODY}")
    assert (header.site, header.section, header.title) == ("Le Journal du Val", "Politique", "Le conseil vote")


def test_dump_that_opens_with_prose_has_no_header() -> None:
    header = parse_dump(BODY + "\n\nUne deuxième ligne.")
    assert header.title is None and header.removed == ()
    assert header.body == BODY + "\nUne deuxième ligne."


def test_label_is_short_and_capitalised() -> None:
    assert is_label("Actualités") and is_label("Bbabo NET")
    assert not is_label("actualités") and not is_label("Fin.") and not is_label("Un label bien trop long pour en être un")


def test_stage_reads_records_body_as_is() -> None:
    article = Article(source_id="r1", title="Titre donné", raw=RawPage(format="text", content=BODY))
    out = DumpHeaderParser().process(article)
    assert out.text == BODY and out.title == "Titre donné" and out.boilerplate == []


def test_stage_leaves_an_extracted_html_page_alone() -> None:
    article = Article(source_id="h1", text="Déjà extrait.", raw=RawPage(format="html", content="<p>x</p>"))
    assert DumpHeaderParser().process(article).text == "Déjà extrait."


def test_stage_keeps_the_source_title_and_records_header_lines() -> None:
    article = Article(source_id="d1", raw=RawPage(format="dump", content=f"Monde\n\nUn titre assez long ici\n\n{BODY}"))
    out = DumpHeaderParser().process(article)
    assert out.title == "Un titre assez long ici" and out.section == "Monde"
    assert out.boilerplate == ["Monde"] and out.text == BODY


@pytest.mark.parametrize("content", ["", "   \n\n ", "Un titre assez long mais rien dessous\n"])
def test_stage_rejects_pages_without_a_body(content: str) -> None:
    with pytest.raises(Reject, match="empty_text"):
        DumpHeaderParser().process(Article(source_id="e", raw=RawPage(format="dump", content=content)))


def test_stage_rejects_unextracted_html() -> None:
    with pytest.raises(Reject, match="empty_text"):
        DumpHeaderParser().process(Article(source_id="h", raw=RawPage(format="html", content="<p>x</p>")))
