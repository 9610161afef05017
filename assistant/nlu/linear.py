"""The shared part of the pipeline's own small models: a linear softmax model kept in the model archive.

:class:`~assistant.nlu.safety_screen.SafetyScreen` and :class:`~assistant.nlu.exercise_router.ExerciseRouter`
each train a scikit-learn logistic regression and keep only its weights (NumPy, no pickle), so
loading a model runs no code from the archive.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData


class LinearComponent(GraphComponent):
    """A Rasa graph component holding one linear softmax model (weights: classes x features)."""

    MODEL_FILE = "linear_model.npz"

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage, self._resource = model_storage, resource
        self._weights: np.ndarray | None = None
        self._bias: np.ndarray | None = None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearComponent":
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearComponent":
        component = cls(config, model_storage, resource)
        with model_storage.read_from(resource) as directory:
            saved = np.load(directory / cls.MODEL_FILE)
            component._weights, component._bias = saved["weights"], saved["bias"]
        return component

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def _keep(self, weights: np.ndarray, bias: np.ndarray) -> Resource:
        """Use and store a trained model."""
        self._weights, self._bias = weights, bias
        with self._storage.write_to(self._resource) as directory:
            np.savez(directory / self.MODEL_FILE, weights=weights, bias=bias)
        return self._resource

    def _probabilities(self, x: Any) -> np.ndarray:
        """Softmax over the classes for one feature row (dense or sparse)."""
        scores = np.asarray(x @ self._weights.T + self._bias).ravel()
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()
