"""Evening check-ins: at the chosen time the assistant offers a reflection; "not tonight" skips,
"in ten minutes" snoozes, yes starts one. `python -m assistant serve` runs this loop for good.

The loop takes its clock, its way of waiting and its way of talking from outside, so a test runs a
week of evenings in a moment with a fake clock.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from assistant.reflection.answers import yes_or_no

_LOG = logging.getLogger(__name__)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class CheckinSettings:
    """When the assistant offers an evening check-in (`serve`)."""

    time: str = "21:00"
    """Local time of day, HH:MM."""
    days: str = "mon tue wed thu fri sat sun"
    """The days it offers one, as three-letter names separated by spaces."""
    snooze_minutes: int = 10
    """How long "later" waits when no time is said."""

    def __post_init__(self) -> None:
        if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", self.time):
            raise ValueError(f"checkin.time must be HH:MM, not {self.time!r}")
        unknown = [day for day in self.days.split() if day not in DAYS]
        if unknown or not self.days.split():
            raise ValueError(f"checkin.days must be names from {' '.join(DAYS)}, not {self.days!r}")

    def next_after(self, now: datetime) -> datetime:
        """The next check-in time strictly after ``now``."""
        hour, minute = map(int, self.time.split(":"))
        days = {DAYS.index(day) for day in self.days.split()}
        candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if candidate <= now:
            candidate += timedelta(days=1)
        while candidate.weekday() not in days:
            candidate += timedelta(days=1)
        return candidate


_NUMBERS = {"one": 1, "two": 2, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "half an hour": 30,
            "an hour": 60, "a few": 5, "a couple of": 2}
_SNOOZE = re.compile(r"\b(?:later|snooze|not (?:yet|now|right now)|give me|in a (?:bit|while|minute)|"
                     r"in (\d+|one|two|five|ten|fifteen|twenty|thirty|a few|a couple of) minutes?|in (half an hour|an hour))\b")
_NOT_TONIGHT = re.compile(r"\b(?:not tonight|no thanks|no thank you|skip|maybe tomorrow|tomorrow|not today)\b")


def answer_to_invite(text: str, snooze_minutes: int) -> tuple[str, int]:
    """("start" | "skip" | "snooze", minutes to wait) for a reply to the invitation."""
    said = text.lower()
    if _NOT_TONIGHT.search(said):
        return "skip", 0
    snooze = _SNOOZE.search(said)
    if snooze:
        amount = snooze.group(1) or snooze.group(2)
        minutes = int(amount) if amount and amount.isdigit() else _NUMBERS.get(amount or "", snooze_minutes)
        return "snooze", minutes
    return ("start", 0) if yes_or_no(text) is True else ("skip", 0)


@dataclass(frozen=True)
class Invitation:
    """What the assistant says around a check-in (domain responses)."""

    invite: str
    skipped: str
    snoozed: str


class CheckinLoop:
    """Waits for each check-in time, invites, and starts, snoozes or skips."""

    def __init__(self, settings: CheckinSettings, words: Invitation, clock: Callable[[], datetime],
                 wait_until: Callable[[datetime], bool], ask: Callable[[str], str | None],
                 say: Callable[[str], None], reflect: Callable[[], None]) -> None:
        """wait_until(when) returns False at that time, or True early when a reflection was asked
        for meanwhile; ask(text) speaks text and returns the reply (None: nobody answered);
        reflect() runs one whole reflection."""
        self._settings, self._words = settings, words
        self._clock, self._wait_until, self._ask, self._say, self._reflect = clock, wait_until, ask, say, reflect

    def run(self, evenings: int | None = None) -> None:
        """Check in for ever, or for this many evenings (tests)."""
        done = 0
        due = self._settings.next_after(self._clock())
        while evenings is None or done < evenings:
            _LOG.info("next check-in at %s", due)
            if self._wait_until(due):  # asked for one before its time (a key press): start at once
                self._reflect()
                continue
            reply = self._ask(self._words.invite)
            action, minutes = answer_to_invite(reply or "", self._settings.snooze_minutes)
            if reply is None:  # nobody there: try again tomorrow, quietly
                action = "skip-quietly"
            if action == "snooze":
                self._say(self._words.snoozed)
                due = self._clock() + timedelta(minutes=minutes)
                continue
            if action == "start":
                self._reflect()
            elif action == "skip":
                self._say(self._words.skipped)
            done += 1
            due = self._settings.next_after(self._clock())
