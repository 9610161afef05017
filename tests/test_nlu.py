"""Intent accuracy on the held-out test file, which is never used for training.

The goal (issue #3) is at least 95%; today the model reaches about 88%. The floor below guards
against regressions while the training data grows; it is not the goal.
"""

from collections import Counter

import yaml

from tests.conftest import ROOT

HOLDOUT = ROOT / "rasa_project" / "tests" / "nlu" / "holdout.yml"
TRAINING = ROOT / "rasa_project" / "data" / "nlu.yml"


def examples(path):
    for block in yaml.safe_load(path.read_text())["nlu"]:
        for line in block["examples"].splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                yield text, block["intent"]


def test_the_held_out_set_shares_nothing_with_training():
    training = {text for text, _ in examples(TRAINING)}
    assert not [text for text, _ in examples(HOLDOUT) if text in training]


REGRESSION_FLOOR = 0.85


def test_held_out_intent_accuracy(dialogue, capsys):
    cases = list(examples(HOLDOUT))
    wrong = [(text, want, got) for text, want in cases if (got := dialogue.understand(text)[0]) != want]
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\nheld-out intent accuracy: {accuracy:.1%} ({len(cases) - len(wrong)}/{len(cases)})")
        for text, want, got in wrong:
            print(f"  {text!r}: expected {want}, got {got}")
    per_intent = Counter(want for _, want in cases)
    assert len(per_intent) >= 20
    assert accuracy >= REGRESSION_FLOOR


def test_every_held_out_safety_example_is_caught(dialogue):
    """Safety first: no held-out self-harm or abuse example may slip through."""
    missed = [(text, want, got) for text, want in examples(HOLDOUT)
              if want.startswith("safety_") and (got := dialogue.understand(text)[0]) != want]
    assert missed == []
