"""Playing audio through sounddevice, on the chosen output device, stoppable from another thread.

Used by Piper and by interruptible (full-duplex) playback; espeak's own playback (pyttsx3, half
duplex) goes to the system's default output.
"""

from __future__ import annotations

import contextlib

from assistant.tts.speaker import SpeechError


def _sounddevice():
    try:
        import sounddevice
    except (ImportError, OSError) as error:  # not installed, or PortAudio missing
        raise SpeechError(f"cannot play audio ({error}); install libportaudio2") from None
    return sounddevice


def output_device(wanted: str | None) -> int | None:
    """An output device by index or part of its name; None is the system default."""
    if wanted is None:
        return None
    sd = _sounddevice()
    try:
        devices = [(i, d["name"]) for i, d in enumerate(sd.query_devices()) if d["max_output_channels"] > 0]
    except Exception as error:  # PortAudio reports host API failures as plain Exceptions
        raise SpeechError(f"cannot list audio devices: {error}") from None
    if wanted.isdigit() and int(wanted) in {i for i, _ in devices}:
        return int(wanted)
    matches = [i for i, name in devices if wanted.lower() in name.lower()]
    if not matches:
        raise SpeechError(f"no output device named like {wanted!r}")
    return matches[0]


@contextlib.contextmanager
def _portaudio():
    """PortAudio reports a missing or busy device as a plain Exception: one SpeechError instead."""
    try:
        yield _sounddevice()
    except SpeechError:
        raise
    except Exception as error:
        raise SpeechError(f"cannot play audio ({error})") from None


def play(samples, rate: int, device: int | None = None) -> None:
    """Play int16 samples; blocks until done (or until stop() from another thread)."""
    start(samples, rate, device)
    wait()


def start(samples, rate: int, device: int | None = None) -> None:
    """Play int16 samples once what plays now has ended; returns at once (the next sentence can be
    made meanwhile)."""
    with _portaudio() as sd:
        sd.wait()
        sd.play(samples, rate, device=device)


def wait() -> None:
    """Until what plays now has ended."""
    with _portaudio() as sd:
        sd.wait()


def stop() -> None:
    """Cut what is playing short."""
    try:
        _sounddevice().stop()
    except SpeechError:
        pass
