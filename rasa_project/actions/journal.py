"""Looking back, by voice: the last reflection, this week's phrases, the weekly recap.

The facts come with the message (metadata ``journal``, from assistant/journal.py's summary, when
the journal is on); every sentence comes from the domain.
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .flows import FLOWS, intent_of, one_text
from .opening import fresh_reflection


def _listed(items: list[str], domain: dict) -> str:
    joiner = one_text(domain, "utter_choice_or") or "or"
    joiner = "and" if joiner == "or" else joiner
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joiner} {items[-1]}"


class ActionJournal(Action):
    """Answers journal_last, journal_phrases and journal_recap from the journal's facts."""

    def name(self) -> str:
        return "action_journal"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        facts = (tracker.latest_message.get("metadata") or {}).get("journal")
        intent = intent_of(tracker)
        if facts is None:
            dispatcher.utter_message(response="utter_journal_off")
        elif intent == "journal_phrases":
            phrases = facts.get("phrases") or []
            if phrases:
                dispatcher.utter_message(response="utter_journal_phrases", phrases=" ... ".join(phrases))
            else:
                dispatcher.utter_message(response="utter_journal_no_phrases")
        elif intent == "journal_recap":
            if not facts.get("count"):
                dispatcher.utter_message(response="utter_journal_recap_quiet")
            else:
                exercises = [one_text(domain, f"utter_exercise_{e}") or e for e in facts.get("exercises") or []]
                dispatcher.utter_message(
                    response="utter_journal_recap", count=facts["count"], s="" if facts["count"] == 1 else "s",
                    exercises=_listed(exercises, domain) if exercises else "-",
                    feelings=_listed(facts.get("feelings") or ["-"], domain),
                    needs=_listed(facts.get("needs") or ["-"], domain))
        else:
            last = facts.get("last")
            if not last:
                dispatcher.utter_message(response="utter_journal_empty")
            else:
                summary = ""
                if last.get("feeling") and last.get("need"):
                    template = one_text(domain, "utter_journal_last_summary") or ""
                    summary = template.format(feeling=last["feeling"], need=last["need"])
                exercise = one_text(domain, f"utter_exercise_{last.get('exercise')}") or "a reflection"
                dispatcher.utter_message(response="utter_journal_last", date=last["date"], exercise=exercise,
                                         summary=summary)
        dispatcher.utter_message(response="utter_ask_topic")
        return []


class ActionResume(Action):
    """Picks up a reflection left halfway: its exercise and answers come with the message
    (metadata ``resume``, from the journal); the form then asks the first step not yet answered."""

    def name(self) -> str:
        return "action_resume"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        left = (tracker.latest_message.get("metadata") or {}).get("resume") or {}
        flow = left.get("flow")
        if flow not in FLOWS:
            dispatcher.utter_message(response="utter_ask_topic")
            return []
        dispatcher.utter_message(response="utter_resume_back")
        answers = left.get("answers") or {}
        kept = [SlotSet(step, answers[step]) for step in FLOWS[flow] if isinstance(answers.get(step), str)]
        return [SlotSet("flow", flow), SlotSet("noted", True), *fresh_reflection(), *kept]
