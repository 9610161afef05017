"""TensorFlow stays out of the process that runs the dialogue (assistant/dialogue/without_tensorflow.py),
and what Rasa would need it for still works when something does ask for it.

Each check runs in a fresh interpreter: whether a module was imported is a property of the whole
process, and the test session itself may have imported TensorFlow already."""

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT


def run(code: str) -> str:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_whole_reflection_runs_without_importing_tensorflow(dialogue):  # the fixture trains the model if needed
    last = run("""
        import sys
        from assistant.dialogue.agent import DialogueSettings, RasaDialogue
        dialogue = RasaDialogue(DialogueSettings())
        dialogue.start()
        for line in ["i want to work through a resentment", "he forgot my birthday", "annoyed",
                     "i went quiet", "hurt and alone", "to feel i matter to him", "yes"]:
            reply = dialogue.respond(line)
        crisis = dialogue.respond("i want to kill myself").crisis
        print(bool(reply.phrase), crisis, sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras")))
    """)
    assert last == "True True []"


def test_the_deferred_training_helpers_become_the_real_ones_when_called():
    last = run("""
        import sys
        from assistant.dialogue.without_tensorflow import Deferred, defer, loading_trained_model
        defer()
        import rasa.utils.train_utils as train_utils
        before = isinstance(train_utils.RasaTrainingLogger, Deferred), "tensorflow" in sys.modules
        callbacks = train_utils.create_common_callbacks(epochs=1)
        import tensorflow as tf
        after = type(callbacks[0]).__name__, isinstance(callbacks[0], tf.keras.callbacks.Callback)
        replaced = train_utils.RasaTrainingLogger is sys.modules["rasa.utils.tensorflow.callback"].RasaTrainingLogger
        with loading_trained_model():
            from rasa.graph_components.validators.default_recipe_validator import DefaultV1RecipeValidator as during
        from rasa.graph_components.validators.default_recipe_validator import DefaultV1RecipeValidator as real
        validator = during is not real, real.__module__, hasattr(sys.modules[real.__module__], "DIETClassifier")
        print(before, after, replaced, validator)
    """)
    assert last == ("(True, False) ('RasaTrainingLogger', True) True "
                    "(True, 'rasa.graph_components.validators.default_recipe_validator', True)")
