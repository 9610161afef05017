"""The package tree shows the stages, and no import points from a lower layer back up."""

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "assistant"
LAYERS = {
    "errors": 0, "messages": 0, "text": 0,
    "safety": 1, "reflection": 1,
    "audio": 2, "stt": 2, "tts": 2, "nlu": 2,
    "dialogue": 3, "transcript": 3, "journal": 3,
    "pipeline": 4, "checkin": 4, "wyoming_service": 4, "settings": 5,
    "doctor": 6,
    "cli": 7, "__main__": 8,
}
"""A module may import its own part and any part of a lower layer; parts of one layer stay apart."""


def part_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant."):
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.module == "assistant":
            found.update(f"assistant.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("assistant."))
    return found


def test_every_module_belongs_to_a_layer():
    parts = {p.stem if p.parent == PACKAGE else p.parent.name for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    assert parts - {"__init__"} == set(LAYERS)


def test_no_import_points_up_or_sideways():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        here = part_of(module)
        for target in imports(path):
            there = part_of(target)
            if there != here and here != "__init__" and LAYERS[there] >= LAYERS[here]:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_the_rasa_actions_use_only_the_reflection_and_safety_parts():
    used = {part_of(t) for p in (ROOT / "rasa_project" / "actions").glob("*.py") for t in imports(p)}
    assert used <= {"reflection", "safety", "errors", "messages"}
