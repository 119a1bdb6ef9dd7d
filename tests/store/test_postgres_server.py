"""The test server stops when the run that started it is killed, instead of holding its port and memory."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postgres_server import find_binary

pytestmark = pytest.mark.postgres

_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from postgres_server import postgres_server
with postgres_server(Path({base!r}), {initdb!r}, {pg_ctl!r}) as url:
    print(url.rsplit(":", 1)[1].split("/")[0], flush=True)
    time.sleep(600)
"""


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_server_stops_when_its_starter_is_killed(tmp_path: Path) -> None:
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.fail("PostgreSQL binaries (initdb, pg_ctl) not found")
    base = tmp_path / "server"
    base.mkdir()
    code = _CHILD.format(tests=str(Path(__file__).resolve().parents[1]), base=str(base), initdb=initdb, pg_ctl=pg_ctl)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        port = int(child.stdout.readline())
        assert _accepts(port)
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # as a CI timeout would: no finally, no fixture teardown
        child.wait()
    pid_file = base / "data" / "postmaster.pid"
    try:
        deadline = time.monotonic() + 30
        while _accepts(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _accepts(port)
        assert not pid_file.exists()
    finally:
        if pid_file.exists():  # the failing case must not leave its own server behind
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGQUIT)
