"""The safety decision, as the last component of the Rasa NLU pipeline.

Safety first, in proportion and with the question in view:

* The rule screen (:func:`assistant.safety.screen.screen`) catches explicit talk of self-harm or abuse:
  the intent becomes ``safety_self_harm`` or ``safety_abuse`` with full confidence, at any step.
* For everything else a model of its own decides: a logistic regression trained here on the same
  features as the intent classifier, but on its own question (self-harm, abuse, or neither) over
  every training example, so safety talk competes with all ordinary talk rather than with twenty
  intents. It weighs only turns that mention something on the risk list
  (:func:`assistant.safety.screen.mentions_risk`: death, harm, violence, fear, control, a warning sign);
  its probability of a concern, read against :class:`Thresholds`, gives a gentle check ("are you
  safe right now?", the intent ``safety_check`` with a ``concern`` entity) when it is high enough,
  and nothing otherwise; by default the model alone never takes the full path without asking
  (see ``Thresholds.concern``).
* Where the assistant has just asked for a feeling (:data:`FEELING_STEPS`), a tender answer
  ("alone", "worthless", "like a failure") is the exercise working, so the model needs to be more
  sure there. The dialogue tells which question a turn answers in the message metadata
  (``asking``, see assistant/dialogue.py).

The intent classifier's own safety guesses never decide: they are dropped from its ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack, vstack

from assistant.nlu.linear import LinearComponent
from assistant.nlu.step_commands import decide as step_decide
from assistant.reflection.answers import named_exercise
from assistant.safety.screen import mentions_risk, screen

SAFETY_INTENTS = {"safety_self_harm", "safety_abuse"}
CHECK_INTENT = "safety_check"
CLASSES = ("none", "self_harm", "abuse")
FEELING_STEPS = frozenset({"emotion", "deeper_feeling", "missing", "meaning", "reassurance", "reaction", "choice"})
"""Questions that ask how the person felt (or what they did with it), and the choice of an exercise
("the hurt one"): tender and heavy words belong in the answers."""


@dataclass(frozen=True)
class Thresholds:
    """Probabilities of a concern (0..1) from the safety model, and what each leads to."""

    concern: float = 1.01
    """At least this: the full safety path. Above 1: the model alone never stops the exercise, it
    asks first ("are you safe right now?"), and anything but a clear yes takes the safety path; only
    the rule screen stops at once. The model's confidence does not separate the two at the top:
    ordinary answers ("i was ten minutes late with his evening pills") reached 0.9997, as high as
    many real disclosures, so a stop on confidence alone ended ordinary evenings in a false crisis."""
    check: float = 0.5
    """At least this (and below ``concern``): a gentle "are you safe right now?" first."""
    answer_concern: float = 1.01
    """Like ``concern``, for an answer to a question about feelings (FEELING_STEPS); above 1, the
    model alone never stops the exercise there, it only ever asks first (the rule screen still does)."""
    answer_check: float = 0.8
    """Like ``check``, for an answer to a question about feelings."""

    def decide(self, probability: float, asking: str | None) -> str | None:
        """"concern", "check" or None for a model probability, given the question being answered."""
        feeling = asking in FEELING_STEPS
        if probability >= (self.answer_concern if feeling else self.concern):
            return "concern"
        if probability >= (self.answer_check if feeling else self.check):
            return "check"
        return None


def features(message: Message) -> csr_matrix:
    """The sentence-level sparse (word and character counts) and dense (sentence vector) features."""
    sparse = message.get_sparse_features(TEXT)[1]
    dense = message.get_dense_features(TEXT)[1]
    return hstack([csr_matrix(sparse.features if sparse else np.zeros((1, 0))),
                   csr_matrix(dense.features if dense else np.zeros((1, 0)))]).tocsr()


def label(intent: str | None) -> str:
    return intent.removeprefix("safety_") if intent in SAFETY_INTENTS else "none"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyScreen(LinearComponent):
    """Screens every message; overrides the intent on a concern or an uncertain one."""

    MODEL_FILE = "safety_model.npz"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {name: getattr(Thresholds(), name) for name in Thresholds.__dataclass_fields__} | {
            "regularization": 1.0}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource) -> None:
        super().__init__(config, model_storage, resource)
        self.thresholds = Thresholds(**{k: float(self._config[k]) for k in Thresholds.__dataclass_fields__})

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.linear_model import LogisticRegression

        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        x = vstack([features(e) for e in examples])
        y = [CLASSES.index(label(e.get(INTENT))) for e in examples]
        model = LogisticRegression(C=float(self._config["regularization"]), class_weight="balanced",
                                   max_iter=3000, random_state=42)
        model.fit(x, y)
        weights = np.zeros((len(CLASSES), x.shape[1]))
        bias = np.zeros(len(CLASSES))
        weights[model.classes_], bias[model.classes_] = model.coef_, model.intercept_
        return self._keep(weights, bias)

    def probabilities(self, message: Message) -> np.ndarray:
        """P(none), P(self_harm), P(abuse) for one featurized message."""
        return self._probabilities(features(message))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._decide(message)
        return messages

    def _decide(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") not in SAFETY_INTENTS]
        intent = message.get(INTENT) or {}
        hit = screen(text)
        probabilities = self.probabilities(message) if self._weights is not None else np.array([1.0, 0, 0])
        concern = CLASSES[1 + int(np.argmax(probabilities[1:]))]
        asking = (message.get("metadata") or {}).get("asking")
        if named_exercise(text):  # "the hurt one i guess" picks an exercise, whatever was asked
            asking = "choice"
        probability = 1.0 - float(probabilities[0]) if mentions_risk(text) else 0.0
        decision = "concern" if hit else self.thresholds.decide(probability, asking)
        message.set("safety", {"probability": round(1.0 - float(probabilities[0]), 4), "concern": concern,
                               "risk_words": probability > 0.0,
                               "screen": hit.cue if hit else None, "decision": decision}, add_to_output=True)
        if hit:
            chosen = {"name": f"safety_{hit.concern.value}", "confidence": 1.0}
        elif decision == "concern":
            chosen = {"name": f"safety_{concern}", "confidence": probability}
        elif decision == "check":
            chosen = {"name": CHECK_INTENT, "confidence": probability}
            entity = {"entity": "concern", "value": concern, "start": 0, "end": len(text),
                      "extractor": type(self).__name__}
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        elif intent.get("name") in SAFETY_INTENTS:
            chosen = ranking[0] if ranking else {"name": "nlu_fallback", "confidence": 1.0}
            # At a step the next guess must stand on its own like any other ("... and nobody sees me"
            # is an answer, not a request for help).
            relabeled = step_decide(chosen["name"], text, (message.get("metadata") or {}).get("asking"))
            if relabeled and relabeled != chosen["name"]:
                chosen = {"name": relabeled, "confidence": 1.0}
        else:
            if len(ranking) != len(message.get(INTENT_RANKING_KEY) or []):
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            return
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen] + [r for r in ranking if r.get("name") != chosen["name"]],
                    add_to_output=True)
