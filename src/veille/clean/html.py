"""HTML page -> main text and the metadata the page states about itself.

trafilatura does the reading (it leads the published boilerplate benchmarks, French pages
included); this stage bounds it and makes it deterministic. Pages come from strangers, so:
the input size is capped before parsing, libxml2's own depth and buffer limits stay on and
hitting one is a stated reject rather than a silently truncated article, and nothing is
fetched (trafilatura gets a parsed tree and never a URL to open). trafilatura's
deduplication is off: its cache is module-level, so with it one page's text would depend
on which pages the same worker read before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import Document

from veille.article import Article
from veille.clean.html_metadata import date_search_params, fill_missing, read_page_metadata
from veille.stage import Reject, Stage

Focus = Literal["precision", "balanced", "recall"]

#: Paragraphs of ``Article.text`` are separated by a blank line, as in the page-text dumps,
#: so a later stage sees the same shape whatever the input format was.
PARAGRAPH_SEPARATOR = "\n\n"

_HORIZONTAL_SPACE = re.compile(r"[ \t\r\f\v]+")  # not NBSP: French typography puts it before « : ; ! ?


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlConfig:
    """How the stage reads HTML.

    ``max_bytes``: UTF-8 size above which a page is refused (trafilatura's own default cap);
    news pages weigh 50 kB-2 MB, bigger ones are dumps or attacks. ``focus``: trafilatura's
    precision mode, because a stray navigation or paywall line becomes a false quote or entity
    downstream, while a page where it finds nothing at all is retried in recall mode.
    ``include_tables``: tables in news pages carry figures and results that belong to the story.
    """

    max_bytes: int = 20_000_000
    focus: Focus = "precision"
    include_tables: bool = True

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("HtmlConfig.max_bytes must be positive")
        if self.focus not in ("precision", "balanced", "recall"):
            raise ValueError(f"HtmlConfig.focus must be precision, balanced or recall, not {self.focus!r}")


class HtmlExtractor(Stage):
    """Turns ``raw.format == "html"`` into ``text`` (one paragraph a line, blank-line separated)
    and fills title, site, section, published date and URL where the source left them empty.
    Other formats pass through untouched."""

    name = "html"
    version = 1
    requires = frozenset({"raw"})
    assigns = frozenset({"text", "title", "site", "section", "published", "url", "boilerplate"})

    def __init__(self, config: HtmlConfig | None = None) -> None:
        self.config = config or HtmlConfig()

    def process(self, article: Article) -> Article:
        raw = article.raw
        if raw is None or raw.format != "html":
            return article
        tree = parse_html(raw.content, max_bytes=self.config.max_bytes)
        document = extract_document(tree, url=article.url, config=self.config, today=date.today())
        if document is None:
            raise Reject("empty_text")
        meta = read_page_metadata(document)
        text, dropped = shape_text(document.text or "", title=meta.title or article.title)
        if not text:
            raise Reject("empty_text")
        article.text = text
        article.boilerplate.extend(dropped)
        fill_missing(article, meta)
        return article


def parse_html(content: str, *, max_bytes: int) -> HtmlElement:
    """Parse a decoded page, refusing what is too big or too deep to read whole.

    libxml2 stops at 256 levels of nesting and at 10 MB text nodes and keeps what it had;
    an article cut there would look complete, so hitting a limit is a reject. The limits
    stay on because trafilatura walks the tree recursively in Python.
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
    return tree


def extract_document(tree: HtmlElement, *, url: str | None, config: HtmlConfig, today: date) -> Document | None:
    """trafilatura's main text and metadata; recall mode only when the first pass found nothing.

    Recall mode includes trafilatura's baseline rescue (the page's paragraphs, then its whole
    body text), so it is the last resort before ``empty_text``.
    """
    for focus in dict.fromkeys((config.focus, "recall")):
        try:
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
        except RecursionError:
            raise Reject("html_too_deep") from None
        if isinstance(document, Document) and document.text and document.text.strip():
            return document
    return None


def shape_text(extracted: str, *, title: str | None) -> tuple[str, list[str]]:
    """trafilatura's lines as paragraphs, plus the lines dropped for repeating the title.

    The title has its own field; repeated as the first or last line of the body it would be
    read twice downstream (once as a sentence with no verb, glued to the lead).
    """
    title_key = _fold(title) if title else None
    kept: list[str] = []
    dropped: list[str] = []
    for line in extracted.splitlines():
        line = _HORIZONTAL_SPACE.sub(" ", line).strip()
        if not line:
            continue
        if title_key and _fold(line) == title_key:
            dropped.append(line)
        else:
            kept.append(line)
    return PARAGRAPH_SEPARATOR.join(kept), dropped


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
