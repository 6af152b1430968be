"""E-CoT from an in-process vLLM engine on the robot's GPU, with structured (guided) JSON decoding
against the E-CoT schema. vLLM is imported only on ``load`` (it is a GPU extra, see
requirements/gpu.txt); where it is missing, ``load`` raises BackendUnavailable and the node
follows its ``load_fallback`` parameter."""

from __future__ import annotations

import gc
from pathlib import Path

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
from emoomni_ros.reasoning.settings import LlmOptions, VllmOptions


def sampling_params(vllm, temperature: float, max_tokens: int, guided: bool):
    """SamplingParams with JSON-schema structured output (vLLM >= 0.11: StructuredOutputsParams;
    older: GuidedDecodingParams)."""
    kwargs = {"temperature": temperature, "max_tokens": max_tokens}
    if guided:
        try:
            from vllm.sampling_params import StructuredOutputsParams

            kwargs["structured_outputs"] = StructuredOutputsParams(json=ECOT_JSON_SCHEMA)
        except ImportError:
            from vllm.sampling_params import GuidedDecodingParams

            kwargs["guided_decoding"] = GuidedDecodingParams(json=ECOT_JSON_SCHEMA)
    return vllm.SamplingParams(**kwargs)


class VllmBackend(Backend):
    name = "vllm"

    def __init__(self, model_path: str = "", gpu_memory_utilization: float = VllmOptions.gpu_memory_utilization,
                 max_model_len: int = VllmOptions.max_model_len, max_tokens: int = LlmOptions.max_tokens,
                 temperature: float = LlmOptions.temperature, dtype: str = VllmOptions.dtype,
                 guided: bool = VllmOptions.guided, enforce_eager: bool = False, persona: str = LlmOptions.persona):
        """Defaults: the node's settings (``reasoning/settings.py``); ``model_path`` (a local model
        folder) has none."""
        self.model_path, self.max_model_len = model_path, max_model_len
        self.gpu_memory_utilization = gpu_memory_utilization
        self.max_tokens, self.temperature, self.dtype, self.guided = max_tokens, temperature, dtype, guided
        self.enforce_eager, self.persona = enforce_eager, persona
        self.llm = None
        self.last_output = ""

    def load(self) -> None:
        try:
            import vllm
        except ImportError as exc:
            raise BackendUnavailable("vllm is not installed (GPU profile: pip install -r requirements/gpu.txt "
                                     f"on a CUDA machine): {exc}") from None
        if not self.model_path or not Path(self.model_path).expanduser().exists():
            raise BackendUnavailable(f"model_path {self.model_path!r} does not exist (a local model folder)")
        self._vllm = vllm
        try:
            self.llm = vllm.LLM(model=str(Path(self.model_path).expanduser()), dtype=self.dtype,
                                gpu_memory_utilization=self.gpu_memory_utilization, max_model_len=self.max_model_len,
                                enforce_eager=self.enforce_eager)
        except Exception as exc:  # CUDA missing, out of memory, unsupported model...
            raise BackendUnavailable(f"vLLM could not start: {type(exc).__name__}: {exc}") from None
        self._params = sampling_params(vllm, self.temperature, self.max_tokens, self.guided)

    def close(self) -> None:
        if self.llm is not None:
            del self.llm
            self.llm = None
            gc.collect()
            try:
                import torch

                torch.cuda.empty_cache()
            except Exception:  # freeing is best effort
                pass

    def think(self, request: ReasoningRequest, on_stage: StageCallback = lambda s, p: None,
              cancelled: CancelCheck = lambda: False) -> ECoT:
        if self.llm is None:
            raise BackendError("engine not loaded")
        if cancelled():
            raise Cancelled()
        on_stage("generating", "")
        try:
            outputs = self.llm.chat([prompt.build_messages(request, self.persona)], self._params, use_tqdm=False)
            text = outputs[0].outputs[0].text
        except Exception as exc:  # the engine reports errors as plain exceptions
            raise BackendError(f"vLLM generation failed: {type(exc).__name__}: {exc}") from None
        if cancelled():
            raise Cancelled()
        self.last_output = text
        try:
            ecot = validate(parse_json_object(text))
        except SchemaError as exc:
            raise BackendError(f"invalid output: {exc}") from None
        emit_stages(ecot, on_stage)
        return ecot
