"""Security headers on every response, and a cap on request bodies before any route reads one.

Pure ASGI middleware (no BaseHTTPMiddleware) so that a streamed response passes through
untouched. The Content-Security-Policy allows only this origin's own files: no inline
script, no inline style, nothing from a CDN; article text is escaped by the templates and
this header is the second line if an escape is ever missed.
"""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
       " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
MAX_BODY = 8 * 1024 * 1024
"""Bytes of a request body (POST /api/ingest is the only route that takes one)."""


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send_with_headers, 413 if declared.isdigit() else 400, "request body too large or malformed")
            return
        body = b""
        more = scope["method"] in {"POST", "PUT", "PATCH", "DELETE"}
        while more:  # read it all (bounded) so a chunked upload cannot stream past the cap
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                await _refuse(send_with_headers, 413, "request body too large")
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed or scope["method"] not in {"POST", "PUT", "PATCH", "DELETE"}:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send_with_headers)


async def _refuse(send: Send, status: int, reason: str) -> None:
    payload = json.dumps({"detail": reason}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
