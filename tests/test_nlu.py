"""Intent accuracy on the two held-out test files, neither of which is ever used for training.

* holdout.yml: written alongside the training data. It has been consulted while the training data
  grew (no line copied; near copies are kept out by the test below), so it works as a development set.
* blind.yml: written by someone who saw only a description of the intents, never the training data.
  It measures wording the model was not shaped by.

The goal (issue #3) is at least 95% held-out accuracy; today the model reaches about 93% and 91%.
The floors below guard against regressions while the training data grows; they are not the goal.
"""

from collections import Counter
from difflib import SequenceMatcher

import pytest
import yaml

from tests.conftest import ROOT

NLU_TESTS = ROOT / "rasa_project" / "tests" / "nlu"
TRAINING = ROOT / "rasa_project" / "data" / "nlu.yml"
FLOORS = {"holdout.yml": 0.90, "blind.yml": 0.88}  # regression floors with room for training noise; the goal is 0.95


def examples(path):
    for block in yaml.safe_load(path.read_text())["nlu"]:
        for line in block["examples"].splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                yield text, block["intent"]


@pytest.mark.parametrize("name", FLOORS)
def test_the_held_out_sets_share_nothing_with_training(name):
    training = {text for text, _ in examples(TRAINING)}
    assert not [text for text, _ in examples(NLU_TESTS / name) if text in training]


def test_training_holds_no_near_copy_of_a_held_out_line():
    """A training line one word away from a test line would make the figure meaningless."""
    held_out = [text for name in FLOORS for text, _ in examples(NLU_TESTS / name) if len(text) >= 12]
    near = [(text, other) for text, _ in examples(TRAINING) if len(text) >= 12 for other in held_out
            if SequenceMatcher(None, text, other).ratio() >= 0.9]
    assert near == []


@pytest.mark.parametrize("name", FLOORS)
def test_held_out_intent_accuracy(dialogue, capsys, name):
    cases = list(examples(NLU_TESTS / name))
    wrong = [(text, want, got) for text, want in cases if (got := dialogue.understand(text)[0]) != want]
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\n{name} intent accuracy: {accuracy:.1%} ({len(cases) - len(wrong)}/{len(cases)})")
        for text, want, got in wrong:
            print(f"  {text!r}: expected {want}, got {got}")
    assert len(Counter(want for _, want in cases)) == 20
    assert accuracy >= FLOORS[name]


@pytest.mark.parametrize("name", FLOORS)
def test_every_held_out_safety_example_is_caught(dialogue, name):
    """Safety first: no held-out self-harm or abuse example may slip through."""
    missed = [(text, want, got) for text, want in examples(NLU_TESTS / name)
              if want.startswith("safety_") and (got := dialogue.understand(text)[0]) != want]
    assert missed == []
