"""Trains the text-emotion head (``models/text_emotion.npz``) on MELD train only.

    python3 -m emoomni_ros.perception.train_text [--train CSV] [--dev CSV] [--out NPZ] [--search]

Embeddings are cached under /tmp (``--cache``); about 2 minutes to embed MELD train on one core,
then seconds to fit. ``--search`` re-selects the hyperparameters on a held-out 20 % of the train
dialogues (never on dev); ``--dev`` only reports. See ``models/text_emotion.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from emoomni_ros import labels
from emoomni_ros.perception.text_data import Utterance, earlier_turns, load_csv
from emoomni_ros.perception.text_head import DEFAULT_HEAD, TOKEN_PATTERN, context_features
from emoomni_ros.perception.text_lexical import FEATURE_NAMES, read

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "meld"


@dataclass(frozen=True)
class Params:
    c_dense: float = 0.05  # inverse L2 strength, embedding + lexical model
    c_words: float = 3.0  # inverse L2 strength, TF-IDF model
    words_weight: float = 0.5  # share of the TF-IDF model in the utterance distribution
    class_weight_power: float = 0.3  # 0: none, 1: "balanced"; in between favours rare labels a little
    ngram_max: int = 2
    min_df: int = 2
    context_turns: int = 5
    context_decay: float = 0.7
    c_context: float = 0.1
    seed: int = 0


def class_weights(y: np.ndarray, power: float) -> dict[int, float]:
    counts = np.bincount(y, minlength=labels.NUM_LABELS).astype(np.float64)
    return {i: float((len(y) / (labels.NUM_LABELS * max(counts[i], 1))) ** power) for i in range(labels.NUM_LABELS)}


def embed(texts: list[str], cache_dir: Path | None) -> np.ndarray:
    """MiniLM embeddings of ``texts``, cached by content hash (the cache never enters the repo)."""
    from emoomni_ros.perception.text_encoder import MiniLMEncoder

    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:16]
    path = cache_dir / f"minilm-{key}.npy" if cache_dir else None
    if path and path.is_file():
        return np.load(path)
    start = time.perf_counter()
    emb = MiniLMEncoder().encode_many(texts)
    print(f"[train_text] embedded {len(texts)} texts in {time.perf_counter() - start:.0f} s", flush=True)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, emb)
    return emb


@dataclass
class Features:
    rows: list[Utterance]
    emb: np.ndarray
    lex: np.ndarray
    y: np.ndarray

    def subset(self, idx: np.ndarray) -> Features:
        return Features([self.rows[i] for i in idx], self.emb[idx], self.lex[idx], self.y[idx])


def features(rows: list[Utterance], cache_dir: Path | None) -> Features:
    rows = [r for r in rows if r.label is not None and r.text]
    emb = embed([r.text for r in rows], cache_dir)
    lex = np.stack([read(r.text).features() for r in rows])
    y = np.array([labels.LABEL_INDEX[r.label] for r in rows])
    return Features(rows, emb, lex, y)


class UtteranceModel:
    """The dense and words logistic regressions (scikit-learn, for training only)."""

    def __init__(self, params: Params):
        self.params = params

    def fit(self, data: Features) -> UtteranceModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        p = self.params
        weights = class_weights(data.y, p.class_weight_power)
        x = np.hstack([data.emb, data.lex]).astype(np.float64)
        self.mean, self.scale = x.mean(0), x.std(0) + 1e-6
        self.dense = LogisticRegression(C=p.c_dense, max_iter=3000, class_weight=weights)
        self.dense.fit((x - self.mean) / self.scale, data.y)
        self.vectorizer = TfidfVectorizer(ngram_range=(1, p.ngram_max), min_df=p.min_df, sublinear_tf=True,
                                          token_pattern=TOKEN_PATTERN)
        words = self.vectorizer.fit_transform([r.text for r in data.rows])
        self.words = LogisticRegression(C=p.c_words, max_iter=3000, class_weight=weights).fit(words, data.y)
        return self

    def predict(self, data: Features) -> np.ndarray:
        x = (np.hstack([data.emb, data.lex]) - self.mean) / self.scale
        dense = self.dense.predict_proba(x)
        words = self.words.predict_proba(self.vectorizer.transform([r.text for r in data.rows]))
        return (1 - self.params.words_weight) * dense + self.params.words_weight * words


def context_inputs(data: Features, probs: np.ndarray, params: Params) -> np.ndarray:
    """Context-model input for every row: its distribution and its speaker's earlier turns'."""
    means = np.zeros_like(probs)
    has = np.zeros(len(probs))
    for i, idx in enumerate(earlier_turns(data.rows, params.context_turns, same_speaker=True)):
        if idx:
            recent = idx[::-1]
            w = np.array([params.context_decay ** k for k in range(len(recent))])
            means[i] = (w[:, None] * probs[recent]).sum(0) / w.sum()
            has[i] = 1.0
    return context_features(probs, means, has)


def out_of_fold(data: Features, params: Params, folds: int = 5) -> np.ndarray:
    """Utterance distributions of train rows from models that did not see their dialogue."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([r.dialogue_id for r in data.rows])
    probs = np.zeros((len(data.y), labels.NUM_LABELS))
    for fit_idx, pred_idx in GroupKFold(folds).split(data.emb, data.y, groups):
        probs[pred_idx] = UtteranceModel(params).fit(data.subset(fit_idx)).predict(data.subset(pred_idx))
    return probs


def fit_context(data: Features, params: Params):
    from sklearn.linear_model import LogisticRegression

    oof = out_of_fold(data, params)
    model = LogisticRegression(C=params.c_context, max_iter=3000,
                               class_weight=class_weights(data.y, params.class_weight_power))
    return model.fit(context_inputs(data, oof, params), data.y)


def weighted_f1(y: np.ndarray, probs: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, probs.argmax(1), average="weighted"))


def search(data: Features, base: Params) -> Params:
    """Picks words_weight, class_weight_power and c_dense on 20 % of the train dialogues."""
    dialogues = sorted({r.dialogue_id for r in data.rows})
    rng = np.random.default_rng(base.seed)
    held = set(rng.choice(dialogues, len(dialogues) // 5, replace=False).tolist())
    mask = np.array([r.dialogue_id in held for r in data.rows])
    fit, val = data.subset(np.flatnonzero(~mask)), data.subset(np.flatnonzero(mask))
    best, best_f1 = base, -1.0
    for ww in (0.3, 0.5, 0.6):
        for power in (0.0, 0.3, 0.5):
            for c_dense in (0.02, 0.05, 0.1):
                params = replace(base, words_weight=ww, class_weight_power=power, c_dense=c_dense)
                f1 = weighted_f1(val.y, UtteranceModel(params).fit(fit).predict(val))
                print(f"[search] words_weight={ww} power={power} c_dense={c_dense}: held-out wF1 {f1:.4f}",
                      flush=True)
                if f1 > best_f1:
                    best, best_f1 = params, f1
    print(f"[search] chose {best} (held-out wF1 {best_f1:.4f})")
    return best


def save_head(path: Path, model: UtteranceModel, context_model, params: Params, info: dict) -> None:
    vocab = model.vectorizer.get_feature_names_out()
    meta = {
        "labels": list(labels.CORE_LABELS),
        "encoder": "all-MiniLM-L6-v2",
        "embedding_dim": 384,
        "lexical_features": list(FEATURE_NAMES),
        "words_weight": params.words_weight,
        "ngram_max": params.ngram_max,
        "context_turns": params.context_turns,
        "context_decay": params.context_decay,
        "params": asdict(params),
        **info,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        meta=np.array(json.dumps(meta)),
        dense_mean=model.mean.astype(np.float32), dense_scale=model.scale.astype(np.float32),
        dense_w=model.dense.coef_.astype(np.float32), dense_b=model.dense.intercept_.astype(np.float32),
        words_vocabulary=np.array(vocab, dtype=str), words_idf=model.vectorizer.idf_.astype(np.float32),
        words_w=model.words.coef_.astype(np.float32), words_b=model.words.intercept_.astype(np.float32),
        context_w=context_model.coef_.astype(np.float32), context_b=context_model.intercept_.astype(np.float32),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.perception.train_text", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DATA / "train_sent_emo.csv")
    parser.add_argument("--dev", type=Path, default=DATA / "dev_sent_emo.csv", help="reported only")
    parser.add_argument("--out", type=Path, default=DEFAULT_HEAD)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/emoomni_text_cache"))
    parser.add_argument("--search", action="store_true", help="re-select hyperparameters on held-out train")
    args = parser.parse_args(argv)
    np.random.seed(0)
    train = features(load_csv(args.train), args.cache)
    params = search(train, Params()) if args.search else Params()
    start = time.perf_counter()
    model = UtteranceModel(params).fit(train)
    context_model = fit_context(train, params)
    info = {"trained_on": f"MELD train ({args.train.name}, {len(train.y)} utterances)",
            "fit_seconds": round(time.perf_counter() - start, 1)}
    if args.dev.is_file():
        dev = features(load_csv(args.dev), args.cache)
        probs = model.predict(dev)
        with_context = context_model.predict_proba(context_inputs(dev, probs, params))
        info["dev_weighted_f1_head"] = round(weighted_f1(dev.y, probs), 4)
        info["dev_weighted_f1_head_context"] = round(weighted_f1(dev.y, with_context), 4)
    save_head(args.out, model, context_model, params, info)
    print(json.dumps(info))
    print(f"[train_text] wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
