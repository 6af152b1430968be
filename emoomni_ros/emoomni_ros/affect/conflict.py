"""Conflict between modalities, and the felt emotion behind the apparent one.

The rule (documented in docs/reasoning.md):

* Two cues conflict when both are confident (effective confidence = confidence x freshness, at
  least ``min_confidence``) and their valences point in opposite directions (one >= +threshold,
  the other <= -threshold). Disagreements inside one valence (anger vs. fear) are not masking;
  they are left to the weighted fusion.
* The apparent emotion is what the most deliberately controlled conflicting channel shows:
  words, then face, then voice (people choose words, manage their face, and control their voice
  least: Ekman & Friesen's nonverbal leakage, 1969; Zuckerman, DePaulo & Rosenthal, 1981).
* The felt emotion is shown by the least controlled channel that contradicts the surface, if
  that cue is confident (``leak_confidence``): nonverbal leakage outranks words. When no
  contradicting cue is that confident, the conflict is still reported but the felt emotion is
  left to the weighted fusion.
"""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.datatypes import Cue

# Most to least deliberately controlled.
CONTROL_ORDER: tuple[str, ...] = ("text", "face", "voice")
CHANNEL = {"text": "words", "face": "face", "voice": "voice"}


@dataclass
class ConflictRead:
    conflict: bool = False
    apparent: str = ""  # label on the surface ("" when no conflict)
    felt: str = ""  # label the leaking channel shows ("" when no confident leak)
    surface: list[Cue] | None = None  # cues on the apparent side
    leak: Cue | None = None
    explanation: str = ""


def polarity(cue: Cue, threshold: float) -> int:
    valence = float(cue.valence or 0.0)
    return 1 if valence >= threshold else -1 if valence <= -threshold else 0


def describe(cue: Cue) -> str:
    evidence = ", ".join(e for e in cue.evidence[:2] if e)
    return f"{CHANNEL[cue.modality]} {cue.label} {cue.confidence:.2f}" + (f" ({evidence})" if evidence else "")


def detect(cues: list[tuple[Cue, float]], valence_threshold: float = 0.2, min_confidence: float = 0.25,
           leak_confidence: float = 0.4) -> ConflictRead:
    """``cues``: (cue, freshness in [0, 1]) pairs, at most one per modality."""
    eligible = [(cue, cue.confidence * fresh) for cue, fresh in cues
                if cue.confidence * fresh >= min_confidence and polarity(cue, valence_threshold) != 0]
    signs = {polarity(cue, valence_threshold) for cue, _ in eligible}
    if len(signs) < 2:
        return ConflictRead()
    by_control = sorted(eligible, key=lambda pair: CONTROL_ORDER.index(pair[0].modality))
    top = by_control[0][0]
    surface_sign = polarity(top, valence_threshold)
    surface = [cue for cue, _ in by_control if polarity(cue, valence_threshold) == surface_sign]
    contra = [(cue, eff) for cue, eff in reversed(by_control) if polarity(cue, valence_threshold) != surface_sign]
    leak = next((cue for cue, eff in contra if eff >= leak_confidence), None)
    shown = " and ".join(describe(c) for c in surface)
    if leak is not None:
        explanation = (f"{shown} show {top.label}, but the {CHANNEL[leak.modality]} leaks {leak.label} "
                       f"({describe(leak)}); the {CHANNEL[leak.modality]} is harder to control than the "
                       f"{' and '.join(CHANNEL[c.modality] for c in surface)}, so the felt emotion is {leak.label}")
        return ConflictRead(True, top.label, leak.label, surface, leak, explanation)
    others = " and ".join(describe(c) for c, _ in contra)
    explanation = (f"{shown} show {top.label} while {others} disagree{'s' if len(contra) == 1 else ''}, "
                   "too weakly to outrank the surface; the felt emotion is uncertain")
    return ConflictRead(True, top.label, "", surface, None, explanation)
