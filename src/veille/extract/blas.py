"""Matrix products for spaCy's models through numpy's BLAS, on one thread.

Most of the NLP stage's CPU is the matrix products of the tok2vec layers (the NER's own and the
parser's). thinc computes them with BLIS, which on this kind of x86 machine runs about three
times slower than the OpenBLAS numpy ships with. ``MatmulOps`` hands them to ``numpy.matmul``
instead; everything else stays thinc's NumpyOps. Results differ from BLIS only in float32 rounding.

OpenBLAS would spread each product over every core, which costs more CPU in all than one thread
and fights the other worker processes; ``one_blas_thread`` keeps it on one thread while spaCy
runs and gives the previous setting back after, so other stages' numpy work is left as it was.
"""
from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy
from spacy.language import Language
from thinc.api import NumpyOps

#: Names numpy's bundled OpenBLAS (scipy-openblas, 64-bit ints) and plain OpenBLAS export.
_SETTERS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads")


class MatmulOps(NumpyOps):
    """thinc's NumpyOps with ``gemm`` through numpy (OpenBLAS) rather than BLIS."""

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):  # noqa: ANN001, ANN201 - thinc's signature
        return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)


def use_matmul(nlp: Language) -> None:
    """Give every layer of every trained component ``MatmulOps``."""
    ops = MatmulOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops


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


_OPENBLAS = _openblas()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """OpenBLAS on one thread inside the block, as it was after."""
    if _OPENBLAS is None:
        yield
        return
    getter, setter = _OPENBLAS
    before = getter()
    setter(1)
    try:
        yield
    finally:
        setter(before)
