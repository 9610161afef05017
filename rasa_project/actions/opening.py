"""Opening the evening, choosing an exercise, and reprompting when not understood."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.reflection import answers as answer_steps
from assistant.reflection.answers import named_exercise
from assistant.reflection.exercises import OPENING

from .flows import ALL_STEPS, FLOWS, exercise_ranking, intent_of, one_text


def fresh_reflection() -> list[EventType]:
    """Forget the answers of an earlier reflection in this conversation."""
    return [SlotSet(step, None) for step in ALL_STEPS] + [
        SlotSet("stage", None), SlotSet("unsure_step", None), SlotSet("misses", 0.0), SlotSet("told_moment", None),
        SlotSet("routed", None), SlotSet("told_ranking", None),
    ]


def first_steps(flow: str, moment: str) -> list[tuple[str, str]]:
    """A moment told before the exercise was chosen answers its first step (for the five steps,
    spread over every step it answers: "he left early and i was furious"): (step, answer) pairs."""
    first = FLOWS[flow][0]
    if answer_steps.is_vague(moment):  # "i don't know, just a weird day": the first step is asked
        return []
    if flow == "resentment":
        return list(answer_steps.split_answer(moment, first).items())
    return [(first, moment)]


def start_from(flow: str, moment: str | None) -> list[EventType]:
    """Start an exercise afresh; a told moment answers its first step(s) and is kept until the
    first answer, in case the user asks for another exercise instead."""
    told = [SlotSet(step, part) for step, part in first_steps(flow, moment)] if moment else []
    return [SlotSet("flow", flow), SlotSet("noted", True), *fresh_reflection(), *told,
            SlotSet("told_moment", moment if told else None), SlotSet("routed", True)]


class ActionGreet(Action):
    """Greets once with the note about what this is, then asks what's on the user's mind."""

    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        greeting, question = OPENING
        dispatcher.utter_message(response=greeting if not tracker.get_slot("noted") else "utter_greet_again")
        dispatcher.utter_message(response=question)
        return [SlotSet("noted", True), SlotSet("flow", None), *fresh_reflection()]


class ActionChooseFlow(Action):
    """Starts the exercise the user's words point to (topic_<flow> intents)."""

    def name(self) -> str:
        return "action_choose_flow"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        named = named_exercise(tracker.latest_message.get("text") or "")  # "the one for when you're hurt"
        flow = named or (intent_of(tracker) or "topic_resentment").removeprefix("topic_")
        dispatcher.utter_message(response=f"utter_intro_{flow}")
        return start_from(flow, tracker.get_slot("told_moment"))


OFFERED = ("resentment", "longing", "appreciation")
"""The exercises utter_offer_choices names, in its order ("the first one" is resentment)."""
ROUTE_MARGIN = 2.0
"""A told moment starts the exercise its words point to when that one is at least this many times
as likely (in the exercise router's ranking) as the next; otherwise the assistant asks, offering
the most likely few."""
MAX_CHOICES = 3
TOLD_WORDS = 5
"""A turn this long, said before any exercise started, is a told moment even when the intent
classifier cannot place it ("forty years married and he still interrupts me")."""


def ranked_topics(ranking: list[dict]) -> list[tuple[str, float]]:
    """The exercises in an intent ranking, most likely first."""
    topics = [(str(r["name"]).removeprefix("topic_"), float(r.get("confidence") or 0.0))
              for r in ranking if str(r.get("name")).startswith("topic_")]
    return sorted(topics, key=lambda t: -t[1])


def clear_choice(topics: list[tuple[str, float]]) -> str | None:
    """The exercise a ranking points to clearly enough to start it without asking."""
    if topics and (len(topics) == 1 or topics[0][1] >= ROUTE_MARGIN * topics[1][1]):
        return topics[0][0]
    return None


def route_moment(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, moment: str,
                 ranking: list[dict]) -> list[EventType]:
    """Start the exercise a told moment belongs to, from that moment; ask only when it's unclear,
    and only once: the reply to that question ("the hurt one") starts the exercise it names or
    points to, or else the likeliest one for the moment."""
    moment = " ".join(moment.split())
    kept = tracker.get_slot("told_moment")
    place = answer_steps.ordinal_choice(moment)
    if kept:  # we asked already
        earlier = [flow for flow, _ in ranked_topics(tracker.get_slot("told_ranking") or [])][:MAX_CHOICES]
        picked = earlier[place] if place is not None and earlier and place < len(earlier) else None
        flow = picked or named_exercise(moment) or clear_choice(ranked_topics(ranking)) or (earlier[0] if earlier
                                                                                             else "resentment")
        dispatcher.utter_message(response=f"utter_intro_{flow}")
        return start_from(flow, kept)
    if place is not None:  # "the first one", after the choices were offered
        flow = OFFERED[place] if place < len(OFFERED) else OFFERED[-1]
        dispatcher.utter_message(response=f"utter_intro_{flow}")
        return start_from(flow, None)
    if answer_steps.is_mood_only(moment):  # "kind of off tonight": no moment to keep, no exercise to guess
        return offer_choices(dispatcher)
    named = named_exercise(moment)
    if named:  # a choice rather than a moment: "the one for when you're hurt"
        dispatcher.utter_message(response=f"utter_intro_{named}")
        return start_from(named, None)
    topics = ranked_topics(ranking)
    if answer_steps.turned_away(moment):  # "she showed me a video and i barely looked": a missed reach
        topics = [("bids", 1.0)]
    if not answer_steps.sounds_good(moment):  # nothing good was said: never thank them for a hurt, nor offer to
        topics = [(flow, p) for flow, p in topics if flow != "appreciation"]
    flow = clear_choice(topics)
    if flow:
        dispatcher.utter_message(response=f"utter_routed_{flow}")
        return start_from(flow, moment or None)
    if answer_steps.is_vague(moment):  # "the dog", "my birthday": no moment to keep, and the router only guessed
        return offer_choices(dispatcher, "utter_subject_heard")
    likely = [flow for flow, _ in topics[:MAX_CHOICES]] or ["resentment", "longing", "appreciation"]
    names = [one_text(domain, f"utter_choice_{flow}") or flow for flow in likely]
    joiner = one_text(domain, "utter_choice_or") or "or"
    dispatcher.utter_message(response="utter_moment_kept")
    dispatcher.utter_message(response="utter_offer_some",
                             choices=", ".join(names[:-1]) + f", {joiner} " + names[-1] if len(names) > 2
                             else f" {joiner} ".join(names))
    return [SlotSet("flow", None), SlotSet("told_moment", moment or None), SlotSet("told_ranking", ranking)]


def offer_choices(dispatcher: CollectingDispatcher, heard: str = "utter_mood_heard") -> list[EventType]:
    """An opening that only says a mood ("meh tonight") or a subject ("the dog"): acknowledged
    (``heard``), then the usual choices, so "the first one" means what it says."""
    dispatcher.utter_message(response=heard)
    dispatcher.utter_message(response="utter_offer_choices")
    return [SlotSet("flow", None), SlotSet("told_moment", None), SlotSet("told_ranking", None), SlotSet("misses", 0.0)]


class ActionRouteMoment(Action):
    """A moment told before any question ("he forgot my birthday") starts the exercise it belongs
    to, with one line that says which and how to switch; when that's unclear, two or three choices."""

    def name(self) -> str:
        return "action_route_moment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        message = tracker.latest_message
        return route_moment(dispatcher, tracker, domain, message.get("text") or "", exercise_ranking(message))


class ActionNotUnderstood(Action):
    """First miss: a gentle reprompt. Second miss in a row: offer the choices. Not understood as the
    answer to which exercise a told moment is for, it starts one anyway (we never ask twice)."""

    def name(self) -> str:
        return "action_not_understood"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[EventType]:
        message = tracker.latest_message
        text = message.get("text") or ""
        told = not tracker.get_slot("flow") and len(text.split()) >= TOLD_WORDS
        if told or (tracker.get_slot("told_moment") and not tracker.get_slot("flow")):
            # The reply to "which one?", or a moment told in words the classifier did not place:
            # it still belongs to an exercise.
            events = route_moment(dispatcher, tracker, domain, text, exercise_ranking(message))
            started = any(isinstance(e, dict) and e.get("name") == "flow" and e.get("value") for e in events)
            return events + ([FollowupAction("reflection_form")] if started else [])
        if not tracker.get_slot("flow") and answer_steps.is_mood_only(text):  # "blah"
            return offer_choices(dispatcher)
        misses = int(tracker.get_slot("misses") or 0) + 1
        if misses >= 2:
            dispatcher.utter_message(response="utter_offer_choices")
            return [SlotSet("misses", 0.0)]
        dispatcher.utter_message(response="utter_rephrase")
        return [SlotSet("misses", float(misses))]
