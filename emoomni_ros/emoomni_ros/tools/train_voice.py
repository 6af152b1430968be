"""Trains the voice emotion head on RAVDESS (speaker-independent) and writes models/voice_emotion.npz.

    python3 -m emoomni_ros.tools.train_voice --data ../shared/data/ravdess-dev

Trains a standardised multinomial logistic regression on a feature set of ``voice_features``
(``--features``: ``whisper+prosody`` by default, the pooled Whisper tiny.en encoder states of each
clip plus the prosody/spectral statistics; ``prosody`` is the earlier head's) from the training
actors (default 01-08), reports accuracy and weighted F1 on the held-out actors (default 09-12)
and a leave-actors-out cross-validation over all actors (4 folds of 3 actors), and stores the head
with the prosody norms of the training actors. The features take about a second per clip on a
loaded 2-core machine (``--cache`` keeps them); fitting takes a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from emoomni_ros import labels
from emoomni_ros.perception.voice import audio, prosody
from emoomni_ros.perception.voice import features as voice_features
from emoomni_ros.perception.voice.analyzer import PROSODY_MODEL, WHISPER_MODEL, VoiceHead
from emoomni_ros.tools import ravdess
from emoomni_ros.tools.metrics import EvalRun, summary

NORM_FIELDS = ("speaking_rate", "energy_db", "f0_std_semitones", "f0_jitter", "f0_median_hz", "pause_ratio")
PERCENTILES = {"p15": 15, "p20": 20, "p50": 50, "p80": 80, "p85": 85}
CV_FOLDS = ((1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12))


def featurise(clips: list[ravdess.Clip], feature_set: str = "prosody", log=print,
              cache: Path | None = None) -> tuple[np.ndarray, list[prosody.Prosody]]:
    """Feature vectors of the clips (and their prosody); with ``cache``, the prosody and Whisper
    parts are kept in that npz, keyed by file name, and read back from it."""
    cached: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    if cache and cache.is_file():
        with np.load(cache) as data:
            cached = {str(n): (w, f) for n, w, f in zip(data["name"], data["w"], data["f"], strict=True)}
    encoder = None
    vectors, summaries, names, whisper_parts, prosody_parts = [], [], [], [], []
    for i, clip in enumerate(clips):
        samples, rate = audio.load_wav(clip.path)
        x = audio.prepare(samples, rate)
        feats = voice_features.extract(x)
        if clip.path.name in cached:
            pooled = cached[clip.path.name][0]
        elif "whisper" in feature_set or cache:
            if encoder is None:
                from emoomni_ros.perception.voice.asr import WhisperAsr

                encoder = WhisperAsr(cpu_threads=1)
            pooled = voice_features.pool_states(encoder.encode(x))
        else:
            pooled = np.zeros(0)
        names.append(clip.path.name)
        whisper_parts.append(pooled)
        prosody_parts.append(feats.vector)
        parts = ([pooled] if "whisper" in feature_set else []) + ([feats.vector] if "prosody" in feature_set else [])
        vectors.append(np.concatenate(parts))
        summaries.append(feats.prosody)
        if (i + 1) % 100 == 0:
            log(f"  features {i + 1}/{len(clips)}")
    if cache and len(cached) < len(clips):
        np.savez(cache, name=np.array(names), w=np.array(whisper_parts), f=np.array(prosody_parts))
    return np.array(vectors), summaries


def fit(x: np.ndarray, y: list[str], c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, coef, intercept) with coef rows in core label order."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((x - mean) / scale, y)
    order = [list(model.classes_).index(name) for name in labels.CORE_LABELS]
    return mean, scale, model.coef_[order], model.intercept_[order]


def fit_temperature(logits: np.ndarray, y: list[str]) -> float:
    """Softmax temperature minimising the log-loss of out-of-fold logits (rows in core order)."""
    from scipy.optimize import minimize_scalar

    target = np.array([labels.LABEL_INDEX[name] for name in y])

    def nll(log_t: float) -> float:
        z = logits / np.exp(log_t)
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(target)), target].mean())

    return float(np.exp(minimize_scalar(nll, bounds=(-2.0, 2.0), method="bounded").x))


def out_of_fold_logits(x: np.ndarray, y: np.ndarray, actor: np.ndarray, c: float, folds: int = 4) -> np.ndarray:
    """Logits of each clip from a head trained without its actor (actors split into ``folds`` groups)."""
    groups = np.array_split(np.unique(actor), min(folds, len(np.unique(actor))))
    logits = np.zeros((len(y), labels.NUM_LABELS))
    for group in groups:
        test = np.isin(actor, group)
        mean, scale, coef, intercept = fit(x[~test], list(y[~test]), c)
        logits[test] = ((x[test] - mean) / scale) @ coef.T + intercept
    return logits


def norms(summaries: list[prosody.Prosody], clips: list[ravdess.Clip]) -> dict[str, dict[str, float]]:
    out = {}
    for name in NORM_FIELDS:
        values = np.array([getattr(p, name) for p in summaries if p.speech_s > 0])
        if name.startswith("f0_"):
            values = np.array([getattr(p, name) for p in summaries if p.f0_median_hz > 0])
        out[name] = {k: float(np.percentile(values, q)) for k, q in PERCENTILES.items()}
    for register, male in (("f0_register_low", True), ("f0_register_high", False)):
        f0 = np.array([p.f0_median_hz for p, c in zip(summaries, clips, strict=True) if c.male == male
                       and p.f0_median_hz > 0])
        if f0.size:
            out[register] = {k: float(np.percentile(f0, q)) for k, q in PERCENTILES.items()}
    return out


def _evaluate(mean, scale, coef, intercept, x, y) -> dict:
    head = VoiceHead(mean, scale, coef, intercept, norms={})
    pred = [labels.top_label(head.predict(v)) for v in x]
    s = summary(EvalRun(list(y), pred))
    return {k: s[k] for k in ("n", "accuracy", "weighted_f1", "macro_f1", "per_label_f1", "confusion")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.tools.train_voice", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder of RAVDESS-named WAVs (e.g. ravdess-dev)")
    parser.add_argument("--train-actors", default="1-8")
    parser.add_argument("--val-actors", default="9-12")
    parser.add_argument("--features", choices=voice_features.FEATURE_SETS, default="whisper+prosody")
    parser.add_argument("--c", type=float, default=0.03, help="inverse L2 regularisation strength")
    parser.add_argument("--cache", type=Path, help="npz that keeps the clips' features between runs")
    parser.add_argument("--out", type=Path, help=f"default: {WHISPER_MODEL.name} for the whisper feature sets, "
                        f"{PROSODY_MODEL.name} for prosody")
    parser.add_argument("--no-cv", action="store_true", help="skip the leave-actors-out cross-validation")
    args = parser.parse_args(argv)
    args.out = args.out or (PROSODY_MODEL if args.features == "prosody" else WHISPER_MODEL)
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    started = time.perf_counter()
    all_clips = ravdess.clips(args.data)
    if not all_clips:
        print(f"no RAVDESS-named WAVs under {args.data}", file=sys.stderr)
        return 2
    train_actors, val_actors = ravdess.parse_actors(args.train_actors), ravdess.parse_actors(args.val_actors)
    if train_actors & val_actors:
        print("training and validation actors overlap", file=sys.stderr)
        return 2
    print(f"{len(all_clips)} clips from actors {sorted({c.actor for c in all_clips})}")
    x, summaries = featurise(all_clips, args.features, cache=args.cache)
    y = np.array([c.label for c in all_clips])
    actor = np.array([c.actor for c in all_clips])
    train = np.isin(actor, list(train_actors))
    val = np.isin(actor, list(val_actors))

    if not train.any():
        print(f"no clips of the training actors {sorted(train_actors)} under {args.data}", file=sys.stderr)
        return 2
    mean, scale, coef, intercept = fit(x[train], list(y[train]), args.c)
    report = {"holdout": _evaluate(mean, scale, coef, intercept, x[val], y[val]) if val.any() else None}
    folds = []
    if not args.no_cv:
        for fold in CV_FOLDS:
            test = np.isin(actor, fold)
            if test.any() and (~test).any():
                params = fit(x[~test], list(y[~test]), args.c)
                folds.append({"actors": list(fold), **_evaluate(*params, x[test], y[test])})
    if folds:
        report["cv"] = {
            "folds": [{k: f[k] for k in ("actors", "n", "accuracy", "weighted_f1")} for f in folds],
            "accuracy": float(np.mean([f["accuracy"] for f in folds])),
            "weighted_f1": float(np.mean([f["weighted_f1"] for f in folds])),
        }
    train_clips = [c for c, t in zip(all_clips, train, strict=True) if t]
    train_summaries = [p for p, t in zip(summaries, train, strict=True) if t]
    meta = {
        "name": "ravdess-logreg" if args.features == "prosody" else f"ravdess-{args.features}-logreg",
        "features": args.features,
        "model": f"standardised multinomial logistic regression, C={args.c}, {x.shape[1]} features",
        "train_actors": sorted(train_actors),
        "val_actors": sorted(val_actors),
        "n_train": int(train.sum()),
        "data": "RAVDESS speech (actors 1-12 of ravdess-dev), CC BY-NC-SA 4.0; calm counted as neutral",
        "holdout_accuracy": report["holdout"]["accuracy"] if report["holdout"] else None,
        "holdout_weighted_f1": report["holdout"]["weighted_f1"] if report["holdout"] else None,
        "cv_accuracy": report.get("cv", {}).get("accuracy"),
    }
    # Calibration needs held-out actors inside the training set.
    temperature = 1.0
    if len(set(actor[train])) >= 2:
        temperature = fit_temperature(out_of_fold_logits(x[train], y[train], actor[train], args.c), list(y[train]))
    distances = np.sqrt(np.mean(((x[train] - mean) / scale) ** 2, axis=1))
    meta["temperature"] = temperature
    head = VoiceHead(mean, scale, coef, intercept, norms=norms(train_summaries, train_clips), meta=meta,
                     temperature=temperature, typical_distance=float(np.percentile(distances, 99)),
                     feature_set=args.features)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    head.save(args.out)
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["out"] = str(args.out)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
