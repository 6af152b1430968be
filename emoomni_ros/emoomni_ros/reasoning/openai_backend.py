"""E-CoT from any OpenAI-compatible chat server (``vllm serve``, llama.cpp server, a hosted API):
one server can reason for a fleet of robots. The client comes from ``openai_client`` (its key rule);
timeouts (read for each request) and retries are the client's; structured
output is requested as a JSON schema (``structured: json_schema``), a JSON object
(``json_object``) or only through the prompt (``none``), and the answer is validated."""

from __future__ import annotations

from emoomni_ros import openai_client
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
from emoomni_ros.reasoning.settings import STRUCTURED, LlmOptions, OpenAIOptions


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, base_url: str = OpenAIOptions.base_url, model: str = OpenAIOptions.model, api_key: str = "",
                 api_key_file: str = OpenAIOptions.api_key_file, timeout_s: float = LlmOptions.timeout_s,
                 max_retries: int = OpenAIOptions.max_retries, structured: str = OpenAIOptions.structured,
                 temperature: float = LlmOptions.temperature, max_tokens: int = LlmOptions.max_tokens,
                 stream: bool = OpenAIOptions.stream, persona: str = LlmOptions.persona):
        """The key: ``api_key``, else the file ``api_key_file``, else the environment
        (``openai_client.api_key``); ValueError when the key file cannot be read."""
        if structured not in STRUCTURED:
            raise ValueError(f"structured must be one of {STRUCTURED}, got {structured!r}")
        self.base_url, self.model, self.timeout_s, self.max_retries = base_url, model, timeout_s, max_retries
        self.api_key = openai_client.api_key(api_key, api_key_file)
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
        self.client = openai_client.make_client(self.base_url, self.timeout_s, key=self.api_key,
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
                  "temperature": self.temperature, "max_tokens": self.max_tokens,
                  "timeout": self.timeout_s}  # per request: timeout_s may change while the node runs
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
