"""Load on the web server: N concurrent clients for T seconds over every page and API route.

    python bench/load.py                         # a store built from demo/, 50 clients, 60 s
    python bench/load.py --db orangesum.db --clients 100 --duration 120

Starts ``veille serve`` as a subprocess on a free loopback port (the real uvicorn, not a test
client), finds a story, a speaker, an article and a search word in the store through the API,
then runs the clients (asyncio + httpx, one connection each) until the time is up. Prints
requests, errors and p50/p95/p99 latency per route and overall; the last line is
``requests=… errors=… rps=… p95_ms=…``. Exits 1 if any request failed (an HTTP status other
than 200, a timeout, a dropped connection), so it doubles as a soak test.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class RouteStats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    examples: list[str] = field(default_factory=list)

    def record_error(self, what: str) -> None:
        self.errors += 1
        if len(self.examples) < 3:
            self.examples.append(what)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def veille_command() -> list[str]:
    found = shutil.which("veille", path=os.path.dirname(sys.executable))
    if not found:
        raise SystemExit("the veille command is not installed beside this Python (pip install -e .)")
    return [found]


def build_demo_store(folder: Path) -> str:
    db = str(folder / "demo.db")
    print(f"building a store from {ROOT / 'demo'} ...", flush=True)
    subprocess.run([*veille_command(), "ingest", str(ROOT / "demo"), "--db", db, "--quiet"], check=True)
    return db


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    command = [*veille_command(), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"veille serve exited with {server.returncode}: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(base + "/api/home", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"veille serve did not answer within {timeout:.0f} s")


def discover_routes(base: str) -> dict[str, list[str]]:
    """Each route label -> the URLs to request for it, taken from the store through the API."""
    with httpx.Client(base_url=base, timeout=30) as client:
        home = client.get("/api/home").json()
        hits = client.get("/api/search", params={"limit": 20}).json()["hits"]
    stories = [quote(s["story_id"], safe="") for s in home["stories"]["items"][:10]]
    people = [quote(p["key"], safe="") for p in home["top_speakers"][:10]]
    articles = [quote(h["id"], safe="") for h in hits]
    words = sorted({w.strip(".,:;«»\"'()").lower() for h in hits for w in (h["title"] or "").split() if len(w) > 5})
    words = words[:10] or ["le"]
    routes: dict[str, list[str]] = {
        "home": ["/", "/?" + urlencode({"date_from": "2000-01-01"})],
        "search": [f"/search?{urlencode({'q': w})}" for w in words] + ["/search"],
        "api_home": ["/api/home"],
        "api_stories": ["/api/stories", "/api/stories?limit=5&offset=5"],
        "api_search": [f"/api/search?{urlencode({'q': w})}" for w in words],
        "static": ["/static/style.css"],
    }
    if stories:
        routes["story"] = [f"/story/{s}" for s in stories]
        routes["api_story"] = [f"/api/stories/{s}" for s in stories]
    if people:
        routes["person"] = [f"/person/{p}" for p in people]
        routes["api_person"] = [f"/api/people/{p}" for p in people]
    if articles:
        routes["article"] = [f"/article/{a}" for a in articles]
        routes["api_article"] = [f"/api/articles/{a}" for a in articles]
    return routes


async def client_loop(base: str, routes: dict[str, list[str]], stats: dict[str, RouteStats], deadline: float,
                      rng: random.Random, timeout: float) -> None:
    labels = sorted(routes)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=httpx.Limits(max_connections=1)) as client:
        while time.monotonic() < deadline:
            label = rng.choice(labels)
            url = rng.choice(routes[label])
            started = time.perf_counter()
            try:
                response = await client.get(url)
                await response.aread()
            except httpx.HTTPError as exc:
                stats[label].record_error(f"{url}: {exc.__class__.__name__}: {exc}")
                continue
            elapsed = 1000 * (time.perf_counter() - started)
            if response.status_code != 200:
                stats[label].record_error(f"{url}: HTTP {response.status_code}")
            else:
                stats[label].latencies.append(elapsed)


def percentile(ordered: list[float], fraction: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(stats: dict[str, RouteStats], seconds: float) -> int:
    print(f"{'route':14s} {'requests':>9s} {'errors':>7s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s}")
    everything: list[float] = []
    errors = 0
    for label in sorted(stats):
        route = stats[label]
        ordered = sorted(route.latencies)
        everything += ordered
        errors += route.errors
        print(f"{label:14s} {len(ordered) + route.errors:9d} {route.errors:7d} {percentile(ordered, 0.5):8.1f}"
              f" {percentile(ordered, 0.95):8.1f} {percentile(ordered, 0.99):8.1f}")
        for example in route.examples:
            print(f"    error: {example}")
    everything.sort()
    total = len(everything) + errors
    print(f"{'overall':14s} {total:9d} {errors:7d} {percentile(everything, 0.5):8.1f}"
          f" {percentile(everything, 0.95):8.1f} {percentile(everything, 0.99):8.1f}")
    print(f"requests={total} errors={errors} rps={total / seconds:.1f} p50_ms={percentile(everything, 0.5):.1f}"
          f" p95_ms={percentile(everything, 0.95):.1f} p99_ms={percentile(everything, 0.99):.1f}")
    return errors


async def run_load(base: str, routes: dict[str, list[str]], *, clients: int, duration: float, seed: int,
                   timeout: float) -> tuple[dict[str, RouteStats], float]:
    stats: dict[str, RouteStats] = defaultdict(RouteStats)
    started = time.monotonic()
    deadline = started + duration
    await asyncio.gather(*(client_loop(base, routes, stats, deadline, random.Random(seed + n), timeout)
                           for n in range(clients)))
    return stats, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store to serve (default: a fresh store built from demo/)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a request counts as failed")
    parser.add_argument("--seed", type=int, default=7, help="seed of the clients' route choices")
    args = parser.parse_args()
    if args.clients < 1 or args.duration <= 0:
        parser.error("--clients and --duration must be positive")
    with tempfile.TemporaryDirectory(prefix="veille-load-") as folder:
        db = args.db or build_demo_store(Path(folder))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            wait_until_up(base, server, timeout=120)
            routes = discover_routes(base)
            print(f"serving {db} at {base}; {args.clients} clients for {args.duration:.0f} s over "
                  f"{len(routes)} routes", flush=True)
            stats, seconds = asyncio.run(run_load(base, routes, clients=args.clients, duration=args.duration,
                                                  seed=args.seed, timeout=args.timeout))
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    if report(stats, seconds):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
