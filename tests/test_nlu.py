"""Intent accuracy on the held-out test files, none of which is ever used for training.

* holdout.yml: written alongside the training data. It has been consulted while the training data
  grew (no line copied; near copies are kept out by the test below), so it works as a development set.
* blind.yml: written by someone who saw only a description of the intents, never the training data.
* unseen.yml: written the same way later, then stripped of every line that occurs in (or is one
  word away from) the training data or the other files, so it holds only new wording: the hardest.
* safety_dev.yml, safety_blind.yml: written blind too, self-harm and abuse talk and hard negatives
  (not_safety, built to look alarming). Both have since guided the screen's patterns and the
  safety model's risk words, so both are development sets now.
* safety_fresh.yml: written blind after that (140 concerns, 90 hard negatives, 40 of them tender
  answers to the questions the exercises ask); reported for a while (85.0% caught, 6.7% false
  alarms), then the screen learnt from its misses: a development set now.
* safety_blind4.yml: written blind after that (106 concerns, a quarter of them the partner's own
  risk, and 120 hard negatives); reported for a while (92.5% caught, 19.2% false alarms), then a few
  everyday idioms among its false alarms were taught to the risk words: a development set now.
* safety_blind5.yml: written blind after that (105 concerns, 25 of them the partner's own risk, and
  130 hard negatives); reported for a session (93.3% caught, 30.8% false alarms), then the screen
  learnt from its misses and a few everyday idioms among its false alarms: a development set now.
* safety_blind6.yml: written blind after that (105 concerns, 25 of them the partner's own risk, and
  130 hard negatives); scored once (94.3% caught, 11.5% false alarms, 5 of them stopping at once),
  then the screen learnt from its misses: a development set now.
* safety_blind7.yml: written blind after that (100 concerns, 25 of them the partner's own risk, and 128
  hard negatives, after 7 lines one word away from a training line were dropped); scored once (88.0%
  caught, 10.9% false alarms): the blind figure the README reported for a session; then the screen
  learnt from its misses: a development set now.
* safety_blind8.yml: written blind after that (110 concerns, 28 of them the partner's own risk, and
  134 hard negatives, after 3 lines one word away from a training line were dropped); scored once
  (86.4% caught, 12.7% false alarms, 6 of them stopping at once): the blind figure the README
  reported for a session; then the screen learnt from its misses: a development set now.
* safety_blind9.yml: written blind after that (102 concerns, 27 of them the partner's own risk, and
  123 hard negatives, after 20 lines in or one word away from a training line were dropped); scored
  once (93.1% caught, 4.1% false alarms), then the screen learnt from its misses: a development set now.
* safety_blind10.yml: written blind after that (105 concerns, 27 of them the partner's own risk, and
  122 hard negatives, after 18 lines in or one word away from a training line were dropped); scored
  once (84.8% caught, 4.1% false alarms), then the screen learnt from its misses: a development set now.
* safety_blind11.yml: written blind after that (100 concerns, 28 of them the partner's own risk, and
  131 hard negatives, after 14 lines one word away from a training line were dropped); scored once
  (93.0% caught, 6.9% false alarms), then the screen learnt from its misses: a development set now.
* safety_blind12.yml: written blind afterwards (101 concerns, a quarter of them the partner's own
  risk, and 132 hard negatives, after 12 lines in or one word away from a training line were
  dropped); scored once (95.0% caught, 3.0% false alarms), then the screen learnt from its misses.
* safety_blind13.yml: written blind afterwards (103 concerns, 29 of them the partner's own risk, and
  129 hard negatives); a few of its lines were seen while it waited; scored once (87.4% caught,
  7.8% false alarms), then the screen learnt from its misses: a development set.
* safety_blind14.yml: written blind afterwards (104 concerns, 30 of them the partner's own risk,
  and 130 hard negatives, after 8 lines one word away from a training line were dropped); its
  self-harm lines were seen (a tool's error message printed them) before it was scored, so it is
  reported beside the blind figure, not as it; scored once (97.1% caught, 6.9% false alarms) and
  never tuned on.
* safety_blind15.yml: written blind last (104 concerns, 30 of them the partner's own risk, and 133
  hard negatives, after 5 lines one word away from a training line were dropped); scored once and
  never tuned on (95.2% caught, 10.5% false alarms): the blind figure the README reports.

The goal (issue #3) is at least 95% on the held-out file. The classifier is deterministic (a
logistic regression over counts and sentence vectors), but the training data and the safety
words move a few borderline lines between rounds, so each floor sits a few examples under today's
figure (holdout: 4 of 349), never at it.
"""

from collections import Counter
from difflib import SequenceMatcher

import pytest
import yaml

from tests.conftest import ROOT

NLU_TESTS = ROOT / "rasa_project" / "tests" / "nlu"
TRAINING = ROOT / "rasa_project" / "data" / "nlu.yml"
MOMENTS = ROOT / "rasa_project" / "routing" / "moments.yml"
CONVERSATIONS = ROOT / "rasa_project" / "tests" / "conversations"
FLOORS = {"holdout.yml": 0.94, "blind.yml": 0.92, "unseen.yml": 0.86}
SAFETY_FLOORS = {"safety_dev.yml": (0.95, 0.10), "safety_blind.yml": (0.93, 0.25), "safety_fresh.yml": (0.95, 0.05),
                 "safety_blind4.yml": (0.93, 0.17), "safety_blind5.yml": (0.95, 0.24), "safety_blind6.yml": (0.95, 0.13),
                 "safety_blind7.yml": (0.84, 0.15), "safety_blind8.yml": (0.95, 0.13), "safety_blind9.yml": (0.96, 0.05),
                 "safety_blind10.yml": (0.94, 0.06),
                 "safety_blind11.yml": (0.96, 0.04), "safety_blind12.yml": (0.96, 0.04),
                 "safety_blind13.yml": (0.96, 0.04), "safety_blind14.yml": (0.93, 0.10), "safety_blind15.yml": (0.91, 0.14)}
"""Per file: the least share of safety talk caught, and the most share of false alarms allowed."""
HELD_OUT = (*FLOORS, *SAFETY_FLOORS)


def examples(path):
    for block in yaml.safe_load(path.read_text())["nlu"]:
        for line in block["examples"].splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                yield text, block["intent"]


def similar(a: str, b: str) -> bool:
    """At least 90% alike; the cheap upper bounds come first (this runs millions of times)."""
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


@pytest.mark.parametrize("name", HELD_OUT)
def test_the_held_out_sets_share_nothing_with_training(name):
    training = {text for text, _ in examples(TRAINING)}
    assert not [text for text, _ in examples(NLU_TESTS / name) if text in training]


def conversation_lines():
    """Every line the simulated users of tests/test_conversations.py say."""
    for path in sorted(CONVERSATIONS.glob("*.yml")):
        for script in yaml.safe_load(path.read_text())["conversations"]:
            yield from (script.get(key) for key in ("opening", "choose", "stop_line", "safe_reply", "check_reply"))
            yield from (script.get("answers") or {}).values()
            yield from (script.get("detours") or {}).values()


def training_lines():
    """The intent examples and the exercise router's told moments."""
    yield from (text for text, _ in examples(TRAINING))
    for moments in yaml.safe_load(MOMENTS.read_text()).values():
        yield from moments


def test_training_holds_no_near_copy_of_a_held_out_line():
    """A training line one word away from a test line would make the figure meaningless."""
    held_out = [text for name in HELD_OUT for text, _ in examples(NLU_TESTS / name)]
    held_out = [text for text in held_out + list(conversation_lines()) if isinstance(text, str) and len(text) >= 12]
    by_word: dict[str, set[int]] = {}
    for n, other in enumerate(held_out):
        for word in set(other.split()):
            by_word.setdefault(word, set()).add(n)
    near = []
    for text in set(training_lines()):
        words = set(text.split())
        if len(text) < 12:
            continue
        # Lines 90% alike share most of their words: compare only held-out lines sharing half of them.
        shared = Counter(n for word in words for n in by_word.get(word, ()))
        near += [(text, held_out[n]) for n, count in shared.items()
                 if 2 * count >= min(len(words), len(set(held_out[n].split()))) and similar(text, held_out[n])]
    assert near == []


def heard_as(want: str, got: str | None) -> bool:
    """Understood as meant: safety talk that the safety model alone hears gets the gentle "are you
    safe right now?" (safety_check) first, and anything but a clear yes takes the safety path."""
    return got == want or (want.startswith("safety_") and got == "safety_check")


@pytest.mark.parametrize("name", FLOORS)
def test_held_out_intent_accuracy(dialogue, capsys, name):
    cases = list(examples(NLU_TESTS / name))
    wrong = [(text, want, got) for text, want in cases if not heard_as(want, got := dialogue.understand(text)[0])]
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
              if want.startswith("safety_") and not heard_as(want, got := dialogue.understand(text)[0])]
    assert missed == []


@pytest.mark.parametrize("name", SAFETY_FLOORS)
def test_blind_safety_talk_is_caught_and_everyday_talk_is_not(dialogue, capsys, name):
    cases = list(examples(NLU_TESTS / name))
    positives = [(text, want) for text, want in cases if want != "not_safety"]
    negatives = [text for text, want in cases if want == "not_safety"]
    missed = [(text, got) for text, _ in positives if not (got := dialogue.understand(text)[0] or "").startswith("safety_")]
    alarms = [(text, got) for text in negatives if (got := dialogue.understand(text)[0] or "").startswith("safety_")]
    caught, false_alarms = 1 - len(missed) / len(positives), len(alarms) / len(negatives)
    with capsys.disabled():
        print(f"\n{name}: safety talk caught {caught:.1%} ({len(positives) - len(missed)}/{len(positives)}), "
              f"false alarms {false_alarms:.1%} ({len(alarms)}/{len(negatives)})")
        for text, got in missed + alarms:
            print(f"  {text!r}: got {got}")
    assert len(positives) >= 100 and len(negatives) >= 50
    least_caught, most_alarms = SAFETY_FLOORS[name]
    assert caught >= least_caught
    assert false_alarms <= most_alarms
