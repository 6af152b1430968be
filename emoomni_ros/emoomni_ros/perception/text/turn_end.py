"""Does the transcript so far sound like a finished turn? The words' part of predictive end of turn.

``TurnEndModel.p_complete(text)`` is the probability that a person who said ``text`` and paused has
finished ("I got the job." yes; "and then I...", "but", "um", "the thing is" no). A logistic head
(``models/turn_end.npz``, card ``models/turn_end.md``, trained by ``tools/train_turn_end.py`` on
complete utterances against their own truncated prefixes) over hashed word n-grams at the end of
the text, the first word and the length. Words only, lowercased: the recogniser's trailing
punctuation is not trusted (it often adds a full stop to a fragment). About 0.05 ms per call.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np

from emoomni_ros import paths

DEFAULT_MODEL = paths.MODELS_DIR / "turn_end.npz"
BUCKETS = 1 << 14  # hashed n-gram features (per kind, shared table)
LENGTH_BINS = (1, 2, 3, 5, 8, 12, 20)  # word-count bins (upper bounds; one more bin above)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FEATURE_COUNT = BUCKETS + len(LENGTH_BINS) + 1


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _bucket(kind: str, key: str) -> int:
    return zlib.crc32(f"{kind}:{key}".encode()) % BUCKETS  # stable across processes, unlike hash()


def feature_indices(text: str) -> list[int]:
    """The active (value 1) features of a transcript, sorted, each once."""
    w = words(text)
    if not w:
        return [BUCKETS]  # the first length bin stands for "no words"
    out = [_bucket("last1", w[-1]), _bucket("first", w[0])]
    if len(w) >= 2:
        out.append(_bucket("last2", " ".join(w[-2:])))
        out.append(_bucket("prev", w[-2]))
    if len(w) >= 3:
        out.append(_bucket("last3", " ".join(w[-3:])))
    n = len(w)
    length_bin = next((i for i, upper in enumerate(LENGTH_BINS) if n <= upper), len(LENGTH_BINS))
    out.append(BUCKETS + length_bin)
    out.append(_bucket("len_last", f"{min(n, 6)}:{w[-1]}"))
    return sorted(set(out))


def feature_matrix(texts: list[str]):
    """A scipy CSR matrix of the features (training only)."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, text in enumerate(texts):
        idx = feature_indices(text)
        rows += [i] * len(idx)
        cols += idx
    return csr_matrix((np.ones(len(cols), np.float32), (rows, cols)), shape=(len(texts), _FEATURE_COUNT))


class TurnEndModel:
    def __init__(self, path: str | Path = DEFAULT_MODEL) -> None:
        try:
            data = np.load(path)
            self.weights = np.asarray(data["weights"], np.float64)
            self.bias = float(data["bias"])
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"cannot load the turn-end model {path}: {exc} (retrain it: "
                             "python3 -m emoomni_ros.tools.train_turn_end)") from exc
        if self.weights.shape != (_FEATURE_COUNT,):
            raise ValueError(f"{path} has {self.weights.shape} weights, this code needs {_FEATURE_COUNT}; retrain it")

    def p_complete(self, text: str) -> float:
        """Probability that the turn is finished, given its words so far (0.5-ish when unsure)."""
        z = self.bias + float(self.weights[feature_indices(text)].sum())
        return float(1.0 / (1.0 + np.exp(-z)))
