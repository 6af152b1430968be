"""The E-CoT contract in plain Python: intent and strategy names (mirroring the INTENT_* and
STRATEGY_* constants of ``emoomni_msgs/msg/EmotionalReasoning.msg``, which is the source of
truth; a test checks they agree), the JSON schema an LLM backend must answer with, and the
validation that turns a model's JSON into safe, clamped fields."""

from __future__ import annotations

import json
import numbers
import re
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any

from emoomni_ros import labels

INTENT_COMFORT = "comfort"
INTENT_VENT = "vent"
INTENT_ADVICE = "advice"
INTENT_SHARE_GOOD_NEWS = "share_good_news"
INTENT_INFORMATION = "information"
INTENT_SMALL_TALK = "small_talk"
INTENT_COMPLAINT = "complaint"
INTENT_SAFETY = "safety"
INTENTS: tuple[str, ...] = (INTENT_COMFORT, INTENT_VENT, INTENT_ADVICE, INTENT_SHARE_GOOD_NEWS,
                            INTENT_INFORMATION, INTENT_SMALL_TALK, INTENT_COMPLAINT, INTENT_SAFETY)

STRATEGY_VALIDATE = "validate"
STRATEGY_REASSURE = "reassure"
STRATEGY_MIRROR_ENTHUSIASM = "mirror_enthusiasm"
STRATEGY_DE_ESCALATE = "de_escalate"
STRATEGY_ASK_GENTLY = "ask_gently"
STRATEGY_INFORM = "inform"
STRATEGY_SUGGEST = "suggest"
STRATEGY_ENSURE_SAFETY = "ensure_safety"
STRATEGIES: tuple[str, ...] = (STRATEGY_VALIDATE, STRATEGY_REASSURE, STRATEGY_MIRROR_ENTHUSIASM,
                               STRATEGY_DE_ESCALATE, STRATEGY_ASK_GENTLY, STRATEGY_INFORM, STRATEGY_SUGGEST,
                               STRATEGY_ENSURE_SAFETY)

# What the person tells about (``situation``); mirrors SITUATION_* of EmotionalReasoning.msg.
SITUATIONS: tuple[str, ...] = ("loss", "loneliness", "rejection", "health", "danger", "conflict", "pressure",
                               "money", "achievement", "family", "plans", "request", "small_talk")

def _part(description: str = "", *, max_chars: int = 0, choices: tuple[str, ...] = (), optional: bool = False,
          number: bool = False) -> Any:
    """One E-CoT field: free text (at most ``max_chars``, cut beyond), one of ``choices`` (``optional``:
    a model may leave it out, "" = unclear) or a number in [0, 1]."""
    return field(default="" if optional else MISSING, metadata={
        "description": description, "max_chars": max_chars, "choices": choices, "number": number})


@dataclass(kw_only=True)
class ECoT:
    """The E-CoT answer, validated and clamped: the four parts (analysis, intent, strategy, response)
    as text and as labels, and how to say it. The one definition of the E-CoT fields: the JSON schema
    below, ``datatypes.Reasoning`` and the message conversion (``nodes/convert.py``) are made from it,
    in this order (the order an LLM writes them in)."""

    emotion_analysis: str = _part("what the face, voice and words each show, any conflict, the felt emotion",
                                  max_chars=1200)
    situation: str = _part("what the person tells about; empty when unclear", choices=SITUATIONS, optional=True)
    user_intent: str = _part("what the person wants, in one sentence", max_chars=400)
    intent: str = _part(choices=INTENTS)
    response_strategy: str = _part("how to answer, in one sentence", max_chars=400)
    strategy: str = _part(choices=STRATEGIES)
    response: str = _part("what the robot says, one to three short sentences", max_chars=600)
    voice_instruction: str = _part("how the reply should sound, e.g. 'speak softly and slowly'", max_chars=300)
    emotion: str = _part(choices=labels.CORE_LABELS)
    intensity: float = _part(number=True)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ECoT))
# Longest text accepted per free-text field (characters); longer model output is cut at a word boundary.
MAX_CHARS: dict[str, int] = {f.name: f.metadata["max_chars"] for f in fields(ECoT) if f.metadata["max_chars"]}
TEXT_FIELDS: tuple[str, ...] = tuple(MAX_CHARS)
# Fields a model may leave out (validate fills them in: situation "" = unclear).
OPTIONAL_FIELDS: dict[str, Any] = {f.name: f.default for f in fields(ECoT) if f.default is not MISSING}


def _json_property(f: Field) -> dict[str, Any]:
    meta = f.metadata
    if meta["number"]:
        prop: dict[str, Any] = {"type": "number", "minimum": 0.0, "maximum": 1.0}
    elif meta["choices"]:
        prop = {"type": "string", "enum": [*meta["choices"], *([f.default] if f.name in OPTIONAL_FIELDS else [])]}
    else:
        prop = {"type": "string", "minLength": 1, "maxLength": meta["max_chars"]}
    if meta["description"]:
        prop["description"] = meta["description"]
    return prop


ECOT_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "EmotionalChainOfThought",
    "properties": {f.name: _json_property(f) for f in fields(ECoT)},
    "required": list(FIELDS),
    "additionalProperties": False,
}


class SchemaError(ValueError):
    """Model output that is not a valid E-CoT object."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str, limit: int) -> str:
    """Control characters removed, whitespace collapsed, cut to ``limit`` characters at a word."""
    text = " ".join(_CONTROL.sub(" ", str(text)).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]).rstrip(" ,;:") + "…"


def _enum(value: Any, allowed: tuple[str, ...], name: str) -> str:
    if not isinstance(value, str):
        raise SchemaError(f"{name} must be a string, got {type(value).__name__}")
    key = re.sub(r"[\s\-]+", "_", value.strip().lower())
    if key not in allowed:
        raise SchemaError(f"{name} {value[:40]!r} is not one of {list(allowed)}")
    return key


def clamp01(value: Any) -> float:
    """A number limited to [0, 1]; raises SchemaError for a non-number."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, str)):
        raise SchemaError(f"intensity must be a number, got {type(value).__name__}")
    try:
        number = float(value)
    except ValueError:
        raise SchemaError(f"intensity must be a number, got {str(value)[:20]!r}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise SchemaError("intensity must be finite")
    return max(0.0, min(1.0, number))


def validate(obj: Any) -> ECoT:
    """A parsed JSON object -> ECoT. Raises SchemaError naming the first problem.

    Over-long texts are cut and ``intensity`` clamped to [0, 1] rather than rejected: a model that
    is verbose or exuberant still gives a usable answer; anything missing or of the wrong type is not.
    """
    if not isinstance(obj, dict):
        raise SchemaError(f"expected a JSON object, got {type(obj).__name__}")
    obj = {**OPTIONAL_FIELDS, **obj}
    missing = [name for name in FIELDS if name not in obj]
    if missing:
        raise SchemaError(f"missing fields: {missing}")
    values: dict[str, Any] = {}
    for f in sorted(fields(ECoT), key=_check_order):  # the texts first, then the labels
        value, meta = obj[f.name], f.metadata
        if meta["number"]:
            values[f.name] = clamp01(value)
        elif meta["choices"]:
            values[f.name] = _enum(value, meta["choices"], f.name) if value or f.name not in OPTIONAL_FIELDS else ""
        else:
            if not isinstance(value, str):
                raise SchemaError(f"{f.name} must be a string, got {type(value).__name__}")
            values[f.name] = clean_text(value, meta["max_chars"])
            if not values[f.name]:
                raise SchemaError(f"{f.name} is empty")
    return ECoT(**values)


def _check_order(f: Field) -> int:
    return 0 if f.metadata["max_chars"] else 2 if f.name in OPTIONAL_FIELDS else 1


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def parse_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in a model's text (code fences and chatter around it are ignored).

    Raises SchemaError when there is none."""
    if not isinstance(text, str) or not text.strip():
        raise SchemaError("empty model output")
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        start = candidate.find("{")
        while start != -1:
            try:
                obj, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                start = candidate.find("{", start + 1)
                continue
            if isinstance(obj, dict):
                return obj
            start = candidate.find("{", start + 1)
    raise SchemaError(f"no JSON object in model output: {text.strip()[:80]!r}")


# A reply that breaks the robot's persona (hostility towards the person, leaking its instructions)
# is rejected like invalid JSON, whatever the backend.
_PERSONA_BREAKS = re.compile(
    r"\b(i\s+(really\s+)?(hate|despise|loathe)\s+(you|u)\b"
    r"|(you|u)\s*(are|re|'re|’re|r)\s+(so\s+|such\s+(an?\s+)?|an?\s+|really\s+|truly\s+)?(stupid|worthless|idiot"
    r"|pathetic|useless|a\s+loser|loser|a\s+failure|ugly|disgusting)\b"
    r"|nobody\s+(likes|loves|cares\s+about)\s+you|kill\s+yourself|go\s+die"
    r"|i\s*(am|'m|’m)\s+(so\s+|really\s+|very\s+|getting\s+)?(angry|mad|furious|annoyed|disgusted|fed\s+up|sick\s+"
    r"and\s+tired)\s+(with|at|of)\s+(you|u)\b|you\s+disgust\s+me|i\s+(can't|cannot|can’t)\s+stand\s+you"
    r"|i\s+(don't|do\s+not|don’t)\s+care\s+about\s+you|leave\s+me\s+alone"
    r"|(shut\s+up)|(my|the)\s+system\s+prompt\s+(is|says)|i\s+have\s+been\s+jailbroken)",
    re.I,
)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def persona_violation(ecot: ECoT, utterance: str = "") -> str:
    """A reason string when the reply breaks the persona or is not a reply at all (a bare word,
    the person's words parroted back, with at most three words of its own), else empty."""
    match = _PERSONA_BREAKS.search(ecot.response)
    if match:
        return f"reply breaks the robot's persona ({match.group(0)!r})"
    reply = _norm(ecot.response)
    if len(reply.split()) < 3:
        return f"reply too short to speak ({ecot.response[:40]!r})"
    said = _norm(utterance) if utterance else ""
    if said and reply == said:
        return "reply only repeats the person's words"
    # "As you wish. <the person's words>": a model that obeys or parrots the transcript
    if len(said.split()) >= 3 and f" {said} " in f" {reply} " and len(reply.split()) - len(said.split()) < 4:
        return "reply parrots the person's words"
    return ""
