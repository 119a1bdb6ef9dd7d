"""The API over a store built by the whole default pipeline (NLP, near-duplicates, stories) on the demo corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from veille.config import Settings
from veille.run.local import ingest
from veille.serve.api.app import create_app
from veille.store.sqlite import SqliteStore

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> TestClient:
    db = tmp_path_factory.mktemp("full") / "demo.db"
    with SqliteStore(db) as store:
        funnel = ingest([str(demo_dir)], settings=Settings(db=str(db)), store=store)
        copies = sum(1 for article in store.iter_articles() if article.duplicate_of)
    assert funnel.failed == 0 and funnel.new >= 12
    assert funnel.copies == copies >= 1  # the summary counts the syndicated copies the store marks
    return TestClient(create_app(Settings(db=str(db))))


def test_home_folds_the_syndicated_copy_into_its_story(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"limit": 100}).json()["items"]
    strike = [s for s in stories if "TER" in s["label"] and s.get("copies")]
    assert strike, [s["label"] for s in stories]
    assert strike[0]["article_count"] >= 2


def test_a_recurring_speaker_has_quotes_from_several_outlets(client: TestClient) -> None:
    home = client.get("/api/home").json()
    names = {s["name"]: s["key"] for s in home["top_speakers"]}
    assert "Karim Benali" in names, names
    person = client.get(f"/api/people/{names['Karim Benali']}").json()
    assert person["total"] >= 3
    assert len(person["outlets"]) >= 2, person["outlets"]
    assert person["first_seen"]["published"] == min(q["published"] for q in person["quotes"] if q["published"])
