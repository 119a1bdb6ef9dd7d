"""A store for the web and API tests: the demo corpus and the seeds, ingested for real, plus a
small invented story (quotes, entities, dates, events, a copy) and a hostile article.

The invented articles are written here (never copied from ../shared); they carry the parts the
NLP and link stages would produce, so the pages are tested whether or not those stages run.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from veille.article import Article, DateMention, Entity, Event, Quote
from veille.config import Settings
from veille.identity import identify
from veille.registry import DEFAULT_STAGES
from veille.run.local import build_pipeline, ingest
from veille.store.base import StoryMember, StoryRow
from veille.store.sqlite import SqliteStore

STORY = "story-budget-brive"
HOSTILE_STORY = "story-hostile"
QUOTE = "Ce budget protège les services publics sans augmenter les impôts des familles"
ALTERED = "Ce budget protège les services publics sans augmenter les impôts locaux"
XSS_TITLE = "<script>alert(1)</script>"
XSS_URL = "javascript:alert(1)"
#: The pages here are tested on hand-made quotes and stories, so the demo corpus goes through the
#: cleaning stages only; tests/serve/test_full_pipeline.py covers the pages over the whole pipeline.
CLEAN_STAGES = DEFAULT_STAGES[: DEFAULT_STAGES.index("nlp")]


@dataclass(frozen=True)
class UiStore:
    path: Path
    budget: Article
    follow_up: Article
    copy: Article
    hostile: Article


def _spans(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _budget(site: str, published: str, quote: str, url: str) -> Article:
    text = (f"Le conseil municipal de Brive a adopté lundi 12 mai le budget 2025. "
            f"« {quote} », a déclaré la maire Marie Lenoir devant les élus. "
            f"L'opposition, menée par Paul Vidal, a voté contre.")
    q = _spans(text, quote)
    return identify(Article(
        source_id=f"test:{site}", site=site, title="Brive : le budget 2025 adopté par le conseil municipal",
        published=published, lang="fr", url=url, text=text,
        quotes=[Quote(type="direct", text=quote, start=q[0], end=q[1], speaker="Marie Lenoir",
                      speaker_id="marie-lenoir", speaker_mention="la maire Marie Lenoir", cue="a déclaré")],
        entities=[Entity(text=name, label=label, start=_spans(text, name)[0], end=_spans(text, name)[1],
                         canonical=name, entity_id=f"{label.lower()}:{name.lower().replace(' ', '-')}")
                  for name, label in (("Brive", "LOC"), ("Marie Lenoir", "PER"), ("Paul Vidal", "PER"))],
        dates=[DateMention(text="lundi 12 mai", start=_spans(text, "lundi 12 mai")[0],
                           end=_spans(text, "lundi 12 mai")[1], value="2025-05-12")],
        events=[Event(date="2025-05-12", text="Le conseil municipal de Brive adopte le budget 2025")],
        story_id=STORY, boilerplate=["Suivez-nous", "Publicité"],
    ))


def _hostile() -> Article:
    text = "Un texte piégé <img src=x onerror=alert(2)> avec « rien à voir ici du tout », selon <b>Mallory</b>."
    q = _spans(text, "rien à voir ici du tout")
    return identify(Article(
        source_id="test:hostile", site="<i>Evil</i>", title=XSS_TITLE, url=XSS_URL, published="2025-05-20",
        lang="fr", text=text, story_id=HOSTILE_STORY,
        quotes=[Quote(type="direct", text="rien à voir ici du tout", start=q[0], end=q[1], speaker="<b>Mallory</b>",
                      speaker_id="mallory")],
        entities=[Entity(text="x", label="MISC", start=999, end=2000)],  # offsets past the text: ignored
    ))


def build_ui_store(path: Path, demo_dir: Path, seeds: Path | None) -> UiStore:
    inputs = [str(demo_dir)]
    if seeds is not None and seeds.is_dir():
        inputs.append(str(seeds))
    budget = _budget("Le Courrier de Brive", "2025-05-12", QUOTE, "https://courrier-brive.example/budget-2025")
    follow_up = _budget("Radio Corrèze", "2025-05-13", ALTERED, "https://radio-correze.example/brive")
    copy = identify(Article(**{**{f: getattr(budget, f) for f in ("title", "text", "lang", "quotes", "entities",
                                                                   "dates", "events", "story_id")},
                               "source_id": "test:copy", "site": "Agrégateur Info", "published": "2025-05-13",
                               "url": "http://agregateur.example/a/1", "duplicate_of": budget.id}))
    hostile = _hostile()
    with SqliteStore(path) as store:
        ingest(inputs, settings=Settings(db=str(path)), store=store, pipeline=build_pipeline(store, CLEAN_STAGES))
        run = store.begin_run(inputs=["tests/serve/conftest.py"], settings={}, stages={})
        store.save([budget, follow_up, copy, hostile], run_id=run)
        store.finish_run(run, funnel={})
        centroid = np.zeros(4, dtype=np.float32).tobytes()
        for story_id, label, members, n_copies in (
            (STORY, "Budget 2025 de Brive", [budget, follow_up, copy], 1),
            (HOSTILE_STORY, "<script>alert(3)</script>", [hostile], 0),
        ):
            outlets = {m.site: 1 for m in members}
            for member in members:
                row = StoryRow(story_id=story_id, label=label, first_date=members[0].published,
                               last_date=members[-1].published, article_count=len(members), centroid=centroid,
                               state={"outlets": outlets, "entities": {"Brive": 3}, "names": {}, "copies": n_copies})
                store.story_save(row, StoryMember(article_id=member.id, story_id=story_id,
                                                  published=member.published, title=member.title,
                                                  duplicate_of=member.duplicate_of))
    return UiStore(path=path, budget=budget, follow_up=follow_up, copy=copy, hostile=hostile)


@pytest.fixture(scope="session")
def ui_store(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path, request: pytest.FixtureRequest) -> UiStore:
    try:
        seeds: Path | None = request.getfixturevalue("shared_dir") / "seeds"
    except pytest.skip.Exception:  # no ../shared: the demo corpus alone still makes every page
        seeds = None
    return build_ui_store(tmp_path_factory.mktemp("ui") / "ui.db", demo_dir, seeds)


@contextmanager
def running_server(db: str) -> Iterator[int]:
    """``veille serve``'s app in a real uvicorn on a free loopback port, in a thread; yields the port.

    Browser and raw-socket tests need real HTTP: TestClient normalises requests before the router.
    """
    import uvicorn

    from veille.serve.api import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                                             log_level="critical"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "uvicorn did not start"
    try:
        yield port
    finally:
        instance.should_exit = True
        thread.join(timeout=10)
