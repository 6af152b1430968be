"""One conversational turn's timeline and its per-stage latencies (ROS-free).

Events are times in seconds on the ROS clock (system time) at which the recorder received each
output of the graph (``speech_end`` is where the speech in the played audio ends, or the
transcript's end of utterance when no player reports it). A stage lasts from the latest of the
events it waits for (that happened before it) to its own event, so stages that run in parallel
(the text cue and the reasoning both start from the transcript) are not double-counted in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# stage name -> (its event, the events it waits for)
STAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "vad_end": ("vad_end", ("speech_end",)),
    "asr": ("transcript", ("speech_end", "vad_end")),
    "text_cue": ("text_cue", ("transcript",)),
    "fusion": ("affect", ("text_cue",)),
    "reasoning": ("reasoning", ("transcript", "affect")),
    "instruction": ("instruction", ("reasoning",)),
    "tts_first_chunk": ("tts_first_audio", ("instruction",)),
}
EVENTS: tuple[str, ...] = ("speech_end", "vad_end", "transcript", "voice_cue", "text_cue", "affect", "reasoning",
                           "instruction", "tts_first_audio", "tts_final")


@dataclass
class Turn:
    utterance_id: str
    text: str = ""
    events: dict[str, float] = field(default_factory=dict)
    reasoning: dict | None = None
    instruction: dict | None = None
    audio: dict[int, np.ndarray] = field(default_factory=dict)  # sequence -> float samples
    sample_rate: int = 0

    def mark(self, event: str, t: float) -> None:
        """Records the first occurrence of ``event``."""
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r}; events: {EVENTS}")
        self.events.setdefault(event, t)

    @property
    def complete(self) -> bool:
        return "tts_final" in self.events and self.reasoning is not None

    def stages_ms(self) -> dict[str, float]:
        out = {}
        for stage, (event, waits_for) in STAGES.items():
            t = self.events.get(event)
            before = [self.events[w] for w in waits_for if w in self.events and self.events[w] <= t] \
                if t is not None else []
            if t is not None and before:
                out[stage] = round((t - max(before)) * 1000.0, 2)
        return out

    def e2e_ms(self) -> float | None:
        """End of the user's speech -> first reply audio chunk."""
        if "speech_end" in self.events and "tts_first_audio" in self.events:
            return round((self.events["tts_first_audio"] - self.events["speech_end"]) * 1000.0, 2)
        return None

    def events_ms(self) -> dict[str, float]:
        """Each event relative to the end of speech."""
        zero = self.events.get("speech_end")
        if zero is None:
            return {}
        return {e: round((self.events[e] - zero) * 1000.0, 2) for e in EVENTS if e in self.events}

    def reply_audio(self) -> np.ndarray:
        if not self.audio:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate([self.audio[k] for k in sorted(self.audio)]).astype(np.float32)

    def missing(self) -> list[str]:
        """The pipeline events this turn has not reached yet, in order."""
        return [e for e in EVENTS if e not in self.events and e not in ("speech_end", "vad_end", "voice_cue")]

    def timings(self) -> dict:
        return {"utterance_id": self.utterance_id, "e2e_ms": self.e2e_ms(), "stages_ms": self.stages_ms(),
                "events_ms": self.events_ms(),
                "reply_audio_s": round(len(self.reply_audio()) / self.sample_rate, 3) if self.sample_rate else 0.0}


def percentile_summary(values: list[float]) -> dict[str, float]:
    arr = np.asarray([v for v in values if v is not None], dtype=np.float64)
    if arr.size == 0:
        return {"n": 0}
    return {"n": int(arr.size), "p50": round(float(np.percentile(arr, 50)), 2),
            "p95": round(float(np.percentile(arr, 95)), 2), "mean": round(float(arr.mean()), 2),
            "max": round(float(arr.max()), 2)}


def match_speech_end(candidates: list[float], window_end: float, tolerance_s: float = 1.5) -> float | None:
    """The reported end of speech nearest to the transcript's end of utterance, if close enough."""
    best = min(candidates, key=lambda t: abs(t - window_end), default=None)
    return best if best is not None and abs(best - window_end) <= tolerance_s else None
