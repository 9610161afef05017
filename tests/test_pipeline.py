"""The conversation loop with a fake dialogue: turns, fresh conversations, ending."""

from assistant.messages import AudioChunk, AudioStop, Reply, Transcript, Utterance
from assistant.pipeline import Conversation, chat, one_turn_per_file, utterances, voice
from assistant.transcript import TranscriptLog


class EchoDialogue:
    def __init__(self):
        self.starts = 0

    def start(self):
        self.starts += 1
        return Reply(texts=("Hello.",))

    def respond(self, text):
        return Reply(texts=(f"heard {text}",), ended=text == "bye", phrase="a phrase" if text == "need" else None)


class Recorder:
    def __init__(self):
        self.said, self.phrases = [], []

    def say(self, text):
        self.said.append(text)

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
    voice(audio, WordPerChunk(), conversation)
    assert speaker.said == ["Hello.", "heard he forgot", "heard need"]
    assert [(t.user, t.heard_confidence) for t in log.conversations[0].turns] == [("he forgot", 0.9), ("need", 0.9)]


def test_a_recorded_turn_is_everything_said_in_its_file():
    files = [[AudioChunk(b"he"), AudioChunk(b"forgot."), AudioChunk(b"again"), AudioStop("1.wav")], [AudioStop("2.wav")]]
    turns = list(one_turn_per_file(WordPerChunk(), files))
    assert turns == [Utterance("he forgot again", 0.7), Utterance("", None)]
