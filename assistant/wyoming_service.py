"""The reflection as a Wyoming *handle* service: Home Assistant's voice satellites in every room.

Home Assistant's Wyoming integration offers a handle service as a conversation agent. It opens a
connection per turn, sends a ``transcript`` (the words its own speech-to-text heard, with a context
of ``conversation_id`` and, from a satellite, ``device_id`` and ``satellite_id``) and reads back
``handled`` (the reply to speak) or ``not-handled``. Each room keeps its own conversation: the key
is the satellite, else the device, else the conversation id; one left alone for
``idle_minutes`` starts afresh. ``describe`` is answered at once, even while the dialogue is still
loading (Home Assistant waits about a second). The protocol has no authentication: the service
listens on loopback unless told otherwise.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable, Protocol

from assistant.journal import Keeper
from assistant.messages import Reply

_LOG = logging.getLogger(__name__)
NAME = "evening-reflection"
VERSION = "0.1.0"


class Sessions(Protocol):
    """A dialogue with one conversation per session (assistant.dialogue.agent.RasaDialogue)."""

    def open_session(self) -> tuple[str, Reply]: ...

    def respond_in(self, session: str, text: str) -> Reply: ...


@dataclass(frozen=True)
class WyomingSettings:
    """The Wyoming service (`python -m assistant wyoming`)."""

    uri: str = "tcp://127.0.0.1:10700"
    """Where to listen. Loopback only unless ``allow_network``: the protocol has no authentication."""
    allow_network: bool = False
    """Listen on a non-loopback address, for satellites on other machines (anyone on the network can talk to it)."""
    idle_minutes: float = 10.0
    """A room's conversation left alone this long starts afresh."""

    def __post_init__(self) -> None:
        host = self.uri.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
        if self.uri.startswith("tcp://") and host not in ("127.0.0.1", "localhost", "::1") and not self.allow_network:
            raise ValueError(f"wyoming.uri {self.uri} listens beyond this machine; the Wyoming protocol has no "
                             "authentication, so add --allow-network if that is what you want")


def spoken(reply: Reply) -> str:
    """Several bot messages as one spoken reply."""
    return " ".join(" ".join(text.split()) for text in reply.texts if text.strip())


class Rooms:
    """Which conversation each satellite is in; the dialogue loads in the background."""

    def __init__(self, make: Callable[[], Sessions], idle_minutes: float = 10.0,
                 clock: Callable[[], float] = time.monotonic, keeper: Callable[[], Keeper] | None = None):
        """keeper: makes one journal keeper per room (when the journal is on)."""
        self._dialogue: Sessions | None = None
        self._error: str | None = None
        self._lock = threading.Lock()  # one Rasa agent: turns from every room take their turn
        self._sessions: dict[str, tuple[str, float]] = {}
        self._idle = idle_minutes * 60
        self._clock = clock
        self._keeper = keeper
        self._keepers: dict[str, Keeper] = {}
        threading.Thread(target=self._load, args=(make,), name="dialogue-load", daemon=True).start()

    def _load(self, make: Callable[[], Sessions]) -> None:
        try:
            self._dialogue = make()
        except Exception as error:  # reported to every turn as not-handled, with the reason
            _LOG.error("the dialogue did not load: %s", error)
            self._error = str(error)

    @property
    def ready(self) -> bool:
        return self._dialogue is not None

    def turn(self, key: str, text: str) -> tuple[bool, str]:
        """(handled, what to say) for one transcript from the room ``key``."""
        if self._dialogue is None:
            return False, self._error or "The reflection is still starting up. Please try again in a few seconds."
        with self._lock:
            now = self._clock()
            session, last = self._sessions.get(key, (None, 0.0))
            opening = None
            if session is None or now - last > self._idle:
                session, opening = self._dialogue.open_session()
                if self._keeper is not None:
                    self._keepers.setdefault(key, self._keeper()).opened()
            reply = self._dialogue.respond_in(session, text)
            self._sessions[key] = (session, now)
            if key in self._keepers:
                self._keepers[key].replied(reply)  # the phrase, too, is kept for the journal
            if reply.ended:
                self._sessions.pop(key, None)
        if opening is not None and reply.intent == "greet":  # "let's reflect": the first greeting says what this is
            return True, spoken(opening)
        return True, spoken(reply)


def room_of(context: dict | None) -> str | None:
    """The satellite, else the device, else the conversation a transcript belongs to."""
    context = context or {}
    for key in ("satellite_id", "device_id", "conversation_id"):
        if context.get(key):
            return f"{key}:{context[key]}"
    return None


def info():
    """What `describe` answers: one handle program, English."""
    from wyoming.info import Attribution, HandleModel, HandleProgram, Info

    attribution = Attribution(name="Evening reflection", url="")
    description = "An evening reflection about your relationship, with a gentle phrase to say to your partner"
    model = HandleModel(name=NAME, attribution=attribution, installed=True, description=description,
                        version=VERSION, languages=["en"])
    return Info(handle=[HandleProgram(name=NAME, attribution=attribution, installed=True, description=description,
                                      version=VERSION, models=[model])])


def handler_class():
    """The per-connection event handler (wyoming is imported only when the service runs)."""
    from wyoming.asr import Transcript
    from wyoming.handle import Handled, NotHandled
    from wyoming.info import Describe
    from wyoming.server import AsyncEventHandler

    class ReflectionHandler(AsyncEventHandler):
        def __init__(self, rooms: Rooms, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._rooms = rooms

        async def handle_event(self, event) -> bool:
            if Describe.is_type(event.type):
                await self.write_event(info().event())
                return True
            if not Transcript.is_type(event.type):
                await self.write_event(NotHandled(text=f"This service answers transcripts, not {event.type!r}.").event())
                return True
            try:
                transcript = Transcript.from_event(event)
            except Exception:  # a transcript event without its text
                transcript = None
            text = (transcript.text or "").strip() if transcript else ""
            room = room_of(transcript.context if transcript else None) or f"connection:{id(self)}"
            if not text:
                await self.write_event(NotHandled(text="I didn't hear anything.").event())
                return True
            try:
                handled, reply = await asyncio.to_thread(self._rooms.turn, room, text)
            except Exception as error:  # never a crash for the satellite: say so, keep serving
                _LOG.exception("turn failed")
                handled, reply = False, f"Something went wrong: {error}"
            answer = Handled(text=reply, context=transcript.context) if handled else NotHandled(text=reply)
            await self.write_event(answer.event())
            return True

    return ReflectionHandler


async def serve(settings: WyomingSettings, rooms: Rooms, started: Callable[[], None] = lambda: None) -> None:
    """Listen until cancelled."""
    from functools import partial

    from wyoming.server import AsyncServer

    server = AsyncServer.from_uri(settings.uri)
    _LOG.info("Wyoming service on %s", settings.uri)
    started()
    await server.run(partial(handler_class(), rooms))
