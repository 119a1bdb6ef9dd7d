"""Shared test fixtures: where ../shared lives, temp stores."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    return Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The real corpora and gold (../shared or $VEILLE_SHARED); tests skip with a reason when absent."""
    path = _shared_dir()
    if not (path / "PRODUCT.md").exists() and not (path / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {path} (set VEILLE_SHARED)")
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "demo"
