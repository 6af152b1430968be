"""The E-CoT distilled into a ``SpeechInstruction``: numbers for prosody engines and the same intent
in words for instruct-TTS, from one table (``config/voice_styles.yaml``, see that file for the rule).

``distil(reasoning)`` is the whole mapping; ``style(emotion, intensity, strategy)`` is the same
without a Reasoning (the ``say`` command and the self-check use it).
"""

from __future__ import annotations

import copy
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from emoomni_ros import labels, paths
from emoomni_ros.datatypes import Reasoning, SpeechInstruction
from emoomni_ros.expression import text_sanitize
from emoomni_ros.lexicon import require_vader

MULTIPLICATIVE = ("rate", "pitch_range", "volume")
ADDITIVE = ("pitch",)
PAUSES = ("pause_before_s", "sentence_pause_s")
CONTROLS = MULTIPLICATIVE + ADDITIVE
STYLES_FILE = "voice_styles.yaml"


class StyleTableError(ValueError):
    """A voice-style table that is missing entries or has values of the wrong kind."""


@dataclass(frozen=True)
class StyleTable:
    emotions: dict[str, dict[str, Any]]
    strategies: dict[str, dict[str, Any]]
    emphasis: dict[str, float]


def default_styles_path() -> Path:
    """config/voice_styles.yaml of the installed share folder, else of the source tree."""
    from emoomni_ros import graph

    for folder in (graph.config_dir(), paths.ROS_PACKAGE_DIR / "config"):
        if (folder / STYLES_FILE).is_file():
            return folder / STYLES_FILE
    raise FileNotFoundError(f"{STYLES_FILE} not found in {graph.config_dir()} or the source tree")


def _merge(base: dict, override: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise StyleTableError(f"{where} must be a finite number, got {value!r}")
    return float(value)


def _validate(raw: dict) -> StyleTable:
    if not isinstance(raw, dict):
        raise StyleTableError("the voice-style table must be a mapping with emotions, strategies, emphasis")
    emotions = raw.get("emotions") or {}
    missing = [name for name in labels.CORE_LABELS if name not in emotions]
    if missing:
        raise StyleTableError(f"emotions missing from the voice-style table: {missing}")
    unknown = [name for name in emotions if name not in labels.LABEL_INDEX]
    if unknown:
        raise StyleTableError(f"not core labels: {unknown}; core labels: {list(labels.CORE_LABELS)}")
    checked_emotions = {}
    for name, row in emotions.items():
        checked_emotions[name] = {c: _number(f"emotions.{name}.{c}", row.get(c, 0.0 if c == "pitch" else 1.0))
                                  for c in CONTROLS}
        checked_emotions[name]["words"] = str(row.get("words", name))
        for c in MULTIPLICATIVE:
            if checked_emotions[name][c] <= 0:
                raise StyleTableError(f"emotions.{name}.{c} must be > 0")
    checked_strategies = {}
    for name, row in (raw.get("strategies") or {}).items():
        entry = {c: _number(f"strategies.{name}.{c}", row.get(c, 0.0 if c in ADDITIVE else 1.0)) for c in CONTROLS}
        entry.update({p: _number(f"strategies.{name}.{p}", row.get(p, 0.0)) for p in PAUSES})
        entry["tone"] = str(row.get("tone", ""))
        entry["pause_words"] = str(row.get("pause_words", ""))
        voice = row.get("voice", "")
        if voice and voice not in labels.LABEL_INDEX:
            raise StyleTableError(f"strategies.{name}.voice {voice!r} is not a core label; core labels: "
                                  f"{list(labels.CORE_LABELS)}")
        entry["voice"] = str(voice or "")
        checked_strategies[str(name)] = entry
    emphasis = raw.get("emphasis") or {}
    checked_emphasis = {
        "max_words": _number("emphasis.max_words", emphasis.get("max_words", 2)),
        "min_intensity": _number("emphasis.min_intensity", emphasis.get("min_intensity", 0.1)),
        "min_abs_valence": _number("emphasis.min_abs_valence", emphasis.get("min_abs_valence", 1.5)),
    }
    return StyleTable(checked_emotions, checked_strategies, checked_emphasis)


@functools.lru_cache(maxsize=8)
def _load_cached(override: str) -> StyleTable:
    with open(default_styles_path(), encoding="utf-8") as f:
        raw = yaml.safe_load(f) or {}
    if override:
        with open(override, encoding="utf-8") as f:
            raw = _merge(raw, yaml.safe_load(f) or {})
    return _validate(raw)


def load_table(path: str | Path | None = None) -> StyleTable:
    """The default table, with the YAML at ``path`` (if any) merged over it. Raises StyleTableError or
    FileNotFoundError."""
    if path and not Path(path).is_file():
        raise FileNotFoundError(f"voice-style table {path} not found")
    return _load_cached(str(Path(path).resolve()) if path else "")


def table_from_dict(raw: dict) -> StyleTable:
    """A table from a dict merged over the default (tests and tuning)."""
    with open(default_styles_path(), encoding="utf-8") as f:
        base = yaml.safe_load(f) or {}
    return _validate(_merge(base, raw))


_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def emphasis_words(text: str, intensity: float, table: StyleTable) -> list[str]:
    """Words of ``text`` to stress: the most emotionally loaded ones (by VADER lexicon valence)."""
    rules = table.emphasis
    if intensity < rules["min_intensity"]:
        return []
    limit = int(rules["max_words"]) if intensity >= 0.5 else min(1, int(rules["max_words"]))
    lexicon = require_vader().lexicon  # the one cached VADER of the project (lexicon.py)
    scored: dict[str, tuple[float, int, str]] = {}
    for position, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        key = word.lower().removesuffix("'s")
        score = abs(lexicon.get(key, 0.0))
        if score >= rules["min_abs_valence"] and key not in scored:
            scored[key] = (score, position, word)
    best = sorted(scored.values(), key=lambda s: (-s[0], s[1]))[:limit]
    return [word for _, _, word in sorted(best, key=lambda s: s[1])]


def voice_emotion(emotion: str, strategy: str, table: StyleTable) -> str:
    """The emotion the voice carries: the strategy's own ``voice`` when it has one (ensure_safety:
    neutral, neither sad nor cheerful), else the E-CoT's."""
    return table.strategies.get(strategy, {}).get("voice") or emotion


def controls(emotion: str, intensity: float, strategy: str, table: StyleTable) -> dict[str, float]:
    """The numeric controls (unclamped) for an emotion at an intensity under a strategy."""
    labels.check_core(emotion)
    emotion = voice_emotion(emotion, strategy, table)
    k = min(1.0, max(0.0, float(intensity) if math.isfinite(intensity) else 0.0))
    neutral, target = table.emotions["neutral"], table.emotions[emotion]
    values = {c: neutral[c] * (target[c] / neutral[c]) ** k for c in MULTIPLICATIVE}
    values["pitch"] = neutral["pitch"] + k * (target["pitch"] - neutral["pitch"])
    values.update({p: 0.0 for p in PAUSES})
    mod = table.strategies.get(strategy)
    if mod:
        for c in MULTIPLICATIVE:
            values[c] *= mod[c]
        for c in ADDITIVE + PAUSES:
            values[c] += mod[c]
    return values


def _manner(ins: SpeechInstruction) -> str:
    volume = "softly" if ins.volume <= 0.8 else "loudly" if ins.volume >= 1.25 else ""
    rate = "slowly" if ins.rate <= 0.9 else "quickly" if ins.rate >= 1.1 else ""
    if volume and rate:
        return f"Speak {volume} and {rate}"
    if volume or rate:
        return f"Speak {volume or rate}, at a " + ("normal volume" if rate else "natural pace")
    return "Speak at a natural pace and volume"


def _voice(ins: SpeechInstruction) -> str:
    parts = []
    if ins.pitch <= -0.08:
        parts.append("in a lower voice")
    elif ins.pitch >= 0.08:
        parts.append("in a higher voice")
    if ins.pitch_range <= 0.8:
        parts.append("with a flat, even melody")
    elif ins.pitch_range >= 1.25:
        parts.append("with lively intonation")
    return " ".join(parts)


def _feeling(emotion: str, intensity: float, table: StyleTable) -> str:
    words = table.emotions[emotion]["words"]
    if emotion == "neutral" or intensity < 0.15:
        return table.emotions["neutral"]["words"]
    degree = "slightly " if intensity < 0.4 else "" if intensity < 0.75 else "clearly "
    return f"sounding {degree}{words}"


def describe(ins: SpeechInstruction, strategy: str = "", table: StyleTable | None = None) -> str:
    """The natural-language voice instruction for an instruction's numbers (for instruct-TTS)."""
    table = table or load_table()
    mod = table.strategies.get(strategy, {})
    parts = [_manner(ins), _voice(ins), _feeling(ins.emotion, ins.intensity, table), mod.get("tone", "")]
    if ins.pause_before_s >= 0.2 or ins.sentence_pause_s >= 0.2:
        parts.append(mod.get("pause_words") or "with short pauses between sentences")
    if ins.emphasis:
        parts.append("stressing " + " and ".join(f'"{w}"' for w in ins.emphasis))
    return ", ".join(p for p in parts if p) + "."


def style(emotion: str, intensity: float, strategy: str = "", text: str = "", table: StyleTable | None = None,
          utterance_id: str = "", **overrides: float) -> SpeechInstruction:
    """An instruction from emotion, intensity and strategy (explicit control ``overrides`` win)."""
    table = table or load_table()
    text = text_sanitize.clean(text).text
    values = controls(emotion, intensity, strategy, table)
    emotion = voice_emotion(emotion, strategy, table)
    values.update({k: v for k, v in overrides.items() if v is not None})
    ins = SpeechInstruction(text=text, emotion=emotion, intensity=intensity, utterance_id=utterance_id,
                            emphasis=emphasis_words(text, intensity, table), **values)
    ins.voice_instruction = describe(ins, strategy, table)
    return ins


def distil(reasoning: Reasoning, table: StyleTable | None = None) -> SpeechInstruction:
    """The SpeechInstruction for an E-CoT: its response text, spoken with the emotion and intensity the
    reasoning chose, shaped by its strategy."""
    return style(reasoning.emotion, reasoning.intensity, reasoning.strategy, reasoning.response, table,
                 utterance_id=reasoning.utterance_id)
