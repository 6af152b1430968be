"""Instruct-TTS on the robot's GPU: a model that takes the natural-language voice instruction
("speak softly and slowly, warm and reassuring") together with the text.

Engine: Parler-TTS (``parler_tts``; e.g. Parler-TTS Mini v1), loaded from a local folder given by
``model_path`` (nothing is downloaded). ``parler_tts`` and torch are imported only when the
backend is created; where they or the model are missing, creation fails with BackendUnavailable
saying which, and the node keeps running on no backend (see /diagnostics) or falls back.

The numeric controls reach the model as words of the instruction (it has no prosody inputs);
loudness is also applied exactly by scaling the samples.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression.tts import BackendUnavailable, SynthesisError, TTSBackend

ENGINES = ("parler",)
DEFAULT_DESCRIPTION = ("{speaker} {instruction} The recording is of very high quality, with the speaker's voice "
                       "sounding clear and very close up.")
REFERENCE_PEAK = 0.5  # the model's output is peak-normalised to this at volume 1.0


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

    def __init__(self, model_path: str, device: str = "auto", dtype: str = "float16", speaker: str = "A male speaker",
                 description: str = DEFAULT_DESCRIPTION, seed: int = 0, max_new_tokens: int = 2580):
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
        if dtype not in ("float16", "bfloat16", "float32"):
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
        audio = np.nan_to_num(audio.astype(np.float32))
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        if peak > 1e-6:
            audio = audio / peak * REFERENCE_PEAK * instruction.volume
        return np.clip(audio, -1.0, 1.0)

    def close(self) -> None:
        self.model = None
        if self.device.startswith("cuda"):
            self._torch.cuda.empty_cache()


def create(model_path: str = "", engine: str = "parler", device: str = "auto", dtype: str = "float16",
           speaker: str = "A male speaker", seed: int = 0, **_: object) -> TTSBackend:
    if engine not in ENGINES:
        raise BackendUnavailable(f"unknown instruct-TTS engine {engine!r}; engines: {list(ENGINES)}")
    return ParlerBackend(model_path, device=device, dtype=dtype, speaker=speaker, seed=seed)
