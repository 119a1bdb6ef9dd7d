from __future__ import annotations

from pathlib import Path

import pytest

from veille.config import load_settings
from veille.errors import ConfigError


def test_settings_resolve_file_then_environment_then_cli(tmp_path: Path) -> None:
    config = tmp_path / "veille.toml"
    config.write_text('[veille]\ndb = "from_file.db"\nbatch_size = 10\nport = 9000\n')
    settings = load_settings(config_path=config, environ={"VEILLE_DB": "from_env.db", "VEILLE_PORT": "9100"},
                             cli={"db": "from_cli.db", "port": None})
    assert settings.db == "from_cli.db"
    assert settings.port == 9100
    assert settings.batch_size == 10


def test_unknown_or_bad_settings_are_clear_errors(tmp_path: Path) -> None:
    config = tmp_path / "veille.toml"
    config.write_text('[veille]\ndatabase = "x"\n')
    with pytest.raises(ConfigError, match="unknown setting.*database"):
        load_settings(config_path=config, environ={})
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(config_path=tmp_path / "none.toml", environ={"VEILLE_BATCH_SIZE": "many"})
    with pytest.raises(ConfigError, match="fetch_hosts must be at least 1"):
        load_settings(config_path=tmp_path / "none.toml", environ={"VEILLE_FETCH_HOSTS": "0"})
