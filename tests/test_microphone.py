"""The microphone with a fake stream: blocks become chunks; a device that disappears ends cleanly."""

import queue

import pytest

import assistant.audio.microphone as microphone
from assistant.errors import UserError


class FakeStream:
    def __init__(self, active=True):
        self.active = active

    def start(self):
        pass

    def stop(self):
        self.active = False

    def close(self):
        pass


def recording(blocks, active=True):
    mic = microphone.Microphone.__new__(microphone.Microphone)
    mic._queue = queue.Queue()
    for block in blocks:
        mic._queue.put(block)
    mic._stream = FakeStream(active)
    return mic


def test_recorded_blocks_become_timed_chunks():
    mic = recording([b"\0\0" * 1600, b"\1\0" * 1600])
    chunks = mic.chunks()
    first, second = next(chunks), next(chunks)
    assert first.timestamp == 0.0 and second.timestamp == pytest.approx(0.1) and second.audio == b"\1\0" * 1600


def test_a_device_that_disappears_ends_the_stream_with_one_clear_line(monkeypatch):
    monkeypatch.setattr(microphone, "STALL_CHECK", 0.01)
    mic = recording([b"\0\0" * 1600], active=False)
    chunks = mic.chunks()
    next(chunks)
    with pytest.raises(UserError, match="microphone stopped sending audio") as error:
        next(chunks)
    assert "\n" not in str(error.value)


def test_a_stream_that_goes_silent_for_good_counts_as_gone(monkeypatch):
    monkeypatch.setattr(microphone, "STALL_CHECK", 0.01)
    monkeypatch.setattr(microphone, "STALL_LIMIT", 0.05)
    with pytest.raises(UserError, match="unplugged"):
        next(recording([], active=True).chunks())


def test_a_missing_device_name_is_one_clear_line(monkeypatch):
    monkeypatch.setattr(microphone, "input_devices", lambda: [(0, "Built-in")])
    with pytest.raises(UserError, match="no input device named like 'usb'; see --list-devices"):
        microphone.resolve_device("usb")


class FakeSounddevice:
    """A PortAudio that, like many USB microphones, refuses 16 kHz and records at 48 kHz."""

    def __init__(self):
        self.opened = []

    def query_devices(self, device=None, kind=None):
        return {"default_samplerate": 48000.0}

    def RawInputStream(self, samplerate, blocksize, device, channels, dtype, callback):
        if samplerate != 48000:
            raise ValueError("Invalid sample rate")
        self.opened.append((samplerate, blocksize))
        return FakeStream()


def test_a_microphone_that_only_records_at_48k_is_resampled(monkeypatch):
    import numpy as np

    fake = FakeSounddevice()
    monkeypatch.setattr(microphone, "_sounddevice", lambda: fake)
    monkeypatch.setattr(microphone, "resolve_device", lambda device: None)
    with microphone.Microphone() as mic:
        tone = (8000 * np.sin(2 * np.pi * 440 * np.arange(4800) / 48000)).astype("<i2").tobytes()
        mic._queue.put(tone)
        chunk = next(mic.chunks())
    assert fake.opened == [(48000, 4800)]
    assert chunk.rate == 16000 and len(chunk.audio) == 2 * 1600  # 0.1 s at 16 kHz
    assert np.abs(np.frombuffer(chunk.audio, dtype="<i2")).max() > 6000  # the tone survived
