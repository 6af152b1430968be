"""E-CoT from any OpenAI-compatible chat server (``vllm serve``, llama.cpp server, a hosted API):
one server can reason for a fleet of robots. Timeouts and retries are the client's; structured
output is requested as a JSON schema (``structured: json_schema``), a JSON object
(``json_object``) or only through the prompt (``none``), and the answer is validated."""

from __future__ import annotations

import os

from emoomni_ros.reasoning import prompt
from emoomni_ros.reasoning.base import (
    Backend,
    BackendError,
    BackendUnavailable,
    CancelCheck,
    Cancelled,
    ReasoningRequest,
    StageCallback,
    emit_stages,
)
from emoomni_ros.reasoning.schema import ECOT_JSON_SCHEMA, ECoT, SchemaError, parse_json_object, validate

STRUCTURED = ("json_schema", "json_object", "none")


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, base_url: str = "http://localhost:8000/v1", model: str = "default", api_key: str = "",
                 timeout_s: float = 20.0, max_retries: int = 1, structured: str = "json_schema",
                 temperature: float = 0.3, max_tokens: int = 600, stream: bool = True,
                 persona: str = prompt.DEFAULT_PERSONA):
        if structured not in STRUCTURED:
            raise ValueError(f"structured must be one of {STRUCTURED}, got {structured!r}")
        self.base_url, self.model, self.timeout_s, self.max_retries = base_url, model, timeout_s, max_retries
        self.api_key = (api_key or os.environ.get("EMOOMNI_OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
                        or "EMPTY")
        self.structured, self.temperature, self.max_tokens = structured, temperature, max_tokens
        self.stream, self.persona = stream, persona
        self.client = None
        self.last_output = ""

    def load(self) -> None:
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - openai is in requirements/cpu.txt
            raise BackendUnavailable("the openai client is not installed (pip install openai)") from exc
        self._errors = (openai.APIError, openai.APIConnectionError, openai.APITimeoutError)
        self.client = openai.OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout_s,
                                    max_retries=self.max_retries)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def _response_format(self) -> dict | None:
        if self.structured == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": "ecot", "schema": ECOT_JSON_SCHEMA, "strict": True}}
        if self.structured == "json_object":
            return {"type": "json_object"}
        return None

    def think(self, request: ReasoningRequest, on_stage: StageCallback = lambda s, p: None,
              cancelled: CancelCheck = lambda: False) -> ECoT:
        if self.client is None:
            raise BackendError("client not loaded")
        kwargs = {"model": self.model, "messages": prompt.build_messages(request, self.persona),
                  "temperature": self.temperature, "max_tokens": self.max_tokens}
        if self._response_format():
            kwargs["response_format"] = self._response_format()
        try:
            if self.stream:
                text = ""
                stream = self.client.chat.completions.create(stream=True, **kwargs)
                with stream:
                    for chunk in stream:
                        if cancelled():
                            raise Cancelled()
                        if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                            text += chunk.choices[0].delta.content
                            on_stage("generating", text)
            else:
                reply = self.client.chat.completions.create(**kwargs)
                text = reply.choices[0].message.content or "" if reply.choices else ""
        except self._errors as exc:
            raise BackendError(f"{type(exc).__name__} from {self.base_url}: {exc}") from None
        self.last_output = text
        try:
            ecot = validate(parse_json_object(text))
        except SchemaError as exc:
            raise BackendError(f"invalid output: {exc}") from None
        emit_stages(ecot, on_stage)
        return ecot
