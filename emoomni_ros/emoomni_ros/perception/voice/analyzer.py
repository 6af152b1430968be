"""Voice emotion of one utterance: acoustic features -> the trained head -> a voice ``Cue`` whose
evidence describes the prosody relative to speaker-independent norms ("fast", "loud", "flat
(monotone)", "pitch trembling", ...).

The head (``models/voice_emotion_whisper.npz`` by default, ``voice_emotion.npz`` without Whisper;
trained by ``tools/train_voice.py``) is a standardised multinomial logistic regression evaluated in
numpy, so running it needs no scikit-learn. Its input
is a feature set of ``voice_features``: the prosody/spectral statistics, and (for a head trained on
them) the pooled Whisper encoder states of the utterance. Those are handed over by whoever already
ran the ASR on the utterance (``analyze(..., encoder_states=...)``, e.g. ``AsrResult.encoder_states``);
without them the analyzer encodes the utterance itself with the same Whisper model (one encoder
pass, about 30-60 ms on one core for a 3 s utterance).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from emoomni_ros import labels, paths
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Cue
from emoomni_ros.perception.voice import audio, prosody
from emoomni_ros.perception.voice import features as voice_features
from emoomni_ros.perception.voice.prosody import Prosody

# The default head: pooled Whisper encoder states + prosody (held-out actors 0.683 against the
# prosody-only head's 0.554). The mic pipeline hands it the ASR's encoder states (one encoder pass
# per utterance); without them (no ASR) the analyzer runs the Whisper encoder itself.
WHISPER_MODEL = paths.MODELS_DIR / "voice_emotion_whisper.npz"
PROSODY_MODEL = paths.MODELS_DIR / "voice_emotion.npz"  # no Whisper needed (voice_model_path)
DEFAULT_MODEL = WHISPER_MODEL
MIN_SPEECH_S = 0.3  # below this the cue's confidence falls off linearly
FULL_CONFIDENCE_SPEECH_S = 1.0
LONG_PAUSE_S = 0.5


class ModelError(RuntimeError):
    """A voice emotion head that is missing or does not match the feature extractor."""


@dataclass
class VoiceHead:
    """Standardised features -> softmax over the core labels."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (NUM_LABELS, n_features), rows in core label order
    intercept: np.ndarray
    norms: dict[str, dict[str, float]]  # prosody feature -> percentile name -> value
    meta: dict = field(default_factory=dict)
    name: str = "ravdess-logreg"
    temperature: float = 1.0  # softmax temperature fitted on out-of-fold predictions (calibration)
    typical_distance: float = 0.0  # 99th percentile of the training clips' RMS z-score (0: no check)
    feature_set: str = "prosody"  # see voice_features.FEATURE_SETS

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL) -> VoiceHead:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"voice emotion model not found: {path} (train it with "
                             f"python3 -m emoomni_ros.tools.train_voice)")
        try:
            with np.load(path, allow_pickle=False) as data:
                names = [str(n) for n in data["feature_names"]]
                classes = [str(c) for c in data["classes"]]
                head = cls(mean=data["mean"], scale=data["scale"], coef=data["coef"], intercept=data["intercept"],
                           norms=json.loads(str(data["norms"])), meta=json.loads(str(data["meta"])),
                           temperature=float(data["temperature"]), typical_distance=float(data["typical_distance"]))
        except (KeyError, ValueError, OSError) as exc:
            raise ModelError(f"cannot load voice emotion model {path}: {exc}") from None
        head.feature_set = str(head.meta.get("features", "prosody"))
        whisper_dim = sum(n.startswith("whisper_mean") for n in names) or voice_features.WHISPER_DIM
        if head.feature_set not in voice_features.FEATURE_SETS or \
                names != voice_features.feature_names(head.feature_set, whisper_dim):
            raise ModelError(f"{path} was trained on other features than this code extracts; retrain it")
        if classes != list(labels.CORE_LABELS):
            raise ModelError(f"{path} classes {classes} are not the core labels in order")
        head.name = str(head.meta.get("name", head.name))
        return head

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        np.savez_compressed(path, mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
                            coef=self.coef.astype(np.float32), intercept=self.intercept.astype(np.float32),
                            feature_names=np.array(voice_features.feature_names(
                                self.feature_set, self.whisper_dim or voice_features.WHISPER_DIM)),
                            classes=np.array(labels.CORE_LABELS), norms=json.dumps(self.norms),
                            meta=json.dumps(self.meta), temperature=self.temperature,
                            typical_distance=self.typical_distance)
        return path

    @property
    def uses_whisper(self) -> bool:
        return "whisper" in self.feature_set

    @property
    def whisper_dim(self) -> int:
        n_prosody = len(voice_features.prosody_feature_names()) if "prosody" in self.feature_set else 0
        return (self.mean.size - n_prosody) // 2 if self.uses_whisper else 0

    def standardise(self, vector: np.ndarray) -> np.ndarray:
        return (np.asarray(vector, dtype=np.float64) - self.mean) / self.scale

    def predict(self, vector: np.ndarray) -> np.ndarray:
        logits = (self.coef @ self.standardise(vector) + self.intercept) / max(self.temperature, 1e-3)
        logits -= logits.max()
        p = np.exp(logits)
        return p / p.sum()

    def familiarity(self, vector: np.ndarray) -> float:
        """1 for inputs like the training clips, falling towards 0 for unlike ones (other microphones,
        synthetic voices, noise): typical distance / RMS z-score, capped at 1."""
        if self.typical_distance <= 0:
            return 1.0
        distance = float(np.sqrt(np.mean(self.standardise(vector) ** 2)))
        return float(min(1.0, self.typical_distance / max(distance, 1e-9)))


def describe(p: Prosody, norms: dict[str, dict[str, float]]) -> list[str]:
    """Readable prosody descriptors relative to the norms stored with the head."""
    if p.speech_s <= 0:
        return []

    def above(name: str, pct: str) -> bool:
        return name in norms and getattr(p, name) > norms[name][pct]

    def below(name: str, pct: str) -> bool:
        return name in norms and getattr(p, name) < norms[name][pct]

    out = []
    if above("speaking_rate", "p80"):
        out.append("fast")
    elif below("speaking_rate", "p20"):
        out.append("slow")
    if above("energy_db", "p80"):
        out.append("loud")
    elif below("energy_db", "p20"):
        out.append("soft")
    voiced = p.f0_median_hz > 0 and p.voiced_fraction > 0.2
    if voiced:
        if below("f0_std_semitones", "p15"):
            out.append("flat (monotone)")
        elif above("f0_std_semitones", "p85"):
            out.append("lively pitch")
        if above("f0_jitter", "p85"):
            out.append("pitch trembling")
        # F0 depends on the voice; compare with the register (low or high voices) it is nearest to.
        low, high = norms.get("f0_register_low", {}), norms.get("f0_register_high", {})
        if low and high:
            register = low if abs(np.log(p.f0_median_hz / low["p50"])) < abs(np.log(p.f0_median_hz / high["p50"])) \
                else high
            if p.f0_median_hz > register["p85"]:
                out.append("high-pitched")
            elif p.f0_median_hz < register["p15"]:
                out.append("low-pitched")
    if p.n_pauses and p.mean_pause_s >= LONG_PAUSE_S:
        out.append("long pauses")
    return out


@dataclass
class VoiceResult:
    cue: Cue
    prosody: Prosody
    features: np.ndarray


def speech_level_db(x: np.ndarray) -> float | None:
    """Level (dBFS) of the speech frames of 16 kHz audio; None when there is no speech energy."""
    t = prosody.tracks(x, audio.TARGET_RATE) if x.size else None
    if t is None or not t.active.any():
        return None
    return float(10.0 * np.log10(np.mean(10.0 ** (t.energy_db[t.active] / 10.0))))


class LevelAdapter:
    """Session gain calibration: maps the median speech level of the recent utterances to the
    training data's median level, so a microphone's gain does not read as "loud" or "angry".

    Each utterance is judged relative to the speaker's recent level (the first one to itself).
    """

    def __init__(self, reference_db: float, history: int = 10, max_gain_db: float = 30.0) -> None:
        self.reference_db = reference_db
        self.max_gain_db = max_gain_db
        self._levels: deque[float] = deque(maxlen=max(1, history))
        self._lock = threading.Lock()

    def gain_db(self, level_db: float | None) -> float:
        with self._lock:
            if level_db is not None:
                self._levels.append(level_db)
            if not self._levels:
                return 0.0
            return float(np.clip(self.reference_db - np.median(self._levels), -self.max_gain_db, self.max_gain_db))


class VoiceEmotion:
    """Utterance audio -> voice Cue. Thread-safe.

    ``gain_mode``: "fixed" applies ``gain_db`` (0 for audio recorded like the training data, e.g.
    RAVDESS); "auto" adapts the gain over the session (see LevelAdapter) for live microphones.
    """

    def __init__(self, model_path: str | Path | None = None, gain_mode: str = "fixed", gain_db: float = 0.0,
                 history: int = 10, encoder=None) -> None:
        if gain_mode not in ("fixed", "auto"):
            raise ValueError(f"gain_mode must be 'fixed' or 'auto', got {gain_mode!r}")
        self.head = VoiceHead.load(model_path or DEFAULT_MODEL)
        # What encodes an utterance when no encoder states are handed over (anything with the
        # WhisperAsr.encode signature); loaded on first need.
        self._encoder = encoder
        self._encoder_lock = threading.Lock()
        self.gain_mode = gain_mode
        self.fixed_gain_db = float(gain_db)
        reference = self.head.norms.get("energy_db", {}).get("p50", -30.0)
        self.adapter = LevelAdapter(reference, history) if gain_mode == "auto" else None

    def set_gain_db(self, gain_db: float) -> None:
        """The gain of ``gain_mode`` "fixed" from the next utterance on."""
        self.fixed_gain_db = float(gain_db)

    @property
    def name(self) -> str:
        return self.head.name

    @property
    def uses_whisper(self) -> bool:
        """Whether the head reads Whisper encoder states (``analyze(encoder_states=...)`` saves a pass)."""
        return self.head.uses_whisper

    def encoder_states(self, x: np.ndarray) -> np.ndarray:
        """The Whisper encoder's states of 16 kHz audio, from this analyzer's own encoder."""
        with self._encoder_lock:
            if self._encoder is None:
                from emoomni_ros.perception.voice.asr import AsrError, WhisperAsr

                try:
                    self._encoder = WhisperAsr(cpu_threads=1)
                except AsrError as exc:
                    raise ModelError(f"the voice head {self.name} needs the Whisper encoder: {exc}") from None
            states = self._encoder.encode(x)
        if states is None:
            raise ModelError("the Whisper encoder gave no states (a GPU model: hand encoder_states over)")
        return states

    def warm_up(self) -> None:
        """One analysis of a second of a synthetic vowel, so lazy loading (pitch tracker, models) is
        paid at start-up rather than on the first utterance."""
        t = np.arange(audio.TARGET_RATE, dtype=np.float32) / audio.TARGET_RATE
        vowel = 0.1 * np.sin(2 * np.pi * 140 * t) * (1 + 0.3 * np.sin(2 * np.pi * 3 * t))
        try:
            self.analyze(vowel.astype(np.float32), audio.TARGET_RATE)
        except Exception:  # a warm-up that fails is no error: the first utterance pays instead
            pass

    def analyze(self, samples: np.ndarray, sample_rate: int = audio.TARGET_RATE, *, start: float = 0.0,
                end: float | None = None, utterance_id: str = "", person_id: str = ANONYMOUS_SPEAKER,
                encoder_states: np.ndarray | None = None) -> VoiceResult:
        """Raises audio.AudioError for unusable audio. ``encoder_states``: the Whisper encoder's
        (frames, d) states of this utterance when the ASR already computed them (a head on them
        otherwise encodes the utterance itself)."""
        x = audio.prepare(samples, sample_rate)
        raw = x
        gain_db = self.adapter.gain_db(speech_level_db(x)) if self.adapter else self.fixed_gain_db
        if gain_db:
            x = np.clip(x * 10.0 ** (gain_db / 20.0), -1.0, 1.0)
        feats = voice_features.extract(x, audio.TARGET_RATE)
        vector = feats.vector
        if self.head.uses_whisper:
            states = encoder_states if encoder_states is not None else self.encoder_states(raw)
            pooled = voice_features.pool_states(states)
            vector = np.concatenate([pooled, vector]) if "prosody" in self.head.feature_set else pooled
        dist = self.head.predict(vector)
        p = feats.prosody
        if p.speech_s <= 0:
            dist, confidence = labels.one_hot("neutral"), 0.0
        else:
            amount = np.clip((p.speech_s - MIN_SPEECH_S) / (FULL_CONFIDENCE_SPEECH_S - MIN_SPEECH_S), 0.0, 1.0)
            confidence = float(dist.max()) * (0.3 + 0.7 * amount) * self.head.familiarity(vector)
        end = start + x.size / audio.TARGET_RATE if end is None else end
        cue = Cue(modality="voice", distribution=dist, confidence=confidence, evidence=describe(p, self.head.norms),
                  person_id=person_id, stamp=end, window_start=start, window_end=end, source=self.name,
                  utterance_id=utterance_id)
        return VoiceResult(cue, p, vector)
