"""Vosk (Kaldi) streaming recognizer."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
import logging
from pathlib import Path
from typing import Iterable, Iterator

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, Heard, Silence, Transcript
from assistant.stt.recognizer import RecognizerSettings, TurnPause

_LOG = logging.getLogger(__name__)


class VoskRecognizer:
    """Streams audio into a KaldiRecognizer; Vosk's endpointer marks pauses, ``pause`` ends turns."""

    name = "vosk"

    def __init__(self, model_path: Path, pause: TurnPause | None = None) -> None:
        try:
            import vosk
        except ImportError:
            raise UserError("vosk is not installed; run `make run` to set up") from None
        vosk.SetLogLevel(-1)
        try:
            with _native_stderr_silenced():  # Kaldi prints its own error lines before raising
                self._model = vosk.Model(str(model_path))
        except Exception:  # vosk raises a bare Exception when the model fails to load
            raise UserError(f"cannot load the Vosk model at {model_path}") from None
        self._vosk = vosk
        self.model_path = model_path
        self.pause = pause or TurnPause(RecognizerSettings())
        atexit.register(self.close)

    def close(self) -> None:
        """Free the model while Python is still whole (vosk errors if left to shutdown)."""
        self.__dict__.pop("_model", None)

    def _new(self):
        recognizer = self._vosk.KaldiRecognizer(self._model, SAMPLE_RATE)
        recognizer.SetWords(True)
        return recognizer

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Heard]:
        """Vosk ends an utterance at its own short pause; a turn goes on while the next words come
        within ``pause.seconds`` (a thinking pause), so its finals are joined into one."""
        recognizer = self._new()
        clock, held, speaking, last_partial, quiet_since = 0.0, None, False, "", 0.0
        for event in events:
            if not isinstance(event, AudioChunk):
                held = _joined(held, _final(recognizer.FinalResult()))
                if held:
                    yield held
                recognizer, clock, held, speaking, last_partial, quiet_since = self._new(), 0.0, None, False, "", 0.0
                continue
            clock += event.seconds
            if speaking or held:
                quiet_since = clock
            elif clock - quiet_since >= self.pause.no_answer:
                yield Silence(clock - quiet_since)
                quiet_since = clock
            if recognizer.AcceptWaveform(event.audio):
                held, speaking, last_partial = _joined(held, _final(recognizer.Result())), False, ""
            else:
                partial = json.loads(recognizer.PartialResult()).get("partial", "")
                speaking = bool(partial)
                if partial and partial != last_partial:
                    last_partial = partial
                    yield Transcript(f"{held.text} {partial}" if held else partial, is_final=False)
            if held and not speaking and (clock - held.end >= self.pause.seconds
                                          or held.end - held.start >= self.pause.max_answer):
                yield held
                held = None


def _joined(held: Transcript | None, final: Transcript | None) -> Transcript | None:
    """Two finals of one turn as one: the words in order, the mean confidence, the whole span."""
    if held is None or final is None:
        return held or final
    confidences = [c for c in (held.confidence, final.confidence) if c is not None]
    return Transcript(f"{held.text} {final.text}", is_final=True,
                      confidence=sum(confidences) / len(confidences) if confidences else None,
                      start=held.start, end=final.end)


@contextlib.contextmanager
def _native_stderr_silenced():
    """Send file descriptor 2 to /dev/null for the duration (native libraries bypass sys.stderr)."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _final(result_json: str) -> Transcript | None:
    """A final Transcript with mean word confidence and timing, or None when nothing was heard."""
    result = json.loads(result_json)
    text = result.get("text", "").strip()
    if not text:
        return None
    words = result.get("result", [])
    confidence = sum(w["conf"] for w in words) / len(words) if words else None
    start = words[0]["start"] if words else 0.0
    end = words[-1]["end"] if words else 0.0
    return Transcript(text, is_final=True, confidence=confidence, start=start, end=end)
