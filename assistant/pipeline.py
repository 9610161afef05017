"""The pipeline, in the order the data flows: audio source → recognizer → turns → dialogue → speaker.

:func:`voice` composes the stages; :func:`chat` is the same conversation with typed turns.
"""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from assistant.journal import Keeper, Undecided
from assistant.messages import AudioEvent, Heard, Reply, Silence, Transcript, Utterance
from assistant.reflection.answers import is_barge_in, yes_or_no
from assistant.stt.recognizer import Recognizer
from assistant.transcript import TranscriptLog
from assistant.tts.speaker import Speaker


class Dialogue(Protocol):
    def start(self) -> Reply: ...

    def respond(self, text: str) -> Reply: ...

    def resume(self, flow: str, answers: dict[str, str]) -> Reply: ...


def voice(source: Iterable[AudioEvent], recognizer: Recognizer, conversation: Conversation,
          show_partial: bool = False) -> None:
    """Voice mode: one conversation, until the user finishes or the audio ends."""
    audio = source
    transcripts = recognizer.transcribe(audio)
    turns = utterances(transcripts, show_partial, on_partial=conversation.heard_partial)
    conversation.talk(turns, expect=recognizer.pause.expect)  # each reply says how long the next pause may be


def utterances(transcripts: Iterable[Heard], show_partial: bool = False,
               on_partial: Callable[[str], None] = lambda text: None) -> Iterator[Utterance | Silence]:
    """Turn-taking: each final transcript is one user turn; partials are shown while listening and
    handed to ``on_partial`` (barge-in); a long silence is passed on for the conversation to check in."""
    for transcript in transcripts:
        if isinstance(transcript, Silence):
            yield transcript
        elif not transcript.is_final:
            on_partial(transcript.text)
            if show_partial:
                print(f"\r\033[K… {transcript.text}", end="", file=sys.stderr, flush=True)
        else:
            if show_partial:
                print("\r\033[K", end="", file=sys.stderr)
            yield Utterance(transcript.text, transcript.confidence)


def one_turn_per_file(recognizer: Recognizer, streams: Iterable[Iterable[AudioEvent]]) -> Iterator[Utterance]:
    """Turn-taking for recorded turns: everything said in one file is one turn, pauses and all."""
    for audio in streams:
        finals = [t for t in recognizer.transcribe(audio) if isinstance(t, Transcript) and t.is_final]
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
        quiet: tuple[str, str] | None = None,
        unsure: tuple[str, str] | None = None,
        confirm_below: float = 0.0,
        keeper: Keeper | Undecided | None = None,
        barge_in: bool = False,
        ask_keep: tuple[str, str, str] | None = None,
        resume: tuple[str, str, dict[str, str]] | None = None,
    ) -> None:
        """quiet: what to say when nobody answers for a while (the domain's utter_still_there), and
        when it stays quiet after that (utter_quiet_goodbye); None ignores silence. unsure: how to
        check words the recognizer was less than ``confirm_below`` sure of (utter_check_heard, with
        {heard}) and to ask again after a no (utter_say_again). keeper: the journal, when kept.
        barge_in: speak while listening, and stop speaking when the person interrupts ("wait",
        "stop", "repeat", or any answer): for headphones or an echo-cancelled microphone only, or
        the assistant would hear itself. ask_keep: with an Undecided keeper, what to ask at the end of
        the first reflection (utter_journal_ask_keep) and say after a yes or a no. resume: the offer
        to pick up a reflection left halfway (utter_resume_offer, with {exercise}), what to say to
        start fresh instead (utter_resume_fresh), and each exercise's name (utter_exercise_*)."""
        self._dialogue = dialogue
        self.speaker = speaker
        """Where replies are spoken (also what `serve` speaks its invitation with)."""
        self._log = log
        self.after_speaking = after_speaking
        """Run after each reply is spoken (the microphone drops what it heard meanwhile)."""
        self._quiet = quiet
        self._unsure = unsure
        self._confirm_below = confirm_below
        self._checking: Utterance | None = None
        self._keeper = keeper
        self._barge_in = barge_in
        self._ask_keep = ask_keep
        self._resume = resume
        self._speaking: threading.Thread | None = None
        self._hush = threading.Event()
        self.phrase_files: list[Path] = []

    def open(self) -> Reply:
        """Start a fresh conversation; the assistant speaks first."""
        reply = self._dialogue.start()
        self._log.begin(reply)
        if self._keeper:
            self._keeper.opened()
        self._deliver(reply)
        return reply

    def heard_partial(self, text: str) -> None:
        """Words heard while the assistant may still be speaking: an interruption stops it at once."""
        if self._speaking is not None and self._speaking.is_alive() and is_barge_in(text):
            self.interrupt()

    def interrupt(self) -> None:
        """Stop speaking now (the rest of this reply is not said)."""
        self._hush.set()
        stop = getattr(self.speaker, "stop", None)
        if stop is not None:
            stop()

    def _finish_speaking(self, interrupted: bool) -> None:
        if self._speaking is not None:
            if interrupted and self._speaking.is_alive():
                self.interrupt()
            self._speaking.join()
            self._speaking = None

    def turn(self, said: Utterance) -> Reply:
        """One user turn, shown, answered, spoken and logged. Words the recognizer was unsure of
        are read back first ("Did you say: ...?"): a yes passes them on, a no asks again, and
        anything else is taken as what was said."""
        self._finish_speaking(interrupted=True)  # they spoke: whatever is still being said stops
        print(f"you> {said.text}")
        if self._checking is not None:
            checked, self._checking = self._checking, None
            verdict = yes_or_no(said.text)
            if verdict is False:
                return self._check_reply(self._unsure[1])
            if verdict is True:
                said = checked
        elif self._unsure and said.confidence is not None and said.confidence < self._confirm_below:
            self._checking = said
            return self._check_reply(self._unsure[0].replace("{heard}", said.text))
        reply = self._dialogue.respond(said.text)
        self._log.add(said, reply)
        if self._keeper:
            self._keeper.replied(reply)  # written before it is spoken: nothing said is lost
        self._deliver(reply)
        return reply

    def _check_reply(self, text: str) -> Reply:
        reply = Reply(texts=(text,), asking="heard")
        self._deliver(reply)
        return reply

    def talk(self, turns: Iterable[Utterance | Silence],
             expect: Callable[[str | None], None] = lambda asking: None) -> None:
        """Open, then answer turns until the user finishes or the turns run out. ``expect`` hears
        what each reply waits for (Reply.asking) before the next turn is listened to. The first
        long silence gets a gentle check-in and the question again; a second one in a row, good night."""
        try:
            self._talk(turns, expect)
        finally:
            self._finish_speaking(interrupted=False)  # the last reply is heard to its end

    def _talk(self, turns: Iterable[Utterance | Silence], expect: Callable[[str | None], None]) -> None:
        reply = self.open()
        expect(reply.asking)
        quiet = 0
        turns = iter(turns)
        resumed = self._maybe_resume(turns, expect)
        if resumed is not None:
            reply = resumed
            if reply.ended:
                return
            expect(reply.asking)
        for said in turns:
            if isinstance(said, Silence):
                if self._quiet is None:
                    continue
                quiet += 1
                still_there, goodbye = self._quiet
                if quiet >= 2:
                    self._deliver(Reply(texts=(goodbye,), ended=True, asking=None))
                    return
                self._deliver(Reply(texts=(still_there, *reply.texts[-1:]), asking=reply.asking))
                continue
            quiet = 0
            reply = self.turn(said)
            if reply.ended:
                self._maybe_ask_to_keep(turns, expect)
                return
            expect(reply.asking)

    def _maybe_resume(self, turns: Iterator[Utterance | Silence], expect: Callable[[str | None], None]) -> Reply | None:
        """A reflection left halfway in the last days: offer to pick it up (yes), or start fresh and
        let it go (no); anything else is simply the answer to the opening question."""
        if not (isinstance(self._keeper, Keeper) and self._resume):
            return None
        entry = self._keeper.left_halfway(datetime.now())
        if entry is None:
            return None
        offer, fresh, names = self._resume
        self._deliver(Reply(texts=(offer.replace("{exercise}", names.get(entry.exercise or "", entry.exercise or "")),),
                            asking="heard"))
        expect("heard")
        said = next((s for s in turns if isinstance(s, Utterance)), None)
        if said is None:
            return None
        verdict = yes_or_no(said.text)
        if verdict is None:
            return self.turn(said)
        self._finish_speaking(interrupted=True)
        print(f"you> {said.text}")
        if verdict:
            self._keeper.resume(entry)
            reply = self._dialogue.resume(entry.exercise or "", entry.answers)
            self._log.add(said, reply)
            self._keeper.replied(reply)
        else:
            self._keeper.discard(entry)
            reply = Reply(texts=(fresh,), asking="topic")
        self._deliver(reply)
        return reply

    def _maybe_ask_to_keep(self, turns: Iterator[Utterance | Silence], expect: Callable[[str | None], None]) -> None:
        """After the first reflection that found a phrase: may it, and the ones to come, be kept?"""
        if not (isinstance(self._keeper, Undecided) and self._keeper.has_phrase and self._ask_keep):
            return
        question, kept, not_kept = self._ask_keep
        self._deliver(Reply(texts=(question,), asking="heard"))
        expect("heard")
        answer = next((said for said in turns if isinstance(said, Utterance)), None)
        verdict = yes_or_no(answer.text) if answer is not None else None
        if verdict is None:  # no clear answer: nothing is kept, and the question comes again next time
            return
        print(f"you> {answer.text}")
        self._keeper = self._keeper.decide(verdict)
        self._deliver(Reply(texts=(kept if verdict else not_kept,), ended=True))

    def _deliver(self, reply: Reply) -> None:
        for text in reply.texts:
            print(f"assistant> {text}", flush=True)
        if self._barge_in:  # speak while the next turn is listened to
            self._finish_speaking(interrupted=False)
            self._hush.clear()
            self._speaking = threading.Thread(target=self._speak, args=(reply,), name="speaking", daemon=True)
            self._speaking.start()
        else:
            self._speak(reply)

    def _speak(self, reply: Reply) -> None:
        for text in reply.texts:
            if self._hush.is_set():
                break
            self.speaker.say(text, phrase=text == reply.phrase)  # the phrase a little slower
        if reply.phrase:
            kept = self.speaker.keep_phrase(reply.phrase)
            if kept is not None:
                self.phrase_files.append(kept)
                print(f"(phrase saved to {kept})")
        self.after_speaking()


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
