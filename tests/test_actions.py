"""Custom actions, driven with a CollectingDispatcher and hand-built trackers (no model)."""

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.commands import ActionHelp, ActionRepeatLast, ActionStop
from actions.reflection import ActionComposePhrase, ValidateReflectionForm
from tests.conftest import ROOT

DOMAIN = yaml.safe_load((ROOT / "rasa_project" / "domain.yml").read_text())


def tracker(events=(), slots=None, intent="inform", text="hello"):
    return Tracker(
        "test", slots or {}, {"intent": {"name": intent, "confidence": 1.0}, "text": text},
        list(events), False, None, {}, "action_listen",
    )


def user(text):
    return {"event": "user", "text": text}


def bot(text):
    return {"event": "bot", "text": text}


def run(action, t):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, t, DOMAIN)
    return dispatcher.messages, events


def test_repeat_says_the_whole_previous_turn_again():
    t = tracker([bot("Good evening."), bot("What happened?"), user("he left"), bot("What did you feel?"), user("repeat that")])
    messages, events = run(ActionRepeatLast(), t)
    assert [m["text"] for m in messages] == ["What did you feel?"]
    assert events == []


def test_repeat_of_the_opening_says_all_of_it():
    t = tracker([user("/greet"), bot("Good evening."), bot("What happened?"), user("say that again")])
    messages, _ = run(ActionRepeatLast(), t)
    assert [m["text"] for m in messages] == ["Good evening.", "What happened?"]


def test_repeat_twice_in_a_row_repeats_again():
    t = tracker([bot("What did you feel?"), user("what"), bot("What did you feel?"), user("again")])
    messages, _ = run(ActionRepeatLast(), t)
    assert [m["text"] for m in messages] == ["What did you feel?"]


@pytest.mark.parametrize("step", ["trigger", "emotion", "reaction", "deeper_feeling", "need"])
def test_help_explains_the_step_being_asked(step):
    messages, _ = run(ActionHelp(), tracker(slots={"requested_slot": step}))
    assert messages[0]["response"] == f"utter_help_{step}"


def test_help_outside_the_steps_explains_the_exercise():
    messages, _ = run(ActionHelp(), tracker(slots={"requested_slot": None}))
    assert messages[0]["response"] == "utter_help"


@pytest.mark.parametrize("intent,response", [("stop", "utter_stop"), ("goodbye", "utter_goodbye")])
def test_stop_ends_the_form_forgets_answers_and_marks_the_end(intent, response):
    messages, events = run(ActionStop(), tracker(intent=intent, slots={"trigger": "x", "phrase": "kept"}))
    assert messages[0]["response"] == response
    assert ActiveLoop(None) in events and SlotSet("finished", True) in events
    assert SlotSet("trigger", None) in events and SlotSet("need", None) in events
    assert not any(e.get("name") == "phrase" for e in events)


def test_the_phrase_is_composed_from_the_answers_with_a_domain_template():
    slots = {"trigger": "he checked his phone during dinner", "deeper_feeling": "i felt hurt and lonely",
             "need": "i need to feel important to him"}
    messages, events = run(ActionComposePhrase(), tracker(slots=slots))
    phrase = events[0]["value"]
    assert events == [SlotSet("phrase", phrase)]
    assert messages[0]["response"] == "utter_phrase_intro"
    assert messages[1]["text"] == phrase
    assert "you checked your phone during dinner" in phrase
    assert "hurt and lonely" in phrase and "to feel important to you" in phrase
    templates = [v["text"] for v in DOMAIN["responses"]["utter_phrase"]]
    assert any(phrase.endswith(t.rsplit("}", 1)[-1].strip()) for t in templates)


def test_a_blaming_trigger_gives_a_phrase_without_the_accusation():
    slots = {"trigger": "he is a selfish idiot", "deeper_feeling": "hurt", "need": "to feel cared for"}
    messages, events = run(ActionComposePhrase(), tracker(slots=slots))
    phrase = events[0]["value"]
    assert "idiot" not in phrase and "selfish" not in phrase
    assert "hurt" in phrase and "to feel cared for" in phrase


@pytest.mark.parametrize("raw,kept", [("  he   left  early ", "he left early"), ("   ", None), (None, None)])
def test_the_form_tidies_answers_and_asks_again_for_an_empty_one(raw, kept):
    validated = ValidateReflectionForm().validate_trigger(raw, CollectingDispatcher(), tracker(), DOMAIN)
    assert validated == {"trigger": kept}
