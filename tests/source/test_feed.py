"""RSS and Atom: one article per entry, dates with their offset, hostile XML refused before parsing."""
from __future__ import annotations

import gzip
import warnings
from pathlib import Path

import feedparser
import pytest

from veille.article import Article
from veille.pipeline import Failure
from veille.source import read_inputs
from veille.source.feed import html_to_text


def read(path: Path) -> list[Article | Failure]:
    return list(read_inputs([str(path)]))


def test_rss_items_become_text_articles(fixtures_dir: Path) -> None:
    first, second = read(fixtures_dir / "source" / "flux.rss")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source_id == "vercors-2024-0042"  # the guid
    assert second.source_id == "https://vercors.example/croix-perrin"  # no guid: the link
    assert first.url == "https://vercors.example/villard-saison" and first.site == "La Voix du Vercors"
    assert first.published == "2024-03-10T23:30:00+01:00"  # the feed's own offset: still 10 March
    assert first.extra == {"author": "Claire Dupuis", "tags": ["Montagne"], "feed_link": "https://vercors.example/"}
    assert first.raw is not None and first.raw.format == "text"
    # content:encoded wins over description; paragraphs and <br> become blank lines; script is gone
    assert first.raw.content == (
        "La station prolongera sa saison d’une semaine, a annoncé dimanche le maire.\n\n"
        "« La neige est encore là\xa0», s’est-il réjoui.\n\n"
        "Les remontées fermeront le 7 avril."
    )
    assert second.raw is not None
    assert second.raw.content == "Le col est fermé à la circulation jusqu’à mercredi en raison de chutes de pierres."


def test_atom_entries_use_content_then_summary(fixtures_dir: Path) -> None:
    first, second = read(fixtures_dir / "source" / "flux.atom")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.source_id, second.source_id) == ("urn:uuid:loire-0007", "urn:uuid:loire-0008")
    assert first.site == "Le Fil de la Loire" and first.title == "Les bateliers d’Orléans préparent le festival"
    assert first.published == "2024-04-02T17:45:00+02:00"
    assert second.published == "2024-04-03T07:10:00+02:00"  # no <published>: <updated>
    assert first.raw is not None and first.raw.content == (
        "Une centaine de bateaux traditionnels sont attendus en septembre.\n\n"
        "« C’est la plus grande édition », selon l’association."
    )
    assert second.raw is not None and second.raw.content == "Vigilance jaune sur le fleuve jusqu’à jeudi."


def test_gzipped_feed(fixtures_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "flux.rss.gz"
    path.write_bytes(gzip.compress((fixtures_dir / "source" / "flux.rss").read_bytes()))
    assert [a.source_id for a in read(path)] == ["vercors-2024-0042", "https://vercors.example/croix-perrin"]


def test_an_unreadable_date_leaves_the_item_undated_without_feedparser_fallbacks(tmp_path: Path) -> None:
    path = tmp_path / "flux.rss"
    path.write_text(
        "<rss><channel><title>Le Courrier</title>"
        "<item><guid>a1</guid><title>Sans date lisible</title><pubDate>le jour d'après</pubDate>"
        "<description>Le marché couvert rouvre.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # feedparser's "updated" -> "published" fallback warns and is going away
        (article,) = read(path)
    assert isinstance(article, Article) and article.source_id == "a1"
    assert article.published is None


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&secret;</title><entry><id>1</id></entry></feed>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused_before_parsing(
    document: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser saw a document declaring entities")

    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    path = tmp_path / "flux.xml"
    path.write_text(document, encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, Failure) and "declares XML entities" in failure.reason


def test_feedparser_gets_a_stream_never_a_string_it_could_fetch(
    fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    real_parse = feedparser.parse

    def spy(source: object, **kwargs: object) -> object:
        seen.append(source)
        return real_parse(source, **kwargs)

    monkeypatch.setattr(feedparser, "parse", spy)
    assert len(read(fixtures_dir / "source" / "flux.atom")) == 2
    assert [hasattr(source, "read") for source in seen] == [True]


def test_xml_that_is_not_a_feed_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
                    encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, Failure) and failure.reason == "not an RSS or Atom feed"


def test_html_to_text_keeps_paragraphs_and_french_spaces() -> None:
    fragment = (
        "<div><h2>Titre</h2><p>Premier  paragraphe\n sur deux lignes.</p><!-- note -->"
        "<ul><li>un</li><li>deux</li></ul>Texte final<br>après saut<style>p{}</style>"
        "<p>Il a dit\u202f: «\xa0oui\xa0».</p></div>"
    )
    assert html_to_text(fragment) == (
        "Titre\n\nPremier paragraphe sur deux lignes.\n\nun\n\ndeux\n\nTexte final\n\naprès saut\n\n"
        "Il a dit\u202f: «\xa0oui\xa0»."
    )
    assert html_to_text("Texte brut, sans balise") == "Texte brut, sans balise"
    assert html_to_text("   ") == ""
