"""pocketsphinx recognizer: the zero-download English fallback (its PyPI package ships en-us)."""

from __future__ import annotations

import logging
from collections import deque
from typing import Iterable, Iterator

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, Heard, Silence, Transcript
from assistant.stt.recognizer import RecognizerSettings, TurnPause

_LOG = logging.getLogger(__name__)
START_WINDOW = 0.3
"""Seconds of audio looked at to decide that speech started (and kept as pre-roll)."""
START_RATIO = 0.6
"""Fraction of START_WINDOW that must be speech: a short word like "stop" still counts."""


class PocketsphinxRecognizer:
    """Voice activity detection opens an utterance quickly and closes it after a pause."""

    name = "pocketsphinx"

    def __init__(self, pause: TurnPause | None = None) -> None:
        try:
            import pocketsphinx
        except ImportError:
            raise UserError("pocketsphinx is not installed; run `make run` to set up") from None
        self._ps = pocketsphinx
        self.pause = pause or TurnPause(RecognizerSettings())
        self._decoder = pocketsphinx.Decoder(samprate=SAMPLE_RATE, loglevel="FATAL")

    def transcribe(self, events: Iterable[AudioEvent]) -> Iterator[Heard]:
        vad = self._ps.Vad(sample_rate=SAMPLE_RATE)
        frame_bytes, frame_seconds = vad.frame_bytes, vad.frame_length
        window = max(1, round(START_WINDOW / frame_seconds))
        needed_silence = 1
        recent: deque[tuple[bytes, bool]] = deque(maxlen=window)
        pending, clock = b"", 0.0
        in_speech, silent_frames, start, quiet_since = False, 0, 0.0, 0.0
        for event in events:
            if not isinstance(event, AudioChunk):
                if in_speech:
                    if pending:
                        self._decoder.process_raw(pending, False, False)
                    final = self._end(start, clock)
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
                        self._decoder.start_utt()
                        self._decoder.process_raw(b"".join(f for f, _ in recent), False, False)
                        recent.clear()
                    continue
                self._decoder.process_raw(frame, False, False)
                silent_frames = 0 if speech else silent_frames + 1
                if silent_frames >= needed_silence or clock - start >= self.pause.max_answer:
                    in_speech, quiet_since = False, clock
                    final = self._end(start, clock - silent_frames * frame_seconds)
                    if final:
                        yield final
                elif speech:
                    partial = self._decoder.hyp()
                    if partial is not None and partial.hypstr:
                        yield Transcript(partial.hypstr, is_final=False, start=start, end=clock)

    def _end(self, start: float, end: float) -> Transcript | None:
        self._decoder.end_utt()
        hyp = self._decoder.hyp()
        text = hyp.hypstr.strip() if hyp is not None else ""
        if not text:
            return None
        return Transcript(text, is_final=True, confidence=None, start=start, end=end)
