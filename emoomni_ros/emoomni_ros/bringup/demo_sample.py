"""The bundled demo sample: a public-domain face photo and an utterance the project synthesises.

``python3 -m emoomni_ros.bringup.demo_sample`` regenerates the utterance WAV with espeak-ng (and,
given ``--astronaut PATH`` to scikit-image's ``skimage/data/astronaut.png``, the face image).
See ``emoomni_ros/data/README.md`` for sources and licences.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from emoomni_ros import paths

DEMO_IMAGE = paths.DATA_DIR / "demo_face.png"
DEMO_AUDIO = paths.DATA_DIR / "demo_utterance.wav"
DEMO_TEXT = "I got the job, but honestly I'm scared I won't be good enough."
SAMPLE_RATE = 16000
FACE_SIZE = 256
LEAD_SILENCE_S = 0.3
TAIL_SILENCE_S = 0.3


def synthesise(text: str, voice: str = "en", words_per_minute: int = 140) -> np.ndarray:
    """``text`` spoken by espeak-ng, as float32 mono samples at 16 kHz (espeak itself speaks 22050 Hz)."""
    import soundfile
    from scipy.signal import resample_poly

    if shutil.which("espeak-ng") is None:
        raise FileNotFoundError("espeak-ng is not installed (Debian package espeak-ng)")
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(wav), "--", text],
                       check=True, capture_output=True)
        samples, rate = soundfile.read(str(wav), dtype="float32", always_2d=True)
    samples = samples.mean(axis=1)
    if rate != SAMPLE_RATE:
        divisor = np.gcd(SAMPLE_RATE, rate)
        samples = resample_poly(samples, SAMPLE_RATE // divisor, rate // divisor).astype(np.float32)
    return np.clip(samples, -1.0, 1.0)


def write_utterance(path: Path = DEMO_AUDIO, text: str = DEMO_TEXT) -> Path:
    import soundfile

    speech = synthesise(text)
    pad = lambda seconds: np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)  # noqa: E731
    soundfile.write(str(path), np.concatenate([pad(LEAD_SILENCE_S), speech, pad(TAIL_SILENCE_S)]), SAMPLE_RATE,
                    subtype="PCM_16")
    return path


def write_face(astronaut_png: Path, path: Path = DEMO_IMAGE) -> Path:
    """Downscales scikit-image's astronaut.png (NASA, public domain) to FACE_SIZE x FACE_SIZE."""
    import cv2

    image = cv2.imread(str(astronaut_png), cv2.IMREAD_COLOR)
    if image is None:
        raise FileNotFoundError(f"cannot read an image from {astronaut_png}")
    small = cv2.resize(image, (FACE_SIZE, FACE_SIZE), interpolation=cv2.INTER_AREA)
    cv2.imwrite(str(path), small, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--astronaut", type=Path, help="skimage/data/astronaut.png from a scikit-image wheel")
    args = parser.parse_args(argv)
    print(f"wrote {write_utterance()}")
    if args.astronaut:
        print(f"wrote {write_face(args.astronaut)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
