"""Speech for the voice tests: espeak-ng sentences written into a temporary folder."""

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from emoomni_ros.perception.voice import audio

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng not installed")


def espeak_wav(folder: Path, text: str, name: str = "speech", *args: str) -> Path:
    path = Path(folder) / f"{name}.wav"
    subprocess.run([ESPEAK, *args, "-w", str(path), text], check=True, capture_output=True)
    return path


def espeak_16k(folder: Path, text: str, name: str = "speech", *args: str) -> np.ndarray:
    return audio.load_wav(espeak_wav(folder, text, name, *args))[0]


def words(text: str) -> set[str]:
    return {w.strip(".,!?;:'\"").lower() for w in text.split() if w.strip(".,!?;:'\"")}
