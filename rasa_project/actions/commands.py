"""Commands that work at every step: repeat, help, stop."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .flows import ALL_STEPS, SAFETY, intent_of, texts


def previous_bot_turn(tracker: Tracker) -> list[dict[str, Any]]:
    """The bot messages that answered the user's previous turn (or opened the conversation)."""
    events = tracker.events
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    earlier_user = max((i for i, e in enumerate(events[:last_user]) if e.get("event") == "user"), default=-1)
    return [
        e for e in events[earlier_user + 1 : last_user] if e.get("event") == "bot" and e.get("text")
    ]


class ActionRepeatLast(Action):
    """Say again whatever the assistant said last (in the steps, the question is left to the form,
    which asks it next, so it is heard once)."""

    def name(self) -> str:
        return "action_repeat_last"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        said = previous_bot_turn(tracker)
        if tracker.active_loop_name == "reflection_form":  # the form asks its question again itself
            question = set(texts(domain, f"utter_ask_{tracker.get_slot('requested_slot')}"))
            said = [event for event in said if event["text"] not in question]
        if not said and tracker.active_loop_name == "reflection_form":
            return []
        if not said:
            dispatcher.utter_message(response="utter_help")
        for event in said:
            dispatcher.utter_message(text=event["text"])
        return []


class ActionHelp(Action):
    """Explain the current step with an example, or the whole exercise outside it."""

    def name(self) -> str:
        return "action_help"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        step = tracker.get_slot("requested_slot")
        response = f"utter_help_{step}"
        if tracker.get_slot("flow") == SAFETY:
            dispatcher.utter_message(response="utter_safety_followup")
        elif step and response in domain.get("responses", {}):
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(response="utter_help")
        return []


class ActionStop(Action):
    """End the reflection kindly and forget the answers (the phrase already given is kept)."""

    def name(self) -> str:
        return "action_stop"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        if tracker.get_slot("flow") == SAFETY:
            dispatcher.utter_message(response="utter_safety_goodbye")
        else:
            dispatcher.utter_message(response="utter_goodbye" if intent_of(tracker) == "goodbye" else "utter_stop")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *(SlotSet(step, None) for step in ALL_STEPS),
            SlotSet("stage", None),
            SlotSet("finished", True),
        ]
