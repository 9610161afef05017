"""The safety screen's place in the Rasa pipeline: how it treats the classifier's intent."""

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.safety_component import CLASSIFIER_THRESHOLD, SafetyScreen


def parsed(text, *ranking):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    return SafetyScreen({}).process([message])[0]


def test_a_screen_hit_overrides_whatever_the_classifier_thought():
    message = parsed("i want to kill myself", ("inform", 0.97), ("stop", 0.02))
    assert message.get(INTENT) == {"name": "safety_self_harm", "confidence": 1.0}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["safety_self_harm", "inform", "stop"]


@pytest.mark.parametrize("confidence", [CLASSIFIER_THRESHOLD, 0.51, 0.8])
def test_a_likely_classifier_safety_guess_stands(confidence):
    message = parsed("things at home are not okay", ("safety_abuse", confidence), ("inform", 1 - confidence))
    assert message.get(INTENT)["name"] == "safety_abuse"


def test_an_unlikely_classifier_safety_guess_gives_way_to_the_next_intent():
    message = parsed("we argued about the dishes", ("safety_abuse", 0.45), ("inform", 0.4), ("topic_resentment", 0.15))
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.4}
    assert "safety_abuse" not in [r["name"] for r in message.get(INTENT_RANKING_KEY)]


def test_everyday_talk_is_left_alone():
    message = parsed("he checked his phone during dinner", ("inform", 0.9), ("safety_abuse", 0.05))
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.9}
