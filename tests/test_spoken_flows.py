"""Every exercise completes by voice: Piper speech → pocketsphinx → the Rasa dialogue → a phrase.

The same pipeline as `run --input`, in-process so the session's one Rasa agent is reused. The
answers are those of the typed tests; recognition may change a word, so the checks are about the
conversation (the exercise chosen, every step heard as an answer, a phrase that passes the quality
check), not about exact wording.
"""

import pytest

from assistant.reflection.phrase_check import phrase_problems
from assistant.pipeline import Conversation, voice
from assistant.transcript import TranscriptLog
from assistant.audio.wav import wav_chunks
from tests.speech import synthesize
from tests.test_dialogue import EXERCISES
from tests.test_pipeline import Recorder

# pocketsphinx hears Piper's "i feel so far from her lately" as "i feel so for for her lately", which
# reads as appreciation; the voice test opens the longing exercise with other words (issue #3 notes it).
VOICE_TOPICS = {"longing": "i have been feeling lonely in our marriage"}
# Intents that would not be taken as the answer (inside the steps, an unsure guess still is one).
COMMANDS = {"stop", "repeat", "help", "dont_know", "goodbye", "safety_self_harm", "safety_abuse"}


@pytest.mark.parametrize("flow", list(EXERCISES))
def test_each_exercise_completes_by_voice(dialogue, pocketsphinx_recognizer, tmp_path, flow):
    topic, answers = EXERCISES[flow]
    topic = VOICE_TOPICS.get(flow, topic)
    lines = [topic, *answers, "yes thats right"]
    wavs = [synthesize(line, tmp_path / f"{n:02d}.wav") for n, line in enumerate(lines)]
    log, speaker = TranscriptLog(None), Recorder()

    voice(wav_chunks(wavs), pocketsphinx_recognizer, Conversation(dialogue, speaker, log))

    turns = log.conversations[0].turns
    assert len(turns) == len(lines), [t.user for t in turns]
    assert turns[0].intent == f"topic_{flow}", turns[0].user
    assert [t.flow for t in turns] == [flow] * len(lines)
    assert not COMMANDS & {t.intent for t in turns[1:-1]}, [(t.user, t.intent) for t in turns]
    assert turns[-1].intent == "affirm", turns[-1].user
    assert len(speaker.phrases) == 1 and phrase_problems(speaker.phrases[0]) == []
    assert log.conversations[0].phrase == speaker.phrases[0]
