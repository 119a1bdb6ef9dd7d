"""numpy's OpenBLAS held to one thread for a block (blas_threads.py)."""
from __future__ import annotations

from veille import blas_threads
from veille.blas_threads import one_blas_thread


def test_one_blas_thread_inside_and_the_setting_given_back_after() -> None:
    assert blas_threads.OPENBLAS is not None  # numpy's wheels bundle OpenBLAS
    getter, setter = blas_threads.OPENBLAS
    before = getter()
    setter(2)
    try:
        with one_blas_thread():
            assert getter() == 1
        assert getter() == 2
    finally:
        setter(before)
