"""The executor's ahead-of-time load of the sentence encoder (registry.EXECUTOR_PRELOADS).

Run in a thread of the executor while it waits for the workers' fork server: the story linker takes the
encoder on its first batch (preloads.py), so it is loaded on a core that would otherwise wait, rather
than while both workers hold the cores.
"""
from __future__ import annotations

from veille.link.embeddings import ENCODER_KEY, load_encoder
from veille.preloads import preload


def preload_encoder() -> None:
    preload(ENCODER_KEY, load_encoder)
