"""Text-to-speech backends behind one interface, and sentence-by-sentence synthesis of an instruction.

A backend turns one sentence plus a ``SpeechInstruction`` into float32 mono samples. ``speak()``
sanitises the text, synthesises the first sentence alone (so the first audio leaves quickly), then
the rest, adding the instruction's pauses as silence, and yields a ``Segment`` per sentence.

Backends: ``espeak`` (default, SSML prosody), ``piper`` (natural voice, speed and volume only),
``instruct`` (an instruct-TTS model on a GPU, driven by the natural-language instruction). They are
registered in ``BACKENDS``, the one table of TTS backends; each declares its own options (see
docs/adding-a-tts-backend.md). Cutting the audio into chunks and pacing them is ``pacing.py``.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any

import numpy as np

from emoomni_ros.datatypes import SPEECH_RANGES, SpeechInstruction
from emoomni_ros.expression import text_sanitize

# Controls a backend may honour; `unsupported()` lists the ones an instruction asks for in vain.
# Pauses are silence that `speak()` inserts, so every backend honours them.
CONTROLS: tuple[str, ...] = ("rate", "pitch", "pitch_range", "volume", "emphasis")

# The TTS backend registry: name -> the module that implements it. A backend module defines
# ``SUMMARY`` (one line for the node's `backend` parameter), ``Options`` (a dataclass whose
# ``settings.setting`` fields become the node parameters ``<name>_<field>``; plain fields are options
# for code only) and ``create(options) -> TTSBackend``. The node's settings (``expression/settings.py``)
# are built from this table, so a new backend needs its module, one line here and a test.
BACKENDS: dict[str, str] = {
    "espeak": "emoomni_ros.expression.espeak_backend",
    "piper": "emoomni_ros.expression.piper_backend",
    "instruct": "emoomni_ros.expression.instruct_backend",
}


MAX_EMPHASIS = 8
_WORD = re.compile(r"[^\W\d_][\w']*")


class BackendUnavailable(RuntimeError):
    """A backend that cannot run here (engine not installed, no model at the configured path)."""


class SynthesisError(RuntimeError):
    """The engine failed on one input (it stays usable for the next)."""


class TTSBackend(ABC):
    """One TTS engine. ``synthesize`` is called from one thread at a time."""

    name: str = ""
    sample_rate: int = 22050
    supports: frozenset[str] = frozenset()

    @abstractmethod
    def synthesize(self, sentence: str, instruction: SpeechInstruction) -> np.ndarray:
        """Float32 mono samples in [-1, 1] for one clean sentence, spoken as ``instruction`` says."""

    def close(self) -> None:  # noqa: B027 (optional hook)
        """Releases the engine's resources."""

    def unsupported(self, ins: SpeechInstruction) -> list[str]:
        """Controls that ``ins`` sets away from their neutral value but this backend cannot honour."""
        asked = [c for c in CONTROLS[:4] if abs(getattr(ins, c) - SPEECH_RANGES[c][2]) > 1e-3]
        if ins.emphasis:
            asked.append("emphasis")
        return [c for c in asked if c not in self.supports]


def backend_module(name: str) -> ModuleType:
    """The module that implements backend ``name`` (ValueError for an unknown name)."""
    if name not in BACKENDS:
        raise ValueError(f"unknown TTS backend {name!r}; backends: {sorted(BACKENDS)}")
    return importlib.import_module(BACKENDS[name])


def options(name: str, **values: object) -> Any:
    """The ``Options`` of backend ``name``: its defaults with ``values`` in place (None values and names
    the backend does not have are ignored, so one set of command-line options fits every backend)."""
    cls = backend_module(name).Options
    known = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if v is not None and k in known})


def create(name: str, backend_options: Any = None, **values: object) -> TTSBackend:
    """The backend called ``name``, configured by its ``Options`` (``backend_options``) or by keyword
    ``values`` for single options.

    Raises BackendUnavailable with a clear message when it cannot run here, ValueError for an
    unknown name."""
    module = backend_module(name)
    if backend_options is None:
        backend_options = options(name, **values)
    elif not isinstance(backend_options, module.Options) or values:
        raise TypeError(f"create({name!r}, ...) takes one {module.__name__}.Options or keyword values")
    return module.create(backend_options)


def silence(seconds: float, sample_rate: int) -> np.ndarray:
    return np.zeros(max(0, int(round(seconds * sample_rate))), dtype=np.float32)


@dataclass
class Segment:
    """The audio of one sentence (with the silence that precedes it)."""

    index: int
    count: int
    sentence: str
    audio: np.ndarray
    sample_rate: int
    synth_s: float = 0.0  # time the engine took

    @property
    def last(self) -> bool:
        return self.index == self.count - 1

    @property
    def duration_s(self) -> float:
        return self.audio.size / float(self.sample_rate)


@dataclass
class Utterance:
    """What ``prepare`` made of an instruction: the clean text, its sentences and the controls the
    backend cannot honour."""

    instruction: SpeechInstruction
    sentences: list[str]
    unsupported: list[str] = field(default_factory=list)
    truncated: bool = False

    @property
    def empty(self) -> bool:
        return not self.sentences


def prepare(backend: TTSBackend, ins: SpeechInstruction, max_chars: int = text_sanitize.DEFAULT_MAX_CHARS,
            ) -> Utterance:
    """Sanitises the text (the instruction's emphasis keeps only words that are still in it)."""
    clean = text_sanitize.clean(ins.text, max_chars)
    words = set(_WORD.findall(clean.text.lower()))
    emphasis = [w for w in ins.emphasis if isinstance(w, str) and w.lower() in words][:MAX_EMPHASIS]
    applied = replace(ins, text=clean.text, emphasis=emphasis,
                      voice_instruction=text_sanitize.clean(ins.voice_instruction, 600).text)
    return Utterance(applied, clean.sentences, backend.unsupported(applied), clean.truncated)


def speak(backend: TTSBackend, utterance: Utterance, cancel: threading.Event | None = None) -> Iterator[Segment]:
    """Synthesises ``utterance`` sentence by sentence; stops early when ``cancel`` is set.

    The first segment carries ``pause_before_s`` of silence before its speech, later ones
    ``sentence_pause_s``. Raises SynthesisError when the engine fails."""
    import time

    ins = utterance.instruction
    count = len(utterance.sentences)
    for index, sentence in enumerate(utterance.sentences):
        if cancel is not None and cancel.is_set():
            return
        start = time.perf_counter()
        audio = np.asarray(backend.synthesize(sentence, ins), dtype=np.float32).reshape(-1)
        if not np.all(np.isfinite(audio)):
            raise SynthesisError(f"{backend.name} returned NaN or infinite samples")
        took = time.perf_counter() - start
        gap = ins.pause_before_s if index == 0 else ins.sentence_pause_s
        if gap > 0:
            audio = np.concatenate([silence(gap, backend.sample_rate), audio])
        yield Segment(index, count, sentence, np.clip(audio, -1.0, 1.0), backend.sample_rate, took)


def speak_ahead(backend: TTSBackend, utterance: Utterance, cancel: threading.Event | None = None,
                depth: int = 1) -> Iterator[Segment]:
    """``speak`` in a background thread that stays up to ``depth`` sentences ahead, so the next
    sentence is synthesised while the current one plays. Same segments, same errors."""
    import queue

    stop = threading.Event()
    ready: queue.Queue = queue.Queue(maxsize=max(1, depth))

    def put(item: object) -> None:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def produce() -> None:
        try:
            for segment in speak(backend, utterance, cancel):
                put(segment)
                if stop.is_set():
                    return
        except Exception as exc:  # handed to the consumer
            put(exc)
        put(None)

    thread = threading.Thread(target=produce, name="tts_synth", daemon=True)
    thread.start()
    try:
        while True:
            item = ready.get()
            if item is None:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def synthesize_all(backend: TTSBackend, ins: SpeechInstruction, max_chars: int = text_sanitize.DEFAULT_MAX_CHARS,
                   ) -> tuple[np.ndarray, Utterance, float]:
    """The whole instruction as one array; returns (samples, utterance, seconds to the first segment)."""
    import time

    start = time.perf_counter()
    utterance = prepare(backend, ins, max_chars)
    parts, first_s = [], 0.0
    for segment in speak(backend, utterance):
        if not parts:
            first_s = time.perf_counter() - start
        parts.append(segment.audio)
    audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    return audio, utterance, first_s
