"""Reading back what was heard, and correcting a single step."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.reflection import answers as answer_steps
from assistant.reflection.exercises import EXERCISES
from assistant.reflection.shapes import render_template
from assistant.reflection.readback import readback_fields

from .flows import answers, one_text

# Where a correction of a resentment step lands in the other exercises.
SAME_KIND = {name: {like: step.name for step in exercise.steps for like in step.like}
             for name, exercise in EXERCISES.items() if name != "resentment"}


def read_back(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, changed: dict | None = None) -> None:
    flow = tracker.get_slot("flow") or "resentment"
    fields = readback_fields({**answers(tracker), **(changed or {})})
    template = one_text(domain, f"utter_readback_{flow}")
    if template:
        dispatcher.utter_message(text=render_template(template, fields))


class ActionReadback(Action):
    """A short summary of the answers, ending with "did I get that right?"."""

    def name(self) -> str:
        return "action_readback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        read_back(dispatcher, tracker, domain)
        return [SlotSet("stage", "readback")]


def corrected_step(flow: str, text: str) -> tuple[str, str] | None:
    """Which step of this exercise a correction like "no, I felt scared" changes, and to what."""
    found = answer_steps.correction(text)
    if found is None:
        return None
    step, value = found
    if flow == "resentment":
        return step, value
    target = SAME_KIND.get(flow, {}).get(step)
    return (target, value) if target else None


class ActionCorrect(Action):
    """Apply a one-step correction and read back again; ask which part when it's unclear."""

    def name(self) -> str:
        return "action_correct"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        flow = tracker.get_slot("flow") or "resentment"
        text = tracker.latest_message.get("text") or ""
        found = corrected_step(flow, text)
        if found is None and tracker.get_slot("stage") == "correcting":
            found = corrected_step(flow, "no " + text)
        if found is None:  # asked which part and told only "no" again: say how, and how to keep it as it is
            again = tracker.get_slot("stage") == "correcting" and not answer_steps.said_more_than_no(text)
            dispatcher.utter_message(response="utter_which_part_again" if again else "utter_which_part")
            return [SlotSet("stage", "correcting")]
        step, value = found
        dispatcher.utter_message(response="utter_corrected")
        read_back(dispatcher, tracker, domain, {step: value})
        return [SlotSet(step, value), SlotSet("stage", "readback")]
