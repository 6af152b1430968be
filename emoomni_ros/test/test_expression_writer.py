"""Who words the voice instruction: template, the E-CoT's own, or an LLM behind an OpenAI-compatible
endpoint (here a local HTTP server on 127.0.0.1 standing in for `vllm serve`)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from emoomni_ros.datatypes import Reasoning
from emoomni_ros.expression import instruction, instruction_writer


def _reasoning(voice_instruction=""):
    return Reasoning(utterance="I failed my exam.", emotion_analysis="", user_intent="", intent="comfort",
                     response_strategy="", strategy="validate", response="I am sorry. That is really hard.",
                     voice_instruction=voice_instruction, emotion="sadness", intensity=0.8, backend="embedded")


class _Server:
    """A chat-completions endpoint whose reply the test sets; records the requests."""

    def __init__(self):
        self.reply = "Speak gently and slowly, with warmth."
        self.status = 200
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((self.path, body))
                if outer.status != 200:
                    payload = b'{"error": {"message": "overloaded"}}'
                else:
                    payload = json.dumps({
                        "id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": outer.reply}}],
                    }).encode()
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    s = _Server()
    yield s
    s.close()


def test_template_writer_keeps_the_composed_instruction():
    ins = instruction.distil(_reasoning())
    assert instruction_writer.create("template").write(_reasoning(), ins) == (ins.voice_instruction, "template")


def test_reasoning_writer_uses_the_ecot_instruction_sanitised():
    ins = instruction.distil(_reasoning())
    writer = instruction_writer.create("reasoning")
    text, source = writer.write(_reasoning('<prosody rate="x-fast">Speak softly</prosody>, warmly.'), ins)
    assert (text, source) == ("Speak softly, warmly.", "reasoning")
    assert writer.write(_reasoning(""), ins) == (ins.voice_instruction, "template")


def test_openai_writer_asks_the_endpoint(server):
    ins = instruction.distil(_reasoning())
    writer = instruction_writer.create("openai", base_url=server.url, model="smollm2", timeout_s=5.0)
    text, source = writer.write(_reasoning(), ins)
    assert (text, source) == ("Speak gently and slowly, with warmth.", "openai")
    path, body = server.requests[0]
    assert path == "/v1/chat/completions" and body["model"] == "smollm2"
    plan = json.loads(body["messages"][1]["content"])
    assert plan["emotion"] == "sadness" and plan["strategy"] == "validate" and plan["rate"] < 1.0


def test_the_safety_voice_is_never_reworded(server):
    safety = Reasoning(utterance="I've been thinking about ending it all.", emotion_analysis="", user_intent="",
                       intent="safety", response_strategy="", strategy="ensure_safety",
                       response="You are not alone. Are you safe right now?", backend="embedded",
                       voice_instruction="Speak sadly and very softly, almost whispering.", emotion="sadness",
                       intensity=0.8)
    ins = instruction.distil(safety)
    assert "calm" in ins.voice_instruction and "clear" in ins.voice_instruction
    for name, options in (("template", {}), ("reasoning", {}),
                          ("openai", {"base_url": server.url, "model": "m", "timeout_s": 5.0})):
        assert instruction_writer.create(name, **options).write(safety, ins) == (ins.voice_instruction, "safety")
    assert server.requests == []  # the endpoint is not asked


def test_openai_writer_falls_back_to_the_template(server):
    ins = instruction.distil(_reasoning())
    writer = instruction_writer.create("openai", base_url=server.url, model="m", timeout_s=5.0)
    server.reply = '<speak><audio src="x"/></speak>'
    assert writer.write(_reasoning(), ins) == (ins.voice_instruction, "template")
    assert "unusable" in writer.last_error
    server.status = 503
    assert writer.write(_reasoning(), ins) == (ins.voice_instruction, "template")
    assert writer.last_error
    server.close()
    assert writer.write(_reasoning(), ins) == (ins.voice_instruction, "template")


def test_unknown_writer_and_missing_options():
    with pytest.raises(ValueError, match="unknown instruction writer"):
        instruction_writer.create("oracle")
    with pytest.raises(ValueError, match="base_url and model"):
        instruction_writer.create("openai", base_url="", model="")
