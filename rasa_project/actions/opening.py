"""Opening the evening, choosing an exercise, and reprompting when not understood."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant import answers as answer_steps

from .flows import ALL_STEPS, FLOWS, intent_of


def fresh_reflection() -> list[EventType]:
    """Forget the answers of an earlier reflection in this conversation."""
    return [SlotSet(step, None) for step in ALL_STEPS] + [
        SlotSet("stage", None), SlotSet("unsure_step", None), SlotSet("misses", 0.0), SlotSet("told_moment", None)
    ]


def first_steps(flow: str, moment: str) -> list[EventType]:
    """A moment told before the exercise was chosen answers its first step (for the five steps,
    spread over every step it answers: "he left early and i was furious")."""
    first = FLOWS[flow][0]
    if flow == "resentment":
        return [SlotSet(step, part) for step, part in answer_steps.split_answer(moment, first).items()]
    return [SlotSet(first, moment)]


class ActionGreet(Action):
    """Greets once with the note about what this is, then asks what's on the user's mind."""

    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        first = not tracker.get_slot("noted")
        dispatcher.utter_message(response="utter_greet_first" if first else "utter_greet_again")
        dispatcher.utter_message(response="utter_ask_topic")
        return [SlotSet("noted", True), SlotSet("flow", None), *fresh_reflection()]


class ActionChooseFlow(Action):
    """Starts the exercise the user's words point to (topic_<flow> intents)."""

    def name(self) -> str:
        return "action_choose_flow"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        flow = (intent_of(tracker) or "topic_resentment").removeprefix("topic_")
        dispatcher.utter_message(response=f"utter_intro_{flow}")
        moment = tracker.get_slot("told_moment")
        told = first_steps(flow, moment) if moment else []
        return [SlotSet("flow", flow), SlotSet("noted", True), *fresh_reflection(), *told]


class ActionKeepMoment(Action):
    """An answer before any question ("he forgot my birthday"): keep it, and offer the exercises;
    the one chosen starts from that moment instead of asking for it again."""

    def name(self) -> str:
        return "action_keep_moment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        moment = " ".join((tracker.latest_message.get("text") or "").split())
        if moment:
            dispatcher.utter_message(response="utter_moment_kept")
        dispatcher.utter_message(response="utter_offer_choices")
        return [SlotSet("told_moment", moment or None)]


class ActionNotUnderstood(Action):
    """First miss: a gentle reprompt. Second miss in a row: offer the choices."""

    def name(self) -> str:
        return "action_not_understood"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        misses = int(tracker.get_slot("misses") or 0) + 1
        if misses >= 2:
            dispatcher.utter_message(response="utter_offer_choices")
            return [SlotSet("misses", 0.0)]
        dispatcher.utter_message(response="utter_rephrase")
        return [SlotSet("misses", float(misses))]
