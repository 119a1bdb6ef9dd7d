from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.article import Article, RawPage
from veille.identity import identify, update_folded


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


def test_same_words_under_two_urls_are_two_articles_but_a_file_reread_is_one_page() -> None:
    words = "La préfète a levé les restrictions d'eau jeudi."
    at_a = identify(Article(source_id="a", url="https://a.example/1", raw=RawPage(format="text", content=words)))
    at_b = identify(Article(source_id="b", url="https://b.example/9", raw=RawPage(format="text", content=words)))
    assert at_a.fingerprint != at_b.fingerprint
    by_id = [identify(Article(source_id=f"os:{n}", raw=RawPage(format="text", content=words, own_id=True)))
             for n in (1, 2)]
    assert by_id[0].fingerprint != by_id[1].fingerprint
    paths = [identify(Article(source_id=p, raw=RawPage(format="dump", content=words))) for p in ("./x.txt", "x.txt")]
    assert paths[0].fingerprint == paths[1].fingerprint


@settings(max_examples=300, deadline=None, database=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab é\n\t\r\xa0\u2003\x1f\x85")), max_size=40),
       chunk_size=st.integers(min_value=1, max_value=9))
def test_folding_a_chunk_at_a_time_hashes_as_folding_the_whole_text(text: str, chunk_size: int) -> None:
    """Stored fingerprints predate chunked folding: both must give the same hash for any text."""
    whole = hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
    chunked = hashlib.sha256()
    update_folded(chunked, text, chunk_size=chunk_size)
    assert chunked.hexdigest() == whole
