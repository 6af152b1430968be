"""The echo gate (perception/voice/echo.py): the robot's own output, heard back by its microphone, is
removed while a person speaking over it comes through, so barge-in can work."""

import numpy as np
import pytest
from voice_samples import espeak_16k, needs_espeak

from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice.echo import EchoGate, EchoGateConfig

RATE = 16000
CHUNK = 1600  # 100 ms


def run_gate(gate, playback, mic, t0=100.0):
    """Feeds the playback as the reference and the microphone through the gate, in 100 ms chunks;
    returns the gated audio and the per-chunk results."""
    out, results = [], []
    for i in range(0, mic.size, CHUNK):
        t = t0 + i / RATE
        gate.reference(playback[i : i + CHUNK], RATE, t)
        result = gate(mic[i : i + CHUNK], t)
        out.append(result.samples)
        results.append(result)
    return np.concatenate(out), results


@pytest.fixture(scope="module")
def voices(tmp_path_factory):
    folder = tmp_path_factory.mktemp("echo")
    robot = espeak_16k(folder, "This is sentence number one of a long reply that takes a while to say. "
                       "And here is the second sentence of it, which goes on for a while.", "robot")
    person = espeak_16k(folder, "Wait, stop, I have to tell you something important right now.", "person",
                        "-v", "en+f3")
    return robot, person


@needs_espeak
def test_the_robots_echo_is_removed_and_a_person_over_it_comes_through(voices):
    robot, person = voices
    delay = int(0.04 * RATE)
    noise = 1e-3 * np.random.default_rng(0).standard_normal(robot.size).astype(np.float32)
    echo = 0.3 * np.concatenate([np.zeros(delay, np.float32), robot[:-delay]]) + noise
    gate = EchoGate()

    # echo only: (almost) nothing passes, and the coupling is measured (0.3 is -10.5 dB)
    gated, results = run_gate(gate, robot, echo)
    assert sum(r.voice_blocks for r in results) <= 5
    assert all(r.reference for r in results)
    assert audio.rms(gated) < 0.15 * audio.rms(echo)
    assert -14.0 < gate.coupling_db < -7.0, gate.coupling_db

    # the person speaks over the robot at twice its level (16 dB above the echo): most of the first
    # second of their speech (what barge-in needs) comes through
    mic = echo.copy()
    n = min(person.size, mic.size)
    mic[:n] += person[:n] * 2.0 * audio.rms(robot) / max(audio.rms(person), 1e-6)
    gated, results = run_gate(gate, robot, mic, t0=200.0)
    first = slice(0, RATE)
    speech = np.abs(person[first]) > 0.05 * np.abs(person).max()
    assert np.mean(gated[first][speech] != 0) > 0.6, np.mean(gated[first][speech] != 0)
    assert sum(r.voice_blocks for r in results) > 30


def test_without_reference_audio_the_gate_says_so():
    gate = EchoGate()
    result = gate(np.full(1600, 0.2, np.float32), 10.0)
    assert not result.reference and result.voice_blocks == 0 and np.all(result.samples == 0.2)
    gate.reference(np.zeros(1600, np.float32), RATE, 10.0)  # the robot is silent: nothing to remove
    result = gate(np.full(1600, 0.2, np.float32), 10.05)
    assert result.reference and result.echo_blocks == 0 and np.all(result.samples == 0.2)
    with pytest.raises(ValueError):
        EchoGateConfig(margin_db=-1.0)
