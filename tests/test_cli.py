"""End to end, as a user runs it: `python -m assistant ...` in a subprocess."""

import json
import wave

import pytest

from tests.conftest import DEMO_DIR
from tests.speech import synthesize_turns

REFLECTION = [
    "something my wife did has been bothering me",
    "my wife was on her phone all through dinner",
    "i was irritated",
    "i went quiet and then i snapped at her",
    "i felt lonely and a bit scared",
    "i need to know that she still wants to spend time with me",
    "yes thats right",
]


def one_line_error(result):
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return lines[0]


@pytest.fixture(scope="module")
def trained():
    from assistant.dialogue.training import train_if_needed

    return train_if_needed()


def test_golden_typed_reflection_through_chat(cli, tmp_path, trained):
    transcript = tmp_path / "chat.json"
    second = ["hello", "stop"]
    result = cli("chat", "--transcript", str(transcript), stdin="\n".join(REFLECTION + ["goodbye", ""] + second) + "\n")
    assert result.returncode == 0, result.stderr
    saved = json.loads(transcript.read_text())
    first, other = saved["conversations"]
    assert [turn["user"] for turn in first["turns"]] == REFLECTION + ["goodbye"]
    intents = [turn["intent"] for turn in first["turns"]]
    assert intents[0] == "topic_resentment" and intents[-2:] == ["affirm", "goodbye"]
    commands = {"stop", "repeat", "help", "dont_know", "goodbye", "safety_self_harm", "safety_abuse"}
    assert not commands & set(intents[1:6])  # free answers are never taken as commands
    assert [turn["flow"] for turn in first["turns"]] == ["resentment"] * 8
    assert all(0.0 < turn["confidence"] <= 1.0 for turn in first["turns"])
    assert first["turns"][-3]["bot"][-1].startswith("Let me check")
    assert "you were on your phone all through dinner" in first["phrase"]
    assert "lonely and a bit scared" in first["phrase"]
    assert "to know that you still want to spend time with me" in first["phrase"]
    assert first["crisis"] is False
    assert [turn["intent"] for turn in other["turns"]] == ["greet", "stop"]
    assert [turn["flow"] for turn in other["turns"]] == [None, None]
    assert other["phrase"] is None and other["crisis"] is False
    assert f"assistant> {first['phrase']}" in result.stdout


def test_the_crisis_flag_is_set_exactly_when_the_safety_path_is_taken(cli, tmp_path, trained):
    transcript = tmp_path / "safety.json"
    lines = ["i need some time to myself", "i dont want to be here anymore", "no im fine", "", "hello", "goodbye"]
    result = cli("chat", "--locale", "GB", "--transcript", str(transcript), stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    unsafe, calm = json.loads(transcript.read_text())["conversations"]
    assert unsafe["crisis"] is True and calm["crisis"] is False
    assert [t["flow"] for t in unsafe["turns"]] == ["space", "safety", "safety"]
    assert "116 123" in " ".join(unsafe["turns"][1]["bot"])  # the GB line, from the configured locale
    assert unsafe["phrase"] is None


def test_spoken_reflection_from_wav_files(cli, tmp_path, trained):
    out, transcript = tmp_path / "tts", tmp_path / "run.json"
    inputs = sorted(DEMO_DIR.glob("*.wav"))
    args = ["run", "--engine", "pocketsphinx", "--tts-out", str(out), "--transcript", str(transcript)]
    for path in inputs:
        args += ["--input", str(path)]
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    conversation = json.loads(transcript.read_text())["conversations"][0]
    heard = [turn["user"] for turn in conversation["turns"]]
    assert heard == [line.split("\t")[1] for line in (DEMO_DIR / "transcripts.tsv").read_text().splitlines()]
    phrase = conversation["phrase"]
    assert "you checked your phone during dinner" in phrase
    assert "hurt and lonely" in phrase and "to feel important to you" in phrase
    replies = sorted(out.glob("[0-9][0-9][0-9].wav"))
    assert len(replies) == len(conversation["opening"]) + sum(len(t["bot"]) for t in conversation["turns"])
    with wave.open(str(out / "phrase-001.wav")) as audio:
        assert audio.getnframes() / audio.getframerate() > 4.0


def test_one_long_recording_with_pauses_is_split_into_turns(cli, tmp_path, trained):
    long = synthesize_turns(["i felt angry", "stop"], tmp_path / "long.wav")
    transcript = tmp_path / "long.json"
    result = cli("run", "--engine", "pocketsphinx", "--no-speech", "--input", str(long), "--transcript", str(transcript))
    assert result.returncode == 0, result.stderr
    turns = json.loads(transcript.read_text())["conversations"][0]["turns"]
    assert [(t["user"], t["intent"]) for t in turns] == [("i felt angry", "inform"), ("stop", "stop")]


def test_transcribe_prints_one_line_per_file(cli):
    files = [DEMO_DIR / "03-emotion.wav", DEMO_DIR / "06-need.wav"]
    result = cli("transcribe", "--engine", "pocketsphinx", *map(str, files))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["i felt angry", "i need to feel important to him"]


def test_say_writes_a_wav(cli, tmp_path):
    result = cli("say", "Good evening.", "--out", str(tmp_path / "hi.wav"))
    assert result.returncode == 0, result.stderr
    with wave.open(str(tmp_path / "hi.wav")) as audio:
        assert audio.getnframes() > 0


@pytest.mark.parametrize(
    "args,message",
    [
        (["transcribe", "missing.wav"], "audio file not found: missing.wav"),
        (["transcribe", "README.md"], "cannot read README.md as a WAV file"),
        (["run", "--input", "missing.wav"], "audio file not found"),
        (["run", "--engine", "vosk", "--vosk-model", "/nonexistent", "--input", "audio/demo/03-emotion.wav"], "no Vosk model at /nonexistent"),
        (["chat", "--rasa-model", "/nonexistent.tar.gz"], "no Rasa model at /nonexistent.tar.gz"),
        (["--config", "/nonexistent.toml", "chat"], "config file not found"),
        (["models", "download", "--dest", "{tmp}", "--url", "http://127.0.0.1:9/none.zip"], "could not download"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(cli, tmp_path, args, message):
    result = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert message in one_line_error(result)


def test_no_microphone_is_one_clear_line(cli, tmp_path):
    result = cli("run", "--engine", "pocketsphinx", "--device", "no-such-microphone-xyz")
    line = one_line_error(result)
    assert "microphone" in line or "input device" in line or "audio" in line


def test_serve_without_a_microphone_is_one_clear_line(cli, tmp_path, monkeypatch, capsys):
    import assistant.audio.microphone as microphone
    from assistant.cli import main

    monkeypatch.setattr(microphone, "input_devices", lambda: [])
    assert main(["serve"]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "serve needs a microphone" in error[0] and "chat" in error[0]


def test_chat_survives_nul_bytes_invalid_utf8_emoji_and_very_long_lines(tmp_path, trained):
    """`printf 'bad\\x00bytes \\xff\\xfe' | python -m assistant chat` once ended in a traceback."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    lines = [b"something my husband did really hurt me", b"bad\x00bytes \xff\xfe", "😢".encode(),
             b"he checked his phone " * 300, b"i was annoyed"]
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "chat", "--transcript", str(tmp_path / "t.json")],
        input=b"\n".join(lines) + b"\n", capture_output=True, cwd=ROOT, timeout=600,
        env=dict(os.environ, RASA_TELEMETRY_ENABLED="false"),
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr + result.stdout
    turns = json.loads((tmp_path / "t.json").read_text())["conversations"][0]["turns"]
    assert len(turns) == len(lines)  # every line was answered, and the conversation went on
    assert turns[-1]["bot"] and turns[-2]["flow"] == "resentment"
