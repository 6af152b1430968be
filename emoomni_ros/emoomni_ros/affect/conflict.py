"""Conflict between modalities, and the felt emotion behind the apparent one.

The rule (documented in docs/reasoning.md):

* Two cues conflict when both are confident (effective confidence = confidence x freshness, at
  least ``min_confidence``) and their valences point in opposite directions (one >= +threshold,
  the other <= -threshold). Disagreements inside one valence (anger vs. fear) are not masking;
  they are left to the weighted fusion.
* The apparent emotion is what the most deliberately controlled conflicting channel shows:
  words, then face, then voice (people choose words, manage their face, and control their voice
  least: Ekman & Friesen's nonverbal leakage, 1969; Zuckerman, DePaulo & Rosenthal, 1981).
* A positive surface can mask a negative feeling: the felt emotion is shown by the least
  controlled negative channel, if that cue is confident (``leak_confidence``): nonverbal leakage
  outranks words.
* A negative surface under a positive display (words that say "I'm scared" over a smile) is not a
  mask: display rules hide negative feelings behind smiles far more often than the reverse
  (Ekman & Friesen 1969, 1982), so the negative disclosure is the feeling and the positive channel
  the display. Reading it this way also errs on the cheaper side for a robot: asking gently after
  a joke costs less than cheering over a hidden fear.
* When no contradicting cue is confident enough, the conflict is still reported but the felt
  emotion is left to the weighted fusion.
* Words that play a feeling down (a masking hedge: "I'm fine", "it's whatever"; the text cue's
  evidence says "hedge: ... (may mask feelings)") are a positive surface whatever their own valence
  or confidence, unless they read negative: under them a confident negative voice or face is the
  felt emotion, with or without a face in view. Such words with no confident negative channel are
  no conflict ("I'm fine" said calmly is fine). The apparent emotion is then what the positive
  display shows: a smile when there is one, else the words' own label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from emoomni_ros import modalities
from emoomni_ros.datatypes import Cue

# Most to least deliberately controlled (each modality's ``control`` rank in emoomni_ros/modalities.py).
CONTROL_ORDER: tuple[str, ...] = modalities.CONTROL_ORDER


def channel(cue: Cue) -> str:
    """What an explanation calls the cue's channel ("words", "face", "voice")."""
    return modalities.get(cue.modality).channel


@dataclass
class ConflictRead:
    conflict: bool = False
    apparent: str = ""  # label on the surface ("" when no conflict)
    felt: str = ""  # label the leaking channel shows ("" when no confident leak)
    surface: list[Cue] | None = None  # cues on the apparent side
    leak: Cue | None = None
    explanation: str = ""


# A leak under words that only play the feeling down (no smile) must be at least this confident:
# on the conflict study a calm person saying "I'm fine" is otherwise flagged by a neutral face or
# voice that the models misread as negative (those reads: confidence 0.41-0.74, 10th-90th
# percentile), while the strongly negative voices under a hedge read 0.51-0.99.
HEDGE_LEAK_CONFIDENCE = 0.6
# The text cue's evidence for a hedge that may mask a feeling (perception/text/analyzer.py writes it).
PLAYED_DOWN = re.compile(r"^hedge: .+\(may mask feelings\)$")


def polarity(cue: Cue, threshold: float) -> int:
    valence = float(cue.valence or 0.0)
    return 1 if valence >= threshold else -1 if valence <= -threshold else 0


def plays_down(cue: Cue, threshold: float) -> bool:
    """Words with a masking hedge that do not themselves read negative."""
    return cue.modality == "text" and polarity(cue, threshold) >= 0 and \
        any(PLAYED_DOWN.match(e) for e in cue.evidence)


def describe(cue: Cue) -> str:
    evidence = ", ".join(e for e in cue.evidence[:2] if e)
    return f"{channel(cue)} {cue.label} {cue.confidence:.2f}" + (f" ({evidence})" if evidence else "")


def detect(cues: list[tuple[Cue, float]], valence_threshold: float = 0.2, min_confidence: float = 0.25,
           leak_confidence: float = 0.4) -> ConflictRead:
    """``cues``: (cue, freshness in [0, 1]) pairs, at most one per modality."""
    hedged = {id(cue) for cue, fresh in cues if fresh > 0 and plays_down(cue, valence_threshold)}

    def side(cue: Cue) -> int:
        return 1 if id(cue) in hedged else polarity(cue, valence_threshold)

    eligible = [(cue, cue.confidence * fresh) for cue, fresh in cues
                if side(cue) != 0 and (id(cue) in hedged or cue.confidence * fresh >= min_confidence)]
    signs = {side(cue) for cue, _ in eligible}
    if len(signs) < 2:
        return ConflictRead()
    by_control = sorted(eligible, key=lambda pair: CONTROL_ORDER.index(pair[0].modality))
    positive = [(c, eff) for c, eff in by_control if side(c) > 0]
    negative = [(c, eff) for c, eff in by_control if side(c) < 0]
    # The positive side is the display either way; where the most controlled channel is positive it
    # may mask a negative feeling that the least controlled channel leaks, otherwise the negative
    # disclosure (words first) is the feeling.
    masking = side(by_control[0][0]) > 0
    surface = [c for c, _ in positive]
    candidates = list(reversed(negative)) if masking else negative
    # What the display shows: its most controlled channel that reads positive itself (a smile under
    # "I'm fine"), else the played-down words.
    top = next((c for c in surface if polarity(c, valence_threshold) > 0), surface[0])
    # A leak must be confident to overrule deliberate words; a disclosure needs only to count, since
    # the positive display is explained by display rules and is no evidence against it.
    needed = leak_confidence if masking else min_confidence
    played_down = [c for c in surface if id(c) in hedged]
    if played_down and not any(polarity(c, valence_threshold) > 0 for c in surface):
        needed = max(needed, HEDGE_LEAK_CONFIDENCE)
    leak = next((cue for cue, eff in candidates if eff >= needed), None)
    shown = " and ".join(describe(c) for c in surface)
    shown_channels = " and ".join(channel(c) for c in surface)
    if played_down and leak is None and not any(polarity(c, valence_threshold) > 0 for c in surface):
        return ConflictRead()  # only a hedge against a weak negative: not enough to call it a mask
    if leak is not None and masking and played_down:
        words = played_down[0]
        hedge = next(e for e in words.evidence if PLAYED_DOWN.match(e))
        display = f"{shown} show {top.label}" if top is not words else f"the words show {words.label}"
        explanation = (f"{display} and play the feeling down ({hedge}), but the {channel(leak)} "
                       f"shows {leak.label} ({describe(leak)}); the {channel(leak)} is harder to control "
                       f"than the words, so the felt emotion is {leak.label}")
        return ConflictRead(True, top.label, leak.label, surface, leak, explanation)
    if leak is not None and masking:
        explanation = (f"{shown} show {top.label}, but the {channel(leak)} leaks {leak.label} "
                       f"({describe(leak)}); the {channel(leak)} is harder to control than the "
                       f"{shown_channels}, so the felt emotion is {leak.label}")
        return ConflictRead(True, top.label, leak.label, surface, leak, explanation)
    if leak is not None:
        explanation = (f"{shown} show {top.label}, but the {channel(leak)} disclose {leak.label} "
                       f"({describe(leak)}); people hide negative feelings behind a positive {shown_channels} far "
                       f"more often than the reverse, so the felt emotion is {leak.label}")
        return ConflictRead(True, top.label, leak.label, surface, leak, explanation)
    others = " and ".join(describe(c) for c, _ in candidates)
    explanation = (f"{shown} show {top.label} while {others} disagree{'s' if len(candidates) == 1 else ''}, "
                   "too weakly to outrank the display; the felt emotion is uncertain")
    return ConflictRead(True, top.label, "", surface, None, explanation)
