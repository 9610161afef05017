"""pocketsphinx recognizer: the zero-download English fallback (its PyPI package ships en-us)."""

from __future__ import annotations

import logging
from collections import deque
from typing import Iterable, Iterator, Mapping

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, Heard, Silence, Transcript
from assistant.stt.recognizer import RecognizerSettings, TurnPause
from assistant.stt.vocabulary import closer_reading, jsgf

_LOG = logging.getLogger(__name__)
START_WINDOW = 0.3
"""Seconds of audio looked at to decide that speech started (and kept as pre-roll)."""
START_RATIO = 0.6
"""Fraction of START_WINDOW that must be speech: a short word like "stop" still counts."""


class PocketsphinxRecognizer:
    """Voice activity detection opens an utterance quickly and closes it after a pause."""

    name = "pocketsphinx"

    def __init__(self, pause: TurnPause | None = None, vocabularies: Mapping[str, tuple[str, ...]] | None = None) -> None:
        """vocabularies: for a short answer awaited (``pause.asking``), its phrases, also listened
        for (assistant.stt.vocabulary.short_answers); None or empty listens freely only."""
        try:
            import pocketsphinx
        except ImportError:
            raise UserError("pocketsphinx is not installed; run `make run` to set up") from None
        self._ps = pocketsphinx
        self.pause = pause or TurnPause(RecognizerSettings())
        self._decoder = pocketsphinx.Decoder(samprate=SAMPLE_RATE, loglevel="FATAL")
        self._vocabularies = dict(vocabularies or {})
        self._short: object | None = None  # the decoder of the short answers' grammars, made when first needed
        self._grammars: set[str] = set()

    def _short_decoder(self, asking: str | None):
        """A second decoder listening for the short answers to ``asking`` (None when it has none)."""
        phrases = self._vocabularies.get(asking or "")
        if not phrases:
            return None
        if self._short is None:
            self._short = self._ps.Decoder(samprate=SAMPLE_RATE, loglevel="FATAL", lm=None)
        decoder = self._short
        if asking not in self._grammars:
            grammar = jsgf(phrases, lambda word: decoder.lookup_word(word) is not None)
            if grammar is None:
                self._vocabularies.pop(asking)
                return None
            decoder.add_jsgf_string(asking, grammar)
            self._grammars.add(asking)
        decoder.activate_search(asking)
        return decoder

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Heard]:
        vad = self._ps.Vad(sample_rate=SAMPLE_RATE)
        frame_bytes, frame_seconds = vad.frame_bytes, vad.frame_length
        window = max(1, round(START_WINDOW / frame_seconds))
        needed_silence = 1
        recent: deque[tuple[bytes, bool]] = deque(maxlen=window)
        pending, clock = b"", 0.0
        in_speech, silent_frames, start, quiet_since = False, 0, 0.0, 0.0
        decoders = [self._decoder]
        for event in events:
            if not isinstance(event, AudioChunk):
                if in_speech:
                    if pending:
                        for decoder in decoders:
                            decoder.process_raw(pending, False, False)
                    final = self._end(decoders, start, clock)
                    if final:
                        yield final
                pending, in_speech, quiet_since = b"", False, clock
                recent.clear()
                continue
            pending += event.audio
            while len(pending) >= frame_bytes:
                frame, pending = pending[:frame_bytes], pending[frame_bytes:]
                speech = vad.is_speech(frame)
                clock += frame_seconds
                if not in_speech:
                    if clock - quiet_since >= self.pause.no_answer:
                        yield Silence(clock - quiet_since)
                        quiet_since = clock
                    recent.append((frame, speech))
                    if sum(flag for _, flag in recent) >= START_RATIO * window:
                        in_speech, silent_frames = True, 0
                        needed_silence = max(1, round(self.pause.seconds / frame_seconds))  # as asked now
                        start = clock - len(recent) * frame_seconds
                        short = self._short_decoder(self.pause.asking)
                        decoders = [self._decoder] + ([short] if short is not None else [])
                        for decoder in decoders:
                            decoder.start_utt()
                            decoder.process_raw(b"".join(f for f, _ in recent), False, False)
                        recent.clear()
                    continue
                for decoder in decoders:
                    decoder.process_raw(frame, False, False)
                silent_frames = 0 if speech else silent_frames + 1
                if silent_frames >= needed_silence or clock - start >= self.pause.max_answer:
                    in_speech, quiet_since = False, clock
                    final = self._end(decoders, start, clock - silent_frames * frame_seconds)
                    if final:
                        yield final
                elif speech:
                    partial = self._decoder.hyp()
                    if partial is not None and partial.hypstr:
                        yield Transcript(partial.hypstr, is_final=False, start=start, end=clock)

    def _end(self, decoders: list, start: float, end: float) -> Transcript | None:
        """The utterance's final: the free reading, or the short answer's when it sounds the same."""
        readings = []
        for decoder in decoders:
            decoder.end_utt()
            hyp = decoder.hyp()
            readings.append(hyp.hypstr.strip() if hyp is not None else "")
        text = readings[0]
        if len(readings) > 1:
            text = closer_reading(text, readings[1], self._decoder.lookup_word)
        if not text:
            return None
        return Transcript(text, is_final=True, confidence=None, start=start, end=end)
