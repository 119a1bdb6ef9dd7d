"""Shared test fixtures: where ../shared lives, temp stores."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    return Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The real corpora and gold (../shared or $VEILLE_SHARED); tests skip with a reason when absent."""
    path = _shared_dir()
    if not (path / "PRODUCT.md").exists() and not (path / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {path} (set VEILLE_SHARED)")
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "demo"


# -- PostgreSQL: a real server from the Debian binaries, on a temp dir and a free loopback port --

_PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/local/bin")


def _pg_bin(name: str) -> str | None:
    import shutil

    for folder in _PG_BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory):
    """A ``postgresql://`` URL to a throwaway server (initdb + pg_ctl, stopped after the session).

    PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user
    (else ``nobody``) in a directory it owns. Skips when the binaries are missing, unless $CI is set.
    """
    import pwd
    import subprocess

    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        message = "PostgreSQL binaries (initdb, pg_ctl) not found in " + ", ".join(_PG_BIN_DIRS) + " or PATH"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("pg")
    base.chmod(0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            user = "nobody"
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
        for parent in base.parents:  # the server user must reach its directory
            if parent == Path(parent.anchor):
                break
            parent.chmod(parent.stat().st_mode | 0o011)
        prefix = ["runuser", "-u", user, "--"]
    data, port = base / "data", _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "veille", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True, env=env)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off"
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(base / "server.log"), "-o", options, "-w",
                    "start"], check=True, capture_output=True, env=env)
    try:
        yield f"postgresql://veille@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, env=env)


@pytest.fixture(scope="session")
def _pg_template(pg_url: str) -> str:
    """A database migrated once, copied by ``pg_db_url`` (faster than migrating per test)."""
    import psycopg

    from veille.store.postgres import PostgresStore

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE veille_template")
    PostgresStore(pg_url.rsplit("/", 1)[0] + "/veille_template").close()
    return "veille_template"


@pytest.fixture
def pg_db_url(pg_url: str, _pg_template: str) -> str:
    """A fresh, migrated, empty database on the session's server, for one test."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {_pg_template}")  # names made here, not input
    return pg_url.rsplit("/", 1)[0] + "/" + name
