"""The expressive_tts node in its own process over DDS: instruction in -> AudioChunks and speaking
state out; the Say action with feedback, cancel, barge-in and hostile text."""

import numpy as np
import pytest
from std_msgs.msg import Bool

from emoomni_msgs.action import Say
from emoomni_msgs.msg import AudioChunk
from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_from_msg, instruction_to_msg
from emoomni_ros.testing import NodeProcess, Probe

pytestmark = pytest.mark.ros

LONG_TEXT = " ".join(f"This is sentence number {n} of a long reply that takes a while to say." for n in range(1, 9))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    node = NodeProcess("emoomni_ros.nodes.expressive_tts", "expressive_tts", log_dir=tmp_path_factory.mktemp("tts"),
                       params={"backend": "espeak", "realtime": True, "chunk_ms": 100, "queue_depth": 2})
    node.start()
    probe = Probe("tts_probe")
    audio = probe.subscribe(AudioChunk, "emoomni/tts/audio", 200)
    speaking = probe.subscribe(Bool, "emoomni/is_speaking", common.LATCHED_QOS)
    pub = probe.publisher(SpeechInstructionMsg, "emoomni/speech_instruction", common.EVENT_QOS)
    user = probe.publisher(Bool, "emoomni/user_speaking", common.EVENT_QOS)
    client = probe.action_client(Say, "emoomni/say")
    try:
        probe.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_subscribers(user, timeout=60)
        probe.wait_for_publishers("emoomni/tts/audio", timeout=60)
        assert client.wait_for_server(timeout_sec=60), node.output()
        speaking.wait_for(1, timeout=30)  # the latched initial state
        yield {"node": node, "probe": probe, "audio": audio, "speaking": speaking, "pub": pub, "user": user,
               "client": client}
    finally:
        client.destroy()
        probe.close()
        code = node.stop()
        print(node.output())
        assert code == 0, node.output()


def _chunks(g, uid, timeout=60.0):
    """All chunks of an utterance, waiting for its final chunk."""
    g["audio"].wait_for(1, timeout, lambda m: m.utterance_id == uid and m.final)
    return sorted((m for m in g["audio"].messages if m.utterance_id == uid), key=lambda m: m.sequence)


def _wait(probe, future, timeout=60.0):
    probe.wait_until(future.done, timeout, "action future")
    return future.result()


def test_instruction_in_audio_chunks_and_speaking_state_out(graph):
    ins = SpeechInstruction(text="Hello there. I am glad to see you again!", emotion="joy", intensity=0.7,
                            rate=1.1, pitch=0.2, volume=1.2, utterance_id="utt-basic")
    n_speaking = len(graph["speaking"].messages)
    graph["pub"].publish(instruction_to_msg(ins, 0.0))
    chunks = _chunks(graph, "utt-basic")
    assert [c.sequence for c in chunks] == list(range(len(chunks)))
    assert [c.final for c in chunks].count(True) == 1 and chunks[-1].final
    assert {c.sample_rate for c in chunks} == {22050} and {c.channels for c in chunks} == {1}
    assert all(c.encoding == AudioChunk.ENCODING_PCM_S16LE for c in chunks)
    samples = np.concatenate([audio_from_msg(c) for c in chunks])
    assert samples.size / 22050 > 1.0
    assert float(np.sqrt(np.mean(samples**2))) > 0.02
    # Chunks are ~100 ms (the last of each sentence may be shorter).
    assert max(len(c.data) for c in chunks) == 2 * int(22050 * 0.1)
    states = graph["speaking"].wait_for(n_speaking + 2, 30)[n_speaking:]
    assert [m.data for m in states[:2]] == [True, False]


def test_say_action_gives_feedback_per_sentence_and_a_result(graph):
    probe, client = graph["probe"], graph["client"]
    feedback = []
    goal = Say.Goal(text="First sentence here. Second one follows! And a third?")
    handle = _wait(probe, client.send_goal_async(goal, feedback_callback=lambda f: feedback.append(f.feedback)))
    assert handle.accepted
    response = _wait(probe, handle.get_result_async())
    result = response.result
    assert response.status == 4, result.message  # GoalStatus.STATUS_SUCCEEDED
    assert result.success and result.backend == "espeak"
    assert result.spoken_text == "First sentence here. Second one follows! And a third?"
    assert result.duration_s > 1.0 and result.first_audio_ms > 0
    assert [f.sentence_index for f in feedback] == [0, 1, 2]
    assert all(f.sentence_count == 3 for f in feedback) and feedback[-1].progress == pytest.approx(1.0)
    assert feedback[0].sentence == "First sentence here."
    assert feedback[-1].audio_s == pytest.approx(result.duration_s, rel=0.01)


def test_say_action_can_be_cancelled_mid_way(graph):
    probe, client = graph["probe"], graph["client"]
    feedback = []
    handle = _wait(probe, client.send_goal_async(Say.Goal(text=LONG_TEXT),
                                                 feedback_callback=lambda f: feedback.append(f.feedback)))
    assert handle.accepted
    probe.wait_until(lambda: len(feedback) >= 1, 60, "first feedback")
    _wait(probe, handle.cancel_goal_async())
    response = _wait(probe, handle.get_result_async())
    assert response.status == 5, response.result.message  # GoalStatus.STATUS_CANCELED
    assert not response.result.success
    assert len(feedback) < 8
    assert 0 < response.result.duration_s < 15.0
    # The cut utterance is closed with a final chunk for listeners.
    finals = [m for m in graph["audio"].messages if m.final]
    assert finals


def test_say_action_with_nothing_to_say_is_aborted_with_a_reason(graph):
    probe, client = graph["probe"], graph["client"]
    handle = _wait(probe, client.send_goal_async(Say.Goal(text="\U0001f600 <br/> &nbsp;")))
    response = _wait(probe, handle.get_result_async())
    assert response.status == 6  # GoalStatus.STATUS_ABORTED
    assert not response.result.success and "nothing to say" in response.result.message


def test_barge_in_stops_speaking(graph):
    from emoomni_ros.expression import tts

    full_s = tts.synthesize_all(tts.create("espeak"), SpeechInstruction(text=LONG_TEXT))[0].size / 22050
    n_speaking = len(graph["speaking"].messages)
    graph["pub"].publish(instruction_to_msg(SpeechInstruction(text=LONG_TEXT, utterance_id="utt-barge"), 0.0))
    graph["audio"].wait_for(3, 60, lambda m: m.utterance_id == "utt-barge")
    graph["user"].publish(Bool(data=True))
    chunks = _chunks(graph, "utt-barge")
    heard = sum(len(c.data) // 2 for c in chunks) / 22050
    assert heard < full_s / 2
    states = graph["speaking"].wait_for(n_speaking + 2, 30)[n_speaking:]
    assert [m.data for m in states[:2]] == [True, False]


def test_hostile_and_empty_text_do_not_stop_the_node(graph):
    from diagnostic_msgs.msg import DiagnosticArray

    diagnostics = graph["probe"].subscribe(DiagnosticArray, "/diagnostics", 10)
    hostile = ('<speak><prosody rate="x-fast">fast</prosody><audio src="file:///etc/passwd"/></speak> '
               "&xxe; Caf\u00e9 \U0001f600 \u202e\u0000 ok then.")
    graph["pub"].publish(instruction_to_msg(SpeechInstruction(text="\U0001f600 <b></b> &amp;", utterance_id="e"), 0))
    graph["pub"].publish(instruction_to_msg(SpeechInstruction(text=hostile, utterance_id="utt-hostile"), 0.0))
    chunks = _chunks(graph, "utt-hostile")
    assert chunks and chunks[-1].final
    assert not [m for m in graph["audio"].messages if m.utterance_id == "e"]

    def dropped_empty(msg):
        return any(kv.key == "dropped_empty_text" and int(kv.value) >= 1 for s in msg.status for kv in s.values)

    diagnostics.wait_for(1, 30, lambda m: any(s.name == "emoomni: expressive_tts" for s in m.status) and
                         dropped_empty(m))
    assert graph["node"].alive


def set_parameters(probe, node_name, **values):
    """{name: (successful, reason)} from the node's set_parameters service."""
    from rcl_interfaces.srv import SetParameters
    from rclpy.parameter import Parameter

    client = probe.node.create_client(SetParameters, f"/{node_name}/set_parameters")
    try:
        assert client.wait_for_service(timeout_sec=30)
        params = [Parameter(k, value=v).to_parameter_msg() for k, v in values.items()]
        request = SetParameters.Request(parameters=params)
        results = common.call_service(client, request).results
    finally:
        probe.node.destroy_client(client)
    return {name: (r.successful, r.reason) for name, r in zip(values, results, strict=True)}


def test_live_parameter_takes_effect_and_read_only_one_is_refused(graph):
    probe, client = graph["probe"], graph["client"]
    refused = set_parameters(probe, "expressive_tts", backend="piper", chunk_ms=5)
    assert not refused["backend"][0] and "read-only" in refused["backend"][1]
    assert not refused["chunk_ms"][0]  # out of its range
    assert set_parameters(probe, "expressive_tts", max_speech_s=1.0) == {"max_speech_s": (True, "")}
    try:
        handle = _wait(probe, client.send_goal_async(Say.Goal(text=LONG_TEXT)))
        result = _wait(probe, handle.get_result_async()).result
        assert result.success and "speech cut at 1 s" in result.message, result.message
        assert 0.9 < result.duration_s <= 1.15
    finally:
        assert set_parameters(probe, "expressive_tts", max_speech_s=60.0)["max_speech_s"][0]
