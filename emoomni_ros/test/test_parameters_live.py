"""Parameters at run time, over DDS, on camera_perception in its own process: a live parameter
(``min_face_size``) set with the parameter service changes what the node does at once; a read-only
one (``classifier``) is refused with its reason and nothing changes."""

from __future__ import annotations

import pytest
from diagnostic_msgs.msg import DiagnosticArray
from rcl_interfaces.msg import Parameter, ParameterType, ParameterValue
from rcl_interfaces.srv import DescribeParameters, GetParameters, SetParameters
from sensor_msgs.msg import Image
from test_face_node import demo_frame, image_msg

from emoomni_msgs.msg import EmotionCue
from emoomni_ros.nodes import image_codec
from emoomni_ros.nodes.common import EVENT_QOS, SENSOR_QOS, call_service
from emoomni_ros.perception.face.analyzer import FaceConfig
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_values, send_until

pytestmark = pytest.mark.ros

NODE = "camera_perception"


def _set(probe: Probe, name: str, value: ParameterValue):
    client = probe.node.create_client(SetParameters, f"/{NODE}/set_parameters")
    assert client.wait_for_service(timeout_sec=60)
    request = SetParameters.Request(parameters=[Parameter(name=name, value=value)])
    return call_service(client, request).results[0]


def _get(probe: Probe, name: str) -> ParameterValue:
    client = probe.node.create_client(GetParameters, f"/{NODE}/get_parameters")
    assert client.wait_for_service(timeout_sec=60)
    return call_service(client, GetParameters.Request(names=[name])).values[0]


def test_a_live_parameter_takes_effect_and_a_read_only_one_is_refused():
    # Faces must be 4000 px tall to count: the demo face (about 250 px) is not detected.
    node = NodeProcess("emoomni_ros.nodes.camera_perception", name=NODE,
                       params={"processing_rate": 20.0, "min_face_size": 4000, "publish_debug_image": False})
    node.start()
    probe = Probe("live_parameters_probe")
    try:
        cues = probe.subscribe(EmotionCue, "emoomni/cues/face", EVENT_QOS)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        camera = probe.publisher(Image, "camera/image_raw", SENSOR_QOS)
        probe.wait_for_subscribers(camera, timeout=60)
        frame = image_msg(image_codec.encode(demo_frame(), "bgr8"), 1)

        def processed(n: int):
            return lambda a: int(diagnostic_values(a, NODE).get("frames_processed", 0)) >= n

        # the node reports once it is up (loading its models takes long on a loaded machine)
        diagnostics.wait_for(1, 120, lambda a: diagnostic_values(a, NODE) != {})
        send_until(camera, frame, diagnostics, processed(3), tries=600)
        assert diagnostic_values(diagnostics.messages[-1], NODE).get("face_cues_published", "0") == "0"
        assert not cues.messages

        refused = _set(probe, "classifier", ParameterValue(type=ParameterType.PARAMETER_STRING,
                                                           string_value="cnn"))
        assert not refused.successful and "read-only" in refused.reason, refused
        assert _get(probe, "classifier").string_value == FaceConfig.classifier
        describe = probe.node.create_client(DescribeParameters, f"/{NODE}/describe_parameters")
        assert describe.wait_for_service(timeout_sec=60)
        (classifier,) = call_service(describe, DescribeParameters.Request(names=["classifier"])).descriptors
        assert classifier.read_only and "read-only" in classifier.additional_constraints

        out_of_range = _set(probe, "min_face_size", ParameterValue(type=ParameterType.PARAMETER_INTEGER,
                                                                   integer_value=1))
        assert not out_of_range.successful, out_of_range

        applied = _set(probe, "min_face_size", ParameterValue(type=ParameterType.PARAMETER_INTEGER,
                                                              integer_value=48))
        assert applied.successful, applied.reason
        assert _get(probe, "min_face_size").integer_value == 48
        face_cues = send_until(camera, frame, cues)
        assert face_cues[0].modality == EmotionCue.MODALITY_FACE
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()[-3000:]
