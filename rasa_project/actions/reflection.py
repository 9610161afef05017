"""The steps of each exercise: which to ask, tidying answers, and not knowing."""

from __future__ import annotations

import re

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.reflection import answers as answer_steps

from .flows import FLOWS, intent_of, one_text, steps_of
from .opening import first_steps


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
        moment = tracker.get_slot("told_moment")
        if moment and isinstance(value, str) and value in moment:  # filled from the told moment as it started
            return {slot: _clean(value)}
        if answer_steps.is_pause(str(value or "")):  # "hmm, let me think": wait for the answer
            dispatcher.utter_message(response="utter_take_your_time")
            return {slot: None}
        if is_choice_of(tracker.get_slot("flow"), slot, value):  # the line that chose the exercise
            return {slot: None}
        picked = picks_another(tracker, slot, value)
        switched = switch_to(tracker, picked, slot) if tracker.get_slot("routed") or picked else None
        if switched:  # the first answer in an exercise, or one that picks another in so many words
            dispatcher.utter_message(response=f"utter_intro_{switched['flow']}")
            return switched
        filled, kept_for_later = file_answer(slot, value, tracker)
        if kept_for_later:
            dispatcher.utter_message(response="utter_kept_for_later")
        return {**filled, "routed": None, "told_moment": None} if tracker.get_slot("routed") else filled


SWITCH_CUE = re.compile(r"\b(?:actually|rather|instead|the one (?:about|for|where)|talk about|look at|let'?s do|"
                        r"can we do|i meant|not that|different one|other one|(?:that|this) one|switch)\b|"
                        r"^(?:(?:um|uh|well|no|oh|i guess|maybe) )*(?:the (?:[\w']+ ){1,3}one|something (?:that|i|good|about|nice))\b")
"""Words that ask for another exercise rather than answer the question: "actually...", "the one
about...", or a reply shaped like a choice ("the hurt one", "something i appreciated")."""


def is_choice_of(flow: str | None, slot: str, value: Any) -> bool:
    """Is this "answer" to the first step only the line that chose the exercise ("the one for when
    you're hurt")? Then the first question is asked rather than answered with it."""
    text = str(value or "")
    return (bool(flow) and flow in FLOWS and FLOWS[flow][0] == slot and answer_steps.named_exercise(text) == flow
            and bool(SWITCH_CUE.search(text.lower())))


SHORT_CHOICE = 4
"""An answer this short that names another exercise ("feeling far apart") asks for it."""


def picks_another(tracker: Tracker, slot: str, value: Any) -> bool:
    """Does this answer pick another exercise in so many words ("the one about space i guess"), or,
    where the moment is asked for, name one on its own ("noticing when she reaches out")?"""
    flow = tracker.get_slot("flow")
    return flow in FLOWS and answer_steps.names_another(str(value or ""), flow, first_step=FLOWS[flow][0] == slot) is not None


FEELING_STEPS = frozenset({"emotion", "deeper_feeling"})
"""Steps that ask how one felt: there "lonely and mad" is the answer, not a wish for the longing exercise."""


def switch_to(tracker: Tracker, picked: bool = False, slot: str | None = None) -> dict[str, Any] | None:
    """ "Actually, I'd rather say thank you for something": the exercise asked for, started afresh
    from the moment told at the opening; None when the answer doesn't ask for another exercise.
    ``picked``: the answer picks another exercise in so many words (:func:`picks_another`);
    ``slot``: the step the answer was given at."""
    intent, text = intent_of(tracker) or "", tracker.latest_message.get("text") or ""
    flow = answer_steps.named_exercise(text) or (intent.removeprefix("topic_") if intent.startswith("topic_") else None)
    if flow is None or flow == tracker.get_slot("flow") or flow not in FLOWS:
        return None
    if not picked and slot in FEELING_STEPS and not SWITCH_CUE.search(text) and answer_steps.tells_a_feeling(text):
        return None
    moment = tracker.get_slot("told_moment")
    # The first answer may sound like a topic itself ("how she used to lean on me"): only a short one or one
    # that asks for another exercise in so many words switches.
    if not picked and not SWITCH_CUE.search(text) and len(text.split()) > SHORT_CHOICE:
        return None
    slots: dict[str, Any] = {step: None for steps in FLOWS.values() for step in steps}
    slots |= dict(first_steps(flow, moment)) if moment else {}
    return {**slots, "flow": flow, "routed": None}


def file_answer(slot: str, value: Any, tracker: Tracker) -> tuple[dict[str, Any], bool]:
    """The slots an answer to ``slot`` fills, and whether it was kept for a later step instead."""
    text = _clean(value)
    if text is None:
        return {slot: None}, False
    if slot not in FLOWS["resentment"]:
        return {slot: text}, False
    # Spread a two-in-one answer, and keep one meant for another step for that step.
    spread = answer_steps.split_answer(text, slot)
    filled = {step: part for step, part in spread.items() if step == slot or not tracker.get_slot(step)}
    if not filled:  # what it seemed to answer is answered already: it answers the question asked
        return {slot: text}, False
    kept_for_later = slot not in filled
    return {slot: filled.pop(slot, None), **filled}, kept_for_later


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
