"""Matrix products for spaCy's models through numpy's BLAS.

Most of the NLP stage's CPU is the matrix products of the tok2vec layers (the NER's own and the
parser's). thinc computes them with BLIS, which on this kind of x86 machine runs about three
times slower than the OpenBLAS numpy ships with. ``MatmulOps`` hands them to ``numpy.matmul``
instead; everything else stays thinc's NumpyOps. Results differ from BLIS only in float32 rounding.

OpenBLAS would spread each product over every core, which costs more CPU in all than one thread
and fights the other worker processes: parsing.py runs spaCy inside ``one_blas_thread``
(blas_threads.py).
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


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
