"""The gentle phrase: composed from the answers, checked, and varied on request."""

from __future__ import annotations

import random

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.reflection.exercises import EXERCISES
from assistant.reflection.phrase import for_phrase, phrase_fields, without_flagged_words
from assistant.reflection.phrase_check import phrase_problems
from assistant.reflection.readback import for_readback
from assistant.reflection.shapes import render_template

from .flows import answers, texts

MUST_MENTION = {name: tuple(step.name for step in exercise.steps if step.must_mention)
                for name, exercise in EXERCISES.items()}
STYLES = {"phrase_softer": "_softer", "phrase_shorter": "_shorter", "phrase_another": ""}


def best_phrase(tracker: Tracker, domain: dict, style: str, avoid: str | None, fields: dict[str, str],
                problems: list[str]) -> tuple[str, str] | None:
    """The first template variation (shuffled) that renders a phrase passing the quality check;
    what each failed one was flagged for is added to ``problems``."""
    flow = tracker.get_slot("flow") or "resentment"
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
        found = phrase_problems(text, must)
        if not found:
            return text, template
        problems.extend(found)
    return None


def say_phrase(dispatcher, tracker, domain, style: str = "", avoid: str | None = None) -> list[EventType]:
    # The asked-for style, then any wording; when the user's own words make every phrase fail the
    # quality check ("like my dreams are stupid"), the same with the clause holding them cut off.
    attempts = ((style, avoid), ("", avoid), ("", None), ("_shorter", None), ("_softer", None))
    fields, problems = phrase_fields(answers(tracker)), []
    found = next(filter(None, (best_phrase(tracker, domain, s, a, fields, problems) for s, a in attempts)), None)
    if found is None:
        repaired = without_flagged_words(fields, problems)
        found = next(filter(None, (best_phrase(tracker, domain, s, a, repaired, []) for s, a in attempts)), None)
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
            # "nothing" or "i don't know" leaves no step of its own: the gentle default stands in
            step = for_readback("turn_toward", turn_toward) or for_phrase("turn_toward", turn_toward)
            dispatcher.utter_message(response="utter_bids_tomorrow", turn_toward=step)
        return events


class ActionPhraseVariant(Action):
    """Make it softer, make it shorter, or say it another way."""

    def name(self) -> str:
        return "action_phrase_variant"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return say_phrase(dispatcher, tracker, domain, STYLES.get(intent, ""), tracker.get_slot("phrase_template"))
