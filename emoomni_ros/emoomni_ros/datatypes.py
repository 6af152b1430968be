"""Plain dataclasses the ROS-free core passes around (the nodes convert them to and from
``emoomni_msgs``; see ``nodes/convert.py``). Times are float seconds on the ROS clock."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from emoomni_ros import labels, modalities
from emoomni_ros.reasoning.schema import ECoT

MODALITIES: tuple[str, ...] = modalities.NAMES  # what each is: emoomni_ros/modalities.py
ANONYMOUS_SPEAKER = "anonymous_speaker"


def _clamp(x: float, lo: float, hi: float, default: float = 0.0) -> float:
    """``x`` limited to [lo, hi]; NaN, inf and non-numbers become ``default`` (also limited)."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        x = default
    if not np.isfinite(x):
        x = default
    return max(lo, min(hi, x))


# Safety concerns (``emoomni_msgs/Concern``): kinds, and levels in rising order.
CONCERN_KINDS: tuple[str, ...] = ("self_harm", "danger", "medical")
CONCERN_LEVELS: tuple[str, ...] = ("watch", "urgent")
MAX_FEELINGS = 3  # the strongest fine-grained feelings a cue or state carries


@dataclass
class Concern:
    """A statement that the person may need help now (``emoomni_msgs/Concern``)."""

    kind: str
    level: str
    confidence: float
    evidence: list[str] = field(default_factory=list)
    person_id: str = ANONYMOUS_SPEAKER
    utterance_id: str = ""
    stamp: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in CONCERN_KINDS:
            raise ValueError(f"concern kind must be one of {CONCERN_KINDS}, got {self.kind!r}")
        if self.level not in CONCERN_LEVELS:
            raise ValueError(f"concern level must be one of {CONCERN_LEVELS}, got {self.level!r}")
        self.confidence = _clamp(self.confidence, 0.0, 1.0)
        self.evidence = [str(e) for e in self.evidence]

    @property
    def urgent(self) -> bool:
        return self.level == "urgent"


def clean_feelings(feelings) -> list[tuple[str, float]]:
    """(name, score) pairs -> known feeling names only, scores in [0, 1], strongest first, each name
    once, at most MAX_FEELINGS."""
    best: dict[str, float] = {}
    for name, score in feelings or ():
        if name in labels.FEELINGS:
            best[name] = max(best.get(name, 0.0), _clamp(score, 0.0, 1.0))
    return sorted(best.items(), key=lambda item: -item[1])[:MAX_FEELINGS]


@dataclass
class Cue:
    """What one modality shows about one person (``emoomni_msgs/EmotionCue``).

    ``valence``/``arousal`` default to the distribution's expected anchors; a producer with a
    better estimate (e.g. VADER for text) passes its own.
    """

    modality: str
    distribution: np.ndarray
    confidence: float
    evidence: list[str] = field(default_factory=list)
    person_id: str = ANONYMOUS_SPEAKER
    stamp: float = 0.0
    window_start: float = 0.0
    window_end: float = 0.0
    source: str = ""
    utterance_id: str = ""
    valence: float | None = None
    arousal: float | None = None
    feelings: list[tuple[str, float]] = field(default_factory=list)  # (labels.FEELINGS name, score)
    concern: Concern | None = None

    def __post_init__(self) -> None:
        self.feelings = clean_feelings(self.feelings)
        modalities.get(self.modality)  # ValueError for an unknown one
        self.distribution = labels.normalise(self.distribution)
        self.confidence = _clamp(self.confidence, 0.0, 1.0)
        va, ar = labels.valence_arousal(self.distribution)
        self.valence = va if self.valence is None else _clamp(self.valence, -1.0, 1.0)
        self.arousal = ar if self.arousal is None else _clamp(self.arousal, -1.0, 1.0)
        if not self.window_end:
            self.window_end = self.stamp
        if not self.window_start:
            self.window_start = self.window_end

    @property
    def label(self) -> str:
        return labels.top_label(self.distribution)

    def prob(self, label: str) -> float:
        return float(self.distribution[labels.LABEL_INDEX[label]])


@dataclass
class AffectState:
    """The fused read of one person (``emoomni_msgs/AffectState``)."""

    distribution: np.ndarray
    label: str
    valence: float
    arousal: float
    intensity: float
    confidence: float
    conflict: bool = False
    apparent_label: str = ""
    explanation: str = ""
    person_id: str = ANONYMOUS_SPEAKER
    stamp: float = 0.0
    cues: list[Cue] = field(default_factory=list)
    feelings: list[tuple[str, float]] = field(default_factory=list)  # (labels.FEELINGS name, score)
    concern: Concern | None = None

    def __post_init__(self) -> None:
        self.feelings = clean_feelings(self.feelings)
        self.distribution = labels.normalise(self.distribution)
        labels.check_core(self.label)
        self.apparent_label = labels.check_core(self.apparent_label or self.label)
        self.valence = _clamp(self.valence, -1.0, 1.0)
        self.arousal = _clamp(self.arousal, -1.0, 1.0)
        self.intensity = _clamp(self.intensity, 0.0, 1.0)
        self.confidence = _clamp(self.confidence, 0.0, 1.0)

    @property
    def modalities_used(self) -> list[str]:
        return sorted({cue.modality for cue in self.cues}, key=MODALITIES.index)

    def cue(self, modality: str) -> Cue | None:
        """The first fused cue of ``modality`` ("text": what the words said), or None."""
        return next((c for c in self.cues if c.modality == modality), None)

    @classmethod
    def neutral(cls, person_id: str = ANONYMOUS_SPEAKER, stamp: float = 0.0) -> AffectState:
        """The state before any cue arrived: neutral with zero confidence."""
        return cls(labels.one_hot("neutral"), "neutral", 0.0, 0.0, 0.0, 0.0,
                   explanation="no cues yet", person_id=person_id, stamp=stamp)


@dataclass
class Transcript:
    """Recognised words of one utterance (``emoomni_msgs/Transcript``)."""

    text: str
    utterance_id: str
    is_final: bool = True
    confidence: float = 1.0
    language: str = "en"
    person_id: str = ANONYMOUS_SPEAKER
    window_start: float = 0.0
    window_end: float = 0.0


def _reasoning_fields() -> list[tuple]:
    """The user's words, the E-CoT fields a model must give (``reasoning.schema.ECoT``, the one
    definition, in its order), then who and which backend, then the optional E-CoT fields and timings."""
    ecot = dataclasses.fields(ECoT)
    return [("utterance", str),
            *[(f.name, f.type) for f in ecot if f.default is dataclasses.MISSING],
            ("backend", str),
            ("utterance_id", str, field(default="")),
            ("person_id", str, field(default=ANONYMOUS_SPEAKER)),
            ("affect", "AffectState | None", field(default=None)),
            ("fallback", bool, field(default=False)),
            ("fallback_reason", str, field(default="")),
            *[(f.name, f.type, field(default=f.default)) for f in ecot if f.default is not dataclasses.MISSING],
            ("tone_guarded", bool, field(default=False)),
            ("tone_reason", str, field(default="")),
            ("reasoning_ms", float, field(default=0.0)),
            ("total_ms", float, field(default=0.0))]


def _check_reasoning(self) -> None:
    labels.check_core(self.emotion)
    self.intensity = _clamp(self.intensity, 0.0, 1.0)


# The E-CoT for one utterance (``emoomni_msgs/EmotionalReasoning``): utterance, emotion_analysis,
# user_intent, intent, response_strategy, strategy, response, voice_instruction, emotion, intensity,
# backend, then utterance_id, person_id, affect, fallback, fallback_reason, situation, tone_guarded,
# tone_reason, reasoning_ms, total_ms with defaults. Made from the E-CoT's fields so that they are
# written once; ``nodes/convert.py`` converts every field by name.
Reasoning = dataclasses.make_dataclass(
    "Reasoning", _reasoning_fields(),
    namespace={"__module__": __name__, "__post_init__": _check_reasoning,
               "__doc__": "The E-CoT for one utterance (``emoomni_msgs/EmotionalReasoning``)."})


# Safe (low, high, neutral default) of each numeric voice control; mirrored in the comments of
# SpeechInstruction.msg.
SPEECH_RANGES: dict[str, tuple[float, float, float]] = {
    "intensity": (0.0, 1.0, 0.0),
    "rate": (0.5, 2.0, 1.0),
    "pitch": (-0.5, 1.0, 0.0),
    "pitch_range": (0.0, 2.0, 1.0),
    "volume": (0.1, 2.0, 1.0),
    "pause_before_s": (0.0, 3.0, 0.0),
    "sentence_pause_s": (0.0, 2.0, 0.0),
}


@dataclass
class SpeechInstruction:
    """What to say and how (``emoomni_msgs/SpeechInstruction``); controls are clamped on creation."""

    text: str
    voice_instruction: str = ""
    emotion: str = "neutral"
    intensity: float = 0.0
    rate: float = 1.0
    pitch: float = 0.0
    pitch_range: float = 1.0
    volume: float = 1.0
    pause_before_s: float = 0.0
    sentence_pause_s: float = 0.0
    emphasis: list[str] = field(default_factory=list)
    utterance_id: str = ""

    def __post_init__(self) -> None:
        labels.check_core(self.emotion)
        for name, (lo, hi, default) in SPEECH_RANGES.items():
            setattr(self, name, _clamp(getattr(self, name), lo, hi, default))
