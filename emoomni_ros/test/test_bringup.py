"""The ROS-free bringup pieces: process supervision (clean stop, escalation, dead-process reports,
children that die with their supervisor), the turn timeline, and the media inputs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from emoomni_ros import graph
from emoomni_ros.bringup import demo_sample, media
from emoomni_ros.bringup.supervisor import NodeDied, Supervisor, describe_exit_code, node_argv, write_overrides
from emoomni_ros.bringup.timeline import Turn, match_speech_end, percentile_summary
from emoomni_ros.cli.run_cmd import parse_overrides
from emoomni_ros.testing import process_alive as alive

CLEAN_ON_SIGINT = textwrap.dedent("""
    import signal, sys, time
    signal.signal(signal.SIGINT, lambda *a: (print("clean shutdown", flush=True), sys.exit(0)))
    print("up", flush=True)
    while True:
        time.sleep(0.05)
""")
IGNORES = textwrap.dedent("""
    import signal, time
    for s in {signals}:
        signal.signal(s, signal.SIG_IGN)
    print("up", flush=True)
    while True:
        time.sleep(0.05)
""")


def py(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)




def test_stop_sends_sigint_for_a_clean_shutdown(tmp_path):
    sup = Supervisor(tmp_path)
    proc = sup.start("calm", py(CLEAN_ON_SIGINT))
    wait_for(lambda: "up" in proc.tail)
    sup.check()  # running: nothing to report
    assert sup.stop(timeout=10) == {"calm": 0}
    assert "clean shutdown" in (tmp_path / "calm.log").read_text()


def test_stop_escalates_to_sigterm_then_sigkill(tmp_path):
    sup = Supervisor(tmp_path)
    stubborn = sup.start("stubborn", py(IGNORES.format(signals="[signal.SIGINT]")))
    deaf = sup.start("deaf", py(IGNORES.format(signals="[signal.SIGINT, signal.SIGTERM]")))
    wait_for(lambda: "up" in stubborn.tail and "up" in deaf.tail)
    codes = sup.stop(timeout=1.0)
    assert codes == {"stubborn": -signal.SIGTERM, "deaf": -signal.SIGKILL}


def test_a_dead_process_is_reported_with_code_and_last_lines(tmp_path):
    sup = Supervisor(tmp_path)
    sup.start("calm", py(CLEAN_ON_SIGINT))
    sup.start("crasher", py("import sys\nprint('loading model', flush=True)\nsys.exit('model file missing')"))
    wait_for(lambda: sup.processes["crasher"].poll() is not None)
    with pytest.raises(NodeDied) as info:
        sup.check()
    (dead,) = info.value.exits
    assert dead.name == "crasher" and dead.code == 1
    text = str(info.value)
    assert "node 'crasher' stopped unexpectedly" in text and "exit code 1" in text
    assert "model file missing" in text and "loading model" in text and str(tmp_path / "crasher.log") in text
    assert sup.stop()["calm"] == 0


def test_killed_process_and_finite_process(tmp_path):
    sup = Supervisor(tmp_path)
    victim = sup.start("victim", py(CLEAN_ON_SIGINT))
    sup.start("finite", py("print('done')"), may_exit=True)
    wait_for(lambda: "up" in victim.tail and sup.processes["finite"].poll() is not None)
    sup.check()  # a finite process that exits 0 is not a failure
    os.kill(victim.pid, signal.SIGKILL)
    wait_for(lambda: victim.poll() is not None)
    with pytest.raises(NodeDied, match="killed by SIGKILL"):
        sup.check()
    sup.stop()


def test_children_die_with_a_killed_supervisor(tmp_path):
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from emoomni_ros.bringup.supervisor import Supervisor
        sup = Supervisor(Path({str(tmp_path)!r}))
        child = sup.start("child", [sys.executable, "-c", "import time; time.sleep(120)"])
        print(child.pid, flush=True)
        time.sleep(120)
    """)
    parent = subprocess.Popen(py(script), stdout=subprocess.PIPE, text=True)
    child_pid = int(parent.stdout.readline())
    assert alive(child_pid)
    parent.kill()
    parent.wait()
    wait_for(lambda: not alive(child_pid))


def test_node_command_line_and_overrides(tmp_path):
    spec = graph.node("mic_perception")
    overrides = write_overrides(tmp_path / "o.yaml", spec.name, {"source": "topic"})
    argv = node_argv(spec, [Path("/p.yaml"), overrides], {"camera/image_raw": "/cam"}, python="python3")
    assert argv == ["python3", "-m", "emoomni_ros.nodes.mic_perception", "--ros-args", "-r", "__node:=mic_perception",
                    "--params-file", "/p.yaml", "--params-file", str(overrides), "-r", "camera/image_raw:=/cam"]
    assert "/**/mic_perception:\n  ros__parameters:\n    source: topic" in overrides.read_text()
    assert node_argv(spec, [], namespace="r1/", python="python3")[-4:] == ["-r", "__node:=mic_perception", "-r",
                                                                          "__ns:=/r1"]
    assert parse_overrides(["ecot_reasoning.backend=openai", "gesture_behaviour.min_hold_s=2.5"]) == \
        {"ecot_reasoning": {"backend": "openai"}, "gesture_behaviour": {"min_hold_s": 2.5}}
    for bad in ("nobody.x=1", "ecot_reasoning=1", "ecot_reasoning.backend"):
        with pytest.raises(ValueError):
            parse_overrides([bad])
    with pytest.raises(FileNotFoundError):
        Supervisor(tmp_path).start_node(spec, tmp_path / "missing.yaml")


def test_exit_code_descriptions():
    assert describe_exit_code(-9) == "killed by SIGKILL"
    assert describe_exit_code(2) == "exit code 2"


# ---- timeline -------------------------------------------------------------------------------------
def test_turn_stages_and_end_to_end():
    turn = Turn("u1", "hello")
    for event, t in [("speech_end", 10.0), ("vad_end", 10.3), ("transcript", 10.6), ("text_cue", 10.65),
                     ("affect", 10.66), ("reasoning", 10.70), ("instruction", 10.71), ("tts_first_audio", 10.75)]:
        turn.mark(event, t)
    turn.mark("vad_end", 99.0)  # only the first occurrence counts
    stages = turn.stages_ms()
    assert stages == pytest.approx({"vad_end": 300, "asr": 300, "text_cue": 50, "fusion": 10, "reasoning": 40,
                                    "instruction": 10, "tts_first_chunk": 40})
    assert turn.e2e_ms() == pytest.approx(750)
    assert turn.events_ms()["transcript"] == pytest.approx(600)
    assert not turn.complete and turn.missing() == ["tts_final"]
    with pytest.raises(ValueError):
        turn.mark("lunch", 1.0)


def test_parallel_stages_use_the_events_that_came_first():
    turn = Turn("u2")
    for event, t in [("speech_end", 0.0), ("transcript", 0.5), ("reasoning", 0.52), ("text_cue", 0.6),
                     ("affect", 0.61)]:
        turn.mark(event, t)
    stages = turn.stages_ms()
    assert stages["reasoning"] == pytest.approx(20)  # the affect came after the reasoning: not waited for
    assert stages["asr"] == pytest.approx(500) and "vad_end" not in stages and turn.e2e_ms() is None


def test_reply_audio_is_assembled_in_sequence_order():
    turn = Turn("u3")
    turn.audio = {1: np.ones(3, dtype=np.float32), 0: np.zeros(2, dtype=np.float32)}
    turn.sample_rate = 16000
    assert turn.reply_audio().tolist() == [0, 0, 1, 1, 1]


def test_speech_end_matching_and_percentiles():
    assert match_speech_end([1.0, 5.0, 9.0], 5.3) == 5.0
    assert match_speech_end([1.0], 5.0) is None
    summary = percentile_summary([float(v) for v in range(1, 101)])
    assert summary["n"] == 100 and summary["p50"] == pytest.approx(50.5) and summary["p95"] == pytest.approx(95.05)
    assert percentile_summary([]) == {"n": 0}


# ---- media ----------------------------------------------------------------------------------------
def test_activity_end_finds_the_end_of_the_speech():
    rate = 16000
    t = np.arange(int(1.5 * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 220 * t).astype(np.float32)
    samples = np.concatenate([np.zeros(rate // 2, np.float32), tone, np.zeros(rate, np.float32)])
    assert media.activity_end_s(samples) == pytest.approx(2.0, abs=0.03)
    assert media.activity_end_s(np.zeros(rate, np.float32)) == 0.0
    speech = media.load_speech(demo_sample.DEMO_AUDIO)
    end = media.activity_end_s(speech)
    assert len(speech) / rate - demo_sample.TAIL_SILENCE_S - 0.9 < end < len(speech) / rate - demo_sample.TAIL_SILENCE_S


def test_demo_sample_is_a_face_and_16k_speech():
    image = media.load_image(demo_sample.DEMO_IMAGE)
    assert image.shape == (demo_sample.FACE_SIZE, demo_sample.FACE_SIZE, 3)
    import soundfile

    info = soundfile.info(str(demo_sample.DEMO_AUDIO))
    assert (info.samplerate, info.channels) == (16000, 1) and 3.0 < info.duration < 8.0


def test_bad_media_is_a_clear_error(tmp_path):
    not_image = tmp_path / "x.png"
    not_image.write_text("not an image")
    with pytest.raises(media.MediaError, match="cannot read an image"):
        media.load_image(not_image)
    with pytest.raises(media.MediaError, match="not found"):
        media.load_image(tmp_path / "none.png")
    with pytest.raises(media.MediaError, match="not found"):
        media.load_speech(tmp_path / "none.wav")
    with pytest.raises(media.MediaError, match="no decodable video stream"):
        media.probe_video(not_image)
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(np.random.default_rng(0).integers(0, 256, 3000, dtype=np.uint8).tobytes())
    with pytest.raises(media.MediaError, match="ffprobe cannot read"):
        media.probe_video(noise)


def test_missing_devices_are_clear_errors():
    with pytest.raises(media.MediaError, match="no camera at /dev/video97"):
        media.open_camera("97")
    with pytest.raises(media.MediaError, match="pyaudio is not installed|no audio input device"):
        media.check_microphone("no-such-microphone-xyz")


@pytest.fixture(scope="module")
def demo_video(tmp_path_factory) -> Path:
    """A 2-frame/s MP4 of the demo face with the demo utterance as its audio track."""
    path = tmp_path_factory.mktemp("video") / "demo.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-loop", "1", "-framerate", "2", "-i", str(demo_sample.DEMO_IMAGE),
                    "-i", str(demo_sample.DEMO_AUDIO), "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", str(path)], check=True)
    return path


def test_video_frames_and_audio_track(demo_video):
    info = media.probe_video(demo_video)
    assert (info.width, info.height, info.fps, info.has_audio) == (256, 256, 2.0, True)
    frames = list(media.video_frames(demo_video, info))
    assert len(frames) >= 8 and frames[0].shape == (256, 256, 3)
    reference = media.load_image(demo_sample.DEMO_IMAGE).astype(np.float32)
    assert np.abs(frames[0].astype(np.float32) - reference).mean() < 12  # lossy codec, same picture
    track = media.video_audio(demo_video)
    speech = media.load_speech(demo_sample.DEMO_AUDIO)
    assert abs(len(track) - len(speech)) < 0.15 * 16000
    assert media.activity_end_s(track) == pytest.approx(media.activity_end_s(speech), abs=0.1)


def test_a_respawning_node_is_restarted_then_reported_when_it_keeps_dying(tmp_path):
    """A peripheral node's death ended a `run` session with no restart; `run --respawn` (like
    launch's respawn) starts it again, and reports it once its restarts are used up."""
    lines = []
    sup = Supervisor(tmp_path, respawn_delay_s=0.1, max_restarts=2, log=lines.append)
    sup.start("calm", py(CLEAN_ON_SIGINT))
    sup.start("flaky", py("import sys\nprint('gesture node up', flush=True)\nsys.exit(3)"), respawn=True)
    deadline = time.monotonic() + 30
    with pytest.raises(NodeDied) as info:
        while time.monotonic() < deadline:
            sup.check()
            time.sleep(0.05)
    assert [e.name for e in info.value.exits] == ["flaky"] and sup.restarts == {"flaky": 2}
    assert len(lines) == 2 and "restarting it (1 of 2)" in lines[0] and "exit code 3" in lines[0]
    assert (tmp_path / "flaky.log").read_text().count("gesture node up") == 3  # every run in one log
    assert sup.stop()["calm"] == 0
