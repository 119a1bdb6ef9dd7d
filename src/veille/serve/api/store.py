"""One store per request: SqliteStore's connection belongs to the thread that opened it.

FastAPI runs each sync route in a worker thread, so a route opens the store itself, in the
thread that uses it, and closes it when the response data is built. Opening costs well
under a millisecond on a migrated store (bench/web_latency.py measures the whole page).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from veille.config import Settings
from veille.store import open_store
from veille.store.base import Store


@contextmanager
def reading(request: Request) -> Iterator[Store]:
    settings: Settings = request.app.state.settings
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()
