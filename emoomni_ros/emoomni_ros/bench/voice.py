"""Voice speed: utterance end -> voice cue for 4 s utterances, the VAD per 32 ms chunk, and the ASR
real-time factor of tiny.en on speech (espeak-ng and RAVDESS). The default voice head reads Whisper
encoder states: ``voice_cue_ms`` is the cue given the ASR's states (as the mic pipeline runs it,
after the recognition), ``voice_cue_self_encode_ms`` the cue that runs the encoder itself (no ASR)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from emoomni_ros import paths
from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice.analyzer import VoiceEmotion
from emoomni_ros.perception.voice.asr import WhisperAsr
from emoomni_ros.perception.voice.vad import CHUNK, SileroVad
from emoomni_ros.tools import ravdess

DATA = paths.SHARED_DATA / "ravdess-dev"
SENTENCES = ("I had a really long day at work and I just want to sit down for a while.",
             "Could you tell me what the weather will be like tomorrow morning in the city?",
             "My best friend is moving away next week and I do not know how to feel about it.")


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def _utterances() -> list[np.ndarray]:
    """4 s utterances: espeak-ng sentences and RAVDESS clips, cut or padded to 4.0 s."""
    out = []
    if shutil.which("espeak-ng"):
        with tempfile.TemporaryDirectory() as tmp:
            for i, text in enumerate(SENTENCES):
                path = Path(tmp) / f"{i}.wav"
                subprocess.run(["espeak-ng", "-w", str(path), text], check=True, capture_output=True)
                out.append(audio.load_wav(path)[0])
    if DATA.is_dir():
        out += [audio.load_wav(c.path)[0] for c in ravdess.clips(DATA)[::60][:12]]
    if not out:
        raise RuntimeError("no speech to benchmark (needs espeak-ng or ../shared/data/ravdess-dev)")
    n = 4 * audio.TARGET_RATE
    return [np.pad(x, (0, max(0, n - x.size)))[:n] for x in out]


def run(out_dir: Path) -> dict:
    utterances = _utterances()
    voice = VoiceEmotion(gain_mode="auto")
    voice.analyze(utterances[0])  # warm-up (imports, FFT plans, its own encoder)
    encoder = WhisperAsr(cpu_threads=1)
    states = [encoder.encode(x) if voice.uses_whisper else None for x in utterances]  # as the ASR hands them
    cue_ms, self_ms = [], []
    for _ in range(3):
        for x, given in zip(utterances, states, strict=True):
            start = time.perf_counter()
            voice.analyze(x, start=0.0, end=4.0, utterance_id="bench", encoder_states=given)
            cue_ms.append((time.perf_counter() - start) * 1000.0)
            start = time.perf_counter()
            voice.analyze(x, start=0.0, end=4.0, utterance_id="bench")
            self_ms.append((time.perf_counter() - start) * 1000.0)

    vad = SileroVad()
    signal = np.concatenate(utterances)
    signal = signal[: signal.size - signal.size % CHUNK]
    start = time.perf_counter()
    for i in range(0, signal.size, CHUNK):
        vad(signal[i : i + CHUNK])
    vad_ms = (time.perf_counter() - start) * 1000.0 / (signal.size // CHUNK)

    figures: dict = {"voice_head": voice.name, "voice_cue_ms_p50": _p(cue_ms, 50),
                     "voice_cue_ms_p90": _p(cue_ms, 90), "voice_cue_self_encode_ms_p50": _p(self_ms, 50),
                     "utterance_s": 4.0, "utterances": len(utterances), "vad_ms_per_chunk": round(vad_ms, 3)}
    for threads in (1, 2):
        asr = WhisperAsr(cpu_threads=threads)
        asr.transcribe(utterances[0])  # warm-up
        rtfs = [asr.transcribe(x).real_time_factor for x in utterances]
        figures[f"asr_rtf_p50_{threads}thread"] = round(float(np.median(rtfs)), 4)
        figures[f"asr_rtf_p90_{threads}thread"] = _p(rtfs, 90)
    figures["asr_model"] = asr.name
    figures["headline"] = {"voice_cue_ms": figures["voice_cue_ms_p50"], "asr_rtf": figures["asr_rtf_p50_2thread"]}
    return figures
