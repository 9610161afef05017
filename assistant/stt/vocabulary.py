"""The small vocabulary of short answers, and when to believe it over free recognition.

Where the assistant waits for a short answer (a yes or no, a choice, a command), the recognizer also
listens against this vocabulary alone (a pocketsphinx JSGF grammar, a Vosk grammar). A small
vocabulary hears "the thank you one" where free recognition heard "the think you want". It must
never swallow an answer outside it ("no, it was his mom", "not really, he's here"), so the
restricted reading is taken only when it is close to what free recognition heard: sound for sound
(pocketsphinx), or with no word outside the vocabulary (Vosk's "[unk]").

The phrases are the project's own data: the short training examples of the intents a short answer
has (rasa_project/data/nlu.yml), the exercises' names as the assistant offers them
(rasa_project/domain.yml), and the places in a list ("the first one").
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Callable

import yaml

_LOG = logging.getLogger(__name__)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it: ten times faster
PROJECT_DIR = Path("rasa_project")
_COMMANDS = ("stop", "goodbye", "repeat", "help")
_SAFETY = ("safety_self_harm", "safety_abuse")
INTENTS = {
    "readback": ("affirm", "deny", "dont_know", *_COMMANDS, *_SAFETY),
    "heard": ("affirm", "deny", "repeat", "stop"),
    "safety_check": ("affirm", "deny", "dont_know", *_COMMANDS, *_SAFETY),
    "choice": ("topic_resentment", "topic_longing", "topic_space", "topic_bids", "topic_appreciation",
               "what_can_you_do", "dont_know", *_COMMANDS, *_SAFETY),
    "phrase": ("phrase_softer", "phrase_shorter", "phrase_another", "affirm", "deny", *_COMMANDS),
}
"""For each short answer the assistant may wait for (Reply.asking), the intents whose short training
examples make up its vocabulary. The safety intents are in it so that they are heard better, never worse."""
NICKNAMES = ("thank you", "appreciation", "gratitude", "resentment", "hurt", "five steps", "longing", "closeness",
             "distance", "space", "alone time", "bids", "reaching out")
"""What people call the exercises when they pick one ("the thank you one")."""
MAX_WORDS = 3
"""Examples longer than this are not short answers."""
PLACES = ("first", "second", "third", "last")
UNKNOWN = "[unk]"
"""Vosk's word for anything outside the grammar."""
CLOSE_ENOUGH = 0.3
"""The restricted reading stands when at most this share of its sounds differ from the free one."""


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower().replace("\u2019", "'")))


def short_answers(project_dir: Path = PROJECT_DIR) -> dict[str, tuple[str, ...]]:
    """For each short answer awaited (INTENTS' keys), its phrases: lowercase words, in a stable order.
    Without the project's data only the places in a list are known."""
    examples: dict[str, list[str]] = {}
    names: list[str] = []
    try:
        nlu = yaml.load((project_dir / "data" / "nlu.yml").read_text(), Loader=_LOADER)["nlu"]
        domain = yaml.load((project_dir / "domain.yml").read_text(), Loader=_LOADER)["responses"]
        for block in nlu:
            for line in str(block.get("examples", "")).splitlines():
                said = _words(line.strip().removeprefix("- "))
                if said and len(said.split()) <= MAX_WORDS:
                    examples.setdefault(block.get("intent", ""), []).append(said)
        names = [_words(text.get("text", "")) for key, texts in domain.items() if key.startswith("utter_exercise_")
                 for text in texts]
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as error:
        _LOG.warning("short answers: only places in a list (%s)", error)
    places = [said for place in PLACES for said in (f"the {place} one", f"the {place}", place)]
    places += [f"{kind} {number}" for number in ("one", "two", "three") for kind in ("number", "option")]
    picks = [said for name in NICKNAMES for said in (f"the {name} one", f"the {name} exercise", name)]
    picks += [said for name in names for said in (name, f"the one about {name}")]
    vocabularies = {}
    for asking, intents in INTENTS.items():
        phrases = [said for intent in intents for said in examples.get(intent, [])]
        if asking == "choice":
            phrases = places + picks + phrases
        vocabularies[asking] = tuple(dict.fromkeys(phrases))
    return vocabularies


def jsgf(phrases: tuple[str, ...], known: Callable[[str], bool]) -> str | None:
    """A JSGF grammar of the phrases whose every word the recognizer ``known``s; None if none is."""
    usable = [p for p in phrases if all(known(word) for word in p.split())]
    if not usable:
        return None
    return "#JSGF V1.0;\ngrammar short;\npublic <answer> = " + " | ".join(f"( {p} )" for p in usable) + " ;\n"


def edit_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance over two sequences (of phones, of words)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def closer_reading(free: str, restricted: str, sounds: Callable[[str], str | None]) -> str:
    """The restricted reading when it sounds like the free one and has as many words, else the free
    one: a shorter reading could drop what was said ("no i felt scared [not angry]").

    ``sounds`` gives a word's phones ("B IH D Z"), or None for a word it does not know.
    """
    if not restricted or restricted == free or len(restricted.split()) < len(free.split()):
        return free

    def phones(text: str) -> list[str] | None:
        found = [sounds(word) for word in text.split()]
        return None if None in found else " ".join(found).split()

    a, b = phones(free), phones(restricted)
    if a is None or b is None:
        return free
    return restricted if edit_distance(a, b) <= CLOSE_ENOUGH * max(len(a), len(b)) else free


def in_vocabulary(restricted: str) -> bool:
    """A Vosk grammar reading stands when it has no word outside the vocabulary."""
    return bool(restricted) and UNKNOWN not in restricted.split()
