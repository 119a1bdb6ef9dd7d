from __future__ import annotations

from veille.article import Article, RawPage
from veille.identity import identify


def test_same_url_keeps_its_id_when_content_changes() -> None:
    a = identify(Article(source_id="a.html", url="https://x.example/1", raw=RawPage(format="html", content="v1")))
    b = identify(Article(source_id="b.html", url="https://x.example/1", raw=RawPage(format="html", content="v2")))
    assert a.id == b.id
    assert a.fingerprint != b.fingerprint


def test_fingerprint_ignores_whitespace_but_not_words() -> None:
    a = identify(Article(source_id="p1", raw=RawPage(format="text", content="Le  maire a dit\r\n oui.")))
    b = identify(Article(source_id="p2", raw=RawPage(format="text", content="Le maire a dit oui.")))
    c = identify(Article(source_id="p2", raw=RawPage(format="text", content="Le maire a dit non.")))
    assert a.fingerprint == b.fingerprint != c.fingerprint
    assert a.id != b.id
