"""The REST API (serve/api) with FastAPI's TestClient on the demo corpus, the seeds and an invented story."""
from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from veille.config import Settings
from veille.serve.api import create_app

from .conftest import ALTERED, QUOTE, STORY, UiStore


@pytest.fixture(scope="module")
def client(ui_store: UiStore) -> TestClient:
    return TestClient(create_app(Settings(db=str(ui_store.path))))


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/home", "/api/stories", "/api/stories/{story_id}", "/api/people/{key}",
                 "/api/articles/{article_id}", "/api/search", "/api/ingest"):
        assert path in paths


def test_docs_page_is_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/api/search" in page.text
    assert "cdn" not in page.text.lower() and "<script" not in page.text


def test_home_counts_stories_volume_and_speakers(client: TestClient, ui_store: UiStore) -> None:
    data = client.get("/api/home").json()
    assert data["stories"]["total"] == 2
    budget = next(s for s in data["stories"]["items"] if s["story_id"] == STORY)
    assert (budget["article_count"], budget["copies"], len(budget["outlets"])) == (3, 1, 3)
    assert sum(day["articles"] for day in data["volume"]) >= 4  # the invented ones plus dated demo pages
    assert data["top_speakers"][0] == {"key": "marie-lenoir", "name": "Marie Lenoir", "quotes": 3, "articles": 3}
    assert any(e["key"] == "loc:brive" for e in data["top_entities"])


def test_home_filters_by_date_outlet_and_language(client: TestClient) -> None:
    later = client.get("/api/home", params={"date_from": "2025-05-14"}).json()
    assert [s["story_id"] for s in later["stories"]["items"]] == ["story-hostile"]
    assert all(day["day"] >= "2025-05-14" for day in later["volume"])
    radio = client.get("/api/stories", params={"site": "Radio Corrèze"}).json()
    assert [s["story_id"] for s in radio["items"]] == [STORY]
    assert client.get("/api/stories", params={"lang": "de"}).json()["total"] == 0


def test_stories_paginate(client: TestClient) -> None:
    first = client.get("/api/stories", params={"limit": 1}).json()
    second = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert first["items"][0]["story_id"] != second["items"][0]["story_id"]


def test_story_folds_copies_and_merges_timeline_sources(client: TestClient, ui_store: UiStore) -> None:
    story = client.get(f"/api/stories/{STORY}").json()
    originals = {a["id"]: a for a in story["articles"]}
    assert set(originals) == {ui_store.budget.id, ui_store.follow_up.id}
    assert [c["id"] for c in originals[ui_store.budget.id]["copies"]] == [ui_store.copy.id]
    assert len(story["timeline"]) == 1 and len(story["timeline"][0]["sources"]) == 2
    speakers = {g["key"]: g for g in story["speakers"]}
    assert {q["text"] for q in speakers["marie-lenoir"]["quotes"]} == {QUOTE, ALTERED}


def test_person_marks_first_seen_same_and_altered_quotes(client: TestClient, ui_store: UiStore) -> None:
    person = client.get("/api/people/marie-lenoir").json()
    assert person["name"] == "Marie Lenoir" and person["total"] == 3
    statuses = [(q["article_id"], q["status"]) for q in person["quotes"]]
    assert statuses == [(ui_store.budget.id, "original"), (ui_store.follow_up.id, "altered"),
                        (ui_store.copy.id, "same")]
    assert person["quotes"][0]["reported_by"] == 3
    assert [w for w, changed in person["quotes"][1]["diff"] if changed] == ["locaux"]
    assert person["first_seen"]["article_id"] == ui_store.budget.id


def test_article_returns_the_export_record_with_speakers(client: TestClient, ui_store: UiStore) -> None:
    record = client.get(f"/api/articles/{ui_store.budget.id}").json()
    assert record["text"] == ui_store.budget.text
    assert record["speakers"] == [{"key": "marie-lenoir", "name": "Marie Lenoir"}]


def test_search_marks_matches_and_counts_facets(client: TestClient, ui_store: UiStore) -> None:
    result = client.get("/api/search", params={"q": "budget brive"}).json()
    assert result["total"] == 3
    assert all("\x02" in hit["snippet"] for hit in result["hits"])
    facets = result["facets"]
    assert {f["value"]: f["count"] for f in facets["site"]}["Radio Corrèze"] == 1
    assert facets["story"] == [{"value": STORY, "label": "Budget 2025 de Brive", "count": 3}]
    assert facets["speaker"][0]["value"] == "marie-lenoir"
    assert facets["month"] == [{"value": "2025-05", "label": "2025-05", "count": 3,
                                "date_from": "2025-05-01", "date_to": "2025-05-31"}]


@pytest.mark.parametrize("params, expected", [
    ({"speaker": "marie-lenoir"}, 3), ({"entity": "per:paul-vidal"}, 3), ({"story": "story-hostile"}, 1),
    ({"q": "budget", "site": "Radio Corrèze"}, 1), ({"q": "budget", "date_to": "2025-05-12"}, 1),
])
def test_search_filters_by_speaker_entity_story_outlet_and_date(
    client: TestClient, params: dict[str, str], expected: int
) -> None:
    assert client.get("/api/search", params=params).json()["total"] == expected


def test_search_lists_the_demo_and_seed_pages(client: TestClient) -> None:
    everything = client.get("/api/search", params={"limit": 200}).json()
    assert everything["total"] >= 15 + 4
    assert client.get("/api/search", params={"q": "sécheresse"}).json()["total"] >= 1


@pytest.mark.parametrize("url, status", [
    ("/api/stories/nope", 404), ("/api/articles/nope", 404), ("/api/people/nobody", 404),
    ("/api/search?date_from=31/12/2024", 400), ("/api/search?limit=0", 422), ("/api/search?limit=100000", 422),
    ("/api/search?offset=-1", 422), ("/api/search?q=" + "a" * 5000, 422), ("/api/home?site=" + "x" * 500, 422),
    ("/api/search?q=%22%22%22%20AND%20(%20NEAR", 200), ("/api/articles/%00%FF", 404),
])
def test_bad_requests_get_a_4xx_never_a_500(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")


def test_every_response_has_security_headers(client: TestClient) -> None:
    for url in ("/api/home", "/", "/static/style.css", "/api/stories/nope"):
        headers = client.get(url).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_ingest_is_disabled_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"records": [{"id": "x", "text": "Un texte."}]},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403


def test_ingest_needs_the_right_bearer_token(ui_store: UiStore, tmp_path) -> None:
    settings = replace(Settings(db=str(tmp_path / "api.db")), api_token="s3cret-token")
    client = TestClient(create_app(settings))
    records = {"records": [{"id": "api:1", "title": "Tulle inaugure sa médiathèque",
                            "text": "La ville de Tulle a inauguré samedi sa nouvelle médiathèque, ouverte sept jours "
                                    "sur sept, a annoncé la mairie dans un communiqué.",
                            "published": "2025-06-02", "source": "Le Courrier de Brive"}]}
    assert client.post("/api/ingest", json=records).status_code == 401
    assert client.post("/api/ingest", json=records, headers={"Authorization": "Bearer wrong"}).status_code == 401
    done = client.post("/api/ingest", json=records, headers={"Authorization": "Bearer s3cret-token"})
    assert done.status_code == 200 and done.json()["new"] == 1
    again = client.post("/api/ingest", json=records, headers={"Authorization": "Bearer s3cret-token"})
    assert again.json()["new"] == 0
    hits = client.get("/api/search", params={"q": "médiathèque"}).json()
    assert [h["title"] for h in hits["hits"]] == ["Tulle inaugure sa médiathèque"]
    auth = {"Authorization": "Bearer s3cret-token"}
    assert client.post("/api/ingest", json={"records": [{"text": "sans id"}]}, headers=auth).status_code == 422
    assert client.post("/api/ingest", content=b"{not json", headers={**auth, "content-type": "application/json"}
                       ).status_code == 422
    huge = b'{"records": [{"id": "a", "text": "' + b"x" * (9 * 1024 * 1024) + b'"}]}'
    assert client.post("/api/ingest", content=huge, headers=auth).status_code == 413


def test_api_token_is_never_saved_with_a_run(tmp_path) -> None:
    settings = replace(Settings(db=str(tmp_path / "t.db")), api_token="s3cret-token")
    assert "s3cret-token" not in str(settings.as_dict())
