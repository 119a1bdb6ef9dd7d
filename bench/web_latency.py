"""Latency of every page and API call on a store: p50/p95 per URL over N requests (prints, never fails).

    python bench/web_latency.py --db orangesum.db --n 50

URLs are built from the store itself (its newest story, its top speaker, an article, a
common word), and requests go through the whole ASGI app (middleware, store opened per
request, templates) with FastAPI's TestClient, so the figure is the server's own time.
The last line is ``worst_p95_ms=…``; the target is under 200 ms on the full OrangeSum store.
"""
from __future__ import annotations

import argparse
import statistics
import time
from urllib.parse import quote

from fastapi.testclient import TestClient

from veille.config import Settings
from veille.serve.api import create_app


def urls(client: TestClient) -> list[str]:
    home = client.get("/api/home").json()
    found = ["/", "/api/home", "/search?q=", "/search?q=gouvernement", "/api/search?q=gouvernement",
             "/search?q=le", "/?date_from=2010-01-01&date_to=2030-12-31"]
    hits = client.get("/api/search", params={"limit": 1}).json()["hits"]
    if hits:
        found += [f"/article/{quote(hits[0]['id'], safe='')}", f"/api/articles/{quote(hits[0]['id'], safe='')}"]
    if home["stories"]["items"]:
        story = quote(home["stories"]["items"][0]["story_id"], safe="")
        found += [f"/story/{story}", f"/api/stories/{story}", f"/search?story={story}"]
    if home["top_speakers"]:
        key = quote(home["top_speakers"][0]["key"], safe="")
        found += [f"/person/{key}", f"/api/people/{key}", f"/search?speaker={key}"]
    if home["outlets"]:
        found.append(f"/?site={quote(home['outlets'][0]['value'])}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    client = TestClient(create_app(Settings(db=args.db)))
    started = time.perf_counter()
    client.get("/")  # builds the view tables when the store has changed since they were built
    print(f"first request (view tables refresh if stale): {1000 * (time.perf_counter() - started):.0f} ms")
    worst = 0.0
    for url in urls(client):
        times = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append(1000 * (time.perf_counter() - t0))
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
        times.sort()
        p50, p95 = statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]
        worst = max(worst, p95)
        print(f"{url[:70]:70s} p50={p50:7.1f} ms  p95={p95:7.1f} ms")
    print(f"worst_p95_ms={worst:.1f}")


if __name__ == "__main__":
    main()
