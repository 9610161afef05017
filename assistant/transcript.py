"""The conversation transcript, saved as JSON after every turn so nothing said is lost."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.messages import Reply, Utterance


@dataclass
class Turn:
    user: str
    intent: str | None
    confidence: float | None
    """How sure the dialogue was of the intent, 0..1."""
    bot: list[str]
    flow: str | None = None
    heard_confidence: float | None = None
    """How sure the recognizer was of the words, 0..1; None for typed turns."""
    asking: str | None = None
    """What the assistant waited for after this turn (a step's name, "readback", "phrase", ...)."""


@dataclass
class Conversation:
    opening: list[str]
    turns: list[Turn] = field(default_factory=list)
    phrase: str | None = None
    """The last phrase suggested in this conversation."""
    crisis: bool = False


class TranscriptLog:
    """Collects conversations; writes the whole file atomically whenever it changes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.conversations: list[Conversation] = []

    def begin(self, opening: Reply) -> None:
        self.conversations.append(Conversation(opening=list(opening.texts), crisis=opening.crisis))
        self._save()

    def add(self, said: Utterance, reply: Reply) -> None:
        current = self.conversations[-1]
        current.turns.append(
            Turn(said.text, reply.intent, reply.confidence, list(reply.texts), reply.flow, said.confidence, reply.asking)
        )
        if reply.phrase:
            current.phrase = reply.phrase
        current.crisis = current.crisis or reply.crisis
        self._save()

    def as_dict(self) -> dict:
        return {"conversations": [asdict(c) for c in self.conversations]}

    def _save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n")
        os.replace(temporary, self.path)
