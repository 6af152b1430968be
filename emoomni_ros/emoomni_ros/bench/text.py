"""Text speed: transcript -> text cue (cleaning, MiniLM, head, rules, feelings, evidence) per
utterance on one CPU thread, on MELD dev utterances (or fixed sentences without the data), with and
without context; the model load time; and the peak memory of a process that holds what the
transcript node holds (rclpy and the node module imported, the analyzer loaded, sentences read).
Budget (issue 9): at most 30 ms per utterance on one core, the text node under 400 MB."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from emoomni_ros import paths
from emoomni_ros.tools.text_data import contexts, load_csv

DATA = paths.SHARED_DATA / "meld" / "dev_sent_emo.csv"
SENTENCES = ("I'm fine.", "Oh my God, you did WHAT?!", "I am not happy about this at all.",
             "Could you pass me the salt, please?", "I miss her so much, I can't stop thinking about it.",
             "That's not bad, actually.", "Get out of my apartment right now!", "Ew, that is disgusting.")


MEMORY_PROBE = """
import json
from emoomni_ros.perception.text.encoder import set_cpu_threads
set_cpu_threads(1)
try:
    import emoomni_ros.nodes.transcript_perception  # noqa: F401  (rclpy and the node's imports)
    node_module = True
except ImportError:
    node_module = False
from emoomni_ros.perception.text.analyzer import TextAnalyzer
analyzer = TextAnalyzer()
for text in SENTENCES:
    analyzer.analyze(text, context=list(SENTENCES[:3]))
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_rss_mb": round(hwm / 1024.0, 1), "node_module": node_module}))
"""


def memory_probe() -> dict:
    """Peak resident memory (VmHWM) of a fresh process holding the text node's model (Linux only)."""
    code = f"SENTENCES = {SENTENCES!r}\n" + MEMORY_PROBE
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, OSError, ValueError, IndexError, StopIteration) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"[:200]}


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def run(out_dir: Path, n: int = 200) -> dict:
    from emoomni_ros.perception.text.encoder import set_cpu_threads

    set_cpu_threads(1)
    from emoomni_ros.perception.text.analyzer import TextAnalyzer

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
    memory = memory_probe()
    figures["node_peak_rss_mb"] = memory.get("peak_rss_mb")
    figures["memory_probe"] = memory
    figures["budget"] = {"cue_ms_median_max": 30, "node_peak_rss_mb_max": 400,
                         "met": bool(figures["cue_ms_median"] <= 30 and (memory.get("peak_rss_mb") or 1e9) < 400)}
    figures["headline"] = {"text_ms": figures["cue_ms_median"]}
    return figures
