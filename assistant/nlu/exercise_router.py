"""Which exercise a told moment belongs to, as a Rasa NLU component.

Most people answer "what's on your mind tonight?" with the moment itself ("he forgot to pick up
the kids again"), which the intent classifier rightly calls ``inform``; its ranking of the
``topic_*`` intents says little about such a sentence. This component has its own small model: a
logistic regression over the sentence vector, trained on told moments labelled by exercise
(``rasa_project/routing/moments.yml``) and on the ``topic_*`` training examples. It adds an
``exercise`` entity to every message, the best exercise as its value, with the whole ranking
(``ranking``: ``[{"name": "topic_<exercise>", "confidence": p}, ...]``) for the opening's action
(rasa_project/actions/opening.py) to decide whether to start it or to ask.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import yaml
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu.linear import LinearComponent

EXERCISES = ("resentment", "longing", "space", "bids", "appreciation")


def sentence_vector(message: Message) -> np.ndarray | None:
    """The message's sentence vector at unit length (the featurizer may have scaled it)."""
    dense = message.get_dense_features(TEXT)[1]
    if dense is None:
        return None
    vector = np.asarray(dense.features, dtype=float).ravel()
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def load_moments(path: Path) -> list[tuple[str, str]]:
    """(text, exercise) pairs from a YAML mapping of exercise -> list of told moments."""
    data = yaml.safe_load(path.read_text()) or {}
    unknown = set(data) - set(EXERCISES)
    if unknown:
        raise ValueError(f"{path}: unknown exercises {sorted(unknown)}")
    return [(" ".join(str(text).split()), exercise) for exercise, texts in data.items() for text in texts or []]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ExerciseRouter(LinearComponent):
    """Adds an ``exercise`` entity with the ranking of the five exercises."""

    MODEL_FILE = "router.npz"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"moments": "routing/moments.yml", "regularization": 10.0}

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.linear_model import LogisticRegression

        from assistant.nlu.embedder import shared_embedder

        vectors, labels = [], []
        for example in training_data.intent_examples:
            intent = example.get(INTENT) or ""
            vector = sentence_vector(example)
            if intent.startswith("topic_") and vector is not None:
                vectors.append(vector)
                labels.append(EXERCISES.index(intent.removeprefix("topic_")))
        embedder = shared_embedder()
        for text, exercise in load_moments(Path(self._config["moments"])):
            vectors.append(embedder.embed(text).sentence)
            labels.append(EXERCISES.index(exercise))
        model = LogisticRegression(C=float(self._config["regularization"]), max_iter=3000, random_state=42, class_weight="balanced")
        model.fit(np.array(vectors), labels)
        return self._keep(model.coef_, model.intercept_)

    def ranking(self, vector: np.ndarray) -> list[dict[str, Any]]:
        """The exercises for one sentence vector, most likely first."""
        probabilities = self._probabilities(vector)
        order = np.argsort(-probabilities)
        return [{"name": f"topic_{EXERCISES[i]}", "confidence": round(float(probabilities[i]), 4)} for i in order]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            vector = sentence_vector(message)
            if vector is None or self._weights is None:
                continue
            ranking = self.ranking(vector)
            entity = {"entity": "exercise", "value": ranking[0]["name"].removeprefix("topic_"),
                      "confidence_entity": ranking[0]["confidence"], "ranking": ranking,
                      "start": 0, "end": len(message.get(TEXT) or ""), "extractor": type(self).__name__}
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        return messages
