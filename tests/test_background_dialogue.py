"""The opening is spoken while the dialogue loads; a turn given meanwhile waits and is never lost."""

import threading

import pytest
import yaml

from assistant.dialogue.background import BackgroundDialogue, opening_from_domain
from assistant.errors import UserError
from assistant.messages import Reply
from assistant.reflection.exercises import OPENING
from tests.conftest import ROOT


class SlowDialogue:
    def __init__(self):
        self.calls = []

    def start(self):
        self.calls.append("start")
        return Reply(texts=("Real opening.",), asking="topic")

    def respond(self, text):
        self.calls.append(text)
        return Reply(texts=(f"heard {text}",))


def test_the_opening_comes_at_once_and_the_first_turn_waits_for_the_load():
    loaded = threading.Event()
    real = SlowDialogue()

    def make():
        loaded.wait(5)
        return real

    dialogue = BackgroundDialogue(make, Reply(texts=("Good evening.",), asking="topic"))
    assert dialogue.start().texts == ("Good evening.",) and not dialogue.ready
    answered = []
    turn = threading.Thread(target=lambda: answered.append(dialogue.respond("he forgot")))
    turn.start()
    turn.join(0.2)
    assert answered == []  # still loading: the turn waits
    loaded.set()
    turn.join(5)
    assert answered[0].texts == ("heard he forgot",)
    assert real.calls == ["start", "he forgot"]  # the real conversation was opened before the turn
    assert dialogue.start().texts == ("Real opening.",)  # a later conversation opens for real


def test_a_load_error_reaches_the_first_turn():
    spoken = threading.Event()

    def make():
        spoken.wait(5)
        raise UserError("no dialogue model")

    dialogue = BackgroundDialogue(make, Reply(texts=("Good evening.",)))
    dialogue.start()
    spoken.set()
    with pytest.raises(UserError, match="no dialogue model"):
        dialogue.respond("hello")


def test_the_opening_is_read_from_the_domain_as_rasa_says_it():
    domain = ROOT / "rasa_project" / "domain.yml"
    responses = yaml.safe_load(domain.read_text())["responses"]
    opening = opening_from_domain(domain)
    assert len(opening.texts) == len(OPENING) and opening.asking == "topic"
    for text, name in zip(opening.texts, OPENING):
        assert text in [variant["text"] for variant in responses[name]]
