"""Audio in: WAV files and sample arrays -> validated float32 mono, resampled to 16 kHz.

Every voice model of the project (VAD, prosody, voice emotion, ASR) works on 16 kHz mono float32
samples in [-1, 1]; this module is the one place that makes them.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from math import gcd
from pathlib import Path

import numpy as np

TARGET_RATE = 16000
MAX_RATE = 384_000
MIN_STREAM_RATE = 8000  # lowest rate a streamed audio chunk may have (telephone audio)
# Largest up/down factor of the polyphase filter. The filter has 20 x max(up, down) taps, so an odd
# rate (383999 Hz: up 16000, down 383999) would need millions of taps and gigabytes for one block;
# beyond this factor the ratio is approximated (under 0.1 % rate error from 1 kHz up; 383999 Hz
# resamples as 384000 Hz). Every usual rate (8 k ... 384 k, 11025, 22050, 44100, 88200) is exact.
MAX_RESAMPLE_FACTOR = 1000


class AudioError(ValueError):
    """Audio that cannot be used: unreadable file, wrong sample format, rate or values."""


def check_rate(sample_rate: int) -> int:
    try:
        rate = int(sample_rate)
    except (TypeError, ValueError):
        raise AudioError(f"sample rate must be an integer, got {sample_rate!r}") from None
    if rate != sample_rate or not 0 < rate <= MAX_RATE:
        raise AudioError(f"sample rate must be a whole number in 1..{MAX_RATE} Hz, got {sample_rate!r}")
    return rate


def resample_factors(from_rate: int, to_rate: int = TARGET_RATE) -> tuple[int, int]:
    """(up, down) of the polyphase filter from ``from_rate`` to ``to_rate``: the exact ratio when
    both factors are at most MAX_RESAMPLE_FACTOR, else the nearest ratio whose factors are (so the
    filter, and the time and memory of every block, stay bounded whatever rate a peer sends)."""
    from_rate, to_rate = check_rate(from_rate), check_rate(to_rate)
    g = gcd(from_rate, to_rate)
    up, down = to_rate // g, from_rate // g
    if max(up, down) <= MAX_RESAMPLE_FACTOR:
        return up, down
    ratio = Fraction(to_rate, from_rate)
    # limit_denominator bounds down; up = ratio x down is bounded too when ratio <= 1, so bound the
    # smaller side of an upsampling ratio through its inverse.
    if ratio <= 1:
        approx = ratio.limit_denominator(MAX_RESAMPLE_FACTOR)
        return max(1, approx.numerator), approx.denominator
    if ratio >= MAX_RESAMPLE_FACTOR:  # not audio (e.g. 1 Hz): bounded, not exact
        return MAX_RESAMPLE_FACTOR, 1
    inverse = (1 / ratio).limit_denominator(MAX_RESAMPLE_FACTOR)
    return inverse.denominator, inverse.numerator


def to_float_mono(samples: np.ndarray) -> np.ndarray:
    """Samples (frames,) or (frames, channels), integer PCM or float -> float32 mono in [-1, 1].

    Integer PCM is scaled by its full range; float samples must be finite and are clipped to [-1, 1].
    """
    arr = np.asarray(samples)
    if arr.ndim == 2:
        if arr.shape[1] == 0:
            raise AudioError("audio has zero channels")
    elif arr.ndim != 1:
        raise AudioError(f"audio must be (frames,) or (frames, channels), got shape {arr.shape}")
    if arr.dtype.kind == "i":
        out = arr.astype(np.float32) / float(2 ** (8 * arr.dtype.itemsize - 1))
    elif arr.dtype.kind == "u":
        half = float(2 ** (8 * arr.dtype.itemsize - 1))
        out = (arr.astype(np.float32) - half) / half
    elif arr.dtype.kind == "f":
        out = arr.astype(np.float32)
        if not np.all(np.isfinite(out)):
            raise AudioError("audio contains NaN or infinite samples")
        out = np.clip(out, -1.0, 1.0)
    else:
        raise AudioError(f"unsupported sample type {arr.dtype}")
    if out.ndim == 2:
        out = out.mean(axis=1)
    return np.ascontiguousarray(out, dtype=np.float32)


def resample(samples: np.ndarray, from_rate: int, to_rate: int = TARGET_RATE) -> np.ndarray:
    """Polyphase resampling (scipy.signal.resample_poly) of mono float samples."""
    from_rate, to_rate = check_rate(from_rate), check_rate(to_rate)
    samples = np.asarray(samples, dtype=np.float32)
    if from_rate == to_rate or samples.size == 0:
        return samples.copy()
    from scipy.signal import resample_poly

    up, down = resample_factors(from_rate, to_rate)
    out = resample_poly(samples, up, down)
    return np.clip(out, -1.0, 1.0).astype(np.float32)


@lru_cache(maxsize=8)
def _polyphase_filter(up: int, down: int) -> tuple[np.ndarray, int]:
    """resample_poly's Kaiser FIR for (up, down), padded to whole polyphase branches, and the taps
    per branch. Cached: a stream that switches between a few rates does not rebuild it each time."""
    from scipy.signal import firwin

    max_rate = max(up, down)
    half_len = 10 * max_rate
    h = firwin(2 * half_len + 1, 1.0 / max_rate, window=("kaiser", 5.0)) * up
    taps = -(-h.size // up)
    h = np.pad(h, (0, taps * up - h.size))
    h.setflags(write=False)
    return h, taps


class StreamResampler:
    """Polyphase resampling of a stream that arrives in blocks of any size, matching
    scipy.signal.resample_poly on the whole signal (same Kaiser FIR; no clicks at block edges).

    Outputs lag the input by the filter's half length (under 1 ms at the usual rates). Odd rates
    use the nearest bounded ratio (``resample_factors``), so the filter never exceeds
    20 x MAX_RESAMPLE_FACTOR taps and a block's work grows only with its length.
    """

    WORK_ELEMENTS = 1 << 18  # elements of each (outputs x taps) work array: 2 MB

    def __init__(self, from_rate: int, to_rate: int = TARGET_RATE) -> None:
        self.from_rate, self.to_rate = check_rate(from_rate), check_rate(to_rate)
        self.up, self.down = resample_factors(self.from_rate, self.to_rate)
        self.passthrough = self.up == self.down
        if self.passthrough:
            return
        self.half_len = 10 * max(self.up, self.down)
        self._h, self.taps = _polyphase_filter(self.up, self.down)
        self._x = np.zeros(self.taps, dtype=np.float64)  # zero history before the first sample
        self._x_start = -self.taps  # absolute index of self._x[0]
        self._n = 0  # next output index

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        samples = np.asarray(samples, dtype=np.float64).reshape(-1)
        if self.passthrough:
            return samples.astype(np.float32)
        self._x = np.concatenate([self._x, samples])
        last = self._x_start + self._x.size - 1  # newest input index
        # Output n needs inputs up to floor((n * down + half_len) / up).
        n_end = (last * self.up - self.half_len) // self.down + 1
        if n_end <= self._n:
            return np.zeros(0, dtype=np.float32)
        t = np.arange(self.taps)
        # In slices of outputs, so the (outputs x taps) work arrays stay small for a long block.
        step = max(1, self.WORK_ELEMENTS // self.taps)
        parts = []
        for first in range(self._n, int(n_end), step):
            n = np.arange(first, min(first + step, int(n_end)))
            pos = n * self.down + self.half_len
            i_max = pos // self.up
            phase = pos - i_max * self.up
            idx = i_max[:, None] - t[None, :] - self._x_start
            x = np.where(idx >= 0, self._x[np.clip(idx, 0, None)], 0.0)
            parts.append(np.sum(self._h[phase[:, None] + t[None, :] * self.up] * x, axis=1))
        y = np.concatenate(parts)
        self._n = int(n_end)
        # Keep the inputs later outputs still need.
        keep_from = (self._n * self.down + self.half_len) // self.up - self.taps + 1
        drop = max(0, min(self._x.size, keep_from - self._x_start))
        self._x, self._x_start = self._x[drop:], self._x_start + drop
        return np.clip(y, -1.0, 1.0).astype(np.float32)


def prepare(samples: np.ndarray, sample_rate: int, target_rate: int = TARGET_RATE) -> np.ndarray:
    """Any samples at any rate -> float32 mono at ``target_rate`` (raises AudioError when unusable)."""
    rate = check_rate(sample_rate)
    return resample(to_float_mono(samples), rate, target_rate)


def load_wav(path: str | Path, target_rate: int | None = TARGET_RATE) -> tuple[np.ndarray, int]:
    """Reads a WAV (or any format libsndfile reads) -> (float32 mono samples, rate).

    Resamples to ``target_rate`` unless it is None. Raises AudioError for a missing, unreadable or
    empty file, so callers can report the cause.
    """
    import soundfile as sf

    path = Path(path)
    if not path.is_file():
        raise AudioError(f"audio file not found: {path}")
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except Exception as exc:  # libsndfile raises its own error types for corrupt or non-audio files
        raise AudioError(f"cannot read audio file {path}: {exc}") from None
    if data.shape[0] == 0:
        raise AudioError(f"audio file {path} contains no samples")
    samples = to_float_mono(data)
    rate = check_rate(rate)
    if target_rate is not None and rate != target_rate:
        samples, rate = resample(samples, rate, target_rate), int(target_rate)
    return samples, rate


def save_wav(path: str | Path, samples: np.ndarray, sample_rate: int) -> Path:
    """Writes float mono samples as 16-bit PCM WAV."""
    import soundfile as sf

    path = Path(path)
    sf.write(str(path), to_float_mono(samples), check_rate(sample_rate), subtype="PCM_16")
    return path


def rms(samples: np.ndarray) -> float:
    samples = np.asarray(samples, dtype=np.float64)
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0
