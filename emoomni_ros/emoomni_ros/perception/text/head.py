"""The trained text-emotion head (``models/text_emotion.npz``) in plain numpy.

Trained by ``tools/train_text.py`` on MELD, GoEmotions, ISEAR, EmoBank and the project's own sentences:
- ``dense``: MiniLM features (``pooling``) plus the lexical features, standardised, through one
  shared ReLU layer (``hidden_w``; absent in a linear head) into three outputs: the core
  distribution, the feelings distribution over ``FEELING_CLASSES`` and a valence in [-1, 1];
- ``words``: TF-IDF of word uni- and bigrams (and ``!``/``?``) -> core label, the same arithmetic as
  scikit-learn's TfidfVectorizer (lower case, sublinear tf, idf, L2 norm);
- ``context``: stacks the utterance's distribution with the decayed mean of the distributions of
  the same speaker's earlier turns (used only when there are earlier turns).
The utterance distribution is ``(1 - words_weight) * dense + words_weight * words``. A head of the
earlier MELD-only format (no hidden layer, feelings or valence) still loads.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from emoomni_ros import labels, paths

MODELS_DIR = paths.MODELS_DIR
DEFAULT_HEAD = MODELS_DIR / "text_emotion.npz"
TOKEN_PATTERN = r"(?u)\b\w[\w']*\b|[!?]"
POOLING = "mean+mid+max"  # the MiniLM features the current head is trained on (text_encoder.POOLINGS)
# The feelings output: the 22 feelings, then one class per core label for "this label, no finer
# feeling named" (GoEmotions' plain "sadness" or "approval", a neutral remark).
FEELING_CLASSES: tuple[str, ...] = labels.FEELING_NAMES + labels.CORE_LABELS


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class WordFeatures:
    """TF-IDF of n-grams over a fixed vocabulary (the fitted TfidfVectorizer's, column order kept)."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, ngram_max: int = 2):
        self.vocabulary = list(vocabulary)
        self.index = {term: i for i, term in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.ngram_max = int(ngram_max)
        self._token = re.compile(TOKEN_PATTERN)

    def terms(self, text: str) -> list[str]:
        tokens = self._token.findall(text.lower())
        grams = list(tokens)
        for n in range(2, self.ngram_max + 1):
            grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(column indices, values) of the L2-normalised sparse TF-IDF row."""
        counts = Counter(t for t in self.terms(text) if t in self.index)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.array([self.index[t] for t in counts], dtype=np.int64)
        vals = np.array([1.0 + math.log(c) for c in counts.values()]) * self.idf[cols]
        return cols, vals / np.linalg.norm(vals)


class TextHead:
    """Loads the .npz written by ``train_text.save_head``; raises ValueError when it does not fit."""

    def __init__(self, path: str | Path = DEFAULT_HEAD):
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"text head not found: {path} (train it: python3 -m "
                                    "emoomni_ros.tools.train_text)")
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
        self.meta = json.loads(str(data["meta"]))
        if tuple(self.meta["labels"]) != labels.CORE_LABELS:
            raise ValueError(f"{path}: label order {self.meta['labels']} is not {labels.CORE_LABELS}")
        self.path = path
        self.encoder = self.meta["encoder"]
        self.embedding_dim = int(self.meta["embedding_dim"])
        self.lexical_features = tuple(self.meta["lexical_features"])
        self.words_weight = float(self.meta["words_weight"])
        self.context_turns = int(self.meta["context_turns"])
        self.context_decay = float(self.meta["context_decay"])
        self.mean, self.scale = data["dense_mean"], data["dense_scale"]
        self.dense_w, self.dense_b = data["dense_w"], data["dense_b"]
        self.words = WordFeatures([str(t) for t in data["words_vocabulary"]], data["words_idf"],
                                  int(self.meta["ngram_max"]))
        self.words_w, self.words_b = data["words_w"].astype(np.float32), data["words_b"]
        self.context_w, self.context_b = data["context_w"], data["context_b"]
        self.pooling = str(self.meta.get("pooling", "mean"))
        self.hidden_w = data["hidden_w"].astype(np.float32) if "hidden_w" in data else None
        self.hidden_b = data.get("hidden_b")
        self.feel_w, self.feel_b = data.get("feel_w"), data.get("feel_b")
        self.val_w, self.val_b = data.get("val_w"), data.get("val_b")
        self.feeling_classes = tuple(self.meta.get("feeling_classes", ()))
        if self.feel_w is not None and self.feeling_classes != FEELING_CLASSES:
            raise ValueError(f"{path}: feeling classes {self.feeling_classes} are not {FEELING_CLASSES}")
        expected = self.embedding_dim + len(self.lexical_features)
        width = expected if self.hidden_w is None else self.hidden_w.shape[0]
        if self.mean.shape != (expected,) or self.dense_w.shape != (labels.NUM_LABELS, width) or (
                self.hidden_w is not None and self.hidden_w.shape[1] != expected):
            raise ValueError(f"{path}: dense weights {self.dense_w.shape} do not fit {expected} features")

    @property
    def has_feelings(self) -> bool:
        return self.feel_w is not None

    def _hidden(self, embedding: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        x = (np.concatenate([embedding, lexical]) - self.mean) / self.scale
        if self.hidden_w is not None:
            x = np.maximum(self.hidden_w @ x + self.hidden_b, 0.0)
        return x

    def outputs(self, embedding: np.ndarray, lexical: np.ndarray) -> tuple[np.ndarray, np.ndarray | None,
                                                                           float | None]:
        """(core distribution, feelings distribution over FEELING_CLASSES, valence): the dense model's
        three outputs (None for the ones an older head lacks)."""
        h = self._hidden(embedding, lexical)
        core = softmax(self.dense_w @ h + self.dense_b)
        feel = softmax(self.feel_w @ h + self.feel_b) if self.feel_w is not None else None
        valence = float(np.clip(self.val_w @ h + self.val_b, -1, 1)[0]) if self.val_w is not None else None
        return core, feel, valence

    def dense(self, embedding: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        return self.outputs(embedding, lexical)[0]

    def word_scores(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(distribution, column indices, their values) of the words model."""
        cols, vals = self.words.transform(text)
        logits = self.words_w[:, cols] @ vals + self.words_b
        return softmax(logits), cols, vals

    def utterance(self, embedding: np.ndarray, lexical: np.ndarray, text: str) -> np.ndarray:
        return self.read(embedding, lexical, text)[0]

    def read(self, embedding: np.ndarray, lexical: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray | None,
                                                                                  float | None]:
        """(utterance distribution: dense blended with words, feelings distribution, valence)."""
        core, feel, valence = self.outputs(embedding, lexical)
        words, _, _ = self.word_scores(text)
        return (1.0 - self.words_weight) * core + self.words_weight * words, feel, valence

    def context_mean(self, earlier: list[np.ndarray]) -> np.ndarray:
        """Decayed mean of earlier turns' distributions (``earlier`` oldest first)."""
        recent = earlier[::-1][: self.context_turns]
        weights = np.array([self.context_decay ** i for i in range(len(recent))])
        return (weights[:, None] * np.stack(recent)).sum(0) / weights.sum()

    def with_context(self, utterance: np.ndarray, earlier: list[np.ndarray]) -> np.ndarray:
        if not earlier:
            return utterance
        x = context_features(utterance[None, :], self.context_mean(earlier)[None, :], np.ones(1))[0]
        return softmax(self.context_w @ x + self.context_b)

    def top_terms(self, cols: np.ndarray, vals: np.ndarray, label: str, n: int = 2,
                  min_contribution: float = 0.3) -> list[str]:
        """The n-grams of the text that pushed the words model most towards ``label``."""
        if cols.size == 0:
            return []
        row = self.words_w[labels.LABEL_INDEX[label]]
        contrib = (row[cols] - self.words_w[:, cols].mean(0)) * vals
        order = np.argsort(-contrib)[:n]
        return [self.words.vocabulary[cols[i]] for i in order if contrib[i] >= min_contribution]


def context_features(utterance: np.ndarray, context: np.ndarray, has: np.ndarray) -> np.ndarray:
    """Input of the context model: log utterance distribution, earlier-turns mean, has-context flag."""
    return np.hstack([np.log(utterance + 1e-6), context * has[:, None], has[:, None]])
