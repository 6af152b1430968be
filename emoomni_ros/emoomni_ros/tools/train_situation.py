"""Trains the situation head (``models/situation_head.npz``) that ``situation.understand`` reads:

    python3 -m emoomni_ros.tools.train_situation [--out PATH] [--c 4]

* ``w``, ``b``: a softmax regression over ``situation.EVENTS`` on the all-MiniLM-L6-v2 features the
  text perception uses (``pooling="mean+mid+max"``, 1,152-d), fitted on
  ``data/situation_sentences.txt`` (sentences written for this project, balanced class weights);
* ``emotion_given_event``: for each event, how often the text emotion model
  (``perception.text.TextAnalyzer``) reads each core emotion in its sentences (lightly smoothed).
  The reader uses it to weigh the events by what the words say about the person's emotion ("fifty
  years on and he still brings me tea" is no bereavement when the words read as joy).

Prints the 5-fold cross-validated accuracy and per-event F1, with and without the emotion weighing
(the card, ``models/situation.md``, holds the figures). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from emoomni_ros import labels
from emoomni_ros.reasoning.situation import EMOTION_WEIGHT, EVENTS, HEAD_PATH, POOLING, SENTENCES_PATH, load_sentences

SMOOTHING = 0.02  # added to each emotion's share before normalising (no event rules an emotion out)


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def cross_validate(x: np.ndarray, y: np.ndarray, c: float, folds: int = 5) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros((len(y), len(EVENTS)))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
        out[test] = fit(x[train], y[train], c).predict_proba(x[test])
    return out


def word_emotions(texts: list[str]) -> np.ndarray:
    """(n, 7) the text emotion model's core-emotion distribution of each sentence."""
    from emoomni_ros.perception.text.analyzer import TextAnalyzer

    analyzer = TextAnalyzer(concerns=False)
    return np.stack([analyzer.analyze(t).distribution for t in texts])


def emotion_given_event(emotions: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(events, 7) the share of each event's sentences read as each core emotion, smoothed."""
    read = emotions.argmax(axis=1)
    table = np.stack([np.bincount(read[y == k], minlength=emotions.shape[1]) / max(1, (y == k).sum())
                      for k in range(len(EVENTS))]) + SMOOTHING
    return table / table.sum(axis=1, keepdims=True)


def weighed(p: np.ndarray, emotions: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``SituationHead.probabilities``' emotion weighing, for many rows."""
    fit = (emotions / table.mean(axis=0)) @ table.T
    out = p * fit ** EMOTION_WEIGHT
    return out / out.sum(axis=1, keepdims=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HEAD_PATH)
    parser.add_argument("--c", type=float, default=4.0, help="inverse L2 strength of the regression")
    args = parser.parse_args(argv)
    from emoomni_ros.perception.text.encoder import load_encoder
    from emoomni_ros.tools.train_text import scores

    events = list(EVENTS)
    rows = load_sentences(SENTENCES_PATH)
    texts = [t for _, t in rows]
    y = np.array([events.index(e) for e, _ in rows])
    start = time.perf_counter()
    encoder = load_encoder("minilm", pooling=POOLING)
    x = np.asarray(encoder.encode_many(texts) if hasattr(encoder, "encode_many") else encoder.encode(texts),
                   dtype=np.float32)
    print(f"{len(texts)} sentences embedded in {time.perf_counter() - start:.0f} s; "
          f"per event {dict(zip(events, np.bincount(y, minlength=len(events)).tolist(), strict=True))}")
    emotions = word_emotions(texts)
    table = emotion_given_event(emotions, y)
    cv = cross_validate(x, y, args.c)
    both = weighed(cv, emotions, table).argmax(1)
    report = {"meaning": scores(y, cv.argmax(1)), "meaning and emotion": scores(y, both)}
    from sklearn.metrics import f1_score

    per_event = dict(zip(events, np.round(f1_score(y, both, average=None, labels=range(len(events))), 3).tolist(),
                         strict=True))
    print(f"5-fold CV: {report}\nper-event F1 (meaning and emotion): {per_event}")
    model = fit(x, y, args.c)
    meta = {"events": events, "labels": list(labels.CORE_LABELS), "encoder": encoder.name, "pooling": POOLING,
            "c": args.c, "n_train": len(texts), "cv": report, "cv_f1": per_event}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, w=model.coef_.T.astype(np.float32), b=model.intercept_.astype(np.float32),
                        emotion_given_event=table.astype(np.float32), meta=np.array(json.dumps(meta)))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
