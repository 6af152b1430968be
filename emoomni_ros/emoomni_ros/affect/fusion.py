"""Fusion of face, voice and text cues into one ``AffectState`` per person.

* Time: face cues are frames, voice and text cues cover an utterance (each modality's ``frames`` in
  ``emoomni_ros/modalities.py``, which also gives its default half-life, age limit and reliability).
  While an utterance is fresh, the frames inside its window (plus a margin) are pooled into one cue
  per modality, so the face is read over the same seconds as the words; otherwise the last
  ``face_window_s`` of frames.
  Voice and text of different utterances are not mixed: only the newest utterance's speech cues
  are used.
* Weight of a cue = modality reliability x confidence x freshness, freshness = 0.5 ** (age /
  half-life), cues older than ``max_age_s`` are ignored. The distribution is the weighted
  average (linear opinion pool); valence and arousal likewise.
* Conflict and felt vs. apparent emotion: ``affect.conflict.detect``. Under a confident leak
  the surface cues count as display, not feeling (their weight x ``display_discount``), and the
  label is the leaked emotion.
* Fine-grained feelings (grief, relief...) and a safety concern ride along: each feeling at its
  best cue's score scaled by that cue's relative weight; the most urgent concern of the fused cues.
* People: with one face, every cue is that person's. With several, a voice (and its words) belongs
  to the face that is speaking: the face whose id the voice carries, else the face with the most
  "speaking" evidence during the utterance (mouth/lip movement descriptors), else the face seen
  most over the utterance. ``single_person`` (the default) publishes only that person.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from emoomni_ros import labels, modalities
from emoomni_ros.affect import conflict as conflict_rules
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, CONCERN_LEVELS, MODALITIES, AffectState, Concern, Cue
from emoomni_ros.settings import setting
from emoomni_ros.workers import RecentMap

SPEAKING_EVIDENCE = re.compile(r"mouth (open|moving)|lips? (moving|apart|parted)|speaking|talking|jaw (drop|moving)",
                               re.I)


def _per_modality(attribute: str) -> dict[str, float]:
    return {m.name: getattr(m, attribute) for m in modalities.TABLE}


@dataclass
class FusionConfig:
    """How cues are weighed, aligned and compared. The per-modality tables default to the modality
    table (emoomni_ros/modalities.py); affect_fusion's parameters are ``affect.settings.FusionSettings``
    (these fields, and reliability_<m>, half_life_<m>_s, max_age_<m>_s for each modality)."""

    reliability: dict[str, float] = field(default_factory=lambda: _per_modality("reliability"))
    half_life_s: dict[str, float] = field(default_factory=lambda: _per_modality("half_life_s"))
    max_age_s: dict[str, float] = field(default_factory=lambda: _per_modality("max_age_s"))
    face_window_s: float = setting(1.0, "face frames pooled when no utterance is fresh (seconds)", min_value=0.0,
                                   max_value=30.0, live=True)
    utterance_margin_s: float = setting(0.5, "face frames this close to an utterance count as during it (seconds)",
                                        min_value=0.0, max_value=10.0, live=True)
    valence_threshold: float = setting(0.2, "|valence| from which a cue counts as positive or negative for "
                                       "conflict", min_value=0.0, max_value=1.0, live=True)
    conflict_confidence: float = setting(0.25, "effective confidence both sides need for a conflict (tuned on the "
                                         "FER/RAVDESS/MELD conflict study, docs/reasoning.md)", min_value=0.0,
                                         max_value=1.0, live=True)
    leak_confidence: float = setting(0.4, "confidence a less controlled cue needs to outrank the surface "
                                     "(nonverbal leakage): a leaking nonverbal cue needs this to overrule the words",
                                     min_value=0.0, max_value=1.0, live=True)
    display_discount: float = setting(0.25, "weight kept by the display cues under a conflict with a felt emotion",
                                      min_value=0.0, max_value=1.0, live=True)
    single_person: bool = setting(True, "fuse and publish only the person who is speaking (false: one "
                                  "AffectState per visible face)", live=True)
    history_per_face: int = 90  # frames kept per face id and frame-based modality (bounded)

    def __post_init__(self) -> None:
        for table in (self.reliability, self.half_life_s, self.max_age_s):
            missing = [m for m in MODALITIES if m not in table]
            if missing:
                raise ValueError(f"missing modalities {missing} in {table}")
            for name, value in table.items():
                if not np.isfinite(value) or value < 0:
                    raise ValueError(f"{name}: {value} must be a finite number >= 0")
        if any(v <= 0 for v in self.half_life_s.values()):
            raise ValueError("half-lives must be > 0")

    @classmethod
    def from_parameters(cls, params: Mapping[str, Any]) -> FusionConfig:
        """From the fusion node's flat parameter names (``reliability_face``, ``half_life_voice_s``,
        ``leak_confidence``...: a profile's affect_fusion section). Missing names keep their
        defaults; names that are not fusion settings are ignored; ValueError for a value out of range."""
        from emoomni_ros.affect.settings import FusionSettings

        return FusionSettings.from_parameters(params).config()


# How far a cue's stamp may be ahead of the fusion's clock and still count (hosts' clocks differ
# a little). A cue stamped further ahead is a bad stamp: it counts as stale, since as "new" it
# would outweigh and outlast every real cue (one voice cue stamped in 2038 read anger for good).
CLOCK_SKEW_S = 2.0


def freshness(cue: Cue, now: float, config: FusionConfig) -> float:
    """0.5 ** (age / half-life), 0 past max age; a cue from the future counts as new within
    CLOCK_SKEW_S and as stale (0) beyond it."""
    if cue.window_end - now > CLOCK_SKEW_S:
        return 0.0
    age = max(0.0, now - cue.window_end)
    if age > config.max_age_s[cue.modality]:
        return 0.0
    return float(0.5 ** (age / config.half_life_s[cue.modality]))


def pool_frames(frames: list[Cue]) -> Cue | None:
    """Frames of one person and one modality -> one cue (confidence-weighted mean, most frequent evidence)."""
    if not frames:
        return None
    if len(frames) == 1:
        return frames[0]
    weights = np.array([max(f.confidence, 1e-3) for f in frames])
    dist = np.average(np.stack([f.distribution for f in frames]), axis=0, weights=weights)
    counts: dict[str, int] = {}
    for frame in frames:
        for item in frame.evidence:
            counts[item] = counts.get(item, 0) + 1
    evidence = sorted(counts, key=lambda e: -counts[e])[:3]
    span = frames[-1].window_end - frames[0].window_start
    evidence.append(f"{len(frames)} frames over {span:.1f} s")
    last = frames[-1]
    return Cue(last.modality, dist, float(np.average([f.confidence for f in frames], weights=weights)), evidence,
               person_id=last.person_id, stamp=last.stamp, window_start=frames[0].window_start,
               window_end=last.window_end, source=last.source,
               valence=float(np.average([f.valence for f in frames], weights=weights)),
               arousal=float(np.average([f.arousal for f in frames], weights=weights)))


pool_faces = pool_frames  # the face's frames, the one frame-based modality so far


def pool_each(frames: list[Cue]) -> list[Cue]:
    """Frames of one person (any frame-based modalities) -> one pooled cue per modality."""
    by_modality: dict[str, list[Cue]] = {}
    for frame in frames:
        by_modality.setdefault(frame.modality, []).append(frame)
    return [pool_frames(group) for group in by_modality.values()]


def fuse(cues: list[Cue], now: float, config: FusionConfig | None = None,
         person_id: str | None = None) -> AffectState:
    """At most one cue per modality (already aligned) -> the fused state at time ``now``."""
    config = config or FusionConfig()
    person = person_id or next((c.person_id for c in cues if modalities.get(c.modality).frames), None) or (
        cues[0].person_id if cues else ANONYMOUS_SPEAKER)
    fresh = [(c, freshness(c, now, config)) for c in cues]
    fresh = [(c, f) for c, f in fresh if f > 0 and c.confidence > 0]
    if not fresh:
        return AffectState.neutral(person, now)
    weights = {id(c): config.reliability[c.modality] * c.confidence * f for c, f in fresh}

    read = conflict_rules.detect(fresh, config.valence_threshold, config.conflict_confidence,
                                 config.leak_confidence)
    if read.leak is not None:
        for cue in read.surface or []:
            weights[id(cue)] *= config.display_discount
    cue_list = [c for c, _ in fresh]
    w = np.array([weights[id(c)] for c in cue_list])
    if w.sum() <= 0:
        return AffectState.neutral(person, now)
    dist = labels.normalise(np.average(np.stack([c.distribution for c in cue_list]), axis=0, weights=w))
    label = read.felt or labels.top_label(dist)
    valence = float(np.average([c.valence for c in cue_list], weights=w))
    arousal = float(np.average([c.arousal for c in cue_list], weights=w))
    support = float(np.average([c.prob(label) for c in cue_list], weights=w))
    coverage = 1.0 - float(np.prod([1.0 - c.confidence * f for c, f in fresh]))
    confidence = support * coverage * (0.8 if read.conflict and not read.felt else 1.0)
    intensity = float(1.0 - dist[labels.LABEL_INDEX["neutral"]]) * min(1.0, 0.5 + abs(arousal))

    if read.conflict:
        explanation = read.explanation
    else:
        listed = ", ".join(conflict_rules.describe(c) for c in cue_list)
        agree = len({c.label for c in cue_list}) == 1 and len(cue_list) > 1
        explanation = f"{listed}: {'they agree on' if agree else 'weighted by confidence and freshness,'} {label}"
    return AffectState(dist, label, valence, arousal, intensity, confidence, conflict=read.conflict,
                       apparent_label=read.apparent or label, explanation=explanation, person_id=person,
                       stamp=now, cues=cue_list, feelings=fuse_feelings(cue_list, weights),
                       concern=strongest_concern(cue_list, person))


def fuse_feelings(cues: list[Cue], weights: dict[int, float]) -> list[tuple[str, float]]:
    """Each feeling at its best score over the cues, scaled by its cue's weight relative to the
    heaviest cue (the words usually name them; a faded or display-discounted cue counts less)."""
    top = max((weights[id(c)] for c in cues), default=0.0)
    if top <= 0:
        return []
    return [(name, score * weights[id(c)] / top) for c in cues for name, score in c.feelings]


def strongest_concern(cues: list[Cue], person_id: str) -> Concern | None:
    """The most urgent, then most confident, concern any fused cue raised, as this person's."""
    raised = [c.concern for c in cues if c.concern is not None]
    if not raised:
        return None
    best = max(raised, key=lambda c: (CONCERN_LEVELS.index(c.level), c.confidence))
    return replace(best, person_id=person_id)


class AffectFusion:
    """Keeps the latest cues per person and modality and fuses them on demand (not thread-safe;
    the node serialises access)."""

    def __init__(self, config: FusionConfig | None = None):
        self.config = config or FusionConfig()
        self._faces: dict[str, deque[Cue]] = {}  # face id -> its frames (of every frame-based modality)
        self._speech: dict[str, Cue] = {}  # modality -> latest cue of each utterance-based modality
        self.rejected_future = 0  # cues refused by add() for a stamp too far ahead

    def reconfigure(self, config: FusionConfig) -> None:
        """New weights, windows, thresholds and people policy, used from the next call on (the cues
        kept so far stay, judged by the new settings)."""
        if config.history_per_face != self.config.history_per_face:
            self._faces = {face_id: deque(frames, maxlen=self._frames_kept(config))
                           for face_id, frames in self._faces.items()}
        self.config = config

    @staticmethod
    def _frames_kept(config: FusionConfig) -> int:
        return config.history_per_face * sum(m.frames for m in modalities.TABLE)

    def add(self, cue: Cue, now: float | None = None) -> bool:
        """Keeps ``cue`` (the newest per modality; face frames in order). Given ``now``, a cue
        stamped more than CLOCK_SKEW_S ahead is refused: kept, it would shut out every real cue
        stamped before it. Returns whether it was kept; refusals are counted in ``rejected_future``."""
        if now is not None and cue.window_end - now > CLOCK_SKEW_S:
            self.rejected_future += 1
            return False
        if modalities.get(cue.modality).frames:
            frames = self._faces.setdefault(cue.person_id, deque(maxlen=self._frames_kept(self.config)))
            last = next((f for f in reversed(frames) if f.modality == cue.modality), None)
            if last is not None and cue.window_end < last.window_end:
                return False  # out of order: older than what we have
            frames.append(cue)
            return True
        old = self._speech.get(cue.modality)
        if old is None or cue.window_end >= old.window_end:
            self._speech[cue.modality] = cue
            return True
        return False

    def forget(self, now: float) -> None:
        """Drops cues past their max age or stamped too far ahead (bounded memory with many faces
        coming and going; a future-stamped frame added without ``now`` does not block the newer ones)."""
        for face_id in list(self._faces):
            frames = self._faces[face_id]
            if any(freshness(f, now, self.config) == 0.0 for f in frames):
                kept = [f for f in frames if freshness(f, now, self.config) > 0.0]
                frames.clear()
                frames.extend(kept)
            if not frames:
                del self._faces[face_id]
        for modality in list(self._speech):
            if freshness(self._speech[modality], now, self.config) == 0.0:
                del self._speech[modality]

    def speech_cues(self, now: float) -> list[Cue]:
        """Fresh voice/text cues of the newest utterance."""
        fresh = [c for c in self._speech.values() if freshness(c, now, self.config) > 0]
        if not fresh:
            return []
        newest = max(fresh, key=lambda c: c.window_end)
        if newest.utterance_id:
            fresh = [c for c in fresh if not c.utterance_id or c.utterance_id == newest.utterance_id]
        return fresh

    def _window_frames(self, face_id: str, speech: list[Cue], now: float) -> list[Cue]:
        frames = [f for f in self._faces.get(face_id, ()) if freshness(f, now, self.config) > 0]
        if speech:
            start = min(c.window_start for c in speech) - self.config.utterance_margin_s
            end = max(c.window_end for c in speech) + self.config.utterance_margin_s
            during = [f for f in frames if start <= f.window_end and f.window_start <= end]
            if during:
                return during
        return [f for f in frames if f.window_end >= now - self.config.face_window_s] or frames[-1:]

    def speaker(self, speech: list[Cue], now: float) -> str | None:
        """The face id the current speech belongs to (None when no face is fresh)."""
        faces = [fid for fid in self._faces if self._window_frames(fid, [], now)]
        if not faces:
            return None
        for cue in speech:
            if cue.person_id in self._faces:
                return cue.person_id
        if len(faces) == 1:
            return faces[0]

        def score(face_id: str) -> tuple[float, int, float]:
            frames = self._window_frames(face_id, speech, now)
            speaking = sum(any(SPEAKING_EVIDENCE.search(e) for e in f.evidence) for f in frames) / len(frames)
            return speaking, len(frames), float(np.mean([f.confidence for f in frames]))

        return max(sorted(faces), key=score)

    def states(self, now: float) -> list[AffectState]:
        """The fused state of each person with fresh cues (one, the speaker, when ``single_person``)."""
        speech = self.speech_cues(now)
        speaker = self.speaker(speech, now)
        out = []
        if speaker is not None:
            out.append(fuse([*pool_each(self._window_frames(speaker, speech, now)), *speech], now, self.config,
                            speaker))
        elif speech:
            out.append(fuse(speech, now, self.config, speech[0].person_id or ANONYMOUS_SPEAKER))
        if not self.config.single_person:
            for face_id in sorted(self._faces):
                if face_id == speaker:
                    continue
                seen = [c for c in pool_each(self._window_frames(face_id, [], now))
                        if freshness(c, now, self.config) > 0]
                if seen:
                    out.append(fuse(seen, now, self.config, face_id))
        return out


class Announcer:
    """What affect_fusion sends besides its ticks (ROS-free): a state at once when it is news (a
    speech cue, or a frame that changes a person's label or conflict flag), and each concern once
    per (utterance, kind). Bounded: it remembers ``people`` persons and ``concerns`` concerns."""

    def __init__(self, people: int = 32, concerns: int = 64):
        self._last: RecentMap[str, tuple[str, bool]] = RecentMap(people)
        self._raised: RecentMap[tuple[str, str], None] = RecentMap(concerns)

    def is_news(self, state: AffectState, modality: str) -> bool:
        """Whether a cue of ``modality`` that gave ``state`` should publish it at once."""
        return not modalities.get(modality).frames or self._last.peek(state.person_id) != (state.label,
                                                                                            state.conflict)

    def published(self, state: AffectState) -> Concern | None:
        """Records that ``state`` went out; returns its concern when it was not raised before."""
        self._last.set(state.person_id, (state.label, state.conflict))
        concern = state.concern
        if concern is None or (concern.utterance_id, concern.kind) in self._raised:
            return None
        self._raised.set((concern.utterance_id, concern.kind), None)
        return concern
