"""`python3 -m emoomni_ros say`: speaks to a WAV file and reports what it applied."""

import json
import subprocess
import sys

import soundfile

from emoomni_ros.cli import main


def test_say_writes_a_wav_and_prints_the_applied_instruction(tmp_path, capsys):
    out = tmp_path / "sorry.wav"
    code = main(["say", "--text", "I am so sorry. <b>It is not your fault.</b> \U0001f622", "--emotion", "sadness",
                 "--intensity", "0.8", "--strategy", "validate", "--volume", "0.5", "--out", str(out), "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    for key in ("first_audio_ms", "duration_s", "backend", "applied", "unsupported", "sample_rate"):
        assert key in report
    assert report["backend"] == "espeak" and report["sentences"] == 2 and report["unsupported"] == []
    applied = report["applied"]
    assert applied["text"] == "I am so sorry. It is not your fault."
    assert applied["emotion"] == "sadness" and applied["volume"] == 0.5 and applied["rate"] < 1.0
    assert "softly" in applied["voice_instruction"]
    audio, rate = soundfile.read(str(out))
    assert rate == report["sample_rate"] == 22050
    assert abs(audio.size / rate - report["duration_s"]) < 0.01 and report["duration_s"] > 1.5


def test_say_reports_what_piper_cannot_do(tmp_path, capsys):
    code = main(["say", "--text", "Great news!", "--emotion", "joy", "--intensity", "0.9", "--backend", "piper",
                 "--out", str(tmp_path / "a.wav"), "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["backend"] == "piper" and "pitch" in report["unsupported"]


def test_say_fails_clearly_on_empty_text_and_missing_backend(tmp_path):
    run = [sys.executable, "-m", "emoomni_ros", "say", "--out", str(tmp_path / "x.wav")]
    empty = subprocess.run(run + ["--text", "\U0001f600 <i></i>"], capture_output=True, text=True, timeout=60)
    assert empty.returncode == 2 and "nothing to say" in empty.stdout
    missing = subprocess.run(run + ["--text", "Hi.", "--backend", "instruct"], capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode == 3 and "needs model_path" in missing.stdout
    assert not (tmp_path / "x.wav").exists()
