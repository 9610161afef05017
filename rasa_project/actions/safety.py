"""Safety first: a concern stops the exercise for the rest of the session; an uncertain one is
checked gently first ("are you safe right now?"), and a clear yes goes back to the same step."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.safety.screen import clear_yes, partner_at_risk

from .flows import SAFETY, exercise_ranking, intent_of
from .opening import route_moment
from .reflection import file_answer

NOT_TONIGHT = {"greet", "topic_resentment", "topic_longing", "topic_space", "topic_bids",
               "topic_appreciation", "phrase_softer", "phrase_shorter", "phrase_another"}


def safety_path(dispatcher: CollectingDispatcher, concern: str) -> list[EventType]:
    dispatcher.utter_message(response=f"utter_safety_{concern}")
    return [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        SlotSet("stage", None),
        SlotSet("flow", SAFETY),
        SlotSet("crisis", True),
        SlotSet("concern", concern),
        SlotSet("held_step", None),
        SlotSet("held_answer", None),
    ]


class ActionSafety(Action):
    """Stop whatever exercise is running, answer with care and give crisis resources."""

    def name(self) -> str:
        return "action_safety"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        return safety_path(dispatcher, concern_of(intent_of(tracker), tracker.latest_message.get("text") or ""))


def concern_of(intent: str | None, text: str) -> str:
    """abuse, self_harm, or partner (their self-harm: resources for someone worried about another)."""
    if intent == "safety_abuse" or intent == "abuse":
        return "abuse"
    return "partner" if partner_at_risk(text) else "self_harm"


class ActionSafetyCheck(Action):
    """An uncertain concern: keep the answer and the step it answered; the form asks if they're safe."""

    def name(self) -> str:
        return "action_safety_check"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        message = tracker.latest_message
        concern = next((e.get("value") for e in message.get("entities") or [] if e.get("entity") == "concern"),
                       "self_harm")
        step = tracker.get_slot("requested_slot") if tracker.active_loop_name == "reflection_form" else None
        topics = exercise_ranking(message)
        return [SlotSet("concern", concern), SlotSet("held_step", step), SlotSet("held_answer", message.get("text")),
                SlotSet("held_topics", topics), SlotSet("safe_answer", None)]


class ActionSafetyDecide(Action):
    """After the check: a clear yes resumes where we were with the answer kept; anything else
    takes the safety path."""

    def name(self) -> str:
        return "action_safety_decide"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        reply = tracker.get_slot("safe_answer") or ""
        if not clear_yes(reply):  # the rule screen reads the reply too (a model guess on "yes i'm safe" doesn't)
            concern = tracker.get_slot("concern") or "self_harm"
            # whose safety: the held answer or the reply may say it ("me yeah but she's the one i'm worried about")
            return safety_path(dispatcher, concern_of(concern, f"{tracker.get_slot('held_answer') or ''} {reply}"))
        dispatcher.utter_message(response="utter_safety_resumed")
        step, held = tracker.get_slot("held_step"), tracker.get_slot("held_answer") or ""
        events: list[EventType] = [SlotSet("safe_answer", None), SlotSet("held_step", None),
                                   SlotSet("held_answer", None), SlotSet("held_topics", None)]
        if step:  # the held answer is the step's answer; the reply to the check answers nothing, picks nothing
            filled, _ = file_answer(step, held, tracker)
            return events + [SlotSet(slot, value) for slot, value in filled.items()] + [
                SlotSet("routed", None), SlotSet("told_moment", None), FollowupAction("reflection_form")]
        if not tracker.get_slot("flow"):
            routed = route_moment(dispatcher, tracker, domain, held, tracker.get_slot("held_topics") or [])
            started = any(isinstance(e, dict) and e.get("name") == "flow" and e.get("value") for e in routed)
            return events + routed + ([FollowupAction("reflection_form")] if started else [])
        stage = tracker.get_slot("stage")
        return events + [FollowupAction("action_readback" if stage in ("readback", "correcting")
                                        else "utter_after_phrase")]


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
