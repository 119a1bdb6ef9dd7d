"""Settings: defaults -> veille.toml -> VEILLE_* environment -> CLI flags.

This is the only module that reads the environment or the config file; everything
else receives a ``Settings`` object explicitly.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from veille.errors import ConfigError

CONFIG_FILE = "veille.toml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str = "veille.db"
    workers: int = 1
    engine: str = "local"
    batch_size: int = 64
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str = ""
    """Bearer token for POST /api/ingest; empty disables ingest over the API."""

    def as_dict(self) -> dict[str, Any]:
        """The settings as saved with each ingest run: the API token is never written anywhere."""
        values = asdict(self)
        values["api_token"] = "(set)" if self.api_token else ""
        return values


_FIELDS = {f.name: f for f in fields(Settings)}


def _coerce(name: str, value: Any) -> Any:
    kind = type(getattr(Settings(), name))
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: cannot use {value!r} as {kind.__name__}") from None


def _apply(settings: Settings, values: Mapping[str, Any], origin: str) -> Settings:
    unknown = sorted(set(values) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"{origin}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(_FIELDS)}")
    return replace(settings, **{k: _coerce(k, v) for k, v in values.items()})


def load_settings(
    *,
    cli: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Resolve settings in order; CLI values of ``None`` mean "not given" and change nothing."""
    settings = Settings()
    path = config_path or Path(CONFIG_FILE)
    if path.is_file():
        try:
            with path.open("rb") as handle:
                settings = _apply(settings, tomllib.load(handle).get("veille", {}), str(path))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    env = os.environ if environ is None else environ
    from_env = {name: env[f"VEILLE_{name.upper()}"] for name in _FIELDS if f"VEILLE_{name.upper()}" in env}
    settings = _apply(settings, from_env, "environment")
    given = {k: v for k, v in (cli or {}).items() if v is not None}
    settings = _apply(settings, given, "command line")
    if settings.workers < 1:
        raise ConfigError("workers must be at least 1")
    if settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    return settings
