"""``eval text CSV``: the text analyzer on a MELD-style CSV (``Utterance``, ``Emotion``; with
``Dialogue_ID``/``Utterance_ID``/``Speaker`` the ``--context N`` option gives each utterance its
speaker's N earlier turns of the dialogue, as the transcript node keeps them per person).

The same run measures a lexicon baseline on the same items: VADER's compound mapped to a label
(>= 0.05 joy; <= -0.05 anger when the sentence has '!' or a word in capitals, else sadness; else
neutral). With ``--context N`` the run also reports the score without context."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from emoomni_ros import labels
from emoomni_ros.perception import text_lexical
from emoomni_ros.perception.metrics import EvalRun, summary
from emoomni_ros.perception.text_data import Utterance, contexts, load_csv


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
    """``options``: ``limit`` (stratified subset, 0 = all), ``context`` (earlier turns, 0 = none)."""
    from emoomni_ros.perception.text import TextAnalyzer

    rows = load_csv(path)
    turns = int(getattr(options, "context", 0) or 0)
    earlier = contexts(rows, turns, same_speaker=True)
    labelled = [i for i, r in enumerate(rows) if r.label is not None and r.text]
    skipped = len(rows) - len(labelled)
    subset = [labelled[i] for i in stratified([rows[i] for i in labelled], int(getattr(options, "limit", 0) or 0))]
    analyzer = analyzer or TextAnalyzer(context_turns=max(turns, 0))
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
    extra = {
        "model": analyzer.source,
        "head": Path(analyzer.head.path).name,
        "context_turns": turns,
        "baseline": {"name": "vader", **_scores(y_true, y_vader)},
    }
    if turns > 0:
        extra["no_context"] = _scores(y_true, y_plain)
    return EvalRun(y_true=y_true, y_pred=y_pred, skipped=skipped, seconds=seconds, extra=extra)
