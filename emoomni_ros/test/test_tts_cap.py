"""expressive_tts in its own process over DDS: a reply's speech is capped at max_speech_s. Before,
one 1,000-digit message became 86 s of speech (any long enough text still could, digits or not)."""

import pytest
from diagnostic_msgs.msg import DiagnosticArray

from emoomni_msgs.msg import AudioChunk
from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import instruction_to_msg
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_values

pytestmark = pytest.mark.ros

DIGITS = "My number is " + " ".join("1 2 3 4 5 6 7 8 9 0".split() * 100) + "."  # 1,000 digits, spaced


def test_a_reply_is_cut_at_max_speech_s(tmp_path):
    node = NodeProcess("emoomni_ros.nodes.expressive_tts", "expressive_tts", {"backend": "espeak", "realtime": False,
                                                                         "max_speech_s": 3.0}, log_dir=tmp_path)
    node.start()
    probe = Probe("tts_cap_probe")
    try:
        chunks = probe.subscribe(AudioChunk, "emoomni/tts/audio", 500)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        pub = probe.publisher(SpeechInstructionMsg, "emoomni/speech_instruction", common.EVENT_QOS)
        probe.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_publishers("/emoomni/tts/audio", timeout=60)
        pub.publish(instruction_to_msg(SpeechInstruction(text=DIGITS, utterance_id="digits"), 0.0))
        chunks.wait_for(1, timeout=60, predicate=lambda m: m.utterance_id == "digits" and m.final)
        heard = sum(len(m.data) // 2 / m.sample_rate for m in chunks.messages if m.utterance_id == "digits")
        assert 2.5 < heard <= 3.2, heard
        diagnostics.wait_for(1, timeout=30, predicate=lambda a: int(diagnostic_values(a, "expressive_tts").get(
            "speech_capped", 0)) == 1)
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()
