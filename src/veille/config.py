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
ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str = "veille.db"
    workers: int = 1
    engine: str = "local"
    """``local`` (processes on this machine) or ``ray`` (run/ray_engine.py)."""
    ray_address: str = ""
    """The Ray cluster ``--engine ray`` joins (also $RAY_ADDRESS); empty starts a local instance."""
    ray_output: str = ""
    """``parquet:DIR``: ``--engine ray`` also writes the per-article records there, before the merge."""
    batch_size: int = 64
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str = ""
    """Bearer token for POST /api/ingest; empty disables ingest over the API."""
    watch_interval: float = 900.0
    """Seconds between the starts of two rounds of ``veille watch``."""
    fetch_timeout: float = 20.0
    """Seconds one fetch may take, redirects included (``veille watch``)."""
    fetch_max_bytes: int = 10 * 1024 * 1024
    """Bytes one fetched feed or page may have; reading stops there."""
    host_interval: float = 2.0
    """Seconds between two requests to one host; a site's robots.txt Crawl-delay can only raise it."""
    fetch_hosts: int = 8
    """How many hosts ``veille watch`` fetches from at once (each host's requests still one at a time)."""
    allow_private: bool = False
    """Let ``veille watch`` fetch loopback, private and link-local addresses; off, a feed cannot make
    veille probe the machine's own network."""

    def as_dict(self) -> dict[str, Any]:
        """The settings as saved with each ingest run: the API token is never written anywhere."""
        values = asdict(self)
        values["api_token"] = "(set)" if self.api_token else ""
        return values


_FIELDS = {f.name: f for f in fields(Settings)}


_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def _coerce(name: str, value: Any) -> Any:
    kind = type(getattr(Settings(), name))
    if isinstance(value, kind):
        return value
    if kind is bool:  # bool("false") is True: read the words instead
        if str(value).strip().lower() in _BOOLEANS:
            return _BOOLEANS[str(value).strip().lower()]
        raise ConfigError(f"setting {name!r}: cannot use {value!r} as true/false")
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
    if "VEILLE_RAY_ADDRESS" not in env and env.get("RAY_ADDRESS"):
        from_env["ray_address"] = env["RAY_ADDRESS"]  # Ray's own variable, as `ray` tools read it
    settings = _apply(settings, from_env, "environment")
    given = {k: v for k, v in (cli or {}).items() if v is not None}
    settings = _apply(settings, given, "command line")
    if settings.engine not in ENGINES:
        raise ConfigError(f"engine {settings.engine!r}: choose one of {', '.join(ENGINES)}")
    if settings.workers < 1:
        raise ConfigError("workers must be at least 1")
    if settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    if settings.watch_interval <= 0 or settings.fetch_timeout <= 0 or settings.fetch_max_bytes <= 0:
        raise ConfigError("watch_interval, fetch_timeout and fetch_max_bytes must be positive")
    if settings.host_interval < 0:
        raise ConfigError("host_interval must not be negative")
    if settings.fetch_hosts < 1:
        raise ConfigError("fetch_hosts must be at least 1")
    return settings
