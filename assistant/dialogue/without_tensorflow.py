"""Rasa without TensorFlow in the process, for a pipeline that has no TensorFlow component.

Two imports bring TensorFlow in although nothing here runs it; both are put off until used.

Every Rasa policy imports ``rasa.utils.train_utils`` (through the state featurizers and the entity
extractor base), and that module imports two helpers for training TensorFlow models at module
level: ``rasa.utils.tensorflow.callback`` (Keras callbacks) and ``rasa.utils.tensorflow.data_generator``
(a Keras ``Sequence``). Importing them pulls in all of TensorFlow: about 3 s and 300 MB before any
model loads, for code our pipeline (counts, sentence vectors, logistic regressions, rules and
memoization) never runs.

:func:`defer` imports ``rasa.utils.train_utils`` with those three names bound to stand-ins that
import the real class the first time one is called and then put it in their place. Nothing else
changes: the two modules are not replaced (a component that does use TensorFlow imports them, and
TensorFlow, as before), and a stand-in works wherever ``train_utils`` itself uses the name (it only
calls them, inside the functions that train TensorFlow models).
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import types
from typing import Iterator

TRAIN_UTILS = "rasa.utils.train_utils"
VALIDATOR = "rasa.graph_components.validators.default_recipe_validator"
VALIDATOR_CLASS = "DefaultV1RecipeValidator"
DEFERRED = {
    "rasa.utils.tensorflow.callback": ("RasaTrainingLogger", "RasaModelCheckpoint"),
    "rasa.utils.tensorflow.data_generator": ("RasaBatchDataGenerator",),
}
"""The modules ``train_utils`` imports that import TensorFlow, and the names it takes from them."""


class Deferred:
    """Stands for ``module.name`` until first called; then imports it and takes its place in
    ``train_utils``."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def resolve(self):
        real = getattr(importlib.import_module(self.module), self.name)
        train_utils = sys.modules.get(TRAIN_UTILS)
        if train_utils is not None and getattr(train_utils, self.name, None) is self:
            setattr(train_utils, self.name, real)
        return real

    def __call__(self, *args, **kwargs):
        return self.resolve()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<deferred {self.module}.{self.name}>"


def defer() -> None:
    """Import ``rasa.utils.train_utils`` without TensorFlow, unless it is imported already."""
    if TRAIN_UTILS in sys.modules:
        return
    placed = {}
    for module, names in DEFERRED.items():
        if module in sys.modules:
            continue  # imported for real already (a TensorFlow component ran): nothing to save
        stand_in = types.ModuleType(module, "a stand-in while rasa.utils.train_utils is imported")
        for name in names:
            setattr(stand_in, name, Deferred(module, name))
        placed[module] = sys.modules[module] = stand_in
    try:
        importlib.import_module(TRAIN_UTILS)
    finally:
        for module, stand_in in placed.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
            parent, _, child = module.rpartition(".")
            if getattr(sys.modules.get(parent), child, None) is stand_in:
                delattr(sys.modules[parent], child)


@contextlib.contextmanager
def loading_trained_model() -> Iterator[None]:
    """While a trained model loads: its stored training graph names the recipe validator, which
    Rasa imports to rebuild that graph although only the prediction graph runs, and the
    validator's module imports the TensorFlow classifiers and policies to compare components with
    them. During the load it is a stand-in class of the same name that imports the real one if it
    is ever created; afterwards the real module imports as usual."""
    defer()
    if VALIDATOR in sys.modules:
        yield
        return
    from rasa.engine.graph import GraphComponent

    def create(cls, *args, **kwargs):
        return getattr(importlib.import_module(VALIDATOR), VALIDATOR_CLASS).create(*args, **kwargs)

    stand_in = types.ModuleType(VALIDATOR, "a stand-in while a trained model loads")
    stand_in_class = type(VALIDATOR_CLASS, (GraphComponent,), {
        "__module__": VALIDATOR, "create": classmethod(create),
        "__doc__": "Stands for the recipe validator, a node of the training graph only."})
    setattr(stand_in, VALIDATOR_CLASS, stand_in_class)
    sys.modules[VALIDATOR] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(VALIDATOR) is stand_in:
            del sys.modules[VALIDATOR]
        parent, _, child = VALIDATOR.rpartition(".")
        if getattr(sys.modules.get(parent), child, None) is stand_in:
            delattr(sys.modules[parent], child)
