"""Every EmoOmni message type (and the goal/result/feedback of each action) filled in this
process arrives intact in another OS process and back over DDS, every field compared."""

import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from message_fill import as_dict, filled, leaves

from emoomni_ros.testing import Probe

HERE = Path(__file__).parent
MESSAGES = ["EmotionCue", "AffectState", "EmotionalReasoning", "SpeechInstruction", "AudioChunk", "Transcript",
            "GestureCommand"]
ACTIONS = {"Say": ["Goal", "Result", "Feedback"], "Reason": ["Goal", "Result", "Feedback"]}
TYPES = [f"emoomni_msgs/{m}" for m in MESSAGES]
ACTION_TYPES = [(a, part) for a, parts in ACTIONS.items() for part in parts]


@pytest.fixture(scope="module")
def echo(tmp_path_factory):
    env = dict(os.environ, PYTHONPATH=f"{HERE}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    log_path = tmp_path_factory.mktemp("roundtrip") / "echo.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, str(HERE / "echo_process.py"), *TYPES,
                                 *[f"emoomni_msgs/{a}.{p}" for a, p in ACTION_TYPES]],
                                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    probe = Probe("roundtrip_probe")
    yield probe
    probe.close()
    assert proc.poll() is None, f"the echo process died during the tests:\n{log_path.read_text(errors='replace')}"
    _stop(proc, log_path)


def _stop(proc: subprocess.Popen, log_path: Path) -> None:
    """SIGINT (rclpy's clean shutdown). The echo is a test helper, so a DDS teardown that hangs on a
    loaded machine is reported as a warning with the helper's stacks, not as a failed round trip."""
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGUSR1)  # faulthandler in the echo dumps its Python stacks to the log
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)
        warnings.warn(f"echo process hung on shutdown and was killed:\n{log_path.read_text(errors='replace')}",
                      stacklevel=1)
        return
    assert code == 0, f"echo process exited {code}:\n{log_path.read_text(errors='replace')}"


def _roundtrip(probe: Probe, msg_class: type, topic: str) -> None:
    sent = filled(msg_class())
    flat = leaves(as_dict(sent))
    empty = [path for path, value in flat if value in (0, 0.0, "", [], False, None)]
    assert not empty, f"filler left fields at their default: {empty}"
    inbox = probe.subscribe(msg_class, topic + "/echo")
    pub = probe.publisher(msg_class, topic)
    probe.wait_for_subscribers(pub)
    probe.wait_for_publishers(topic + "/echo")
    # A reliable publisher with a matched subscriber delivers; re-publish only to cover the echo's
    # own subscription still completing discovery with us.
    for _ in range(100):
        pub.publish(sent)
        try:
            received = inbox.wait_for(1, timeout=0.2)[0]
            break
        except TimeoutError:
            continue
    else:
        raise AssertionError(f"{topic}: nothing came back")
    assert as_dict(received) == as_dict(sent)


@pytest.mark.parametrize("name", MESSAGES)
def test_message_round_trips_between_processes(echo, name):
    from emoomni_msgs import msg

    _roundtrip(echo, getattr(msg, name), f"roundtrip/emoomni_msgs_{name}")


@pytest.mark.parametrize("action,part", ACTION_TYPES)
def test_action_parts_round_trip_between_processes(echo, action, part):
    from emoomni_msgs import action as actions

    msg_class = getattr(getattr(actions, action), part)
    _roundtrip(echo, msg_class, f"roundtrip/emoomni_msgs_{action}_{part}")
