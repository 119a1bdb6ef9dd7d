"""HTML main-text extraction on pages we wrote: furniture gone, quotes kept, metadata read, bounds held."""
from __future__ import annotations

import socket
from dataclasses import replace

import pytest
import trafilatura

from veille.article import Article, RawPage
from veille.clean.html import HtmlConfig, HtmlExtractor, shape_text
from veille.registry import load_stage_class
from veille.stage import Reject

TITLE = "Grève des contrôleurs aériens : Orly tourne au ralenti"
BODY = [
    "Un vol sur deux a été annulé mardi matin à l’aéroport d’Orly, où les contrôleurs aériens observent "
    "un troisième jour de grève contre la réforme de leurs horaires de travail.",
    "« Nous ne reprendrons pas le travail tant que la direction refusera de discuter », a affirmé "
    "Lucien Morvan, délégué syndical, devant le terminal ouest où patientaient des centaines de voyageurs.",
    "Le ministre des Transports a jugé que la grève était “disproportionnée” et a appelé les deux parties "
    "à « reprendre le dialogue sans tarder ». La direction de l’aviation civile prévoit encore des "
    "perturbations mercredi et jeudi sur l’ensemble des vols intérieurs.",
    "Les compagnies invitent leurs clients à vérifier l’état de leur vol avant de se rendre à l’aéroport "
    "et proposent un report sans frais jusqu’à la fin de la semaine.",
]
FURNITURE = [
    "Accueil", "Abonnez-vous à notre offre numérique", "Partager sur Facebook", "Envoyer par e-mail",
    "Encore une grève, on n’en peut plus", "Soutien total aux contrôleurs", "Commentaires",
    "Les prix des billets d’avion s’envolent", "Mentions légales", "Suivez-nous sur les réseaux sociaux",
    "ne doit jamais apparaître", "publicité insérée par script", "font-family",
]
HEAD = """
  <title>Grève des contrôleurs aériens : Orly tourne au ralenti | Le Courrier du Val</title>
  <meta property="og:title" content="Grève des contrôleurs aériens : Orly tourne au ralenti">
  <meta property="og:site_name" content="Le Courrier du Val">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2023-03-14T08:30:00+01:00">
  <meta property="article:section" content="Économie">
  <link rel="canonical" href="https://courrier-du-val.example/economie/greve-orly">
"""


def page(*, head: str = HEAD, body: list[str] = BODY) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">{head}
  <script>var tracker = "ne doit jamais apparaître";</script>
  <style>body {{ font-family: serif; }}</style>
</head><body>
  <header><div class="logo">Le Courrier du Val</div>
    <nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
      <li><a href="/abonnement">Abonnez-vous à notre offre numérique</a></li></ul></nav></header>
  <main><article>
    <h1>{TITLE}</h1>
    {paragraphs}
    <script>document.write("publicité insérée par script");</script>
    <div class="share-buttons social"><a href="https://facebook.example/share">Partager sur Facebook</a>
      <a href="mailto:?subject=article">Envoyer par e-mail</a></div>
  </article>
  <section id="comments" class="comments"><h2>Commentaires</h2>
    <div class="comment"><p>Jeannot77 : Encore une grève, on n’en peut plus de ces blocages à répétition !</p></div>
    <div class="comment"><p>MarieB : Soutien total aux contrôleurs, leurs conditions sont intenables.</p></div>
  </section></main>
  <aside class="related"><h3>À lire aussi</h3><ul>
    <li><a href="/a1">Les prix des billets d’avion s’envolent cet été</a></li></ul></aside>
  <footer><p>© 2023 Le Courrier du Val — Mentions légales — Politique de confidentialité</p>
    <p>Suivez-nous sur les réseaux sociaux</p></footer>
</body></html>
"""


def html_article(content: str, **fields: object) -> Article:
    return Article(source_id="page.html", raw=RawPage(format="html", content=content), **fields)


def extract(content: str, config: HtmlConfig | None = None, **fields: object) -> Article:
    return HtmlExtractor(config).process(html_article(content, **fields))


def test_html_keeps_the_article_heading_and_every_paragraph_one_per_line() -> None:
    # the heading repeating the title stays: dropping title echoes is the boilerplate stage's job
    assert extract(page()).text.split("\n") == [TITLE, *BODY]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_html_drops_navigation_share_comments_scripts_and_footer(furniture: str) -> None:
    assert furniture not in extract(page()).text


def test_html_keeps_french_and_curly_quotation_marks() -> None:
    text = extract(page()).text
    assert "« Nous ne reprendrons pas le travail" in text
    assert "“disproportionnée”" in text and "« reprendre le dialogue sans tarder »" in text
    assert text.count("«") == text.count("»") == 2


def test_html_reads_title_site_section_date_and_canonical_url_from_the_page() -> None:
    article = extract(page())
    assert article.title == TITLE
    assert article.site == "Le Courrier du Val"
    assert article.section == "Économie"
    assert article.published == "2023-03-14"
    assert article.url == "https://courrier-du-val.example/economie/greve-orly"


def test_html_metadata_only_fills_what_the_source_left_empty() -> None:
    article = extract(page(), url="https://miroir.example/orly", title="Orly au ralenti", published="2023-03-15")
    assert article.url == "https://miroir.example/orly"
    assert article.title == "Orly au ralenti"
    assert article.published == "2023-03-15"
    assert article.site == "Le Courrier du Val"


def test_html_leaves_published_empty_when_the_page_states_no_date() -> None:
    head = "<title>Orly tourne au ralenti</title>"
    body = [*BODY, "© 2021 Le Courrier du Val. Tous droits réservés."]
    article = extract(page(head=head, body=body))
    assert BODY[0] in article.text
    assert article.published is None  # neither today nor the copyright year


@pytest.mark.parametrize(
    "raw", [RawPage(format="dump", content="<p>pas du HTML</p>"), RawPage(format="text", content="Corps."), None]
)
def test_html_passes_other_formats_through_unchanged(raw: RawPage | None) -> None:
    article = Article(source_id="a", text="déjà là", raw=raw)
    before = replace(article, boilerplate=list(article.boilerplate), extra=dict(article.extra))
    assert HtmlExtractor().process(article) == before


def test_html_rejects_a_page_over_the_default_size_cap() -> None:
    oversize = "<html><body><p>" + "a" * 20_000_000 + "</p></body></html>"
    with pytest.raises(Reject) as raised:
        extract(oversize)
    assert raised.value.reason == "html_too_large"


def test_html_size_cap_counts_utf8_bytes_not_characters() -> None:
    content = page()
    config = HtmlConfig(max_bytes=len(content) + 10)  # enough characters, too few bytes (é, ’, « are multi-byte)
    with pytest.raises(Reject) as raised:
        extract(content, config)
    assert raised.value.reason == "html_too_large"
    assert extract(content, HtmlConfig(max_bytes=len(content.encode()))).text


def test_html_rejects_extreme_nesting_with_a_clear_reason() -> None:
    deep = "<html><body>" + "<div>" * 100_000 + "<p>" + BODY[0] + "</p>" + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(Reject) as raised:
        extract(deep)
    assert raised.value.reason == "html_too_deep"


def test_html_reads_nesting_just_under_the_parser_limit() -> None:
    nested = "<html><body>" + "<div>" * 240 + "<p>" + BODY[0] + "</p>" + "</div>" * 240 + "</body></html>"
    assert extract(nested).text == BODY[0]


def test_html_rejects_a_page_with_too_many_elements() -> None:
    with pytest.raises(Reject) as raised:
        extract(page(), HtmlConfig(max_elements=20))
    assert raised.value.reason == "html_too_many_elements"


@pytest.mark.parametrize("content", ["", "   \n ", "<html><body></body></html>", "<html><head><title>T</title></head></html>"])
def test_html_rejects_a_page_without_text(content: str) -> None:
    with pytest.raises(Reject) as raised:
        extract(content)
    assert raised.value.reason == "empty_text"


def test_html_retries_in_recall_mode_when_precision_finds_nothing() -> None:
    teasers = "".join(f"<div><a href='/a{i}'>Le conseil municipal a voté le budget, épisode {i}</a></div>" for i in range(30))
    content = f"<html><body>{teasers}</body></html>"
    assert trafilatura.extract(content, favor_precision=True, include_comments=False) is None
    assert "Le conseil municipal a voté le budget, épisode 3" in extract(content).text


def test_html_keeps_a_paragraph_that_an_earlier_page_also_had() -> None:
    shared = BODY[1]
    first = extract(page(body=[BODY[0], shared, BODY[2]]))
    second = extract(page(body=[BODY[3], shared, BODY[0]]))
    assert shared in first.text and shared in second.text
    assert extract(page()).text == extract(page()).text


def test_html_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the html stage tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert extract(page(), url="https://courrier-du-val.example/economie/greve-orly").text


def test_shape_text_collapses_markup_whitespace_but_keeps_nbsp() -> None:
    assert shape_text("\tPremier  paragraphe \n\n  \nIl a dit\u00a0: «\u00a0non\u00a0»") == (
        "Premier paragraphe\nIl a dit\u00a0: «\u00a0non\u00a0»"
    )


def test_html_config_refuses_meaningless_values() -> None:
    with pytest.raises(ValueError):
        HtmlConfig(max_bytes=0)
    with pytest.raises(ValueError):
        HtmlConfig(focus="everything")  # type: ignore[arg-type]


def test_html_stage_is_registered_under_its_name() -> None:
    assert load_stage_class("html") is HtmlExtractor
