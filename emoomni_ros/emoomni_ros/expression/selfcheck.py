"""Does the synthesised voice follow the instruction? Speaks one text with contrasting instructions
(sad, soft, slow / neutral / excited, loud, fast: the voice-style table's own output for those
E-CoTs), measures each with the project's voice analysis (``perception.prosody``) and checks, per
control the backend supports, that the measured order matches the requested order.

Measures: pitch -> median F0; pitch_range -> F0 5th..95th percentile range (semitones);
volume -> RMS of the speech frames; rate -> words of the text per second of speech (the speech
time comes from the analysis; its syllable-peak ``speaking_rate`` is reported too but not
checked, since it does not track piper's tempo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import instruction, tts

TEXT = ("I hear you, and I am here with you. Let us take this one small step at a time, "
        "and see what we can do together.")
# name -> (emotion, intensity, strategy), in the order the requested controls rise.
CONTRASTS: dict[str, tuple[str, float, str]] = {
    "sad_soft_slow": ("sadness", 0.9, "validate"),
    "neutral": ("neutral", 0.0, "inform"),
    "excited_loud_fast": ("joy", 0.9, "mirror_enthusiasm"),
}
MEASURES: dict[str, str] = {
    "pitch": "f0_median_hz",
    "pitch_range": "f0_range_semitones",
    "volume": "energy_rms",
    "rate": "words_per_s",
}


@dataclass
class ControlCheck:
    control: str
    measure: str
    requested: dict[str, float]
    measured: dict[str, float]
    ok: bool

    def as_dict(self) -> dict:
        return {"measure": self.measure, "requested": self.requested, "measured": self.measured, "ok": self.ok}


@dataclass
class SelfCheck:
    backend: str
    checks: list[ControlCheck] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    prosody: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def as_dict(self) -> dict:
        return {"backend": self.backend, "passed": self.passed, "unsupported": self.unsupported,
                "controls": {c.control: c.as_dict() for c in self.checks}, "prosody": self.prosody}


def contrasting_instructions(text: str = TEXT, table: instruction.StyleTable | None = None,
                             ) -> dict[str, SpeechInstruction]:
    return {name: instruction.style(emotion, intensity, strategy, text, table)
            for name, (emotion, intensity, strategy) in CONTRASTS.items()}


def _strictly_increasing(values: list[float]) -> bool:
    return all(b > a for a, b in zip(values, values[1:], strict=False))


def run(backend: tts.TTSBackend, text: str = TEXT, table: instruction.StyleTable | None = None) -> SelfCheck:
    """Synthesises and measures the contrasting instructions with ``backend``."""
    from emoomni_ros.perception.voice import prosody

    words = len(re.findall(r"[^\W\d_][\w']*", text))
    instructions = contrasting_instructions(text, table)
    measured: dict[str, dict[str, float]] = {}
    for name, ins in instructions.items():
        # Pauses are inserted silence (not the engine's voice): measure the voice alone.
        audio, _, _ = tts.synthesize_all(backend, _without_pauses(ins))
        p = prosody.analyze(audio, backend.sample_rate)
        measured[name] = {**{k: round(float(v), 4) for k, v in p.as_dict().items()},
                          "words_per_s": round(words / p.speech_s, 4) if p.speech_s > 0 else 0.0}
    result = SelfCheck(backend.name, prosody=measured)
    order = list(CONTRASTS)
    for control, measure in MEASURES.items():
        requested = {name: round(float(getattr(instructions[name], control)), 4) for name in order}
        if control not in backend.supports:
            result.unsupported.append(control)
            continue
        if not _strictly_increasing([requested[n] for n in order]):
            continue  # the table does not ask for an order on this control
        got = {name: measured[name][measure] for name in order}
        result.checks.append(ControlCheck(control, measure, requested, got,
                                          _strictly_increasing([got[n] for n in order])))
    return result


def _without_pauses(ins: SpeechInstruction) -> SpeechInstruction:
    from dataclasses import replace

    return replace(ins, pause_before_s=0.0, sentence_pause_s=0.0)
