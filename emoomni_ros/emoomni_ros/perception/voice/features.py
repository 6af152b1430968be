"""Utterance-level acoustic features for the voice emotion head: MFCC and spectral statistics over
the speech frames plus the prosody summary (plain numpy/scipy, 16 kHz mono input), and the pooled
states of the Whisper encoder that the ASR runs on every utterance (``pool_states``).

Feature sets (``FEATURE_SETS``): ``prosody`` (the 204 values of ``extract``), ``whisper`` (mean and
standard deviation over the utterance of each encoder dimension: 768 values for tiny.en),
``whisper+prosody`` (both, the whisper values first)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import fft as sp_fft

from emoomni_ros.perception.voice import audio, prosody

RATE = audio.TARGET_RATE
N_FFT = 512
WIN = 400  # 25 ms
HOP = 160  # 10 ms, the same frame grid as prosody.tracks
N_MELS = 40
N_MFCC = 20
FMIN_MEL, FMAX_MEL = 60.0, 7600.0
PRE_EMPHASIS = 0.97


def _hz_to_mel(f: np.ndarray | float) -> np.ndarray:
    return 2595.0 * np.log10(1.0 + np.asarray(f) / 700.0)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    return 700.0 * (10.0 ** (m / 2595.0) - 1.0)


@lru_cache(maxsize=1)
def mel_filterbank() -> np.ndarray:
    """(N_MELS, N_FFT//2+1) triangular filters, HTK mel scale, area-normalised."""
    bins = np.fft.rfftfreq(N_FFT, 1.0 / RATE)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(FMIN_MEL), _hz_to_mel(FMAX_MEL), N_MELS + 2))
    fb = np.zeros((N_MELS, bins.size))
    for i in range(N_MELS):
        lo, mid, hi = edges[i : i + 3]
        fb[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0.0, None)
        fb[i] /= max(fb[i].sum(), 1e-9)
    return fb


@lru_cache(maxsize=1)
def _window() -> np.ndarray:
    return np.hanning(WIN)


def power_spectrogram(x: np.ndarray) -> np.ndarray:
    """(frames, N_FFT//2+1) power spectra, frames centred every 10 ms."""
    x = np.asarray(x, dtype=np.float64)
    x = np.append(x[:1], x[1:] - PRE_EMPHASIS * x[:-1]) if x.size else x
    n_frames = max(1, int(np.ceil(x.size / HOP)))
    padded = np.pad(x, (WIN // 2, WIN // 2 + HOP * n_frames))
    frames = np.lib.stride_tricks.sliding_window_view(padded, WIN)[::HOP][:n_frames] * _window()
    return np.abs(sp_fft.rfft(frames, N_FFT, axis=1)) ** 2


def mfcc(power: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(log-mel (frames, N_MELS), MFCC (frames, N_MFCC)) of a power spectrogram."""
    logmel = np.log(power @ mel_filterbank().T + 1e-10)
    return logmel, sp_fft.dct(logmel, type=2, norm="ortho", axis=1)[:, :N_MFCC]


def _delta(feat: np.ndarray, width: int = 2) -> np.ndarray:
    if feat.shape[0] < 2:
        return np.zeros_like(feat)
    padded = np.pad(feat, ((width, width), (0, 0)), mode="edge")
    weights = np.arange(-width, width + 1, dtype=np.float64)
    out = sum(w * padded[width + k : width + k + feat.shape[0]] for k, w in zip(range(-width, width + 1), weights,
                                                                               strict=True))
    return out / (2 * np.sum(np.arange(1, width + 1) ** 2))


def _stats(block: np.ndarray) -> np.ndarray:
    """Mean, standard deviation, 10th and 90th percentile of each column."""
    if block.shape[0] == 0:
        return np.zeros(4 * block.shape[1])
    lo, hi = np.percentile(block, [10, 90], axis=0)
    return np.concatenate([block.mean(axis=0), block.std(axis=0), lo, hi])


def _spectral(power: np.ndarray) -> np.ndarray:
    """Per-frame centroid (kHz), 85 % roll-off (kHz), flatness, high/low band energy ratio (dB)."""
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / RATE)
    total = power.sum(axis=1) + 1e-12
    centroid = (power @ freqs) / total / 1000.0
    cum = np.cumsum(power, axis=1)
    rolloff = freqs[np.minimum((cum < 0.85 * total[:, None]).sum(axis=1), freqs.size - 1)] / 1000.0
    flatness = np.exp(np.mean(np.log(power + 1e-12), axis=1)) / (np.mean(power, axis=1) + 1e-12)
    split = np.searchsorted(freqs, 1000.0)
    tilt = 10 * np.log10((power[:, split:].sum(axis=1) + 1e-12) / (power[:, :split].sum(axis=1) + 1e-12))
    return np.stack([centroid, rolloff, flatness, tilt], axis=1)


@dataclass
class VoiceFeatures:
    vector: np.ndarray  # the head's input (see feature_names())
    prosody: prosody.Prosody


FEATURE_SETS = ("prosody", "whisper", "whisper+prosody")
WHISPER_DIM = 384  # tiny.en's d_model


def pool_states(states: np.ndarray) -> np.ndarray:
    """(frames, d) encoder states of one utterance -> (2 d,) mean and standard deviation over time."""
    states = np.asarray(states, dtype=np.float64)
    if states.ndim != 2 or states.shape[0] == 0:
        raise ValueError(f"expected (frames, d) encoder states, got shape {states.shape}")
    return np.concatenate([states.mean(axis=0), states.std(axis=0)])


def whisper_names(dim: int = WHISPER_DIM) -> list[str]:
    return [f"whisper_mean{i}" for i in range(dim)] + [f"whisper_std{i}" for i in range(dim)]


def feature_names(feature_set: str = "prosody", whisper_dim: int = WHISPER_DIM) -> list[str]:
    """The head's input names for a feature set."""
    if feature_set not in FEATURE_SETS:
        raise ValueError(f"unknown voice feature set {feature_set!r}; one of {FEATURE_SETS}")
    whisper = whisper_names(whisper_dim) if "whisper" in feature_set else []
    return whisper + (prosody_feature_names() if "prosody" in feature_set else [])


def prosody_feature_names() -> list[str]:
    names = []
    for group, cols in (("mfcc", N_MFCC), ("dmfcc", N_MFCC), ("spec", 4)):
        for stat in ("mean", "std", "p10", "p90"):
            names += [f"{group}{i}_{stat}" for i in range(cols)]
    names += [f"f0_{stat}" for stat in ("mean_st", "std_st", "p10_st", "p90_st")]
    names += [f"energy_{stat}" for stat in ("mean", "std", "p10", "p90")]
    names += [f"aper_{stat}" for stat in ("mean", "std", "p10", "p90")]
    names += [f"prosody_{name}" for name in prosody.FEATURE_NAMES]
    return names


def extract(samples: np.ndarray, sample_rate: int = RATE) -> VoiceFeatures:
    """Features of one utterance (any rate; resampled to 16 kHz). Silence gives a finite vector."""
    x = audio.prepare(samples, sample_rate, RATE).astype(np.float64)
    duration = x.size / RATE
    x = np.pad(x, (0, max(0, WIN - x.size)))  # at least one frame
    t = prosody.tracks(x, RATE)
    summary = prosody.summarise(t)
    summary.duration_s = duration
    power = power_spectrogram(x)
    n = min(power.shape[0], t.n)
    power = power[:n]
    _, cep = mfcc(power)
    active = t.active[:n]
    if active.sum() < 3:  # too little speech: use every frame so the vector stays defined
        active = np.ones(n, bool)
    dcep = _delta(cep)
    spec = _spectral(power)
    f0 = t.f0_hz[:n][t.voiced[:n]]
    # F0 in semitones re 100 Hz keeps the scale uniform across voices.
    f0_block = (12 * np.log2(f0 / 100.0))[:, None] if f0.size else np.zeros((0, 1))
    energy = t.energy_db[:n][active][:, None]
    aper = t.aperiodicity[:n][active][:, None]
    vector = np.concatenate([
        _stats(cep[active]), _stats(dcep[active]), _stats(spec[active]),
        _stats(f0_block), _stats(energy), _stats(aper), summary.vector(),
    ])
    return VoiceFeatures(np.nan_to_num(vector, nan=0.0, posinf=0.0, neginf=0.0), summary)
