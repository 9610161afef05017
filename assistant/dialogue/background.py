"""The dialogue loaded in the background: the opening is spoken at once, a turn waits for the load.

Loading the Rasa model takes seconds. The opening is data in the domain (the responses in
:data:`assistant.reflection.exercises.OPENING`), so it needs no model: :meth:`BackgroundDialogue.start`
returns it at once while the model loads in a thread, and the first :meth:`respond` waits for the
load (the turn is never lost), then opens the real conversation before answering.
"""

from __future__ import annotations

import logging
import random
import threading
from pathlib import Path
from typing import Callable, Protocol

from assistant.messages import Reply
from assistant.reflection.exercises import OPENING

_LOG = logging.getLogger(__name__)


class Dialogue(Protocol):
    def start(self) -> Reply: ...

    def respond(self, text: str) -> Reply: ...


def domain_texts(domain_file: Path, *names: str) -> tuple[str, ...]:
    """One text of each named response, read from the domain (no model needed), picked as Rasa would."""
    import yaml

    responses = yaml.load(domain_file.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["responses"]
    return tuple(random.choice([v["text"] for v in responses[name] if v.get("text")]) for name in names)


def opening_from_domain(domain_file: Path) -> Reply:
    """The assistant's first words, read from the domain as Rasa would say them."""
    return Reply(texts=domain_texts(domain_file, *OPENING), asking="topic")


class BackgroundDialogue:
    """Wraps a dialogue that is slow to make; ``make`` runs in a thread from the moment this is built."""

    def __init__(self, make: Callable[[], Dialogue], opening: Reply) -> None:
        self._opening = opening
        self._dialogue: Dialogue | None = None
        self._error: BaseException | None = None
        self._owes_start = False
        self._thread = threading.Thread(target=self._load, args=(make,), name="dialogue-load", daemon=True)
        self._thread.start()

    def _load(self, make: Callable[[], Dialogue]) -> None:
        try:
            self._dialogue = make()
        except BaseException as error:  # re-raised in the caller's thread at the first turn
            self._error = error

    @property
    def ready(self) -> bool:
        return self._dialogue is not None

    def wait(self) -> Dialogue:
        """The loaded dialogue (blocks until it is); a load error is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._dialogue is not None
        return self._dialogue

    def start(self) -> Reply:
        if self._dialogue is None and self._error is None and not self._owes_start:
            self._owes_start = True  # the first opening comes from the domain while the model loads
            return self._opening
        dialogue = self.wait()
        self._owes_start = False
        return dialogue.start()

    def respond(self, text: str) -> Reply:
        dialogue = self.wait()
        if self._owes_start:
            dialogue.start()  # the same state the spoken opening stands for
            self._owes_start = False
        return dialogue.respond(text)

    def resume(self, flow: str, answers: dict[str, str]) -> Reply:
        """Pick up a reflection left halfway (see RasaDialogue.resume); waits for the load."""
        dialogue = self.wait()
        if self._owes_start:
            dialogue.start()
            self._owes_start = False
        return dialogue.resume(flow, answers)
