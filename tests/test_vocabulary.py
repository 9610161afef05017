"""Short answers heard against a small vocabulary, and never forced into it."""

import json

import numpy as np
import pytest

from assistant.messages import AudioChunk, AudioStop, Transcript
from assistant.stt.recognizer import RecognizerSettings, TurnPause
from assistant.stt.vocabulary import INTENTS, PLACES, closer_reading, in_vocabulary, jsgf, short_answers
from assistant.stt.vosk import VoskRecognizer, _shorter
from tests.conftest import ROOT
from tests.speech import silence, speech_samples

PHONES = {"the": "DH AH", "think": "TH IH NG K", "thank": "TH AE NG K", "you": "Y UW", "want": "W AA N T",
          "one": "W AH N", "today": "T AH D EY", "stop": "S T AA P", "no": "N OW", "it": "IH T", "was": "W AA Z",
          "his": "HH IH Z", "mom": "M AA M", "mostly": "M OW S T L IY", "beds": "B EH D Z", "bids": "B IH D Z"}


def test_each_short_answer_has_its_own_vocabulary_from_the_projects_data():
    vocabularies = short_answers(ROOT / "rasa_project")
    assert set(vocabularies) == set(INTENTS)
    assert {"yes", "no", "not really", "stop", "repeat that"} <= set(vocabularies["readback"])
    assert {"the first one", "the last one", "the thank you one", "the one about feeling far apart"} \
        <= set(vocabularies["choice"])
    assert {"make it shorter", "yes"} <= set(vocabularies["phrase"])
    assert "the first one" not in vocabularies["readback"]


def test_without_the_projects_data_only_places_in_a_list_are_known(tmp_path):
    vocabularies = short_answers(tmp_path)
    assert set(vocabularies["choice"]) >= {f"the {place} one" for place in PLACES}
    assert vocabularies["readback"] == ()


def test_a_grammar_leaves_out_phrases_with_words_the_recognizer_does_not_know():
    grammar = jsgf(("yes", "the blorp one", "no"), known=lambda word: word != "blorp")
    assert "( yes )" in grammar and "( no )" in grammar and "blorp" not in grammar
    assert jsgf(("blorp",), known=lambda word: False) is None


@pytest.mark.parametrize("free,restricted,taken", [
    ("the think you want", "the thank you one", "the thank you one"),  # misheard, sounds the same
    ("beds", "bids", "bids"),
    ("today", "stop", "today"),  # sounds different: what was heard stands
    ("no it was his mom", "mostly", "no it was his mom"),  # an answer outside the vocabulary is never swallowed
    ("the think you want", "", "the think you want"),
    ("no it was his mom", "no it was his", "no it was his mom"),  # fewer words: never cut what was said
    ("", "yes", ""),  # nothing heard freely: nothing
    ("the zorp", "the thank you one", "the zorp"),  # a word without phones: keep what was heard
])
def test_the_restricted_reading_stands_only_when_it_sounds_like_what_was_heard(free, restricted, taken):
    assert closer_reading(free, restricted, PHONES.get) == taken


def _chunks(samples):
    return [AudioChunk(samples[i:i + 1600].tobytes()) for i in range(0, len(samples), 1600)] + [AudioStop()]


def _pocketsphinx_heard(text: str, asking: str, short_vocabulary: bool = True) -> list[str]:
    from assistant.stt.recognizer import make_recognizer

    recognizer = make_recognizer(RecognizerSettings(engine="pocketsphinx", short_vocabulary=short_vocabulary))
    recognizer.pause.expect(asking)
    samples = np.concatenate([silence(0.3), speech_samples(text), silence(1.0)])
    return [h.text for h in recognizer.transcribe(_chunks(samples)) if isinstance(h, Transcript) and h.is_final]


@pytest.mark.parametrize("said,asking", [
    ("the thank you one", "choice"),
    ("the one about feeling far apart", "choice"),
    ("bids", "choice"),
])
def test_pocketsphinx_hears_a_choice_with_the_choices_vocabulary(said, asking):
    assert _pocketsphinx_heard(said, asking) == [said]


@pytest.mark.parametrize("said,asking", [
    ("no it was his mom", "readback"),
    ("not really he's in the next room", "safety_check"),
    ("i think the second", "choice"),
])
def test_pocketsphinx_never_forces_an_answer_into_the_vocabulary(said, asking):
    heard = _pocketsphinx_heard(said, asking)
    assert heard == _pocketsphinx_heard(said, asking, short_vocabulary=False)
    assert heard[0] not in short_answers(ROOT / "rasa_project")[asking]


def test_at_a_step_pocketsphinx_listens_freely():
    """A step's answer is open: no vocabulary is used, so the same audio reads as free recognition does."""
    assert _pocketsphinx_heard("the thank you one", "need") == \
        _pocketsphinx_heard("the thank you one", "choice", short_vocabulary=False)


def _korean_turn():
    from assistant.audio.wav import wav_chunks
    from tests.conftest import DEMO_DIR

    return list(wav_chunks([DEMO_DIR / "07-confirm.wav"]))


def test_a_vosk_model_without_unk_listens_freely(korean_vosk_model):
    """The Korean model has no "[unk]": a grammar could not say an answer is outside it, so none is used."""
    restricted = VoskRecognizer(korean_vosk_model, TurnPause(RecognizerSettings()), {"readback": ("yes", "no")})
    restricted.pause.expect("readback")
    assert restricted._grammars == {}
    finals = [t for t in restricted.transcribe(_korean_turn()) if t.is_final]
    assert finals and finals[0].text not in ("yes", "no") and finals[0].confidence < 0.99  # Korean words, heard freely


def test_vosk_takes_the_grammars_reading_when_all_of_it_is_in_the_vocabulary(korean_vosk_model, monkeypatch):
    """Mechanics with the Korean model, told it knows "[unk]": a turn said in the vocabulary's words is
    the grammar's reading (Vosk is sure of a grammar's words, so its confidence rises)."""
    import vosk

    free = VoskRecognizer(korean_vosk_model)
    heard = [t for t in free.transcribe(_korean_turn()) if t.is_final]
    assert heard and heard[0].confidence < 0.99
    find = vosk.Model.vosk_model_find_word
    monkeypatch.setattr(vosk.Model, "vosk_model_find_word", lambda self, word: 0 if word == "[unk]" else find(self, word))
    recognizer = VoskRecognizer(korean_vosk_model, TurnPause(RecognizerSettings()), {"readback": (heard[0].text,)})
    recognizer.pause.expect("readback")
    finals = [t for t in recognizer.transcribe(_korean_turn()) if t.is_final]
    assert len(finals) == 1 and set(finals[0].text.split()) <= set(heard[0].text.split())
    assert finals[0].confidence > 0.99
    recognizer.pause.expect("need")  # a step: free again
    assert all(t.confidence < 0.99 for t in recognizer.transcribe(_korean_turn()) if t.is_final)


class _Flushed:
    def __init__(self, text: str) -> None:
        self.text = text

    def FinalResult(self):
        return json.dumps({"text": self.text, "result": [{"word": w, "conf": 1.0, "start": 0, "end": 1}
                                                         for w in self.text.split()]})


def test_vosk_keeps_what_was_heard_when_the_grammar_heard_a_word_outside_it():
    held = Transcript("no it was his mom", is_final=True, confidence=0.8, start=0.0, end=1.5)
    assert _shorter(held, [Transcript("no [unk] [unk]", is_final=True)], _Flushed("[unk]")) == held
    assert not in_vocabulary("no [unk]") and in_vocabulary("not really")
    said = _shorter(Transcript("yeah that's rite", is_final=True, confidence=0.4, start=0.0, end=1.0), [],
                    _Flushed("yeah that's right"))
    assert said.text == "yeah that's right" and said.confidence == 1.0
