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


@pytest.mark.parametrize("url", ["postgresql://localhost/veille", "postgres://u@h/db"])
def test_postgresql_is_announced_for_a_later_release(url):
    with pytest.raises(StoreError, match="PostgreSQL store arrives in a later release"):
        open_store(url)


def test_unknown_scheme_is_refused(tmp_path):
    with pytest.raises(StoreError, match="unknown store URL scheme 'mysql'"):
        open_store("mysql://localhost/veille")


def test_unwritable_location_gives_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing-dir" / "veille.db"))
