"""The NumPy MiniLM encoder gives what sentence-transformers itself gives.

tests/data/minilm_reference.json was computed once with the real sentence-transformers library
(PyTorch, CPU) from the same packaged weights; see its "made_with".
"""

import json

import numpy as np
import pytest

from assistant.nlu.embedder import SentenceEmbedder
from tests.conftest import ROOT

REFERENCE = json.loads((ROOT / "tests" / "data" / "minilm_reference.json").read_text())


@pytest.fixture(scope="module")
def embedder():
    return SentenceEmbedder()


@pytest.mark.parametrize("index", range(len(REFERENCE["sentences"])))
def test_sentence_vectors_match_sentence_transformers(embedder, index):
    got = embedder.embed(REFERENCE["sentences"][index]).sentence
    want = np.asarray(REFERENCE["embeddings"][index])
    assert got.shape == (384,)
    assert np.abs(got - want).max() < 1e-4
    assert float(got @ want) > 0.9999


def test_word_vectors_cover_each_requested_span(embedder):
    text = "he checked his phone"
    spans = [(0, 2), (3, 10), (11, 14), (15, 20)]
    words = embedder.embed(text, spans).words
    assert words.shape == (4, 384)
    assert all(np.linalg.norm(row) > 0 for row in words)
    assert not np.allclose(words[0], words[1])


def test_a_span_without_word_pieces_gets_a_zero_vector(embedder):
    words = embedder.embed("hello", [(0, 5), (5, 5)]).words
    assert np.linalg.norm(words[0]) > 0
    assert not words[1].any()


def test_paraphrases_sit_closer_than_unrelated_sentences(embedder):
    far, drifted, pizza = (embedder.embed(t).sentence for t in
                           ("i feel so far from her lately", "we have drifted apart", "i could eat a pizza"))
    assert far @ drifted > far @ pizza


def test_long_input_is_truncated_not_refused(embedder):
    assert embedder.embed("we talked " * 400).sentence.shape == (384,)
