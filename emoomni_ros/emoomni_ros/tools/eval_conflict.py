"""Fusion and conflict detection on real data: faces from FER2013 PublicTest, voices from RAVDESS
(held-out actors 09-12 of the voice head) and sentences from MELD dev, each turned into a cue by
the project's own classifiers, combined into congruent and incongruent people.

    python3 -m emoomni_ros.tools.eval_conflict [--data ../shared/data] [--per-label 20] [--json]

Cases (ground truth follows the rule in ``affect/conflict.py``):
* congruent: face, voice and words of the same gold label -> felt = that label, no conflict;
* smile_masks_voice: a happy face and happy words over a negative voice -> felt = the voice's
  label, apparent joy;
* fine_masks_face: happy ("I'm fine"-type) words over a negative face, no voice -> felt = the
  face's label, apparent joy;
* fine_masks_face_calm_voice: the same with a neutral/calm voice as well;
* smile_masks_voice_no_words: a happy face over a negative voice -> felt = the voice's label;
* hedge_smile_voice: a happy face and words that play a feeling down (MELD dev sentences in which
  the text cue finds a masking hedge: "I'm fine", "whatever"...) over a strongly sad, angry,
  fearful or disgusted voice -> felt = the voice's label, apparent joy;
* hedge_voice_no_face: the same words over the same kind of voice, no face -> felt = the voice's
  label, apparent = the words' label;
* hedge_calm: such words with a neutral face and a neutral voice -> no conflict, felt neutral
  (the false alarm a hedge invites).

Reports the fused label accuracy (against the felt label), conflict precision and recall, how
often the felt emotion is recovered on incongruent cases, and the same for a plain weighted
average without the leakage rule (the baseline); and the calibration of the fused confidence
(expected calibration error of confidence against "the fused label is the felt one").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from emoomni_ros import labels, paths
from emoomni_ros.affect.fusion import FusionConfig, fuse
from emoomni_ros.datatypes import Cue
from emoomni_ros.tools.metrics import calibration

DATA = paths.SHARED_DATA
NEGATIVE = ("sadness", "anger", "fear", "disgust")
EVAL_ACTORS = {9, 10, 11, 12}  # not used to train the voice head (models/voice_emotion.md)
NOW = 100.0


@dataclass
class Case:
    kind: str
    cues: list[Cue]
    felt: str
    apparent: str
    conflict: bool


def _stamp(cue: Cue, modality: str) -> Cue:
    """Places the cue in one utterance window ending at NOW (the face half a second before)."""
    end = NOW - 0.5 if modality == "face" else NOW
    start = end if modality == "face" else NOW - 2.0
    return replace(cue, stamp=end, window_start=start, window_end=end, utterance_id="" if modality == "face" else "u")


def face_pool(root: Path, per_label: int, rng: random.Random, classifier: str = "") -> dict[str, list[Cue]]:
    import cv2

    from emoomni_ros.perception.face.analyzer import FaceAnalyzer, FaceConfig

    analyzer = FaceAnalyzer(FaceConfig(classifier=classifier) if classifier else FaceConfig())
    pool: dict[str, list[Cue]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        label = labels.to_core(folder.name, "fer2013")
        files = sorted(folder.glob("*.jpg"))
        for path in rng.sample(files, min(per_label, len(files))):
            image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
            if image is None:
                continue
            pool.setdefault(label, []).append(_stamp(analyzer.classify_crop(image).to_cue(), "face"))
    return pool


def voice_pool(root: Path, per_label: int, rng: random.Random, strong_only: bool = False) -> dict[str, list[Cue]]:
    from emoomni_ros.perception.voice import audio
    from emoomni_ros.perception.voice.analyzer import WHISPER_MODEL, VoiceEmotion
    from emoomni_ros.tools import ravdess

    # The head on the Whisper encoder states (models/voice_emotion.md; the mic node's default is
    # still the prosody-only head): the figures in the README were measured with it.
    analyzer = VoiceEmotion(WHISPER_MODEL)
    by_label: dict[str, list] = {}
    for clip in ravdess.clips(root, EVAL_ACTORS):
        if strong_only and not clip.strong:
            continue
        by_label.setdefault(clip.label, []).append(clip)
    pool: dict[str, list[Cue]] = {}
    for label, found in sorted(by_label.items()):
        for clip in rng.sample(found, min(per_label, len(found))):
            samples, rate = audio.load_wav(clip.path)
            cue = analyzer.analyze(samples, rate, utterance_id="u").cue
            pool.setdefault(label, []).append(_stamp(cue, "voice"))
    return pool


def text_pool(csv_path: Path, per_label: int, rng: random.Random) -> dict[str, list[Cue]]:
    from emoomni_ros.perception.text.analyzer import TextAnalyzer
    from emoomni_ros.tools.text_data import load_csv

    analyzer = TextAnalyzer()
    by_label: dict[str, list[str]] = {}
    for row in load_csv(csv_path):
        if row.label and len(row.text.split()) >= 3:
            by_label.setdefault(row.label, []).append(row.text)
    pool: dict[str, list[Cue]] = {}
    for label, texts in sorted(by_label.items()):
        for text in rng.sample(texts, min(per_label, len(texts))):
            pool.setdefault(label, []).append(_stamp(analyzer.analyze(text, utterance_id="u"), "text"))
    return pool


def hedge_pool(csv_path: Path, limit: int, rng: random.Random) -> dict[str, list[Cue]]:
    """MELD dev sentences whose text cue plays a feeling down (a masking hedge, not read negative)."""
    from emoomni_ros.affect.conflict import plays_down
    from emoomni_ros.perception.text.analyzer import TextAnalyzer
    from emoomni_ros.tools.text_data import load_csv

    analyzer = TextAnalyzer()
    hedge = re.compile(r"\b(fine|okay|ok|whatever|nothing|doesn't matter|don't worry|no big deal|i'm good|alright)\b",
                       re.I)
    texts = sorted({row.text for row in load_csv(csv_path) if hedge.search(row.text) and len(row.text.split()) <= 20})
    cues = []
    for text in texts:
        cue = analyzer.analyze(text, utterance_id="u")
        if plays_down(cue, 0.2):
            cues.append(_stamp(cue, "text"))
    rng.shuffle(cues)
    return {"hedge": cues[:limit]}


def build_pools(data: Path, per_label: int, seed: int = 0,
                face_classifier: str = "") -> dict[str, dict[str, list[Cue]]]:
    rng = random.Random(seed)
    return {
        "face": face_pool(data / "fer2013-publictest", per_label, rng, face_classifier),
        "voice": voice_pool(data / "ravdess-dev", per_label, rng),
        "text": text_pool(data / "meld" / "dev_sent_emo.csv", per_label, rng),
        "voice_strong": voice_pool(data / "ravdess-dev", per_label, rng, strong_only=True),
        "hedge": hedge_pool(data / "meld" / "dev_sent_emo.csv", 4 * per_label, rng),
    }


def build_cases(pools: dict[str, dict[str, list[Cue]]], per_kind: int, seed: int = 0) -> list[Case]:
    rng = random.Random(seed + 1)

    def pick(modality: str, label: str) -> Cue:
        return rng.choice(pools[modality][label])

    cases = []
    for label in labels.CORE_LABELS:
        for _ in range(per_kind):
            cases.append(Case("congruent", [pick("face", label), pick("voice", label), pick("text", label)],
                              label, label, False))
    for neg in NEGATIVE:
        for _ in range(per_kind):
            cases.append(Case("smile_masks_voice", [pick("face", "joy"), pick("voice", neg), pick("text", "joy")],
                              neg, "joy", True))
            cases.append(Case("fine_masks_face", [pick("face", neg), pick("text", "joy")], neg, "joy", True))
            cases.append(Case("fine_masks_face_calm_voice",
                              [pick("face", neg), pick("voice", "neutral"), pick("text", "joy")], neg, "joy", True))
            cases.append(Case("smile_masks_voice_no_words", [pick("face", "joy"), pick("voice", neg)], neg, "joy",
                              True))
            if pools.get("hedge", {}).get("hedge"):
                cases.append(Case("hedge_smile_voice", [pick("face", "joy"), pick("hedge", "hedge"),
                                                        pick("voice_strong", neg)], neg, "joy", True))
                words = pick("hedge", "hedge")
                cases.append(Case("hedge_voice_no_face", [words, pick("voice_strong", neg)], neg, words.label, True))
                cases.append(Case("hedge_calm", [pick("face", "neutral"), pick("hedge", "hedge"),
                                                 pick("voice", "neutral")], "neutral", "neutral", False))
    return cases


def score(cases: list[Case], config: FusionConfig) -> dict:
    """Label accuracy, conflict precision/recall, felt recovery (overall and per kind)."""
    rows = []
    for case in cases:
        state = fuse(case.cues, NOW, config)
        rows.append((case, state))
    tp = sum(1 for c, s in rows if c.conflict and s.conflict)
    fp = sum(1 for c, s in rows if not c.conflict and s.conflict)
    fn = sum(1 for c, s in rows if c.conflict and not s.conflict)
    incongruent = [(c, s) for c, s in rows if c.conflict]
    detected = [(c, s) for c, s in incongruent if s.conflict]
    congruent = [(c, s) for c, s in rows if not c.conflict]
    per_kind = {}
    for kind in sorted({c.kind for c in cases}):
        subset = [(c, s) for c, s in rows if c.kind == kind]
        per_kind[kind] = {
            "n": len(subset),
            "label_accuracy": round(float(np.mean([s.label == c.felt for c, s in subset])), 4),
            "conflict_rate": round(float(np.mean([s.conflict for _, s in subset])), 4),
        }
    return {
        "n": len(rows),
        "n_incongruent": len(incongruent),
        "label_accuracy": round(float(np.mean([s.label == c.felt for c, s in rows])), 4),
        "conflict_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "conflict_recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "false_alarm_rate": round(fp / len(congruent), 4) if congruent else 0.0,
        "felt_recovery": round(float(np.mean([s.label == c.felt for c, s in incongruent])), 4) if incongruent else 0.0,
        # the felt emotion's valence side (a negative label under the positive surface) recovered
        "felt_negative_recovery": round(float(np.mean([s.label in NEGATIVE for c, s in incongruent])), 4)
        if incongruent else 0.0,
        "apparent_accuracy_when_detected": round(float(np.mean([s.apparent_label == c.apparent for c, s in detected])),
                                                 4) if detected else 0.0,
        "per_kind": per_kind,
        # does the fused confidence say how likely the fused label is the felt one?
        "calibration": calibration([s.confidence for _, s in rows], [s.label == c.felt for c, s in rows]),
    }


def cue_accuracy(pools: dict[str, dict[str, list[Cue]]]) -> dict[str, float]:
    """Top-label accuracy of the cues themselves (how good the inputs to fusion are)."""
    out = {}
    for modality, by_label in pools.items():
        if modality == "hedge":
            continue
        hits = [cue.label == label for label, cues in by_label.items() for cue in cues]
        out[modality] = round(float(np.mean(hits)), 4) if hits else 0.0
    return out


def evaluate(data: Path = DATA, per_label: int = 30, per_kind: int = 20, seed: int = 0,
             config: FusionConfig | None = None, face_classifier: str = "") -> dict:
    start = time.perf_counter()
    pools = build_pools(data, per_label, seed, face_classifier)
    cases = build_cases(pools, per_kind, seed)
    config = config or FusionConfig()
    baseline = replace(config, leak_confidence=2.0, display_discount=1.0)  # weighted average, no leakage rule
    return {
        "config": {"valence_threshold": config.valence_threshold, "conflict_confidence": config.conflict_confidence,
                   "leak_confidence": config.leak_confidence, "display_discount": config.display_discount},
        "face_classifier": face_classifier or "default",
        "cue_accuracy": cue_accuracy(pools),
        "fusion": score(cases, config),
        "baseline_no_leakage_rule": score(cases, baseline),
        "seconds": round(time.perf_counter() - start, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.tools.eval_conflict", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--per-label", type=int, default=30, help="items per label and modality classified")
    parser.add_argument("--per-kind", type=int, default=20, help="cases per label (congruent) or negative label")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--face-classifier", default="", help="the face expression backend (default: the camera's)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: {args.data} does not exist", file=sys.stderr)
        return 2
    report = evaluate(args.data, args.per_label, args.per_kind, args.seed, face_classifier=args.face_classifier)
    if args.json:
        print(json.dumps(report))
    else:
        f, b = report["fusion"], report["baseline_no_leakage_rule"]
        print(f"cues: {report['cue_accuracy']}")
        print(f"{f['n']} cases ({f['n_incongruent']} incongruent): label accuracy {f['label_accuracy']:.3f}, "
              f"conflict P {f['conflict_precision']:.3f} R {f['conflict_recall']:.3f} "
              f"false alarms {f['false_alarm_rate']:.3f}, "
              f"felt recovered {f['felt_recovery']:.3f} (baseline without the rule: label accuracy "
              f"{b['label_accuracy']:.3f}, felt recovered {b['felt_recovery']:.3f}); confidence calibration "
              f"error {f['calibration']['ece']:.3f}")
        for kind, row in f["per_kind"].items():
            print(f"  {kind:28s} n={row['n']:4d} label acc {row['label_accuracy']:.3f} "
                  f"conflict rate {row['conflict_rate']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
