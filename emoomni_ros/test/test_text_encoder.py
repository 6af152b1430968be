"""The numpy MiniLM encoder (``NumpyMiniLMEncoder``, what ``load_encoder("minilm")`` gives on the CPU)
against the torch one (``MiniLMEncoder``): the same tokens and the same features for both poolings on a
padded batch of short, long (truncated), non-ASCII and emoji text; empty input; the exact GELU; and a
process that encodes (and reads a sentence with ``TextAnalyzer``) without importing torch or
transformers."""

import math
import subprocess
import sys

import numpy as np
import pytest

from emoomni_ros.perception.text.encoder import (
    POOLINGS,
    MiniLMEncoder,
    NumpyMiniLMEncoder,
    _gelu,
    load_encoder,
)

MAX_TOKENS = 128
LONG = " ".join(["I keep thinking about what happened at work today, and it won't stop."] * 20)
SENTENCES = [
    "ok",
    "I'm fine, really.",
    "Oh my God, you did WHAT?!",
    "Héllo! Ça va? Ich heiße Jürgen, a naïve café owner. 東京で会いましょう",
    "I love this 😀🎉❤️ so much!!! 👍",
    LONG,
    "",
]


@pytest.fixture(scope="module")
def torch_threads():
    import torch

    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module", params=sorted(POOLINGS))
def encoders(request, torch_threads):
    pooling = request.param
    return (NumpyMiniLMEncoder(pooling=pooling, threads=1, max_tokens=MAX_TOKENS),
            MiniLMEncoder(pooling=pooling, threads=1, max_tokens=MAX_TOKENS))


def test_tokens_match_the_hf_tokenizer(encoders):
    numpy_enc, torch_enc = encoders
    ours = numpy_enc._tokenizer.encode_batch(SENTENCES)
    theirs = torch_enc._tokenizer(SENTENCES, padding=True, truncation=True, max_length=MAX_TOKENS)
    assert [e.ids for e in ours] == theirs["input_ids"]
    assert [e.attention_mask for e in ours] == theirs["attention_mask"]
    assert [e.type_ids for e in ours] == theirs["token_type_ids"]
    assert len(ours[0].ids) == MAX_TOKENS  # the long sentence sets the padded length
    assert ours[0].ids[:4] == [101, 7929, 102, 0]  # [CLS] ok [SEP] [PAD]
    assert sum(ours[SENTENCES.index(LONG)].attention_mask) == MAX_TOKENS  # truncated, ends in [SEP]
    assert ours[SENTENCES.index(LONG)].ids[-1] == 102
    assert "hello" in ours[3].tokens  # lower case, accents stripped as the HF tokenizer does


def test_numpy_matches_torch(encoders):
    numpy_enc, torch_enc = encoders
    assert (numpy_enc.name, numpy_enc.dim, numpy_enc.pooling, numpy_enc.max_tokens) == (
        torch_enc.name, torch_enc.dim, torch_enc.pooling, torch_enc.max_tokens)
    assert numpy_enc.dim == 384 * POOLINGS[numpy_enc.pooling]
    ours, theirs = numpy_enc.encode(SENTENCES), torch_enc.encode(SENTENCES)
    assert ours.shape == theirs.shape == (len(SENTENCES), numpy_enc.dim)
    assert ours.dtype == np.float32
    assert np.isfinite(ours).all()
    assert np.abs(ours - theirs).max() < 1e-4
    # Every 384-d block is L2-normalised.
    blocks = ours.reshape(len(SENTENCES), -1, 384)
    np.testing.assert_allclose(np.linalg.norm(blocks, axis=-1), 1.0, atol=1e-5)
    # A sentence alone (no padding) reads as it does in the padded batch; encode_many keeps the order.
    alone = np.concatenate([numpy_enc.encode([text]) for text in SENTENCES])
    assert np.abs(alone - ours).max() < 1e-5
    assert np.abs(numpy_enc.encode_many(SENTENCES, batch_size=3) - theirs).max() < 1e-4


def test_a_large_batch_is_encoded_in_passes(encoders):
    """More tokens than one pass holds (``TOKENS_PER_PASS``): the rows come back in order."""
    numpy_enc, torch_enc = encoders
    texts = [LONG] * 3 + SENTENCES[:5] * 2
    assert len(texts) * MAX_TOKENS > numpy_enc.TOKENS_PER_PASS
    assert np.abs(numpy_enc.encode(texts) - torch_enc.encode(texts)).max() < 1e-4


@pytest.mark.parametrize("pooling", sorted(POOLINGS))
def test_no_text_gives_no_rows(pooling):
    enc = load_encoder("minilm", pooling=pooling)
    assert isinstance(enc, NumpyMiniLMEncoder)
    out = enc.encode([])
    assert out.shape == (0, 384 * POOLINGS[pooling]) and out.dtype == np.float32
    assert enc.encode_many([]).shape == (0, enc.dim)


def test_load_encoder_names():
    assert isinstance(load_encoder("minilm-numpy"), NumpyMiniLMEncoder)
    assert type(load_encoder("minilm-torch", threads=0)) is MiniLMEncoder
    with pytest.raises(ValueError, match="CPU only"):
        NumpyMiniLMEncoder(device="cuda")
    with pytest.raises(ValueError, match="pooling"):
        NumpyMiniLMEncoder(pooling="cls")
    with pytest.raises(ValueError, match="unknown text encoder"):
        load_encoder("bert")


def test_threads_limit_blas_only_while_encoding():
    enc = NumpyMiniLMEncoder(threads=1)
    try:
        import threadpoolctl  # installed with scikit-learn; without it ``threads`` is accepted and ignored
    except ImportError:
        assert enc.encode(["hello there"]).shape == (1, 384)
        return
    before = [lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"]
    assert enc.encode(["hello there"]).shape == (1, 384)
    after = [lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"]
    assert after == before


def test_gelu_is_the_erf_gelu():
    x = np.linspace(-12.0, 12.0, 100_000, dtype=np.float32).reshape(100, 1000)  # two blocks of rows
    exact = np.vectorize(lambda v: 0.5 * v * math.erfc(-v / math.sqrt(2.0)))(x.astype(np.float64))
    got = _gelu(x.copy())
    assert got.dtype == np.float32 and got.shape == x.shape
    assert np.abs(got - exact).max() < 1e-6


NO_TORCH = """
import sys
from emoomni_ros.perception.text.encoder import load_encoder
enc = load_encoder("minilm", pooling="mean+mid+max", threads=1)
assert enc.encode(["ok", "I can't believe she's gone."]).shape == (2, 1152)
from emoomni_ros.perception.text.analyzer import TextAnalyzer
TextAnalyzer().analyze("I'm fine, it's just been a long day.", context=["I lost my job today."])
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers"))) or "none")
"""


def test_numpy_encoder_and_text_analyzer_run_without_torch():
    out = subprocess.run([sys.executable, "-c", NO_TORCH], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "none"
