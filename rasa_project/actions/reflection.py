"""The steps of each exercise: which to ask, tidying answers, and not knowing."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant import answers as answer_steps

from .flows import FLOWS, one_text, steps_of


def _clean(value: Any) -> str | None:
    """Keep a spoken answer, or None for an empty one so the form asks again."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


class ValidateReflectionForm(FormValidationAction):
    """Asks the current exercise's steps; files each answer under the step it belongs to."""

    def name(self) -> str:
        return "validate_reflection_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        return list(steps_of(tracker))

    def _file(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        text = _clean(value)
        if text is None:
            return {slot: None}
        if slot not in FLOWS["resentment"]:
            return {slot: text}
        # Spread a two-in-one answer, and keep one meant for another step for that step.
        spread = answer_steps.split_answer(text, slot)
        filled = {step: part for step, part in spread.items() if step == slot or not tracker.get_slot(step)}
        if slot not in filled and filled:
            dispatcher.utter_message(response="utter_kept_for_later")
        return {slot: filled.pop(slot, None), **filled}


def _validator(slot: str):
    def validate(self, value, dispatcher, tracker, domain):
        return self._file(slot, value, dispatcher, tracker)

    validate.__name__ = f"validate_{slot}"
    return validate


for _slot in {step for steps in FLOWS.values() for step in steps}:
    setattr(ValidateReflectionForm, f"validate_{_slot}", _validator(_slot))


class ActionDontKnow(Action):
    """First "I don't know" at a step: a few examples. Second: move on kindly."""

    def name(self) -> str:
        return "action_dont_know"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        step = tracker.get_slot("requested_slot")
        if step and tracker.get_slot("unsure_step") == step:
            dispatcher.utter_message(response="utter_moving_on")
            return [SlotSet(step, one_text(domain, f"utter_unknown_{step}") or ""), SlotSet("unsure_step", None)]
        examples = f"utter_examples_{step}"
        dispatcher.utter_message(
            response=examples if examples in domain.get("responses", {}) else "utter_examples_default"
        )
        return [SlotSet("unsure_step", step)]
