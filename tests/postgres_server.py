"""A throwaway PostgreSQL server from the Debian binaries, on a temp dir and a free loopback port.

The server outlives the process that started it unless it is stopped: a test run killed from
outside (a CI timeout, ``kill`` of the job) skips every ``finally``, and the server would keep
its memory and port until reboot. So each server gets a watchdog in a session of its own, out
of reach of the process-group kill that ended the tests, which stops the server once the
process that started it is gone.
"""
from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/local/bin")
_WATCH_SECONDS = 1


def find_binary(name: str) -> str | None:
    for folder in BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as(base: Path) -> list[str]:
    """PostgreSQL refuses to run as root: as root, the ``postgres`` user (else ``nobody``) runs it in a
    directory it owns and can reach."""
    if os.geteuid() != 0:
        return []
    user = "postgres"
    try:
        pwd.getpwnam(user)
    except KeyError:
        user = "nobody"
    entry = pwd.getpwnam(user)
    os.chown(base, entry.pw_uid, entry.pw_gid)
    for parent in base.parents:
        if parent == Path(parent.anchor):
            break
        parent.chmod(parent.stat().st_mode | 0o011)
    return ["runuser", "-u", user, "--"]


@contextmanager
def postgres_server(base: Path, initdb: str, pg_ctl: str) -> Iterator[str]:
    """Yield a ``postgresql://`` URL to a new server whose files live in ``base``; stop it on exit,
    or, if this process dies first, from the watchdog."""
    base.chmod(0o755)
    prefix = _run_as(base)
    data, port = base / "data", _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "veille", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True, env=env)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off"
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(base / "server.log"), "-o", options, "-w",
                    "start"], check=True, capture_output=True, env=env)
    stop = [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]
    watchdog = subprocess.Popen(
        ["sh", "-c", f"while kill -0 {os.getpid()} 2>/dev/null; do sleep {_WATCH_SECONDS}; done; {shlex.join(stop)}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        start_new_session=True)
    try:
        yield f"postgresql://veille@127.0.0.1:{port}/postgres"
    finally:
        watchdog.kill()
        watchdog.wait()
        subprocess.run(stop, capture_output=True, env=env)
