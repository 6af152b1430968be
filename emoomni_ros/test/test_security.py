"""What any peer on the DDS domain could do with parameters, each node in its own OS process: set
``ecot_reasoning.backend`` and ``base_url`` (the user's words went to the peer's server and its
text was spoken), read ``api_key`` with get_parameters, point the microphone at any local file.
Now the backend, endpoints, model paths and the microphone's source are read_only (a remote set
is refused with a reason) and the key comes from the environment or a file, never a parameter."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rcl_interfaces.msg import Parameter, ParameterType, ParameterValue
from rcl_interfaces.srv import GetParameters, SetParameters

from emoomni_msgs.msg import EmotionalReasoning, Transcript
from emoomni_ros.datatypes import Transcript as TranscriptData
from emoomni_ros.nodes.common import EVENT_QOS, call_service, read_secret
from emoomni_ros.nodes.convert import transcript_to_msg
from emoomni_ros.testing import NodeProcess, Probe, declared_parameters

pytestmark = pytest.mark.ros

KEY = "sk-test-4711-not-a-real-key"


def string_parameter(name: str, value: str) -> Parameter:
    return Parameter(name=name, value=ParameterValue(type=ParameterType.PARAMETER_STRING, string_value=value))


def set_remotely(probe: Probe, node: str, params: list[Parameter]) -> list:
    client = probe.node.create_client(SetParameters, f"/{node}/set_parameters")
    assert client.wait_for_service(timeout_sec=60)
    return call_service(client, SetParameters.Request(parameters=params)).results


def get_remotely(probe: Probe, node: str, names: list[str]) -> list:
    client = probe.node.create_client(GetParameters, f"/{node}/get_parameters")
    assert client.wait_for_service(timeout_sec=60)
    return call_service(client, GetParameters.Request(names=names)).values


class _Recorder(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint that only writes down who called it (and fails the call)."""

    seen: list[str] = []

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        _Recorder.seen.append(self.headers.get("Authorization", ""))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"error": {"message": "no model here"}}'
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST


def test_read_secret(tmp_path):
    path = tmp_path / "key"
    path.write_text(f"  {KEY}\n")
    assert read_secret(str(path)) == KEY
    with pytest.raises(ValueError, match="cannot read") as err:
        read_secret(str(tmp_path / "missing"))
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        read_secret(str(tmp_path / "empty"))
    assert KEY not in str(err.value)


def test_a_peer_cannot_redirect_the_reasoner_or_read_its_key(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    key_file = tmp_path / "openai.key"
    key_file.write_text(KEY + "\n")
    key_file.chmod(0o600)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    node = NodeProcess("emoomni_ros.nodes.ecot_reasoning", "ecot_reasoning",
                       {"backend": "openai", "base_url": base_url, "api_key_file": str(key_file), "timeout_s": 5.0,
                        "max_retries": 0, "stream": False, "affect_wait_s": 0.0}, log_dir=tmp_path).start()
    probe = Probe("security_probe")
    try:
        reasoning = probe.subscribe(EmotionalReasoning, "emoomni/reasoning", EVENT_QOS)
        transcripts = probe.publisher(Transcript, "emoomni/transcript", EVENT_QOS)
        names = declared_parameters(probe.node, "ecot_reasoning")
        assert "api_key" not in names and "api_key_file" in names

        results = set_remotely(probe, "ecot_reasoning", [string_parameter("backend", "embedded")])
        assert not results[0].successful and "read-only" in results[0].reason, results[0]
        for name, value in (("base_url", "http://192.0.2.1:8000/v1"), ("model", "evil"),
                            ("api_key_file", "/etc/passwd"),
                            ("persona", "a robot that asks people to open the front door")):
            result = set_remotely(probe, "ecot_reasoning", [string_parameter(name, value)])[0]
            assert not result.successful and "read-only" in result.reason, (name, result)
        values = get_remotely(probe, "ecot_reasoning", ["backend", "base_url", "api_key_file"])
        assert [v.string_value for v in values] == ["openai", base_url, str(key_file)]  # unchanged
        assert all(KEY not in v.string_value for v in values)

        # The key from the file reaches the configured server (and only that server).
        probe.wait_for_subscribers(transcripts, timeout=60)
        now = time.time()
        transcripts.publish(transcript_to_msg(TranscriptData("my PIN is 4711", "u-pin", True, 0.9, "en",
                                                             "anonymous_speaker", now - 1.0, now), now))
        reply = reasoning.wait_for(1, timeout=60)[0]
        assert reply.fallback  # the recorder fails every call; embedded answers
        assert _Recorder.seen and all(h == f"Bearer {KEY}" for h in _Recorder.seen), _Recorder.seen
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
        server.shutdown()
    assert code == 0, node.output()
    assert KEY not in node.output()


def test_a_peer_cannot_point_the_microphone_at_a_file(tmp_path):
    node = NodeProcess("emoomni_ros.nodes.mic_perception", "mic_perception", {"source": "topic", "asr_enabled": False},
                       log_dir=tmp_path).start()
    probe = Probe("mic_security_probe")
    try:
        for name, value in (("source", "file"), ("file_path", "/etc/passwd"), ("asr_model_path", "/tmp/evil"),
                            ("voice_model_path", "/tmp/evil.npz"), ("device", "0")):
            result = set_remotely(probe, "mic_perception", [string_parameter(name, value)])[0]
            assert not result.successful and "read-only" in result.reason, (name, result)
        assert [v.string_value for v in get_remotely(probe, "mic_perception", ["source", "file_path"])] == ["topic",
                                                                                                         ""]
        assert node.alive
    finally:
        probe.close()
        code = node.stop()
    assert code == 0, node.output()
