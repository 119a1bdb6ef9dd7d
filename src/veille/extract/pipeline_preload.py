"""Imported by the workers' fork server (registry.WORKER_PRELOADS): loads the default spaCy pipeline there,
so each worker forks with it (preloads.py) instead of loading its own on its first batch."""
from __future__ import annotations

from veille.extract.parsing import DEFAULT_MODEL, load_pipeline
from veille.preloads import preload

preload(f"spacy:{DEFAULT_MODEL}", lambda: load_pipeline(DEFAULT_MODEL))
