"""Classification metrics over the core labels (accuracy, weighted/macro F1, confusion), shared by
the ``eval`` command, the benchmarks and the accuracy tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from emoomni_ros import labels


@dataclass
class EvalRun:
    """Result of running a classifier over a labelled set: gold and predicted core labels."""

    y_true: list[str]
    y_pred: list[str]
    skipped: int = 0  # items whose label is outside the core seven (e.g. CK+ contempt)
    seconds: float = 0.0  # total classification time (model loading excluded)
    extra: dict = field(default_factory=dict)  # e.g. a baseline measured in the same run


def confusion(y_true: Sequence[str], y_pred: Sequence[str]) -> np.ndarray:
    """Rows: gold label, columns: predicted label, both in core order."""
    mat = np.zeros((labels.NUM_LABELS, labels.NUM_LABELS), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        mat[labels.LABEL_INDEX[labels.check_core(t)], labels.LABEL_INDEX[labels.check_core(p)]] += 1
    return mat


def summary(run: EvalRun) -> dict:
    mat = confusion(run.y_true, run.y_pred)
    n = int(mat.sum())
    support = mat.sum(axis=1)
    predicted = mat.sum(axis=0)
    tp = np.diag(mat).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    present = support > 0
    return {
        "n": n,
        "accuracy": float(tp.sum() / n) if n else 0.0,
        "weighted_f1": float((f1 * support).sum() / support.sum()) if n else 0.0,
        "macro_f1": float(f1[present].mean()) if present.any() else 0.0,
        "labels": list(labels.CORE_LABELS),
        "per_label_f1": {name: float(f1[i]) for i, name in enumerate(labels.CORE_LABELS) if present[i]},
        "confusion": mat.tolist(),
        "skipped": int(run.skipped),
        "ms_per_item": float(1000.0 * run.seconds / n) if n else 0.0,
        **run.extra,
    }


CALIBRATION_BINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0)


def calibration(confidence: Sequence[float], correct: Sequence[bool],
                bins: Sequence[float] = CALIBRATION_BINS) -> dict:
    """How well a confidence predicts being right: per bin the mean confidence against the
    accuracy, and the expected calibration error (the n-weighted mean gap; 0 = calibrated)."""
    conf = np.clip(np.asarray(confidence, dtype=np.float64), 0.0, 1.0)
    hit = np.asarray(correct, dtype=bool)
    if conf.shape != hit.shape:
        raise ValueError(f"{conf.size} confidences for {hit.size} outcomes")
    rows, ece = [], 0.0
    for i, (lo, hi) in enumerate(pairwise(bins)):
        inside = (conf >= lo) & ((conf < hi) if i < len(bins) - 2 else (conf <= hi))
        if inside.any():
            gap = abs(conf[inside].mean() - hit[inside].mean())
            ece += inside.sum() / conf.size * gap
            rows.append({"lo": lo, "hi": hi, "n": int(inside.sum()), "confidence": round(float(conf[inside].mean()), 4),
                         "accuracy": round(float(hit[inside].mean()), 4)})
    return {"ece": round(float(ece), 4), "bins": rows}


def plot_confusion(mat: Sequence[Sequence[int]], path: str, title: str = "") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    mat = np.asarray(mat, dtype=np.float64)
    norm = mat / np.maximum(mat.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(labels.NUM_LABELS), labels.CORE_LABELS, rotation=45, ha="right")
    ax.set_yticks(range(labels.NUM_LABELS), labels.CORE_LABELS)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(labels.NUM_LABELS):
        for j in range(labels.NUM_LABELS):
            ax.text(j, i, int(mat[i, j]), ha="center", va="center", fontsize=7,
                    color="white" if norm[i, j] > 0.5 else "black")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
