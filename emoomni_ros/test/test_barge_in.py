"""Barge-in with the shipped profile, mic_perception and expressive_tts each in its own OS process
over DDS. The microphone hears the robot's reply (its own TTS audio, attenuated: the echo) and
then a person speaking over it. Before, ``ignore_while_robot_speaks`` discarded all of it: 5 s of
speech over a reply gave 0 barge-ins and user_speaking never turned true. Now the echo alone
does not interrupt the robot, the person does."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from diagnostic_msgs.msg import DiagnosticArray
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool
from voice_samples import ESPEAK, espeak_16k

from emoomni_msgs.msg import AudioChunk
from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
from emoomni_ros import graph
from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_from_msg, audio_to_msg, from_time, instruction_to_msg
from emoomni_ros.perception.voice import audio
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_values

pytestmark = [pytest.mark.ros, pytest.mark.skipif(ESPEAK is None, reason="espeak-ng not installed")]

REPLY = " ".join(f"This is sentence number {n} of a long reply that takes a while to say." for n in range(1, 9))
ECHO_GAIN = 0.3  # the room: the microphone hears the speaker 10 dB down
AUDIO_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=200, reliability=ReliabilityPolicy.RELIABLE)


class Room:
    """Turns each TTS chunk into what the microphone hears at the same time: the echo, plus the
    person's voice once they start talking."""

    def __init__(self, mic, person: np.ndarray):
        self.mic, self.person = mic, person
        self.talking = threading.Event()
        self.person_at = 0
        self.robot_chunks = 0
        self.lock = threading.Lock()

    def __call__(self, msg: AudioChunk) -> None:
        robot = audio.resample(audio_from_msg(msg), msg.sample_rate)
        heard = ECHO_GAIN * robot
        with self.lock:
            self.robot_chunks += 1
            if self.talking.is_set():
                part = self.person[self.person_at : self.person_at + heard.size]
                heard[: part.size] += part
                self.person_at += part.size
        self.mic.publish(audio_to_msg(np.clip(heard, -1, 1), audio.TARGET_RATE, from_time(msg.header.stamp),
                                      sequence=msg.sequence))


def _what_was_seen(room, speaking, user, diagnostics) -> str:
    last = {}
    for array in diagnostics.messages if diagnostics else []:
        for node in ("mic_perception", "expressive_tts"):
            values = diagnostic_values(array, node)
            if values:
                last[node] = values
    return (f"robot chunks {room.robot_chunks if room else None}, "
            f"is_speaking {[m.data for m in speaking.messages] if speaking else None}, "
            f"user_speaking {[m.data for m in user.messages] if user else None}\nlast diagnostics {last}")


def test_a_person_interrupts_the_robot_with_the_shipped_profile(tmp_path):
    profile = graph.profile_path("cpu")
    mic = NodeProcess("emoomni_ros.nodes.mic_perception", "mic_perception", {"source": "topic", "asr_enabled": False},
                      log_dir=tmp_path, params_files=[profile]).start()
    tts = NodeProcess("emoomni_ros.nodes.expressive_tts", "expressive_tts", log_dir=tmp_path,
                      params_files=[profile]).start()
    person = espeak_16k(tmp_path, "Wait, stop, please stop, I have to tell you something important right now.",
                        "person", "-v", "en+f3")
    probe = Probe("barge_in_probe")
    room = speaking = user = diagnostics = None
    try:
        mic_pub = probe.publisher(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
        instruction = probe.publisher(SpeechInstructionMsg, "emoomni/speech_instruction", common.EVENT_QOS)
        speaking = probe.subscribe(Bool, "emoomni/is_speaking", common.LATCHED_QOS)
        user = probe.subscribe(Bool, "emoomni/user_speaking", common.LATCHED_QOS)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        probe.wait_for_subscribers(mic_pub, timeout=90)
        probe.wait_for_subscribers(instruction, timeout=90)
        probe.wait_for_publishers("/emoomni/user_speaking", timeout=90)
        user.wait_for(1, timeout=90)  # the mic is active (latched false)
        # At the microphone the person is twice as loud as the robot's playback, 16 dB above its echo.
        robot_level = audio.rms(espeak_16k(tmp_path, REPLY[:70], "robot"))
        room = Room(mic_pub, (person * 2.0 * robot_level / max(audio.rms(person), 1e-6)).astype(np.float32))
        probe.node.create_subscription(AudioChunk, "emoomni/tts/audio", room, AUDIO_QOS)
        probe.wait_until(lambda: probe.node.count_publishers("/emoomni/tts/audio") > 0, 60, "the TTS audio")

        instruction.publish(instruction_to_msg(SpeechInstruction(text=REPLY, utterance_id="reply"), 0.0))
        speaking.wait_for(1, timeout=60, predicate=lambda m: m.data)
        started = time.monotonic()
        # 2.5 s of the robot hearing only itself: it must not interrupt itself
        probe.wait_until(lambda: room.robot_chunks >= 25, 30, "2.5 s of reply audio")
        assert not any(m.data for m in user.messages), "the robot's own echo counted as the user speaking"
        assert speaking.messages[-1].data is True

        room.talking.set()  # the person speaks over the reply
        talked = time.monotonic()
        user.wait_for(1, timeout=15, predicate=lambda m: m.data)
        speaking.wait_for(1, timeout=15, predicate=lambda m: not m.data)
        stopped = time.monotonic()
        # long before the reply's natural end (~30 s); how fast is for the benchmark (a loaded 2-core CI
        # machine once took 6.4 s here, against a bound of 5 s)
        assert stopped - talked < 12.0, f"the robot stopped {stopped - talked:.1f} s after the person began"
        assert stopped - started < 18.0
        array = diagnostics.wait_for(1, timeout=30, predicate=lambda a: int(diagnostic_values(
            a, "expressive_tts").get("barge_ins", 0)) >= 1)[-1]
        assert int(diagnostic_values(array, "expressive_tts")["barge_ins"]) == 1
        assert mic.alive and tts.alive
    except BaseException:  # what each side saw, for a failure that does not come back on its own
        print(_what_was_seen(room, speaking, user, diagnostics))
        raise
    finally:
        probe.close()
        codes = (mic.stop(), tts.stop())
        print(mic.output() + tts.output())  # shown when the test fails
    assert codes == (0, 0), mic.output() + tts.output()
