"""A fleet runs one graph per robot namespace. The profiles' sections are keyed ``/**/<node>``, so
a node started as ``/r1/affect_fusion`` keeps its profile (with bare ``affect_fusion:`` keys,
``namespace:=r1`` silently dropped the whole profile: a params file with ``rate_hz: 2.0`` gave 2 Hz
without a namespace and the 5 Hz default with one). Tested through the ``run`` bringup
(GraphSession), which starts the same node list and parameter files as the launch files."""

from __future__ import annotations

import pytest
import yaml
from rcl_interfaces.srv import GetParameters

from emoomni_ros import graph
from emoomni_ros.nodes.common import call_service
from emoomni_ros.testing import configure_ros_test_env

pytestmark = pytest.mark.ros


def parameter(node, fq_name: str, name: str):
    client = node.create_client(GetParameters, f"{fq_name}/get_parameters")
    assert client.wait_for_service(timeout_sec=60), f"{fq_name} offers no get_parameters"
    value = call_service(client, GetParameters.Request(names=[name])).values[0]
    return {1: value.bool_value, 2: value.integer_value, 3: value.double_value, 4: value.string_value}[value.type]


def test_a_namespaced_graph_keeps_its_profile(tmp_path):
    from emoomni_ros.bringup.session import GraphSession

    configure_ros_test_env()
    profile = yaml.safe_load(graph.profile_path("cpu").read_text()) or {}  # overrides only: may be empty

    def section(node: str) -> dict:
        return profile.setdefault(graph.params_key(node), {}).setdefault("ros__parameters", {})

    section("affect_fusion")["rate_hz"] = 2.0
    section("camera_perception")["processing_rate"] = 4.0
    section("transcript_perception")["context_turns"] = 3
    path = tmp_path / "robot.yaml"
    path.write_text(yaml.safe_dump(profile))
    with GraphSession(tmp_path / "run", path, "perception", {"mic_perception": {"source": "topic",
                                                                                 "asr_enabled": False}},
                      log=lambda line: None, namespace="r1") as session:
        session.start(240.0)
        names = set(session.recorder.get_node_names_and_namespaces())
        assert {(s.name, "/r1") for s in graph.nodes_in("perception")} <= names
        assert parameter(session.recorder, "/r1/affect_fusion", "rate_hz") == 2.0
        assert parameter(session.recorder, "/r1/camera_perception", "processing_rate") == 4.0
        assert parameter(session.recorder, "/r1/transcript_perception", "context_turns") == 3
        assert parameter(session.recorder, "/r1/mic_perception", "asr_enabled") is False  # the overrides too
    codes = session.supervisor.stop()
    assert all(code == 0 for code in codes.values()), codes
