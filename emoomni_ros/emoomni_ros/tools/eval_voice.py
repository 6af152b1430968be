"""``eval voice PATH``: voice emotion accuracy on RAVDESS-named WAVs anywhere under PATH
(``03-01-EE-II-SS-RR-AA.wav``; calm counts as neutral). Each clip is classified on its own, with the
fixed gain the head was trained at (RAVDESS levels); ``--limit N`` takes a seeded random sample.
The report adds the prior (majority-class) accuracy of the same set as a baseline."""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice.analyzer import VoiceEmotion
from emoomni_ros.tools import ravdess
from emoomni_ros.tools.metrics import EvalRun


def evaluate(path: Path, options: argparse.Namespace | None = None, analyzer: VoiceEmotion | None = None) -> EvalRun:
    clips = ravdess.clips(path)
    if not clips:
        raise FileNotFoundError(f"no RAVDESS-named WAVs (03-01-EE-II-SS-RR-AA.wav) under {path}")
    limit = int(getattr(options, "limit", 0) or 0)
    if 0 < limit < len(clips):
        clips = sorted(random.Random(0).sample(clips, limit), key=lambda c: c.path)
    analyzer = analyzer or VoiceEmotion(gain_mode="fixed")
    y_true, y_pred = [], []
    unreadable = 0
    seconds = 0.0
    for clip in clips:
        try:
            samples, rate = audio.load_wav(clip.path)
        except audio.AudioError:
            unreadable += 1
            continue
        start = time.perf_counter()
        cue = analyzer.analyze(samples, rate).cue
        seconds += time.perf_counter() - start
        y_true.append(clip.label)
        y_pred.append(cue.label)
    majority = Counter(y_true).most_common(1)[0][1] / len(y_true) if y_true else 0.0
    actors = sorted({c.actor for c in clips})
    trained_on = analyzer.head.meta.get("train_actors", [])
    return EvalRun(y_true, y_pred, skipped=unreadable, seconds=seconds,
                   extra={"model": analyzer.name, "actors": actors, "baseline_majority_accuracy": majority,
                          "unreadable": unreadable,
                          # RAVDESS actors the head was trained on: their clips are not a fair test.
                          "actors_seen_in_training": sorted(set(actors) & set(trained_on))})
