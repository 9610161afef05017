"""WAV files become 16 kHz mono int16 chunks, whatever their rate, channels or sample format."""

import wave

import numpy as np
import pytest
from scipy.io import wavfile

from assistant.errors import UserError
from assistant.messages import AudioChunk, AudioStop
from assistant.audio.wav import load_wav, wav_chunks


def tone(rate: int, seconds: float = 1.0, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return 0.5 * np.sin(2 * np.pi * freq * t)


@pytest.mark.parametrize(
    "rate,channels,dtype",
    [(16000, 1, "int16"), (44100, 2, "int16"), (48000, 1, "float32"), (8000, 1, "uint8"), (22050, 2, "int32")],
)
def test_any_wav_is_converted_to_16k_mono(tmp_path, rate, channels, dtype):
    signal = tone(rate)
    if dtype == "int16":
        data = (signal * 32767).astype(np.int16)
    elif dtype == "int32":
        data = (signal * 2**31).astype(np.int32)
    elif dtype == "uint8":
        data = (signal * 127 + 128).astype(np.uint8)
    else:
        data = signal.astype(np.float32)
    if channels == 2:
        data = np.stack([data, data], axis=1)
    path = tmp_path / "in.wav"
    wavfile.write(path, rate, data)

    samples = load_wav(path)

    assert samples.dtype == np.dtype("<i2")
    assert samples.ndim == 1
    assert abs(len(samples) - 16000) <= 2  # one second at 16 kHz
    assert 0.4 < np.abs(samples).max() / 32767 < 0.6  # the level survives the conversion


def test_chunks_are_tenths_of_a_second_and_each_file_ends_with_a_stop(tmp_path):
    first, second = tmp_path / "a.wav", tmp_path / "b.wav"
    wavfile.write(first, 16000, (tone(16000, 0.25) * 32767).astype(np.int16))
    wavfile.write(second, 16000, (tone(16000, 0.1) * 32767).astype(np.int16))

    events = list(wav_chunks([first, second]))

    kinds = [type(e).__name__ for e in events]
    assert kinds == ["AudioChunk"] * 3 + ["AudioStop"] + ["AudioChunk", "AudioStop"]
    assert [len(e.audio) for e in events if isinstance(e, AudioChunk)] == [3200, 3200, 1600, 3200]
    assert events[3] == AudioStop(source=str(first))
    assert events[4].timestamp == pytest.approx(0.25)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_wav(tmp_path / "nope.wav")


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("this is not audio")
    with pytest.raises(UserError, match="cannot read .* as a WAV file"):
        load_wav(path)


def test_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
    with pytest.raises(UserError, match="empty"):
        load_wav(path)


def test_a_bad_file_fails_before_any_audio_is_produced(tmp_path):
    good, bad = tmp_path / "good.wav", tmp_path / "bad.wav"
    wavfile.write(good, 16000, (tone(16000) * 32767).astype(np.int16))
    bad.write_bytes(b"RIFF")
    with pytest.raises(UserError):
        next(wav_chunks([good, bad]))


def test_the_command_line_reads_each_wav_file_once(tmp_path, monkeypatch, capsys):
    import assistant.audio.wav as wav
    import assistant.stt.recognizer as recognizer
    from assistant.cli import main
    from assistant.messages import Transcript

    class Heard:
        name = "fake"

        def transcribe(self, events):
            for event in events:
                if isinstance(event, AudioStop):
                    yield Transcript("heard", True)

    path = tmp_path / "one.wav"
    wavfile.write(str(path), 16000, (tone(16000, 0.5) * 10000).astype("<i2"))
    reads = []
    real = wav.load_wav
    monkeypatch.setattr(wav, "load_wav", lambda p: reads.append(p) or real(p))
    monkeypatch.setattr(recognizer, "make_recognizer", lambda settings: Heard())
    assert main(["transcribe", str(path)]) == 0
    assert capsys.readouterr().out == "heard\n" and reads == [path]
