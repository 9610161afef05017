"""Vosk (Kaldi) streaming recognizer."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
import logging
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, Heard, Silence, Transcript
from assistant.stt.recognizer import RecognizerSettings, TurnPause
from assistant.stt.vocabulary import UNKNOWN, in_vocabulary

_LOG = logging.getLogger(__name__)
_UNSET = object()


class VoskRecognizer:
    """Streams audio into a KaldiRecognizer; Vosk's endpointer marks pauses, ``pause`` ends turns."""

    name = "vosk"

    def __init__(self, model_path: Path, pause: TurnPause | None = None,
                 vocabularies: Mapping[str, tuple[str, ...]] | None = None) -> None:
        """vocabularies: for a short answer awaited (``pause.asking``), its phrases, also listened
        for as a Vosk grammar (assistant.stt.vocabulary.short_answers). Only a model that knows
        "[unk]" can say an answer is outside them, so other models listen freely only."""
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
        self._grammars = self._grammars_known(vocabularies or {})
        atexit.register(self.close)

    def _grammars_known(self, vocabularies: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
        """Each vocabulary as a Vosk grammar of the phrases whose every word the model knows."""
        known = lambda word: self._model.vosk_model_find_word(word) != -1  # noqa: E731
        if not vocabularies or not known(UNKNOWN):
            return {}
        grammars = {}
        for asking, phrases in vocabularies.items():
            usable = [p for p in phrases if all(known(word) for word in p.split())]
            if usable:
                grammars[asking] = json.dumps(usable + [UNKNOWN], ensure_ascii=False)
        return grammars

    def _restricted(self):
        """A recognizer of the short answers awaited now, or None."""
        grammar = self._grammars.get(self.pause.asking or "")
        if grammar is None:
            return None
        recognizer = self._vosk.KaldiRecognizer(self._model, SAMPLE_RATE, grammar)
        recognizer.SetWords(True)
        return recognizer

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
        short, short_for, short_heard = None, _UNSET, []  # the short answers' recognizer, what for, what it heard
        for event in events:
            if not isinstance(event, AudioChunk):
                held = _joined(held, _final(recognizer.FinalResult()))
                if held:
                    yield _shorter(held, short_heard, short)
                recognizer, clock, held, speaking, last_partial, quiet_since = self._new(), 0.0, None, False, "", 0.0
                short, short_for, short_heard = None, _UNSET, []
                continue
            if held is None and not speaking and short_for != self.pause.asking:  # between turns: what is asked now
                short, short_for, short_heard = self._restricted(), self.pause.asking, []
            if short is not None and short.AcceptWaveform(event.audio):
                short_heard.append(_final(short.Result()))
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
                yield _shorter(held, short_heard, short)
                held, short_for, short_heard = None, _UNSET, []


def _shorter(held: Transcript, short_heard: list[Transcript | None], short) -> Transcript:
    """The turn as the short answers' recognizer heard it, when that was all in its vocabulary."""
    if short is None:
        return held
    pieces = [t for t in short_heard + [_final(short.FinalResult())] if t is not None]
    if not pieces or not all(in_vocabulary(t.text) for t in pieces):
        return held
    restricted = pieces[0]
    for piece in pieces[1:]:
        restricted = _joined(restricted, piece)
    return Transcript(restricted.text, is_final=True, confidence=restricted.confidence, start=held.start, end=held.end)


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
