"""From the PATH arguments of ``veille ingest`` to the regular files to read, in a stable order.

Folders are walked recursively in sorted order (so two runs see files in the same order
and ``path#N`` ids stay stable), hidden entries are skipped, and anything that cannot be
read as a regular file becomes a Failure that names it, so one bad entry never hides
the rest of a folder. A folder reached twice (symbolic link loops) is read once. Special files (FIFOs, sockets, devices) are refused without being
opened: opening a FIFO blocks forever.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence

from veille.pipeline import Failure

_URL_SCHEMES = ("http://", "https://")
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)
_ERRNO_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file or directory",
    errno.ELOOP: "too many levels of symbolic links",
    errno.EISDIR: "is a directory",
    errno.ENAMETOOLONG: "file name too long",
}


def describe_os_error(exc: OSError) -> str:
    """A reason a user can act on, without Python's errno prefix or a repeated file name."""
    reason = _ERRNO_REASONS.get(exc.errno or -1)
    if reason:
        return reason
    return (exc.strerror or str(exc) or exc.__class__.__name__).lower()


def display_path(path: str) -> str:
    """``path`` as printable text: bytes of a file name that are not UTF-8 become ``\\xNN``.

    Python hands such names over with lone surrogates (``surrogateescape``), which no
    terminal, hash or database accepts; the path itself still opens the file, this
    spelling only names it (in ``source_id`` and failure reasons).
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def is_url(path: str) -> bool:
    return path.lower().startswith(_URL_SCHEMES)


def iter_input_files(paths: Sequence[str]) -> Iterator[str | Failure]:
    """Each readable regular file under ``paths`` (as a path built from the one given), each http(s)
    URL as given, or a Failure."""
    for path in paths:
        if is_url(path):
            yield path
            continue
        yield from _visit(path, seen_dirs=set())


def _visit(path: str, *, seen_dirs: set[tuple[int, int]]) -> Iterator[str | Failure]:
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Failure(where=display_path(path), reason=_stat_failure(path, exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk_dir(path, info, seen_dirs=seen_dirs)
    elif stat.S_ISREG(info.st_mode):
        yield path
    else:
        what = next((name for test, name in _SPECIAL_KINDS if test(info.st_mode)), "special file")
        yield Failure(where=display_path(path), reason=f"not a regular file ({what})")


def _walk_dir(path: str, info: os.stat_result, *, seen_dirs: set[tuple[int, int]]) -> Iterator[str | Failure]:
    key = (info.st_dev, info.st_ino)
    if key in seen_dirs:  # reached again through a symbolic link: its files are already read
        return
    seen_dirs.add(key)
    try:
        names = sorted(entry.name for entry in os.scandir(path))
    except OSError as exc:
        yield Failure(where=display_path(path), reason=describe_os_error(exc))
        return
    for name in names:
        if not name.startswith("."):
            yield from _visit(os.path.join(path, name), seen_dirs=seen_dirs)


def _stat_failure(path: str, exc: OSError) -> str:
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"broken symbolic link (target {os.readlink(path)!r} does not exist)"
    return describe_os_error(exc)
