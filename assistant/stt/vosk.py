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
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, Transcript

_LOG = logging.getLogger(__name__)


class VoskRecognizer:
    """Streams audio into a KaldiRecognizer; Vosk's own endpointer ends utterances at pauses."""

    name = "vosk"

    def __init__(self, model_path: Path) -> None:
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
        atexit.register(self.close)

    def close(self) -> None:
        """Free the model while Python is still whole (vosk errors if left to shutdown)."""
        self.__dict__.pop("_model", None)

    def _new(self):
        recognizer = self._vosk.KaldiRecognizer(self._model, SAMPLE_RATE)
        recognizer.SetWords(True)
        return recognizer

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Transcript]:
        recognizer = self._new()
        last_partial = ""
        for event in events:
            if isinstance(event, AudioChunk):
                if recognizer.AcceptWaveform(event.audio):
                    final = _final(recognizer.Result())
                    last_partial = ""
                    if final:
                        yield final
                else:
                    partial = json.loads(recognizer.PartialResult()).get("partial", "")
                    if partial and partial != last_partial:
                        last_partial = partial
                        yield Transcript(partial, is_final=False)
            else:
                final = _final(recognizer.FinalResult())
                last_partial = ""
                if final:
                    yield final
                recognizer = self._new()


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
