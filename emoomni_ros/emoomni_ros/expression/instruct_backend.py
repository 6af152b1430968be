"""Instruct-TTS on the robot's GPU: a model that takes the natural-language voice instruction
("speak softly and slowly, warm and reassuring") together with the text. Two engines:

- ``parler``: Parler-TTS (``parler_tts``; e.g. Parler-TTS Mini v1) in this process, loaded from
  the local folder ``model_path`` (nothing is downloaded). parler-tts 0.2.3 pins transformers
  4.46.1, older than the project's, so it needs its own environment (see docs/expression.md).
- ``openai``: an instruct-TTS model served on the GPU behind an OpenAI-compatible
  ``/v1/audio/speech`` endpoint (``base_url``; e.g. Qwen3-TTS or CosyVoice2 served by vLLM-Omni),
  given the text, the instruction (``instructions``) and the rate (``speed``). One server can
  voice a fleet, as for the reasoning LLM.

Heavy imports happen only when the backend is created; a missing package, model or server fails
creation with BackendUnavailable saying which, and the node falls back (``fallback_backend``).
The numeric controls reach the model as words of the instruction (it has no prosody inputs);
loudness is also applied exactly by scaling the samples.
"""

from __future__ import annotations

import importlib.util
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression.tts import BackendUnavailable, SynthesisError, TTSBackend
from emoomni_ros.settings import setting

SUMMARY = "instruct-TTS model on the GPU, driven by the natural-language instruction"
ENGINES = ("parler", "openai")
DTYPES = ("float16", "bfloat16", "float32")
DEFAULT_DESCRIPTION = ("{speaker} {instruction} The recording is of very high quality, with the speaker's voice "
                       "sounding clear and very close up.")
REFERENCE_PEAK = 0.5  # the model's output is peak-normalised to this at volume 1.0


@dataclass
class Options:
    """The ``instruct_*`` parameters of expressive_tts (fields without ``setting`` are not parameters)."""

    model_path: str = setting("", "local folder of the instruct-TTS model (Parler-TTS, saved with save_pretrained)")
    engine: str = setting("parler", "instruct-TTS engine: parler (in process, from instruct_model_path) or openai "
                          "(a speech server at instruct_base_url)", choices=ENGINES)
    device: str = setting("auto", "torch device: auto, cuda, cuda:N or cpu")
    dtype: str = setting("float16", "model dtype on the GPU (float32 on the CPU)", choices=DTYPES)
    speaker: str = setting("A male speaker", "speaker part of the Parler-TTS description")
    base_url: str = setting("", "engine openai: OpenAI-compatible speech endpoint, e.g. http://localhost:8091/v1 "
                            "(vLLM-Omni serving Qwen3-TTS)")
    model: str = setting("", "engine openai: served model name")
    voice: str = setting("default", "engine openai: voice name")
    seed: int = 0  # parler sampling seed
    timeout_s: float = 30.0  # engine openai: seconds per request


def check_model_dir(model_path: str) -> Path:
    if not model_path:
        raise BackendUnavailable("the instruct backend needs model_path: a local folder with an instruct-TTS model "
                                 "(e.g. Parler-TTS Mini v1 saved with save_pretrained)")
    path = Path(model_path).expanduser()
    if not path.is_dir():
        raise BackendUnavailable(f"no instruct-TTS model at {path} (folder not found)")
    if not (path / "config.json").is_file():
        raise BackendUnavailable(f"no instruct-TTS model at {path} (no config.json in the folder)")
    return path


class ParlerBackend(TTSBackend):
    name = "instruct"
    supports = frozenset({"rate", "pitch", "pitch_range", "volume", "emphasis"})

    def __init__(self, model_path: str, device: str = Options.device, dtype: str = Options.dtype,
                 speaker: str = Options.speaker, description: str = DEFAULT_DESCRIPTION, seed: int = Options.seed,
                 max_new_tokens: int = 2580):
        path = check_model_dir(model_path)
        for module, pip_name in (("torch", "torch"), ("parler_tts", "parler-tts"), ("transformers", "transformers")):
            if importlib.util.find_spec(module) is None:
                raise BackendUnavailable(f"{module} is not installed (pip install {pip_name}; requirements/gpu.txt)")
        import torch
        from transformers import AutoTokenizer

        try:
            from parler_tts import ParlerTTSForConditionalGeneration
        except Exception as exc:  # an incompatible transformers version fails here
            raise BackendUnavailable(f"parler_tts cannot be imported: {type(exc).__name__}: {exc}") from exc

        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise BackendUnavailable(f"device {device!r} requested but torch sees no CUDA GPU")
        if dtype not in DTYPES:
            raise BackendUnavailable(f"dtype must be float16, bfloat16 or float32, got {dtype!r}")
        torch_dtype = getattr(torch, dtype) if device != "cpu" else torch.float32
        try:
            self.model = ParlerTTSForConditionalGeneration.from_pretrained(str(path), torch_dtype=torch_dtype)
            self.model = self.model.to(device).eval()
            self.tokenizer = AutoTokenizer.from_pretrained(str(path))
        except Exception as exc:
            raise BackendUnavailable(f"could not load the instruct-TTS model at {path}: {exc}") from exc
        self._torch, self.device = torch, device
        self.sample_rate = int(getattr(self.model.config, "sampling_rate", 0) or
                               self.model.audio_encoder.config.sampling_rate)
        self.speaker, self.description, self.seed = speaker, description, int(seed)
        self.max_new_tokens = int(max_new_tokens)

    def describe(self, instruction: SpeechInstruction) -> str:
        from emoomni_ros.expression.instruction import describe

        words = instruction.voice_instruction or describe(instruction)
        return " ".join(self.description.format(speaker=self.speaker, instruction=words).split())

    def synthesize(self, sentence: str, instruction: SpeechInstruction) -> np.ndarray:
        torch = self._torch
        try:
            desc = self.tokenizer(self.describe(instruction), return_tensors="pt").to(self.device)
            prompt = self.tokenizer(sentence, return_tensors="pt").to(self.device)
            torch.manual_seed(self.seed)
            with torch.inference_mode():
                generated = self.model.generate(input_ids=desc.input_ids, attention_mask=desc.attention_mask,
                                                prompt_input_ids=prompt.input_ids,
                                                prompt_attention_mask=prompt.attention_mask,
                                                do_sample=True, max_new_tokens=self.max_new_tokens)
            audio = generated.to(torch.float32).cpu().numpy().reshape(-1)
        except Exception as exc:
            raise SynthesisError(f"instruct-TTS generation failed: {type(exc).__name__}: {exc}") from exc
        return _peak_volume(audio, instruction.volume)

    def close(self) -> None:
        self.model = None
        if self.device.startswith("cuda"):
            self._torch.cuda.empty_cache()


def _peak_volume(audio: np.ndarray, volume: float) -> np.ndarray:
    audio = np.nan_to_num(np.asarray(audio, dtype=np.float32).reshape(-1))
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if peak > 1e-6:
        audio = audio / peak * REFERENCE_PEAK * volume
    return np.clip(audio, -1.0, 1.0)


def decode_audio(data: bytes) -> tuple[np.ndarray, int]:
    """WAV/FLAC/OGG bytes -> (float32 mono, rate)."""
    import soundfile

    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except Exception:  # a streamed WAV with a placeholder size, which libsndfile may refuse
        from emoomni_ros.expression.espeak_backend import parse_wav

        return parse_wav(data)
    return samples.mean(axis=1), int(rate)


class OpenAISpeechBackend(TTSBackend):
    """An instruct-TTS model behind an OpenAI-compatible speech endpoint."""

    name = "instruct"
    supports = frozenset({"rate", "pitch", "pitch_range", "volume", "emphasis"})

    def __init__(self, base_url: str, model: str, voice: str = "default", timeout_s: float = 30.0):
        if not base_url or not model:
            raise BackendUnavailable("the openai instruct engine needs base_url (e.g. http://localhost:8091/v1) "
                                     "and model (the served instruct-TTS model's name)")
        from emoomni_ros import openai_client  # the one client and key rule

        self.model, self.voice = model, voice
        self.client = openai_client.make_client(base_url, timeout_s, max_retries=0)
        try:  # a word through the server checks it is up and learns its sample rate
            _, self.sample_rate = self._request("OK.", "Speak naturally.", 1.0)
        except SynthesisError as exc:
            raise BackendUnavailable(f"instruct-TTS server at {base_url} does not answer: {exc}") from exc

    def _request(self, text: str, instructions: str, speed: float) -> tuple[np.ndarray, int]:
        try:
            response = self.client.audio.speech.create(model=self.model, voice=self.voice, input=text,
                                                       instructions=instructions, response_format="wav",
                                                       speed=float(speed))
            return decode_audio(response.content)
        except SynthesisError:
            raise
        except Exception as exc:  # connection refused, timeout, HTTP error, undecodable body
            raise SynthesisError(f"{type(exc).__name__}: {exc}"[:300]) from exc

    def synthesize(self, sentence: str, instruction: SpeechInstruction) -> np.ndarray:
        from emoomni_ros.expression.instruction import describe

        words = instruction.voice_instruction or describe(instruction)
        audio, rate = self._request(sentence, words, instruction.rate)
        if rate != self.sample_rate:
            from emoomni_ros.perception.voice.audio import resample

            audio = resample(audio, rate, self.sample_rate)
        return _peak_volume(audio, instruction.volume)


def create(options: Options) -> TTSBackend:
    if options.engine == "parler":
        return ParlerBackend(options.model_path, device=options.device, dtype=options.dtype, speaker=options.speaker,
                             seed=options.seed)
    if options.engine == "openai":
        return OpenAISpeechBackend(options.base_url, options.model, voice=options.voice, timeout_s=options.timeout_s)
    raise BackendUnavailable(f"unknown instruct-TTS engine {options.engine!r}; engines: {list(ENGINES)}")
