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

from veille.article import Article

_FOLD_CHUNK = 1 << 18


def article_key(article: Article) -> str:
    return f"url:{article.url}" if article.url else f"src:{article.source_id}"


def article_id(article: Article) -> str:
    return hashlib.sha1(article_key(article).encode("utf-8")).hexdigest()[:16]


def content_fingerprint(article: Article) -> str:
    """Hash of what was read, whitespace-folded, so re-encoded copies of one page match."""
    content = article.raw.content if article.raw else article.text
    named = bool(article.url) or bool(article.raw and article.raw.own_id)
    parts = (article_key(article) if named else "", article.title or "", content)
    digest = hashlib.sha256()
    for number, part in enumerate(parts):
        if number:
            digest.update(b"\x1f")
        update_folded(digest, part)
    return digest.hexdigest()


def update_folded(digest: hashlib._Hash, text: str, *, chunk_size: int = _FOLD_CHUNK) -> None:
    """Feed ``digest`` the words of ``text`` joined by single spaces, ``chunk_size`` characters at a time.

    A page can be hundreds of megabytes of one-letter words: folding it whole with a regex
    takes one string object per space (gigabytes, many seconds); a chunk costs one chunk.
    """
    started = pending = False  # text written yet; a space owed before the next text
    for at in range(0, len(text), chunk_size):
        chunk = text[at : at + chunk_size]
        words = chunk.split()
        if not words:
            pending = True
            continue
        if started and (pending or chunk[0].isspace()):
            digest.update(b" ")
        digest.update(" ".join(words).encode("utf-8"))
        started, pending = True, chunk[-1].isspace()


def identify(article: Article) -> Article:
    """Fill ``id`` and ``fingerprint`` from what the source read."""
    article.id = article_id(article)
    article.fingerprint = content_fingerprint(article)
    return article
