"""Trains the turn-end head (``perception/text/turn_end.py``, ``models/turn_end.npz``): is a
transcript a finished turn or a person pausing mid-sentence?

Complete turns: MELD train utterances, GoEmotions train texts and the project's own companion and
situation sentences. Unfinished turns: each one's prefix cut at a random word boundary (prefixes
that end a sentence, at ``.``, ``!`` or ``?``, are left out: they may well be finished), a fifth of
them followed by a filler ("um", "you know"...). Dev: the same construction on MELD dev and
GoEmotions dev (other dialogues and comments), and the hand-written everyday turns of
``test/fixtures/turn_end.yaml``.

    python3 -m emoomni_ros.tools.train_turn_end [--out PATH] [--c 1.0] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
import yaml

from emoomni_ros import paths
from emoomni_ros.perception.text import turn_end
from emoomni_ros.tools.text_data import load_csv, load_goemotions, load_sentences

FILLERS = ("um", "uh", "er", "erm", "you know", "like", "i mean", "so")
FIXTURE = paths.ROS_PACKAGE_DIR / "test" / "fixtures" / "turn_end.yaml"


def pairs(texts: list[str], seed: int) -> tuple[list[str], list[int]]:
    """Each text (label 1) and one of its unfinished prefixes (label 0)."""
    rng = random.Random(seed)
    out, labels = [], []
    for text in texts:
        tokens = text.split()
        if not turn_end.words(text):
            continue
        out.append(text)
        labels.append(1)
        if len(tokens) < 2:
            continue
        for _ in range(3):  # a cut that does not end a sentence
            cut = rng.randint(1, len(tokens) - 1)
            prefix = " ".join(tokens[:cut])
            if not prefix.rstrip("\"')”’").endswith((".", "!", "?", "…")) and turn_end.words(prefix):
                if rng.random() < 0.2:
                    prefix = f"{prefix.rstrip(',')}, {rng.choice(FILLERS)}"
                out.append(prefix)
                labels.append(0)
                break
    return out, labels


def fixture(path: Path = FIXTURE) -> tuple[list[str], list[int]]:
    data = yaml.safe_load(path.read_text())
    return data["complete"] + data["unfinished"], [1] * len(data["complete"]) + [0] * len(data["unfinished"])


def scores(model: turn_end.TurnEndModel, texts: list[str], labels: list[int]) -> dict[str, float]:
    from sklearn.metrics import f1_score, roc_auc_score

    p = np.array([model.p_complete(t) for t in texts])
    y = np.array(labels)
    return {"n": len(y), "accuracy": round(float(((p >= 0.5) == y).mean()), 4),
            "macro_f1": round(float(f1_score(y, p >= 0.5, average="macro")), 4),
            "auc": round(float(roc_auc_score(y, p)), 4)}


def main(argv: list[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.tools.train_turn_end", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=paths.SHARED_DATA)
    parser.add_argument("--out", type=Path, default=turn_end.DEFAULT_MODEL)
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    ours = [u.text for u in load_sentences(paths.DATA_DIR / "text_companion.txt")]
    ours += [line.split(" | ", 1)[1] for line in (paths.DATA_DIR / "situation_sentences.txt").read_text().splitlines()
             if " | " in line and not line.startswith("#")]
    train = ([u.text for u in load_csv(args.data / "meld" / "train_sent_emo.csv")]
             + [u.text for u in load_goemotions(args.data / "goemotions" / "train.tsv")] + ours)
    x_text, y = pairs(train, args.seed)
    head = LogisticRegression(C=args.c, max_iter=2000)
    head.fit(turn_end.feature_matrix(x_text), np.array(y))
    np.savez_compressed(args.out, weights=head.coef_[0].astype(np.float32), bias=np.float32(head.intercept_[0]))
    model = turn_end.TurnEndModel(args.out)
    report = {"train": {"n": len(y), "complete": int(sum(y))}}
    report["meld_dev"] = scores(model, *pairs([u.text for u in load_csv(args.data / "meld" / "dev_sent_emo.csv")],
                                              args.seed + 1))
    report["goemotions_dev"] = scores(model, *pairs([u.text for u in load_goemotions(args.data / "goemotions" /
                                                                                       "dev.tsv")], args.seed + 1))
    if FIXTURE.is_file():
        report["everyday_fixture"] = scores(model, *fixture())
    print(json.dumps(report, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
