"""Optional settings file (TOML). Command-line flags override it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import UserError

CONFIG_ENV = "ASSISTANT_CONFIG"
DEFAULT_CONFIG = Path("assistant.toml")
SECTIONS = {
    "recognizer": {"engine": str, "vosk_model": str, "endpoint_silence": float},
    "speaker": {"rate": int, "voice": str},
    "dialogue": {"model": str, "locale": str},
    "audio": {"device": str},
}


def load_config(path: Path | None) -> dict[str, dict[str, Any]]:
    """Read and check the settings file: --config, then $ASSISTANT_CONFIG, then ./assistant.toml."""
    import tomli

    if path is None and os.environ.get(CONFIG_ENV):
        path = Path(os.environ[CONFIG_ENV])
    if path is None:
        if not DEFAULT_CONFIG.is_file():
            return {}
        path = DEFAULT_CONFIG
    try:
        data = tomli.loads(path.read_text())
    except FileNotFoundError:
        raise UserError(f"config file not found: {path}") from None
    except (tomli.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UserError(f"config file {path} is not valid TOML: {error}") from None
    for section, values in data.items():
        known = SECTIONS.get(section)
        if known is None or not isinstance(values, dict):
            raise UserError(f"config file {path}: unknown section [{section}]")
        for key, value in values.items():
            kind = known.get(key)
            if kind is None:
                raise UserError(f"config file {path}: unknown setting {section}.{key}")
            if not isinstance(value, kind) and not (kind is float and isinstance(value, int)):
                raise UserError(f"config file {path}: {section}.{key} must be a {kind.__name__}")
    return data
