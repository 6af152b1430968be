"""The gesture node in its own process: affect and replies in, GestureCommands out over DDS; bad
affect is dropped and counted in /diagnostics while the node keeps serving; a bad table is a clear
startup error."""

import pytest
from diagnostic_msgs.msg import DiagnosticArray
from std_msgs.msg import Bool

from emoomni_msgs.msg import AffectState, GestureCommand, SpeechInstruction
from emoomni_ros import labels
from emoomni_ros.datatypes import AffectState as Affect
from emoomni_ros.datatypes import SpeechInstruction as Instruction
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import EVENT_QOS, LATCHED_QOS
from emoomni_ros.testing import NodeProcess, Probe

pytestmark = pytest.mark.ros

MODULE = "emoomni_ros.nodes.gesture_behaviour"


def affect_msg(label: str, intensity: float = 0.9) -> AffectState:
    return convert.affect_to_msg(Affect(labels.one_hot(label), label, 0.0, 0.0, intensity, 0.9, person_id="face_7"))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    node = NodeProcess(MODULE, "gesture_behaviour", params={"min_hold_s": 0.0, "min_consecutive": 2,
                                                            "idle_after_s": 60.0},
                       log_dir=tmp_path_factory.mktemp("gesture")).start()
    probe = Probe("gesture_probe")
    yield node, probe
    probe.close()
    assert node.stop() == 0, node.output()


def test_affect_and_reply_drive_gestures(graph):
    node, probe = graph
    gestures = probe.subscribe(GestureCommand, "emoomni/gesture", EVENT_QOS)
    affect_pub = probe.publisher(AffectState, "emoomni/affect", EVENT_QOS)
    instruction_pub = probe.publisher(SpeechInstruction, "emoomni/speech_instruction", EVENT_QOS)
    speaking_pub = probe.publisher(Bool, "emoomni/is_speaking", LATCHED_QOS)
    for pub in (affect_pub, instruction_pub, speaking_pub):
        probe.wait_for_subscribers(pub)
    probe.wait_for_publishers("emoomni/gesture")

    def sad(m):
        return m.face_expression == "sad" and m.gesture == "open_palms_comfort"

    for _ in range(50):  # the node may still be matching our publisher: resend until it answers
        affect_pub.publish(affect_msg("sadness"))
        try:
            got = gestures.wait_for(1, timeout=0.3, predicate=sad)[0]
            break
        except TimeoutError:
            continue
    else:
        raise AssertionError(f"no sad gesture; got {[m.gesture for m in gestures.messages]}\n{node.output()}")
    assert got.person_id == "face_7" and "sadness" in got.reason and got.intensity == pytest.approx(0.9)

    instruction = convert.instruction_to_msg(Instruction("You did great.", emotion="joy", intensity=0.9), 0.0)
    instruction_pub.publish(instruction)
    talk = gestures.wait_for(1, predicate=lambda m: m.gesture == "talk_excited")[0]
    assert talk.face_expression == "excited" and "joy" in talk.reason

    speaking_pub.publish(Bool(data=True))
    speaking_pub.publish(Bool(data=False))
    gestures.wait_for(2, predicate=sad)  # the reply ended: back to reacting to the sad person


def test_bad_affect_is_dropped_and_counted(graph):
    node, probe = graph
    diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics")
    affect_pub = probe.publisher(AffectState, "emoomni/affect", EVENT_QOS)
    probe.wait_for_subscribers(affect_pub)
    bad = affect_msg("joy")
    bad.label = "ecstatic"  # not a core label
    affect_pub.publish(bad)

    def counted(array):
        return any(s.name == "emoomni: gesture_behaviour" and
                   any(v.key == "dropped_bad_affect" and int(v.value) >= 1 for v in s.values)
                   for s in array.status)

    diagnostics.wait_for(1, timeout=30, predicate=counted)
    assert node.alive and "ecstatic" in node.output()


def test_bad_table_is_a_clear_startup_error(tmp_path):
    table = tmp_path / "table.yaml"
    table.write_text("listening: {default: {gesture: wave, face: grinning}}\n")
    proc = NodeProcess(MODULE, "gesture_behaviour", params={"table_path": str(table)}, log_dir=tmp_path).start()
    Probe.wait_until(lambda: not proc.alive, timeout=60, what="the node to exit")
    assert proc.stop() == 1
    assert "cannot load the gesture table" in proc.output()


def test_live_threshold_is_set_and_the_table_path_is_refused(graph):
    from rcl_interfaces.srv import SetParameters
    from rclpy.parameter import Parameter

    from emoomni_ros.nodes.common import call_service

    node, probe = graph
    client = probe.node.create_client(SetParameters, "/gesture_behaviour/set_parameters")
    try:
        assert client.wait_for_service(timeout_sec=30)
        request = SetParameters.Request(parameters=[Parameter("table_path", value="/tmp/x.yaml").to_parameter_msg(),
                                                    Parameter("min_confidence", value=0.95).to_parameter_msg()])
        path, confidence = call_service(client, request).results  # each parameter is set on its own
        assert not path.successful and "read-only" in path.reason
        assert confidence.successful, confidence.reason
    finally:
        probe.node.destroy_client(client)

    gestures = probe.subscribe(GestureCommand, "emoomni/gesture", EVENT_QOS)
    affect_pub = probe.publisher(AffectState, "emoomni/affect", EVENT_QOS)
    probe.wait_for_subscribers(affect_pub)
    for _ in range(50):  # confidence 0.9 is now below min_confidence: the robot stays neutral
        affect_pub.publish(affect_msg("joy"))
        try:
            got = gestures.wait_for(1, timeout=0.3, predicate=lambda m: "unsure" in m.reason)[0]
            break
        except TimeoutError:
            continue
    else:
        raise AssertionError(f"no neutral gesture; got {[m.reason for m in gestures.messages]}\n{node.output()}")
    assert got.face_expression == "neutral" and node.alive
