"""Text speed: transcript -> text cue (cleaning, MiniLM, head, rules, evidence) per utterance on one
CPU thread, on MELD dev utterances (or fixed sentences without the data), with and without context;
plus the model load time."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from emoomni_ros.perception.text_data import contexts, load_csv

DATA = Path(os.environ.get("EMOOMNI_DATA", Path(__file__).resolve().parents[3].parent / "shared" / "data")
            ) / "meld" / "dev_sent_emo.csv"
SENTENCES = ("I'm fine.", "Oh my God, you did WHAT?!", "I am not happy about this at all.",
             "Could you pass me the salt, please?", "I miss her so much, I can't stop thinking about it.",
             "That's not bad, actually.", "Get out of my apartment right now!", "Ew, that is disgusting.")


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def run(out_dir: Path, n: int = 200) -> dict:
    import torch

    torch.set_num_threads(1)
    from emoomni_ros.perception.text import TextAnalyzer

    start = time.perf_counter()
    analyzer = TextAnalyzer()
    load_s = time.perf_counter() - start
    if DATA.is_file():
        rows = load_csv(DATA)[:n]
        texts, earlier = [r.text for r in rows], contexts(rows, 5)
    else:
        texts, earlier = list(SENTENCES) * 3, [[]] * (3 * len(SENTENCES))
    for text in texts[:10]:  # warm-up (first calls of each input length are slower)
        analyzer.analyze(text)
    plain, with_context = [], []
    for text, ctx in zip(texts, earlier, strict=True):
        analyzer.forget(text)  # each utterance is encoded afresh (MELD repeats "Okay." and the like)
        t0 = time.perf_counter()
        analyzer.analyze(text)
        plain.append((time.perf_counter() - t0) * 1000.0)
        if ctx:  # the node's case: earlier turns were analysed before and are cached
            t0 = time.perf_counter()
            analyzer.analyze(text + " ", context=ctx)
            with_context.append((time.perf_counter() - t0) * 1000.0)
    figures = {
        "utterances": len(plain),
        "load_s": round(load_s, 2),
        "cue_ms_median": _p(plain, 50),
        "cue_ms_p90": _p(plain, 90),
        "cue_ms_max": _p(plain, 100),
        "threads": 1,
    }
    if with_context:
        figures["context_cue_ms_median"] = _p(with_context, 50)
    figures["headline"] = {"text_ms": figures["cue_ms_median"]}
    return figures
