"""The example robot behaviour (ROS-free): the person's affect and the robot's reply -> a gesture and
a face expression, through a YAML table, with hysteresis so the robot does not flicker.

- ``GestureTable``: the YAML table (``config/gestures.yaml``), validated on load.
- ``Hysteresis``: a new choice replaces the current one only after it was proposed by
  ``min_consecutive`` updates in a row and the current one was held ``min_hold_s``.
- ``GestureBehaviour``: what the node calls on each AffectState, SpeechInstruction, is_speaking
  change and timer tick. The reply is a discrete event and switches at once; the noisy affect
  stream goes through the hysteresis.
- ``GestureSettings``: the gesture_behaviour node's parameters; the thresholds are live
  (``GestureBehaviour.configure``), the table and the tick rate read-only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from emoomni_ros import labels
from emoomni_ros.datatypes import AffectState, SpeechInstruction
from emoomni_ros.settings import setting

BANDS: tuple[str, ...] = ("low", "mid", "high")
SECTIONS: tuple[str, ...] = ("listening", "speaking")


class TableError(ValueError):
    """A gesture table that does not follow the documented layout."""


@dataclass(frozen=True)
class Display:
    gesture: str
    face: str  # REP-155 hri_msgs/Expression name


@dataclass(frozen=True)
class GestureChoice:
    gesture: str
    face: str
    intensity: float
    reason: str
    source: str  # listening, speaking, conflict or idle
    person_id: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What the robot shows; choices with equal keys do not cause a switch."""
        return self.gesture, self.face


def _display(value: Any, where: str) -> Display:
    if not isinstance(value, dict) or set(value) != {"gesture", "face"}:
        raise TableError(f"{where}: expected {{gesture: NAME, face: REP155_NAME}}, got {value!r}")
    gesture, face = value["gesture"], value["face"]
    if not isinstance(gesture, str) or not gesture.strip():
        raise TableError(f"{where}: gesture must be a non-empty string, got {gesture!r}")
    if face not in labels.REP155_TO_CORE:
        raise TableError(f"{where}: face {face!r} is not a REP-155 expression; known: {sorted(labels.REP155_TO_CORE)}")
    return Display(gesture.strip(), face)


def _banded(value: Any, where: str) -> dict[str, Display]:
    """A label's entry: one display for every band, or a {low, mid, high} map of displays."""
    if isinstance(value, dict) and set(value) <= set(BANDS) and value:
        missing = set(BANDS) - set(value)
        if missing:
            raise TableError(f"{where}: bands {sorted(missing)} missing (give all of {list(BANDS)} or one display)")
        return {band: _display(value[band], f"{where}.{band}") for band in BANDS}
    one = _display(value, where)
    return dict.fromkeys(BANDS, one)


@dataclass(frozen=True)
class GestureTable:
    mid: float
    high: float
    idle: Display
    conflict: Display
    sections: dict[str, dict[str, dict[str, Display]]]  # section -> label ("default" too) -> band -> display

    @classmethod
    def from_dict(cls, data: Any, where: str = "gesture table") -> GestureTable:
        if not isinstance(data, dict):
            raise TableError(f"{where}: expected a mapping at the top level")
        unknown = set(data) - {"bands", "idle", "conflict", *SECTIONS}
        if unknown:
            raise TableError(f"{where}: unknown keys {sorted(unknown)}")
        bands = data.get("bands") or {}
        try:
            mid, high = float(bands.get("mid", 0.35)), float(bands.get("high", 0.7))
        except (TypeError, ValueError, AttributeError):
            raise TableError(f"{where}: bands must be numbers, got {bands!r}") from None
        if not 0.0 < mid < high <= 1.0:
            raise TableError(f"{where}: need 0 < bands.mid < bands.high <= 1, got mid={mid} high={high}")
        for key in ("idle", "conflict", *SECTIONS):
            if key not in data:
                raise TableError(f"{where}: missing {key!r}")
        sections: dict[str, dict[str, dict[str, Display]]] = {}
        for section in SECTIONS:
            entries = data[section]
            if not isinstance(entries, dict) or "default" not in entries:
                raise TableError(f"{where}: {section} must be a mapping with a 'default' entry")
            for label in entries:
                if label != "default" and label not in labels.LABEL_INDEX:
                    raise TableError(f"{where}: {section}.{label}: not a core label {list(labels.CORE_LABELS)}")
            sections[section] = {label: _banded(v, f"{where}: {section}.{label}") for label, v in entries.items()}
        return cls(mid, high, _display(data["idle"], f"{where}: idle"),
                   _display(data["conflict"], f"{where}: conflict"), sections)

    @classmethod
    def load(cls, path: str | Path) -> GestureTable:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text())
        except yaml.YAMLError as exc:
            raise TableError(f"{path}: not valid YAML: {exc}") from None
        return cls.from_dict(data, str(path))

    def band(self, intensity: float) -> str:
        return "low" if intensity < self.mid else "mid" if intensity < self.high else "high"

    def lookup(self, section: str, label: str, intensity: float) -> Display:
        entries = self.sections[section]
        return entries.get(label, entries["default"])[self.band(intensity)]


def default_table_path() -> Path:
    from emoomni_ros.graph import config_dir

    return config_dir() / "gestures.yaml"


@dataclass
class GestureSettings:
    """The gesture_behaviour node's parameters."""

    table_path: str = setting("", "YAML behaviour table (affect/reply -> gesture + REP-155 face); empty = the bundled "
                              "config/gestures.yaml (set your robot's copy here)")
    min_hold_s: float = setting(1.0, "a gesture is held at least this long before the affect may change it (seconds)",
                                min_value=0.0, max_value=60.0, live=True)
    min_consecutive: int = setting(3, "affect updates in a row that must agree on a new gesture before it replaces "
                                   "the current one", min_value=1, max_value=100, live=True)
    min_confidence: float = setting(0.3, "below this fused confidence the robot stays neutral",
                                    min_value=0.0, max_value=1.0, live=True)
    speech_hold_s: float = setting(4.0, "how long a reply's gesture lasts when the TTS node does not report "
                                   "is_speaking (seconds)", min_value=0.0, max_value=120.0, live=True)
    idle_after_s: float = setting(10.0, "go idle after this long without an AffectState (seconds)",
                                  min_value=0.1, max_value=3600.0, live=True)
    tick_rate: float = setting(5.0, "rate of the idle/reply-timeout check (Hz)", min_value=0.1, max_value=100.0)


_DEFAULTS = GestureSettings()


class Hysteresis:
    """Holds the current choice; a different one must persist before it replaces it."""

    def __init__(self, min_hold_s: float = _DEFAULTS.min_hold_s, min_consecutive: int = _DEFAULTS.min_consecutive):
        self.configure(min_hold_s, min_consecutive)
        self.current: GestureChoice | None = None
        self._since = 0.0
        self._candidate: tuple[str, str] | None = None
        self._count = 0

    def configure(self, min_hold_s: float, min_consecutive: int) -> None:
        """New thresholds; they apply from the next update (the current choice and candidate stay)."""
        if min_hold_s < 0 or min_consecutive < 1:
            raise ValueError("min_hold_s must be >= 0 and min_consecutive >= 1")
        self.min_hold_s = min_hold_s
        self.min_consecutive = min_consecutive

    def update(self, choice: GestureChoice, now: float, immediate: bool = False,
               hold: bool = False) -> GestureChoice | None:
        """Proposes ``choice`` at time ``now``; returns it when the robot should switch to it.
        ``immediate`` skips the agreement count; with ``hold`` it still waits out ``min_hold_s``."""
        if self.current is not None and choice.key == self.current.key:
            self._candidate, self._count = None, 0
            return None
        if self.current is not None and immediate and hold and now - self._since < self.min_hold_s:
            return None
        if self.current is not None and not immediate:
            if choice.key == self._candidate:
                self._count += 1
            else:
                self._candidate, self._count = choice.key, 1
            if self._count < self.min_consecutive or now - self._since < self.min_hold_s:
                return None
        self.current, self._since = choice, now
        self._candidate, self._count = None, 0
        return choice


class GestureBehaviour:
    """Chooses what the robot shows: the reply's display while it speaks, else a reaction to the
    person's affect (the conflict display when their modalities disagree), else idle."""

    def __init__(self, table: GestureTable, settings: GestureSettings | None = None, **values: float) -> None:
        """``settings`` (default: ``GestureSettings()``) with single ``values`` in place, by field name."""
        self.table = table
        self.settings = dataclasses.replace(settings or _DEFAULTS, **values)
        self.hysteresis = Hysteresis(self.settings.min_hold_s, self.settings.min_consecutive)
        self._last_affect: AffectState | None = None
        self._last_affect_at: float | None = None
        self._speaking_until: float | None = None
        self._speaking_choice: GestureChoice | None = None
        self._tts_speaking = False

    @property
    def current(self) -> GestureChoice | None:
        return self.hysteresis.current

    def configure(self, settings: GestureSettings) -> None:
        """New thresholds while running (live parameters): the next affect, reply or tick uses them;
        what the robot shows now stays until they say otherwise. ValueError for impossible values."""
        self.hysteresis.configure(settings.min_hold_s, settings.min_consecutive)
        self.settings = settings

    @property
    def min_confidence(self) -> float:
        return self.settings.min_confidence

    @property
    def speech_hold_s(self) -> float:
        return self.settings.speech_hold_s

    @property
    def idle_after_s(self) -> float:
        return self.settings.idle_after_s

    def listening_choice(self, affect: AffectState) -> GestureChoice:
        person = affect.person_id
        if affect.confidence < self.min_confidence:
            shown = self.table.lookup("listening", "neutral", 0.0)
            return GestureChoice(shown.gesture, shown.face, 0.0,
                                 f"unsure of the person's feeling (confidence {affect.confidence:.2f})",
                                 "listening", person)
        if affect.conflict and affect.apparent_label != affect.label:
            shown = self.table.conflict
            return GestureChoice(shown.gesture, shown.face, affect.intensity,
                                 f"person shows {affect.apparent_label} but feels {affect.label} "
                                 f"({affect.confidence:.2f})", "conflict", person)
        shown = self.table.lookup("listening", affect.label, affect.intensity)
        return GestureChoice(shown.gesture, shown.face, affect.intensity,
                             f"person is {affect.label} (intensity {affect.intensity:.2f}, "
                             f"{self.table.band(affect.intensity)})", "listening", person)

    def speaking_choice(self, instruction: SpeechInstruction, person_id: str) -> GestureChoice:
        shown = self.table.lookup("speaking", instruction.emotion, instruction.intensity)
        return GestureChoice(shown.gesture, shown.face, instruction.intensity,
                             f"replying with a {instruction.emotion} voice (intensity {instruction.intensity:.2f})",
                             "speaking", person_id)

    def _speaking(self, now: float) -> bool:
        return self._tts_speaking or (self._speaking_until is not None and now < self._speaking_until)

    def on_affect(self, affect: AffectState, now: float) -> GestureChoice | None:
        self._last_affect, self._last_affect_at = affect, now
        if self._speaking(now):
            return None
        return self.hysteresis.update(self.listening_choice(affect), now)

    def on_instruction(self, instruction: SpeechInstruction, now: float) -> GestureChoice | None:
        person = self._last_affect.person_id if self._last_affect else ""
        self._speaking_choice = self.speaking_choice(instruction, person)
        self._speaking_until = now + self.speech_hold_s
        return self.hysteresis.update(self._speaking_choice, now, immediate=True)

    def on_speaking(self, speaking: bool, now: float) -> GestureChoice | None:
        """The TTS node's is_speaking: speaking keeps the reply's display, silence ends it. Only a
        change counts, and a switch it causes waits out ``min_hold_s`` (``tick`` applies it then):
        a flapping is_speaking (2,000 toggles gave 3,328 gesture commands) cannot make the robot
        flicker."""
        if speaking == self._tts_speaking:
            return None
        self._tts_speaking = speaking
        if speaking:
            if self._speaking_choice is not None:
                return self.hysteresis.update(self._speaking_choice, now, immediate=True, hold=True)
            return None
        self._speaking_until = None
        return self._after_speech(now, hold=True)

    def tick(self, now: float) -> GestureChoice | None:
        """Timer: ends a reply display whose hold ran out, applies an is_speaking change that had
        to wait for ``min_hold_s``, and goes idle when nobody is there."""
        if self._speaking_until is not None and now >= self._speaking_until and not self._tts_speaking:
            self._speaking_until = None
            return self._after_speech(now)
        current = self.hysteresis.current
        if self._tts_speaking and self._speaking_choice is not None and current is not None \
                and current.key != self._speaking_choice.key:
            return self.hysteresis.update(self._speaking_choice, now, immediate=True, hold=True)
        if not self._speaking(now) and current is not None and current.source == "speaking":
            return self._after_speech(now, hold=True)
        if self._speaking(now):
            return None
        if self._last_affect_at is None or now - self._last_affect_at >= self.idle_after_s:
            idle = self.table.idle
            reason = "nobody seen or heard yet" if self._last_affect_at is None else \
                f"no affect for {now - self._last_affect_at:.1f} s"
            return self.hysteresis.update(GestureChoice(idle.gesture, idle.face, 0.0, reason, "idle"), now,
                                          immediate=True)
        return None

    def _after_speech(self, now: float, hold: bool = False) -> GestureChoice | None:
        if self._last_affect is not None and self._last_affect_at is not None \
                and now - self._last_affect_at < self.idle_after_s:
            return self.hysteresis.update(self.listening_choice(self._last_affect), now, immediate=True, hold=hold)
        idle = self.table.idle
        return self.hysteresis.update(GestureChoice(idle.gesture, idle.face, 0.0, "reply finished", "idle"), now,
                                      immediate=True, hold=hold)
