"""Command line: arguments become settings once, then each command wires the stages it needs."""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from assistant.dialogue.agent import LOCALES  # noqa: E402  (light: Rasa itself loads with a dialogue)
from assistant.errors import UserError  # noqa: E402
from assistant.settings import Settings, load_settings  # noqa: E402
from assistant.stt.recognizer import ENGINES  # noqa: E402

DEMO_DIR = Path("audio/demo")
DEMO_OUT = Path("out/demo")
FLAGS = {  # command-line option → the setting it sets
    "device": "audio.device",
    "engine": "recognizer.engine",
    "vosk_model": "recognizer.vosk_model",
    "rasa_model": "dialogue.model",
    "locale": "dialogue.locale",
    "tts_out": "speaker.out_dir",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument("--config", type=Path, help="settings file (TOML); default $ASSISTANT_CONFIG, then ./assistant.toml")
    sub = parser.add_subparsers(dest="command", required=True)

    def voice_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--engine", choices=ENGINES, help="speech recognizer")
        p.add_argument("--vosk-model", type=Path, help="Vosk model directory (or $ASSISTANT_VOSK_MODEL)")

    def dialogue_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rasa-model", type=Path, help="trained Rasa model (.tar.gz); default: the one trained from rasa_project/ as it is")
        p.add_argument("--transcript", type=Path, help="save the conversation as JSON here")
        p.add_argument("--locale", choices=LOCALES, help="whose crisis lines to give (default US)")

    run = sub.add_parser("run", help="voice mode: microphone (or WAV files) in, speech out")
    voice_options(run)
    dialogue_options(run)
    run.add_argument("--input", type=Path, action="append", help="WAV file instead of the microphone; repeat for one file per turn")
    run.add_argument("--tts-out", type=Path, help="write each reply as a numbered WAV here instead of playing it")
    run.add_argument("--no-speech", action="store_true", help="print replies without speaking them")
    run.add_argument("--device", help="microphone index or part of its name")
    run.add_argument("--list-devices", action="store_true", help="list microphones and exit")

    demo = sub.add_parser("demo", help="a short spoken reflection from the WAV files in audio/demo")
    voice_options(demo)
    dialogue_options(demo)
    demo.add_argument("--tts-out", type=Path, default=DEMO_OUT, help=f"where replies and the phrase go (default {DEMO_OUT})")

    chat = sub.add_parser("chat", help="the same dialogue, typed: one user turn per line on stdin")
    dialogue_options(chat)

    transcribe = sub.add_parser("transcribe", help="print one line of recognized text per WAV file")
    voice_options(transcribe)
    transcribe.add_argument("files", type=Path, nargs="+")

    say = sub.add_parser("say", help="speak TEXT, or write it to a WAV file")
    say.add_argument("text")
    say.add_argument("--out", type=Path, help="WAV file to write instead of playing")

    models = sub.add_parser("models", help="manage speech models")
    models.add_argument("action", choices=["download"])
    models.add_argument("--dest", type=Path, default=Path("models"), help="models directory")
    models.add_argument("--url", help="download from this address instead of the official one")

    sub.add_parser("config", help="print the effective settings and where each one came from")
    doctor = sub.add_parser("doctor", help="check Python, packages, microphone, models and voice; print the fix for each problem")
    voice_options(doctor)
    doctor.add_argument("--rasa-model", type=Path, help="trained Rasa model to check instead of the current one")
    doctor.add_argument("--device", help="microphone index or part of its name")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    flags = {key: getattr(args, option, None) for option, key in FLAGS.items()}
    if getattr(args, "no_speech", False):
        flags["speaker.enabled"] = False
    return load_settings(flags, args.config)


def _voice_conversation(args, settings: Settings, inputs: list[Path]) -> int:
    from assistant.audio.microphone import Microphone
    from assistant.audio.wav import load_recordings, recording_chunks
    from assistant.pipeline import one_turn_per_file, voice
    from assistant.stt.recognizer import make_recognizer

    # Read the input first (once): a bad file or a missing microphone fails before any model loads.
    microphone = None
    recordings = load_recordings(inputs) if inputs else []
    if not recordings:
        microphone = Microphone(settings.audio.device)
    if microphone is None:
        conversation = _conversation(args, settings)  # the dialogue loads while the recognizer does
        recognizer = make_recognizer(settings.recognizer)
        if len(recordings) > 1:  # one file per turn
            conversation.talk(one_turn_per_file(recognizer, (recording_chunks([r]) for r in recordings)))
        else:
            voice(recording_chunks(recordings), recognizer, conversation)
        return 0
    with microphone:
        conversation = _conversation(args, settings, after_speaking=microphone.discard_pending)
        recognizer = make_recognizer(settings.recognizer)
        print("Listening… (say stop to finish)", file=sys.stderr)
        voice(microphone.chunks(), recognizer, conversation, show_partial=sys.stderr.isatty())
    return 0


def _conversation(args, settings: Settings, after_speaking=lambda: None):
    """The dialogue loads in the background while its opening (data in the domain) is spoken."""
    from assistant.dialogue.agent import RasaDialogue, find_model
    from assistant.dialogue.background import BackgroundDialogue, domain_texts, opening_from_domain
    from assistant.pipeline import Conversation
    from assistant.transcript import TranscriptLog
    from assistant.tts.speaker import make_speaker

    find_model(settings.dialogue)  # a missing model is one clear line before anything is said
    domain = settings.dialogue.project_dir / "domain.yml"
    dialogue = BackgroundDialogue(lambda: RasaDialogue(settings.dialogue), opening_from_domain(domain))
    still_there, goodbye, check_heard, say_again = domain_texts(
        domain, "utter_still_there", "utter_quiet_goodbye", "utter_check_heard", "utter_say_again")
    return Conversation(dialogue, make_speaker(settings.speaker), TranscriptLog(args.transcript), after_speaking,
                        quiet=(still_there, goodbye), unsure=(check_heard, say_again),
                        confirm_below=settings.recognizer.confirm_below)


def _run(args, settings: Settings) -> int:
    if args.list_devices:
        from assistant.audio.microphone import input_devices

        for index, name in input_devices():
            print(f"{index}\t{name}")
        return 0
    return _voice_conversation(args, settings, args.input)


def _demo(args, settings: Settings) -> int:
    inputs = sorted(DEMO_DIR.glob("*.wav"))
    if not inputs:
        raise UserError(f"no demo recordings in {DEMO_DIR}; run `make audio`")
    print(f"Playing the demo reflection from {DEMO_DIR} (replies are written to {settings.speaker.out_dir}).")
    return _voice_conversation(args, settings, inputs)


def _chat(args, settings: Settings) -> int:
    from dataclasses import replace

    from assistant.pipeline import chat

    conversation = _conversation(args, replace(settings, speaker=replace(settings.speaker, enabled=False)))
    # Bytes that are not UTF-8 become U+FFFD here and are dropped with the dialogue's other cleaning.
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    chat(conversation, lines, interactive=sys.stdin.isatty())
    return 0


def _transcribe(args, settings: Settings) -> int:
    from assistant.audio.wav import load_recordings, recording_chunks
    from assistant.pipeline import one_turn_per_file
    from assistant.stt.recognizer import make_recognizer

    recordings = load_recordings(args.files)
    recognizer = make_recognizer(settings.recognizer)
    for said in one_turn_per_file(recognizer, (recording_chunks([r]) for r in recordings)):
        print(said.text, flush=True)
    return 0


def _say(args, settings: Settings) -> int:
    from assistant.tts.speaker import SpeechError, make_engine

    try:
        engine = make_engine(settings.speaker)
        if args.out:
            print(engine.save(args.text, args.out))
        else:
            engine.say(args.text)
    except SpeechError as error:
        raise UserError(str(error)) from None
    return 0


def _models(args, settings: Settings) -> int:
    from dataclasses import replace

    from assistant.stt.download import ENGLISH_SMALL, DownloadError, download_model

    spec = replace(ENGLISH_SMALL, url=args.url) if args.url else ENGLISH_SMALL
    try:
        path = download_model(spec, args.dest)
    except DownloadError as error:
        raise UserError(str(error)) from None
    print(f"Vosk model ready: {path}")
    return 0


def _config(args, settings: Settings) -> int:
    for key, value, source in settings.effective():
        print(f"{key} = {'' if value is None else value}\t({source})")
    return 0


def _doctor(args, settings: Settings) -> int:
    from assistant.doctor import report, run_checks

    text, code = report(run_checks(settings))
    print(text)
    return code


COMMANDS = {"run": _run, "demo": _demo, "chat": _chat, "transcribe": _transcribe, "say": _say, "models": _models,
            "config": _config, "doctor": _doctor}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.debug:
        _quiet_libraries()
    try:
        return COMMANDS[args.command](args, _settings(args))
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _quiet_libraries() -> None:
    """Rasa and TensorFlow are chatty; keep the console for the conversation."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    for name in ("rasa", "rasa_sdk", "tensorflow", "absl", "sanic", "apscheduler", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)
    logging.captureWarnings(True)  # library deprecation warnings go to the silenced py.warnings
