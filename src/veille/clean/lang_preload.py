"""Imported by the workers' fork server (registry.WORKER_PRELOADS): loads py3langid's model there, so each
worker forks with it (preloads.py) instead of loading its own on its first batch."""
from __future__ import annotations

from veille.clean.lang import LANGID_KEY, load_model
from veille.preloads import preload

preload(LANGID_KEY, load_model)
