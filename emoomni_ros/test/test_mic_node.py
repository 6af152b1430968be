"""mic_perception in its own OS process over DDS: speech from a WAV file and from AudioChunks gives
user_speaking true then false, a voice cue and a transcript with the same utterance id; malformed
chunks are dropped and counted in /diagnostics while the node keeps serving; the robot's own speech
is ignored; a missing input device fails the configuration with a clear message."""

import time

import numpy as np
import pytest
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool
from voice_samples import ESPEAK, espeak_wav, words

from emoomni_msgs.msg import AudioChunk, EmotionCue, Transcript
from emoomni_ros.nodes.common import EVENT_QOS, LATCHED_QOS
from emoomni_ros.nodes.convert import audio_to_msg
from emoomni_ros.perception.voice import audio, sources
from emoomni_ros.testing import NodeProcess, Probe, diagnostic_status, diagnostic_values, send_until

pytestmark = [pytest.mark.ros, pytest.mark.skipif(ESPEAK is None, reason="espeak-ng not installed")]

NODE = "mic_perception"
MODULE = "emoomni_ros.nodes.mic_perception"
TEXT = "I went to the market yesterday and bought some apples and oranges for the family."
AUDIO_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=200, reliability=ReliabilityPolicy.RELIABLE)


def status(array: DiagnosticArray) -> DiagnosticStatus | None:
    return diagnostic_status(array, NODE)


def counter(array: DiagnosticArray, key: str) -> int:
    return int(diagnostic_values(array, NODE).get(key, 0))


def outputs(probe: Probe):
    return (probe.subscribe(Bool, "emoomni/user_speaking", LATCHED_QOS),
            probe.subscribe(EmotionCue, "emoomni/cues/voice", EVENT_QOS),
            probe.subscribe(Transcript, "emoomni/transcript", EVENT_QOS),
            probe.subscribe(DiagnosticArray, "/diagnostics", 10))


def check_utterance(speaking, cues, transcripts, after_cues: int = 0, after_transcripts: int = 0):
    """Waits for a final transcript and the cue of the same utterance; checks both."""
    transcript = transcripts.wait_for(after_transcripts + 1, timeout=90, predicate=lambda m: m.is_final)[-1]
    cue = cues.wait_for(1, timeout=30, predicate=lambda m: m.utterance_id == transcript.utterance_id)[0]
    assert len(words(transcript.text) & words(TEXT)) >= 0.6 * len(words(TEXT)), transcript.text
    assert 0 < transcript.confidence <= 1 and transcript.language == "en"
    assert cue.modality == EmotionCue.MODALITY_VOICE and cue.person_id == "anonymous_speaker"
    assert abs(sum(cue.distribution) - 1) < 1e-4 and cue.label and cue.source == "ravdess-whisper+prosody-logreg"
    assert 0 <= cue.confidence <= 1
    start = cue.window_start.sec + cue.window_start.nanosec * 1e-9
    end = cue.window_end.sec + cue.window_end.nanosec * 1e-9
    assert 2.0 < end - start < 8.0
    assert (transcript.window_start, transcript.window_end) == (cue.window_start, cue.window_end)
    assert cue.header.stamp == cue.window_end
    values = [m.data for m in speaking.wait_for(2, timeout=30, predicate=lambda m: m.data is False)]
    assert True in [m.data for m in speaking.messages]
    return cue, transcript, values


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory):
    return espeak_wav(tmp_path_factory.mktemp("mic_perception"), TEXT)


def test_wav_file_gives_speaking_cue_and_transcript(speech_wav, tmp_path):
    # Looping the file: whenever the probe has joined, a whole utterance follows.
    node = NodeProcess(MODULE, NODE, {"source": "file", "file_path": str(speech_wav), "loop_file": True,
                                      "asr_threads": 1}, log_dir=tmp_path)
    node.start()
    probe = Probe("mic_file_probe")
    try:
        speaking, cues, transcripts, _ = outputs(probe)
        check_utterance(speaking, cues, transcripts)
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()


def _chunks(samples: np.ndarray, rate: int, block_s: float = 0.1) -> list[AudioChunk]:
    n = int(rate * block_s)
    return [audio_to_msg(samples[i : i + n], rate, 0.0, sequence=k) for k, i in enumerate(range(0, samples.size, n))]


def _bad_chunks() -> list[tuple[str, AudioChunk]]:
    wrong_encoding = audio_to_msg(np.zeros(1600, np.float32), 16000, 0.0)
    wrong_encoding.encoding = "mp3"
    odd_bytes = audio_to_msg(np.zeros(1600, np.float32), 16000, 0.0)
    odd_bytes.data = bytes(101)
    zero_rate = audio_to_msg(np.zeros(1600, np.float32), 16000, 0.0)
    zero_rate.sample_rate = 0
    nan_float = audio_to_msg(np.zeros(4, np.float32), 16000, 0.0)
    nan_float.encoding = AudioChunk.ENCODING_PCM_F32LE
    nan_float.data = np.array([0.0, np.nan, 0.0, 0.0], "<f4").tobytes()
    return [("dropped_bad_encoding", wrong_encoding), ("dropped_bad_audio", odd_bytes),
            ("dropped_bad_rate", zero_rate), ("dropped_bad_audio", nan_float)]


def test_audio_topic_bad_chunks_and_robot_speech(speech_wav, tmp_path):
    samples, rate = audio.load_wav(speech_wav, target_rate=None)  # 22050 Hz: the node resamples
    silence = np.zeros(int(1.5 * rate), np.float32)
    speech_chunks = _chunks(np.concatenate([silence[: rate // 2], samples, silence]), rate)
    node = NodeProcess(MODULE, NODE, {"source": "topic", "asr_threads": 1, "echo_tail_s": 0.0}, log_dir=tmp_path)
    node.start()
    probe = Probe("mic_topic_probe")
    try:
        speaking, cues, transcripts, diagnostics = outputs(probe)
        mic = probe.publisher(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
        robot = probe.publisher(Bool, "emoomni/is_speaking", LATCHED_QOS)
        probe.wait_for_subscribers(mic, timeout=60)
        probe.wait_for_publishers("emoomni/cues/voice", timeout=60)

        # Malformed chunks: each is dropped under its reason, the node stays up. The node reads audio
        # best effort (latest data matters), so chunks sent before its reader has matched this
        # publisher are lost: the batch is sent again until every counter shows it.
        expected: dict[str, int] = {}
        for key, _ in _bad_chunks():
            expected[key] = expected.get(key, 0) + 1
        send_until(mic, [msg for _, msg in _bad_chunks()], diagnostics,
                   lambda a: all(counter(a, k) >= n for k, n in expected.items()), tries=15, wait_s=2.0)
        assert node.alive

        # Then real speech (22050 Hz chunks, sent at once) still gives a cue and a transcript.
        for msg in speech_chunks:
            mic.publish(msg)
        cue, transcript, _ = check_utterance(speaking, cues, transcripts)

        # While the robot speaks, the microphone is ignored (no utterance, no cue).
        robot.publish(Bool(data=True))
        for msg in _chunks(silence, rate):
            mic.publish(msg)
        diagnostics.wait_for(1, timeout=30, predicate=lambda a: counter(a, "audio_ignored_robot_speaking") > 0)
        ignored = [counter(a, "audio_ignored_robot_speaking") for a in diagnostics.messages if status(a)][-1]
        n_cues = len(cues.messages)
        for msg in speech_chunks:
            mic.publish(msg)
        diagnostics.wait_for(1, timeout=30, predicate=lambda a: counter(a, "audio_ignored_robot_speaking")
                             >= ignored + len(speech_chunks))
        assert len(cues.messages) == n_cues
        assert speaking.messages[-1].data is False
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()


def _rss_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_poison_chunk_and_rate_flapping_cost_bounded_time_and_memory(tmp_path):
    """A 2,000-byte chunk claiming 1 Hz asked the resampler for a 2.5 GiB matrix and the node exited;
    20 tiny chunks alternating 383999 / 383977 Hz stalled it for 9.8 s and grew it by 400 MB. Now
    the first is dropped (bad_rate) and the others cost milliseconds."""
    node = NodeProcess(MODULE, NODE, {"source": "topic", "asr_enabled": False}, log_dir=tmp_path)
    node.start()
    probe = Probe("mic_poison_probe")
    try:
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        mic = probe.publisher(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
        probe.wait_for_subscribers(mic, timeout=60)
        diagnostics.wait_for(1, timeout=60, predicate=lambda a: status(a) is not None and status(a).message
                             == "listening")
        rss_before = _rss_mb(node.proc.pid)

        poison = audio_to_msg(np.zeros(1000, np.float32), 16000, 0.0)  # 2,000 bytes of s16
        poison.sample_rate = 1
        send_until(mic, poison, diagnostics, lambda a: counter(a, "dropped_bad_rate") >= 1, tries=15, wait_s=2.0)
        assert node.alive, node.output()

        flapping = []
        for k in range(20):
            chunk = audio_to_msg(np.zeros(100, np.float32), 16000, 0.0, sequence=k)
            chunk.sample_rate = 383999 if k % 2 else 383977
            flapping.append(chunk)
        start = time.monotonic()
        send_until(mic, flapping, diagnostics, lambda a: counter(a, "audio_chunks") >= 20
                   and counter(a, "rate_changes") >= 10, tries=15, wait_s=2.0)
        took = time.monotonic() - start
        assert node.alive, node.output()
        assert took < 8.0, f"20 flapping chunks took {took:.1f} s"
        growth = _rss_mb(node.proc.pid) - rss_before
        assert growth < 100, f"RSS grew by {growth:.0f} MB"
        assert "callback failed" not in node.output()
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()


def test_missing_input_device_fails_configuration_clearly(tmp_path):
    pytest.importorskip("pyaudio")
    if sources.list_input_devices():
        pytest.skip("this machine has an audio input device")
    node = NodeProcess(MODULE, NODE, {"source": "device", "device": "default"}, log_dir=tmp_path)
    node.start()
    probe = Probe("mic_device_probe")
    try:
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        array = diagnostics.wait_for(1, timeout=60, predicate=lambda a: status(a) is not None
                                     and status(a).level == DiagnosticStatus.ERROR)[0]
        assert "no audio input device" in status(array).message
        assert node.alive  # unconfigured, not crash-looping
    finally:
        probe.close()
        code = node.stop()
    assert code == 0
    assert "configure failed: no audio input device" in node.output()


def _set(probe: Probe, name: str, value):
    from rcl_interfaces.srv import SetParameters
    from rclpy.parameter import Parameter

    from emoomni_ros.nodes.common import call_service

    client = probe.node.create_client(SetParameters, f"/{NODE}/set_parameters")
    assert client.wait_for_service(timeout_sec=60)
    request = SetParameters.Request(parameters=[Parameter(name, value=value).to_parameter_msg()])
    return call_service(client, request).results[0]


def test_live_parameters_take_effect_and_read_only_ones_are_refused(tmp_path):
    node = NodeProcess(MODULE, NODE, {"source": "topic", "asr_enabled": False, "echo_tail_s": 0.0},
                       log_dir=tmp_path)
    node.start()
    probe = Probe("mic_params_probe")
    try:
        diagnostics = probe.subscribe(DiagnosticArray, "/diagnostics", 10)
        mic = probe.publisher(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
        robot = probe.publisher(Bool, "emoomni/is_speaking", LATCHED_QOS)
        probe.wait_for_subscribers(mic, timeout=60)
        diagnostics.wait_for(1, timeout=60, predicate=lambda a: status(a) is not None and status(a).message
                             == "listening")
        chunk = audio_to_msg(np.zeros(1600, np.float32), 16000, 0.0)
        robot.publish(Bool(data=True))
        send_until(mic, chunk, diagnostics, lambda a: counter(a, "audio_ignored_robot_speaking") >= 1, tries=15,
                   wait_s=2.0)
        # live: no longer ignoring the robot, the next chunks go to the VAD
        assert _set(probe, "ignore_while_robot_speaks", False).successful
        latest = [a for a in diagnostics.messages if status(a)][-1]
        ignored, chunks = counter(latest, "audio_ignored_robot_speaking"), counter(latest, "audio_chunks")
        send_until(mic, chunk, diagnostics, lambda a: counter(a, "audio_chunks") >= chunks + 3, tries=15,
                   wait_s=2.0)
        latest = [a for a in diagnostics.messages if status(a)][-1]
        assert counter(latest, "audio_ignored_robot_speaking") == ignored
        # read-only, out of range, and against the VAD's own rule: refused with the reason
        for name, value, reason in (("queue_depth", 8, "read-only"), ("asr_enabled", True, "read-only"),
                                    ("echo_margin_db", 80.0, "out of range"), ("vad_threshold", 0.3, "neg_threshold")):
            result = _set(probe, name, value)
            assert not result.successful and reason in result.reason, (name, result.reason)
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()
