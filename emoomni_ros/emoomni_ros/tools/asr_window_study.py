"""Word error rate and compute of Whisper's input window: the full 30 s window against the utterance
plus a few seconds of padding (``WhisperAsr.window_pad_s``).

Speech: RAVDESS clips of actors 10-12 (real voices, two statements, eight emotions) and MELD dev
sentences spoken by espeak-ng (varied words; half of them short, a set of long ones of 14+ words).

    python3 -m emoomni_ros.tools.asr_window_study [--data ../shared/data] [--pads 0 2 4 6] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice.asr import WhisperAsr
from emoomni_ros.tools.ravdess import clips as ravdess_clips

STATEMENTS = {"01": "Kids are talking by the door", "02": "Dogs are sitting by the door"}


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance in words, number of reference words), case and punctuation ignored."""
    ref = re.sub(r"[^a-z0-9' ]", " ", reference.lower()).split()
    hyp = re.sub(r"[^a-z0-9' ]", " ", hypothesis.lower()).split()
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row = row, [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (r != h))
    return row[-1], len(ref)


def speech_set(data: Path, seed: int = 0) -> dict[str, list[tuple[np.ndarray, str]]]:
    rng = random.Random(seed)
    clips = ravdess_clips(data / "ravdess-dev", actors={10, 11, 12})
    rng.shuffle(clips)
    sets: dict[str, list] = {"ravdess": [(audio.load_wav(c.path)[0], STATEMENTS[c.statement]) for c in clips[:60]]}
    if shutil.which("espeak-ng"):
        with open(data / "meld" / "dev_sent_emo.csv", encoding="utf-8", errors="replace") as f:
            rows = [r["Utterance"].replace("\x92", "'") for r in csv.DictReader(f)]
        rng.shuffle(rows)
        long = [t for t in rows[40:] if len(t.split()) >= 14][:30]
        with tempfile.TemporaryDirectory() as tmp:
            def spoken(text: str) -> np.ndarray:
                path = Path(tmp) / "s.wav"
                subprocess.run(["espeak-ng", "-w", str(path), text], check=True, capture_output=True)
                return audio.load_wav(path)[0]

            sets["meld_espeak"] = [(spoken(t), t) for t in rows[:40]]
            sets["meld_espeak_long"] = [(spoken(t), t) for t in long]
    return sets


def study(data: Path, pads: list[float], threads: int = 2) -> dict:
    sets = speech_set(data)
    report: dict = {"items": {k: len(v) for k, v in sets.items()},
                    "mean_audio_s": {k: round(float(np.mean([x.size / audio.TARGET_RATE for x, _ in v])), 2)
                                     for k, v in sets.items()}}
    for pad in pads:
        asr = WhisperAsr(cpu_threads=threads, window_pad_s=pad)
        asr.transcribe(sets["ravdess"][0][0])  # warm-up
        errors = total = 0
        compute = 0.0
        row: dict = {}
        for name, items in sets.items():
            e = n = 0
            for x, ref in items:
                result = asr.transcribe(x)
                compute += result.compute_s
                de, dn = word_errors(ref, result.text)
                e, n = e + de, n + dn
            row[f"wer_{name}"] = round(e / n, 4)
            errors, total = errors + e, total + n
        row["wer"] = round(errors / total, 4)
        row["compute_s_per_item"] = round(compute / sum(len(v) for v in sets.values()), 4)
        report["full_window" if pad == 0 else f"pad_{pad:g}s"] = row
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--pads", type=float, nargs="+", default=[0.0, 2.0, 4.0, 6.0],
                        help="seconds of padding after the speech; 0 = Whisper's full 30 s window")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report = study(args.data, args.pads)
    report["study_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
