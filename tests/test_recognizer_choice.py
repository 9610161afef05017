"""Which recognizer runs: a chosen Vosk model, the English one in models/, else pocketsphinx.

How a flag, the environment and the file choose the model is tested in test_settings.py."""

import pytest

from assistant.errors import UserError
from assistant.stt.recognizer import RecognizerSettings, make_recognizer


def test_without_an_english_vosk_model_it_falls_back_to_pocketsphinx_with_a_notice(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ASSISTANT_VOSK_MODEL", raising=False)
    recognizer = make_recognizer(RecognizerSettings())
    assert recognizer.name == "pocketsphinx"
    said = capsys.readouterr()
    notice = said.err.strip().splitlines()
    assert len(notice) == 1 and "pocketsphinx" in notice[0]
    assert said.out == ""  # stdout stays for results: `transcribe` prints exactly one line per file


def test_a_model_chosen_by_setting_is_used(korean_vosk_model, monkeypatch):
    monkeypatch.delenv("ASSISTANT_VOSK_MODEL", raising=False)
    recognizer = make_recognizer(RecognizerSettings(vosk_model=korean_vosk_model))
    assert recognizer.name == "vosk" and recognizer.model_path == korean_vosk_model


def test_a_chosen_but_missing_model_is_an_error_not_a_silent_fallback(tmp_path, monkeypatch):
    monkeypatch.delenv("ASSISTANT_VOSK_MODEL", raising=False)
    with pytest.raises(UserError, match="no Vosk model at"):
        make_recognizer(RecognizerSettings(vosk_model=tmp_path / "missing"))


def test_engine_vosk_without_a_model_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ASSISTANT_VOSK_MODEL", raising=False)
    with pytest.raises(UserError, match="models download"):
        make_recognizer(RecognizerSettings(engine="vosk"))


def test_a_broken_model_directory_is_a_clear_error(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "model.conf").write_text("garbage")
    with pytest.raises(UserError, match="cannot load the Vosk model"):
        make_recognizer(RecognizerSettings(vosk_model=tmp_path))
