"""affect_fusion in its own OS process over DDS: a text cue that carries fine-grained feelings and
a safety concern gives an AffectState with both, the concern is published once per utterance on
emoomni/concern (reliable) as the fused person's, and counted in /diagnostics; a perception node
that stops is reported."""

import pytest
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus

from emoomni_msgs.msg import AffectState, Concern, EmotionCue
from emoomni_ros import labels
from emoomni_ros.datatypes import Concern as ConcernData
from emoomni_ros.datatypes import Cue
from emoomni_ros.nodes.common import EVENT_QOS
from emoomni_ros.nodes.convert import cue_to_msg
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_status, diagnostic_values

pytestmark = pytest.mark.ros

NODE = "affect_fusion"


def text_cue(uid: str, stamp: float, concern: ConcernData | None) -> EmotionCue:
    dist = labels.one_hot("sadness") * 0.7 + 0.3 / labels.NUM_LABELS
    return cue_to_msg(Cue("text", dist, 0.7, ["text model: sadness 0.74"], stamp=stamp, window_start=stamp - 2,
                          window_end=stamp, utterance_id=uid, feelings=[("grief", 0.6), ("loneliness", 0.2)],
                          concern=concern))


def test_feelings_and_a_concern_reach_the_affect_and_the_concern_topic():
    node = NodeProcess("emoomni_ros.nodes.affect_fusion", name=NODE, params={"rate_hz": 2.0, "publish_idle": False})
    node.start()
    probe = Probe("fusion_node_probe")
    try:
        affects = probe.subscribe(AffectState, "emoomni/affect", EVENT_QOS)
        concerns = probe.subscribe(Concern, "emoomni/concern", EVENT_QOS)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        pub = probe.publisher(EmotionCue, "emoomni/cues/text", EVENT_QOS)
        probe.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_publishers("emoomni/concern", timeout=30)
        now = probe.node.get_clock().now().nanoseconds * 1e-9

        pub.publish(text_cue("calm", now, None))
        calm = affects.wait_for(1, timeout=30, predicate=lambda m: any(c.utterance_id == "calm" for c in m.cues))[0]
        assert calm.concern.level == Concern.LEVEL_NONE and calm.concern.kind == ""
        assert [f.name for f in calm.feelings] == ["grief", "loneliness"]
        assert calm.feelings[0].label == "sadness" and calm.feelings[0].score == pytest.approx(0.6, abs=1e-6)

        raised = ConcernData("self_harm", "urgent", 0.9, ["says 'thinking about ending it all' (suicidal thoughts)"],
                             utterance_id="risk")
        pub.publish(text_cue("risk", now + 1.0, raised))
        got = concerns.wait_for(1, timeout=30)[0]
        assert got.kind == Concern.KIND_SELF_HARM and got.level == Concern.LEVEL_URGENT
        assert got.utterance_id == "risk" and got.person_id == "anonymous_speaker"
        assert "suicidal" in got.evidence[0]
        state = affects.wait_for(1, timeout=30, predicate=lambda m: m.concern.level == Concern.LEVEL_URGENT)[0]
        assert state.concern.kind == "self_harm" and state.label == "sadness"

        # the state keeps carrying it on every tick, but the concern topic raises it once
        affects.wait_for(3, timeout=30, predicate=lambda m: m.concern.utterance_id == "risk")

        def counted(array):
            status = diagnostic_status(array, NODE)
            return status is not None and diagnostic_values(array, NODE).get("concerns_raised") == "1"

        array = diagnostics.wait_for(1, timeout=30, predicate=counted)[0]
        assert diagnostic_values(array, NODE)["concerns_self_harm"] == "1"
        assert len(concerns.messages) == 1
    finally:
        probe.close()
        code = node.stop()
        assert code == 0, node.output()[-3000:]


def test_a_perception_node_that_stops_is_reported():
    """A cue topic whose publishers are all gone turns affect_fusion's /diagnostics to WARN, naming it
    (before: nothing said that the voice perception had died); a new publisher clears it."""
    node = NodeProcess("emoomni_ros.nodes.affect_fusion", name=NODE, params={"publish_idle": False})
    node.start()
    probe = Probe("fusion_peer_probe")
    voice = Probe("fusion_peer_voice")
    try:
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        affects = probe.subscribe(AffectState, "emoomni/affect", EVENT_QOS)
        pub = voice.publisher(EmotionCue, "emoomni/cues/voice", EVENT_QOS)
        voice.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_publishers("emoomni/affect", timeout=60)
        now = probe.node.get_clock().now().nanoseconds * 1e-9
        dist = labels.one_hot("fear") * 0.7 + 0.3 / labels.NUM_LABELS
        pub.publish(cue_to_msg(Cue("voice", dist, 0.7, ["pitch trembling"], stamp=now, window_start=now - 2,
                                   window_end=now, utterance_id="v1")))
        affects.wait_for(1, timeout=30, predicate=lambda m: any(c.utterance_id == "v1" for c in m.cues))
        first = len(diagnostics.messages)
        diagnostics.wait_for(first + 2, timeout=30)  # two more 1 Hz reports: the watch has seen the voice
        status = diagnostic_status(diagnostics.messages[-1], NODE)
        assert status.level == DiagnosticStatus.OK, status
        voice.close()  # the voice perception stops

        def warned(array):
            status = diagnostic_status(array, NODE)
            return status is not None and "no publisher left on emoomni/cues/voice" in status.message

        array = diagnostics.wait_for(1, timeout=30, predicate=warned)[-1]
        assert diagnostic_values(array, NODE)["lost_inputs"] == "emoomni/cues/voice"
        again = Probe("fusion_peer_voice_again")
        try:
            again.publisher(EmotionCue, "emoomni/cues/voice", EVENT_QOS)
            diagnostics.wait_for(1, timeout=30, predicate=lambda a: diagnostic_status(a, NODE) is not None
                                 and diagnostic_status(a, NODE).message == "fusing")
        finally:
            again.close()
    finally:
        probe.close()
        code = node.stop()
        assert code == 0, node.output()[-3000:]


def test_live_parameters_take_effect_and_a_bad_value_is_refused():
    """``ros2 param set`` on affect_fusion: publish_idle turned on starts the neutral idle states at
    once; a value out of range is refused with its reason and nothing changes."""
    from rcl_interfaces.msg import Parameter, ParameterType, ParameterValue
    from rcl_interfaces.srv import SetParameters

    from emoomni_ros.nodes.common import call_service

    node = NodeProcess("emoomni_ros.nodes.affect_fusion", name=NODE, params={"rate_hz": 10.0, "publish_idle": False})
    node.start()
    probe = Probe("fusion_live_probe")
    try:
        affects = probe.subscribe(AffectState, "emoomni/affect", EVENT_QOS)
        client = probe.node.create_client(SetParameters, f"/{NODE}/set_parameters")
        assert client.wait_for_service(timeout_sec=60)

        def set_(name, value):
            request = SetParameters.Request(parameters=[Parameter(name=name, value=value)])
            return call_service(client, request).results[0]

        probe.wait_for_publishers("emoomni/affect", timeout=60)
        refused = set_("leak_confidence", ParameterValue(type=ParameterType.PARAMETER_DOUBLE, double_value=1.5))
        assert not refused.successful and "1.5" in refused.reason, refused
        assert not affects.messages  # nothing fresh, idle states off
        applied = set_("publish_idle", ParameterValue(type=ParameterType.PARAMETER_BOOL, bool_value=True))
        assert applied.successful, applied.reason
        idle = affects.wait_for(2, timeout=30)
        assert idle[0].label == "neutral" and idle[0].confidence == 0.0
    finally:
        probe.close()
        code = node.stop()
        assert code == 0, node.output()[-3000:]
