"""open_store: the backend chosen from the --db value."""
from __future__ import annotations

import pytest

from veille.errors import StoreError
from veille.store import SqliteStore, open_store


def test_a_path_opens_a_sqlite_file(tmp_path):
    path = tmp_path / "sub.db"
    store = open_store(str(path))
    try:
        assert isinstance(store, SqliteStore) and path.exists()
    finally:
        store.close()


def test_a_sqlite_url_opens_the_same_file(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/url.db")  # absolute: sqlite:////tmp/...
    store.close()
    assert (tmp_path / "url.db").exists()


def test_default_is_veille_db_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_store().close()
    assert (tmp_path / "veille.db").exists()


@pytest.mark.postgres
def test_a_postgresql_url_opens_a_postgres_store(pg_db_url):
    from veille.store.postgres import PostgresStore

    store = open_store(pg_db_url)
    try:
        assert isinstance(store, PostgresStore) and store.count_articles() == 0
    finally:
        store.close()


def test_an_unreachable_postgresql_server_gives_a_store_error_without_the_password():
    with pytest.raises(StoreError, match="cannot connect to postgresql://u:\\*\\*\\*@127.0.0.1:1/db") as caught:
        open_store("postgresql://u:secret@127.0.0.1:1/db")
    assert "secret" not in str(caught.value)


def test_unknown_scheme_is_refused(tmp_path):
    with pytest.raises(StoreError, match="unknown store URL scheme 'mysql'"):
        open_store("mysql://localhost/veille")


def test_unwritable_location_gives_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing-dir" / "veille.db"))
