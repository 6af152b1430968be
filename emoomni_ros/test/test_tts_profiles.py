"""The actor nodes start with their sections of the cpu and gpu profiles: every parameter there is
declared, and on a machine without the GPU model the TTS node falls back to espeak and still speaks."""

import pytest

from emoomni_msgs.action import Say
from emoomni_ros import graph
from emoomni_ros.testing import NodeProcess, Probe, declared_parameters

pytestmark = pytest.mark.ros


def _params(profile, node):
    return graph.profile_sections(profile).get(node, {})  # overrides only: none where the defaults fit


@pytest.mark.parametrize("node_name,module", [("expressive_tts", "emoomni_ros.nodes.expressive_tts"),
                                              ("speech_director", "emoomni_ros.nodes.speech_director")])
def test_profile_parameters_are_declared(node_name, module, tmp_path):
    wanted = set(_params("cpu", node_name)) | set(_params("gpu", node_name))
    with NodeProcess(module, node_name, params=_params("cpu", node_name), log_dir=tmp_path) as node:
        probe = Probe(f"{node_name}_params_probe")
        try:
            declared = declared_parameters(probe.node, node_name)
        finally:
            probe.close()
        assert node.alive, node.output()
    assert wanted <= declared, wanted - declared


def test_gpu_profile_without_the_model_falls_back_to_espeak(tmp_path):
    params = _params("gpu", "expressive_tts")
    params["instruct_model_path"] = str(tmp_path / "no-model-here")
    with NodeProcess("emoomni_ros.nodes.expressive_tts", "expressive_tts", params=params, log_dir=tmp_path) as node:
        probe = Probe("tts_fallback_probe")
        client = probe.action_client(Say, "emoomni/say")
        try:
            assert client.wait_for_server(timeout_sec=60), node.output()
            future = client.send_goal_async(Say.Goal(text="Still here."))
            probe.wait_until(future.done, 30, "goal accepted")
            result_future = future.result().get_result_async()
            probe.wait_until(result_future.done, 60, "result")
            result = result_future.result().result
        finally:
            client.destroy()
            probe.close()
        assert result.success and result.backend == "espeak", result.message
        assert "no instruct-TTS model at" in node.output() and "fallback" in node.output()
