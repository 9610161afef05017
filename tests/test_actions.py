"""Custom actions, driven with a CollectingDispatcher and hand-built trackers (no model)."""

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.commands import ActionHelp, ActionRepeatLast, ActionStop
from actions.opening import ActionChooseFlow, ActionGreet, ActionNotUnderstood, ActionRouteMoment
from actions.phrase import ActionComposePhrase, ActionPhraseVariant
from actions.readback import ActionCorrect, ActionReadback
from actions.reflection import ActionDontKnow, ValidateReflectionForm
from actions.safety import ActionSafety, ActionSafetyCheck, ActionSafetyDecide, ActionSafetyFollowup
from assistant.reflection.phrase_check import phrase_problems
from tests.conftest import ROOT

DOMAIN = yaml.safe_load((ROOT / "rasa_project" / "domain.yml").read_text())
RESENTMENT = {"trigger": "he checked his phone during dinner", "emotion": "i was annoyed",
              "reaction": "i went quiet", "deeper_feeling": "i felt hurt and lonely",
              "need": "i need to feel important to him"}


def tracker(events=(), slots=None, intent="inform", text="hello", ranking=None, entities=(), active_loop=None):
    """A tracker as the action server receives it (rasa-sdk's Tracker.from_dict); ``ranking`` is the
    exercise router's."""
    if ranking:
        entities = [*entities, {"entity": "exercise", "value": ranking[0]["name"], "ranking": ranking}]
    return Tracker.from_dict({
        "sender_id": "test", "slots": slots or {}, "events": list(events), "paused": False,
        "latest_message": {"intent": {"name": intent, "confidence": 1.0}, "text": text,
                           "entities": list(entities)},
        "latest_event_time": None, "followup_action": None,
        "active_loop": {"name": active_loop} if active_loop else {}, "latest_action_name": "action_listen",
    })


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


def test_repeat_in_the_steps_leaves_the_question_to_the_form_so_it_is_heard_once():
    question = DOMAIN["responses"]["utter_ask_emotion"][0]["text"]
    t = tracker([{"event": "user", "text": "he left"}, {"event": "bot", "text": "Let's slow that down."},
                 {"event": "bot", "text": question}, {"event": "user", "text": "repeat that"}],
                slots={"requested_slot": "emotion"}, intent="repeat", active_loop="reflection_form")
    messages, _ = run(ActionRepeatLast(), t)
    assert said(messages) == ["Let's slow that down."]


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


def ranking(**confidences):
    return [{"name": name, "confidence": value} for name, value in confidences.items()]


@pytest.mark.parametrize("flow,first", [("resentment", "trigger"), ("longing", "distance_moment"),
                                        ("space", "crowded_moment"), ("bids", "bid"),
                                        ("appreciation", "good_moment")])
def test_a_told_moment_starts_the_exercise_it_clearly_belongs_to(flow, first):
    ranked = ranking(**{f"topic_{flow}": 0.12, "topic_resentment" if flow != "resentment"
                                    else "topic_bids": 0.03, "topic_space" if flow != "space" else "topic_longing": 0.01})
    messages, events = run(ActionRouteMoment(), tracker(text="  she sat   next to me, it was sweet ", ranking=ranked))
    assert said(messages) == [f"utter_routed_{flow}"]  # says which exercise, and how to switch
    assert SlotSet("flow", flow) in events and SlotSet("routed", True) in events
    assert events.index(SlotSet(first, "she sat next to me, it was sweet")) > events.index(SlotSet(first, None))


def test_a_moment_where_i_turned_from_their_reach_starts_the_bids_exercise():
    ranked = ranking(topic_resentment=0.9, topic_bids=0.06)
    text = "my husband told me about his work problem and i kind of zoned out"
    messages, events = run(ActionRouteMoment(), tracker(text=text, ranking=ranked))
    assert said(messages) == ["utter_routed_bids"] and SlotSet("flow", "bids") in events


def test_a_moment_without_anything_good_in_it_is_never_taken_for_a_thank_you():
    ranked = ranking(topic_appreciation=0.5, topic_resentment=0.05)
    messages, events = run(ActionRouteMoment(), tracker(text="she was really short with me tonight", ranking=ranked))
    assert said(messages) == ["utter_routed_resentment"]
    # nor offered as a choice: the thank-you is set aside before asking whether the rest is clear
    ranked = ranking(topic_appreciation=0.45, topic_resentment=0.3, topic_bids=0.1, topic_longing=0.05)
    text = "my husband forgot to pick me up from work again"
    messages, events = run(ActionRouteMoment(), tracker(text=text, ranking=ranked))
    assert said(messages) == ["utter_routed_resentment"] and SlotSet("trigger", text) in events
    ranked = ranking(topic_appreciation=0.45, topic_resentment=0.2, topic_bids=0.15)
    messages, _ = run(ActionRouteMoment(), tracker(text=text, ranking=ranked))
    assert said(messages) == ["utter_moment_kept", "utter_offer_some"] and "appreciated" not in messages[1]["choices"]


def test_an_unclear_moment_keeps_it_and_offers_the_two_or_three_likeliest():
    ranked = ranking(topic_resentment=0.06, topic_longing=0.05, topic_space=0.04, topic_bids=0.01)
    messages, events = run(ActionRouteMoment(), tracker(text="he forgot my birthday", ranking=ranked))
    assert said(messages) == ["utter_moment_kept", "utter_offer_some"]
    choices = messages[1]["choices"]
    assert choices == "what hurt in that moment, feeling far from each other, or needing some room for yourself"
    assert events == [SlotSet("flow", None), SlotSet("told_moment", "he forgot my birthday"),
                      SlotSet("told_ranking", ranked)]


@pytest.mark.parametrize("reply,flow", [("the space one", "space"), ("um something that bothered me", "resentment"),
                                        ("i dont really know", "longing")])  # else the likeliest for the moment
def test_the_answer_to_which_exercise_starts_one_and_is_never_asked_twice(reply, flow):
    earlier = ranking(topic_longing=0.4, topic_resentment=0.35, topic_space=0.2)
    t = tracker(text=reply, ranking=ranking(topic_bids=0.3, topic_appreciation=0.3),
                slots={"told_moment": "we sit on our phones all evening", "told_ranking": earlier})
    messages, events = run(ActionRouteMoment(), t)
    assert said(messages) == [f"utter_intro_{flow}"]
    assert SlotSet("flow", flow) in events
    first = {"space": "crowded_moment", "resentment": "trigger", "longing": "distance_moment"}[flow]
    assert SlotSet(first, "we sit on our phones all evening") in events


def test_at_the_first_question_of_a_started_exercise_the_user_can_switch():
    validator = ValidateReflectionForm()
    t = tracker(intent="topic_appreciation", text="actually i want to thank him",
                slots={"flow": "resentment", "routed": True, "told_moment": "he made dinner", "requested_slot": "emotion",
                       "trigger": "he made dinner"})
    dispatcher = CollectingDispatcher()
    filled = validator._file("emotion", "actually i want to thank him", dispatcher, t)
    assert said(dispatcher.messages) == ["utter_intro_appreciation"]
    assert filled["flow"] == "appreciation" and filled["good_moment"] == "he made dinner"
    assert filled["trigger"] is None and filled["emotion"] is None and filled["routed"] is None


@pytest.mark.parametrize("reply", ["lonely and mad", "just lonely honestly"])
def test_feelings_at_the_first_feeling_question_are_the_answer_not_a_switch(reply):
    t = tracker(intent="inform", text=reply,
                slots={"flow": "resentment", "routed": True, "told_moment": "he ignored me at his parents house",
                       "requested_slot": "emotion", "trigger": "he ignored me at his parents house"})
    dispatcher = CollectingDispatcher()
    filled = ValidateReflectionForm()._file("emotion", reply, dispatcher, t)
    assert "flow" not in filled and filled["emotion"] == reply and said(dispatcher.messages) == []


def test_a_long_first_answer_that_sounds_like_another_topic_is_still_the_answer():
    reply = "how she used to lean on me i miss being close and needed"
    t = tracker(intent="topic_bids", text=reply,
                slots={"flow": "longing", "routed": True, "told_moment": "since her surgery she's been far away",
                       "requested_slot": "missing", "distance_moment": "since her surgery she's been far away"})
    filled = ValidateReflectionForm()._file("missing", reply, CollectingDispatcher(), t)
    assert "flow" not in filled and filled["missing"] == reply


def test_after_the_first_answer_a_topic_like_answer_is_an_answer():
    t = tracker(intent="topic_appreciation", text="i was grateful at first",
                slots={"flow": "resentment", "requested_slot": "emotion", "trigger": "he made dinner"})
    filled = ValidateReflectionForm()._file("emotion", "i was grateful at first", CollectingDispatcher(), t)
    assert filled["emotion"] == "i was grateful at first" and "flow" not in filled


def test_an_uncertain_concern_keeps_the_answer_and_the_step():
    t = tracker(intent="safety_check", text="i felt like nothing", slots={"requested_slot": "deeper_feeling"},
                entities=[{"entity": "concern", "value": "abuse"}], active_loop="reflection_form",
                ranking=ranking(topic_longing=0.6, topic_bids=0.2))
    messages, events = run(ActionSafetyCheck(), t)
    assert messages == []  # the form asks "are you safe right now?"
    for kept in (SlotSet("concern", "abuse"), SlotSet("held_step", "deeper_feeling"),
                 SlotSet("held_answer", "i felt like nothing")):
        assert kept in events


@pytest.mark.parametrize("reply,intent", [("yeah im safe its just been a long week", "affirm"), ("yes", "affirm")])
def test_a_clear_yes_resumes_the_same_step_with_the_answer_kept(reply, intent):
    t = tracker(intent=intent, text=reply, slots={"safe_answer": reply, "held_step": "deeper_feeling",
                                                   "held_answer": "i felt worthless", "flow": "resentment"})
    messages, events = run(ActionSafetyDecide(), t)
    assert said(messages) == ["utter_safety_resumed"]
    assert SlotSet("deeper_feeling", "i felt worthless") in events and events[-1] == FollowupAction("reflection_form")
    assert SlotSet("crisis", True) not in events


def test_a_yes_to_the_check_after_the_first_answer_never_switches_the_exercise():
    # "yeah just frustrated" names the five steps' word; the held answer was the first one of a routed exercise
    reply = "yeah just frustrated"
    t = tracker(intent="affirm", text=reply, slots={
        "safe_answer": reply, "held_step": "crowded_moment", "held_answer": "when he comes in with a plan to go out",
        "flow": "space", "routed": True, "told_moment": "i need time to myself"})
    _, events = run(ActionSafetyDecide(), t)
    assert SlotSet("crowded_moment", "when he comes in with a plan to go out") in events
    assert SlotSet("routed", None) in events and SlotSet("told_moment", None) in events


@pytest.mark.parametrize("reply,intent", [("i think so", "affirm"), ("not really", "deny"), ("i dont know", "dont_know"),
                                          ("yes but he hit me again", "safety_abuse"), ("for now yes", "affirm")])
def test_anything_but_a_clear_yes_takes_the_safety_path(reply, intent):
    t = tracker(intent=intent, text=reply, slots={"safe_answer": reply, "held_step": "deeper_feeling",
                                                   "held_answer": "i felt like nothing", "concern": "abuse"})
    messages, events = run(ActionSafetyDecide(), t)
    assert said(messages) == ["utter_safety_abuse"]
    assert SlotSet("crisis", True) in events and SlotSet("flow", "safety") in events


def test_a_reply_that_says_whose_safety_it_is_gets_the_resources_for_worry_about_another():
    reply = "me yeah but shes the one im worried about"
    t = tracker(intent="affirm", text=reply, slots={"safe_answer": reply, "held_answer": "i think i need space but i cant take it",
                                                   "concern": "self_harm"})
    messages, events = run(ActionSafetyDecide(), t)
    assert said(messages) == ["utter_safety_partner"]
    assert SlotSet("crisis", True) in events


def test_a_clear_yes_at_the_opening_routes_the_held_moment():
    t = tracker(intent="affirm", text="yes", slots={"safe_answer": "yes", "held_answer": "she left me a sweet note",
                                                   "held_topics": ranking(topic_appreciation=0.3, topic_bids=0.02)})
    messages, events = run(ActionSafetyDecide(), t)
    assert said(messages) == ["utter_safety_resumed", "utter_routed_appreciation"]
    assert SlotSet("good_moment", "she left me a sweet note") in events and events[-1] == FollowupAction("reflection_form")


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


@pytest.mark.parametrize("text,response", [("no", "utter_which_part_again"), ("nope thats wrong", "utter_which_part_again"),
                                           ("the second bit", "utter_which_part")])
def test_a_second_bare_no_says_how_to_correct_and_how_to_keep_it(text, response):
    t = tracker(slots={"flow": "resentment", "stage": "correcting", **RESENTMENT}, intent="deny", text=text)
    messages, events = run(ActionCorrect(), t)
    assert said(messages) == [response] and events == [SlotSet("stage", "correcting")]


def test_the_phrase_passes_the_quality_check_and_is_remembered():
    messages, events = run(ActionComposePhrase(), tracker(slots={"flow": "resentment", **RESENTMENT}))
    phrase = messages[1]["text"]
    assert said(messages)[0] == "utter_phrase_intro"
    assert phrase_problems(phrase, ["hurt and lonely", "to feel important to you"]) == []
    assert SlotSet("phrase", phrase) in events and SlotSet("stage", "phrase") in events


def test_tomorrows_small_step_is_never_empty_when_the_answer_was_nothing():
    slots = {"flow": "bids", "bid": "he tried to talk to me", "response": "i turned away", "turn_toward": "nothing"}
    messages, _ = run(ActionComposePhrase(), tracker(slots=slots))
    tomorrow = next(m for m in messages if m.get("response") == "utter_bids_tomorrow")
    assert tomorrow["turn_toward"] == "notice when they reach out"


def test_a_blaming_trigger_gives_a_phrase_without_the_accusation():
    slots = {"flow": "resentment", **RESENTMENT, "trigger": "he is a selfish idiot"}
    messages, _ = run(ActionComposePhrase(), tracker(slots=slots))
    assert "idiot" not in messages[1]["text"] and "selfish" not in messages[1]["text"]


@pytest.mark.parametrize("slots", [
    {"flow": "bids", "bid": "she should be a funny video", "response": "i kept looking at my laptop"},
    {"flow": "resentment", **RESENTMENT, "trigger": "he should have called", "reaction": "i always go quiet"},
    {"flow": "resentment", **RESENTMENT, "trigger": "he laughed at my idea",
     "deeper_feeling": "worthless kind of like my dreams are stupid", "need": "for him to believe in me"},
])
def test_words_that_fail_the_check_still_give_a_phrase_without_them(slots):
    """A recognizer slip can put "should" in an answer; the phrase still comes, without those words."""
    messages, events = run(ActionComposePhrase(), tracker(slots=slots))
    assert said(messages)[0] == "utter_phrase_intro"
    phrase = messages[1]["text"]
    assert phrase_problems(phrase) == [] and "should" not in phrase and "stupid" not in phrase
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


@pytest.mark.parametrize("pause", ["hmm", "let me think", "um give me a second", "thats a hard one"])
def test_thinking_aloud_is_not_taken_as_the_answer(pause):
    dispatcher = CollectingDispatcher()
    t = tracker(slots={"flow": "resentment", "requested_slot": "deeper_feeling"}, text=pause)
    filled = ValidateReflectionForm()._file("deeper_feeling", pause, dispatcher, t)
    assert filled == {"deeper_feeling": None}
    assert said(dispatcher.messages) == ["utter_take_your_time"]


@pytest.mark.parametrize("intent,text,response", [
    ("safety_self_harm", "my wife told me she wants to kill herself", "utter_safety_partner"),
    ("safety_self_harm", "i dont want to be here anymore", "utter_safety_self_harm"),
    ("safety_abuse", "he threw a plate at my head", "utter_safety_abuse"),
])
def test_the_safety_answer_fits_whose_safety_it_is(intent, text, response):
    messages, events = run(ActionSafety(), tracker(intent=intent, text=text))
    assert said(messages) == [response]
    assert SlotSet("concern", response.removeprefix("utter_safety_")) in events


@pytest.mark.parametrize("text,exercise", [("i guess the one about something that bugged me", "resentment"),
                                           ("the one for when something really bugged you", "resentment"),
                                           ("the one where you go step by step", "resentment"),
                                           ("time for me that one", "space"), ("the one about the little moments", "bids"), 
    ("the space one", "space"), ("the hurt one i guess", "resentment"), ("the one about feeling far", "longing"),
    ("the one about reaching out", "bids"), ("i want to thank him", "appreciation"),
    ("the one about something good", "appreciation"), ("um lets do something good please", "appreciation"),
    ("he always leaves dishes in the sink and i was so angry about it all evening", None),
    # a choice put right in the same breath: the last one named counts
    ("the resentment one no wait the space one", "space"), ("the hurt one actually no the one about feeling far", "longing"),
])
def test_a_short_choice_names_its_exercise(text, exercise):
    from assistant.reflection.answers import named_exercise

    assert named_exercise(text) == exercise


def test_an_answer_that_seemed_to_belong_elsewhere_answers_the_question_the_second_time():
    t = tracker(slots={"flow": "resentment", "trigger": "he left", "reaction": "i snapped at her",
                       "requested_slot": "emotion"})
    filled = ValidateReflectionForm()._file("emotion", "i snapped at her", CollectingDispatcher(), t)
    assert filled == {"emotion": "i snapped at her"}


def test_a_reply_not_understood_to_which_exercise_still_starts_one():
    t = tracker(intent="nlu_fallback", text="the hurt one i guess",
                slots={"told_moment": "she scrolls in bed every night",
                       "told_ranking": ranking(topic_longing=0.5, topic_resentment=0.4)})
    messages, events = run(ActionNotUnderstood(), t)
    assert said(messages) == ["utter_intro_resentment"]
    assert SlotSet("trigger", "she scrolls in bed every night") in events
    assert events[-1] == FollowupAction("reflection_form")


def test_the_told_moment_filling_the_first_step_keeps_the_switch_open():
    t = tracker(slots={"flow": "space", "routed": True, "told_moment": "i feel like a single parent most nights"})
    filled = ValidateReflectionForm()._file("crowded_moment", "i feel like a single parent most nights",
                                            CollectingDispatcher(), t)
    assert filled == {"crowded_moment": "i feel like a single parent most nights"}


@pytest.mark.parametrize("reply,flow", [("the first one", "longing"), ("um the second one please", "resentment"),
                                        ("the last one", "space")])
def test_the_choices_offered_for_a_moment_can_be_picked_by_their_place(reply, flow):
    earlier = ranking(topic_longing=0.4, topic_resentment=0.35, topic_space=0.2, topic_bids=0.05)
    t = tracker(text=reply, slots={"told_moment": "we sit on our phones all evening", "told_ranking": earlier})
    messages, events = run(ActionRouteMoment(), t)
    assert said(messages) == [f"utter_intro_{flow}"] and SlotSet("flow", flow) in events


def test_the_general_choices_can_be_picked_by_their_place_in_the_order_they_are_said():
    menu = DOMAIN["responses"]["utter_offer_choices"][0]["text"]
    assert menu.index("hurt") < menu.index("far apart") < menu.index("appreciate")  # resentment, longing, appreciation
    for reply, flow in (("the first one", "resentment"), ("the second one", "longing"), ("the third one", "appreciation")):
        messages, events = run(ActionRouteMoment(), tracker(text=reply))
        assert said(messages) == [f"utter_intro_{flow}"] and SlotSet("flow", flow) in events


def test_a_moment_the_classifier_could_not_place_is_still_routed():
    t = tracker(intent="nlu_fallback", text="forty years married and he still interrupts me every time i talk",
                ranking=ranking(topic_resentment=0.5, topic_longing=0.1))
    messages, events = run(ActionNotUnderstood(), t)
    assert said(messages) == ["utter_routed_resentment"]
    assert SlotSet("trigger", "forty years married and he still interrupts me every time i talk") in events
    assert events[-1] == FollowupAction("reflection_form")


@pytest.mark.parametrize("reply,flow", [("the hurt one", "resentment"), ("something i appreciated", "appreciation"),
                                        ("the reaching out one", "bids"), ("the one about missing how it was", "longing")])
def test_a_reply_shaped_like_a_choice_switches_even_when_no_moment_was_told(reply, flow):
    t = tracker(intent="nlu_fallback", text=reply, slots={"flow": "space", "routed": True, "requested_slot": "crowded_moment"})
    dispatcher = CollectingDispatcher()
    filled = ValidateReflectionForm()._file("crowded_moment", reply, dispatcher, t)
    assert said(dispatcher.messages) == [f"utter_intro_{flow}"] and filled["flow"] == flow


def journal_tracker(intent, facts):
    t = tracker(intent=intent, text="what did i reflect on last time")
    t.latest_message["metadata"] = {} if facts is None else {"journal": facts}
    return t


FACTS = {"last": {"date": "Monday 30 November", "exercise": "resentment", "feeling": "unimportant",
                  "need": "to matter to him"},
         "phrases": ["When you forgot, I felt unimportant."], "count": 2, "exercises": ["resentment", "appreciation"],
         "feelings": ["unimportant", "cared for"], "needs": ["to matter to him"]}


def test_looking_back_answers_from_the_journals_facts():
    from actions.journal import ActionJournal

    messages, _ = run(ActionJournal(), journal_tracker("journal_last", FACTS))
    assert said(messages) == ["utter_journal_last", "utter_ask_topic"]
    assert messages[0]["date"] == "Monday 30 November" and "unimportant" in messages[0]["summary"]
    messages, _ = run(ActionJournal(), journal_tracker("journal_recap", FACTS))
    assert messages[0]["count"] == 2 and messages[0]["feelings"] == "unimportant and cared for"
    messages, _ = run(ActionJournal(), journal_tracker("journal_phrases", FACTS))
    assert messages[0]["phrases"] == "When you forgot, I felt unimportant."


@pytest.mark.parametrize("intent,facts,response", [
    ("journal_last", None, "utter_journal_off"),
    ("journal_last", {**FACTS, "last": None}, "utter_journal_empty"),
    ("journal_phrases", {**FACTS, "phrases": []}, "utter_journal_no_phrases"),
    ("journal_recap", {**FACTS, "count": 0}, "utter_journal_recap_quiet"),
])
def test_looking_back_without_anything_to_look_at(intent, facts, response):
    from actions.journal import ActionJournal

    messages, _ = run(ActionJournal(), journal_tracker(intent, facts))
    assert said(messages)[0] == response


def test_a_reflection_left_halfway_comes_back_with_its_answers():
    from actions.journal import ActionResume

    t = tracker(intent="resume", text="/resume")
    t.latest_message["metadata"] = {"resume": {"flow": "longing", "answers": {"distance_moment": "at night"}}}
    messages, events = run(ActionResume(), t)
    assert said(messages) == ["utter_resume_back"]
    assert SlotSet("flow", "longing") in events
    assert events.index(SlotSet("distance_moment", "at night")) > events.index(SlotSet("distance_moment", None))
    t.latest_message["metadata"] = {"resume": {"flow": "nonsense"}}
    assert said(run(ActionResume(), t)[0]) == ["utter_ask_topic"]


def test_a_choice_names_its_exercise_even_when_the_classifier_heard_another():
    messages, events = run(ActionChooseFlow(), tracker(intent="topic_appreciation", text="the one for when youre hurt"))
    assert said(messages) == ["utter_intro_resentment"] and SlotSet("flow", "resentment") in events


def test_a_choice_said_at_the_opening_starts_its_exercise_without_taking_it_for_the_moment():
    ranked = ranking(topic_appreciation=0.5, topic_resentment=0.1)
    messages, events = run(ActionRouteMoment(), tracker(text="the one for when youre hurt", ranking=ranked))
    assert said(messages) == ["utter_intro_resentment"] and SlotSet("flow", "resentment") in events
    assert not [e for e in events if e["name"] == "trigger" and e.get("value")]


@pytest.mark.parametrize("action,intent", [(ActionRouteMoment(), "inform"), (ActionNotUnderstood(), "nlu_fallback")])
@pytest.mark.parametrize("opening", ["kind of off tonight", "blah"])
def test_an_opening_that_only_says_a_mood_gets_the_usual_choices(action, intent, opening):
    ranked = ranking(topic_space=0.9, topic_resentment=0.05)  # the router's guess at a mood is no reason to start
    messages, events = run(action, tracker(intent=intent, text=opening, ranking=ranked))
    assert said(messages) == ["utter_mood_heard", "utter_offer_choices"]
    assert SlotSet("told_moment", None) in events and not [e for e in events if e["name"] == "flow" and e.get("value")]


def test_a_subject_without_a_moment_gets_the_usual_choices_unless_the_exercise_is_clear():
    unclear = ranking(topic_appreciation=0.4, topic_resentment=0.35, topic_space=0.25)
    messages, events = run(ActionRouteMoment(), tracker(text="the dog", ranking=unclear))
    assert said(messages) == ["utter_subject_heard", "utter_offer_choices"] and SlotSet("told_moment", None) in events
    clear = ranking(topic_resentment=0.9, topic_longing=0.05)
    messages, events = run(ActionRouteMoment(), tracker(text="his mom again", ranking=clear))
    assert said(messages) == ["utter_routed_resentment"] and not [e for e in events if e["name"] == "trigger" and e.get("value")]


def test_a_vague_opening_is_not_kept_as_the_moment():
    _, events = run(ActionChooseFlow(), tracker(intent="topic_resentment",
                                                slots={"told_moment": "i dont know just a weird day with him"}))
    assert not [e for e in events if e["name"] == "trigger" and e.get("value")]
    assert events[-2] == SlotSet("told_moment", None)  # nothing is kept to switch with either


def test_the_line_that_chose_the_exercise_does_not_answer_its_first_step():
    t = tracker(slots={"flow": "resentment", "requested_slot": "trigger"}, text="the one for when youre hurt")
    filled = ValidateReflectionForm()._file("trigger", "the one for when youre hurt", CollectingDispatcher(), t)
    assert filled == {"trigger": None}
    t = tracker(slots={"flow": "resentment", "requested_slot": "trigger"}, text="he hurt my feelings at dinner")
    assert ValidateReflectionForm()._file("trigger", "he hurt my feelings at dinner", CollectingDispatcher(), t) == {
        "trigger": "he hurt my feelings at dinner"}
