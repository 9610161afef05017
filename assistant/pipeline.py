"""The pipeline, in the order the data flows: audio source → recognizer → turns → dialogue → speaker.

:func:`voice` composes the stages; :func:`chat` is the same conversation with typed turns.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from assistant.messages import AudioEvent, Reply, Transcript, Utterance
from assistant.stt.recognizer import Recognizer
from assistant.transcript import TranscriptLog
from assistant.tts.speaker import Speaker


class Dialogue(Protocol):
    def start(self) -> Reply: ...

    def respond(self, text: str) -> Reply: ...


def voice(source: Iterable[AudioEvent], recognizer: Recognizer, conversation: Conversation,
          show_partial: bool = False) -> None:
    """Voice mode: one conversation, until the user finishes or the audio ends."""
    audio = source
    transcripts = recognizer.transcribe(audio)
    turns = utterances(transcripts, show_partial)
    conversation.talk(turns)


def utterances(transcripts: Iterable[Transcript], show_partial: bool = False) -> Iterator[Utterance]:
    """Turn-taking: each final transcript is one user turn; partials are only shown while listening."""
    for transcript in transcripts:
        if transcript.is_final:
            if show_partial:
                print("\r\033[K", end="", file=sys.stderr)
            yield Utterance(transcript.text, transcript.confidence)
        elif show_partial:
            print(f"\r\033[K… {transcript.text}", end="", file=sys.stderr, flush=True)


def one_turn_per_file(recognizer: Recognizer, streams: Iterable[Iterable[AudioEvent]]) -> Iterator[Utterance]:
    """Turn-taking for recorded turns: everything said in one file is one turn, pauses and all."""
    for audio in streams:
        finals = [t for t in recognizer.transcribe(audio) if t.is_final]
        confidences = [t.confidence for t in finals if t.confidence is not None]
        yield Utterance(" ".join(t.text for t in finals), sum(confidences) / len(confidences) if confidences else None)


class Conversation:
    """The dialogue and what follows it: each reply shown, spoken and logged."""

    def __init__(
        self,
        dialogue: Dialogue,
        speaker: Speaker,
        log: TranscriptLog,
        after_speaking: Callable[[], None] = lambda: None,
    ) -> None:
        self._dialogue = dialogue
        self._speaker = speaker
        self._log = log
        self._after_speaking = after_speaking
        self.phrase_files: list[Path] = []

    def open(self) -> Reply:
        """Start a fresh conversation; the assistant speaks first."""
        reply = self._dialogue.start()
        self._log.begin(reply)
        self._deliver(reply)
        return reply

    def turn(self, said: Utterance) -> Reply:
        """One user turn, shown, answered, spoken and logged."""
        print(f"you> {said.text}")
        reply = self._dialogue.respond(said.text)
        self._log.add(said, reply)
        self._deliver(reply)
        return reply

    def talk(self, turns: Iterable[Utterance]) -> None:
        """Open, then answer turns until the user finishes or the turns run out."""
        self.open()
        for said in turns:
            if self.turn(said).ended:
                return

    def _deliver(self, reply: Reply) -> None:
        for text in reply.texts:
            print(f"assistant> {text}", flush=True)
            self._speaker.say(text)
        if reply.phrase:
            kept = self._speaker.keep_phrase(reply.phrase)
            if kept is not None:
                self.phrase_files.append(kept)
                print(f"(phrase saved to {kept})")
        self._after_speaking()


def chat(conversation: Conversation, lines: Iterable[str], interactive: bool = False) -> None:
    """Typed mode: an empty line ends a conversation and the next one starts fresh.

    The first conversation opens at once. Later ones open at once when someone is typing
    (interactive), or with the next line when input is piped, so no empty conversation is logged.
    """
    conversation.open()
    started = True
    for raw in lines:
        text = raw.strip()
        if not text:
            if interactive and started:
                conversation.open()
            started = interactive
            continue
        if not started:
            conversation.open()
            started = True
        if conversation.turn(Utterance(text)).ended:
            started = False
            if interactive:
                conversation.open()
                started = True
