"""The gentle phrase: composed from the answers, checked, and varied on request."""

from __future__ import annotations

import random

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.reflection.exercises import EXERCISES
from assistant.reflection.phrase import phrase_fields
from assistant.reflection.phrase_check import phrase_problems
from assistant.reflection.readback import for_readback
from assistant.reflection.shapes import render_template

from .flows import answers, texts

MUST_MENTION = {name: tuple(step.name for step in exercise.steps if step.must_mention)
                for name, exercise in EXERCISES.items()}
STYLES = {"phrase_softer": "_softer", "phrase_shorter": "_shorter", "phrase_another": ""}


def best_phrase(tracker: Tracker, domain: dict, style: str, avoid: str | None) -> tuple[str, str] | None:
    """The first template variation (shuffled) that renders a phrase passing the quality check."""
    flow = tracker.get_slot("flow") or "resentment"
    fields = phrase_fields(answers(tracker))
    base = f"utter_phrase_{flow}"
    if flow == "resentment" and "trigger" not in fields and not style:
        base += "_untold"
    candidates = texts(domain, base + style)
    random.shuffle(candidates)
    for template in candidates:
        if template == avoid:
            continue
        try:
            text = render_template(template, fields)
        except KeyError:  # the template needs an answer we don't have
            continue
        must = [fields[key] for key in MUST_MENTION.get(flow, ()) if "{" + key + "}" in template]
        if not phrase_problems(text, must):
            return text, template
    return None


def say_phrase(dispatcher, tracker, domain, style: str = "", avoid: str | None = None) -> list[EventType]:
    # The asked-for style, then any wording; when the user's own words make every fuller phrase fail
    # the quality check ("when she should be ..."), a short one that leaves those words out.
    attempts = ((style, avoid), ("", avoid), ("", None), ("_shorter", None), ("_softer", None))
    found = next(filter(None, (best_phrase(tracker, domain, s, a) for s, a in attempts)), None)
    if found is None:
        dispatcher.utter_message(response="utter_rephrase")
        return []
    text, template = found
    dispatcher.utter_message(response="utter_phrase_intro")
    dispatcher.utter_message(text=text)
    return [SlotSet("phrase", text), SlotSet("phrase_template", template), SlotSet("stage", "phrase")]


class ActionComposePhrase(Action):
    """Turn the answers into a short, blame-free sentence for the partner."""

    def name(self) -> str:
        return "action_compose_phrase"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        events = say_phrase(dispatcher, tracker, domain)
        turn_toward = tracker.get_slot("turn_toward")
        if tracker.get_slot("flow") == "bids" and turn_toward:
            dispatcher.utter_message(response="utter_bids_tomorrow", turn_toward=for_readback("turn_toward", turn_toward))
        return events


class ActionPhraseVariant(Action):
    """Make it softer, make it shorter, or say it another way."""

    def name(self) -> str:
        return "action_phrase_variant"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return say_phrase(dispatcher, tracker, domain, STYLES.get(intent, ""), tracker.get_slot("phrase_template"))
