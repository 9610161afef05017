"""Evening check-ins with a fake clock: invited at the time, snoozed, skipped, started."""

from datetime import datetime, timedelta

import pytest

from assistant.checkin import CheckinLoop, CheckinSettings, Invitation, answer_to_invite

WORDS = Invitation(invite="Would you like a few minutes to reflect?", skipped="Rest well.", snoozed="I'll ask again.")


class Evening:
    """A fake clock that jumps to whatever time the loop waits for, and a scripted person."""

    def __init__(self, start, replies, key_presses=()):
        self.now, self.replies, self.log, self.key_presses = start, list(replies), [], list(key_presses)

    def wait_until(self, when):
        assert when >= self.now
        if self.key_presses and self.key_presses[0] < when:
            self.now = self.key_presses.pop(0)
            return True
        self.now = when
        return False

    def ask(self, text):
        self.log.append((self.now.strftime("%a %H:%M"), text))
        reply = self.replies.pop(0)
        self.now += timedelta(seconds=5)
        return reply

    def say(self, text):
        self.log.append((self.now.strftime("%a %H:%M"), text))

    def reflect(self):
        self.log.append((self.now.strftime("%a %H:%M"), "(a reflection)"))
        self.now += timedelta(minutes=12)


def test_a_check_in_starts_at_its_time_snoozes_and_skips():
    monday_evening = datetime(2026, 11, 30, 18, 30)  # a Monday
    evening = Evening(monday_evening, ["in ten minutes", "yes please", "not tonight", None])
    loop = CheckinLoop(CheckinSettings(time="21:00"), WORDS, lambda: evening.now, evening.wait_until, evening.ask,
                       evening.say, evening.reflect)
    loop.run(evenings=3)
    assert evening.log == [
        ("Mon 21:00", WORDS.invite), ("Mon 21:00", WORDS.snoozed),
        ("Mon 21:10", WORDS.invite), ("Mon 21:10", "(a reflection)"),
        ("Tue 21:00", WORDS.invite), ("Tue 21:00", WORDS.skipped),
        ("Wed 21:00", WORDS.invite),  # nobody answered: nothing more is said, tomorrow again
    ]


def test_only_the_chosen_days():
    settings = CheckinSettings(time="20:30", days="sat sun")
    friday_night = datetime(2026, 12, 4, 22, 0)
    assert settings.next_after(friday_night) == datetime(2026, 12, 5, 20, 30)
    assert settings.next_after(datetime(2026, 12, 5, 20, 30)) == datetime(2026, 12, 6, 20, 30)
    assert settings.next_after(datetime(2026, 12, 6, 21, 0)) == datetime(2026, 12, 12, 20, 30)


@pytest.mark.parametrize("reply,answer", [
    ("yes", ("start", 0)), ("yeah sure", ("start", 0)), ("not tonight", ("skip", 0)), ("no thanks", ("skip", 0)),
    ("in ten minutes", ("snooze", 10)), ("maybe in 20 minutes", ("snooze", 20)), ("later", ("snooze", 10)),
    ("in half an hour", ("snooze", 30)), ("hmm what", ("skip", 0)),
])
def test_answers_to_the_invitation(reply, answer):
    assert answer_to_invite(reply, 10) == answer


@pytest.mark.parametrize("time,days", [("9pm", "mon"), ("25:00", "mon"), ("21:00", "monday"), ("21:00", "")])
def test_bad_check_in_settings_are_clear(time, days):
    with pytest.raises(ValueError, match="checkin"):
        CheckinSettings(time=time, days=days)


def test_a_key_press_starts_a_reflection_before_its_time():
    evening = Evening(datetime(2026, 11, 30, 18, 0), ["not tonight"], key_presses=[datetime(2026, 11, 30, 19, 15)])
    loop = CheckinLoop(CheckinSettings(time="21:00"), WORDS, lambda: evening.now, evening.wait_until, evening.ask,
                       evening.say, evening.reflect)
    loop.run(evenings=1)
    assert evening.log == [("Mon 19:15", "(a reflection)"), ("Mon 21:00", WORDS.invite), ("Mon 21:00", WORDS.skipped)]
