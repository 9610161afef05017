"""The conversation loop with a fake dialogue: turns, fresh conversations, ending."""

import threading
import time

import pytest

from assistant.messages import AudioChunk, AudioStop, Reply, Transcript, Utterance
from assistant.pipeline import Conversation, chat, one_turn_per_file, utterances, voice
from assistant.stt.recognizer import RecognizerSettings, TurnPause
from assistant.transcript import TranscriptLog


class EchoDialogue:
    def __init__(self):
        self.starts = 0

    def start(self):
        self.starts += 1
        return Reply(texts=("Hello.",), asking="topic")

    def respond(self, text):
        return Reply(texts=(f"heard {text}",), ended=text == "bye", phrase="a phrase" if text == "need" else None,
                     asking="need")


class Recorder:
    def __init__(self):
        self.said, self.phrases, self.phrases_said = [], [], []

    def say(self, text, phrase=False):
        self.said.append(text)
        if phrase:
            self.phrases_said.append(text)

    def keep_phrase(self, text):
        self.phrases.append(text)
        return None


def make():
    dialogue, speaker, log = EchoDialogue(), Recorder(), TranscriptLog(None)
    return dialogue, speaker, log, Conversation(dialogue, speaker, log)


def test_piped_chat_empty_line_starts_a_fresh_conversation():
    dialogue, speaker, log, conversation = make()
    chat(conversation, ["a\n", "b\n", "\n", "c\n", "\n", "\n"])
    assert [[t.user for t in c.turns] for c in log.conversations] == [["a", "b"], ["c"]]
    assert speaker.said == ["Hello.", "heard a", "heard b", "Hello.", "heard c"]


def test_piped_chat_after_goodbye_the_next_line_is_a_new_conversation():
    dialogue, speaker, log, conversation = make()
    chat(conversation, ["bye", "again"])
    assert [[t.user for t in c.turns] for c in log.conversations] == [["bye"], ["again"]]


def test_interactive_chat_greets_right_away_after_an_empty_line():
    dialogue, speaker, log, conversation = make()
    chat(conversation, ["a", ""], interactive=True)
    assert dialogue.starts == 2


def test_voice_conversation_ends_when_the_user_says_goodbye():
    dialogue, speaker, log, conversation = make()
    conversation.talk([Utterance("need"), Utterance("bye"), Utterance("never heard")])
    assert [t.user for t in log.conversations[0].turns] == ["need", "bye"]
    assert speaker.phrases == ["a phrase"]
    assert log.conversations[0].phrase == "a phrase"


def test_only_final_transcripts_become_turns():
    transcripts = [Transcript("he", False), Transcript("he forgot", True, 0.9), Transcript("", False)]
    assert list(utterances(transcripts)) == [Utterance("he forgot", 0.9)]


class WordPerChunk:
    """A fake recognizer: each chunk's bytes are a word; a word ending in "." ends an utterance."""

    def __init__(self):
        self.pause = TurnPause(RecognizerSettings())
        self.expected = []
        self.pause.expect = self.expected.append

    def transcribe(self, events):
        words = []
        for event in events:
            if isinstance(event, AudioStop):
                if words:
                    yield Transcript(" ".join(words), True, 0.5)
                words = []
                continue
            words.append(event.audio.decode())
            yield Transcript(" ".join(words), False)
            if words[-1].endswith("."):
                yield Transcript(" ".join(words).rstrip("."), True, 0.9)
                words = []


def test_voice_runs_audio_through_recognizer_and_dialogue_to_the_speaker():
    dialogue, speaker, log, conversation = make()
    audio = [AudioChunk(word.encode()) for word in ("he", "forgot.", "need.")] + [AudioStop("mic")]
    recognizer = WordPerChunk()
    voice(audio, recognizer, conversation)
    assert speaker.said == ["Hello.", "heard he forgot", "heard need"]
    assert recognizer.expected == ["topic", "need", "need"]  # what each reply waits for sets the next pause
    assert [(t.user, t.heard_confidence) for t in log.conversations[0].turns] == [("he forgot", 0.9), ("need", 0.9)]


def test_a_recorded_turn_is_everything_said_in_its_file():
    files = [[AudioChunk(b"he"), AudioChunk(b"forgot."), AudioChunk(b"again"), AudioStop("1.wav")], [AudioStop("2.wav")]]
    turns = list(one_turn_per_file(WordPerChunk(), files))
    assert turns == [Utterance("he forgot again", 0.7), Utterance("", None)]


def test_a_long_silence_gets_one_check_in_with_the_question_then_good_night():
    from assistant.messages import Silence

    dialogue, speaker, log = EchoDialogue(), Recorder(), TranscriptLog(None)
    conversation = Conversation(dialogue, speaker, log, quiet=("Still here.", "Good night."))
    conversation.talk([Silence(20.0), Utterance("he forgot"), Silence(20.0), Silence(20.0), Utterance("never heard")])
    assert speaker.said == ["Hello.", "Still here.", "Hello.", "heard he forgot", "Still here.", "heard he forgot",
                            "Good night."]
    assert [t.user for t in log.conversations[0].turns] == ["he forgot"]  # a silence is not a turn


def test_silence_is_ignored_without_words_for_it():
    from assistant.messages import Silence

    dialogue, speaker, log, conversation = make()
    conversation.talk([Silence(20.0), Silence(20.0), Utterance("bye")])
    assert speaker.said == ["Hello.", "heard bye"]


def unsure_conversation():
    dialogue, speaker, log = EchoDialogue(), Recorder(), TranscriptLog(None)
    conversation = Conversation(dialogue, speaker, log, unsure=("Did you say: {heard}?", "Say it again?"),
                                confirm_below=0.5)
    return speaker, log, conversation


def test_words_the_recognizer_was_unsure_of_are_checked_before_the_dialogue_acts():
    speaker, log, conversation = unsure_conversation()
    conversation.talk([Utterance("he forgot the kids", 0.3), Utterance("yes", 0.9),
                       Utterance("he forgot the cat", 0.2), Utterance("no", 0.9), Utterance("he forgot the car", 0.9)])
    assert speaker.said == ["Hello.", "Did you say: he forgot the kids?", "heard he forgot the kids",
                            "Did you say: he forgot the cat?", "Say it again?", "heard he forgot the car"]
    assert [t.user for t in log.conversations[0].turns] == ["he forgot the kids", "he forgot the car"]


def test_a_new_answer_instead_of_yes_or_no_is_taken_as_said():
    speaker, log, conversation = unsure_conversation()
    conversation.talk([Utterance("he forgot", 0.3), Utterance("he forgot my birthday", 0.8), Utterance("typed")])
    assert speaker.said[-2:] == ["heard he forgot my birthday", "heard typed"]


def test_yes_or_no():
    from assistant.reflection.answers import yes_or_no

    assert [yes_or_no(t) for t in ("yeah thats right", "um yes", "no", "not quite", "he forgot")] == [True, True, False, False, None]


def test_the_phrase_is_spoken_as_the_phrase():
    class PhraseDialogue(EchoDialogue):
        def respond(self, text):
            return Reply(texts=("Here is something you could say:", "I missed you."), phrase="I missed you.")

    speaker = Recorder()
    conversation = Conversation(PhraseDialogue(), speaker, TranscriptLog(None))
    conversation.talk([Utterance("i need closeness")])
    assert speaker.phrases_said == ["I missed you."]


class Talker:
    """A speaker that takes a while to say each text, unless it is stopped."""

    def __init__(self):
        self.said, self.cut, self._stop = [], [], threading.Event()

    def say(self, text, phrase=False):
        self._stop.clear()
        if self._stop.wait(0.5):
            self.cut.append(text)
        else:
            self.said.append(text)

    def stop(self):
        self._stop.set()

    def keep_phrase(self, text):
        return None


def barge_conversation():
    dialogue, speaker, log = EchoDialogue(), Talker(), TranscriptLog(None)
    return dialogue, speaker, log, Conversation(dialogue, speaker, log, barge_in=True)


def test_wait_while_the_assistant_speaks_cuts_it_short():
    dialogue, speaker, log, conversation = barge_conversation()
    heard = [Transcript("wait", False), Transcript("wait", True)]
    conversation.talk(utterances(slowly(heard), on_partial=conversation.heard_partial))
    assert speaker.cut == ["Hello."]  # the greeting was interrupted
    assert speaker.said == ["heard wait"] and [t.user for t in log.conversations[0].turns] == ["wait"]


def test_any_answer_while_the_assistant_speaks_interrupts_it():
    dialogue, speaker, log, conversation = barge_conversation()
    conversation.talk([Utterance("he forgot")])
    assert speaker.cut == ["Hello."] and speaker.said == ["heard he forgot"]


def test_half_duplex_never_interrupts():
    dialogue, speaker, log = EchoDialogue(), Talker(), TranscriptLog(None)
    conversation = Conversation(dialogue, speaker, log)
    conversation.talk(utterances([Transcript("wait", False), Transcript("wait", True)], on_partial=conversation.heard_partial))
    assert speaker.cut == [] and speaker.said == ["Hello.", "heard wait"]


def slowly(items):
    """Hand each item over a moment later, as a live recognizer does."""
    for item in items:
        time.sleep(0.05)
        yield item


@pytest.mark.parametrize("text,barge", [("wait", True), ("um stop", True), ("hold on a second", True),
                                        ("can you repeat that", False), ("he waited", False), ("stop", True)])
def test_barge_in_words(text, barge):
    from assistant.reflection.answers import is_barge_in

    assert is_barge_in(text) is barge


class PhraseThenGoodbye(EchoDialogue):
    def respond(self, text):
        if text == "bye":
            return Reply(texts=("Good night.",), ended=True, flow="resentment",
                         answers=(("trigger", "he forgot"),))
        return Reply(texts=("Here:", "When you forgot, I felt alone."), phrase="When you forgot, I felt alone.",
                     flow="resentment", answers=(("trigger", "he forgot"), ("deeper_feeling", "alone")))


ASK = ("May I keep them?", "I'll keep them.", "I won't keep anything.")


@pytest.mark.parametrize("answer,kept", [("yes please", True), ("no thanks", False)])
def test_the_first_reflection_asks_whether_to_keep_reflections_and_remembers(tmp_path, answer, kept):
    from assistant.journal import Journal, Undecided, remembered_choice

    path = tmp_path / "journal.sqlite3"
    speaker = Recorder()
    conversation = Conversation(PhraseThenGoodbye(), speaker, TranscriptLog(None), keeper=Undecided(path), ask_keep=ASK)
    conversation.talk([Utterance("he forgot"), Utterance("bye"), Utterance(answer)])
    assert speaker.said[-2:] == ["May I keep them?", ASK[1] if kept else ASK[2]]
    assert remembered_choice(path) is kept
    if kept:
        [entry] = Journal(path).entries()
        assert entry.phrase == "When you forgot, I felt alone." and entry.finished and entry.answers["trigger"] == "he forgot"
    else:
        assert not path.exists()


def test_no_clear_answer_keeps_nothing_and_asks_again_next_time(tmp_path):
    from assistant.journal import Undecided, remembered_choice

    path = tmp_path / "journal.sqlite3"
    conversation = Conversation(PhraseThenGoodbye(), Recorder(), TranscriptLog(None), keeper=Undecided(path), ask_keep=ASK)
    conversation.talk([Utterance("he forgot"), Utterance("bye")])
    assert remembered_choice(path) is None and not path.exists()


class Resumable(EchoDialogue):
    def __init__(self):
        super().__init__()
        self.resumed = []

    def resume(self, flow, answers):
        self.resumed.append((flow, dict(answers)))
        return Reply(texts=("Let's pick it up.", "What did you do?"), flow=flow, asking="reaction",
                     answers=tuple(answers.items()))

    def respond(self, text):
        return Reply(texts=(f"heard {text}",), flow="resentment", asking="deeper_feeling",
                     answers=(("trigger", "he forgot"), ("emotion", "angry"), ("reaction", text)))


RESUME = ("Last time we stopped partway through {exercise}. Pick it up?", "All right, we'll start fresh.",
          {"resentment": "something that hurt"})


def halfway_journal(tmp_path):
    from assistant.journal import Journal, Keeper

    journal = Journal(tmp_path / "j.sqlite3")
    entry = journal.begin("resentment")
    journal.record(entry, "resentment", {"trigger": "he forgot", "emotion": "angry"})
    return journal, Keeper(journal)


def test_a_reflection_left_halfway_is_picked_up_where_it_stopped(tmp_path):
    journal, keeper = halfway_journal(tmp_path)
    dialogue, speaker = Resumable(), Recorder()
    conversation = Conversation(dialogue, speaker, TranscriptLog(None), keeper=keeper, resume=RESUME)
    conversation.talk([Utterance("yes"), Utterance("i went quiet")])
    assert "Last time we stopped partway through something that hurt. Pick it up?" in speaker.said
    assert dialogue.resumed == [("resentment", {"trigger": "he forgot", "emotion": "angry"})]
    [entry] = journal.entries()  # the same reflection, going on
    assert entry.answers == {"trigger": "he forgot", "emotion": "angry", "reaction": "i went quiet"}


def test_starting_fresh_lets_the_half_finished_one_go(tmp_path):
    journal, keeper = halfway_journal(tmp_path)
    speaker = Recorder()
    conversation = Conversation(Resumable(), speaker, TranscriptLog(None), keeper=keeper, resume=RESUME)
    conversation.talk([Utterance("no thanks")])
    assert speaker.said[-1] == "All right, we'll start fresh." and journal.entries() == []
