"""`veille serve`: the web UI and the REST API over one store, with uvicorn."""
from __future__ import annotations

import click

from veille.serve.cli.main import db_option, resolve


@click.command("serve")
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default 8000).")
@db_option
def serve_command(host: str | None, port: int | None, db: str | None) -> None:
    """Serve the web pages and the API (/api, OpenAPI at /openapi.json, docs at /docs).

    POST /api/ingest is enabled only when api_token is set (veille.toml or $VEILLE_API_TOKEN).
    """
    import uvicorn

    from veille.serve.api import create_app
    from veille.store import open_store

    settings = resolve(db=db, host=host, port=port)
    open_store(settings.db).close()  # migrate now and fail with a clear message, before listening
    click.echo(f"veille: serving {settings.db} on http://{settings.host}:{settings.port}/", err=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
