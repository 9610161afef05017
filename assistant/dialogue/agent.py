"""The Rasa dialogue, loaded in-process: user text in, the assistant's replies out."""

from __future__ import annotations

import asyncio
import logging
import os
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from assistant.errors import UserError
from assistant.messages import Reply
from assistant.reflection.exercises import EXERCISES

_LOG = logging.getLogger(__name__)
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

LOCALES = ("US", "GB", "AU")
"""Places whose crisis lines the safety responses know (rasa_project/domain.yml)."""


@dataclass(frozen=True)
class DialogueSettings:
    """Where the dialogue model and its custom actions live."""

    project_dir: Path = Path("rasa_project")
    """The Rasa project (its actions/ package runs in-process)."""
    model: Path | None = None
    """A trained model archive; None picks the one trained from project_dir as it is now."""
    models_dir: Path = Path("models/rasa")
    locale: str = "US"
    """Which crisis resources to give: one of LOCALES."""

    def __post_init__(self) -> None:
        if self.locale not in LOCALES:
            raise ValueError(f"dialogue.locale must be one of {', '.join(LOCALES)}, not {self.locale!r}")


def answers_of(tracker) -> tuple[tuple[str, str], ...]:
    """The current exercise's answered steps, in order."""
    exercise = EXERCISES.get(tracker.get_slot("flow") if tracker else None)
    if exercise is None:
        return ()
    values = ((step, tracker.get_slot(step)) for step in exercise.step_names)
    return tuple((step, value) for step, value in values if isinstance(value, str) and value.strip())


def find_model(settings: DialogueSettings) -> Path:
    """The trained Rasa model to load, or a UserError saying how to train one."""
    from assistant.dialogue.training import model_for

    if settings.model is not None:
        if not settings.model.is_file():
            raise UserError(f"no Rasa model at {settings.model}; run `make train`")
        return settings.model
    model = model_for(settings.project_dir, settings.models_dir)
    if not model.is_file():
        raise UserError(f"no dialogue model trained for {settings.project_dir} as it is now; run `make train`")
    return model


MAX_CHARACTERS = 1000
"""A turn longer than this is cut (a spoken turn is far shorter; the sentence model reads 256 tokens)."""


def user_text(raw: str) -> str:
    """What the user said, as clean text: no control characters (a NUL byte), no undecodable bytes
    (U+FFFD), no emoji or other symbols, no leading slash (Rasa reads "/intent" as an injected
    intent), single spaces, at most MAX_CHARACTERS. May be empty."""
    kept = []
    for char in unicodedata.normalize("NFKC", raw):
        category = unicodedata.category(char)
        if char.isspace() or category[0] in "CZ":
            kept.append(" ")
        elif category != "So" and char != "\ufffd":
            kept.append(char)
    text = " ".join("".join(kept).split()).lstrip("/").strip()
    return text[:MAX_CHARACTERS].rsplit(" ", 1)[0] if len(text) > MAX_CHARACTERS else text


def asking_of(tracker) -> str | None:
    """What the assistant is waiting for after its last turn: a step's name, "safety_check",
    "readback", "phrase" (a phrase was offered), "topic" (no exercise yet), "choice" (which exercise
    for a moment already told), or None."""
    if tracker is None:
        return "topic"
    loop = tracker.active_loop_name
    if loop == "safety_check_form":
        return "safety_check"
    if loop == "reflection_form":
        return tracker.get_slot("requested_slot")
    if tracker.get_slot("crisis"):
        return None
    stage = tracker.get_slot("stage")
    if stage in ("readback", "correcting"):
        return "readback"
    if stage == "phrase":
        return "phrase"
    if tracker.get_slot("flow"):
        return None
    return "choice" if tracker.get_slot("told_moment") else "topic"


class RasaDialogue:
    """One Rasa agent; each conversation is a fresh sender id."""

    def __init__(self, settings: DialogueSettings, context: Callable[[], dict] | None = None) -> None:
        """context: more for the message metadata each turn (the journal's facts, for looking back)."""
        self._context = context or dict
        self._extra: dict = {}
        model = find_model(settings)
        from assistant.dialogue.without_tensorflow import defer, loading_trained_model

        defer()  # before the first Rasa import: no component here uses TensorFlow
        from rasa.core.agent import Agent
        from rasa.utils.log_utils import configure_structlog

        from assistant.dialogue.actions import InProcessActionEndpoint

        configure_structlog(logging.getLogger("rasa").getEffectiveLevel())
        if settings.locale not in LOCALES:
            raise UserError(f"unknown locale {settings.locale!r}; choose one of {', '.join(LOCALES)}")
        self._opening = '/greet{"locale": "%s"}' % settings.locale  # the assistant speaks first
        self._loop = asyncio.new_event_loop()
        endpoint = InProcessActionEndpoint(settings.project_dir)
        _LOG.debug("loading Rasa model %s", model)
        with loading_trained_model():
            self._agent = Agent.load(str(model), action_endpoint=endpoint)
        self._sender = ""

    def start(self) -> Reply:
        """Begin a new conversation; the reply is the assistant's opening."""
        self._sender, reply = self.open_session()
        return reply

    def respond(self, text: str) -> Reply:
        """One user turn, cleaned by :func:`user_text`; a turn with no readable text is answered
        with utter_unreadable and changes nothing."""
        if not self._sender:
            self.start()
        return self.respond_in(self._sender, text)

    def open_session(self) -> tuple[str, Reply]:
        """A conversation of its own (one per Home Assistant satellite): its id and its opening.
        Sessions share the loaded model; calls must not overlap (the service serialises them)."""
        session = uuid.uuid4().hex
        return session, self._loop.run_until_complete(self._handle(self._opening, session))

    def respond_in(self, session: str, text: str) -> Reply:
        """One user turn in the given session."""
        cleaned = user_text(text)
        if not cleaned:
            return self._unreadable(session)
        return self._loop.run_until_complete(self._handle(cleaned, session))

    def resume(self, flow: str, answers: dict[str, str]) -> Reply:
        """Pick up a reflection left halfway in this conversation: its exercise and the answers
        given (from the journal); the reply asks the first step not answered yet."""
        if not self._sender:
            self.start()
        self._extra = {"resume": {"flow": flow, "answers": dict(answers)}}
        try:
            return self._loop.run_until_complete(self._handle("/resume", self._sender))
        finally:
            self._extra = {}

    def _unreadable(self, session: str) -> Reply:
        tracker = self._loop.run_until_complete(self._agent.tracker_store.retrieve(session))
        texts = tuple(r["text"] for r in self._agent.domain.responses.get("utter_unreadable", []) if r.get("text"))
        return Reply(texts=texts[:1], ended=False, crisis=bool(tracker and tracker.get_slot("crisis")),
                     flow=tracker.get_slot("flow") if tracker else None, asking=asking_of(tracker))

    def understand(self, text: str) -> tuple[str | None, float | None]:
        """The intent and confidence the NLU (with the safety screen) gives a text, outside any conversation."""
        parsed = self._loop.run_until_complete(self._agent.parse_message(user_text(text)))
        intent = parsed.get("intent") or {}
        return intent.get("name"), intent.get("confidence")

    async def _handle(self, text: str, sender: str) -> Reply:
        from rasa.core.channels.channel import UserMessage
        from rasa.shared.core.events import SlotSet, UserUttered

        before = await self._agent.tracker_store.retrieve(sender)
        # The safety decision reads which question this turn answers (assistant/nlu/safety_screen.py).
        message = UserMessage(text, None, sender, metadata={"asking": asking_of(before), **self._context(), **self._extra})
        answers = await self._agent.handle_message(message)
        tracker = await self._agent.tracker_store.retrieve(sender)
        intent: dict = {}
        phrase = None
        for event in reversed(tracker.events if tracker else []):
            if isinstance(event, UserUttered):
                intent = event.intent or {}
                break
            if isinstance(event, SlotSet) and event.key == "phrase" and event.value and phrase is None:
                phrase = event.value
        return Reply(
            texts=tuple(a["text"] for a in answers or [] if a.get("text")),
            intent=intent.get("name"),
            confidence=intent.get("confidence"),
            phrase=phrase,
            ended=bool(tracker and tracker.get_slot("finished")),
            crisis=bool(tracker and tracker.get_slot("crisis")),
            flow=tracker.get_slot("flow") if tracker else None,
            asking=asking_of(tracker),
            answers=answers_of(tracker),
        )
