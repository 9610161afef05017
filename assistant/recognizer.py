"""The recognizer interface, and choosing a backend (Vosk, or pocketsphinx as the fallback)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from .errors import UserError
from .messages import AudioEvent, Transcript

_LOG = logging.getLogger(__name__)
DEFAULT_VOSK_MODEL = Path("models/vosk-model-small-en-us-0.15")
VOSK_MODEL_ENV = "ASSISTANT_VOSK_MODEL"


@dataclass(frozen=True)
class RecognizerSettings:
    """How speech becomes text."""

    engine: str = "auto"
    """"vosk", "pocketsphinx", or "auto" (Vosk when an English model is present, else pocketsphinx)."""
    vosk_model: Path | None = None
    """A Vosk model directory; None means $ASSISTANT_VOSK_MODEL, then the config, then models/."""
    endpoint_silence: float = 0.8
    """Seconds of silence that end an utterance (pocketsphinx; Vosk uses its model's rules)."""


class Recognizer(Protocol):
    """Streams audio events in and transcripts out."""

    name: str

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Transcript]:
        """Yield partial transcripts while listening and a final one per utterance.

        An utterance ends at a pause (the endpointer) or at an AudioStop; finals are never empty.
        """
        ...


def is_vosk_model(path: Path) -> bool:
    """True when the directory has the layout of a Vosk model."""
    return path.is_dir() and ((path / "am").is_dir() or (path / "conf" / "model.conf").is_file())


def vosk_model_path(settings: RecognizerSettings) -> Path:
    """The Vosk model to use: flag or config (settings), then environment, then models/."""
    if settings.vosk_model is not None:
        return settings.vosk_model
    if os.environ.get(VOSK_MODEL_ENV):
        return Path(os.environ[VOSK_MODEL_ENV])
    return DEFAULT_VOSK_MODEL


def make_recognizer(settings: RecognizerSettings) -> Recognizer:
    """Build the configured recognizer, falling back to pocketsphinx when no Vosk model is found."""
    engine = settings.engine
    if engine == "pocketsphinx":
        from .pocketsphinx_recognizer import PocketsphinxRecognizer

        return PocketsphinxRecognizer(settings.endpoint_silence)
    model = vosk_model_path(settings)
    chosen = settings.vosk_model is not None or bool(os.environ.get(VOSK_MODEL_ENV))
    if is_vosk_model(model):
        from .vosk_recognizer import VoskRecognizer

        return VoskRecognizer(model)
    if engine == "vosk" or chosen:
        raise UserError(
            f"no Vosk model at {model}; run `python -m assistant models download` or pass --vosk-model DIR"
        )
    from .pocketsphinx_recognizer import PocketsphinxRecognizer

    print(f"Note: no Vosk model at {model}; using the built-in pocketsphinx English model instead.", file=sys.stderr)
    return PocketsphinxRecognizer(settings.endpoint_silence)
