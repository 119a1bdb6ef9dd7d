"""POST /api/ingest: records in, the ingest funnel out; only with the configured bearer token.

An empty ``api_token`` (the default) disables the route (403). The records go through the
same path as ``veille ingest file.jsonl`` (written to a private temporary file), so the API
cannot ingest anything the command line would not, and never reads server-side paths.
"""
from __future__ import annotations

import hmac
import json
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field

from veille.config import Settings
from veille.run.local import ingest
from veille.serve.api.store import reading

MAX_RECORDS = 1000

router = APIRouter(prefix="/api", tags=["ingest"])


class IngestRequest(BaseModel):
    """Records as `veille ingest` reads JSONL: id, title, text|article|body|content, published|date, url, source."""

    records: list[dict[str, Any]] = Field(..., min_length=1, max_length=MAX_RECORDS)


@router.post("/ingest", summary="Ingest records (needs the bearer token from the configuration)")
def ingest_records(request: Request, body: IngestRequest,
                   authorization: str | None = Header(None, max_length=1000)) -> dict[str, object]:
    settings: Settings = request.app.state.settings
    check_token(settings, authorization)
    for i, record in enumerate(body.records):
        if not str(record.get("id") or "").strip():
            raise HTTPException(422, f"record {i} has no id: records sent over the API must name themselves")
    with tempfile.TemporaryDirectory(prefix="veille-api-") as folder:
        path = Path(folder) / "api.jsonl"
        # ASCII escapes: JSON allows a lone surrogate ("\\ud800"), which UTF-8 cannot hold; escaped, the
        # reader turns it into U+FFFD like any undecodable byte instead of failing the request
        path.write_text("".join(json.dumps(r) + "\n" for r in body.records), encoding="utf-8")
        with reading(request) as store:
            funnel = ingest([str(path)], settings=settings, store=store)
    return funnel.as_dict()


def check_token(settings: Settings, authorization: str | None) -> None:
    if not settings.api_token:
        raise HTTPException(403, "ingest over the API is disabled (set api_token in veille.toml or VEILLE_API_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.api_token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
