"""Microphone input through sounddevice, as the same chunk stream WAV files produce."""

from __future__ import annotations

import logging
import queue
from math import gcd
from dataclasses import dataclass
from typing import Iterator

from assistant.errors import UserError
from assistant.messages import SAMPLE_RATE, AudioChunk, AudioEvent

_LOG = logging.getLogger(__name__)
STALL_CHECK = 0.5
"""Seconds without a block before looking whether the device is still there."""
STALL_LIMIT = 3.0
"""Seconds without a block from an open stream that mean the device is gone."""


@dataclass(frozen=True)
class MicrophoneSettings:
    """Which microphone records."""

    device: str | None = None
    """A device index, or part of its name (see --list-devices); None is the system default."""
    duplex: str = "half"
    """"half": the microphone is not listened to while the assistant speaks (it would hear itself);
    "full": it is, and "wait", "stop" or any answer interrupts it (headphones or an echo-cancelling
    microphone only)."""

    def __post_init__(self) -> None:
        if self.duplex not in ("half", "full"):
            raise ValueError(f"audio.duplex must be half or full, not {self.duplex!r}")


def _sounddevice():
    """Import sounddevice lazily: it needs PortAudio, which headless machines may lack."""
    try:
        import sounddevice
    except OSError as error:  # PortAudio library missing
        raise UserError(f"audio is unavailable ({error}); install libportaudio2") from None
    except ImportError:
        raise UserError("sounddevice is not installed; run `make run` to set up") from None
    return sounddevice


def input_devices() -> list[tuple[int, str]]:
    """Index and name of every device that can record."""
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
    except Exception as error:  # PortAudio reports host API failures as plain Exceptions
        raise UserError(f"cannot list audio devices: {error}") from None
    return [(i, d["name"]) for i, d in enumerate(devices) if d["max_input_channels"] > 0]


def resolve_device(device: str | None) -> int | None:
    """Turn a device index or part of a name into an index; None means the default input."""
    devices = input_devices()
    if not devices:
        raise UserError("no microphone found (no audio input device); use --input FILE.wav instead")
    if device is None:
        return None
    if device.isdigit():
        index = int(device)
        if index not in {i for i, _ in devices}:
            raise UserError(f"no input device with index {index}; see --list-devices")
        return index
    matches = [i for i, name in devices if device.lower() in name.lower()]
    if not matches:
        raise UserError(f"no input device named like {device!r}; see --list-devices")
    return matches[0]


class Microphone:
    """Records 16 kHz mono int16 blocks; the PortAudio callback only copies into a queue."""

    _rate = SAMPLE_RATE

    def __init__(self, device: str | None = None, block_seconds: float = 0.1) -> None:
        self._device = resolve_device(device)
        self._block_seconds = block_seconds
        self._rate = SAMPLE_RATE  # what the device records at: 16 kHz when it can, else its own rate
        self._queue: queue.Queue[bytes] = queue.Queue()
        self._stream = None

    def _callback(self, indata, frames, time, status) -> None:
        if status:
            _LOG.debug("audio status: %s", status)
        self._queue.put(bytes(indata))

    def __enter__(self) -> "Microphone":
        sd = _sounddevice()
        try:
            self._stream = self._open(sd, SAMPLE_RATE)
        except Exception as first:  # many USB and Bluetooth microphones only record at 44.1 or 48 kHz
            try:
                native = int(sd.query_devices(self._device, "input")["default_samplerate"])
                self._stream = self._open(sd, native)
                self._rate = native
                _LOG.info("the microphone records at %d Hz; resampling to %d Hz", native, SAMPLE_RATE)
            except Exception:
                raise UserError(f"cannot open the microphone: {first}") from None
        return self

    def _open(self, sd, rate: int):
        stream = sd.RawInputStream(samplerate=rate, blocksize=int(rate * self._block_seconds), device=self._device,
                                   channels=1, dtype="int16", callback=self._callback)
        stream.start()
        return stream

    def _to_16k(self, block: bytes) -> bytes:
        if self._rate == SAMPLE_RATE:
            return block
        import numpy as np
        from scipy.signal import resample_poly

        divisor = gcd(self._rate, SAMPLE_RATE)
        samples = np.frombuffer(block, dtype="<i2").astype(np.float64)
        resampled = resample_poly(samples, SAMPLE_RATE // divisor, self._rate // divisor)
        return np.clip(resampled, -32768, 32767).astype("<i2").tobytes()

    def __exit__(self, *exc) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()

    def discard_pending(self) -> None:
        """Drop audio recorded meanwhile (e.g. the assistant's own voice while it spoke)."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def chunks(self) -> Iterator[AudioEvent]:
        """Yield chunks until the stream is closed. A device that stops delivering (unplugged) ends
        the stream with a clear UserError; every turn said before it is already saved."""
        clock, quiet = 0.0, 0.0
        while True:
            try:
                block = self._queue.get(timeout=STALL_CHECK)
            except queue.Empty:
                quiet += STALL_CHECK
                if self._stream is not None and (not self._stream.active or quiet >= STALL_LIMIT):
                    raise UserError("the microphone stopped sending audio (was it unplugged?); "
                                    "what was said so far is kept") from None
                continue
            quiet = 0.0
            chunk = AudioChunk(self._to_16k(block), timestamp=clock)
            clock += chunk.seconds
            yield chunk
