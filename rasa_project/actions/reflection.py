"""The five-step reflection form and the gentle phrase composed from it."""

from __future__ import annotations

import random
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant import phrase


def _clean(value: Any) -> str | None:
    """Keep a spoken answer, or None for an empty one so the form asks again."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


class ValidateReflectionForm(FormValidationAction):
    """Tidies each free-speech answer before it is kept."""

    def name(self) -> str:
        return "validate_reflection_form"

    def validate_trigger(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"trigger": _clean(value)}

    def validate_emotion(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"emotion": _clean(value)}

    def validate_reaction(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"reaction": _clean(value)}

    def validate_deeper_feeling(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"deeper_feeling": _clean(value)}

    def validate_need(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"need": _clean(value)}


def _templates(domain: dict, response: str) -> list[str]:
    return [variant["text"] for variant in domain.get("responses", {}).get(response, []) if "text" in variant]


class ActionComposePhrase(Action):
    """Turn the answers into a short, blame-free sentence for the partner."""

    def name(self) -> str:
        return "action_compose_phrase"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        parts = phrase.parts_from(
            tracker.get_slot("trigger") or "",
            tracker.get_slot("deeper_feeling") or "",
            tracker.get_slot("need") or "",
        )
        response = "utter_phrase" if parts.observation else "utter_phrase_without_observation"
        template = random.choice(_templates(domain, response))
        text = phrase.render(template, parts)
        dispatcher.utter_message(response="utter_phrase_intro")
        dispatcher.utter_message(text=text)
        return [SlotSet("phrase", text)]
