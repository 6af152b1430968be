"""Trains the concern head (``models/concern_head.npz``): a softmax regression on all-MiniLM-L6-v2
sentence embeddings over seven classes (none, and watch or urgent for each concern kind).

    python3 -m emoomni_ros.tools.train_concern [--no-fixture] [--out PATH]

Training sentences: ``concern_exemplars.SENTENCES`` and, unless ``--no-fixture``, the items of the
concern dev set (test/fixtures/concern_dev.yaml) in the splits before ``HELD_OUT_FROM`` (the later
blind rounds are never trained on). Thresholds are chosen by 5-fold cross-validation so that at most
``MAX_CV_FALSE_ALARM`` of the negatives would raise a concern. Deterministic (fixed seed, full batch).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from emoomni_ros import paths
from emoomni_ros.datatypes import CONCERN_KINDS
from emoomni_ros.perception.text.concern import HEAD_CLASSES, HEAD_PATH
from emoomni_ros.perception.text.concern_exemplars import SENTENCES

FIXTURE = paths.ROS_PACKAGE_DIR / "test" / "fixtures" / "concern_dev.yaml"
HELD_OUT_FROM = 10  # blind10 and later are held out
MAX_CV_FALSE_ALARM = 0.02
L2 = 1e-4
EPOCHS = 1500
LR = 0.5


def _split_rank(split: str) -> int:
    if split == "dev":
        return 0
    digits = split.removeprefix("blind")
    return int(digits) if digits else 1


def training_set(with_fixture: bool = True) -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    for (kind, level), sentences in SENTENCES.items():
        cls = HEAD_CLASSES.index("none" if kind == "none" else f"{kind}/{level}")
        texts += list(sentences)
        labels += [cls] * len(sentences)
    if with_fixture and FIXTURE.is_file():
        import yaml

        for item in yaml.safe_load(FIXTURE.read_text()):
            if _split_rank(item.get("split", "dev")) >= HELD_OUT_FROM or item.get("context"):
                continue  # held out; turns that only mean something after their context
            kind = item["kind"]
            texts.append(item["text"])
            labels.append(HEAD_CLASSES.index("none" if kind == "none" else f"{kind}/{item['level']}"))
    return texts, np.asarray(labels)


def fit(x: np.ndarray, y: np.ndarray, epochs: int = EPOCHS) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    k = len(HEAD_CLASSES)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    weight = (n / (k * np.maximum(counts, 1)))[y]  # balanced classes
    onehot = np.eye(k)[y]
    w, b = np.zeros((d, k)), np.zeros(k)
    for _ in range(epochs):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * weight[:, None] / weight.sum()
        w -= LR * (x.T @ g + L2 * w) * 10
        b -= LR * g.sum(axis=0) * 10
    return w.astype(np.float32), b.astype(np.float32)


def probabilities(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    logits = x @ w + b
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def kind_probs(p: np.ndarray) -> np.ndarray:
    """(n, 3) probability of each concern kind, levels summed."""
    return np.stack([p[:, HEAD_CLASSES.index(f"{k}/watch")] + p[:, HEAD_CLASSES.index(f"{k}/urgent")]
                     for k in CONCERN_KINDS], axis=1)


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 5, seed: int = 0) -> np.ndarray:
    order = np.random.default_rng(seed).permutation(len(y))
    out = np.zeros((len(y), len(HEAD_CLASSES)))
    for f in range(folds):
        test = order[f::folds]
        train = np.setdiff1d(order, test)
        w, b = fit(x[train], y[train])
        out[test] = probabilities(x[test], w, b)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-fixture", action="store_true", help="train on concern_exemplars only")
    parser.add_argument("--out", default=str(HEAD_PATH))
    args = parser.parse_args(argv)
    from emoomni_ros.perception.text.encoder import load_encoder

    texts, y = training_set(not args.no_fixture)
    t0 = time.time()
    enc = load_encoder("minilm")
    from emoomni_ros.perception.text.concern import _prepare

    x = np.asarray(enc.encode([_prepare(t) for t in texts]), dtype=np.float32)
    print(f"{len(texts)} sentences embedded in {time.time() - t0:.1f} s; per class {np.bincount(y).tolist()}")
    cv = cross_validate(x, y)
    kp = kind_probs(cv)
    neg = y == 0
    # The watch threshold: the smallest with at most MAX_CV_FALSE_ALARM of the negatives above it.
    watch = float(max(0.5, np.quantile(kp[neg].max(axis=1), 1 - MAX_CV_FALSE_ALARM)))
    truth = np.array([-1 if c == 0 else CONCERN_KINDS.index(HEAD_CLASSES[c].split("/")[0]) for c in y])
    pred = np.where(kp.max(axis=1) >= watch, kp.argmax(axis=1), -1)
    for i, kind in enumerate(CONCERN_KINDS):
        tp = np.sum((pred == i) & (truth == i))
        precision, recall = tp / max(1, np.sum(pred == i)), tp / max(1, np.sum(truth == i))
        print(f"  cv {kind:9} precision {precision:.2f} recall {recall:.2f}")
    print(f"  cv false alarms {np.sum(neg & (pred >= 0))}/{neg.sum()} at watch threshold {watch:.3f}")
    w, b = fit(x, y)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, w=w, b=b, classes=np.asarray(HEAD_CLASSES), watch=np.float32(watch),
             n_train=np.int32(len(y)), encoder=np.asarray(enc.name))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
