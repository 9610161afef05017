"""Typed messages that flow between the stages: audio → recognizer → dialogue → speaker."""

from __future__ import annotations

from dataclasses import dataclass

SAMPLE_RATE = 16000
"""Every stage after the audio source works on 16 kHz mono 16-bit audio."""
SAMPLE_WIDTH = 2
CHANNELS = 1


@dataclass(frozen=True)
class AudioChunk:
    """A block of raw little-endian PCM audio."""

    audio: bytes
    rate: int = SAMPLE_RATE
    """Samples per second."""
    width: int = SAMPLE_WIDTH
    """Bytes per sample."""
    channels: int = CHANNELS
    timestamp: float = 0.0
    """Seconds from the start of the stream to the first sample of this chunk."""

    @property
    def seconds(self) -> float:
        """Duration of the chunk in seconds."""
        return len(self.audio) / (self.rate * self.width * self.channels)


@dataclass(frozen=True)
class AudioStop:
    """The end of one audio segment (a file, or the microphone closing)."""

    source: str = ""
    """Where the segment came from (a file path, or "microphone")."""


AudioEvent = AudioChunk | AudioStop


@dataclass(frozen=True)
class Transcript:
    """Recognized text for (part of) an utterance."""

    text: str
    is_final: bool
    confidence: float | None = None
    """Mean word confidence in 0..1, when the recognizer reports one."""
    start: float = 0.0
    """Seconds from the start of the stream."""
    end: float = 0.0


@dataclass(frozen=True)
class Silence:
    """Nobody has spoken for a while since the assistant last asked something."""

    seconds: float
    """How long it has been quiet."""


Heard = Transcript | Silence
"""What a recognizer yields."""


@dataclass(frozen=True)
class Utterance:
    """One complete user turn, ready for the dialogue."""

    text: str
    confidence: float | None = None
    """How sure the recognizer was, 0..1; None for typed text or a recognizer that does not say."""


@dataclass(frozen=True)
class Reply:
    """What the dialogue says back after one user turn."""

    texts: tuple[str, ...]
    """Every bot message, in order."""
    intent: str | None = None
    confidence: float | None = None
    phrase: str | None = None
    """The gentle phrase suggested in this turn, if any."""
    ended: bool = False
    """True when the user finished or stopped the conversation."""
    crisis: bool = False
    """True once the safety path has been taken in this conversation."""
    flow: str | None = None
    """The exercise active after this turn (resentment, longing, space, bids, appreciation,
    safety), or None before one is chosen."""
    asking: str | None = None
    """What the assistant now waits for: a step's name ("trigger", "need", ...), "safety_check",
    "readback", "phrase", "topic" (no exercise chosen yet), "choice" (which exercise for a moment
    already told), or None."""
    answers: tuple[tuple[str, str], ...] = ()
    """The current exercise's answers as they stand after this turn, (step, answer) in step order."""
