"""The exercises are defined once (assistant/exercises.py); the domain and every module agree with it."""

import re

import pytest
import yaml

from assistant.reflection.exercises import EXERCISES, STEPS
from tests.conftest import ROOT

DOMAIN = yaml.safe_load((ROOT / "rasa_project" / "domain.yml").read_text())
RESPONSES = DOMAIN["responses"]


def slots_in(response: str) -> set[str]:
    return {slot for variant in RESPONSES.get(response, []) for slot in re.findall(r"\{(\w+)\}", variant.get("text", ""))}


def test_step_names_are_unique_and_the_form_asks_exactly_them():
    names = [step.name for exercise in EXERCISES.values() for step in exercise.steps]
    assert len(names) == len(set(names)) == len(STEPS)
    assert set(DOMAIN["forms"]["reflection_form"]["required_slots"]) == set(names)


@pytest.mark.parametrize("step", sorted(STEPS))
def test_every_step_has_its_question_help_and_slot(step):
    assert f"utter_ask_{step}" in RESPONSES and f"utter_help_{step}" in RESPONSES
    assert step in DOMAIN["slots"]


@pytest.mark.parametrize("name", sorted(EXERCISES))
def test_read_backs_and_phrases_use_only_their_exercises_steps(name):
    steps = set(EXERCISES[name].step_names)
    assert slots_in(f"utter_readback_{name}") == steps
    phrases = [r for r in RESPONSES if r.startswith(f"utter_phrase_{name}")]
    assert phrases and all(slots_in(r) <= steps for r in phrases)
    for step in EXERCISES[name].steps:
        if step.must_mention:
            assert any(step.name in slots_in(r) for r in phrases)


def test_corrections_land_on_a_step_of_the_same_kind():
    five = EXERCISES["resentment"]
    for exercise in EXERCISES.values():
        for step in exercise.steps:
            assert all(like in five.step_names for like in step.like)
