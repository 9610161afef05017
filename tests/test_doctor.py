"""`doctor`: one line per check, the fix for each problem, exit 1 only when something is missing."""

import assistant.audio.microphone as microphone
import assistant.doctor as doctor
from assistant.cli import main
from assistant.settings import Settings


def test_a_missing_dialogue_model_fails_with_its_fix(tmp_path, capsys):
    assert main(["doctor", "--rasa-model", str(tmp_path / "none.tar.gz")]) == 1
    out = capsys.readouterr().out
    assert "FAIL  dialogue model: no Rasa model at" in out and "fix: run `make train`" in out
    assert "ok    python: 3.10" in out


def test_a_missing_package_fails_and_says_what_to_install(monkeypatch):
    monkeypatch.setitem(doctor.PACKAGES, "no_such_module_here", "the-missing-package")
    failed = [c for c in doctor.packages() if c.status == doctor.FAIL]
    assert [c.name for c in failed] == ["package no_such_module_here"] and "the-missing-package" in failed[0].fix


def test_no_microphone_is_a_warning_that_offers_text_mode(monkeypatch):
    monkeypatch.setattr(microphone, "input_devices", lambda: [])
    check = doctor.microphone(Settings())
    assert check.status == doctor.WARN and "chat" in check.fix


def test_a_microphone_chosen_by_name_is_reported(monkeypatch):
    monkeypatch.setattr(microphone, "input_devices", lambda: [(0, "Built-in"), (3, "USB Headset")])
    from dataclasses import replace

    settings = replace(Settings(), audio=replace(Settings().audio, device="usb"))
    check = doctor.microphone(settings)
    assert check.status == doctor.OK and "USB Headset" in check.found
    unknown = doctor.microphone(replace(Settings(), audio=replace(Settings().audio, device="bluetooth")))
    assert unknown.status == doctor.WARN and "--list-devices" in unknown.fix


def test_a_chosen_vosk_model_that_is_missing_fails(tmp_path):
    from dataclasses import replace

    settings = replace(Settings(), recognizer=replace(Settings().recognizer, vosk_model=tmp_path / "none"))
    check = doctor.recognizer(settings)
    assert check.status == doctor.FAIL and "make models" in check.fix


def test_the_report_counts_problems_and_sets_the_exit_code():
    text, code = doctor.report([doctor.Check("a", doctor.OK, "fine"), doctor.Check("b", doctor.WARN, "meh", "do x")])
    assert code == 0 and text.splitlines()[-1] == "0 problem(s), 1 warning(s)" and "      fix: do x" in text
    assert doctor.report([doctor.Check("c", doctor.FAIL, "broken", "do y")])[1] == 1
