"""One frozen settings tree, built once: a flag beats the environment, which beats the file.

Every stage's settings dataclass is a section of the file (TOML) and of the environment:
``[recognizer] engine = "vosk"`` in the file is ``ASSISTANT_RECOGNIZER_ENGINE=vosk`` in the
environment and ``--engine vosk`` on the command line. The file is ``--config``, else
``$ASSISTANT_CONFIG``, else ``./assistant.toml``, else ``assistant.toml`` in the user's config
directory, when present. The field docstrings in each stage's
dataclass say what a setting means and its unit.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.audio.microphone import MicrophoneSettings
from assistant.checkin import CheckinSettings
from assistant.dialogue.agent import DialogueSettings
from assistant.errors import UserError
from assistant.journal import JournalSettings
from assistant.stt.recognizer import RecognizerSettings
from assistant.tts.speaker import SpeakerSettings
from assistant.wyoming_service import WyomingSettings

CONFIG_ENV = "ASSISTANT_CONFIG"
DEFAULT_CONFIG = Path("assistant.toml")
SECTIONS: dict[str, type] = {
    "audio": MicrophoneSettings,
    "recognizer": RecognizerSettings,
    "dialogue": DialogueSettings,
    "speaker": SpeakerSettings,
    "journal": JournalSettings,
    "checkin": CheckinSettings,
    "wyoming": WyomingSettings,
}
"""The file's sections, in the order the data flows; each is one stage's settings dataclass."""
ALIASES = {"ASSISTANT_VOSK_MODEL": "recognizer.vosk_model"}
"""Environment variables kept from earlier versions, with the setting each one sets."""


@dataclass(frozen=True)
class Settings:
    """Everything the stages are configured with, and where each value came from."""

    audio: MicrophoneSettings = MicrophoneSettings()
    recognizer: RecognizerSettings = RecognizerSettings()
    dialogue: DialogueSettings = DialogueSettings()
    speaker: SpeakerSettings = SpeakerSettings()
    journal: JournalSettings = JournalSettings()
    checkin: CheckinSettings = CheckinSettings()
    wyoming: WyomingSettings = WyomingSettings()
    sources: Mapping[str, str] = field(default_factory=dict)
    """"section.key" → "flag", "environment NAME", "file PATH"; a setting not listed is the default."""

    def effective(self) -> list[tuple[str, Any, str]]:
        """(section.key, value, where it came from) for every setting, in file order."""
        rows = []
        for section in SECTIONS:
            values = getattr(self, section)
            for item in dataclasses.fields(values):
                key = f"{section}.{item.name}"
                rows.append((key, getattr(values, item.name), self.sources.get(key, "default")))
        return rows


def user_config_file() -> Path:
    """assistant.toml in the user's config directory (~/.config/evening-reflection/ on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("evening-reflection")) / "assistant.toml"


def env_name(key: str) -> str:
    """The environment variable for a setting: recognizer.engine → ASSISTANT_RECOGNIZER_ENGINE."""
    return "ASSISTANT_" + key.replace(".", "_").upper()


def load_settings(
    flags: Mapping[str, Any] | None = None,
    config: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings once. flags: {"section.key": value} from the command line, None meaning
    not given; config: the --config file, if any. Bad values are one-line UserErrors."""
    environ = os.environ if environ is None else environ
    layers: list[tuple[str, dict[str, Any]]] = []
    path, data = _read_file(config, environ)
    if path is not None:
        layers.append((f"file {path}", {f"{s}.{k}": v for s, values in data.items() for k, v in values.items()}))
    from_env = {}
    for name, key in [(env_name(key), key) for key in _all_keys()] + list(ALIASES.items()):
        if environ.get(name):
            from_env[key] = (name, environ[name])
    layers.append(("environment", from_env))
    layers.append(("flag", {k: v for k, v in (flags or {}).items() if v is not None}))

    values: dict[str, dict[str, Any]] = {section: {} for section in SECTIONS}
    sources: dict[str, str] = {}
    for origin, layer in layers:
        for key, value in layer.items():
            section, name = key.split(".", 1)
            kind = _kind(SECTIONS[section], name)
            if origin == "environment":
                variable, value = value
                where = f"environment {variable}"
                value = _from_text(value, kind, where)
            else:
                where = origin
                value = _checked(value, kind, key, origin)
            values[section][name] = value
            sources[key] = where
    try:
        built = {section: SECTIONS[section](**values[section]) for section in SECTIONS}
    except ValueError as error:  # a stage's own check (e.g. an unknown locale)
        raise UserError(str(error)) from None
    return Settings(**built, sources=sources)


def _all_keys() -> list[str]:
    return [f"{section}.{item.name}" for section, cls in SECTIONS.items() for item in dataclasses.fields(cls)]


def _read_file(config: Path | None, environ: Mapping[str, str]) -> tuple[Path | None, dict[str, dict[str, Any]]]:
    import tomli

    path = config or (Path(environ[CONFIG_ENV]) if environ.get(CONFIG_ENV) else None)
    if path is None:
        path = next((p for p in (DEFAULT_CONFIG, user_config_file()) if p.is_file()), None)
        if path is None:
            return None, {}
    try:
        data = tomli.loads(path.read_text())
    except (FileNotFoundError, IsADirectoryError):
        raise UserError(f"config file not found: {path}") from None
    except (tomli.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UserError(f"config file {path} is not valid TOML: {error}") from None
    for section, entries in data.items():
        if section not in SECTIONS or not isinstance(entries, dict):
            raise UserError(f"config file {path}: unknown section [{section}]")
        for key in entries:
            if key not in {item.name for item in dataclasses.fields(SECTIONS[section])}:
                raise UserError(f"config file {path}: unknown setting {section}.{key}")
    return path, data


def _kind(cls: type, name: str) -> type:
    """The plain type of a settings field: Path for `Path | None`, int for `int | None`."""
    hint = typing.get_type_hints(cls)[name]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return hint


def _checked(value: Any, kind: type, key: str, origin: str) -> Any:
    """A value from the file or a flag, as the field's type."""
    if kind is Path and isinstance(value, (str, Path)):
        return Path(value)
    if kind is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind in (str, bool) and isinstance(value, kind):
        return value
    where = origin if origin == "flag" else f"config {origin}"
    raise UserError(f"{where}: {key} must be a {kind.__name__}")


def _from_text(text: str, kind: type, where: str) -> Any:
    """A value from an environment variable, as the field's type."""
    if kind is bool:
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off"):
            return False
        raise UserError(f"{where} must be true or false, not {text!r}")
    try:
        return kind(text)
    except ValueError:
        raise UserError(f"{where} must be a {kind.__name__}, not {text!r}") from None
