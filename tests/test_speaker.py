"""Speech output: pyttsx3 into WAV files, never overwriting, and text-only after a failure."""

import wave

import pytest

from assistant.speaker import FallbackToText, SpeakerSettings, SpeechError, make_speaker


def duration(path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_each_reply_becomes_a_numbered_wav_and_the_phrase_is_kept(tmp_path):
    speaker = make_speaker(SpeakerSettings(out_dir=tmp_path))
    speaker.say("Good evening.")
    speaker.say("What happened?")
    kept = speaker.keep_phrase("When you checked your phone, I felt hurt.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["001.wav", "002.wav", "phrase-001.wav"]
    assert kept == tmp_path / "phrase-001.wav"
    assert duration(tmp_path / "001.wav") > 0.3
    assert duration(kept) > duration(tmp_path / "001.wav")


def test_existing_recordings_are_never_overwritten(tmp_path):
    (tmp_path / "001.wav").write_bytes(b"keep me")
    (tmp_path / "phrase-001.wav").write_bytes(b"keep me too")
    speaker = make_speaker(SpeakerSettings(out_dir=tmp_path))
    speaker.say("Hello.")
    speaker.keep_phrase("A phrase.")
    assert (tmp_path / "001.wav").read_bytes() == b"keep me"
    assert (tmp_path / "phrase-001.wav").read_bytes() == b"keep me too"
    assert (tmp_path / "002.wav").is_file() and (tmp_path / "phrase-002.wav").is_file()


class Broken:
    def __init__(self):
        self.calls = 0

    def say(self, text):
        self.calls += 1
        raise SpeechError("no audio device")

    def keep_phrase(self, text):
        raise AssertionError("not reached after the first failure")


def test_a_speech_failure_is_reported_once_and_the_dialogue_goes_on_in_text(capsys):
    broken = Broken()
    speaker = FallbackToText(broken)
    speaker.say("one")
    speaker.say("two")
    assert speaker.keep_phrase("three") is None
    assert broken.calls == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors == ["Speech output stopped: no audio device. Continuing in text."]


def test_an_unknown_voice_is_reported_and_speech_is_off(capsys):
    speaker = make_speaker(SpeakerSettings(voice="no-such-voice-anywhere"))
    speaker.say("hello")  # silently text-only
    assert "no text-to-speech voice named like" in capsys.readouterr().err


def test_speech_can_be_switched_off(tmp_path):
    speaker = make_speaker(SpeakerSettings(out_dir=tmp_path, enabled=False))
    speaker.say("hello")
    assert list(tmp_path.iterdir()) == []
