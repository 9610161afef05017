"""The microphone with a fake stream: blocks become chunks; a device that disappears ends cleanly."""

import queue

import pytest

import assistant.audio.microphone as microphone
from assistant.errors import UserError


class FakeStream:
    def __init__(self, active=True):
        self.active = active


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
