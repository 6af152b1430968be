"""Who writes the natural-language voice instruction of a SpeechInstruction.

- ``template`` (default): ``instruction.describe`` composes it from the numbers; no weights.
- ``reasoning``: the E-CoT's own ``voice_instruction`` (an LLM reasoning backend writes one),
  sanitised; the template when it is empty.
- ``openai``: a small LLM behind an OpenAI-compatible endpoint (e.g. ``vllm serve``; the client
  and its key rule: ``emoomni_ros/openai_client.py``), as the EmoOmni paper does; the template
  whenever the call fails or returns nothing usable.

Every writer returns the text and where it came from; it never raises. The safety strategy's voice
(calm and clear, from the table) is never reworded: for an ``ensure_safety`` E-CoT every writer
returns the template with source ``safety``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from emoomni_ros import openai_client
from emoomni_ros.datatypes import Reasoning, SpeechInstruction
from emoomni_ros.expression import text_sanitize
from emoomni_ros.reasoning.schema import STRATEGY_ENSURE_SAFETY
from emoomni_ros.settings import group, setting

WRITERS = ("template", "reasoning", "openai")


@dataclass
class OpenAIWriterOptions:
    """The ``openai`` writer's endpoint (parameters ``openai_base_url``, ``openai_model``, ``openai_timeout_s``)."""

    base_url: str = setting("", "OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 (the key: "
                            "EMOOMNI_OPENAI_API_KEY or OPENAI_API_KEY from the environment, none for a local server)")
    model: str = setting("", "model name served there")
    timeout_s: float = setting(2.0, "seconds before the template answers instead; read for each instruction",
                               min_value=0.1, max_value=60.0, live=True)


@dataclass
class SpeechDirectorSettings:
    """The parameters of the ``speech_director`` node (``nodes/speech_director.py``)."""

    voice_styles: str = setting("", "YAML merged over config/voice_styles.yaml ('' = the default table)")
    instruction_writer: str = setting("template", "who words the voice instruction: template (from the numbers), "
                                      "reasoning (the E-CoT's own), openai (an LLM at openai_base_url)",
                                      choices=WRITERS)
    openai: OpenAIWriterOptions = group(OpenAIWriterOptions, prefix="openai_")
MAX_INSTRUCTION_CHARS = 400
SYSTEM_PROMPT = (
    "You direct the voice of a caring social robot. Given the reply it will say and the planned delivery, "
    "write ONE short voice instruction for an instruct-TTS engine, in the imperative, about how to speak "
    "(speed, loudness, pitch, warmth, pauses, which words to stress), for example: 'Speak softly and slowly, "
    "warm and reassuring, with a short pause before the advice.' Do not repeat the reply. Answer with the "
    "instruction only."
)


SAFETY_SOURCE = "safety"


class Writer:
    name = "template"

    def write(self, reasoning: Reasoning, ins: SpeechInstruction) -> tuple[str, str]:
        """(instruction text, source): source is the writer's name, 'safety' for the safety strategy's
        fixed voice, or 'template' after a fallback."""
        if reasoning.strategy == STRATEGY_ENSURE_SAFETY:
            return ins.voice_instruction, SAFETY_SOURCE
        return ins.voice_instruction, "template"


class ReasoningWriter(Writer):
    name = "reasoning"

    def write(self, reasoning: Reasoning, ins: SpeechInstruction) -> tuple[str, str]:
        if reasoning.strategy == STRATEGY_ENSURE_SAFETY:
            return super().write(reasoning, ins)
        text = text_sanitize.clean(reasoning.voice_instruction, MAX_INSTRUCTION_CHARS).text
        return (text, "reasoning") if text else (ins.voice_instruction, "template")


class OpenAIWriter(Writer):
    name = "openai"

    def __init__(self, base_url: str, model: str, timeout_s: float = OpenAIWriterOptions.timeout_s,
                 max_tokens: int = 60):
        """``timeout_s`` is read for each instruction (it may change while the node runs)."""
        if not base_url or not model:
            raise ValueError("the openai instruction writer needs base_url and model")
        self.model, self.max_tokens, self.timeout_s = model, int(max_tokens), float(timeout_s)
        self.client = openai_client.make_client(base_url, self.timeout_s, max_retries=0)
        self.last_error = ""

    def prompt(self, reasoning: Reasoning, ins: SpeechInstruction) -> str:
        plan = {"reply": ins.text[:600], "emotion": ins.emotion, "intensity": round(ins.intensity, 2),
                "strategy": reasoning.strategy, "rate": round(ins.rate, 2), "pitch_shift": round(ins.pitch, 2),
                "pitch_range": round(ins.pitch_range, 2), "volume": round(ins.volume, 2),
                "pause_before_s": round(ins.pause_before_s, 2), "stress": ins.emphasis,
                "draft_instruction": ins.voice_instruction}
        return json.dumps(plan, ensure_ascii=False)

    def write(self, reasoning: Reasoning, ins: SpeechInstruction) -> tuple[str, str]:
        if reasoning.strategy == STRATEGY_ENSURE_SAFETY:
            return super().write(reasoning, ins)
        try:
            reply = self.client.chat.completions.create(
                model=self.model, max_tokens=self.max_tokens, temperature=0.3, timeout=self.timeout_s,
                messages=[{"role": "system", "content": SYSTEM_PROMPT},
                          {"role": "user", "content": self.prompt(reasoning, ins)}])
            content = reply.choices[0].message.content or ""
        except Exception as exc:  # server down, timeout, malformed reply: the template answers
            self.last_error = f"{type(exc).__name__}: {exc}"[:300]
            return ins.voice_instruction, "template"
        text = text_sanitize.clean(content.strip().strip('"'), MAX_INSTRUCTION_CHARS).text
        if len(text) < 8:
            self.last_error = f"unusable reply {content[:80]!r}"
            return ins.voice_instruction, "template"
        self.last_error = ""
        return text, "openai"


def create(name: str, **options: object) -> Writer:
    """Raises ValueError for an unknown writer or missing options (``openai``: base_url, model,
    timeout_s, as in OpenAIWriterOptions)."""
    if name == "template":
        return Writer()
    if name == "reasoning":
        return ReasoningWriter()
    if name == "openai":
        return OpenAIWriter(**options)
    raise ValueError(f"unknown instruction writer {name!r}; writers: {list(WRITERS)}")
