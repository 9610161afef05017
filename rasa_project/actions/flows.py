"""The exercises, their steps, and small helpers shared by the actions."""

from __future__ import annotations

import random
from typing import Any

from rasa_sdk import Tracker

from assistant.reflection.exercises import EXERCISES

FLOWS: dict[str, tuple[str, ...]] = {name: exercise.step_names for name, exercise in EXERCISES.items()}
ALL_STEPS = tuple(step for steps in FLOWS.values() for step in steps)
SAFETY = "safety"


def steps_of(tracker: Tracker) -> tuple[str, ...]:
    """The steps of the exercise chosen in this conversation (resentment by default)."""
    return FLOWS.get(tracker.get_slot("flow") or "", FLOWS["resentment"])


def answers(tracker: Tracker) -> dict[str, str | None]:
    """The answers given so far for the current exercise."""
    return {step: tracker.get_slot(step) for step in steps_of(tracker)}


def texts(domain: dict[str, Any], response: str) -> list[str]:
    """The text variations of a response in the domain (wording lives there, not here)."""
    return [v["text"] for v in domain.get("responses", {}).get(response, []) if "text" in v]


def one_text(domain: dict[str, Any], response: str) -> str | None:
    """One variation of a response, picked at random; None when the domain lacks it."""
    options = texts(domain, response)
    return random.choice(options) if options else None


def intent_of(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def exercise_ranking(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The exercise router's ranking for a parsed message (assistant/exercise_router.py), most likely
    first, as [{"name": "topic_<exercise>", "confidence": p}, ...]; [] when it gave none."""
    for entity in message.get("entities") or []:
        if entity.get("entity") == "exercise" and isinstance(entity.get("ranking"), list):
            return entity["ranking"]
    return []
