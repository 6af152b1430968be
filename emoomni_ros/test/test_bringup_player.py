"""The media player in its own process: an image and WAVs (or a video) arrive over DDS as camera
frames and contiguous, correctly stamped AudioChunks, with utterance events; with --wait-reply the
next utterance waits for the robot's reply; a bad input is a clear error."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from sensor_msgs.msg import Image
from std_msgs.msg import Bool, String

from emoomni_msgs.msg import AudioChunk
from emoomni_ros.bringup import demo_sample, media
from emoomni_ros.bringup.player_node import AUDIO_QOS, EVENTS_QOS, EVENTS_TOPIC
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import LATCHED_QOS, SENSOR_QOS
from emoomni_ros.testing import Probe, configure_ros_test_env

pytestmark = pytest.mark.ros
MODULE = "emoomni_ros.bringup.player_node"


@pytest.fixture
def probe():
    p = Probe("player_probe")
    yield p
    p.close()


def start_player(*args: str, log=None) -> subprocess.Popen:
    configure_ros_test_env()
    return subprocess.Popen([sys.executable, "-m", MODULE, *args], stdout=log or subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(subprocess.signal.SIGINT)
    return proc.wait(20)


def events_of(inbox) -> list[dict]:
    return [json.loads(m.data) for m in inbox.messages]


def stamp(msg) -> float:
    return convert.from_time(msg.header.stamp)


def test_image_and_wav_are_replayed_as_frames_and_chunks(probe):
    audio = probe.subscribe(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
    images = probe.subscribe(Image, "camera/image_raw", SENSOR_QOS)
    events = probe.subscribe(String, EVENTS_TOPIC, EVENTS_QOS)
    proc = start_player("--image", str(demo_sample.DEMO_IMAGE), "--audio", str(demo_sample.DEMO_AUDIO),
                        "--lead-s", "0.3", "--gap-s", "0.4", "--fps", "5")
    try:
        events.wait_for(1, timeout=60, predicate=lambda m: json.loads(m.data)["event"] == "finished")
        images.wait_for(1)
    finally:
        assert stop(proc) == 0
    chunks = sorted(audio.messages, key=lambda m: m.sequence)
    assert [m.sequence for m in chunks[:len(chunks)]] == list(range(len(chunks)))  # nothing lost
    assert all(m.sample_rate == 16000 and m.channels == 1 and m.encoding == "pcm_s16le" for m in chunks)
    samples = [convert.audio_from_msg(m) for m in chunks]
    for i in range(1, len(chunks)):  # each stamp follows the samples before it
        assert stamp(chunks[i]) - stamp(chunks[i - 1]) == pytest.approx(len(samples[i - 1]) / 16000, abs=1e-4)
    played = np.concatenate(samples)
    speech = media.load_speech(demo_sample.DEMO_AUDIO)
    lead = int(0.3 * 16000)
    assert np.abs(played[lead:lead + len(speech)] - speech).max() < 2e-4  # the WAV, sample for sample
    assert np.abs(played[:lead]).max() == 0 and len(played) >= lead + len(speech) + int(0.4 * 16000)
    start, end, finished = events_of(events)[:3]
    assert (start["event"], end["event"], finished["event"]) == ("utterance_start", "speech_end", "finished")
    assert start["stamp"] == pytest.approx(stamp(chunks[0]) + 0.3, abs=1e-3)
    assert end["stamp"] - start["stamp"] == pytest.approx(media.activity_end_s(speech), abs=1e-3)
    frame = images.messages[0]
    assert (frame.encoding, frame.width, frame.height, frame.step) == ("bgr8", 256, 256, 768)
    expected = media.load_image(demo_sample.DEMO_IMAGE)
    assert np.array_equal(np.frombuffer(bytes(frame.data), np.uint8).reshape(256, 256, 3), expected)


def test_wait_reply_holds_the_next_utterance_until_the_robot_answered(probe, tmp_path):
    events = probe.subscribe(String, EVENTS_TOPIC, EVENTS_QOS)
    audio = probe.subscribe(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
    tts = probe.publisher(AudioChunk, "emoomni/tts/audio", 50)
    speaking = probe.publisher(Bool, "emoomni/is_speaking", LATCHED_QOS)
    short = tmp_path / "short.wav"
    media.audio.save_wav(short, media.load_speech(demo_sample.DEMO_AUDIO)[:16000], 16000)
    proc = start_player("--audio", str(short), str(short), "--wait-reply", "--lead-s", "0.1", "--gap-s", "0.1")
    try:
        events.wait_for(2, timeout=60)  # first utterance_start and speech_end
        probe.wait_for_subscribers(tts)
        probe.wait_for_subscribers(speaking)
        assert [e["event"] for e in events_of(events)] == ["utterance_start", "speech_end"]
        replied_at = probe.node.get_clock().now().nanoseconds * 1e-9
        speaking.publish(Bool(data=False))
        for utterance_id, events_after in (("u1", 3), ("u2", 5)):  # 5: the second speech_end, then finished
            events.wait_for(events_after - 1, timeout=60)
            for _ in range(100):  # resend while the player may still be matching our publisher
                tts.publish(convert.audio_to_msg(np.zeros(160, np.float32), 16000, replied_at, utterance_id, 0,
                                                 final=True))
                try:
                    events.wait_for(events_after, timeout=0.5)
                    break
                except TimeoutError:
                    continue
        assert events_of(events)[-1]["event"] == "finished"
    finally:
        assert stop(proc) == 0
    second = [e for e in events_of(events) if e["event"] == "utterance_start"][1]
    assert second["stamp"] > replied_at  # the second utterance began only after the reply
    assert len(audio.messages) > 0


def test_video_is_replayed_with_its_audio_track(probe, tmp_path):
    video = tmp_path / "clip.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-loop", "1", "-framerate", "4", "-i", str(demo_sample.DEMO_IMAGE),
                    "-i", str(demo_sample.DEMO_AUDIO), "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", str(video)], check=True)
    images = probe.subscribe(Image, "camera/image_raw", SENSOR_QOS)
    events = probe.subscribe(String, EVENTS_TOPIC, EVENTS_QOS)
    audio = probe.subscribe(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
    proc = start_player("--video", str(video), "--lead-s", "0", "--gap-s", "0.2")
    try:
        events.wait_for(1, timeout=60, predicate=lambda m: json.loads(m.data)["event"] == "finished")
        images.wait_for(5)
    finally:
        assert stop(proc) == 0
    assert {(m.width, m.height, m.encoding) for m in images.messages} == {(256, 256, "bgr8")}
    played = np.concatenate([convert.audio_from_msg(m) for m in sorted(audio.messages, key=lambda m: m.sequence)])
    speech = media.load_speech(demo_sample.DEMO_AUDIO)
    assert media.activity_end_s(played) == pytest.approx(media.activity_end_s(speech), abs=0.1)
    assert events_of(events)[0]["file"] == str(video)


def test_bad_inputs_are_clear_errors(tmp_path):
    proc = start_player("--audio", str(tmp_path / "missing.wav"))
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "audio file not found" in out
    proc = start_player("--camera", "96")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "no camera at /dev/video96" in out
    proc = start_player("--video", str(demo_sample.DEMO_AUDIO), "--audio", str(demo_sample.DEMO_AUDIO))
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "brings its own audio" in out
