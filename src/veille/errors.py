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
