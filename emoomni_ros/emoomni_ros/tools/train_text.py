"""Trains the text-emotion head (``models/text_emotion.npz``) on broad data from ../shared/data.

    python3 -m emoomni_ros.tools.train_text [--data DIR] [--out NPZ] [--report JSON]

Training sets (see ``models/text_emotion.md``): MELD train (sitcom dialogue, the 7 core labels),
GoEmotions train (Reddit comments, 27 fine labels grouped to the core seven and to feelings), ISEAR
without its held-out 20 % (``text_data.isear_heldout``; people's reports of emotional situations),
EmoBank's train split (valence) and the project's own companion-robot sentences
(``data/text_companion.txt``). The dev splits (MELD dev, GoEmotions dev, the ISEAR held-out part,
EmoBank dev) are only reported.

The head (``text/head.py``) is a small multi-task network on frozen MiniLM features (the sentence
embedding plus the mean of a middle layer and the max over tokens, 1,152-d) and 14 lexical
features: one hidden layer shared by a core-emotion output, a feelings output (22 feelings plus a
"no finer feeling" class per core label) and a valence regression; beside it a TF-IDF word model
for the core labels, and the MELD context model fitted on out-of-fold MELD predictions.
Embeddings are cached under ``--cache`` (about 25 minutes to embed everything on 2 busy cores,
then a few minutes to fit).
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

from emoomni_ros import labels, paths
from emoomni_ros.perception.text.head import (
    DEFAULT_HEAD,
    FEELING_CLASSES,
    POOLING,
    TOKEN_PATTERN,
    context_features,
)
from emoomni_ros.perception.text.lexical import FEATURE_NAMES, read
from emoomni_ros.tools.text_data import (
    Utterance,
    earlier_turns,
    isear_heldout,
    load_csv,
    load_emobank,
    load_goemotions,
    load_isear,
    load_sentences,
)

DATA = paths.SHARED_DATA
COMPANION = paths.DATA_DIR / "text_companion.txt"
SOURCES = ("meld", "goemotions", "isear", "emobank", "companion")


@dataclass(frozen=True)
class Params:
    hidden: int = 128  # 0: a linear (softmax regression) head
    epochs: int = 8
    lr: float = 3e-3
    weight_decay: float = 1e-4
    dropout: float = 0.3
    batch: int = 512
    # per-row weight of each source in the core loss (rows of a source are otherwise equal)
    w_meld: float = 1.0
    w_goemotions: float = 0.5
    w_isear: float = 1.0
    w_companion: float = 4.0
    w_valence: float = 1.0  # weight of the valence loss
    w_feeling: float = 1.0  # weight of the feelings loss
    isear_shame_guilt_sadness: bool = True  # ISEAR shame/guilt reports also train the core head as sadness
    class_weight_power: float = 0.3
    c_words: float = 3.0
    words_weight: float = 0.35  # share of the TF-IDF model in the utterance distribution
    ngram_max: int = 2
    min_df: int = 3
    max_terms: int = 40000
    context_turns: int = 5
    context_decay: float = 0.7
    c_context: float = 0.1
    context_folds: int = 0  # 0: fit the context model on in-sample predictions (see fit_context)
    seed: int = 0


def embed(texts: list[str], cache_dir: Path | None, name: str = "texts", pooling: str = POOLING) -> np.ndarray:
    """MiniLM features of ``texts`` (``pooling`` as in ``MiniLMEncoder``). With ``cache_dir``, every
    ``pool3-*.npz`` there (texts and their features) is reused and only the missing texts are
    embedded, then saved as one more file (the cache never enters the repository)."""
    from emoomni_ros.perception.text.encoder import MiniLMEncoder

    known: dict[str, np.ndarray] = {}
    if cache_dir and cache_dir.is_dir():
        for path in sorted(cache_dir.glob("pool3-*.npz")):
            with np.load(path) as z:
                known.update(zip(z["texts"].tolist(), z["emb"], strict=True))
    missing = sorted(set(texts) - set(known))
    if missing:
        start = time.perf_counter()
        emb = MiniLMEncoder(pooling=pooling).encode_many(missing)
        print(f"[train_text] embedded {len(missing)} {name} texts in {time.perf_counter() - start:.0f} s", flush=True)
        known.update(zip(missing, emb, strict=True))
        if cache_dir:
            key = hashlib.sha1((f"{pooling}\n" + "\n".join(missing)).encode()).hexdigest()[:16]
            cache_dir.mkdir(parents=True, exist_ok=True)
            np.savez(cache_dir / f"pool3-{name}-{key}.npz", texts=np.array(missing), emb=emb.astype(np.float32))
    return np.stack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 1152), np.float32)


@dataclass
class Features:
    rows: list[Utterance]
    emb: np.ndarray
    lex: np.ndarray

    def subset(self, idx) -> Features:
        idx = np.asarray(idx, dtype=np.int64)
        return Features([self.rows[i] for i in idx], self.emb[idx], self.lex[idx])

    def __add__(self, other: Features) -> Features:
        return Features(self.rows + other.rows, np.vstack([self.emb, other.emb]), np.vstack([self.lex, other.lex]))

    @property
    def x(self) -> np.ndarray:
        return np.hstack([self.emb, self.lex]).astype(np.float32)


def features(rows: list[Utterance], cache_dir: Path | None, name: str) -> Features:
    rows = [r for r in rows if r.text]
    emb = embed([r.text for r in rows], cache_dir, name)
    lex = np.stack([read(r.text).features() for r in rows]).astype(np.float32)
    return Features(rows, emb, lex)


def load_training(data: Path, cache_dir: Path | None, companion: Path = COMPANION) -> dict[str, Features]:
    isear = load_isear(data / "isear" / "isear_dev.csv")
    held = isear_heldout(isear)
    return {
        "meld": features(load_csv(data / "meld" / "train_sent_emo.csv"), cache_dir, "train_sent_emo"),
        "goemotions": features(load_goemotions(data / "goemotions" / "train.tsv"), cache_dir, "train"),
        "isear": features([r for r in isear if r.item_id not in held], cache_dir, "isear_train"),
        "emobank": features(load_emobank(data / "emobank" / "emobank_train_dev.csv", "train"), cache_dir,
                            "emobank_train"),
        "companion": features(load_sentences(companion), cache_dir, "text_companion"),
    }


def load_dev(data: Path, cache_dir: Path | None) -> dict[str, Features]:
    isear = load_isear(data / "isear" / "isear_dev.csv")
    held = isear_heldout(isear)
    return {
        "meld": features(load_csv(data / "meld" / "dev_sent_emo.csv"), cache_dir, "dev_sent_emo"),
        "goemotions": features(load_goemotions(data / "goemotions" / "dev.tsv"), cache_dir, "dev"),
        "isear": features([r for r in isear if r.item_id in held], cache_dir, "isear_heldout"),
        "emobank": features(load_emobank(data / "emobank" / "emobank_train_dev.csv", "dev"), cache_dir,
                            "emobank_dev"),
    }


# --- targets ----------------------------------------------------------------------------------------


def core_target(row: Utterance, params: Params) -> int:
    """Core label index, or -1 for no core target."""
    if row.label is not None:
        return labels.LABEL_INDEX[row.label]
    if row.source == "isear" and row.feeling in ("shame", "guilt") and params.isear_shame_guilt_sadness:
        return labels.LABEL_INDEX["sadness"]
    return -1


def feeling_target(row: Utterance) -> int:
    """Index in ``FEELING_CLASSES`` (a feeling, or "<core>" for a row whose label names no finer
    feeling), or -1 where the source says nothing about feelings (MELD, ISEAR's five, EmoBank)."""
    if row.feeling is not None:
        return FEELING_CLASSES.index(row.feeling)
    if row.source in ("goemotions", "companion") and row.label is not None:
        return FEELING_CLASSES.index(row.label)
    return -1


def source_weight(row: Utterance, params: Params) -> float:
    return float(getattr(params, f"w_{row.source}", 1.0))


def class_weights(y: np.ndarray, n: int, power: float) -> np.ndarray:
    counts = np.bincount(y[y >= 0], minlength=n).astype(np.float64)
    total = counts.sum()
    return np.where(counts > 0, (total / (n * np.maximum(counts, 1))) ** power, 0.0)


# --- the dense multi-task head (torch for fitting; text_head.py runs it in numpy) -------------------


class DenseModel:
    def __init__(self, params: Params):
        self.params = params

    def fit(self, data: Features, log: bool = False) -> DenseModel:
        import torch

        p = self.params
        torch.manual_seed(p.seed)
        rng = np.random.default_rng(p.seed)
        x = data.x
        self.mean, self.scale = x.mean(0), x.std(0) + 1e-6
        xs = torch.tensor((x - self.mean) / self.scale)
        core = np.array([core_target(r, p) for r in data.rows])
        feel = np.array([feeling_target(r) for r in data.rows])
        val = np.array([np.nan if r.valence is None else r.valence for r in data.rows], dtype=np.float32)
        src = np.array([source_weight(r, p) for r in data.rows], dtype=np.float32)
        cw = class_weights(core, labels.NUM_LABELS, p.class_weight_power)
        fw = class_weights(feel, len(FEELING_CLASSES), p.class_weight_power)
        w_core = np.where(core >= 0, src * cw[np.maximum(core, 0)], 0.0).astype(np.float32)
        w_feel = np.where(feel >= 0, fw[np.maximum(feel, 0)], 0.0).astype(np.float32)
        w_val = np.where(np.isfinite(val), 1.0, 0.0).astype(np.float32)
        w_core /= w_core.sum() / max((core >= 0).sum(), 1)
        w_feel /= max(w_feel.sum() / max((feel >= 0).sum(), 1), 1e-9)
        dim = xs.shape[1]
        hidden = p.hidden
        trunk = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(dim, hidden), torch.nn.ReLU(),
                                    torch.nn.Dropout(p.dropout)) if hidden else torch.nn.Dropout(0.1)
        width = hidden or dim
        heads = torch.nn.ModuleDict({"core": torch.nn.Linear(width, labels.NUM_LABELS),
                                     "feel": torch.nn.Linear(width, len(FEELING_CLASSES)),
                                     "val": torch.nn.Linear(width, 1)})
        model = torch.nn.ModuleDict({"trunk": trunk, "heads": heads})
        opt = torch.optim.AdamW(model.parameters(), lr=p.lr, weight_decay=p.weight_decay)
        steps = p.epochs * int(np.ceil(len(xs) / p.batch))
        sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=p.lr, total_steps=steps)
        t_core, t_feel = torch.tensor(np.maximum(core, 0)), torch.tensor(np.maximum(feel, 0))
        t_val = torch.tensor(np.nan_to_num(val))
        tw_core, tw_feel, tw_val = torch.tensor(w_core), torch.tensor(w_feel), torch.tensor(w_val)
        for epoch in range(p.epochs):
            model.train()
            order = torch.tensor(rng.permutation(len(xs)))
            total = 0.0
            for start in range(0, len(xs), p.batch):
                idx = order[start:start + p.batch]
                h = trunk(xs[idx])
                ce_core = torch.nn.functional.cross_entropy(heads["core"](h), t_core[idx], reduction="none")
                ce_feel = torch.nn.functional.cross_entropy(heads["feel"](h), t_feel[idx], reduction="none")
                se_val = (heads["val"](h).squeeze(-1) - t_val[idx]) ** 2
                n = len(idx)
                loss = ((ce_core * tw_core[idx]).sum() + p.w_feeling * (ce_feel * tw_feel[idx]).sum()
                        + p.w_valence * 4.0 * (se_val * tw_val[idx]).sum()) / n
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
                total += loss.item() * n
            if log:
                print(f"[train_text] epoch {epoch + 1}/{p.epochs} loss {total / len(xs):.4f}", flush=True)
        model.eval()
        self.weights = {}
        if hidden:
            lin = trunk[1]
            self.weights["hidden_w"] = lin.weight.detach().numpy().copy()
            self.weights["hidden_b"] = lin.bias.detach().numpy().copy()
        for name, layer in heads.items():
            self.weights[f"{name}_w"] = layer.weight.detach().numpy().copy()
            self.weights[f"{name}_b"] = layer.bias.detach().numpy().copy()
        return self

    def hidden(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.scale
        if "hidden_w" in self.weights:
            z = np.maximum(z @ self.weights["hidden_w"].T + self.weights["hidden_b"], 0.0)
        return z

    def predict(self, data: Features) -> dict[str, np.ndarray]:
        from emoomni_ros.perception.text.head import softmax

        h = self.hidden(data.x)
        w = self.weights
        return {"core": softmax(h @ w["core_w"].T + w["core_b"]), "feel": softmax(h @ w["feel_w"].T + w["feel_b"]),
                "val": (h @ w["val_w"].T + w["val_b"])[:, 0]}


class WordsModel:
    """TF-IDF of word uni- and bigrams -> core label (scikit-learn, for training only)."""

    def __init__(self, params: Params):
        self.params = params

    def fit(self, data: Features) -> WordsModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        p = self.params
        y = np.array([core_target(r, p) for r in data.rows])
        keep = np.flatnonzero(y >= 0)
        rows = [data.rows[i] for i in keep]
        y = y[keep]
        cw = class_weights(y, labels.NUM_LABELS, p.class_weight_power)
        sw = np.array([source_weight(r, p) for r in rows]) * cw[y]
        self.vectorizer = TfidfVectorizer(ngram_range=(1, p.ngram_max), min_df=p.min_df, sublinear_tf=True,
                                          token_pattern=TOKEN_PATTERN, max_features=p.max_terms)
        words = self.vectorizer.fit_transform([r.text for r in rows])
        self.model = LogisticRegression(C=p.c_words, max_iter=500).fit(words, y, sample_weight=sw / sw.mean())
        return self

    def predict(self, data: Features) -> np.ndarray:
        return self.model.predict_proba(self.vectorizer.transform([r.text for r in data.rows]))


class UtteranceModel:
    def __init__(self, params: Params):
        self.params = params

    def fit(self, data: Features, log: bool = False, words: WordsModel | None = None) -> UtteranceModel:
        start = time.perf_counter()
        self.words = words or WordsModel(self.params).fit(data)
        if log:
            print(f"[train_text] words model: {time.perf_counter() - start:.0f} s", flush=True)
        self.dense = DenseModel(self.params).fit(data, log=log)
        return self

    def predict(self, data: Features) -> dict[str, np.ndarray]:
        out = self.dense.predict(data)
        ww = self.params.words_weight
        out["dense_core"] = out["core"]
        out["core"] = (1 - ww) * out["core"] + ww * self.words.predict(data)
        return out


# --- MELD context -----------------------------------------------------------------------------------


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


def fit_context(meld: Features, others: Features, params: Params, model: UtteranceModel | None = None):
    """The context model on MELD train predictions: out of fold (``context_folds`` >= 2 folds by
    dialogue; each fold's utterance model also sees all the other sources), or with
    ``context_folds=0`` the fitted ``model``'s own (in-sample) predictions, which costs no refit but
    trusts the utterance reading more than out-of-fold predictions would."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    groups = np.array([r.dialogue_id for r in meld.rows])
    y = np.array([labels.LABEL_INDEX[r.label] for r in meld.rows])
    probs = np.zeros((len(y), labels.NUM_LABELS))
    if params.context_folds < 2:
        if model is None:
            raise ValueError("context_folds < 2 needs the fitted utterance model")
        probs = model.predict(meld)["core"]
    for k, (fit_idx, pred_idx) in enumerate(GroupKFold(max(params.context_folds, 2)).split(meld.emb, y, groups)
                                            if params.context_folds >= 2 else []):
        fold = UtteranceModel(params).fit(meld.subset(fit_idx) + others)
        probs[pred_idx] = fold.predict(meld.subset(pred_idx))["core"]
        print(f"[train_text] context fold {k + 1}/{params.context_folds}", flush=True)
    cw = class_weights(y, labels.NUM_LABELS, params.class_weight_power)
    model = LogisticRegression(C=params.c_context, max_iter=3000)
    return model.fit(context_inputs(meld, probs, params), y, sample_weight=cw[y])


# --- dev report -------------------------------------------------------------------------------------


def scores(y: np.ndarray, pred: np.ndarray) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    return {"n": int(len(y)), "accuracy": round(float(accuracy_score(y, pred)), 4),
            "weighted_f1": round(float(f1_score(y, pred, average="weighted")), 4),
            "macro_f1": round(float(f1_score(y, pred, average="macro", labels=np.unique(y))), 4)}


def dev_report(model: UtteranceModel, dev: dict[str, Features], params: Params, context_model=None) -> dict:
    """The head alone (no lexical rules) on the dev splits."""
    report = {}
    for name in ("meld", "goemotions", "isear"):
        data = dev[name]
        keep = [i for i, r in enumerate(data.rows) if r.label is not None]
        data = data.subset(keep)
        y = np.array([labels.LABEL_INDEX[r.label] for r in data.rows])
        out = model.predict(data)
        report[name] = scores(y, out["core"].argmax(1))
        report[name + "_dense_only"] = scores(y, out["dense_core"].argmax(1))
        if name == "meld" and context_model is not None:
            ctx = context_model.predict_proba(context_inputs(data, out["core"], params))
            report["meld_context"] = scores(y, ctx.argmax(1))
    emo = dev["emobank"]
    out = model.predict(emo)
    gold = np.array([r.valence for r in emo.rows])
    report["emobank_valence_r"] = round(float(np.corrcoef(out["val"], gold)[0, 1]), 4)
    return report


# --- saving -----------------------------------------------------------------------------------------


def save_head(path: Path, model: UtteranceModel, context_model, params: Params, info: dict) -> None:
    vocab = model.words.vectorizer.get_feature_names_out()
    meta = {
        "labels": list(labels.CORE_LABELS),
        "feeling_classes": list(FEELING_CLASSES),
        "encoder": "all-MiniLM-L6-v2",
        "pooling": POOLING,
        "embedding_dim": int(model.dense.mean.shape[0] - len(FEATURE_NAMES)),
        "lexical_features": list(FEATURE_NAMES),
        "words_weight": params.words_weight,
        "ngram_max": params.ngram_max,
        "context_turns": params.context_turns,
        "context_decay": params.context_decay,
        "params": asdict(params),
        **info,
    }
    w = model.dense.weights
    arrays = {
        "meta": np.array(json.dumps(meta)),
        "dense_mean": model.dense.mean.astype(np.float32), "dense_scale": model.dense.scale.astype(np.float32),
        "dense_w": w["core_w"].astype(np.float32), "dense_b": w["core_b"].astype(np.float32),
        "feel_w": w["feel_w"].astype(np.float32), "feel_b": w["feel_b"].astype(np.float32),
        "val_w": w["val_w"].astype(np.float32), "val_b": w["val_b"].astype(np.float32),
        "words_vocabulary": np.array(vocab, dtype=str),
        "words_idf": model.words.vectorizer.idf_.astype(np.float32),
        "words_w": model.words.model.coef_.astype(np.float16),
        "words_b": model.words.model.intercept_.astype(np.float32),
        "context_w": context_model.coef_.astype(np.float32), "context_b": context_model.intercept_.astype(np.float32),
    }
    if "hidden_w" in w:
        arrays["hidden_w"] = w["hidden_w"].astype(np.float16)
        arrays["hidden_b"] = w["hidden_b"].astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.tools.train_text", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--companion", type=Path, default=COMPANION, help="the project's own training sentences")
    parser.add_argument("--out", type=Path, default=DEFAULT_HEAD)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/emoomni_text_cache"))
    parser.add_argument("--report", type=Path, help="also write the dev report (JSON) here")
    parser.add_argument("--compare-linear", action="store_true",
                        help="also fit a linear dense head (hidden=0) on the same data and report it")
    parser.add_argument("--set", action="append", default=[], metavar="PARAM=VALUE",
                        help="override a training parameter (see Params), e.g. --set hidden=0")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(min(torch.get_num_threads(), 2))
    params = Params()
    for item in args.set:
        key, _, value = item.partition("=")
        if key not in Params.__dataclass_fields__:
            parser.error(f"unknown parameter {key!r}")
        params = replace(params, **{key: type(getattr(params, key))(json.loads(value))})
    np.random.seed(params.seed)
    train = load_training(args.data, args.cache, args.companion)
    dev = load_dev(args.data, args.cache)
    everything = train["meld"] + train["goemotions"] + train["isear"] + train["emobank"] + train["companion"]
    others = train["goemotions"] + train["isear"] + train["emobank"] + train["companion"]
    start = time.perf_counter()
    model = UtteranceModel(params).fit(everything, log=True)
    context_model = fit_context(train["meld"], others, params, model)
    counts = {name: len(f.rows) for name, f in train.items()}
    info = {"source": "minilm-mlp-broad" if params.hidden else "minilm-linear-broad",
            "trained_on": "MELD train + GoEmotions train + ISEAR (without the held-out 20 %) + EmoBank train "
                          "+ companion sentences",
            "train_rows": counts, "fit_seconds": round(time.perf_counter() - start, 1)}
    info["dev_head"] = dev_report(model, dev, params, context_model)
    if args.compare_linear:
        linear = replace(params, hidden=0)
        other = UtteranceModel(linear).fit(everything, log=True, words=model.words)
        info["dev_head_linear"] = dev_report(other, dev, linear)
    save_head(args.out, model, context_model, params, info)
    print(json.dumps(info))
    if args.report:
        args.report.write_text(json.dumps(info, indent=1))
    print(f"[train_text] wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
