"""The speech_director node in its own process: EmotionalReasoning in -> SpeechInstruction out."""

import pytest
from diagnostic_msgs.msg import DiagnosticArray

from emoomni_msgs.msg import EmotionalReasoning, SpeechInstruction
from emoomni_ros.datatypes import Reasoning
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import reasoning_to_msg
from emoomni_ros.testing import NodeProcess, Probe, send_until

pytestmark = pytest.mark.ros


def _reasoning(uid, emotion, intensity, strategy, response):
    return Reasoning(utterance="...", emotion_analysis="analysis", user_intent="", intent="comfort",
                     response_strategy="", strategy=strategy, response=response, voice_instruction="",
                     emotion=emotion, intensity=intensity, backend="embedded", utterance_id=uid)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    node = NodeProcess("emoomni_ros.nodes.speech_director", "speech_director",
                       log_dir=tmp_path_factory.mktemp("director"), params={"instruction_writer": "template"})
    node.start()
    probe = Probe("director_probe")
    out = probe.subscribe(SpeechInstruction, "emoomni/speech_instruction", common.EVENT_QOS)
    diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
    pub = probe.publisher(EmotionalReasoning, "emoomni/reasoning", common.EVENT_QOS)
    try:
        probe.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_publishers("emoomni/speech_instruction", timeout=60)
        # The director may match our subscription a moment after we see it: what it says before
        # then is lost, so one line is resent until it comes back, before any test publishes once.
        warm_up = reasoning_to_msg(_reasoning("warm-up", "neutral", 0.2, "inform", "Hello."), 1.0)
        send_until(pub, warm_up, out, lambda m: m.utterance_id == "warm-up")
        yield {"node": node, "out": out, "pub": pub, "diagnostics": diagnostics}
    finally:
        probe.close()
        code = node.stop()
        assert code == 0, node.output()


def _by_uid(g, uid):
    return g["out"].wait_for(1, 30, lambda m: m.utterance_id == uid)[0]


def test_reasoning_in_instruction_out(graph):
    graph["pub"].publish(reasoning_to_msg(_reasoning("sad-1", "sadness", 0.9, "validate",
                                                     "I am so sorry. <b>That</b> sounds painful."), 1.0))
    graph["pub"].publish(reasoning_to_msg(_reasoning("joy-1", "joy", 0.9, "mirror_enthusiasm",
                                                     "That is wonderful news! Congratulations!"), 1.0))
    sad, joy = _by_uid(graph, "sad-1"), _by_uid(graph, "joy-1")
    assert sad.text == "I am so sorry. That sounds painful."
    assert sad.emotion == "sadness" and joy.emotion == "joy"
    for control in ("rate", "pitch", "pitch_range", "volume"):
        assert getattr(sad, control) < getattr(joy, control), control
    assert "softly" in sad.voice_instruction and "loudly" in joy.voice_instruction
    assert list(joy.emphasis) == ["wonderful", "Congratulations"]


def test_bad_reasoning_is_dropped_and_the_node_goes_on(graph):
    bad = reasoning_to_msg(_reasoning("bad-1", "neutral", 0.5, "inform", "Hello."), 1.0)
    bad.emotion = "furious"
    graph["pub"].publish(bad)
    empty = reasoning_to_msg(_reasoning("empty-1", "neutral", 0.5, "inform", "\U0001f600 <br/>"), 1.0)
    graph["pub"].publish(empty)
    graph["pub"].publish(reasoning_to_msg(_reasoning("ok-2", "neutral", 0.2, "inform", "Okay."), 1.0))
    assert _by_uid(graph, "ok-2").text == "Okay."
    assert not [m for m in graph["out"].messages if m.utterance_id in ("bad-1", "empty-1")]

    def counted(msg):
        values = {kv.key: kv.value for s in msg.status if s.name == "emoomni: speech_director" for kv in s.values}
        return values.get("dropped_bad_reasoning") == "1" and values.get("dropped_empty_response") == "1"

    graph["diagnostics"].wait_for(1, 30, counted)
    assert graph["node"].alive


def test_the_safety_strategy_gets_the_calm_clear_voice_and_is_counted(graph):
    graph["pub"].publish(reasoning_to_msg(_reasoning("safe-1", "sadness", 0.9, "ensure_safety",
                                                     "You are not alone. Are you safe right now?"), 1.0))
    safe = _by_uid(graph, "safe-1")
    assert safe.emotion == "neutral" and 0.85 <= safe.rate < 1.0 and safe.volume >= 0.95
    assert "calm" in safe.voice_instruction and "clear" in safe.voice_instruction
    assert "sad" not in safe.voice_instruction

    def counted(msg):
        values = {kv.key: kv.value for s in msg.status if s.name == "emoomni: speech_director" for kv in s.values}
        return values.get("safety_voice") == "1" and "writer_fallbacks" not in values

    graph["diagnostics"].wait_for(1, 30, counted)
