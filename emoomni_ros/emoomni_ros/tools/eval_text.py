"""``eval text PATH``: the text analyzer on a labelled set. The format is told by the header
(``text_data.detect_format``):

- a MELD-style CSV (``Utterance``, ``Emotion``; with ``Dialogue_ID``/``Utterance_ID``/``Speaker`` the
  ``--context N`` option gives each utterance its speaker's N earlier turns of the dialogue, as the
  transcript node keeps them per person);
- a GoEmotions TSV (``text``, ``label``): the 27 fine labels grouped to the core seven
  (``labels.GOEMOTIONS_TO_CORE``); also reported: how often the gold feeling
  (``labels.GOEMOTIONS_TO_FEELING``) is among the cue's feelings;
- an ISEAR CSV (``id``, ``text``, ``emotion``): joy, fear, anger, sadness and disgust are scored;
  shame and guilt have no core label and count as skipped (their feeling hit rate is reported);
- an EmoBank CSV (``text``, ``V``): the Pearson r of the cue's valence with the gold valence.

``--split heldout`` keeps what the shipped head did not train on: ISEAR's held-out 20 %
(``text_data.isear_heldout``) and EmoBank's dev rows. Without it, an ISEAR or EmoBank file is read
whole, and the report says how many rows the head was trained on.

The same run measures a lexicon baseline on the same items: VADER's compound mapped to a label
(>= 0.05 joy; <= -0.05 anger when the sentence has '!' or a word in capitals, else sadness; else
neutral). With ``--context N`` the run also reports the score without context."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from emoomni_ros import labels
from emoomni_ros.perception.text import lexical as text_lexical
from emoomni_ros.tools.metrics import EvalRun, summary
from emoomni_ros.tools.text_data import Utterance, contexts, detect_format, load_any


def vader_label(text: str) -> str:
    """The lexicon baseline: VADER compound -> a core label (see the module docstring)."""
    reading = text_lexical.read(text)
    if reading.compound >= 0.05:
        return "joy"
    if reading.compound <= -0.05:
        return "anger" if reading.exclamations or reading.caps_words else "sadness"
    return "neutral"


def stratified(rows: list[Utterance], limit: int) -> list[int]:
    """A fixed subset of about ``limit`` row indices (evenly spread) with the label proportions of the set."""
    if limit <= 0 or limit >= len(rows):
        return list(range(len(rows)))
    chosen = []
    for name in labels.CORE_LABELS:
        idx = [i for i, r in enumerate(rows) if r.label == name]
        take = max(1, round(limit * len(idx) / len(rows))) if idx else 0
        step = len(idx) / take if take else 1
        chosen += [idx[int(k * step)] for k in range(take)]
    return sorted(chosen)


def _scores(y_true: list[str], y_pred: list[str]) -> dict:
    s = summary(EvalRun(y_true, y_pred))
    return {k: round(s[k], 4) for k in ("accuracy", "weighted_f1", "macro_f1")}


def evaluate(path: Path, options: argparse.Namespace, analyzer=None) -> EvalRun:
    """``options``: ``limit`` (stratified subset, 0 = all), ``context`` (earlier turns, 0 = none),
    ``split`` (``all`` or ``heldout``)."""
    from emoomni_ros.perception.text.analyzer import TextAnalyzer

    fmt = detect_format(path)
    split = str(getattr(options, "split", "all") or "all")
    rows = load_any(path, split)
    turns = int(getattr(options, "context", 0) or 0) if fmt == "meld" else 0
    earlier = contexts(rows, turns, same_speaker=True)
    analyzer = analyzer or TextAnalyzer(context_turns=max(turns, 0))
    extra = {"format": fmt, "split": split, "model": analyzer.source, "head": Path(analyzer.head.path).name,
             "context_turns": turns}
    if split == "all" and fmt in ("isear", "emobank"):
        held = len(load_any(path, "heldout"))
        extra["note"] = (f"read whole: the shipped head was trained on the shared {fmt} rows outside its held-out "
                         f"part; --split heldout keeps only the {held} held-out rows of this file")
    if fmt == "emobank":
        return _valence_run(rows, analyzer, int(getattr(options, "limit", 0) or 0), extra)
    labelled = [i for i, r in enumerate(rows) if r.label is not None and r.text]
    skipped = len(rows) - len(labelled)
    subset = [labelled[i] for i in stratified([rows[i] for i in labelled], int(getattr(options, "limit", 0) or 0))]
    y_true, y_pred, y_plain, y_vader = [], [], [], []
    seconds = 0.0
    for i in subset:
        row = rows[i]
        start = time.perf_counter()
        cue = analyzer.analyze(row.text, context=earlier[i])
        seconds += time.perf_counter() - start
        y_true.append(row.label)
        y_pred.append(cue.label)
        y_vader.append(vader_label(row.text))
        if turns > 0:
            y_plain.append(analyzer.analyze(row.text).label)
    extra["baseline"] = {"name": "vader", **_scores(y_true, y_vader)}
    if turns > 0:
        extra["no_context"] = _scores(y_true, y_plain)
    with_feeling = [r for r in rows if r.feeling and r.text]
    limit = int(getattr(options, "limit", 0) or 0)
    if limit > 0:
        with_feeling = with_feeling[:: max(1, len(with_feeling) // max(1, limit // 4))]
    if with_feeling:
        hits, per = 0, {}
        for row in with_feeling:
            named = [name for name, _ in analyzer.analyze(row.text).feelings]
            hit = row.feeling in named
            hits += hit
            n, h = per.get(row.feeling, (0, 0))
            per[row.feeling] = (n + 1, h + hit)
        extra["feelings"] = {"n": len(with_feeling), "gold_feeling_named": round(hits / len(with_feeling), 4),
                             "per_feeling": {k: {"n": n, "named": round(h / n, 3)}
                                             for k, (n, h) in sorted(per.items())}}
    return EvalRun(y_true=y_true, y_pred=y_pred, skipped=skipped, seconds=seconds, extra=extra)


def _valence_run(rows: list[Utterance], analyzer, limit: int, extra: dict) -> EvalRun:
    """EmoBank: the Pearson r of the cue's valence (and of VADER's compound) with the gold valence."""
    import numpy as np

    rows = [r for r in rows if r.text and r.valence is not None]
    if 0 < limit < len(rows):
        rows = rows[:: max(1, len(rows) // limit)][:limit]
    start = time.perf_counter()
    predicted = [analyzer.analyze(r.text).valence for r in rows]
    seconds = time.perf_counter() - start
    gold = [r.valence for r in rows]
    vader = [text_lexical.read(r.text).compound for r in rows]
    extra.update({"valence_n": len(rows), "valence_pearson": round(float(np.corrcoef(predicted, gold)[0, 1]), 4),
                  "valence_ms_per_item": round(1000.0 * seconds / max(len(rows), 1), 2),
                  "baseline": {"name": "vader", "valence_pearson": round(float(np.corrcoef(vader, gold)[0, 1]), 4)}})
    return EvalRun(y_true=[], y_pred=[], skipped=0, seconds=0.0, extra=extra)
