"""The conversation loop: utterances → dialogue → replies shown, spoken and logged."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from .messages import Reply, Transcript, Utterance
from .speaker import Speaker
from .transcript import TranscriptLog


class Dialogue(Protocol):
    def start(self) -> Reply: ...

    def respond(self, text: str) -> Reply: ...


def utterances(transcripts: Iterable[Transcript], show_partial: bool = False) -> Iterator[Utterance]:
    """Each final transcript is one user turn; partials are only shown while listening."""
    for transcript in transcripts:
        if transcript.is_final:
            if show_partial:
                print("\r\033[K", end="", file=sys.stderr)
            yield Utterance(transcript.text, transcript.confidence)
        elif show_partial:
            print(f"\r\033[K… {transcript.text}", end="", file=sys.stderr, flush=True)


class Conversation:
    """Wires one dialogue to a speaker and a transcript; prints what is said."""

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

    def turn(self, text: str) -> Reply:
        """One user turn, shown, answered, spoken and logged."""
        print(f"you> {text}")
        reply = self._dialogue.respond(text)
        self._log.add(text, reply)
        self._deliver(reply)
        return reply

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


def talk(conversation: Conversation, turns: Iterable[Utterance]) -> None:
    """Voice mode: one conversation, until the user finishes or the audio ends."""
    conversation.open()
    for utterance in turns:
        if conversation.turn(utterance.text).ended:
            return


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
        if conversation.turn(text).ended:
            started = False
            if interactive:
                conversation.open()
                started = True
