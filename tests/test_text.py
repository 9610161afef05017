"""One normal form of spoken text for the screen, the answer sorter and the wording (assistant/text.py)."""

import pytest

from assistant.reflection.answers import _clean as answer_form
from assistant.reflection.wording import clean as wording_tokens
from assistant.safety.screen import normalize as screen_form
from assistant.text import is_filler, normal, tokens


@pytest.mark.parametrize("said,expected", [
    ("I DON\u2019T know, um, he\u2019s late!", "i don't know he's late"),
    ("dont didnt im hes theyre cant cannot", "don't didn't i'm he's they're can't can't"),
    ("ummm hmm err ah uhh well", "well"),
    ("we were at 9 pm at the caf\u00e9", "we were at 9 pm at the caf\u00e9"),
    ("its their well were", "its their well were"),  # real words stay what they are
    # repaired only where the next word shows the contraction
    ("that its not about her", "that it's not about her"), ("ill be here when hes ready", "i'll be here when he's ready"),
    ("like were a real family", "like we're a real family"), ("they were a team", "they were a team"),
    ("i feel ill today", "i feel ill today"), ("its tail wagged", "its tail wagged"),
])
def test_the_normal_form(said, expected):
    assert normal(said) == expected


def test_every_reader_starts_from_the_same_form():
    said = "Um, I DONT think hes coming\u2019, you know"
    assert screen_form(said) == "i don't think he's coming you know"
    assert answer_form(said) == "i don't think he's coming"
    assert wording_tokens(said) == ["i", "don't", "think", "he's", "coming"]
    assert tokens(said)[:2] == ["um", "i"] and is_filler("um") and not is_filler("mum")
