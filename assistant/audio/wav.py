"""Read WAV files into the same chunk stream the microphone produces (16 kHz mono 16-bit)."""

from __future__ import annotations

import logging
import struct
from math import gcd
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent, AudioStop

_LOG = logging.getLogger(__name__)
CHUNK_SECONDS = 0.1
"""Length of each chunk handed to the recognizer."""


def load_wav(path: Path):
    """Return the file's audio as a 16 kHz mono int16 numpy array.

    Any sample rate, channel count and integer or float sample format is converted.
    Raises UserError for a missing, unreadable or empty file.
    """
    import numpy as np
    from scipy.io import wavfile
    from scipy.signal import resample_poly

    if not path.is_file():
        raise UserError(f"audio file not found: {path}")
    try:
        rate, data = wavfile.read(str(path))
    except (ValueError, OSError, EOFError, struct.error) as error:
        raise UserError(f"cannot read {path} as a WAV file: {str(error).splitlines()[0]}") from None
    if data.size == 0:
        raise UserError(f"audio file is empty: {path}")
    samples = _to_float(np.asarray(data))
    if samples.ndim == 2:
        samples = samples.mean(axis=1)
    if rate != SAMPLE_RATE:
        divisor = gcd(int(rate), SAMPLE_RATE)
        samples = resample_poly(samples, SAMPLE_RATE // divisor, int(rate) // divisor)
        _LOG.debug("resampled %s from %d Hz", path, rate)
    return (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")


def _to_float(data):
    """Scale integer or float samples to -1..1 floats."""
    import numpy as np

    if data.dtype.kind == "f":
        return data.astype(np.float64)
    if data.dtype == np.uint8:
        return (data.astype(np.float64) - 128.0) / 128.0
    return data.astype(np.float64) / float(np.iinfo(data.dtype).max + 1)


@dataclass(frozen=True)
class Recording:
    """A WAV file, read and converted once: 16 kHz mono int16 samples."""

    path: Path
    samples: Any


def load_recordings(paths: Iterable[Path]) -> list[Recording]:
    """Read every file (a bad one fails here, before any model loads)."""
    return [Recording(path, load_wav(path)) for path in paths]


def recording_chunks(recordings: Iterable[Recording], chunk_seconds: float = CHUNK_SECONDS) -> Iterator[AudioEvent]:
    """Yield each recording as audio chunks followed by an AudioStop."""
    step = int(SAMPLE_RATE * chunk_seconds)
    clock = 0.0
    for recording in recordings:
        samples = recording.samples
        for start in range(0, len(samples), step):
            block = samples[start : start + step]
            yield AudioChunk(block.tobytes(), timestamp=clock)
            clock += len(block) / SAMPLE_RATE
        yield AudioStop(source=str(recording.path))


def wav_chunks(paths: Iterable[Path], chunk_seconds: float = CHUNK_SECONDS) -> Iterator[AudioEvent]:
    """Yield each file as audio chunks followed by an AudioStop.

    Every file is checked before the first chunk is produced, so a bad file fails fast.
    """
    return recording_chunks(load_recordings(paths), chunk_seconds)
