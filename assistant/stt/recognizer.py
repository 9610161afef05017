"""The recognizer interface, and choosing a backend (Vosk, or pocketsphinx as the fallback)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from assistant.errors import UserError
from assistant.messages import AudioEvent, Heard

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
    endpoint_silence: float = 1.0
    """Seconds of silence that end a turn when no particular answer is expected (the opening)."""
    short_pause: float = 0.7
    """Seconds of silence that end a short answer: yes or no, a choice, a command."""
    answer_pause: float = 1.6
    """Seconds of silence that end the answer to a step: pauses to think shorter than this stay in it."""
    max_answer: float = 45.0
    """Seconds: an answer this long ends even without a pause."""
    no_answer: float = 20.0
    """Seconds of silence after the assistant asked before it checks in once (then says good night)."""
    confirm_below: float = 0.5
    """Words the recognizer is less sure of than this (0..1) are read back before the dialogue acts
    on them; 0 never asks. pocketsphinx gives no confidence, so it is never asked about."""
    short_vocabulary: bool = True
    """Where a short answer is expected, also listen against the small vocabulary of short answers
    (assistant.stt.vocabulary) and take that reading when it sounds like what was heard."""

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"recognizer.engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")


SHORT_ANSWERS = frozenset({"readback", "safety_check", "choice", "phrase", "heard"})
"""What the assistant may be waiting for (Reply.asking) when the answer is short: "yes", "the
first one", "make it shorter"."""
OPEN_ANSWERS = frozenset({"topic"})
"""... when it is the opening question, answered in a sentence or two."""


class TurnPause:
    """How long a silence ends the user's turn right now, set from what the assistant just asked."""

    def __init__(self, settings: RecognizerSettings) -> None:
        self._settings = settings
        self.seconds = settings.endpoint_silence
        self.max_answer = settings.max_answer
        self.no_answer = settings.no_answer
        self.asking: str | None = None
        """What the assistant waits for now (Reply.asking): a short answer is also heard against
        that answer's vocabulary."""

    def expect(self, asking: str | None) -> None:
        """The assistant now waits for ``asking`` (a step's name, "readback", "topic", ...)."""
        settings = self._settings
        self.asking = asking
        if asking in SHORT_ANSWERS:
            self.seconds = settings.short_pause
        elif asking is None or asking in OPEN_ANSWERS:
            self.seconds = settings.endpoint_silence
        else:
            self.seconds = settings.answer_pause


class Recognizer(Protocol):
    """Streams audio events in and transcripts out."""

    name: str
    pause: TurnPause
    """Read at every utterance: the conversation sets it after each reply (``pause.expect``)."""

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Heard]:
        """Yield partial transcripts while listening and a final one per turn.

        A turn ends at a silence of ``pause.seconds``, after ``pause.max_answer`` seconds, or at an
        AudioStop; finals are never empty. ``pause.no_answer`` seconds without any speech yield a
        Silence (and so on every ``no_answer`` seconds of it).
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

        return PocketsphinxRecognizer(TurnPause(settings), _vocabulary(settings))
    model = settings.vosk_model or DEFAULT_VOSK_MODEL
    chosen = settings.vosk_model is not None
    if is_vosk_model(model):
        from assistant.stt.vosk import VoskRecognizer

        return VoskRecognizer(model, TurnPause(settings), _vocabulary(settings))
    if engine == "vosk" or chosen:
        raise UserError(
            f"no Vosk model at {model}; run `python -m assistant models download` or pass --vosk-model DIR"
        )
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    print(f"Note: no Vosk model at {model}; using the built-in pocketsphinx English model instead.", file=sys.stderr)
    return PocketsphinxRecognizer(TurnPause(settings), _vocabulary(settings))


def _vocabulary(settings: RecognizerSettings) -> dict[str, tuple[str, ...]]:
    from assistant.stt.vocabulary import short_answers

    return short_answers() if settings.short_vocabulary else {}
