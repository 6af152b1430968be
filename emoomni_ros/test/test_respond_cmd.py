"""``python3 -m emoomni_ros respond``: perception on the given files, fusion, E-CoT and the speech
instruction in one process. The bundled demo (a smile over "I got the job, but honestly I'm scared
I won't be good enough") end to end as a subprocess; the other inputs and every bad input in
process (exit code 2 with a clear message, never a traceback)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import numpy as np
import pytest

from emoomni_ros.bringup import demo_sample
from emoomni_ros.cli import COMMANDS, main
from emoomni_ros.reasoning import schema as S

STAGES = ("face", "vad", "voice", "asr", "text", "fusion", "reasoning", "instruction", "total")


def respond(capsys, *argv: str) -> tuple[int, dict | None, str]:
    code = main(["respond", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and "--json" in argv else None), out + err


def check_report(report: dict) -> None:
    affect, reasoning, ins = report["affect"], report["reasoning"], report["instruction"]
    for key in ("label", "valence", "arousal", "confidence", "conflict", "apparent_label"):
        assert key in affect
    assert -1 <= affect["valence"] <= 1 and 0 <= affect["confidence"] <= 1
    ecot = S.validate({k: (reasoning[k] if k in reasoning else reasoning["user_intent"]) for k in S.FIELDS})
    assert S.persona_violation(ecot) == ""
    assert reasoning["backend"] in ("embedded", "transformers", "openai", "vllm")
    assert ins["text"] and ins["voice_instruction"] and 0.5 <= ins["rate"] <= 2.0
    assert all(v >= 0 for v in report["timings_ms"].values()) and "total" in report["timings_ms"]


def test_respond_is_a_command():
    assert "respond" in COMMANDS


def test_demo_end_to_end_as_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "emoomni_ros", "respond", "--demo", "--json"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)  # stdout is the one JSON object
    check_report(report)
    assert report["words"]["source"] == "asr"
    heard = report["words"]["text"].lower()
    assert "job" in heard and "scared" in heard
    assert [c["modality"] for c in report["cues"]] == ["face", "voice", "text"]
    assert report["cues"][0]["label"] == "joy" and "lip corners pulled up" in " ".join(report["cues"][0]["evidence"])
    affect = report["affect"]
    # the smile over the worried words: a conflict, shown joy, felt something negative
    assert affect["conflict"] and affect["apparent_label"] == "joy"
    assert affect["label"] in ("fear", "sadness", "anger", "disgust")
    reasoning = report["reasoning"]
    assert reasoning["backend"] == "embedded" and not reasoning["fallback"]
    assert (reasoning["intent"], reasoning["strategy"]) == ("comfort", "reassure")
    assert "job" in reasoning["response"].lower() and "scared" in reasoning["response"].lower()  # both tones
    assert "conflict" in reasoning["emotion_analysis"] and reasoning["situation"] == "achievement"
    assert report["instruction"]["text"] == reasoning["response"]
    assert set(STAGES) <= set(report["timings_ms"])
    assert {"face", "voice", "asr", "text", "reasoning"} <= set(report["load_ms"])


def test_text_only(capsys):
    code, report, _ = respond(capsys, "--text", "I passed my driving test!", "--json")
    assert code == 0
    check_report(report)
    assert report["words"] == {"text": "I passed my driving test!", "source": "text", "asr_confidence": None}
    assert [c["modality"] for c in report["cues"]] == ["text"]
    assert report["reasoning"]["intent"] == "share_good_news" and report["reasoning"]["situation"] == "achievement"
    assert "ongratulations" in report["reasoning"]["response"]
    assert set(report["timings_ms"]) == {"text", "fusion", "reasoning", "instruction", "total"}


def test_face_and_text_with_the_reasoning_writer(capsys):
    code, report, _ = respond(capsys, "--face", str(demo_sample.DEMO_IMAGE), "--text", "My dog died this morning.",
                              "--writer", "reasoning", "--json")
    assert code == 0
    check_report(report)
    assert report["affect"]["person_id"].startswith("face_")
    assert report["instruction"]["writer"] == "reasoning"
    assert report["instruction"]["voice_instruction"].startswith(report["reasoning"]["voice_instruction"][:20])


def test_audio_with_typed_words_skips_recognition(capsys):
    code, report, _ = respond(capsys, "--audio", str(demo_sample.DEMO_AUDIO), "--text", "I'm fine.", "--json")
    assert code == 0
    assert report["words"]["source"] == "text" and "asr" not in report["timings_ms"]
    assert [c["modality"] for c in report["cues"]] == ["voice", "text"]


def test_human_readable_output(capsys):
    code, _, out = respond(capsys, "--text", "What should I do about my noisy neighbours?")
    assert code == 0
    for part in ("1. Emotion analysis:", "2. User intent [advice", "3. Response strategy [suggest]", "4. Response:",
                 "Voice:", "Backend: embedded", "Timings (ms):"):
        assert part in out


def test_a_backend_that_cannot_load_falls_back_and_says_why(capsys, tmp_path):
    code, report, _ = respond(capsys, "--text", "I'm scared of the dark.", "--backend", "transformers",
                              "--set", f"model_path={tmp_path / 'nothing'}", "--json")
    assert code == 0
    assert report["reasoning"]["backend"] == "embedded" and report["reasoning"]["requested_backend"] == "transformers"
    assert report["reasoning"]["fallback"] and "does not exist" in report["reasoning"]["fallback_reason"]
    assert any("answered with embedded" in w for w in report["warnings"])


def test_an_unreachable_server_falls_back(capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, report, _ = respond(capsys, "--text", "Hello there!", "--backend", "openai", "--set",
                              f"base_url=http://127.0.0.1:{port}/v1", "--set", "max_retries=0", "--json")
    assert code == 0
    assert report["reasoning"]["fallback"] and "APIConnectionError" in report["reasoning"]["fallback_reason"]


@pytest.fixture
def bad_files(tmp_path):
    import cv2
    import soundfile

    silent = tmp_path / "silent.wav"
    soundfile.write(str(silent), np.zeros(32000, np.float32), 16000)
    hum = tmp_path / "hum.wav"
    t = np.arange(32000) / 16000
    soundfile.write(str(hum), (0.01 * np.sin(2 * np.pi * 50 * t)).astype(np.float32), 16000)
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((240, 320, 3), 128, np.uint8))
    text_file = tmp_path / "notes.png"
    text_file.write_text("not an image")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    return {"silent": silent, "hum": hum, "blank": blank, "not_image": text_file, "empty": empty,
            "missing": tmp_path / "missing.png"}


@pytest.mark.parametrize("argv, message", [
    ([], "nothing to respond to"),
    (["--face", "{missing}"], "image not found"),
    (["--audio", "{missing}"], "audio file not found"),
    (["--face", "{not_image}"], "cannot read image"),
    (["--face", "{blank}"], "no face found"),
    (["--audio", "{silent}"], "no speech in"),
    (["--audio", "{hum}"], "no speech in"),
    (["--audio", "{empty}"], "cannot read audio file"),
    (["--audio", "{not_image}"], "cannot read audio file"),
    (["--text", "hi", "--set", "timeout_s"], "--set 'timeout_s': expected PARAM=VALUE"),
    (["--text", "hi", "--backend", "gpt"], "unknown reasoning backend 'gpt'"),
    (["--text", "hi", "--profile", "tiny"], "unknown profile 'tiny'"),
])
def test_bad_inputs_exit_2_with_a_clear_message(capsys, bad_files, argv, message):
    argv = [a.format(**bad_files) for a in argv]
    code, _, out = respond(capsys, *argv, "--json")
    assert code == 2
    assert f"error: {message}" in out and "Traceback" not in out


def test_a_face_that_is_not_found_is_a_warning_when_there_are_words(capsys, bad_files):
    code, report, _ = respond(capsys, "--face", str(bad_files["blank"]), "--text", "Hello!", "--json")
    assert code == 0 and any("no face found" in w for w in report["warnings"])
    assert [c["modality"] for c in report["cues"]] == ["text"]


def test_bad_input_as_a_subprocess_has_no_traceback(bad_files):
    proc = subprocess.run([sys.executable, "-m", "emoomni_ros", "respond", "--audio", str(bad_files["silent"]),
                           "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "error: no speech in" in proc.stderr and "Traceback" not in proc.stderr
