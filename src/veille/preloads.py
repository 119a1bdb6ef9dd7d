"""Models loaded ahead of a stage's first batch, where a process would otherwise wait, then taken once.

A worker's stages load their models on its first batch (spaCy's pipeline about 1.4 s of CPU, the
language model 0.5 s), each worker again; the executor loads the sentence encoder (2 s) on its first
stories batch, while both workers hold the cores. Meanwhile, at start-up, one core runs the fork server's
imports alone for seconds (run/pool.py). So the fork server loads the workers' models after its imports
(every worker forks with them, instead of loading its own), and the executor loads its encoder in a
thread while it waits for that server.

``take`` hands a preloaded model to one stage and forgets it: a stage built later loads its own, as
before, so no two stages ever share a model (a spaCy pipeline's tokenizer cache, for one, is its own).
The modules that preload for each stage are listed in registry.py (``WORKER_PRELOADS``,
``EXECUTOR_PRELOADS``).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_LOCK = threading.Lock()
_LOADED: dict[str, Future[Any]] = {}


def preload(key: str, load: Callable[[], object]) -> None:
    """Load ``key``'s model now for a later ``take``, unless it is loaded or loading already.

    A failure is kept, not raised: in the fork server it would end the server and so every worker
    pool; ``take`` then loads again, so the error is raised by the stage, where failures are reported.
    """
    with _LOCK:
        if key in _LOADED:
            return
        loading: Future[Any] = Future()
        _LOADED[key] = loading
    try:
        loading.set_result(load())
    except Exception as exc:  # noqa: BLE001 - raised again by the stage's own load (``take``)
        loading.set_exception(exc)


def take(key: str, load: Callable[[], T]) -> T:
    """The model ``preload`` loaded for ``key`` (waiting for it if it is still loading), handed out once;
    else, or if preloading failed, ``load()``."""
    with _LOCK:
        loading = _LOADED.pop(key, None)
    if loading is not None and loading.exception() is None:
        return loading.result()
    return load()
