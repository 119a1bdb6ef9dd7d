"""Lead embeddings (embeddings.py): one BLAS thread whatever the caller set, vectors that barely depend on the batch."""
from __future__ import annotations

import numpy

from veille.blas_threads import OPENBLAS
from veille.link.embeddings import SentenceEmbedder

_LEADS = [
    "Le conseil municipal de Brest vote le budget. Les élus ont débattu jusqu'à minuit.",
    "Grève des contrôleurs aériens : plusieurs vols annulés à Nantes mardi.",
    "Un incendie détruit un entrepôt près de Lyon, aucun blessé n'est à déplorer.",
]


def test_vectors_are_the_same_whatever_the_callers_blas_setting() -> None:
    assert OPENBLAS is not None
    getter, setter = OPENBLAS
    before = getter()
    embedder = SentenceEmbedder()
    try:
        setter(2)
        together = embedder.embed(_LEADS)
        assert getter() == 2  # the caller's setting is given back
        setter(1)
        again = embedder.embed(_LEADS)
        alone = numpy.vstack([embedder.embed([lead]) for lead in _LEADS])
    finally:
        setter(before)
    assert together.shape == (3, 512)
    assert numpy.array_equal(together, again)
    numpy.testing.assert_allclose(together, alone, atol=1e-6)  # float32 rounding of other matrix shapes only
    numpy.testing.assert_allclose(numpy.linalg.norm(together, axis=1), 1.0, rtol=1e-5)
    assert float(together[0] @ together[1]) < 0.99  # different leads, different vectors


def test_an_empty_text_gets_a_zero_row() -> None:
    vectors = SentenceEmbedder().embed(["", _LEADS[0]])
    assert not vectors[0].any() and vectors[1].any()
