"""The instruct backend's `openai` engine against a local stand-in for an instruct-TTS server (an HTTP
server on 127.0.0.1 that answers /v1/audio/speech with a WAV made by espeak-ng at the requested
speed), and the `parler` engine's errors. The real models need a GPU: see docs/expression.md."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import numpy as np
import pytest
import soundfile

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import tts


class SpeechServer:
    def __init__(self, rate=24000):
        self.requests = []
        self.fail = False
        self.rate = rate
        espeak = tts.create("espeak")
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((self.path, body))
                if outer.fail or self.path != "/v1/audio/speech":
                    self.send_response(500)
                    self.end_headers()
                    return
                audio = espeak.synthesize(body["input"], SpeechInstruction(text="x", rate=body.get("speed", 1.0)))
                from emoomni_ros.perception.voice.audio import resample

                buf = io.BytesIO()
                soundfile.write(buf, resample(audio, espeak.sample_rate, outer.rate), outer.rate, format="WAV",
                                subtype="PCM_16")
                payload = buf.getvalue()
                self.send_response(200)
                self.send_header("Content-Type", "audio/wav")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    s = SpeechServer()
    yield s
    s.close()


def _rms(x):
    return float(np.sqrt(np.mean(np.square(x))))


def test_openai_engine_sends_text_instruction_and_speed(server):
    backend = tts.create("instruct", engine="openai", base_url=server.url, model="qwen3-tts", voice="Ethan")
    assert backend.name == "instruct" and backend.sample_rate == 24000
    ins = SpeechInstruction(text="I am here for you.", voice_instruction="Speak softly and slowly, warm.", rate=0.7,
                            volume=0.5)
    quiet = backend.synthesize("I am here for you.", ins)
    path, body = server.requests[-1]
    assert path == "/v1/audio/speech"
    assert body["input"] == "I am here for you." and body["instructions"] == "Speak softly and slowly, warm."
    assert body["model"] == "qwen3-tts" and body["voice"] == "Ethan" and body["speed"] == pytest.approx(0.7)
    loud = backend.synthesize("I am here for you.", SpeechInstruction(text="x", voice_instruction="Loud.", volume=1.5))
    assert quiet.size > loud.size * 1.2  # slower
    assert _rms(loud) > _rms(quiet) * 2.0
    assert tts.prepare(backend, ins).unsupported == []


def test_openai_engine_composes_an_instruction_when_none_is_given(server):
    backend = tts.create("instruct", engine="openai", base_url=server.url, model="m")
    backend.synthesize("Hello.", SpeechInstruction(text="Hello.", emotion="sadness", intensity=0.9, rate=0.7,
                                                   volume=0.6))
    assert "softly and slowly" in server.requests[-1][1]["instructions"]


def test_openai_engine_resamples_a_changed_rate(server):
    backend = tts.create("instruct", engine="openai", base_url=server.url, model="m")
    server.rate = 16000
    audio = backend.synthesize("Hello there.", SpeechInstruction(text="x"))
    direct = tts.create("espeak").synthesize("Hello there.", SpeechInstruction(text="x"))
    assert audio.size / 24000 == pytest.approx(direct.size / 22050, rel=0.02)


def test_openai_engine_errors(server):
    backend = tts.create("instruct", engine="openai", base_url=server.url, model="m")
    server.fail = True
    with pytest.raises(tts.SynthesisError):
        backend.synthesize("Hello.", SpeechInstruction(text="x"))
    with pytest.raises(tts.BackendUnavailable, match="does not answer"):
        tts.create("instruct", engine="openai", base_url=server.url, model="m")
    server.close()
    with pytest.raises(tts.BackendUnavailable, match="does not answer"):
        tts.create("instruct", engine="openai", base_url=server.url, model="m", timeout_s=2.0)
    with pytest.raises(tts.BackendUnavailable, match="needs base_url"):
        tts.create("instruct", engine="openai")
