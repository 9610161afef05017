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
    "duplex": "audio.duplex",
    "engine": "recognizer.engine",
    "vosk_model": "recognizer.vosk_model",
    "rasa_model": "dialogue.model",
    "locale": "dialogue.locale",
    "tts_out": "speaker.out_dir",
    "uri": "wyoming.uri",
    "allow_network": "wyoming.allow_network",
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
    run.add_argument("--duplex", choices=["half", "full"],
                     help="full: listen while speaking, so you can interrupt (headphones or an echo-cancelling microphone)")
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

    serve = sub.add_parser("serve", help="stay ready: offer a reflection every evening at [checkin] time; Enter starts one now")
    voice_options(serve)
    dialogue_options(serve)
    serve.add_argument("--device", help="microphone index or part of its name")
    wyoming = sub.add_parser("wyoming", help="serve the reflection to Home Assistant's voice satellites (Wyoming handle service)")
    dialogue_options(wyoming)
    wyoming.add_argument("--uri", help="where to listen (default tcp://127.0.0.1:10700)")
    wyoming.add_argument("--allow-network", action="store_true", default=None,
                         help="allow a non-loopback --uri: anyone on the network can then talk to it (no authentication)")
    sub.add_parser("config", help="print the effective settings and where each one came from")
    journal = sub.add_parser("journal", help="your kept reflections: list, show N, export, forget, report")
    journal.add_argument("action", choices=["list", "show", "export", "forget", "report"])
    journal.add_argument("entry", nargs="?", type=int, help="the reflection's number (show, forget)")
    journal.add_argument("--format", choices=["json", "markdown"], default="markdown", help="for export")
    journal.add_argument("--out", type=Path, help="export into this file instead of printing; report: the folder")
    journal.add_argument("--all", action="store_true", help="forget every reflection")
    journal.add_argument("--yes", action="store_true", help="forget without asking first")
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
        if settings.audio.duplex == "full":  # listen while speaking: an interruption cuts the reply short
            conversation = _conversation(args, settings, barge_in=True, live=True)
        else:  # half duplex: what the microphone heard while the assistant spoke is dropped
            conversation = _conversation(args, settings, after_speaking=microphone.discard_pending, live=True)
        recognizer = make_recognizer(settings.recognizer)
        print("Listening… (say stop to finish)", file=sys.stderr)
        voice(microphone.chunks(), recognizer, conversation, show_partial=sys.stderr.isatty())
    return 0


def _serve(args, settings: Settings) -> int:
    """The check-in loop, with the dialogue loaded once; the microphone is opened per check-in, so
    a device that comes and goes between evenings is found again."""
    import threading
    from datetime import datetime

    from assistant.audio.microphone import Microphone, input_devices, resolve_device
    from assistant.checkin import CheckinLoop, Invitation
    from assistant.dialogue.background import domain_texts
    from assistant.messages import Utterance
    from assistant.pipeline import utterances, voice
    from assistant.stt.recognizer import make_recognizer

    if not input_devices():  # one clear line now, not at nine tonight
        raise UserError("serve needs a microphone for the evening check-in and none was found "
                        "(see `python -m assistant doctor`); `chat` works without one")
    resolve_device(settings.audio.device)
    conversation = _conversation(args, settings, live=True)
    recognizer = make_recognizer(settings.recognizer)
    speaker = conversation.speaker
    invite, skipped, snoozed = domain_texts(settings.dialogue.project_dir / "domain.yml", "utter_checkin_invite",
                                            "utter_checkin_skipped", "utter_checkin_snoozed")
    start_now = threading.Event()

    def keys() -> None:  # each Enter asks for a reflection now
        for _ in sys.stdin:
            start_now.set()

    if sys.stdin.isatty():
        threading.Thread(target=keys, daemon=True).start()

    def wait_until(when: datetime) -> bool:
        while datetime.now() < when:  # in short steps: a suspended machine or a clock change is noticed
            if start_now.wait(min(30.0, max(0.05, (when - datetime.now()).total_seconds()))):
                start_now.clear()
                return True
        return False

    def ask(text: str) -> str | None:
        print(f"assistant> {text}", flush=True)
        speaker.say(text)
        try:
            with Microphone(settings.audio.device) as mic:
                mic.discard_pending()
                recognizer.pause.expect("choice")
                for heard in utterances(recognizer.transcribe(mic.chunks())):
                    return heard.text if isinstance(heard, Utterance) else None
        except UserError as error:  # the device went away: tell, and try again next time
            print(f"error: {error}", file=sys.stderr)
        return None

    def reflect() -> None:
        try:
            with Microphone(settings.audio.device) as mic:
                conversation.after_speaking = mic.discard_pending
                voice(mic.chunks(), recognizer, conversation, show_partial=sys.stderr.isatty())
        except UserError as error:
            print(f"error: {error}", file=sys.stderr)

    def say(text: str) -> None:
        print(f"assistant> {text}", flush=True)
        speaker.say(text)

    print(f"Ready: a check-in at {settings.checkin.time} ({settings.checkin.days}); press Enter to start one now.",
          file=sys.stderr)
    CheckinLoop(settings.checkin, Invitation(invite, skipped, snoozed), datetime.now, wait_until, ask, say,
                reflect).run()
    return 0


def _wyoming(args, settings: Settings) -> int:
    import asyncio

    from assistant.dialogue.agent import RasaDialogue, find_model
    from assistant.wyoming_service import Rooms, serve

    find_model(settings.dialogue)
    keeper = _keeper(settings)
    from assistant.journal import Keeper

    journal = keeper.journal if isinstance(keeper, Keeper) else None  # rooms keep only a journal already chosen
    rooms = Rooms(lambda: RasaDialogue(settings.dialogue), settings.wyoming.idle_minutes,
                  keeper=(lambda: Keeper(journal)) if journal else None)
    print(f"Wyoming handle service on {settings.wyoming.uri} (the dialogue is loading)", file=sys.stderr)
    try:
        asyncio.run(serve(settings.wyoming, rooms))
    except OSError as error:
        raise UserError(f"cannot listen on {settings.wyoming.uri}: {error.strerror or error}") from None
    return 0


def _conversation(args, settings: Settings, after_speaking=lambda: None, barge_in: bool = False,
                  live: bool = False):
    """The dialogue loads in the background while its opening (data in the domain) is spoken. live:
    someone is there to answer (a microphone), so the first reflection may ask whether to keep them."""
    from assistant.dialogue.agent import RasaDialogue, find_model
    from assistant.dialogue.background import BackgroundDialogue, domain_texts, opening_from_domain
    from assistant.pipeline import Conversation
    from assistant.transcript import TranscriptLog
    from assistant.tts.speaker import make_speaker

    find_model(settings.dialogue)  # a missing model is one clear line before anything is said
    domain = settings.dialogue.project_dir / "domain.yml"
    keeper = _keeper(settings)
    context = None
    if keeper is not None and hasattr(keeper, "journal"):  # questions about the past, from the journal
        from datetime import datetime

        from assistant.journal import summary

        context = lambda: {"journal": summary(keeper.journal.entries(), datetime.now())}  # noqa: E731
    dialogue = BackgroundDialogue(lambda: RasaDialogue(settings.dialogue, context), opening_from_domain(domain))
    still_there, goodbye, check_heard, say_again, ask_keep, kept, not_kept, offer, fresh = domain_texts(
        domain, "utter_still_there", "utter_quiet_goodbye", "utter_check_heard", "utter_say_again",
        "utter_journal_ask_keep", "utter_journal_kept", "utter_journal_not_kept", "utter_resume_offer",
        "utter_resume_fresh")
    from assistant.reflection.exercises import EXERCISES

    names = dict(zip(EXERCISES, domain_texts(domain, *(f"utter_exercise_{name}" for name in EXERCISES))))
    return Conversation(dialogue, make_speaker(settings.speaker, interruptible=barge_in), TranscriptLog(args.transcript),
                        after_speaking, quiet=(still_there, goodbye), unsure=(check_heard, say_again),
                        confirm_below=settings.recognizer.confirm_below, keeper=keeper, barge_in=barge_in,
                        ask_keep=(ask_keep, kept, not_kept) if live else None,
                        resume=(offer, fresh, names) if live else None)


def _keeper(settings: Settings):
    """The journal's keeper when reflections are kept, an Undecided one when the user has not said
    yet (the conversation asks at the end of the first reflection), else None."""
    from assistant.journal import Journal, Keeper, Undecided, default_path, remembered_choice

    path = settings.journal.path or default_path()
    enabled = settings.journal.enabled if settings.journal.enabled is not None else remembered_choice(path)
    if enabled is None:
        return Undecided(path)
    return Keeper(Journal(path)) if enabled else None


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


def _journal(args, settings: Settings) -> int:
    from assistant.journal import Journal, as_json, as_markdown, default_path

    path = settings.journal.path or default_path()
    if not path.is_file():
        raise UserError(f"no journal at {path}; reflections are kept when [journal] enabled = true")
    journal = Journal(path)
    if args.action == "list":
        for e in journal.entries():
            state = "safety path" if e.safety else "finished" if e.finished else "not finished"
            print(f"{e.id}\t{e.started}\t{e.exercise or '-'}\t{state}\t{e.phrase or ''}")
    elif args.action == "show":
        if args.entry is None:
            raise UserError("say which reflection: `journal show N` (see `journal list`)")
        print(as_markdown([journal.entry(args.entry)]), end="")
    elif args.action == "export":
        text = (as_json if args.format == "json" else as_markdown)(journal.entries())
        if args.out:
            args.out.write_text(text)
            print(f"exported {len(journal.entries())} reflection(s) to {args.out}")
        else:
            print(text, end="")
    elif args.action == "report":
        from datetime import datetime

        from assistant.journal import write_report

        markdown, chart = write_report(journal.entries(), datetime.now(), args.out or Path("out/recap"))
        print(f"wrote {markdown} and {chart}")
    else:
        if args.entry is None and not args.all:
            raise UserError("say which reflection to forget (`journal forget N`), or `journal forget --all`")
        what = "every reflection" if args.all else f"reflection {args.entry}"
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(f"to forget {what} without being asked, add --yes")
            if input(f"Forget {what}? This cannot be undone. [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing was forgotten.")
                return 0
        gone = journal.forget(None if args.all else args.entry)
        print(f"forgot {gone} reflection(s)")
    return 0


def _doctor(args, settings: Settings) -> int:
    from assistant.doctor import report, run_checks

    text, code = report(run_checks(settings))
    print(text)
    return code


COMMANDS = {"run": _run, "demo": _demo, "chat": _chat, "transcribe": _transcribe, "say": _say, "models": _models,
            "config": _config, "doctor": _doctor, "journal": _journal, "serve": _serve, "wyoming": _wyoming}


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
