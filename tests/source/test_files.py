"""Walking PATH arguments: sorted, hidden skipped, special and unreadable entries reported."""
from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path

from veille.pipeline import Failure
from veille.source import read_inputs
from veille.source.files import describe_os_error, iter_input_files


def test_hidden_entries_are_skipped_but_an_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (tmp_path / ".brouillon.txt").write_text("x", encoding="utf-8")
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    assert list(iter_input_files([str(tmp_path)])) == [f"{tmp_path}/page.txt"]
    assert list(iter_input_files([str(tmp_path / ".brouillon.txt")])) == [f"{tmp_path}/.brouillon.txt"]


def test_symlink_loop_reads_each_folder_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "retour").symlink_to(tmp_path)
    assert list(iter_input_files([str(tmp_path)])) == [f"{tmp_path}/a/page.txt"]


def test_broken_symlink_and_fifo_are_failures_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "lien").symlink_to(tmp_path / "cible-absente.txt")
    os.mkfifo(tmp_path / "tube")
    assert list(iter_input_files([str(tmp_path)])) == [
        Failure(where=f"{tmp_path}/lien", reason=f"broken symbolic link (target '{tmp_path}/cible-absente.txt' "
                "does not exist)"),
        Failure(where=f"{tmp_path}/tube", reason="not a regular file (named pipe)"),
    ]


def test_unreadable_file_and_folder_are_permission_denied() -> None:
    """chmod 000 does not stop root, so as root the reading runs in a child that dropped to `nobody`."""
    folder = Path(tempfile.mkdtemp(prefix="veille-perm-"))
    try:
        folder.chmod(0o755)
        (folder / "a-secret.txt").write_text("Note confidentielle", encoding="utf-8")
        (folder / "a-secret.txt").chmod(0o000)
        (folder / "b-closed").mkdir()
        (folder / "b-closed" / "page.txt").write_text("x", encoding="utf-8")
        (folder / "b-closed").chmod(0o000)
        (folder / "c-open.txt").write_text("Page lisible", encoding="utf-8")
        (folder / "c-open.txt").chmod(0o644)
        results = _read_as_unprivileged_user([str(folder)])
    finally:
        for path in (folder / "a-secret.txt", folder / "b-closed"):
            path.chmod(0o755)
        shutil.rmtree(folder)
    assert results == [
        [f"{folder}/a-secret.txt", "permission denied"],
        [f"{folder}/b-closed", "permission denied"],
        [f"{folder}/c-open.txt", None],
    ]


def _read_as_unprivileged_user(paths: list[str]) -> list[list[str | None]]:
    """[where, reason or None for an article] for each result, read without root's powers."""

    def run() -> list[list[str | None]]:
        return [
            [item.where, item.reason] if isinstance(item, Failure) else [item.source_id, None]
            for item in read_inputs(paths)
        ]

    if os.geteuid() != 0:
        return run()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop to nobody, report through the pipe, never return into pytest
        status = 1
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            with os.fdopen(write_end, "w") as out:
                json.dump(run(), out)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0, "the unprivileged child failed"
    return json.loads(output)


def test_os_errors_are_described_in_words() -> None:
    assert describe_os_error(PermissionError(errno.EACCES, "Permission denied", "x")) == "permission denied"
    assert describe_os_error(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "too many levels of symbolic links"
    )
    assert describe_os_error(OSError(errno.EIO, "Input/output error")) == "input/output error"
