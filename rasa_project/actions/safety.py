"""Safety first: a concern stops the exercise for the rest of the session."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .flows import SAFETY, intent_of

NOT_TONIGHT = {"greet", "topic_resentment", "topic_longing", "topic_space", "topic_bids",
               "topic_appreciation", "phrase_softer", "phrase_shorter", "phrase_another"}


class ActionSafety(Action):
    """Stop whatever exercise is running, answer with care and give crisis resources."""

    def name(self) -> str:
        return "action_safety"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        concern = "abuse" if intent_of(tracker) == "safety_abuse" else "self_harm"
        dispatcher.utter_message(response=f"utter_safety_{concern}")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("stage", None),
            SlotSet("flow", SAFETY),
            SlotSet("crisis", True),
            SlotSet("concern", concern),
        ]


class ActionSafetyFollowup(Action):
    """After a concern: no exercise and no phrase tonight; "I'm fine" does not close it."""

    def name(self) -> str:
        return "action_safety_followup"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        intent = intent_of(tracker)
        if intent in NOT_TONIGHT:
            dispatcher.utter_message(response="utter_safety_not_tonight")
        elif intent == "affirm":  # "yes, say the numbers again"
            dispatcher.utter_message(response=f"utter_safety_{tracker.get_slot('concern') or 'self_harm'}")
        else:
            dispatcher.utter_message(response="utter_safety_followup")
        return []
