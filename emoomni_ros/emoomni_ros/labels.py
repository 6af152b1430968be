"""The project's emotion labels and every mapping to and from other label sets, in one place.

The core set is the MELD/Ekman seven. Their index order is the order of every distribution in
the project (and of the constants in ``emoomni_msgs/EmotionCue``). Each label has a valence and
arousal anchor in [-1, 1] (after Russell's circumplex and the NRC VAD lexicon values for the
label words), used to turn a label distribution into a valence/arousal point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

CORE_LABELS: tuple[str, ...] = ("neutral", "joy", "sadness", "anger", "fear", "disgust", "surprise")
NUM_LABELS = len(CORE_LABELS)
LABEL_INDEX: dict[str, int] = {name: i for i, name in enumerate(CORE_LABELS)}

# (valence, arousal) anchors in [-1, 1].
VALENCE_AROUSAL: dict[str, tuple[float, float]] = {
    "neutral": (0.0, -0.2),
    "joy": (0.8, 0.5),
    "sadness": (-0.7, -0.4),
    "anger": (-0.6, 0.8),
    "fear": (-0.7, 0.7),
    "disgust": (-0.7, 0.3),
    "surprise": (0.2, 0.8),
}

# REP-155 hri_msgs/Expression names. Core -> REP-155 is one-to-one; REP-155 -> core is total over
# all REP-155 names (the finer names fold into the nearest core label).
CORE_TO_REP155: dict[str, str] = {
    "neutral": "neutral",
    "joy": "happy",
    "sadness": "sad",
    "anger": "angry",
    "fear": "scared",
    "disgust": "disgusted",
    "surprise": "surprised",
}
REP155_TO_CORE: dict[str, str] = {
    **{rep: core for core, rep in CORE_TO_REP155.items()},
    "joyful": "joy",
    "amazed": "surprise",
    "excited": "joy",
    "pleased": "joy",
    "confused": "surprise",
    "bored": "neutral",
    "sleepy": "neutral",
    "tired": "sadness",
    "worried": "fear",
    "anxious": "fear",
    "furious": "anger",
    "annoyed": "anger",
    "rejected": "sadness",
    "disappointed": "sadness",
    "sceptical": "disgust",
    "suspicious": "disgust",
    "embarrassed": "fear",
    "ashamed": "sadness",
    "lost": "fear",
    "guilty": "sadness",
    "bewildered": "surprise",
    "frustrated": "anger",
    "hurt": "sadness",
    "kissing": "joy",
}

# Dataset label sets -> core. The folder / column names as the datasets spell them.
FER2013_TO_CORE: dict[str, str] = {
    "angry": "anger",
    "disgust": "disgust",
    "fear": "fear",
    "happy": "joy",
    "neutral": "neutral",
    "sad": "sadness",
    "surprise": "surprise",
}
# FER2013's integer ids (0..6) as in the original CSV, and the output order of fer's tflite model.
FER2013_IDS: tuple[str, ...] = ("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")

# CK+ has no neutral class in its emotion labels but has contempt, which is outside the core.
CKPLUS_TO_CORE: dict[str, str | None] = {
    "anger": "anger",
    "contempt": None,
    "disgust": "disgust",
    "fear": "fear",
    "happy": "joy",
    "happiness": "joy",
    "sadness": "sadness",
    "sad": "sadness",
    "surprise": "surprise",
    "neutral": "neutral",
}

# RAVDESS emotion codes (field EE of 03-01-EE-II-SS-RR-AA.wav). Calm counts as neutral.
RAVDESS_CODES: dict[str, str] = {
    "01": "neutral",
    "02": "calm",
    "03": "happy",
    "04": "sad",
    "05": "angry",
    "06": "fearful",
    "07": "disgust",
    "08": "surprised",
}
RAVDESS_TO_CORE: dict[str, str] = {
    "neutral": "neutral",
    "calm": "neutral",
    "happy": "joy",
    "sad": "sadness",
    "angry": "anger",
    "fearful": "fear",
    "disgust": "disgust",
    "surprised": "surprise",
}

# MELD's Emotion column is already the core set.
MELD_TO_CORE: dict[str, str] = {name: name for name in CORE_LABELS}

# Fine-grained feelings a cue and the fused state may name besides the core label (the strongest
# few, with scores). Each folds into one core label; the names are the project's own (what the
# E-CoT says: "grief", "loneliness"), and the datasets' finer labels map onto them below.
FEELINGS: dict[str, str] = {
    "grief": "sadness",
    "loneliness": "sadness",
    "disappointment": "sadness",
    "hurt": "sadness",
    "guilt": "sadness",
    "shame": "sadness",
    "embarrassment": "sadness",
    "anxiety": "fear",
    "dread": "fear",
    "frustration": "anger",
    "resentment": "anger",
    "disapproval": "anger",
    "relief": "joy",
    "pride": "joy",
    "gratitude": "joy",
    "excitement": "joy",
    "love": "joy",
    "hope": "joy",
    "amusement": "joy",
    "admiration": "joy",
    "confusion": "surprise",
    "curiosity": "surprise",
}
FEELING_NAMES: tuple[str, ...] = tuple(FEELINGS)

# GoEmotions' 27 fine labels -> core, the GoEmotions paper's Ekman grouping.
GOEMOTIONS_TO_CORE: dict[str, str] = {
    **{name: "anger" for name in ("anger", "annoyance", "disapproval")},
    "disgust": "disgust",
    **{name: "fear" for name in ("fear", "nervousness")},
    **{name: "joy" for name in ("joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism",
                                "relief", "pride", "admiration", "desire", "caring")},
    **{name: "sadness" for name in ("sadness", "disappointment", "embarrassment", "grief", "remorse")},
    **{name: "surprise" for name in ("surprise", "realization", "confusion", "curiosity")},
    "neutral": "neutral",
}
# GoEmotions' fine labels -> the project's feelings (labels with no finer feeling than their core
# label, such as "joy" or "approval", map to None).
GOEMOTIONS_TO_FEELING: dict[str, str | None] = {
    **{name: None for name in GOEMOTIONS_TO_CORE},
    "grief": "grief", "disappointment": "disappointment", "embarrassment": "embarrassment", "remorse": "guilt",
    "nervousness": "anxiety", "annoyance": "frustration", "disapproval": "disapproval", "relief": "relief",
    "pride": "pride", "gratitude": "gratitude", "excitement": "excitement", "love": "love", "caring": "love",
    "optimism": "hope", "amusement": "amusement", "admiration": "admiration", "confusion": "confusion",
    "curiosity": "curiosity",
}
# ISEAR's seven: shame and guilt have no core label of their own (they are feelings, see FEELINGS).
ISEAR_TO_CORE: dict[str, str | None] = {
    "joy": "joy", "fear": "fear", "anger": "anger", "sadness": "sadness", "disgust": "disgust",
    "shame": None, "guilt": None,
}
ISEAR_TO_FEELING: dict[str, str | None] = {name: None for name in ISEAR_TO_CORE} | {"shame": "shame",
                                                                                     "guilt": "guilt"}

DATASETS: dict[str, Mapping[str, str | None]] = {
    "core": {name: name for name in CORE_LABELS},
    "rep155": REP155_TO_CORE,
    "fer2013": FER2013_TO_CORE,
    "ckplus": CKPLUS_TO_CORE,
    "ravdess": RAVDESS_TO_CORE,
    "meld": MELD_TO_CORE,
    "goemotions": GOEMOTIONS_TO_CORE,
    "isear": ISEAR_TO_CORE,
}


class UnknownLabelError(ValueError):
    """A label that is not part of the named label set."""


def to_core(label: str, dataset: str = "core") -> str | None:
    """Maps ``label`` of ``dataset`` to a core label.

    Returns None for labels that the dataset has but the core set deliberately leaves out
    (CK+ contempt); raises UnknownLabelError for anything the dataset does not have.
    """
    try:
        table = DATASETS[dataset]
    except KeyError:
        raise UnknownLabelError(f"unknown label set {dataset!r}; known: {sorted(DATASETS)}") from None
    key = label.strip().lower()
    if dataset == "ravdess" and key in RAVDESS_CODES:
        key = RAVDESS_CODES[key]
    if key not in table:
        raise UnknownLabelError(f"{label!r} is not a {dataset} label; known: {sorted(table)}")
    return table[key]


def check_core(label: str) -> str:
    """Returns ``label`` if it is a core label, else raises UnknownLabelError."""
    if label not in LABEL_INDEX:
        raise UnknownLabelError(f"{label!r} is not a core label; core labels: {list(CORE_LABELS)}")
    return label


def to_rep155(label: str) -> str:
    """Core label -> REP-155 hri_msgs/Expression name."""
    return CORE_TO_REP155[check_core(label)]


def from_rep155(expression: str) -> str:
    """REP-155 hri_msgs/Expression name -> core label."""
    result = to_core(expression, "rep155")
    assert result is not None
    return result


def ravdess_label_from_filename(name: str) -> str:
    """Core label of a RAVDESS file name ``03-01-EE-II-SS-RR-AA.wav`` (calm counts as neutral)."""
    stem = name.rsplit("/", 1)[-1].split(".")[0]
    parts = stem.split("-")
    if len(parts) != 7 or parts[2] not in RAVDESS_CODES:
        raise UnknownLabelError(f"{name!r} is not a RAVDESS file name (03-01-EE-II-SS-RR-AA.wav)")
    return RAVDESS_TO_CORE[RAVDESS_CODES[parts[2]]]


def one_hot(label: str) -> np.ndarray:
    dist = np.zeros(NUM_LABELS, dtype=np.float32)
    dist[LABEL_INDEX[check_core(label)]] = 1.0
    return dist


def normalise(dist: Sequence[float] | np.ndarray) -> np.ndarray:
    """A valid distribution over the core labels from any non-negative scores (uniform if all 0)."""
    arr = np.asarray(dist, dtype=np.float64).reshape(-1)
    if arr.shape != (NUM_LABELS,):
        raise ValueError(f"expected {NUM_LABELS} scores, got {arr.shape[0]}")
    arr = np.where(np.isfinite(arr), np.clip(arr, 0.0, None), 0.0)
    total = arr.sum()
    if total <= 0:
        return np.full(NUM_LABELS, 1.0 / NUM_LABELS, dtype=np.float32)
    return (arr / total).astype(np.float32)


def top_label(dist: Sequence[float] | np.ndarray) -> str:
    return CORE_LABELS[int(np.argmax(np.asarray(dist)))]


def valence_arousal(dist: Sequence[float] | np.ndarray) -> tuple[float, float]:
    """Expected (valence, arousal) of a distribution over the core labels."""
    p = normalise(dist)
    anchors = np.array([VALENCE_AROUSAL[name] for name in CORE_LABELS], dtype=np.float64)
    valence, arousal = p @ anchors
    return float(np.clip(valence, -1, 1)), float(np.clip(arousal, -1, 1))


def reorder(scores: Sequence[float], labels: Sequence[str], dataset: str) -> np.ndarray:
    """Scores given in another label set's order -> a core-ordered distribution.

    Labels that map to the same core label are summed; labels outside the core are dropped.
    """
    out = np.zeros(NUM_LABELS, dtype=np.float64)
    for score, name in zip(scores, labels, strict=True):
        core = to_core(name, dataset)
        if core is not None:
            out[LABEL_INDEX[core]] += float(score)
    return normalise(out)


def feeling_core(feeling: str) -> str:
    """The core label a fine-grained feeling folds into; raises UnknownLabelError for other names."""
    if feeling not in FEELINGS:
        raise UnknownLabelError(f"{feeling!r} is not a feeling; feelings: {list(FEELING_NAMES)}")
    return FEELINGS[feeling]
