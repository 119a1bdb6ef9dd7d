"""HTML page -> main text and the metadata the page states about itself.

trafilatura does the reading (it leads the published boilerplate benchmarks, French pages
included); this stage bounds it and makes it deterministic. Pages come from strangers, so
the size and element count are capped, libxml2's depth and buffer limits stay on and
hitting one is a stated reject rather than a silently truncated article, and nothing is
fetched: trafilatura reads the tree parsed here, and the page URL it is given serves only
as text (dates in the path, canonical fallback). trafilatura's deduplication stays off:
its cache is module-level, so with it one page's text would depend on which pages the
same worker had read before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Literal

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import Document

from veille.article import Article
from veille.clean.html_metadata import date_search_params, fill_missing, read_page_metadata
from veille.stage import Reject, Stage

Focus = Literal["precision", "balanced", "recall"]

#: One paragraph a line, no blank lines: the shape the boilerplate stage gives every text,
#: so later stages see the same thing whatever the input format was.
PARAGRAPH_SEPARATOR = "\n"

_HORIZONTAL_SPACE = re.compile(r"[ \t\r\f\v]+")  # not NBSP: French typography puts it before « : ; ! ?


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlConfig:
    """How the stage reads HTML.

    ``max_bytes``: UTF-8 size above which a page is refused (trafilatura's own default cap);
    news pages weigh 50 kB-2 MB, bigger ones are dumps or attacks. ``max_elements``:
    trafilatura's time grows with the element count (about 0.75 s per thousand on a page made
    only of links, both passes included); news pages have a few hundred to a few thousand, so
    50,000 refuses only generated junk and keeps any page well under a minute. ``focus``:
    trafilatura's precision mode, because a stray navigation, paywall or caption line becomes
    a false quote or entity downstream; a page where it finds nothing is retried in recall
    mode. ``include_tables``: tables in news pages carry figures and results of the story.
    """

    max_bytes: int = 20_000_000
    max_elements: int = 50_000
    focus: Focus = "precision"
    include_tables: bool = True

    def __post_init__(self) -> None:
        if self.max_bytes <= 0 or self.max_elements <= 0:
            raise ValueError("HtmlConfig.max_bytes and max_elements must be positive")
        if self.focus not in ("precision", "balanced", "recall"):
            raise ValueError(f"HtmlConfig.focus must be precision, balanced or recall, not {self.focus!r}")


class HtmlExtractor(Stage):
    """Turns ``raw.format == "html"`` into ``text`` (one paragraph a line) and fills title,
    site, section, published date and URL where the source left them empty. Other formats
    pass through untouched."""

    name = "html"
    version = 1
    requires = frozenset({"raw"})
    assigns = frozenset({"text", "title", "site", "section", "published", "url"})

    def __init__(self, config: HtmlConfig | None = None) -> None:
        self.config = config or HtmlConfig()

    def process(self, article: Article) -> Article:
        raw = article.raw
        if raw is None or raw.format != "html":
            return article
        tree = parse_html(raw.content, max_bytes=self.config.max_bytes, max_elements=self.config.max_elements)
        document = extract_document(tree, url=article.url, config=self.config, today=date.today())
        if document is None:
            raise Reject("empty_text")
        article.text = shape_text(document.text or "")
        fill_missing(article, read_page_metadata(document))
        return article


def parse_html(content: str, *, max_bytes: int, max_elements: int) -> HtmlElement:
    """Parse a decoded page, refusing what is too big, too deep or too busy to read whole.

    libxml2 stops at 256 levels of nesting and at 10 MB text nodes and keeps what it had;
    an article cut there would look complete, so hitting a limit is a reject. The limits
    stay on (no ``huge_tree``): they are what bounds a hostile page's parse.
    """
    if len(content) > max_bytes:  # a character is at least one byte: no need to encode
        raise Reject("html_too_large")
    data = content.encode("utf-8", errors="replace")
    if len(data) > max_bytes:
        raise Reject("html_too_large")
    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    try:
        tree = document_fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty": nothing but whitespace or markup noise
        raise Reject("empty_text") from None
    for error in parser.error_log:
        if error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            raise Reject("html_too_deep" if "depth" in error.message else "html_too_large")
    if sum(1 for _ in islice(tree.iter(), max_elements + 1)) > max_elements:
        raise Reject("html_too_many_elements")
    return tree


def extract_document(tree: HtmlElement, *, url: str | None, config: HtmlConfig, today: date) -> Document | None:
    """trafilatura's main text and metadata; recall mode only when the first pass found nothing.

    Recall mode includes trafilatura's baseline rescue (the page's paragraphs, then its whole
    body text), so it is the last resort before ``empty_text``.
    """
    for focus in dict.fromkeys((config.focus, "recall")):
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=focus == "precision",
            favor_recall=focus == "recall",
            include_comments=False,
            include_tables=config.include_tables,
            include_formatting=False,
            include_links=False,
            include_images=False,
            deduplicate=False,
            with_metadata=True,
            date_extraction_params=date_search_params(today),
        )
        if isinstance(document, Document) and document.text and document.text.strip():
            return document
    return None


def shape_text(extracted: str) -> str:
    """trafilatura's lines as paragraphs: runs of spaces and tabs collapsed, empty lines gone.

    Whitespace inside HTML text carries no meaning (source indentation, tabs before list
    items); NBSP and the other Unicode spaces do, and stay.
    """
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in extracted.splitlines())
    return PARAGRAPH_SEPARATOR.join(line for line in lines if line)
