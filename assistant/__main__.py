"""Command line: parses arguments into settings and wires the stages. Nothing else lives here."""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from .config import load_config  # noqa: E402
from .dialogue import LOCALES  # noqa: E402  (light: Rasa itself is imported only when a dialogue loads)
from .errors import UserError  # noqa: E402

DEMO_DIR = Path("audio/demo")
DEMO_OUT = Path("out/demo")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument("--config", type=Path, help="settings file (TOML); default ./assistant.toml")
    sub = parser.add_subparsers(dest="command", required=True)

    def voice_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--engine", choices=["auto", "vosk", "pocketsphinx"], help="speech recognizer")
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
    return parser


def _recognizer_settings(args, config):
    from .recognizer import RecognizerSettings

    section = config.get("recognizer", {})
    model = args.vosk_model or (Path(section["vosk_model"]) if "vosk_model" in section else None)
    if args.vosk_model is None and "vosk_model" in section and os.environ.get("ASSISTANT_VOSK_MODEL"):
        model = None  # the environment variable beats the config file
    return RecognizerSettings(
        engine=args.engine or section.get("engine", "auto"),
        vosk_model=model,
        endpoint_silence=float(section.get("endpoint_silence", RecognizerSettings.endpoint_silence)),
    )


def _dialogue(args, config):
    from .dialogue import DialogueSettings, RasaDialogue

    section = config.get("dialogue", {})
    model = args.rasa_model or (Path(section["model"]) if "model" in section else None)
    locale = args.locale or section.get("locale", "US")
    return RasaDialogue(DialogueSettings(model=model, locale=locale))


def _speaker(config, out_dir=None, enabled=True):
    from .speaker import SpeakerSettings, make_speaker

    section = config.get("speaker", {})
    return make_speaker(
        SpeakerSettings(out_dir=out_dir, rate=section.get("rate"), voice=section.get("voice"), enabled=enabled)
    )


def _voice_conversation(args, config, inputs, out_dir, enabled=True) -> int:
    from .microphone import Microphone
    from .pipeline import Conversation, talk, utterances
    from .recognizer import make_recognizer
    from .transcript import TranscriptLog
    from .wav_source import load_wav, wav_chunks

    # Check the input first: a bad file or a missing microphone fails before any model loads.
    microphone = None
    if inputs:
        for path in inputs:
            load_wav(path)
    else:
        microphone = Microphone(getattr(args, "device", None) or config.get("audio", {}).get("device"))
    recognizer = make_recognizer(_recognizer_settings(args, config))
    dialogue = _dialogue(args, config)
    speaker = _speaker(config, out_dir, enabled)
    log = TranscriptLog(args.transcript)
    if microphone is None:
        if len(inputs) > 1:  # one file per turn
            turns = (_joined(recognizer, path) for path in inputs)
        else:
            turns = utterances(recognizer.transcribe(wav_chunks(inputs)))
        talk(Conversation(dialogue, speaker, log), turns)
        return 0
    with microphone:
        conversation = Conversation(dialogue, speaker, log, after_speaking=microphone.discard_pending)
        print("Listening… (say stop to finish)", file=sys.stderr)
        talk(conversation, utterances(recognizer.transcribe(microphone.chunks()), show_partial=sys.stderr.isatty()))
    return 0


def _joined(recognizer, path: Path):
    from .messages import Utterance
    from .wav_source import wav_chunks

    finals = [t for t in recognizer.transcribe(wav_chunks([path])) if t.is_final]
    confidences = [t.confidence for t in finals if t.confidence is not None]
    return Utterance(
        " ".join(t.text for t in finals),
        sum(confidences) / len(confidences) if confidences else None,
        str(path),
    )


def _run(args, config) -> int:
    if args.list_devices:
        from .microphone import input_devices

        for index, name in input_devices():
            print(f"{index}\t{name}")
        return 0
    return _voice_conversation(args, config, args.input, args.tts_out, enabled=not args.no_speech)


def _demo(args, config) -> int:
    inputs = sorted(DEMO_DIR.glob("*.wav"))
    if not inputs:
        raise UserError(f"no demo recordings in {DEMO_DIR}; run `make audio`")
    print(f"Playing the demo reflection from {DEMO_DIR} (replies are written to {args.tts_out}).")
    return _voice_conversation(args, config, inputs, args.tts_out)


def _chat(args, config) -> int:
    from .pipeline import Conversation, chat
    from .transcript import TranscriptLog

    conversation = Conversation(_dialogue(args, config), _speaker(config, enabled=False), TranscriptLog(args.transcript))
    # Bytes that are not UTF-8 become U+FFFD here and are dropped with the dialogue's other cleaning.
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    chat(conversation, lines, interactive=sys.stdin.isatty())
    return 0


def _transcribe(args, config) -> int:
    from .recognizer import make_recognizer
    from .wav_source import load_wav

    for path in args.files:
        load_wav(path)
    recognizer = make_recognizer(_recognizer_settings(args, config))
    for path in args.files:
        print(_joined(recognizer, path).text, flush=True)
    return 0


def _say(args, config) -> int:
    from .speaker import Pyttsx3Speaker, SpeakerSettings, SpeechError

    section = config.get("speaker", {})
    try:
        engine = Pyttsx3Speaker(SpeakerSettings(rate=section.get("rate"), voice=section.get("voice")))
        if args.out:
            print(engine.save(args.text, args.out))
        else:
            engine.say(args.text)
    except SpeechError as error:
        raise UserError(str(error)) from None
    return 0


def _models(args, config) -> int:
    from dataclasses import replace

    from .model_download import ENGLISH_SMALL, DownloadError, download_model

    spec = replace(ENGLISH_SMALL, url=args.url) if args.url else ENGLISH_SMALL
    try:
        path = download_model(spec, args.dest)
    except DownloadError as error:
        raise UserError(str(error)) from None
    print(f"Vosk model ready: {path}")
    return 0


COMMANDS = {"run": _run, "demo": _demo, "chat": _chat, "transcribe": _transcribe, "say": _say, "models": _models}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.debug:
        _quiet_libraries()
    try:
        return COMMANDS[args.command](args, load_config(args.config))
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


if __name__ == "__main__":
    sys.exit(main())
