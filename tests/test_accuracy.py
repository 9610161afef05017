"""Word error rate of the zero-download recognizer on real English speech (../shared/speech-dev)."""

import csv

import pytest

from assistant.audio.wav import wav_chunks
from assistant.stt.vocabulary import edit_distance as word_errors
from tests.conftest import SPEECH_DEV


def test_word_errors_counts_substitutions_insertions_and_deletions():
    assert word_errors("a b c".split(), "a x c d".split()) == 2
    assert word_errors("a b".split(), []) == 2


@pytest.mark.skipif(not SPEECH_DEV.is_dir(), reason="../shared/speech-dev is not present")
def test_pocketsphinx_word_error_rate_on_speech_dev(pocketsphinx_recognizer, capsys):
    with open(SPEECH_DEV / "manifest.tsv") as manifest:
        rows = list(csv.DictReader(manifest, delimiter="\t"))
    errors = words = 0
    for row in rows:
        finals = pocketsphinx_recognizer.transcribe(wav_chunks([SPEECH_DEV / row["file"]]))
        hypothesis = " ".join(t.text for t in finals if t.is_final).split()
        reference = row["transcript"].split()
        errors += word_errors(reference, hypothesis)
        words += len(reference)
    rate = errors / words
    with capsys.disabled():
        print(f"\npocketsphinx WER on speech-dev: {rate:.1%} ({errors}/{words} words, {len(rows)} clips)")
    assert rate < 0.40  # measured about 25%; a broken resampler or endpointer pushes it far higher
