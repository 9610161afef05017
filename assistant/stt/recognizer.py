"""The recognizer interface, and choosing a backend (Vosk, or pocketsphinx as the fallback)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from assistant.errors import UserError
from assistant.messages import AudioEvent, Transcript

_LOG = logging.getLogger(__name__)
DEFAULT_VOSK_MODEL = Path("models/vosk-model-small-en-us-0.15")
ENGINES = ("auto", "vosk", "pocketsphinx")


@dataclass(frozen=True)
class RecognizerSettings:
    """How speech becomes text."""

    engine: str = "auto"
    """"vosk", "pocketsphinx", or "auto" (Vosk when an English model is present, else pocketsphinx)."""
    vosk_model: Path | None = None
    """A Vosk model directory; None means the English model in models/, or pocketsphinx without it."""
    endpoint_silence: float = 0.8
    """Seconds of silence that end an utterance (pocketsphinx; Vosk uses its model's rules)."""

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"recognizer.engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")


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


def make_recognizer(settings: RecognizerSettings) -> Recognizer:
    """Build the configured recognizer, falling back to pocketsphinx when no Vosk model is found."""
    engine = settings.engine
    if engine == "pocketsphinx":
        from assistant.stt.pocketsphinx import PocketsphinxRecognizer

        return PocketsphinxRecognizer(settings.endpoint_silence)
    model = settings.vosk_model or DEFAULT_VOSK_MODEL
    chosen = settings.vosk_model is not None
    if is_vosk_model(model):
        from assistant.stt.vosk import VoskRecognizer

        return VoskRecognizer(model)
    if engine == "vosk" or chosen:
        raise UserError(
            f"no Vosk model at {model}; run `python -m assistant models download` or pass --vosk-model DIR"
        )
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    print(f"Note: no Vosk model at {model}; using the built-in pocketsphinx English model instead.", file=sys.stderr)
    return PocketsphinxRecognizer(settings.endpoint_silence)
