"""Oversized and malformed requests get a 4xx with a reason, never a 500, on SQLite and PostgreSQL alike:
huge query strings, bad paging and dates, unknown ids, non-UTF-8 and NUL in paths and parameters, wrong
methods, and ingest bodies of every wrong shape. test_api.py holds the first few cases of each kind."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from veille.config import Settings
from veille.serve.api import create_app
from veille.serve.api.security import MAX_BODY

from .hostile import BACKENDS, HostileStore, count_articles, hostile_store, store_url

TOKEN = "jeton-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

BAD_GETS = [
    ("/api/search?q=" + "a" * 60_000, 422), ("/api/search?" + "&".join(f"site=s{i}" for i in range(3000)), 200),
    ("/api/search?" + "&".join(f"x{i}=y" for i in range(3000)), 200), ("/api/home?site=" + "é" * 201, 422),
    ("/api/search?limit=-1", 422), ("/api/search?limit=99999999999999999999999999", 422),
    ("/api/search?offset=-5", 422), ("/api/search?offset=100001", 422), ("/api/search?offset=1e3", 422),
    ("/api/search?limit=abc", 422), ("/api/stories?limit=0", 422), ("/api/people/x?limit=1000", 422),
    ("/api/home?offset=99999999999999999999", 422), ("/search?limit=-1", 422), ("/person/x?offset=-1", 422),
    ("/api/search?date_from=2024-13-45", 400), ("/api/search?date_from=2024-02-30", 400),
    ("/api/search?date_to=0000-00-00", 400), ("/api/search?date_from=hier", 400), ("/api/search?date_to=2024-1-1", 400),
    ("/api/search?date_from=" + "9" * 40, 422), ("/api/stories?date_from=%ED%A0%80", 400),
    ("/?date_to=31/12/2024", 400),
    ("/api/search?date_from=2025-01-01&date_to=2024-01-01", 200),
    ("/api/stories/inconnue", 404), ("/api/articles/0000000000000000", 404), ("/api/people/personne", 404),
    ("/api/stories/" + "x" * 5000, 404), ("/story/inconnue", 404), ("/article/inconnu", 404), ("/person/x", 404),
    ("/api/articles/%FF%FE", 404), ("/api/stories/%C3%28", 404), ("/api/people/%ED%A0%80", 404),
    ("/article/%ED%A0%80", 404), ("/story/%FF", 404), ("/person/%C0%AF", 404), ("/api/articles/%00", 404),
    ("/api/stories/a%00b", 404), ("/api/people/%00", 404), ("/article/%00", 404), ("/story/%00", 404),
    ("/person/%00", 404), ("/api/search?q=%FF%FE", 200), ("/api/search?q=%ED%A0%80", 200), ("/search?q=%C3%28", 200),
    ("/api/search?q=%00", 200), ("/api/search?site=%00", 400), ("/api/home?speaker=a%00", 400),
    ("/search?entity=%00", 400), ("/api/search?lang=%ED%A0%80", 200), ("/api/search?q=" + "(" * 900, 200),
    ("/api/search?q=" + "%22a%20" * 140, 200), ("/nulle-part", 404), ("/api/nulle-part", 404),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HostileStore]:
    with hostile_store(store_url(request, tmp_path)) as built:
        yield built


def test_malformed_and_oversized_gets_get_4xx_never_500(backend: HostileStore) -> None:
    client = TestClient(create_app(Settings(db=backend.url)), raise_server_exceptions=False)
    for url, expected in BAD_GETS:
        response = client.get(url)
        assert response.status_code == expected, (url[:80], response.status_code, response.text[:200])
        kind = "application/json" if url.startswith("/api") else "text/html"
        assert response.headers["content-type"].startswith(kind), url[:80]
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/search").status_code == 405
        assert getattr(client, method)("/").status_code == 405


@pytest.fixture
def ingest_client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(replace(Settings(db=str(tmp_path / "api.db")), api_token=TOKEN)),
                      raise_server_exceptions=False)


def _chunks(total: int) -> Iterator[bytes]:
    for _ in range(total // (1 << 20)):
        yield b" " * (1 << 20)


@pytest.mark.parametrize("content_type, body, expected", [
    ("text/plain", b'{"records": [{"id": "a", "text": "b"}]}', 422),
    ("application/x-www-form-urlencoded", b"records=1", 422), ("application/xml", b"<records/>", 422),
    ("multipart/form-data; boundary=x", b"--x\r\n\r\n--x--", 422), (None, b'{"records": [{"id": "a"}]}', 422),
    ("application/json", b"{not json", 422), ("application/json", b"", 422), ("application/json", b"null", 422),
    ("application/json", b"[]", 422), ("application/json", b'"records"', 422),
    ("application/json", b"[" * 100_000, 400),
    ("application/json", b'{"records": ' + b"[" * 50_000, 400), ("application/json", b'{"records": "x"}', 422),
    ("application/json", b'{"records": []}', 422), ("application/json", b'{"records": [1, 2]}', 422),
    ("application/json", b'{"records": [{"text": "sans id"}]}', 422),
    ("application/json", b'{"records": [' + b'{"id": "x"},' * 1000 + b'{"id": "y"}]}', 422),
    ("application/json", b'{"records": [{"id": "n", "text": ' + b"9" * 5000 + b"}]}", 400),
    ("application/json", b'\xff\xfe{\x00"\x00r\x00', 422), ("application/json", b'{"records": [{"id": "\xff"}]}', 400),
    ("application/json; charset=latin-1", '{"records": [{"id": "é"}]}'.encode("latin-1"), 400),
    ("application/json", b'{"records": [{"id": "a", "text": "' + b"x" * (MAX_BODY + 10) + b'"}]}', 413),
])
def test_malformed_ingest_bodies_get_4xx_and_store_nothing(
    ingest_client: TestClient, tmp_path: Path, content_type: str | None, body: bytes, expected: int
) -> None:
    headers = {**AUTH, **({"content-type": content_type} if content_type else {})}
    response = ingest_client.post("/api/ingest", content=body, headers=headers)
    assert response.status_code == expected, response.text[:300]
    assert response.headers["content-type"].startswith("application/json") and response.json()["detail"]
    assert count_articles(str(tmp_path / "api.db")) == 0


@pytest.mark.parametrize("headers, body", [
    ({"content-length": "abc"}, b"{}"), ({"content-length": "-1"}, b"{}"),
    ({"content-length": str(MAX_BODY + 1)}, b"{}"), ({}, _chunks(MAX_BODY + (1 << 20))),
], ids=["letters", "negative", "declared-too-big", "chunked-too-big"])
def test_lying_or_oversized_bodies_are_refused_before_any_route_reads_them(
    ingest_client: TestClient, headers: dict[str, str], body: object
) -> None:
    response = ingest_client.post("/api/ingest", content=body, headers={**AUTH, "content-type": "application/json",
                                                                        **headers})
    assert response.status_code in (400, 413)
    assert "too large" in response.json()["detail"] or "malformed" in response.json()["detail"]


def test_odd_but_valid_records_are_ingested_not_a_500(ingest_client: TestClient) -> None:
    """JSON allows lone surrogate escapes, NaN and non-string ids; none may fail the request."""
    body = (b'{"records": [{"id": "s:1", "title": "Tulle \\udc80", "text": "Le conseil de Tulle a vot\\u00e9 '
            b'le budget \\ud800 jeudi soir, a indiqu\\u00e9 la mairie."}, {"id": {"imbrique": 1}, "text": NaN},'
            b' {"id": 1e999, "text": "Dernier texte du lot."}]}')
    response = ingest_client.post("/api/ingest", content=body, headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["read"] == 3 and response.json()["failed"] == 0
    [hit] = ingest_client.get("/api/search", params={"q": "Tulle"}).json()["hits"]
    record = ingest_client.get(f"/api/articles/{hit['id']}").json()
    assert record["title"] == "Tulle \ufffd" and "budget \ufffd jeudi" in record["text"]
    assert json.dumps(record)  # the stored record is valid JSON all the way down
