"""The five exercises, defined once, as data: every other module reads them from here.

Each exercise is its steps in the order they are asked. A step says what kind of answer it holds
(which shapes its wording in the phrase and the read-back), whether the phrase must keep it, what
it stands for when the answer gives nothing usable, and which steps of the five-step exercise it
corresponds to, so a correction at the read-back ("no, I felt scared") lands in the right place.
The questions, read-backs and phrase templates themselves live in the Rasa domain.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One question of an exercise."""

    name: str
    """The slot that holds the answer, and the suffix of its utter_ask_/utter_help_ responses."""
    kind: str
    """event, feeling, action, need, missing, wish, reassurance or turn_toward."""
    readback_default: str
    """What the read-back says (to the user) when the answer holds nothing usable."""
    phrase_default: str | None = None
    """What the phrase says (to the partner) then; None: the phrase does without this step."""
    must_mention: bool = False
    """The phrase must keep this answer (the quality check looks for it)."""
    like: tuple[str, ...] = ()
    """The five-step exercise's steps a correction of which lands here."""


@dataclass(frozen=True)
class Exercise:
    name: str
    steps: tuple[Step, ...]

    @property
    def step_names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)


EXERCISES: dict[str, Exercise] = {exercise.name: exercise for exercise in (
    Exercise("resentment", (
        Step("trigger", "event", "something happened that stayed with you", like=("trigger",)),
        Step("emotion", "feeling", "something hard to name", "upset", like=("emotion",)),
        Step("reaction", "action", "you're not sure how you reacted", like=("reaction",)),
        Step("deeper_feeling", "feeling", "a bit unsettled", "a bit unsettled", must_mention=True,
             like=("deeper_feeling",)),
        Step("need", "need", "to feel close to them", "to feel close to you", must_mention=True, like=("need",)),
    )),
    Exercise("longing", (
        Step("distance_moment", "event", "you two are side by side but apart", like=("trigger",)),
        Step("missing", "missing", "being close to them", "being close to you", like=("deeper_feeling",)),
        Step("closeness_wish", "wish", "some time together, just the two of you", "some time together, just us",
             must_mention=True, like=("need",)),
    )),
    Exercise("space", (
        Step("crowded_moment", "event", "there's little room left for you", like=("trigger",)),
        Step("space_need", "need", "a little time to yourself", "a little time to myself", must_mention=True,
             like=("need",)),
        Step("reassurance", "reassurance", "how much they matter to you", "I love being with you"),
    )),
    Exercise("bids", (
        Step("bid", "event", "they said or did something small", like=("trigger",)),
        Step("response", "action", "you're not sure how you responded", like=("reaction",)),
        Step("turn_toward", "turn_toward", "notice when they reach out", "notice when they reach out"),
    )),
    Exercise("appreciation", (
        Step("good_moment", "event", "your partner did something you appreciated", like=("trigger",)),
        Step("meaning", "feeling", "cared for", "cared for", must_mention=True, like=("deeper_feeling", "emotion")),
    )),
)}
STEPS: dict[str, Step] = {step.name: step for exercise in EXERCISES.values() for step in exercise.steps}
"""Every step of every exercise, by name (step names are unique across exercises)."""

OPENING = ("utter_greet_first", "utter_ask_topic")
"""What the assistant says first in a new session, in order (domain responses). Data, so the
opening can be spoken while the dialogue model is still loading."""
