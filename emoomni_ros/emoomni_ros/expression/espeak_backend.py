"""espeak-ng (Debian package) driven with SSML: prosody rate, pitch, range and volume, emphasis.

Each sentence runs one ``espeak-ng -m --stdin --stdout`` process (about 10 ms to start). Text is
XML-escaped into the SSML document, so nothing from upstream can add markup.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from dataclasses import dataclass

import numpy as np

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression.text_sanitize import ssml_escape
from emoomni_ros.expression.tts import BackendUnavailable, SynthesisError, TTSBackend
from emoomni_ros.settings import setting

SUMMARY = "SSML prosody"


@dataclass
class Options:
    """The ``espeak_*`` parameters of expressive_tts (fields without ``setting`` are not parameters)."""

    voice: str = setting("en-us", "espeak-ng voice, e.g. en-us, en-gb, en-us+f3")
    executable: str = "espeak-ng"
    timeout_s: float = 20.0


def parse_wav(data: bytes) -> tuple[np.ndarray, int]:
    """16-bit PCM WAV bytes -> (float32 mono samples, rate). espeak-ng writes a placeholder data size
    when streaming to stdout, so the data chunk runs to the end of the bytes."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise SynthesisError("espeak-ng did not return a WAV stream")
    pos, rate, channels, bits = 12, 0, 1, 16
    while pos + 8 <= len(data):
        chunk_id, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        body = pos + 8
        if chunk_id == b"fmt ":
            _, channels, rate, _, _, bits = struct.unpack("<HHIIHH", data[body : body + 16])
        elif chunk_id == b"data":
            if bits != 16 or rate <= 0 or channels < 1:
                raise SynthesisError(f"unexpected WAV format: {bits} bit, {rate} Hz, {channels} channels")
            end = min(len(data), body + size)
            pcm = data[body:end]
            pcm = pcm[: len(pcm) // (2 * channels) * 2 * channels]
            samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
            return samples.reshape(-1, channels).mean(axis=1), rate
        pos = body + size + (size & 1)
    raise SynthesisError("WAV stream without a data chunk")


def _percent(x: float) -> str:
    return f"{max(1, round(x * 100))}%"


def to_ssml(sentence: str, ins: SpeechInstruction) -> str:
    """One sentence as an SSML document with the instruction's prosody and emphasis."""
    body = ssml_escape(sentence)
    for word in ins.emphasis:
        body = re.sub(rf"(?<![\w&#])({re.escape(ssml_escape(word))})(?![\w;])", r"<emphasis>\1</emphasis>", body,
                      count=1, flags=re.IGNORECASE)
    prosody = (f'rate="{_percent(ins.rate)}" pitch="{_percent(1.0 + ins.pitch)}" '
               f'range="{_percent(ins.pitch_range)}" volume="{_percent(ins.volume)}"')
    return f'<speak version="1.0" xml:lang="en"><prosody {prosody}>{body}</prosody></speak>'


class EspeakBackend(TTSBackend):
    name = "espeak"
    supports = frozenset({"rate", "pitch", "pitch_range", "volume", "emphasis"})

    def __init__(self, voice: str = Options.voice, executable: str = Options.executable,
                 timeout_s: float = Options.timeout_s):
        path = shutil.which(executable)
        if path is None:
            raise BackendUnavailable(f"{executable} not found on PATH (Debian/Ubuntu: apt-get install espeak-ng)")
        if not re.fullmatch(r"[A-Za-z0-9_+\-]{1,40}", voice):
            raise BackendUnavailable(f"invalid espeak-ng voice name {voice!r}")
        self.executable, self.voice, self.timeout_s = path, voice, float(timeout_s)
        try:  # a word through the engine checks the voice and learns the sample rate
            _, self.sample_rate = self._run(to_ssml("ok", SpeechInstruction(text="ok")))
        except SynthesisError as exc:
            raise BackendUnavailable(f"espeak-ng with voice {voice!r} does not work: {exc}") from exc

    def _run(self, ssml: str) -> tuple[np.ndarray, int]:
        try:
            done = subprocess.run([self.executable, "-m", "--stdin", "--stdout", "-v", self.voice],
                                  input=ssml.encode("utf-8"), capture_output=True, timeout=self.timeout_s,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise SynthesisError(f"espeak-ng took longer than {self.timeout_s} s") from None
        except OSError as exc:
            raise SynthesisError(f"espeak-ng could not run: {exc}") from exc
        if done.returncode != 0:
            raise SynthesisError(f"espeak-ng exited {done.returncode}: {done.stderr.decode(errors='replace')[:200]}")
        return parse_wav(done.stdout)

    def synthesize(self, sentence: str, instruction: SpeechInstruction) -> np.ndarray:
        samples, rate = self._run(to_ssml(sentence, instruction))
        if rate != self.sample_rate:
            raise SynthesisError(f"espeak-ng changed its sample rate from {self.sample_rate} to {rate}")
        return samples


def create(options: Options) -> EspeakBackend:
    return EspeakBackend(voice=options.voice, executable=options.executable, timeout_s=options.timeout_s)
