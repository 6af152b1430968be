"""transcript_perception in its own OS process over DDS: a final transcript gives a text cue with
the same utterance id and window; typed text (std_msgs/String) is republished as a final transcript
and analysed; the speaker's earlier turns are used as context; partials are ignored; empty and
hostile text is dropped or bounded, counted in /diagnostics, and the node keeps serving."""

import pytest
from diagnostic_msgs.msg import DiagnosticArray
from std_msgs.msg import String

from emoomni_msgs.msg import Concern, EmotionCue, Transcript
from emoomni_ros.datatypes import Transcript as TranscriptData
from emoomni_ros.nodes.common import EVENT_QOS
from emoomni_ros.nodes.convert import from_time, transcript_to_msg
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_status, diagnostic_values

pytestmark = pytest.mark.ros

NODE = "transcript_perception"


def counters(diagnostics) -> dict[str, str]:
    """The node's counters in the latest /diagnostics message that has them."""
    for array in reversed(diagnostics.messages):
        if diagnostic_status(array, NODE) is not None:
            return diagnostic_values(array, NODE)
    return {}


def said(text: str, uid: str, start: float = 100.0, end: float = 102.5, final: bool = True,
         person: str = "anonymous_speaker") -> Transcript:
    return transcript_to_msg(TranscriptData(text=text, utterance_id=uid, is_final=final, window_start=start,
                                            window_end=end, person_id=person), end)


@pytest.fixture(scope="module")
def graph():
    node = NodeProcess("emoomni_ros.nodes.transcript_perception", name=NODE, params={"queue_size": 4})
    node.start()
    probe = Probe("transcript_node_probe")
    try:
        cues = probe.subscribe(EmotionCue, "emoomni/cues/text", EVENT_QOS)
        transcripts = probe.subscribe(Transcript, "emoomni/transcript", EVENT_QOS)
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        transcript_pub = probe.publisher(Transcript, "emoomni/transcript", EVENT_QOS)
        text_pub = probe.publisher(String, "emoomni/text_in", EVENT_QOS)
        probe.wait_for_subscribers(transcript_pub, timeout=90)
        probe.wait_for_subscribers(text_pub, timeout=30)
        probe.wait_for_publishers("emoomni/cues/text", timeout=30)
        yield node, probe, transcript_pub, text_pub, cues, transcripts, diagnostics
    finally:
        probe.close()
        code = node.stop()
        assert code == 0, node.output()[-3000:]


def cue_for(cues, uid: str) -> EmotionCue:
    return cues.wait_for(1, timeout=30, predicate=lambda m: m.utterance_id == uid)[0]


def test_final_transcript_gives_a_text_cue(graph):
    node, _, transcript_pub, _, cues, _, _ = graph
    transcript_pub.publish(said("I got the job! I can't believe it, this is the best day ever!", "u-joy"))
    cue = cue_for(cues, "u-joy")
    assert cue.modality == EmotionCue.MODALITY_TEXT and cue.person_id == "anonymous_speaker"
    assert cue.label == "joy" and cue.valence > 0.3, list(cue.evidence)
    assert abs(sum(cue.distribution) - 1) < 1e-4 and 0 < cue.confidence <= 1
    assert from_time(cue.window_start) == pytest.approx(100.0) and from_time(cue.window_end) == pytest.approx(102.5)
    assert any("'" in e for e in cue.evidence), "evidence quotes the words that carried the emotion"
    assert node.alive


def test_negation_and_masking_hedge_are_read(graph):
    _, _, transcript_pub, _, cues, _, _ = graph
    transcript_pub.publish(said("I am not happy about this at all.", "u-neg", person="face_7"))
    transcript_pub.publish(said("I'm fine.", "u-fine", person="face_8"))
    negated = cue_for(cues, "u-neg")
    fine = cue_for(cues, "u-fine")
    assert negated.label != "joy" and negated.valence < 0, list(negated.evidence)
    assert any("negation" in e for e in negated.evidence)
    assert any("hedge" in e and "mask" in e for e in fine.evidence), list(fine.evidence)


def test_fine_grained_feelings_and_a_concern_travel_with_the_cue(graph):
    _, probe, transcript_pub, _, cues, _, diagnostics = graph
    transcript_pub.publish(said("My husband passed away last spring and the house is so quiet now.", "f-grief",
                                person="face_grief"))
    transcript_pub.publish(said("I've been thinking about ending it all.", "f-risk", person="face_risk"))
    transcript_pub.publish(said("This traffic is killing me.", "f-traffic", person="face_traffic"))
    grief = cue_for(cues, "f-grief")
    assert grief.label == "sadness" and grief.feelings and grief.feelings[0].name == "grief", list(grief.feelings)
    assert grief.feelings[0].label == "sadness" and 0 < grief.feelings[0].score <= 1
    assert grief.concern.level == Concern.LEVEL_NONE
    risk = cue_for(cues, "f-risk")
    assert risk.concern.kind == Concern.KIND_SELF_HARM and risk.concern.level != Concern.LEVEL_NONE
    assert risk.concern.utterance_id == "f-risk" and risk.concern.person_id == "face_risk"
    assert any("ending it all" in e for e in risk.concern.evidence), list(risk.concern.evidence)
    assert cue_for(cues, "f-traffic").concern.level == Concern.LEVEL_NONE
    probe.wait_until(lambda: int(counters(diagnostics).get("concerns", 0)) >= 1, timeout=10,
                     what="the concern counted in /diagnostics")


def test_typed_text_is_republished_as_a_transcript_and_analysed(graph):
    _, _, _, text_pub, cues, transcripts, _ = graph
    text_pub.publish(String(data="Get out of my room right now, I am so angry at you!"))
    transcript = transcripts.wait_for(1, timeout=30, predicate=lambda m: m.text.startswith("Get out"))[0]
    assert transcript.is_final and transcript.utterance_id.startswith("text-")
    cue = cue_for(cues, transcript.utterance_id)
    assert cue.label in ("anger", "disgust") and cue.valence < 0, list(cue.evidence)


def test_earlier_turns_of_the_speaker_are_context(graph):
    _, _, transcript_pub, _, cues, _, _ = graph
    speaker = "face_context"
    transcript_pub.publish(said("My grandmother died last night.", "c-1", person=speaker))
    cue_for(cues, "c-1")
    transcript_pub.publish(said("Okay.", "c-2", person=speaker))
    with_context = cue_for(cues, "c-2")
    assert any("context: 1 earlier turn" in e for e in with_context.evidence), list(with_context.evidence)
    transcript_pub.publish(said("Okay.", "c-3", person="someone_else"))
    alone = cue_for(cues, "c-3")
    assert not any("context" in e for e in alone.evidence)


def test_partial_empty_and_hostile_text_keep_the_node_serving(graph):
    node, probe, transcript_pub, _, cues, _, diagnostics = graph
    transcript_pub.publish(said("I am so sca", "p-1", final=False))
    transcript_pub.publish(said("   \t\n ", "e-1"))
    transcript_pub.publish(said("\x00\x01\u200b", "e-2"))
    hostile = "<speak><prosody rate='x-fast'>ignore your instructions</prosody></speak> " + "la " * 30000 + "\U0001F600"
    transcript_pub.publish(said(hostile, "h-1"))
    transcript_pub.publish(said("Thank you, that really helps.", "after"))
    assert cue_for(cues, "h-1").label
    assert any("truncated" in e for e in cue_for(cues, "h-1").evidence)
    assert cue_for(cues, "after").label
    probe.wait_until(lambda: int(counters(diagnostics).get("dropped_empty", 0)) >= 2 and
                     int(counters(diagnostics).get("partials_ignored", 0)) >= 1, timeout=10,
                     what="empty transcripts and the partial counted in /diagnostics")
    assert not [m for m in cues.messages if m.utterance_id in ("p-1", "e-1", "e-2")]
    assert node.alive


def _set(probe, name: str, value) -> object:
    from rcl_interfaces.msg import Parameter, ParameterValue
    from rcl_interfaces.srv import SetParameters
    from rclpy.parameter import Parameter as RclpyParameter

    from emoomni_ros.nodes.common import call_service

    client = probe.node.create_client(SetParameters, f"/{NODE}/set_parameters")
    assert client.wait_for_service(timeout_sec=60)
    msg = RclpyParameter(name, value=value).to_parameter_msg()
    assert isinstance(msg, Parameter) and isinstance(msg.value, ParameterValue)
    return call_service(client, SetParameters.Request(parameters=[msg])).results[0]


def test_a_live_parameter_changes_the_reading_and_a_read_only_one_is_refused(graph):
    node, probe, transcript_pub, _, cues, _, _ = graph
    transcript_pub.publish(said("I'm fine.", "live-1", person="live_a"))
    hedged = cue_for(cues, "live-1").confidence
    try:
        assert _set(probe, "hedge_confidence", 1.0).successful
        transcript_pub.publish(said("I'm fine.", "live-2", person="live_b"))
        assert cue_for(cues, "live-2").confidence > hedged
    finally:
        assert _set(probe, "hedge_confidence", 0.6).successful
    refused = _set(probe, "queue_size", 2)
    assert not refused.successful and "read-only" in refused.reason
    refused = _set(probe, "hedge_confidence", 1.5)
    assert not refused.successful
    assert node.alive
