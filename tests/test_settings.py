"""One settings tree: a flag beats the environment, which beats the file; bad values are one-line errors."""

from pathlib import Path

import pytest

from assistant.cli import main
from assistant.errors import UserError
from assistant.settings import Settings, env_name, load_settings


def test_a_valid_file_is_read_into_each_stage_settings(tmp_path):
    path = tmp_path / "a.toml"
    path.write_text('[recognizer]\nvosk_model = "/m"\nendpoint_silence = 1\n[speaker]\nrate = 150\n[audio]\ndevice = "USB"\n')
    settings = load_settings(config=path, environ={})
    assert settings.recognizer.vosk_model == Path("/m") and settings.recognizer.endpoint_silence == 1.0
    assert settings.speaker.rate == 150 and settings.audio.device == "USB"
    assert settings.sources["speaker.rate"] == f"file {path}"


def test_no_file_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert load_settings(environ={}) == Settings()


def test_the_file_in_the_users_config_directory_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    user_file = tmp_path / "config" / "evening-reflection" / "assistant.toml"
    user_file.parent.mkdir(parents=True)
    user_file.write_text("[journal]\nenabled = true\n")
    settings = load_settings(environ={})
    assert settings.journal.enabled and settings.sources["journal.enabled"] == f"file {user_file}"


def test_environment_variable_names_the_file(tmp_path):
    path = tmp_path / "b.toml"
    path.write_text('[audio]\ndevice = "USB"\n')
    assert load_settings(environ={"ASSISTANT_CONFIG": str(path)}).audio.device == "USB"


def test_a_flag_beats_the_environment_which_beats_the_file(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[recognizer]\nengine = "pocketsphinx"\nvosk_model = "/from-file"\n[speaker]\nrate = 120\n')
    environ = {"ASSISTANT_VOSK_MODEL": "/from-env", env_name("speaker.rate"): "140"}
    settings = load_settings({"recognizer.vosk_model": Path("/from-flag"), "recognizer.engine": None}, path, environ)
    assert settings.recognizer.vosk_model == Path("/from-flag")
    assert settings.recognizer.engine == "pocketsphinx"  # a flag not given leaves the file's value
    assert settings.speaker.rate == 140
    assert settings.sources == {
        "recognizer.engine": f"file {path}",
        "recognizer.vosk_model": "flag",
        "speaker.rate": "environment ASSISTANT_SPEAKER_RATE",
    }
    assert load_settings({}, path, environ).recognizer.vosk_model == Path("/from-env")


@pytest.mark.parametrize(
    "text,environ,message",
    [
        ("[recognizer\n", {}, "not valid TOML"),
        ("[colours]\nx = 1\n", {}, r"unknown section \[colours\]"),
        ("[speaker]\nspeed = 3\n", {}, "unknown setting speaker.speed"),
        ('[speaker]\nrate = "fast"\n', {}, "speaker.rate must be a int"),
        ('[dialogue]\nlocale = "FR"\n', {}, "dialogue.locale must be one of US, GB, AU"),
        ("", {"ASSISTANT_SPEAKER_RATE": "fast"}, "ASSISTANT_SPEAKER_RATE must be a int"),
        ("", {"ASSISTANT_SPEAKER_ENABLED": "perhaps"}, "must be true or false"),
        ("", {"ASSISTANT_RECOGNIZER_ENGINE": "whisper"}, "recognizer.engine must be one of"),
    ],
)
def test_bad_settings_are_one_line_errors(tmp_path, text, environ, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(UserError, match=message) as error:
        load_settings(config=path, environ=environ)
    assert "\n" not in str(error.value)


def test_a_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_settings(config=tmp_path / "missing.toml", environ={})


def test_the_config_command_prints_every_setting_and_its_source(tmp_path, monkeypatch, capsys):
    path = tmp_path / "d.toml"
    path.write_text("[speaker]\nrate = 150\n")
    monkeypatch.setenv("ASSISTANT_DIALOGUE_LOCALE", "GB")
    assert main(["--config", str(path), "config"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"speaker.rate = 150\t(file {path})" in lines
    assert "dialogue.locale = GB\t(environment ASSISTANT_DIALOGUE_LOCALE)" in lines
    assert "recognizer.engine = auto\t(default)" in lines
