"""How veille recognises a page it has already seen, and the same article at a new version.

The *key* names the article (its URL, else the input's own id or path), so a changed
page at the same URL becomes a new version of one article. The *fingerprint* names the
content, so re-reading identical content is a no-op whatever path it came through —
except that a page with an identity of its own (a URL, a record or entry id) folds its
key into the fingerprint: the same dispatch published at two URLs is two articles, which
the linking phase then marks as copies (``duplicate_of``) rather than losing one.
"""
from __future__ import annotations

import hashlib
import re

from veille.article import Article

_SPACE = re.compile(r"\s+")


def article_key(article: Article) -> str:
    return f"url:{article.url}" if article.url else f"src:{article.source_id}"


def article_id(article: Article) -> str:
    return hashlib.sha1(article_key(article).encode("utf-8")).hexdigest()[:16]


def content_fingerprint(article: Article) -> str:
    """Hash of what was read, whitespace-folded, so re-encoded copies of one page match."""
    content = article.raw.content if article.raw else article.text
    named = bool(article.url) or bool(article.raw and article.raw.own_id)
    parts = (article_key(article) if named else "", article.title or "", content)
    folded = "\x1f".join(_SPACE.sub(" ", p).strip() for p in parts)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def identify(article: Article) -> Article:
    """Fill ``id`` and ``fingerprint`` from what the source read."""
    article.id = article_id(article)
    article.fingerprint = content_fingerprint(article)
    return article
