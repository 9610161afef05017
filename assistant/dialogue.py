"""The Rasa dialogue, loaded in-process: user text in, the assistant's replies out."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .messages import Reply

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


def find_model(settings: DialogueSettings) -> Path:
    """The trained Rasa model to load, or a UserError saying how to train one."""
    from .training import model_for

    if settings.model is not None:
        if not settings.model.is_file():
            raise UserError(f"no Rasa model at {settings.model}; run `make train`")
        return settings.model
    model = model_for(settings.project_dir, settings.models_dir)
    if not model.is_file():
        raise UserError(f"no dialogue model trained for {settings.project_dir} as it is now; run `make train`")
    return model


def user_text(raw: str) -> str:
    """What the user said, minus leading slashes: Rasa reads "/intent" as an injected intent."""
    return raw.strip().lstrip("/").strip()


class RasaDialogue:
    """One Rasa agent; each conversation is a fresh sender id."""

    def __init__(self, settings: DialogueSettings) -> None:
        model = find_model(settings)
        from rasa.core.agent import Agent
        from rasa.utils.log_utils import configure_structlog

        from .actions_inprocess import InProcessActionEndpoint

        configure_structlog(logging.getLogger("rasa").getEffectiveLevel())
        if settings.locale not in LOCALES:
            raise UserError(f"unknown locale {settings.locale!r}; choose one of {', '.join(LOCALES)}")
        self._opening = '/greet{"locale": "%s"}' % settings.locale  # the assistant speaks first
        self._loop = asyncio.new_event_loop()
        endpoint = InProcessActionEndpoint(settings.project_dir)
        _LOG.debug("loading Rasa model %s", model)
        self._agent = Agent.load(str(model), action_endpoint=endpoint)
        self._sender = ""

    def start(self) -> Reply:
        """Begin a new conversation; the reply is the assistant's opening."""
        self._sender = uuid.uuid4().hex
        return self._loop.run_until_complete(self._handle(self._opening))

    def respond(self, text: str) -> Reply:
        """One user turn. A leading slash is dropped so typed text can't inject an intent."""
        if not self._sender:
            self.start()
        return self._loop.run_until_complete(self._handle(user_text(text)))

    def understand(self, text: str) -> tuple[str | None, float | None]:
        """The intent and confidence the NLU (with the safety screen) gives a text, outside any conversation."""
        parsed = self._loop.run_until_complete(self._agent.parse_message(user_text(text)))
        intent = parsed.get("intent") or {}
        return intent.get("name"), intent.get("confidence")

    async def _handle(self, text: str) -> Reply:
        from rasa.shared.core.events import SlotSet, UserUttered

        answers = await self._agent.handle_text(text, sender_id=self._sender)
        tracker = await self._agent.tracker_store.retrieve(self._sender)
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
        )
