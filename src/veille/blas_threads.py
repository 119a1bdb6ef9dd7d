"""numpy's OpenBLAS held to one thread for a block of work.

Both numpy-heavy models run beside other busy processes: spaCy in each worker (extract/blas.py)
and the sentence encoder in the process that links (link/embeddings.py), while the workers hold
the other cores. OpenBLAS would spread each product over every core, which costs more CPU in all
than one thread (its threads spin waiting for each other) and fights the other processes: on this
shared 2-core machine, the encoder's CPU in ``bench/link_speed.py --n 5000`` fell from 24.9 s to
13.0 s with one thread, for the same stories. One thread also makes a row's result independent of
how many cores the machine has.

This module imports numpy only, so the linking process need not import spaCy to use it.
``one_blas_thread`` gives the previous setting back after, so other numpy work is left as it was.
"""
from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy

#: Names numpy's bundled OpenBLAS (scipy-openblas, 64-bit ints) and plain OpenBLAS export.
_SETTERS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads")


def _openblas() -> tuple[ctypes._CFuncPtr, ctypes._CFuncPtr] | None:
    """numpy's bundled OpenBLAS thread getter and setter; None for a numpy built on another BLAS."""
    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("*openblas*")):
        library = ctypes.CDLL(str(path))  # already loaded by numpy: the same handle
        setter = next((getattr(library, n) for n in _SETTERS if hasattr(library, n)), None)
        getter = next((getattr(library, n) for n in _GETTERS if hasattr(library, n)), None)
        if setter is not None and getter is not None:
            return getter, setter
    return None


OPENBLAS = _openblas()
"""numpy's OpenBLAS thread getter and setter, found once at import."""


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """OpenBLAS on one thread inside the block, as it was after."""
    if OPENBLAS is None:
        yield
        return
    getter, setter = OPENBLAS
    before = getter()
    setter(1)
    try:
        yield
    finally:
        setter(before)
