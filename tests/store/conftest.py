"""Stores on real SQLite files in tmp_path and on a real PostgreSQL server, and articles built the way
sources build them. ``store`` runs each test on both backends; ``sqlite_store`` is SQLite only."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from veille.article import Article
from veille.identity import identify
from veille.store.base import Store
from veille.store.sqlite import SqliteStore


def build_article(source_id: str, text: str, **fields: object) -> Article:
    """An identified Article (id and fingerprint set as identity.py sets them)."""
    return identify(Article(source_id=source_id, text=text, **fields))


@pytest.fixture
def make_article() -> Callable[..., Article]:
    return build_article


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with SqliteStore(tmp_path / "veille.db") as opened:
            yield opened
        return
    from veille.store.postgres import PostgresStore

    with PostgresStore(request.getfixturevalue("pg_db_url")) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SqliteStore]:
    with SqliteStore(tmp_path / "veille.db") as opened:
        yield opened


@pytest.fixture
def run_id(store: Store) -> int:
    return store.begin_run(inputs=["tests"], settings={"workers": 1}, stages={"html": 1})
