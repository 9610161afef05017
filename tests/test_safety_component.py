"""The safety decision in the Rasa pipeline: the rule screen, the safety model's thresholds, the step."""

import math

import numpy as np
import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.safety_screen import FEELING_STEPS, SafetyScreen, Thresholds

DEFAULTS = Thresholds()


def screen_with(p_abuse: float, **config) -> SafetyScreen:
    """A real one-feature safety model whose probability of abuse for the feature 1.0 is p_abuse."""
    component = SafetyScreen(config, None, None)
    component._weights = np.array([[0.0], [-60.0], [math.log(p_abuse / (1 - p_abuse))]])
    component._bias = np.zeros(3)
    return component


def parsed(text, *ranking, p_abuse=0.01, asking=None, **config):
    message = Message(data={TEXT: text, "metadata": {"asking": asking}})
    message.add_features(Features(np.array([[1.0]]), "sentence", TEXT, "test"))
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    return screen_with(p_abuse, **config).process([message])[0]


def test_a_screen_hit_overrides_whatever_the_classifier_thought():
    message = parsed("i want to kill myself", ("inform", 0.97), ("stop", 0.02), asking="deeper_feeling")
    assert message.get(INTENT) == {"name": "safety_self_harm", "confidence": 1.0}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["safety_self_harm", "inform", "stop"]


def test_by_default_even_a_sure_safety_model_asks_first():
    message = parsed("i have to be careful at home", ("inform", 0.9), p_abuse=0.99999)
    assert message.get(INTENT)["name"] == "safety_check"


def test_a_confident_safety_model_takes_the_full_path_when_so_configured():
    message = parsed("i have to be careful at home", ("inform", 0.9), p_abuse=0.999, concern=0.99)
    assert message.get(INTENT)["name"] == "safety_abuse"
    assert message.get(INTENT)["confidence"] == pytest.approx(0.999, abs=1e-4)


def test_a_turn_without_any_risk_word_is_never_a_concern():
    message = parsed("i looked at the bank app and saw four hundred dollars of takeout", ("inform", 0.9), p_abuse=0.999)
    assert message.get(INTENT)["name"] == "inform"


def test_an_uncertain_one_asks_first_and_says_what_about():
    message = parsed("i have to be careful at home", ("inform", 0.9), p_abuse=0.6)
    assert message.get(INTENT)["name"] == "safety_check" and message.get("safety")["decision"] == "check"
    assert [e["value"] for e in message.get(ENTITIES) if e["entity"] == "concern"] == ["abuse"]


@pytest.mark.parametrize("step", sorted(FEELING_STEPS))
def test_a_tender_answer_to_a_feeling_question_needs_more_certainty(step):
    unsure, surer = (DEFAULTS.check + DEFAULTS.answer_check) / 2, (DEFAULTS.answer_check + DEFAULTS.answer_concern) / 2
    assert parsed("i felt scared", ("inform", 0.9), p_abuse=unsure, asking=step).get(INTENT)["name"] == "inform"
    assert parsed("i felt scared", ("inform", 0.9), p_abuse=surer, asking=step).get(INTENT)["name"] == "safety_check"
    assert parsed("i felt scared", ("inform", 0.9), p_abuse=unsure, asking="trigger").get(INTENT)["name"] == "safety_check"


def test_the_intent_classifiers_own_safety_guess_never_decides():
    message = parsed("we argued about the dishes", ("safety_abuse", 0.7), ("inform", 0.2), ("topic_resentment", 0.1))
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.2}
    assert "safety_abuse" not in [r["name"] for r in message.get(INTENT_RANKING_KEY)]


def test_at_a_step_the_guess_after_a_dropped_safety_one_must_sound_like_itself():
    text = "hollow kind of like im just a milk machine now and nobody sees me"
    message = parsed(text, ("safety_self_harm", 0.8), ("help", 0.1), ("inform", 0.05), asking="deeper_feeling")
    assert message.get(INTENT)["name"] == "inform"
    message = parsed("what do you mean", ("safety_self_harm", 0.6), ("help", 0.3), asking="deeper_feeling")
    assert message.get(INTENT)["name"] == "help"


def test_everyday_talk_is_left_alone():
    message = parsed("he checked his phone during dinner", ("inform", 0.9), ("topic_bids", 0.05))
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.9}


@pytest.mark.parametrize("probability,asking,decision", [
    (DEFAULTS.concern, None, "concern"), (1.0, None, "check"), (DEFAULTS.check, "trigger", "check"),
    (DEFAULTS.check - 0.01, None, None), (1.0, "deeper_feeling", "check"),  # at a feeling step it only asks
    (DEFAULTS.answer_concern - 0.01, "emotion", "check"), (DEFAULTS.answer_check - 0.01, "meaning", None),
])
def test_thresholds(probability, asking, decision):
    assert DEFAULTS.decide(probability, asking) == decision


def test_the_thresholds_come_from_the_pipeline_config():
    assert SafetyScreen({"check": 0.3}, None, None).thresholds == Thresholds(check=0.3)
