"""A store full of attacks, on SQLite or PostgreSQL, for the security and hostile-request tests.

Every text field a page or the API shows (title, body, site, section, URL, quotes, speaker names and
keys, entities, events, boilerplate, dateline, story label and id) holds a script, an event handler or
a ``javascript:``/``data:`` URL; one plain article and its story are the control, found by a search
the injections must not widen. Articles are saved as the link stages would leave them, so the pages
are tested without the NLP model.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from veille.article import Article, DateMention, Dateline, Entity, Event, Flags, Quote
from veille.identity import identify
from veille.store import open_store
from veille.store.base import Store, StoryMember, StoryRow

SCRIPTS = [
    "<script>alert('titre')</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "'><a href=javascript:alert(4)>lien</a>",
    "<iframe src=\"data:text/html,<script>alert(5)</script>\"></iframe>",
    "</textarea></title><script>alert(6)</script>",
    "<base href=//evil.example/><meta http-equiv=refresh content='0;url=javascript:alert(7)'>",
    "<style>body{display:none}</style><object data=javascript:alert(8)></object>",
    "{{ 7*7 }}{% raw %}",
]
URLS = [
    "javascript:alert(9)", "JaVaScRiPt:alert(10)", " javascript:alert(11)", "java\tscript:alert(12)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=", "vbscript:msgbox(14)", "//evil.example/15",
    'https://ok.example/"><script>alert(16)</script>', "\x01 JAVASCRIPT:alert(17)",
]
PLAIN_TEXT = ("La communauté de communes de Saint-Flour a voté mardi le schéma des pistes cyclables. "
              "« Les travaux commenceront au printemps », a annoncé la présidente Hélène Vidal.")
PLAIN_QUOTE = "Les travaux commenceront au printemps"
PLAIN_STORY = "story-saint-flour"


@dataclass(frozen=True)
class HostileStore:
    url: str
    articles: list[Article]
    plain: Article
    story_ids: list[str]
    speaker_keys: list[str]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def hostile_articles() -> list[Article]:
    articles = []
    for n, script in enumerate(SCRIPTS):
        quote = f"rien à déclarer {script}"
        text = f"{script} Le texte numéro {n} reprend « {quote} », selon {script}. {script}"
        start, end = _span(text, quote)
        speaker = f"Mallory {script}"
        articles.append(identify(Article(
            source_id=f"hostile:{n}", title=f"Titre {script}", site=f"Site {script}", section=script,
            url=URLS[n], published=f"2025-06-{n + 1:02d}", lang="fr", text=text,
            boilerplate=[script], flags=Flags(mt_residue=(script,), damaged=(script,)),
            dateline=Dateline(raw=script, place=script, agency=script),
            quotes=[Quote(type="direct", text=quote, start=start, end=end, speaker=speaker,
                          speaker_id=f"{n}{script}" if n % 2 else None, speaker_mention=script, cue=script)],
            entities=[Entity(text=script[:5], label="PER", start=0, end=5, canonical=script,
                             entity_id=f"per:{script}")],
            dates=[DateMention(text=script, start=0, end=3, value=script)],
            events=[Event(date=f"2025-06-{n + 1:02d}", text=f"Événement {script}")],
            story_id=f"story-{script}", extra={"auteur": script},
        )))
    return articles


def plain_article() -> Article:
    start, end = _span(PLAIN_TEXT, PLAIN_QUOTE)
    place = _span(PLAIN_TEXT, "Saint-Flour")
    return identify(Article(
        source_id="plain:1", title="Saint-Flour adopte son schéma cyclable", site="La Voix du Cantal",
        url="https://voix-cantal.example/pistes", published="2025-05-20", lang="fr", text=PLAIN_TEXT,
        quotes=[Quote(type="direct", text=PLAIN_QUOTE, start=start, end=end, speaker="Hélène Vidal",
                      speaker_id="helene-vidal")],
        entities=[Entity(text="Saint-Flour", label="LOC", start=place[0], end=place[1], canonical="Saint-Flour",
                         entity_id="loc:saint-flour")],
        story_id=PLAIN_STORY,
    ))


def fill(store: Store) -> tuple[list[Article], Article]:
    articles, plain = hostile_articles(), plain_article()
    run = store.begin_run(inputs=["tests/serve/hostile.py"], settings={}, stages={})
    store.save([plain, *articles], run_id=run)
    store.finish_run(run, funnel={})
    centroid = np.zeros(4, dtype=np.float32).tobytes()
    for article in [plain, *articles]:
        assert article.story_id is not None
        label = "Pistes cyclables" if article is plain else f"Histoire {article.title}"
        row = StoryRow(story_id=article.story_id, label=label, first_date=article.published,
                       last_date=article.published, article_count=1, centroid=centroid,
                       state={"outlets": {article.site: 1}, "entities": {}, "names": {}, "copies": 0})
        store.story_save(row, StoryMember(article_id=article.id, story_id=article.story_id,
                                          published=article.published, title=article.title, duplicate_of=None))
    return articles, plain


@contextmanager
def hostile_store(url: str) -> Iterator[HostileStore]:
    store = open_store(url)
    try:
        articles, plain = fill(store)
    finally:
        store.close()
    keys = [q.speaker_id or q.speaker for a in articles for q in a.quotes]
    yield HostileStore(url=url, articles=articles, plain=plain,
                       story_ids=[a.story_id for a in articles if a.story_id], speaker_keys=[k for k in keys if k])


def count_articles(url: str) -> int:
    store = open_store(url)
    try:
        return store.count_articles()
    finally:
        store.close()


def store_url(request: pytest.FixtureRequest, folder: Path) -> str:
    """A fresh store for ``request.param`` ("sqlite" or "postgres")."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_db_url")
    return str(folder / "hostile.db")


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
