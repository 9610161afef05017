"""The private journal: kept as it is said, owner-only, nothing kept from the safety path, SIGKILL-proof."""

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from assistant.cli import main
from assistant.journal import Journal, Keeper, as_json, as_markdown
from assistant.messages import Reply
from tests.conftest import ROOT


def test_answers_are_kept_as_they_stand_and_a_switched_exercise_drops_the_old_steps(tmp_path):
    journal = Journal(tmp_path / "data" / "journal.sqlite3")
    first = journal.begin("resentment")
    journal.record(first, "resentment", {"trigger": "he left early", "emotion": "angry"})
    journal.record(first, "resentment", {"trigger": "he left early", "emotion": "furious"})  # a correction
    journal.record(first, "longing", {"distance_moment": "he left early"})  # switched at the first answer
    journal.phrase(first, "When you left early, I missed you.")
    journal.finish(first, kept=True)
    [entry] = journal.entries()
    assert entry.exercise == "longing" and entry.answers == {"distance_moment": "he left early"}
    assert entry.finished and entry.kept and entry.phrase == "When you left early, I missed you."


def test_the_file_is_the_owners_alone_and_written_ahead(tmp_path):
    path = tmp_path / "private" / "journal.sqlite3"
    Journal(path).begin()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_keeper_follows_a_conversation_and_keeps_nothing_from_the_safety_path(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    keeper = Keeper(journal)
    keeper.opened()
    keeper.replied(Reply(texts=("What did you feel?",), flow="resentment", answers=(("trigger", "he forgot"),)))
    keeper.replied(Reply(texts=("Here:", "When you forgot..."), flow="resentment", phrase="When you forgot...",
                         answers=(("trigger", "he forgot"), ("need", "to matter"))))
    keeper.replied(Reply(texts=("Good night.",), flow="resentment", ended=True,
                         answers=(("trigger", "he forgot"), ("need", "to matter"))))
    keeper.opened()
    keeper.replied(Reply(texts=("And then?",), flow="longing", answers=(("distance_moment", "at night"),)))
    keeper.replied(Reply(texts=("Please call...",), flow="safety", crisis=True))
    keeper.replied(Reply(texts=("...",), flow="safety", crisis=True, answers=(("missing", "i want to die"),)))
    kept, unsafe = journal.entries()
    assert kept.finished and kept.kept and kept.answers == {"trigger": "he forgot", "need": "to matter"}
    assert unsafe.safety and unsafe.answers == {} and unsafe.phrase is None


def test_export_is_complete_and_readable(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    entry = journal.begin("appreciation")
    journal.record(entry, "appreciation", {"good_moment": "she made soup", "meaning": "cared for"})
    exported = json.loads(as_json(journal.entries()))["reflections"][0]
    assert exported["answers"] == {"good_moment": "she made soup", "meaning": "cared for"} and not exported["finished"]
    markdown = as_markdown(journal.entries())
    assert "appreciation (not finished)" in markdown and "- **good moment**: she made soup" in markdown


def test_the_journal_command_lists_shows_exports_and_forgets(tmp_path, monkeypatch, capsys):
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    for exercise in ("resentment", "space"):
        journal.record(journal.begin(exercise), exercise, {"trigger": f"{exercise} moment"})
    monkeypatch.setenv("ASSISTANT_JOURNAL_PATH", str(path))
    assert main(["journal", "list"]) == 0
    assert [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()] == ["resentment", "space"]
    assert main(["journal", "show", "2"]) == 0 and "space moment" in capsys.readouterr().out
    assert main(["journal", "export", "--format", "json", "--out", str(tmp_path / "all.json")]) == 0
    assert len(json.loads((tmp_path / "all.json").read_text())["reflections"]) == 2
    monkeypatch.setattr(sys, "stdin", open(os.devnull))
    assert main(["journal", "forget", "1"]) == 1  # not a terminal, no --yes: nothing is forgotten
    assert "add --yes" in capsys.readouterr().err
    assert main(["journal", "forget", "1", "--yes"]) == 0
    assert [e.id for e in Journal(path).entries()] == [2]
    assert main(["journal", "show", "7"]) == 1 and "no reflection 7" in capsys.readouterr().err
    assert main(["journal", "forget", "--all", "--yes"]) == 0 and Journal(path).entries() == []


@pytest.fixture(scope="module")
def trained():
    from assistant.dialogue.training import train_if_needed

    return train_if_needed()


def test_a_reflection_killed_mid_answer_is_found_intact(tmp_path, trained):
    """SIGKILL while the assistant is in the middle of a reflection: every answer given is there."""
    path = tmp_path / "journal.sqlite3"
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", ASSISTANT_JOURNAL_ENABLED="true",
               ASSISTANT_JOURNAL_PATH=str(path))
    chat = subprocess.Popen([sys.executable, "-m", "assistant", "chat"], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env, text=True)
    try:
        for line in ("my husband forgot to pick me up from work again", "i was so annoyed"):
            chat.stdin.write(line + "\n")
            chat.stdin.flush()
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if path.is_file():
                rows = sqlite3.connect(path).execute("SELECT step FROM answers").fetchall()
                if {"trigger", "emotion"} <= {row[0] for row in rows}:
                    break
            time.sleep(0.2)
        chat.stdin.write("i went quiet and looked out of the window\n")  # killed while this one is read
        chat.stdin.flush()
    finally:
        chat.kill()
        chat.wait(timeout=30)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    [entry] = Journal(path).entries()
    assert entry.exercise == "resentment" and not entry.finished
    assert entry.answers["trigger"] == "my husband forgot to pick me up from work again"
    assert entry.answers["emotion"] == "i was so annoyed"


NO_NETWORK = '''
import socket, sys
_real = socket.socket.connect
def _connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and not host.startswith("/"):
        with open(sys.argv_log, "a") as log:
            log.write(f"{host}\\n")
        raise OSError("no network here")
    return _real(self, address)
socket.socket.connect = _connect
'''


def test_a_whole_reflection_opens_no_network_connection(tmp_path, trained):
    """Every socket connect in the process is watched; only loopback (or a local socket) may be used."""
    site = tmp_path / "site"
    site.mkdir()
    log = tmp_path / "connections.log"
    (site / "sitecustomize.py").write_text(NO_NETWORK.replace("sys.argv_log", repr(str(log))))
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=f"{site}{os.pathsep}{ROOT}",
               ASSISTANT_JOURNAL_ENABLED="true", ASSISTANT_JOURNAL_PATH=str(tmp_path / "j.sqlite3"))
    lines = ["something my wife did has been bothering me", "she was on her phone all through dinner",
             "i was irritated", "i went quiet", "i felt lonely", "to know she wants time with me", "yes", "goodbye"]
    result = subprocess.run([sys.executable, "-m", "assistant", "chat"], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "assistant>" in result.stdout and not log.exists(), log.read_text() if log.exists() else ""


def week_of_reflections(path):
    journal = Journal(path)
    for exercise, answers, phrase in [
        ("resentment", {"trigger": "he forgot", "deeper_feeling": "i felt unimportant", "need": "i need to matter to him"},
         "When you forgot, I felt unimportant."),
        ("resentment", {"trigger": "he was late", "deeper_feeling": "unimportant", "need": "to matter to him"}, None),
        ("appreciation", {"good_moment": "he made soup", "meaning": "cared for"}, "Thank you for the soup."),
    ]:
        entry = journal.begin(exercise)
        journal.record(entry, exercise, answers)
        if phrase:
            journal.phrase(entry, phrase)
        journal.finish(entry, kept=phrase is not None)
    journal.safety(journal.begin())
    return journal


def test_the_summary_the_voice_answers_come_from(tmp_path):
    from datetime import datetime

    from assistant.journal import summary

    facts = summary(week_of_reflections(tmp_path / "j.sqlite3").entries(), datetime.now())
    assert facts["count"] == 3 and facts["exercises"] == ["resentment", "appreciation"]
    assert facts["feelings"][0] == "unimportant" and facts["needs"] == ["to matter to him"]
    assert facts["phrases"] == ["When you forgot, I felt unimportant.", "Thank you for the soup."]
    assert facts["last"]["exercise"] == "appreciation" and facts["last"]["feeling"] == "cared for"


def test_the_report_writes_a_chart_and_a_summary(tmp_path, monkeypatch, capsys):
    week_of_reflections(tmp_path / "j.sqlite3")
    monkeypatch.setenv("ASSISTANT_JOURNAL_PATH", str(tmp_path / "j.sqlite3"))
    assert main(["journal", "report", "--out", str(tmp_path / "recap")]) == 0
    markdown = (tmp_path / "recap" / "recap.md").read_text()
    assert "- reflections: 3" in markdown and "unimportant" in markdown and "Thank you for the soup." in markdown
    assert (tmp_path / "recap" / "recap.png").read_bytes()[:4] == b"\x89PNG"


def test_a_question_about_the_past_is_answered_from_the_journal(tmp_path, trained):
    path = tmp_path / "j.sqlite3"
    week_of_reflections(path)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", ASSISTANT_JOURNAL_ENABLED="true",
               ASSISTANT_JOURNAL_PATH=str(path))
    lines = ["what did i reflect on last time", "", "how have i been feeling lately", "",
             "read me my phrases from this week"]
    result = subprocess.run([sys.executable, "-m", "assistant", "chat"], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    said = result.stdout
    assert "something you appreciated" in said and "cared for" in said
    assert "reflected 3 times" in said and "unimportant" in said
    assert "Thank you for the soup." in said
