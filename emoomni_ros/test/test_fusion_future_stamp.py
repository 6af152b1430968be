"""A cue stamped far in the future (a peer's broken clock, a hostile message) must not freeze the
affect: it counts as stale beyond a small clock-skew tolerance, in the core and in affect_fusion
over DDS. Before, one voice cue stamped in 2038 made every later AffectState read anger."""

from __future__ import annotations

import time

import pytest
from diagnostic_msgs.msg import DiagnosticArray

from emoomni_msgs.msg import AffectState as AffectStateMsg
from emoomni_msgs.msg import EmotionCue
from emoomni_ros import labels
from emoomni_ros.affect.fusion import CLOCK_SKEW_S, AffectFusion, FusionConfig, freshness
from emoomni_ros.datatypes import Cue
from emoomni_ros.nodes.common import EVENT_QOS
from emoomni_ros.nodes.convert import cue_to_msg
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_values

YEAR_2038 = 2_147_000_000.0


def speech(modality: str, label: str, end: float, utt: str, confidence: float = 0.8) -> Cue:
    dist = labels.one_hot(label) * confidence + (1 - confidence) / labels.NUM_LABELS
    return Cue(modality, dist, confidence, [f"sounds {label}"], stamp=end, window_start=end - 2.0, window_end=end,
               source="test", utterance_id=utt)


def face(label: str, t: float) -> Cue:
    dist = labels.one_hot(label) * 0.8 + 0.2 / labels.NUM_LABELS
    return Cue("face", dist, 0.8, ["face"], person_id="face_1", stamp=t, window_start=t, window_end=t, source="test")


def test_a_far_future_cue_is_stale_and_a_slightly_early_one_is_new():
    config = FusionConfig()
    now = 1000.0
    assert freshness(speech("voice", "anger", YEAR_2038, "u0"), now, config) == 0.0
    assert freshness(speech("voice", "anger", now + CLOCK_SKEW_S + 0.5, "u0"), now, config) == 0.0
    assert freshness(speech("voice", "anger", now + 0.5 * CLOCK_SKEW_S, "u0"), now, config) == 1.0


def test_a_future_cue_neither_outweighs_nor_outlasts_the_real_ones():
    fusion = AffectFusion()
    now = 1000.0
    assert fusion.add(speech("voice", "anger", YEAR_2038, "bad"), now) is False
    assert fusion.rejected_future == 1
    assert fusion.add(speech("voice", "joy", now, "u1"), now)
    assert [s.label for s in fusion.states(now)] == ["joy"]

    # Added without a clock (a caller that skips the check), it is still never used, and forget()
    # removes it so the next real cue is kept.
    fusion = AffectFusion()
    fusion.add(speech("voice", "anger", YEAR_2038, "bad"))
    fusion.add(face("anger", YEAR_2038))
    assert fusion.states(now) == []
    fusion.forget(now)
    fusion.add(speech("voice", "joy", now, "u1"))
    fusion.add(face("joy", now))
    states = fusion.states(now)
    assert [s.label for s in states] == ["joy"] and {c.modality for c in states[0].cues} == {"face", "voice"}


@pytest.mark.ros
def test_affect_fusion_over_dds_drops_a_2038_cue_and_follows_the_real_ones(tmp_path):
    node = NodeProcess("emoomni_ros.nodes.affect_fusion", "affect_fusion", {"rate_hz": 5.0}, log_dir=tmp_path).start()
    probe = Probe("future_stamp_probe")
    try:
        affect = probe.subscribe(AffectStateMsg, "emoomni/affect", EVENT_QOS)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        voice = probe.publisher(EmotionCue, "emoomni/cues/voice", EVENT_QOS)
        probe.wait_for_subscribers(voice, timeout=60)
        probe.wait_for_publishers("emoomni/affect", timeout=60)

        voice.publish(cue_to_msg(speech("voice", "anger", YEAR_2038, "u-2038", confidence=0.9)))
        diagnostics.wait_for(1, timeout=30, predicate=lambda a: int(diagnostic_values(a, "affect_fusion").get(
            "dropped_stale", 0)) >= 1)
        for i in range(3):  # later, real utterances: the affect follows them
            sent = time.time()
            voice.publish(cue_to_msg(speech("voice", "joy", sent, f"u{i}")))
            state = affect.wait_for(1, timeout=30, predicate=lambda m, i=i: any(
                c.utterance_id == f"u{i}" for c in m.cues))[0]
            assert state.label == "joy", state
        assert all(m.label != "anger" for m in affect.messages)
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()
