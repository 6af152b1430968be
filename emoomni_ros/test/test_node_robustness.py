"""What a broken or hostile peer, or a terminal, can do to a node, each node in its own OS process
over DDS: a callback that raises is reported and the node keeps running; a lifecycle transition the
node's state does not offer is refused, not fatal; repeated SIGINT and SIGTERM end every node with
exit code 0 and no traceback."""

from __future__ import annotations

import signal
import threading
import time

import pytest
from diagnostic_msgs.msg import DiagnosticArray
from lifecycle_msgs.msg import Transition
from lifecycle_msgs.srv import ChangeState, GetState

from emoomni_ros.nodes import common
from emoomni_ros.testing import NodeProcess, Probe, configure_ros_test_env, diagnostic_status, diagnostic_values

pytestmark = pytest.mark.ros


def wait_up(probe: Probe, diagnostics, name: str, timeout: float = 90.0) -> None:
    diagnostics.wait_for(1, timeout=timeout, predicate=lambda a: diagnostic_status(a, name) is not None)


def test_a_failing_callback_is_counted_and_the_node_keeps_running():
    """rclpy re-raises a callback's exception from spin(); common.run used to let it end the process."""
    import rclpy
    from rclpy.executors import MultiThreadedExecutor

    configure_ros_test_env()
    context = rclpy.Context()
    rclpy.init(context=context)
    node = rclpy.create_node("failing_callback", context=context)
    diag = common.Diagnostics(node)
    calls, recovered = [], threading.Event()

    def tick() -> None:
        calls.append(1)
        if len(calls) <= 3:
            raise ValueError(f"bad input {len(calls)}")
        recovered.set()

    node.create_timer(0.02, tick)
    executor = MultiThreadedExecutor(num_threads=2, context=context)
    executor.add_node(node)
    thread = threading.Thread(target=common.spin, args=(node, executor), daemon=True)
    thread.start()
    try:
        assert recovered.wait(20), f"spinning stopped after {len(calls)} calls"
        assert diag.counters["callback_errors"] == 3
        assert "ValueError: bad input 3" in diag.values["last_callback_error"]
    finally:
        executor.shutdown(timeout_sec=1.0)
        context.try_shutdown()
        thread.join(5)
        node.destroy_node()
    assert not thread.is_alive()


LIFECYCLE_NODES = [
    ("ecot_reasoning", "emoomni_ros.nodes.ecot_reasoning", {"backend": "embedded"}),
    ("mic_perception", "emoomni_ros.nodes.mic_perception", {"source": "topic", "asr_enabled": False}),
]


@pytest.mark.parametrize("name,module,params", LIFECYCLE_NODES, ids=[n for n, _, _ in LIFECYCLE_NODES])
def test_invalid_lifecycle_transitions_are_refused_and_the_node_lives(name, module, params, tmp_path):
    """ChangeState "configure" on an active node raised RCLError in the service callback: FATAL, exit 1
    (ros2/rclpy#1209). Now every request a peer can send gets an answer and the node stays active."""
    node = NodeProcess(module, name, params, log_dir=tmp_path).start()
    probe = Probe(f"{name}_transition_probe")
    try:
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        get_state = probe.node.create_client(GetState, f"/{name}/get_state")
        change = probe.node.create_client(ChangeState, f"/{name}/change_state")
        assert change.wait_for_service(timeout_sec=90) and get_state.wait_for_service(timeout_sec=30)
        probe.wait_until(lambda: common.call_service(get_state, GetState.Request()).current_state.label == "active",
                         90, "the node to be active")

        def request(transition_id: int = 0, label: str = "") -> bool:
            req = ChangeState.Request()
            req.transition = Transition(id=transition_id, label=label)
            return common.call_service(change, req).success

        assert request(Transition.TRANSITION_CONFIGURE) is False  # by id, as lifecycle managers send it
        assert request(label="configure") is False
        assert request(Transition.TRANSITION_CLEANUP) is False
        assert request(200) is False  # no such transition at all
        assert node.alive, node.output()
        assert common.call_service(get_state, GetState.Request()).current_state.label == "active"
        diagnostics.wait_for(1, timeout=30, predicate=lambda a: int(diagnostic_values(a, name).get(
            "refused_transitions", 0)) >= 4)
        # valid transitions still work
        assert request(Transition.TRANSITION_DEACTIVATE) is True
        assert request(Transition.TRANSITION_ACTIVATE) is True
        assert common.call_service(get_state, GetState.Request()).current_state.label == "active"
        assert "refused lifecycle transition '1' in state 'active'" in node.output()
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()


SHUTDOWNS = [
    ("affect_fusion", "emoomni_ros.nodes.affect_fusion", {}, "sigint_storm"),
    ("ecot_reasoning", "emoomni_ros.nodes.ecot_reasoning", {"backend": "embedded"}, "sigint_storm"),
    ("mic_perception", "emoomni_ros.nodes.mic_perception", {"source": "topic", "asr_enabled": False}, "sigterm"),
    ("camera_perception", "emoomni_ros.nodes.camera_perception", {}, "sigint_then_sigterm"),
]


def signal_storm(proc) -> None:
    """The terminal's and launch's SIGINT, and more, while the process shuts down."""
    proc.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 2.0
    while proc.poll() is None and time.monotonic() < deadline:
        proc.send_signal(signal.SIGINT)
        time.sleep(0.005)


@pytest.mark.parametrize("name,module,params,how", SHUTDOWNS, ids=[f"{n}-{h}" for n, _, _, h in SHUTDOWNS])
def test_repeated_sigint_and_sigterm_exit_cleanly(name, module, params, how, tmp_path):
    """ros2 launch forwards a terminal's Ctrl-C, so each node gets SIGINT twice (then SIGTERM if it is
    slow); the second one landed in destroy_node and the node "died with exit code -2"."""
    node = NodeProcess(module, name, params, log_dir=tmp_path).start()
    probe = Probe(f"{name}_signal_probe")
    try:
        wait_up(probe, probe.subscribe(DiagnosticArray, "/diagnostics", 10), name)
    finally:
        probe.close()
    proc = node.proc
    if how == "sigint_storm":
        signal_storm(proc)
    elif how == "sigterm":
        proc.send_signal(signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGINT)
        time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
    code = node.stop(timeout=30)
    output = node.output()
    assert code == 0, output
    assert "Traceback" not in output and "never retrieved" not in output, output


def test_the_media_player_stops_cleanly_under_a_sigint_storm(tmp_path):
    """The player's threads asked a shut-down context for subscriber counts (RCLError tracebacks)
    and a second SIGINT landed in destroy_node (exit -2)."""
    from emoomni_ros.bringup import demo_sample

    player = NodeProcess("emoomni_ros.bringup.player_node", "media_player", log_dir=tmp_path)
    player.argv[3:3] = ["--image", str(demo_sample.DEMO_IMAGE), "--audio", str(demo_sample.DEMO_AUDIO), "--wait-reply"]
    player.start()
    probe = Probe("player_signal_probe")
    try:
        probe.wait_for_publishers("/emoomni/audio_in", timeout=60)
    finally:
        probe.close()
    signal_storm(player.proc)
    code = player.stop(timeout=30)
    output = player.output()
    assert code == 0, output
    assert "Traceback" not in output and "RCLError" not in output, output
