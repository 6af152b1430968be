"""Audio in: WAV files and sample arrays -> validated float32 mono, resampled to 16 kHz.

Every voice model of the project (VAD, prosody, voice emotion, ASR) works on 16 kHz mono float32
samples in [-1, 1]; this module is the one place that makes them.
"""

from __future__ import annotations

from math import gcd
from pathlib import Path

import numpy as np

TARGET_RATE = 16000
MAX_RATE = 384_000


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

    g = gcd(from_rate, to_rate)
    out = resample_poly(samples, to_rate // g, from_rate // g)
    return np.clip(out, -1.0, 1.0).astype(np.float32)


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
