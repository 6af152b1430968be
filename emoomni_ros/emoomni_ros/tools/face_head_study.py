"""Would a head trained here beat fer's model? A k-fold study on FER2013 PublicTest.

The only labelled faces here are FER2013 PublicTest, the set the face pipeline is evaluated on, so a
head trained on them can only be judged by cross-validation: it is trained on k-1 folds and scored
on the held-out fold. The head studied is a multinomial logistic regression over fer's log
probabilities of the face and of its mirror image (a re-calibration of the model's 14 outputs).
Its cross-validated accuracy is printed next to the shipped pipeline's (fer + mirror averaging),
scored on the same folds. Measured: head 0.603 +- 0.015 (5 folds), pipeline 0.597 +- 0.020: the gain
is inside one standard deviation, so no head is shipped (see models/face_expression.md).

    python3 -m emoomni_ros.tools.face_head_study ../shared/data/fer2013-publictest --folds 5
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2
import numpy as np

from emoomni_ros import labels
from emoomni_ros.perception.face.analyzer import FerTfliteClassifier
from emoomni_ros.tools.eval_face import list_items


def features(root: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per image: log probabilities (plain and mirrored, 14 values), the pipeline's prediction and the
    gold label, as core-label indices."""
    items, _ = list_items(root)
    model = FerTfliteClassifier(flip=False)
    x, pipeline, gold = [], [], []
    for path, label in items:
        face = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if face is None:
            continue
        plain, mirrored = model.predict([face, np.ascontiguousarray(face[:, ::-1])])
        x.append(np.log(np.concatenate([plain, mirrored]) + 1e-6))
        pipeline.append(int(np.argmax(plain + mirrored)))
        gold.append(labels.LABEL_INDEX[label])
    return np.array(x), np.array(pipeline), np.array(gold)


def study(root: Path, folds: int = 5, seed: int = 0) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x, pipeline, gold = features(root)
    head, shipped = [], []
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, gold):
        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
        model.fit(x[train], gold[train])
        head.append(float(np.mean(model.predict(x[test]) == gold[test])))
        shipped.append(float(np.mean(pipeline[test] == gold[test])))
    return {"n": int(len(gold)), "folds": folds,
            "head_cv_accuracy": float(np.mean(head)), "head_cv_std": float(np.std(head)),
            "pipeline_accuracy_same_folds": float(np.mean(shipped)), "pipeline_std": float(np.std(shipped))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="FER2013 PublicTest (a folder per label)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(study(args.path, args.folds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
