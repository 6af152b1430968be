"""The whole graph as users run it: every node of ``graph.NODES`` in its own process over DDS.

- ``python3 -m emoomni_ros run --demo`` (what ``make demo`` runs) answers the bundled sample and
  writes the four E-CoT parts, the instruction, a non-silent reply and the stage timings;
- every parameter that the cpu and gpu profiles set is declared by its node (a typo in a YAML
  would otherwise be ignored silently by rclpy), and each node declares exactly the parameters of
  its settings class (``graph.NodeSpec.settings``);
- a node killed during ``run`` is reported by name and the run exits non-zero.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from emoomni_ros import graph, settings
from emoomni_ros.bringup import demo_sample
from emoomni_ros.testing import configure_ros_test_env, declared_parameters, process_alive

pytestmark = pytest.mark.ros

EXIT_NODE_DIED = 3
ROS_OWN = {"use_sim_time", "start_type_description_service"}  # declared by rclpy itself


def run_cmd(out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "emoomni_ros", "run", "--out", str(out), *extra]


def test_demo_answers_the_sample_and_writes_every_file(tmp_path):
    configure_ros_test_env()
    out = tmp_path / "demo"
    proc = subprocess.run(run_cmd(out, "--demo"), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for name in ("1. Emotion analysis", "2. User intent", "3. Response strategy", "4. Response", "Latency"):
        assert name in proc.stdout, proc.stdout
    reasoning = json.loads((out / "reasoning.json").read_text())
    for part in ("emotion_analysis", "user_intent", "response_strategy", "response", "voice_instruction"):
        assert len(reasoning[part]) > 10, (part, reasoning)
    assert reasoning["utterance"].lower().startswith("i got the job"), reasoning["utterance"]
    modalities = {cue["modality"] for cue in reasoning["affect"]["cues"]}
    assert {"face", "voice", "text"} <= modalities, reasoning["affect"]
    instruction = json.loads((out / "instruction.json").read_text())
    assert instruction["text"] and instruction["voice_instruction"]
    reply, rate = soundfile.read(str(out / "reply.wav"), dtype="float32")
    assert len(reply) / rate > 1.0 and float(np.sqrt(np.mean(reply ** 2))) > 0.01
    timings = json.loads((out / "timings.json").read_text())
    assert timings["e2e_ms"] is not None and timings["e2e_ms"] > 0
    assert {"asr", "reasoning", "tts_first_chunk"} <= set(timings["stages_ms"])
    assert len(list((out / "logs").glob("*.log"))) == len(graph.NODES) + 1  # and the media player


def test_every_profile_parameter_is_declared_by_its_node(tmp_path):
    from emoomni_ros.bringup.session import GraphSession

    configure_ros_test_env()
    wanted = {spec.name: set() for spec in graph.NODES}
    for profile in graph.PROFILES:
        for name, section in graph.profile_sections(profile).items():
            wanted[name] |= set(section)
    with GraphSession(tmp_path, "cpu", "full", log=lambda line: None) as session:
        session.start(240.0)
        declared = {name: declared_parameters(session.recorder, name, 30.0) for name in wanted}
    undeclared = {name: sorted(keys - declared[name]) for name, keys in wanted.items()}
    assert not {n: k for n, k in undeclared.items() if k}, undeclared
    # ...and each node declares exactly its settings class's parameters (and rclpy's own).
    for spec in graph.NODES:
        from_settings = {p.name for p in settings.parameters(spec.settings_class())}
        own = {n for n in declared[spec.name] if n not in ROS_OWN and not n.startswith("qos_overrides.")}
        assert own == from_settings, (spec.name, sorted(own ^ from_settings))


def test_a_node_killed_during_run_is_reported_and_the_run_fails(tmp_path):
    configure_ros_test_env()
    long_wav = tmp_path / "long.wav"  # 60 s of silence: the run is still waiting when the node dies
    soundfile.write(str(long_wav), np.zeros(60 * demo_sample.SAMPLE_RATE, np.float32), demo_sample.SAMPLE_RATE)
    out = tmp_path / "run"
    proc = subprocess.Popen(run_cmd(out, "--image", str(demo_sample.DEMO_IMAGE), "--audio", str(long_wav)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        ready = ""
        while "graph ready" not in ready:  # the run prints this once every node is up
            line = proc.stdout.readline()
            assert line, f"run ended before the graph was ready: {proc.stderr.read()[-3000:]}"
            ready = line
        pids = json.loads((out / "logs" / "processes.json").read_text())
        os.kill(pids["affect_fusion"], signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    assert proc.returncode == EXIT_NODE_DIED, stdout[-2000:] + stderr[-2000:]
    assert "affect_fusion" in stderr and "SIGKILL" in stderr, stderr
    deadline = time.monotonic() + 10
    while any(process_alive(pid) for name, pid in pids.items() if name != "supervisor") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [n for n, pid in pids.items() if n != "supervisor" and process_alive(pid)], "nodes left running"


def test_ctrl_c_twice_stops_every_node_cleanly(tmp_path):
    """A terminal's Ctrl-C pressed again while `run` stops the nodes: the second interrupt used to
    land in the middle of the shutdown; now `run` exits 130 and every node exits 0."""
    configure_ros_test_env()
    long_wav = tmp_path / "long.wav"
    soundfile.write(str(long_wav), np.zeros(60 * demo_sample.SAMPLE_RATE, np.float32), demo_sample.SAMPLE_RATE)
    out = tmp_path / "run"
    proc = subprocess.Popen(run_cmd(out, "--image", str(demo_sample.DEMO_IMAGE), "--audio", str(long_wav)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        ready = ""
        while "graph ready" not in ready:
            line = proc.stdout.readline()
            assert line, f"run ended before the graph was ready: {proc.stderr.read()[-3000:]}"
            ready = line
        pids = json.loads((out / "logs" / "processes.json").read_text())
        proc.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 3.0
        while proc.poll() is None and time.monotonic() < deadline:
            proc.send_signal(signal.SIGINT)
            time.sleep(0.05)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    assert proc.returncode == 130, stdout[-2000:] + stderr[-2000:]
    assert "not a clean exit" not in stderr and "Traceback" not in stderr, stderr
    assert not [n for n, pid in pids.items() if n != "supervisor" and process_alive(pid)], "nodes left running"
