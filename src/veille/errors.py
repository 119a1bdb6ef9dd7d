"""The error hierarchy: one base so the CLI can tell our errors from bugs."""
from __future__ import annotations


class VeilleError(Exception):
    """Anything veille reports to a user as a clear message rather than a traceback."""


class ConfigError(VeilleError):
    """Settings that cannot be used (bad value, unknown key, unreadable veille.toml)."""


class SourceError(VeilleError):
    """An input that cannot be read as what it claims to be; the run goes on without it."""


class StoreError(VeilleError):
    """The store cannot be opened, migrated or written."""


class PipelineError(VeilleError):
    """A stage list that cannot run (a field required but never assigned, an unknown stage)."""


class FetchError(SourceError):
    """A URL that could not or must not be fetched; ``retry`` says whether a later attempt may succeed
    (a timeout or a 503 may pass, a robots.txt refusal or a 404 will not); ``status`` is the HTTP
    status when the server answered with an error."""

    def __init__(self, reason: str, *, retry: bool = False, status: int | None = None) -> None:
        super().__init__(reason)
        self.retry = retry
        self.status = status
