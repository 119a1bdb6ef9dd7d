"""The REST API (FastAPI) and the application factory that serves it with the web pages."""
from __future__ import annotations

from veille.serve.api.app import create_app

__all__ = ["create_app"]
