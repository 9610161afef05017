"""The private journal: reflections kept on this device only, in SQLite, written as they are said.

Opt-in (``[journal] enabled = true``, or ``python -m assistant journal on``). The file lives in the
user's data directory (platformdirs), readable by its owner only (mode 0600, its folder 0700). Each
answer is written in its own transaction the moment it is given, in WAL mode with full sync, so a
crash, Ctrl-C, SIGTERM, SIGKILL or power loss loses nothing already said and leaves no corrupt
file; a reflection left unfinished stays, marked so. A reflection that took the safety path keeps
no answers and no phrase. Never audio.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from assistant.errors import UserError
from assistant.messages import Reply

APP = "evening-reflection"
SCHEMA = """
CREATE TABLE IF NOT EXISTS reflections (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    exercise TEXT,
    phrase TEXT,
    kept INTEGER NOT NULL DEFAULT 0,
    finished INTEGER NOT NULL DEFAULT 0,
    safety INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS answers (
    reflection INTEGER NOT NULL REFERENCES reflections(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    answer TEXT NOT NULL,
    said TEXT NOT NULL,
    PRIMARY KEY (reflection, step)
);
"""


@dataclass(frozen=True)
class JournalSettings:
    """Whether and where reflections are kept."""

    enabled: bool | None = None
    """Keep each reflection (its answers and phrase, never audio) on this device; None: ask once, at
    the end of the first reflection, and remember the answer (true or false here overrides it)."""
    path: Path | None = None
    """The journal file; None is journal.sqlite3 in the user's data directory."""


def choice_file(journal_path: Path) -> Path:
    """Where the answer to "may I keep your reflections?" is remembered, beside the journal."""
    return journal_path.with_name("keep-reflections")


def remembered_choice(journal_path: Path) -> bool | None:
    """The user's spoken answer, if they gave one."""
    try:
        return {"yes": True, "no": False}.get(choice_file(journal_path).read_text().strip())
    except OSError:
        return None


def remember_choice(journal_path: Path, keep: bool) -> None:
    path = choice_file(journal_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text("yes\n" if keep else "no\n")


def default_path() -> Path:
    """journal.sqlite3 in the user's data directory."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP)) / "journal.sqlite3"


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class Entry:
    """One reflection as kept."""

    id: int
    started: str
    exercise: str | None
    phrase: str | None
    kept: bool
    finished: bool
    safety: bool
    answers: dict[str, str] = field(default_factory=dict)


class Journal:
    """The journal file; every method is one committed transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(path, 0o600)
            # autocommit, transactions below; one connection shared by threads that take turns (Wyoming rooms)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise UserError(f"cannot open the journal {path}: {error}") from None

    def close(self) -> None:
        self._db.close()

    def _write(self, *statements: tuple[str, tuple]) -> None:
        with self._db:  # one transaction: all or nothing
            self._db.execute("BEGIN IMMEDIATE")
            for sql, args in statements:
                self._db.execute(sql, args)

    def begin(self, exercise: str | None = None) -> int:
        """A new reflection; its id."""
        with self._db:
            cursor = self._db.execute("INSERT INTO reflections (started, exercise) VALUES (?, ?)", (_now(), exercise))
            return int(cursor.lastrowid)

    def record(self, reflection: int, exercise: str | None, answers: Mapping[str, str]) -> None:
        """The answers as they stand now: a corrected step replaces its answer, a step no longer
        answered (the exercise was switched) goes."""
        steps = [step for step, answer in answers.items() if answer]
        marks = ", ".join("?" * len(steps)) or "NULL"
        self._write(
            ("UPDATE reflections SET exercise = coalesce(?, exercise) WHERE id = ?", (exercise, reflection)),
            (f"DELETE FROM answers WHERE reflection = ? AND step NOT IN ({marks})", (reflection, *steps)),
            *(("INSERT INTO answers (reflection, step, answer, said) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (reflection, step) DO UPDATE SET answer = excluded.answer, said = excluded.said",
               (reflection, step, answer, _now())) for step, answer in answers.items() if answer),
        )

    def phrase(self, reflection: int, text: str) -> None:
        self._write(("UPDATE reflections SET phrase = ? WHERE id = ?", (text, reflection)))

    def finish(self, reflection: int, kept: bool) -> None:
        self._write(("UPDATE reflections SET finished = 1, kept = ? WHERE id = ?", (int(kept), reflection)))

    def safety(self, reflection: int) -> None:
        """The safety path was taken: nothing said in this reflection is kept."""
        self._write(("DELETE FROM answers WHERE reflection = ?", (reflection,)),
                    ("UPDATE reflections SET safety = 1, phrase = NULL, finished = 1 WHERE id = ?", (reflection,)))

    def entries(self) -> list[Entry]:
        """Every reflection, oldest first, with its answers."""
        rows = self._db.execute("SELECT id, started, exercise, phrase, kept, finished, safety FROM reflections "
                                "ORDER BY id").fetchall()
        entries = {row[0]: Entry(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), bool(row[6])) for row in rows}
        for reflection, step, answer in self._db.execute("SELECT reflection, step, answer FROM answers ORDER BY rowid"):
            entries[reflection].answers[step] = answer
        return list(entries.values())

    def entry(self, reflection: int) -> Entry:
        for entry in self.entries():
            if entry.id == reflection:
                return entry
        raise UserError(f"no reflection {reflection} in the journal")

    def unfinished(self) -> Entry | None:
        """The last reflection left halfway, to resume or discard."""
        left = [e for e in self.entries() if not e.finished and e.answers]
        return left[-1] if left else None

    def forget(self, reflection: int | None = None) -> int:
        """Delete one reflection, or all of them; how many went."""
        with self._db:
            if reflection is None:
                return self._db.execute("DELETE FROM reflections").rowcount
            gone = self._db.execute("DELETE FROM reflections WHERE id = ?", (reflection,)).rowcount
        if not gone:
            raise UserError(f"no reflection {reflection} in the journal")
        return gone


def as_json(entries: Iterable[Entry]) -> str:
    return json.dumps({"reflections": [e.__dict__ for e in entries]}, indent=2, ensure_ascii=False) + "\n"


def as_markdown(entries: Iterable[Entry]) -> str:
    lines = ["# My reflections", ""]
    for e in entries:
        state = "took the safety path" if e.safety else "finished" if e.finished else "not finished"
        lines += [f"## {e.started}: {e.exercise or 'no exercise chosen'} ({state})", ""]
        lines += [f"- **{step.replace('_', ' ')}**: {answer}" for step, answer in e.answers.items()]
        if e.phrase:
            lines += ["", f"> {e.phrase}" + ("  (kept)" if e.kept else "")]
        lines.append("")
    return "\n".join(lines)


class Keeper:
    """Follows one conversation's replies into the journal, as they come."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._current: int | None = None
        self._phrase: str | None = None
        self._safety = False

    def opened(self) -> None:
        """A new conversation: its reflection starts with its first answer."""
        self._current, self._phrase, self._safety = None, None, False

    def left_halfway(self, now: datetime, days: int = 7) -> Entry | None:
        """The last reflection of the past days left unfinished, to offer to pick it up."""
        entry = self.journal.unfinished()
        since = (now - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")
        return entry if entry is not None and entry.started >= since and entry.exercise else None

    def resume(self, entry: Entry) -> None:
        """Go on writing into the reflection left halfway."""
        self._current = entry.id

    def discard(self, entry: Entry) -> None:
        """The user would rather start fresh: the half-finished one goes."""
        self.journal.forget(entry.id)

    def replied(self, reply: Reply) -> None:
        if self._safety:
            return
        if reply.crisis:  # nothing said in this conversation is kept
            self._safety = True
            self.journal.safety(self._current if self._current is not None else self.journal.begin())
            return
        exercise = reply.flow if reply.flow != "safety" else None
        if reply.answers:
            if self._current is None:
                self._current = self.journal.begin(exercise)
            self.journal.record(self._current, exercise, dict(reply.answers))
        if reply.phrase and self._current is not None:
            self._phrase = reply.phrase
            self.journal.phrase(self._current, reply.phrase)
        if reply.ended and self._current is not None:
            self.journal.finish(self._current, kept=self._phrase is not None)
            self._current = None


FEELING_STEPS = {"resentment": "deeper_feeling", "longing": "missing", "appreciation": "meaning"}
NEED_STEPS = {"resentment": "need", "longing": "closeness_wish", "space": "space_need", "bids": "turn_toward"}


def summary(entries: Iterable[Entry], now: datetime, days: int = 7) -> dict:
    """What the voice questions about the past are answered from: the last reflection, this week's
    phrases, and the week's counts (exercises, deeper feelings, needs, most frequent first). Nothing
    from a conversation that took the safety path."""
    from collections import Counter

    from assistant.reflection.readback import for_readback

    def said(entry: Entry, steps: dict[str, str]) -> str | None:
        step = steps.get(entry.exercise or "")
        return for_readback(step, entry.answers[step]) if step and entry.answers.get(step) else None

    kept = [e for e in entries if not e.safety and e.answers]
    since = (now - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")
    week = [e for e in kept if e.started >= since]
    last = kept[-1] if kept else None

    def most(values: Iterable[str | None]) -> list[str]:
        return [value for value, _ in Counter(v for v in values if v).most_common(2)]

    return {
        "last": None if last is None else {
            "date": datetime.strptime(last.started, "%Y-%m-%d %H:%M:%S").strftime("%A %-d %B"),
            "exercise": last.exercise, "feeling": said(last, FEELING_STEPS), "need": said(last, NEED_STEPS)},
        "phrases": [e.phrase for e in week if e.phrase][-3:],
        "count": len(week),
        "exercises": most(e.exercise for e in week),
        "feelings": most(said(e, FEELING_STEPS) for e in week),
        "needs": most(said(e, NEED_STEPS) for e in week),
    }


def write_report(entries: list[Entry], now: datetime, out_dir: Path) -> tuple[Path, Path]:
    """The weekly recap as Markdown (recap.md) and a chart of the week (recap.png): reflections per
    day, and which exercises."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    facts = summary(entries, now)
    out_dir.mkdir(parents=True, exist_ok=True)
    days = [(now - timedelta(days=n)).date() for n in range(6, -1, -1)]
    kept = [e for e in entries if not e.safety and e.answers]
    per_day = [sum(1 for e in kept if e.started[:10] == day.isoformat()) for day in days]
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(9, 3.2))
    left.bar([day.strftime("%a") for day in days], per_day, color="#7a9e9f")
    left.set_title("Reflections per day")
    left.set_yticks(range(max(per_day + [1]) + 1))
    week = [e for e in kept if e.started[:10] >= days[0].isoformat()]
    names = sorted({e.exercise or "none" for e in week}) or ["none"]
    right.barh(names, [sum(1 for e in week if (e.exercise or "none") == n) for n in names], color="#b8a1c9")
    right.set_title("Exercises this week")
    figure.tight_layout()
    chart = out_dir / "recap.png"
    figure.savefig(chart, dpi=100)
    pyplot.close(figure)
    lines = [f"# My week, {days[0].strftime('%-d %B')} to {days[-1].strftime('%-d %B %Y')}", "",
             f"- reflections: {facts['count']}",
             f"- exercises: {', '.join(facts['exercises']) or 'none'}",
             f"- the deeper feelings that came up most: {', '.join(facts['feelings']) or 'none'}",
             f"- what I needed most: {', '.join(facts['needs']) or 'none'}", ""]
    if facts["phrases"]:
        lines += ["## Phrases", ""] + [f"> {phrase}\n" for phrase in facts["phrases"]]
    lines += ["", "![the week](recap.png)", ""]
    markdown = out_dir / "recap.md"
    markdown.write_text("\n".join(lines))
    return markdown, chart


class Undecided:
    """Holds one conversation's replies until the user says whether to keep reflections at all."""

    def __init__(self, journal_path: Path) -> None:
        self.path = journal_path
        self._replies: list[Reply] = []

    @property
    def has_phrase(self) -> bool:
        return any(reply.phrase for reply in self._replies) and not any(reply.crisis for reply in self._replies)

    def opened(self) -> None:
        self._replies = []

    def replied(self, reply: Reply) -> None:
        self._replies.append(reply)

    def decide(self, keep: bool) -> Keeper | None:
        """Remember the answer; when it is yes, this conversation goes into the journal at once."""
        remember_choice(self.path, keep)
        if not keep:
            self._replies = []
            return None
        keeper = Keeper(Journal(self.path))
        keeper.opened()
        for reply in self._replies:
            keeper.replied(reply)
        return keeper
