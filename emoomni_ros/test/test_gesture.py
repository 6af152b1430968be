"""The gesture behaviour core: the bundled table loads, bad tables are refused with a clear error,
choices follow affect and reply, and the hysteresis stops flicker."""

import copy

import numpy as np
import pytest
import yaml

from emoomni_ros import labels
from emoomni_ros.behaviour.gestures import (
    GestureBehaviour,
    GestureChoice,
    GestureTable,
    Hysteresis,
    TableError,
    default_table_path,
)
from emoomni_ros.datatypes import AffectState, SpeechInstruction


def affect(label: str, intensity: float = 0.8, confidence: float = 0.9, conflict: bool = False,
           apparent: str = "") -> AffectState:
    return AffectState(labels.one_hot(label), label, 0.0, 0.0, intensity, confidence, conflict=conflict,
                       apparent_label=apparent or label, person_id="face_1")


@pytest.fixture(scope="module")
def table() -> GestureTable:
    return GestureTable.load(default_table_path())


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(default_table_path().read_text())


def test_bundled_table_covers_every_label_and_band(table):
    for section in ("listening", "speaking"):
        for label in labels.CORE_LABELS:
            for intensity in (0.0, 0.5, 0.9):
                shown = table.lookup(section, label, intensity)
                assert shown.gesture and shown.face in labels.REP155_TO_CORE
    assert table.band(0.1) == "low" and table.band(0.5) == "mid" and table.band(0.95) == "high"


def test_bands_pick_different_displays(table):
    low, high = table.lookup("listening", "joy", 0.1), table.lookup("listening", "joy", 0.95)
    assert low != high
    assert table.lookup("listening", "sadness", 0.9).face == "sad"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["listening"]["joy"].update(low={"gesture": "wave", "face": "grinning"}), "not a REP-155"),
    (lambda d: d["listening"].update(happy={"gesture": "wave", "face": "happy"}), "not a core label"),
    (lambda d: d["speaking"].pop("default"), "'default'"),
    (lambda d: d["listening"]["joy"].pop("mid"), "missing"),
    (lambda d: d["bands"].update(mid=0.9, high=0.5), "bands.mid < bands.high"),
    (lambda d: d.pop("idle"), "missing 'idle'"),
    (lambda d: d.update(extra=1), "unknown keys"),
    (lambda d: d["conflict"].update(gesture=""), "non-empty"),
])
def test_bad_tables_are_refused_with_a_clear_message(raw, mutate, message):
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(TableError, match=message):
        GestureTable.from_dict(data)


def test_invalid_yaml_file_is_a_table_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("listening: [unclosed")
    with pytest.raises(TableError, match="not valid YAML"):
        GestureTable.load(path)


def _choice(gesture: str, face: str = "neutral") -> GestureChoice:
    return GestureChoice(gesture, face, 0.5, "test", "listening")


def test_hysteresis_needs_consecutive_agreement_and_hold_time():
    h = Hysteresis(min_hold_s=1.0, min_consecutive=3)
    assert h.update(_choice("a"), 0.0) is not None  # the first choice is adopted at once
    assert h.update(_choice("b"), 0.1) is None
    assert h.update(_choice("b"), 0.2) is None
    assert h.update(_choice("b"), 0.3) is None  # three in a row, but "a" was held only 0.3 s
    assert h.update(_choice("b"), 1.1).gesture == "b"
    assert h.update(_choice("b"), 1.2) is None  # unchanged: nothing to publish


def test_hysteresis_alternating_input_never_flickers():
    h = Hysteresis(min_hold_s=0.0, min_consecutive=2)
    h.update(_choice("a"), 0.0)
    switches = [h.update(_choice("b" if i % 2 else "c"), 0.1 * i) for i in range(1, 40)]
    assert all(s is None for s in switches)
    assert h.current.gesture == "a"


def test_hysteresis_immediate_switch_and_intensity_change_is_not_a_switch():
    h = Hysteresis(min_hold_s=10.0, min_consecutive=5)
    h.update(_choice("a"), 0.0)
    assert h.update(_choice("talk", "happy"), 0.1, immediate=True).gesture == "talk"
    same = GestureChoice("talk", "happy", 0.9, "louder", "speaking")
    assert h.update(same, 0.2) is None
    with pytest.raises(ValueError):
        Hysteresis(min_consecutive=0)


def test_behaviour_follows_affect_through_hysteresis(table):
    b = GestureBehaviour(table, min_hold_s=0.5, min_consecutive=2, idle_after_s=5.0)
    assert b.tick(0.0).source == "idle"
    assert b.on_affect(affect("sadness", 0.9), 0.1) is None
    chosen = b.on_affect(affect("sadness", 0.9), 0.6)
    assert (chosen.gesture, chosen.face, chosen.source) == ("open_palms_comfort", "sad", "listening")
    assert chosen.person_id == "face_1" and "sadness" in chosen.reason


def test_low_confidence_stays_neutral_and_conflict_has_its_own_display(table):
    b = GestureBehaviour(table, min_hold_s=0.0, min_consecutive=1, min_confidence=0.4)
    unsure = b.on_affect(affect("anger", 0.9, confidence=0.2), 0.0)
    assert unsure.face == "neutral" and "unsure" in unsure.reason
    mixed = b.on_affect(affect("fear", 0.7, conflict=True, apparent="joy"), 0.1)
    assert mixed.source == "conflict" and mixed.face == table.conflict.face
    assert "shows joy but feels fear" in mixed.reason


def test_reply_switches_at_once_and_ends_with_speech(table):
    b = GestureBehaviour(table, min_hold_s=5.0, min_consecutive=5, speech_hold_s=3.0, idle_after_s=100.0)
    b.on_affect(affect("fear", 0.8), 0.0)
    talk = b.on_instruction(SpeechInstruction("It will be fine.", emotion="joy", intensity=0.5), 0.2)
    assert (talk.gesture, talk.source) == ("talk_animated", "speaking")
    assert b.on_affect(affect("sadness", 0.9), 0.3) is None  # affect does not interrupt the reply
    assert b.on_speaking(True, 0.4) is None
    assert b.tick(10.0) is None  # TTS still speaking: the hold does not end it
    back = b.on_speaking(False, 10.5)
    assert back.source == "listening" and back.face == "sad"


def test_reply_hold_expires_without_is_speaking(table):
    b = GestureBehaviour(table, speech_hold_s=2.0, idle_after_s=100.0)
    b.on_affect(affect("joy", 0.9), 0.0)
    b.on_instruction(SpeechInstruction("Great!", emotion="joy", intensity=0.9), 1.0)
    assert b.tick(2.0) is None
    after = b.tick(3.1)
    assert after.source == "listening" and after.face == "excited"


def test_goes_idle_when_nobody_is_there(table):
    b = GestureBehaviour(table, min_hold_s=0.0, min_consecutive=1, idle_after_s=2.0)
    b.on_affect(affect("joy", 0.9), 0.0)
    assert b.tick(1.0) is None
    idle = b.tick(2.5)
    assert idle.source == "idle" and idle.gesture == table.idle.gesture and "no affect" in idle.reason


def test_unknown_instruction_emotion_uses_default_row(table):
    shown = table.lookup("speaking", "nonexistent", 0.5)
    assert shown == table.sections["speaking"]["default"]["mid"]
    assert np.isclose(table.mid, 0.35)


def test_a_flapping_is_speaking_does_not_bypass_the_hysteresis(table):
    """2,000 is_speaking toggles gave 3,328 gesture commands: each toggle switched at once."""
    b = GestureBehaviour(table, min_hold_s=1.0, min_consecutive=3, speech_hold_s=3.0, idle_after_s=100.0)
    b.on_affect(affect("fear", 0.8), 0.0)
    commands = [b.on_instruction(SpeechInstruction("It will be fine.", emotion="joy", intensity=0.5), 0.1)]
    for i in range(2000):  # 2,000 toggles in 2 s, with the node's 5 Hz tick
        now = 0.2 + i * 0.001
        commands.append(b.on_speaking(i % 2 == 0, now))
        if i % 200 == 0:
            commands.append(b.tick(now))
    sent = [c for c in commands if c is not None]
    assert len(sent) <= 4, [(c.source, c.gesture) for c in sent]  # at most one switch per min_hold_s
    b.tick(5.0)  # the last toggle said silent: once the hold allows, back to listening
    assert b.current.source == "listening"
    assert b.on_speaking(True, 6.5).source == "speaking"  # a real change after the hold still shows at once


def test_live_settings_change_the_running_behaviour(table):
    """What the node's live parameters do (GestureBehaviour.configure): the next update uses them."""
    from emoomni_ros import settings as core
    from emoomni_ros.behaviour.gestures import GestureSettings

    live = {p.name for p in core.parameters(GestureSettings) if p.spec.live}
    assert live == {"min_hold_s", "min_consecutive", "min_confidence", "speech_hold_s", "idle_after_s"}
    s = core.build(GestureSettings, {"min_hold_s": 0.0, "min_consecutive": 1})
    b = GestureBehaviour(table, s)
    assert b.on_affect(affect("sadness", 0.9, confidence=0.6), 0.0).face == "sad"
    b.configure(core.replace(s, {"min_confidence": 0.8}))
    unsure = b.on_affect(affect("anger", 0.9, confidence=0.6), 1.0)
    assert "unsure" in unsure.reason and b.min_confidence == 0.8
    b.configure(core.replace(b.settings, {"min_consecutive": 3, "min_confidence": 0.3}))
    assert b.on_affect(affect("joy", 0.9), 2.0) is None and b.on_affect(affect("joy", 0.9), 2.1) is None
    assert b.on_affect(affect("joy", 0.9), 2.2).face == "excited"  # three in a row now
    b.configure(core.replace(b.settings, {"idle_after_s": 1.0}))
    assert b.tick(3.3).source == "idle"  # 1.1 s without affect
    with pytest.raises(ValueError, match="below"):
        core.replace(b.settings, {"min_consecutive": 0})
