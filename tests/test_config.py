"""The settings file: read when present, checked with one-line errors."""

import pytest

from assistant.config import load_config
from assistant.errors import UserError


def test_a_valid_file_is_read(tmp_path):
    path = tmp_path / "a.toml"
    path.write_text('[recognizer]\nvosk_model = "/m"\nendpoint_silence = 1\n[speaker]\nrate = 150\n')
    assert load_config(path) == {"recognizer": {"vosk_model": "/m", "endpoint_silence": 1}, "speaker": {"rate": 150}}


def test_no_file_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ASSISTANT_CONFIG", raising=False)
    assert load_config(None) == {}


def test_environment_variable_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / "b.toml"
    path.write_text('[audio]\ndevice = "USB"\n')
    monkeypatch.setenv("ASSISTANT_CONFIG", str(path))
    assert load_config(None) == {"audio": {"device": "USB"}}


@pytest.mark.parametrize(
    "text,message",
    [
        ("[recognizer\n", "not valid TOML"),
        ("[colours]\nx = 1\n", r"unknown section \[colours\]"),
        ("[speaker]\nspeed = 3\n", "unknown setting speaker.speed"),
        ('[speaker]\nrate = "fast"\n', "speaker.rate must be a int"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(UserError, match=message) as error:
        load_config(path)
    assert "\n" not in str(error.value)


def test_a_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_config(tmp_path / "missing.toml")
