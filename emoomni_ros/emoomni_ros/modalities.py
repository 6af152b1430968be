"""What each modality is, in one table (ROS-free). Everything that needs to know the modalities reads
it: ``datatypes`` (the names a Cue may carry), ``nodes/convert.py`` (the ``EmotionCue.MODALITY_<NAME>``
constant of each), ``affect/fusion.py`` and ``affect/settings.py`` (frame- or utterance-based, the
default half-life, age limit and reliability, and the affect_fusion parameters made from them),
``affect/conflict.py`` and ``reasoning/embedded.py`` (how deliberately each channel is controlled,
what it is called in an explanation). Adding a modality is a row here, its constant in
``emoomni_msgs/msg/EmotionCue.msg`` and the node that publishes its cues (docs/adding-a-modality.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Modality:
    name: str  # Cue.modality; cues arrive on emoomni/cues/<name>; EmotionCue.MODALITY_<NAME> on the wire
    channel: str  # what an explanation calls it: "the words show joy, but the voice leaks sadness"
    # How deliberately a person controls the channel: 0 = most (the words). Under a conflict the less
    # controlled channel is the one that leaks a hidden feeling (affect/conflict.py).
    control: int
    # True: one cue per camera frame, tied to a tracked person id and pooled over a window (the
    # utterance's, else the last ``face_window_s``); False: one cue per utterance.
    frames: bool
    half_life_s: float  # age at which a cue counts half in the fusion (affect_fusion: half_life_<name>_s)
    max_age_s: float  # cues older than this are ignored (affect_fusion: max_age_<name>_s)
    reliability: float = 1.0  # prior trust, multiplies the cue's confidence (affect_fusion: reliability_<name>)
    shows: str = ""  # how the embedded reasoner says a leaked feeling shows in it: "<shows> a bit down"

    @property
    def topic(self) -> str:
        """The topic its cues are published on (relative: follows the node's namespace)."""
        return f"emoomni/cues/{self.name}"

    @property
    def title(self) -> str:
        """The channel's name at the start of a sentence ("Words: sadness (0.70)")."""
        return self.channel[:1].upper() + self.channel[1:]


# In the order cues are listed (explanations, AffectState.modalities_used).
TABLE: tuple[Modality, ...] = (
    Modality("face", "face", control=1, frames=True, half_life_s=2.0, max_age_s=6.0, shows="your face looks"),
    Modality("voice", "voice", control=2, frames=False, half_life_s=8.0, max_age_s=20.0, shows="your voice sounds"),
    Modality("text", "words", control=0, frames=False, half_life_s=8.0, max_age_s=20.0, shows="your words sound"),
)

NAMES: tuple[str, ...] = tuple(m.name for m in TABLE)
BY_NAME: dict[str, Modality] = {m.name: m for m in TABLE}
# Most to least deliberately controlled ("text", "face", "voice"); reversed: least controlled first.
CONTROL_ORDER: tuple[str, ...] = tuple(m.name for m in sorted(TABLE, key=lambda m: m.control))


def get(name: str) -> Modality:
    """The modality called ``name``; ValueError naming the known ones otherwise."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"modality must be one of {NAMES}, got {name!r}") from None


def least_controlled_first(name: str) -> int:
    """Sort key: the least deliberately controlled channel first (voice, face, words)."""
    return -get(name).control


def _check() -> None:
    if len(BY_NAME) != len(TABLE):
        raise TypeError("two modalities share a name")
    if len({m.control for m in TABLE}) != len(TABLE):
        raise TypeError("two modalities share a control rank: the conflict rule needs a strict order")


_check()
