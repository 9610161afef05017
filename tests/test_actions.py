"""Custom actions, driven with a CollectingDispatcher and hand-built trackers (no model)."""

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.commands import ActionHelp, ActionRepeatLast, ActionStop
from actions.opening import ActionChooseFlow, ActionGreet, ActionKeepMoment, ActionNotUnderstood
from actions.phrase import ActionComposePhrase, ActionPhraseVariant
from actions.readback import ActionCorrect, ActionReadback
from actions.reflection import ActionDontKnow, ValidateReflectionForm
from actions.safety import ActionSafety, ActionSafetyFollowup
from assistant.phrase_check import phrase_problems
from tests.conftest import ROOT

DOMAIN = yaml.safe_load((ROOT / "rasa_project" / "domain.yml").read_text())
RESENTMENT = {"trigger": "he checked his phone during dinner", "emotion": "i was annoyed",
              "reaction": "i went quiet", "deeper_feeling": "i felt hurt and lonely",
              "need": "i need to feel important to him"}


def tracker(events=(), slots=None, intent="inform", text="hello"):
    return Tracker(
        "test", slots or {}, {"intent": {"name": intent, "confidence": 1.0}, "text": text},
        list(events), False, None, {}, "action_listen",
    )


def run(action, t):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, t, DOMAIN)
    return dispatcher.messages, events


def said(messages):
    return [m.get("text") or m.get("response") for m in messages]


def test_repeat_says_the_whole_previous_turn_again():
    t = tracker([{"event": "bot", "text": "Good evening."}, {"event": "bot", "text": "What's on your mind?"},
                 {"event": "user", "text": "he left"}, {"event": "bot", "text": "What did you feel?"},
                 {"event": "user", "text": "repeat that"}])
    messages, events = run(ActionRepeatLast(), t)
    assert said(messages) == ["What did you feel?"] and events == []


@pytest.mark.parametrize("step", ["trigger", "emotion", "reaction", "deeper_feeling", "need", "missing", "bid", "meaning"])
def test_help_explains_the_step_being_asked(step):
    messages, _ = run(ActionHelp(), tracker(slots={"requested_slot": step}))
    assert said(messages) == [f"utter_help_{step}"]


def test_help_in_the_safety_flow_stays_with_safety():
    messages, _ = run(ActionHelp(), tracker(slots={"flow": "safety"}))
    assert said(messages) == ["utter_safety_followup"]


@pytest.mark.parametrize("intent,response", [("stop", "utter_stop"), ("goodbye", "utter_goodbye")])
def test_stop_ends_the_form_forgets_answers_and_marks_the_end(intent, response):
    messages, events = run(ActionStop(), tracker(intent=intent, slots={"trigger": "x", "phrase": "kept"}))
    assert said(messages) == [response]
    assert ActiveLoop(None) in events and SlotSet("finished", True) in events
    assert SlotSet("trigger", None) in events and not any(e.get("name") == "phrase" for e in events)


def test_the_note_is_said_once_per_session():
    first, events = run(ActionGreet(), tracker())
    assert said(first) == ["utter_greet_first", "utter_ask_topic"] and SlotSet("noted", True) in events
    again, _ = run(ActionGreet(), tracker(slots={"noted": True}))
    assert said(again) == ["utter_greet_again", "utter_ask_topic"]


@pytest.mark.parametrize("flow", ["resentment", "longing", "space", "bids", "appreciation"])
def test_a_topic_starts_its_exercise_fresh(flow):
    messages, events = run(ActionChooseFlow(), tracker(intent=f"topic_{flow}", slots={"trigger": "old"}))
    assert said(messages) == [f"utter_intro_{flow}"]
    assert SlotSet("flow", flow) in events and SlotSet("trigger", None) in events


def test_a_moment_told_before_any_question_is_kept_and_the_choices_offered():
    messages, events = run(ActionKeepMoment(), tracker(text="  he forgot   my birthday "))
    assert said(messages) == ["utter_moment_kept", "utter_offer_choices"]
    assert events == [SlotSet("told_moment", "he forgot my birthday")]


@pytest.mark.parametrize("flow,first", [("longing", "distance_moment"), ("space", "crowded_moment"),
                                        ("bids", "bid"), ("appreciation", "good_moment")])
def test_the_exercise_chosen_starts_from_the_moment_told(flow, first):
    moment = "she sat down next to me on the couch"
    _, events = run(ActionChooseFlow(), tracker(intent=f"topic_{flow}", slots={"told_moment": moment}))
    assert events.index(SlotSet(first, moment)) > events.index(SlotSet(first, None))
    assert SlotSet("told_moment", None) in events


def test_a_moment_told_for_the_five_steps_fills_every_step_it_answers():
    _, events = run(ActionChooseFlow(), tracker(
        intent="topic_resentment", slots={"told_moment": "he forgot my birthday and i was furious"}))
    filled = {e["name"]: e["value"] for e in events if e.get("value")}
    assert filled["trigger"] == "he forgot my birthday" and "furious" in filled["emotion"]


def test_without_a_moment_told_the_exercise_asks_for_it():
    _, events = run(ActionChooseFlow(), tracker(intent="topic_bids"))
    assert not [e for e in events if e["name"] in ("bid", "trigger") and e.get("value")]


def test_two_misses_in_a_row_offer_choices():
    messages, events = run(ActionNotUnderstood(), tracker(slots={"misses": 0}))
    assert said(messages) == ["utter_rephrase"] and SlotSet("misses", 1.0) in events
    messages, events = run(ActionNotUnderstood(), tracker(slots={"misses": 1.0}))
    assert said(messages) == ["utter_offer_choices"] and SlotSet("misses", 0.0) in events


@pytest.mark.parametrize("flow,steps", [
    ("resentment", ["trigger", "emotion", "reaction", "deeper_feeling", "need"]),
    ("space", ["crowded_moment", "space_need", "reassurance"]),
    ("bids", ["bid", "response", "turn_toward"]),
])
def test_the_form_asks_the_steps_of_the_chosen_exercise(flow, steps):
    import asyncio

    form = ValidateReflectionForm()
    got = asyncio.run(form.required_slots([], CollectingDispatcher(), tracker(slots={"flow": flow}), DOMAIN))
    assert got == steps


def test_a_two_in_one_answer_fills_both_steps():
    dispatcher = CollectingDispatcher()
    t = tracker(slots={"flow": "resentment", "trigger": "he left"})
    filled = ValidateReflectionForm().validate_emotion("i was angry so i slammed the door", dispatcher, t, DOMAIN)
    assert filled == {"emotion": "i was angry", "reaction": "i slammed the door"}


def test_an_answer_for_another_step_is_kept_for_it_and_the_step_asked_again():
    dispatcher = CollectingDispatcher()
    t = tracker(slots={"flow": "resentment", "trigger": "he left", "emotion": "angry"})
    filled = ValidateReflectionForm().validate_reaction("i need him to listen", dispatcher, t, DOMAIN)
    assert filled == {"reaction": None, "need": "i need him to listen"}
    assert said(dispatcher.messages) == ["utter_kept_for_later"]


@pytest.mark.parametrize("raw,kept", [("  he   left  early ", "he left early"), ("   ", None), (None, None)])
def test_the_form_tidies_answers_and_asks_again_for_an_empty_one(raw, kept):
    validated = ValidateReflectionForm().validate_trigger(raw, CollectingDispatcher(), tracker(), DOMAIN)
    assert validated == {"trigger": kept}


def test_dont_know_first_gives_examples_then_fills_a_gentle_default():
    messages, events = run(ActionDontKnow(), tracker(slots={"requested_slot": "deeper_feeling"}))
    assert said(messages) == ["utter_examples_deeper_feeling"] and events == [SlotSet("unsure_step", "deeper_feeling")]
    messages, events = run(ActionDontKnow(), tracker(slots={"requested_slot": "deeper_feeling", "unsure_step": "deeper_feeling"}))
    assert said(messages) == ["utter_moving_on"]
    assert SlotSet("deeper_feeling", "a bit unsettled") in events


def test_readback_summarises_in_the_second_person():
    messages, events = run(ActionReadback(), tracker(slots={"flow": "resentment", **RESENTMENT}))
    text = messages[0]["text"]
    assert text.startswith("Let me check I have it. He checked his phone during dinner.")
    assert "you went quiet" in text and "to feel important to him" in text
    assert events == [SlotSet("stage", "readback")]


def test_a_correction_changes_one_step_and_reads_back():
    t = tracker(slots={"flow": "resentment", "stage": "readback", **RESENTMENT}, intent="deny", text="no i felt scared")
    messages, events = run(ActionCorrect(), t)
    assert said(messages)[0] == "utter_corrected" and "scared" in messages[1]["text"]
    assert SlotSet("deeper_feeling", "i felt scared") in events and SlotSet("stage", "readback") in events


def test_a_bare_no_asks_which_part():
    t = tracker(slots={"flow": "resentment", "stage": "readback", **RESENTMENT}, intent="deny", text="no")
    messages, events = run(ActionCorrect(), t)
    assert said(messages) == ["utter_which_part"] and events == [SlotSet("stage", "correcting")]


def test_the_phrase_passes_the_quality_check_and_is_remembered():
    messages, events = run(ActionComposePhrase(), tracker(slots={"flow": "resentment", **RESENTMENT}))
    phrase = messages[1]["text"]
    assert said(messages)[0] == "utter_phrase_intro"
    assert phrase_problems(phrase, ["hurt and lonely", "to feel important to you"]) == []
    assert SlotSet("phrase", phrase) in events and SlotSet("stage", "phrase") in events


def test_a_blaming_trigger_gives_a_phrase_without_the_accusation():
    slots = {"flow": "resentment", **RESENTMENT, "trigger": "he is a selfish idiot"}
    messages, _ = run(ActionComposePhrase(), tracker(slots=slots))
    assert "idiot" not in messages[1]["text"] and "selfish" not in messages[1]["text"]


@pytest.mark.parametrize("slots", [
    {"flow": "bids", "bid": "she should be a funny video", "response": "i kept looking at my laptop"},
    {"flow": "resentment", **RESENTMENT, "trigger": "he should have called", "reaction": "i always go quiet"},
])
def test_words_that_fail_the_check_still_give_a_phrase_without_them(slots):
    """A recognizer slip can put "should" in an answer; the phrase still comes, without those words."""
    messages, events = run(ActionComposePhrase(), tracker(slots=slots))
    assert said(messages)[0] == "utter_phrase_intro"
    phrase = messages[1]["text"]
    assert phrase_problems(phrase) == [] and "should" not in phrase
    assert SlotSet("stage", "phrase") in events


@pytest.mark.parametrize("intent", ["phrase_softer", "phrase_shorter", "phrase_another"])
def test_variants_differ_from_the_phrase_before(intent):
    slots = {"flow": "resentment", **RESENTMENT}
    first_messages, first_events = run(ActionComposePhrase(), tracker(slots=slots))
    template = next(e["value"] for e in first_events if e.get("name") == "phrase_template")
    messages, _ = run(ActionPhraseVariant(), tracker(slots={**slots, "phrase_template": template}, intent=intent))
    assert messages[1]["text"] != first_messages[1]["text"]
    assert phrase_problems(messages[1]["text"]) == []


def test_safety_stops_everything_and_marks_the_crisis():
    messages, events = run(ActionSafety(), tracker(intent="safety_abuse", slots={"flow": "resentment"}))
    assert said(messages) == ["utter_safety_abuse"]
    assert ActiveLoop(None) in events and SlotSet("flow", "safety") in events and SlotSet("crisis", True) in events


@pytest.mark.parametrize("intent,response", [
    ("deny", "utter_safety_followup"), ("inform", "utter_safety_followup"),
    ("topic_resentment", "utter_safety_not_tonight"), ("greet", "utter_safety_not_tonight"),
])
def test_after_a_concern_no_exercise_and_im_fine_does_not_close_it(intent, response):
    messages, events = run(ActionSafetyFollowup(), tracker(intent=intent, slots={"flow": "safety"}))
    assert said(messages) == [response] and events == []


def test_yes_after_a_concern_repeats_the_resources():
    messages, _ = run(ActionSafetyFollowup(), tracker(intent="affirm", slots={"flow": "safety", "concern": "abuse"}))
    assert said(messages) == ["utter_safety_abuse"]
