"""Latency of every page and API call on a store: p50/p95 per URL over N requests (prints, never fails).

    python bench/web_latency.py --db orangesum.db --n 50

URLs are built from the store itself (its two newest stories, its most and its tenth most
quoted speaker, an article and its month, the first outlet and language, a common word with a
facet filter and a second page), and requests go through the whole ASGI app (middleware, store opened per
request, templates) with FastAPI's TestClient, so the figure is the server's own time.
The machine's load average is printed before and after, to judge the figures by. The last line
is ``worst_p95_ms=…``; the target is under 200 ms on the full OrangeSum store.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from urllib.parse import quote

from fastapi.testclient import TestClient

from veille.config import Settings
from veille.serve.api import create_app


def urls(client: TestClient) -> list[str]:
    home = client.get("/api/home").json()
    found = ["/", "/api/home", "/search?q=", "/search?q=gouvernement", "/api/search?q=gouvernement",
             "/search?q=gouvernement&offset=20", "/search?q=le", "/?date_from=2010-01-01&date_to=2030-12-31"]
    hits = client.get("/api/search", params={"limit": 1}).json()["hits"]
    if hits:
        found += [f"/article/{quote(hits[0]['id'], safe='')}", f"/api/articles/{quote(hits[0]['id'], safe='')}"]
        month = hits[0]["published"][:7] if hits[0].get("published") else None
        if month:  # one month of the newest article: whole-month sums and edge days
            found.append(f"/?date_from={month}-01&date_to={month}-20")
    for story in home["stories"]["items"][:2]:  # the newest story and the one before
        story_id = quote(story["story_id"], safe="")
        found += [f"/story/{story_id}", f"/api/stories/{story_id}", f"/search?story={story_id}"]
    speakers = home["top_speakers"]
    for speaker in speakers[:1] + speakers[-1:] if len(speakers) > 1 else speakers:  # the most and a less quoted
        key = quote(speaker["key"], safe="")
        found += [f"/person/{key}", f"/api/people/{key}", f"/search?speaker={key}"]
    for name, values in (("site", home["outlets"]), ("lang", home["languages"])):
        if values:
            found.append(f"/?{name}={quote(values[0]['value'])}")
        else:
            print(f"(no {name} in this store: no home filtered by {name})")
    facets = client.get("/api/search", params={"q": "gouvernement"}).json()["facets"]
    if facets.get("entity"):  # a search narrowed by its first entity facet, as a click on it does
        found.append(f"/search?q=gouvernement&entity={quote(facets['entity'][0]['value'], safe='')}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f} on {} CPUs".format(*os.getloadavg(), os.cpu_count()))
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
    print("load average after (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"worst_p95_ms={worst:.1f}")


if __name__ == "__main__":
    main()
