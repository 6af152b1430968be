"""Prosody of an utterance in plain numpy/scipy: F0 (YIN), energy, speaking rate and pauses.

``analyze(samples, sample_rate)`` accepts mono or multi-channel audio at any rate (it resamples to
16 kHz) and never returns NaN: silence gives zeros (and ``energy_db`` = ``SILENCE_DB``).

Frames are 10 ms apart. A frame is *active* when its energy is near the utterance's level (see
``_active_threshold``), *voiced* when it is active and YIN finds a clear period between ``FMIN``
and ``FMAX``. Statistics of speech (energy, rate, voicing) are over active frames, so leading and
trailing silence do not change them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np
from scipy import fft as sp_fft

from emoomni_ros.perception.voice import audio

RATE = audio.TARGET_RATE
HOP_S = 0.010
WINDOW_S = 0.032  # YIN integration window; >= 2 periods of the lowest F0
FMIN, FMAX = 60.0, 500.0
YIN_THRESHOLD = 0.15  # absolute threshold of YIN step 4
VOICED_MAX_APERIODICITY = 0.35  # frames whose best CMND dip is above this are unvoiced
SILENCE_DB = -100.0
ABS_FLOOR_DB = -60.0  # frames quieter than this (dBFS) are never speech
DYNAMIC_RANGE_DB = 35.0  # frames this far below the loudest are silence
MIN_PAUSE_S = 0.15
JITTER_MAX_JUMP = 1.5  # consecutive-frame F0 ratios beyond this are tracking jumps, not jitter
SYLLABLE_PROMINENCE_DB = 2.5
SYLLABLE_MIN_GAP_S = 0.09


@dataclass
class Prosody:
    """Prosodic summary of one utterance (all values finite)."""

    duration_s: float  # whole input
    speech_s: float  # active (non-silent) time
    f0_median_hz: float  # median F0 of voiced frames; 0 when none are voiced
    f0_mean_hz: float
    f0_std_semitones: float  # spread of F0 around its median, in semitones
    f0_range_semitones: float  # 5th..95th percentile of voiced F0, in semitones
    f0_jitter: float  # mean |F0 change| between consecutive voiced frames, relative to F0
    f0_slope_st_per_s: float  # linear trend of F0 over the utterance (semitones per second)
    voiced_fraction: float  # voiced / active frames
    energy_rms: float  # RMS of the active frames (full scale = 1)
    energy_db: float  # the same in dBFS
    energy_std_db: float  # spread of the active frames' level
    speaking_rate: float  # syllable-like energy peaks per second of speech
    pause_ratio: float  # pause time / time from first to last active frame
    n_pauses: int  # silent gaps of at least MIN_PAUSE_S between active frames
    mean_pause_s: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    def vector(self) -> np.ndarray:
        return np.array([float(getattr(self, name)) for name in FEATURE_NAMES], dtype=np.float64)


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Prosody))


@dataclass
class Tracks:
    """Frame-level tracks (one value per 10 ms frame) that ``analyze`` summarises."""

    f0_hz: np.ndarray  # 0 where unvoiced
    aperiodicity: np.ndarray  # YIN's CMND minimum, 1 where undefined
    energy_db: np.ndarray
    active: np.ndarray  # bool
    voiced: np.ndarray  # bool
    duration_s: float = 0.0
    hop_s: float = HOP_S

    @property
    def n(self) -> int:
        return int(self.energy_db.size)


def _frames(x: np.ndarray, length: int, hop: int) -> np.ndarray:
    """Frames starting every ``hop`` samples (the signal zero-padded at the end)."""
    n = max(1, 1 + int(np.ceil(max(0, x.size - hop) / hop)))
    needed = (n - 1) * hop + length
    padded = np.pad(x, (0, max(0, needed - x.size)))
    return np.lib.stride_tricks.sliding_window_view(padded, length)[::hop][:n]


def _energy_db(x: np.ndarray, hop: int, win: int) -> np.ndarray:
    centred = np.pad(x, (win // 2, win // 2))
    frames = _frames(centred, win, hop)[: max(1, int(np.ceil(x.size / hop)))]
    power = np.mean(frames.astype(np.float64) ** 2, axis=1)
    return np.maximum(10.0 * np.log10(np.maximum(power, 1e-30)), SILENCE_DB)


def yin(x: np.ndarray, rate: int = RATE, hop_s: float = HOP_S, fmin: float = FMIN, fmax: float = FMAX,
        only: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """YIN (de Cheveigné & Kawahara 2002), vectorised over frames with FFT autocorrelation.

    Returns (f0 in Hz per frame, or 0 where unvoiced; the CMND minimum per frame, an aperiodicity
    in [0, ~1+]). With a boolean mask ``only``, analyses just those frames (results per True entry).
    """
    hop = int(round(hop_s * rate))
    win = int(round(WINDOW_S * rate))
    max_lag = int(np.ceil(rate / fmin))
    min_lag = max(2, int(np.floor(rate / fmax)))
    n_frames = max(1, int(np.ceil(x.size / hop)))
    centred = np.pad(x.astype(np.float64), (win // 2, win // 2 + max_lag))
    frames = _frames(centred, win + max_lag, hop)[:n_frames]

    if only is not None:
        frames = frames[np.asarray(only, dtype=bool)[:n_frames]]
    if frames.shape[0] == 0:
        return np.zeros(0), np.ones(0)

    # Difference function d(tau) = e0 + e_tau - 2 r(tau), with r from one FFT per frame (the head is
    # zero beyond `win`, so a circular correlation of length win + max_lag has no wrap-around).
    size = sp_fft.next_fast_len(win + max_lag + 1, real=True)
    spec_all = sp_fft.rfft(frames, size, axis=1)
    spec_head = sp_fft.rfft(frames[:, :win], size, axis=1)
    r = sp_fft.irfft(spec_all * np.conj(spec_head), size, axis=1)[:, : max_lag + 1]
    sq = np.concatenate([np.zeros((frames.shape[0], 1)), np.cumsum(frames**2, axis=1)], axis=1)
    lags = np.arange(max_lag + 1)
    e_tau = sq[:, lags + win] - sq[:, lags]
    d = np.maximum(sq[:, [win]] + e_tau - 2.0 * r, 0.0)

    # Cumulative mean normalised difference.
    cmnd = np.ones_like(d)
    cum = np.cumsum(d[:, 1:], axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cmnd[:, 1:] = np.where(cum > 0, d[:, 1:] * lags[1:] / cum, 1.0)

    search = cmnd[:, min_lag : max_lag + 1]
    below = search < YIN_THRESHOLD
    # First dip below the threshold, then walk down to its local minimum; else the global minimum.
    first = np.where(below.any(axis=1), below.argmax(axis=1), search.argmin(axis=1))
    taus = first.copy()
    for _ in range(max_lag):
        nxt = np.minimum(taus + 1, search.shape[1] - 1)
        step = search[np.arange(search.shape[0]), nxt] < search[np.arange(search.shape[0]), taus]
        if not step.any():
            break
        taus = np.where(step, nxt, taus)
    rows = np.arange(search.shape[0])
    aper = search[rows, taus]

    # Parabolic interpolation of the dip for sub-sample period.
    lag = taus + min_lag
    left = cmnd[rows, np.clip(lag - 1, 0, max_lag)]
    mid = cmnd[rows, lag]
    right = cmnd[rows, np.clip(lag + 1, 0, max_lag)]
    denom = left - 2 * mid + right
    with np.errstate(divide="ignore", invalid="ignore"):
        shift = np.where(np.abs(denom) > 1e-12, 0.5 * (left - right) / denom, 0.0)
    period = lag + np.clip(shift, -1.0, 1.0)
    with np.errstate(divide="ignore"):
        f0 = np.where((period > 0) & (aper < VOICED_MAX_APERIODICITY), rate / period, 0.0)
    f0 = np.where((f0 >= fmin * 0.95) & (f0 <= fmax * 1.05), f0, 0.0)
    aper = np.where(np.isfinite(aper), aper, 1.0)
    return f0, aper


def _active_threshold(energy_db: np.ndarray) -> float:
    """Level above which a frame counts as speech: within DYNAMIC_RANGE_DB of the loudest frame,
    above the absolute floor and, when the input has a quiet noise floor, well above it."""
    peak = float(energy_db.max())
    noise = float(np.percentile(energy_db, 5))
    return max(ABS_FLOOR_DB, peak - DYNAMIC_RANGE_DB, min(noise + 8.0, peak - 15.0))


def tracks(samples: np.ndarray, sample_rate: int) -> Tracks:
    """Frame-level F0, aperiodicity, energy and activity of any audio (resampled to 16 kHz)."""
    x = audio.prepare(samples, sample_rate, RATE).astype(np.float64)
    hop = int(round(HOP_S * RATE))
    if x.size == 0:
        empty = np.zeros(0)
        return Tracks(empty, empty, empty, empty.astype(bool), empty.astype(bool), 0.0)
    energy = _energy_db(x, hop, int(round(0.025 * RATE)))
    n = energy.size
    active = energy > _active_threshold(energy) if energy.max() > ABS_FLOOR_DB else np.zeros(n, bool)
    # Pitch only where there is speech energy (also keeps the cost proportional to speech time).
    f0, aper = np.zeros(n), np.ones(n)
    f0[active], aper[active] = yin(x, RATE, only=active)
    voiced = active & (f0 > 0)
    return Tracks(np.where(voiced, f0, 0.0), aper, energy, active, voiced, x.size / RATE)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) index pairs of the True runs of a boolean array (end exclusive)."""
    padded = np.concatenate([[False], mask.astype(bool), [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _jitter(f0: np.ndarray, voiced: np.ndarray) -> float:
    ratios = []
    for start, end in _runs(voiced):
        seg = f0[start:end]
        if seg.size >= 2:
            ratios.append(seg[1:] / seg[:-1])
    if not ratios:
        return 0.0
    r = np.concatenate(ratios)
    r = r[(r < JITTER_MAX_JUMP) & (r > 1.0 / JITTER_MAX_JUMP)]
    return float(np.mean(np.abs(r - 1.0))) if r.size else 0.0


def _syllables(t: Tracks) -> int:
    """Syllable nuclei: prominent peaks of the smoothed energy at voiced, active frames."""
    from scipy.signal import find_peaks

    if t.n < 3:
        return 0
    kernel = np.hanning(5)
    smooth = np.convolve(t.energy_db, kernel / kernel.sum(), mode="same")
    peaks, _ = find_peaks(smooth, prominence=SYLLABLE_PROMINENCE_DB,
                          distance=max(1, int(round(SYLLABLE_MIN_GAP_S / t.hop_s))))
    # A sustained vowel has no energy peak: count each voiced run as at least one nucleus.
    counted = {int(p) for p in peaks if t.voiced[p]}
    runs_without_peak = sum(1 for s, e in _runs(t.voiced) if e - s >= 5 and not any(s <= p < e for p in counted))
    return len(counted) + runs_without_peak


def summarise(t: Tracks) -> Prosody:
    duration = float(t.duration_s)
    n_active = int(t.active.sum())
    speech_s = n_active * t.hop_s
    zeros = dict(f0_median_hz=0.0, f0_mean_hz=0.0, f0_std_semitones=0.0, f0_range_semitones=0.0,
                 f0_jitter=0.0, f0_slope_st_per_s=0.0)
    if n_active == 0:
        return Prosody(duration_s=duration, speech_s=0.0, **zeros, voiced_fraction=0.0, energy_rms=0.0,
                       energy_db=SILENCE_DB, energy_std_db=0.0, speaking_rate=0.0, pause_ratio=0.0, n_pauses=0,
                       mean_pause_s=0.0)

    f0 = t.f0_hz[t.voiced]
    pitch = dict(zeros)
    if f0.size:
        median = float(np.median(f0))
        st = 12.0 * np.log2(f0 / median)
        lo, hi = np.percentile(f0, [5, 95])
        pitch.update(f0_median_hz=median, f0_mean_hz=float(f0.mean()), f0_std_semitones=float(st.std()),
                     f0_range_semitones=float(12.0 * np.log2(hi / lo)), f0_jitter=_jitter(t.f0_hz, t.voiced))
        if f0.size >= 3:
            times = np.flatnonzero(t.voiced) * t.hop_s
            if np.ptp(times) > 0:
                pitch["f0_slope_st_per_s"] = float(np.polyfit(times, st, 1)[0])

    level = t.energy_db[t.active]
    power = np.mean(10.0 ** (level / 10.0))
    energy_db = float(max(10.0 * np.log10(power), SILENCE_DB))

    first, last = np.flatnonzero(t.active)[[0, -1]]
    span = t.active[first : last + 1]
    pauses = [(e - s) * t.hop_s for s, e in _runs(~span) if (e - s) * t.hop_s >= MIN_PAUSE_S - 1e-9]
    span_s = span.size * t.hop_s
    return Prosody(
        duration_s=duration,
        speech_s=speech_s,
        **pitch,
        voiced_fraction=float(t.voiced.sum() / n_active),
        energy_rms=float(np.sqrt(power)),
        energy_db=energy_db,
        energy_std_db=float(level.std()),
        speaking_rate=float(_syllables(t) / speech_s),
        pause_ratio=float(sum(pauses) / span_s) if span_s > 0 else 0.0,
        n_pauses=len(pauses),
        mean_pause_s=float(np.mean(pauses)) if pauses else 0.0,
    )


def analyze(samples: np.ndarray, sample_rate: int) -> Prosody:
    """Prosody of one utterance. Raises audio.AudioError for unusable input (NaN samples, bad rate)."""
    return summarise(tracks(samples, sample_rate))
