"""End-to-end latency of the whole graph (the CPU profile, every node its own process over DDS):
from the end of the user's speech to the first reply audio chunk, per stage (VAD end, ASR, text
cue, fusion, reasoning, instruction, TTS first chunk), over ``UTTERANCES`` spoken one after the
other (each waits for the robot's reply, as a person would), with the bundled face on the camera.
Also the peak memory of the graph: the largest sum of the nodes' resident sets seen while it ran
(sampled every 0.2 s from /proc), and each node's own peak (VmHWM).

The utterances are synthesised with espeak-ng (the same voice as the demo sample), so the run needs
no data and is the same on every machine; a PNG of the stage latencies goes beside bench.json.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np

from emoomni_ros.bringup.timeline import STAGES, percentile_summary

# Varied turns: good news, worry, anger, sadness, questions, advice, small talk, a masked feeling.
UTTERANCES: tuple[str, ...] = (
    "I got the job, but honestly I'm scared I won't be good enough.",
    "Good morning! How are you today?",
    "My dog died last week and the house feels so empty.",
    "I passed my driving test this morning!",
    "The bus was late again and I missed my meeting. This is ridiculous.",
    "What should I do about my exam next week? I can't focus.",
    "I'm fine, really. Don't worry about me.",
    "Can you tell me what time the museum opens?",
    "My sister is getting married in June and I am so excited.",
    "I have a job interview tomorrow and my hands are shaking.",
    "Nobody listens to me at work. I'm so tired of it.",
    "We won the football match on Saturday!",
    "I can't sleep at night. Any ideas?",
    "That movie was disgusting, I walked out after ten minutes.",
    "I didn't expect you to remember my name. Wow.",
    "My best friend moved to another city and I miss her.",
    "The doctor called about my test results and I'm really worried.",
    "Thank you for helping me yesterday, it meant a lot.",
    "My landlord raised the rent again. I'm furious.",
    "I finally finished my thesis after three years!",
    "It's raining again. I guess I'll stay inside.",
    "I lost my wallet on the train this morning.",
)
SAMPLE_PERIOD_S = 0.2


def write_utterances(folder: Path, texts: tuple[str, ...] = UTTERANCES) -> list[Path]:
    from emoomni_ros.bringup import demo_sample

    folder.mkdir(parents=True, exist_ok=True)
    return [demo_sample.write_utterance(folder / f"utterance_{i:02d}.wav", text) for i, text in enumerate(texts)]


def _rss_kb(pid: int, field: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):  # the process is gone or /proc is not Linux's
        pass
    return 0


class MemorySampler:
    """Samples the total resident memory of the graph's processes until stopped."""

    def __init__(self, pids: dict[str, int]):
        self.pids = pids
        self.peak_kb = 0
        self.node_peak_kb: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss_sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in self.pids.values()))
            for name, pid in self.pids.items():  # VmHWM is the kernel's own peak of each process
                self.node_peak_kb[name] = max(self.node_peak_kb.get(name, 0), _rss_kb(pid, "VmHWM"))
            self._stop.wait(SAMPLE_PERIOD_S)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2.0)


def plot(stages: dict[str, dict], e2e: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [s for s in STAGES if stages.get(s, {}).get("n")] + ["end to end"]
    p50 = [stages[s]["p50"] for s in names[:-1]] + [e2e.get("p50", 0.0)]
    p95 = [stages[s]["p95"] for s in names[:-1]] + [e2e.get("p95", 0.0)]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    y = np.arange(len(names))
    ax.barh(y, p95, color="#f4b183", label="p95")
    ax.barh(y, p50, color="#2f5597", label="p50")
    for i, (a, b) in enumerate(zip(p50, p95, strict=True)):
        ax.text(b, i, f" {a:.0f} / {b:.0f} ms", va="center", fontsize=8)
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.set_xlabel("ms (end of the user's speech -> first reply audio, per stage)")
    ax.set_title(f"EmoOmni end-to-end latency, CPU profile, {e2e.get('n', 0)} utterances")
    ax.set_xlim(0, 1.3 * max(p95 + [1.0]))  # room for the figures beside the bars
    ax.legend(loc="center right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(out_dir: Path, profile: str = "cpu", texts: tuple[str, ...] = UTTERANCES,
        mic_params: dict | None = None) -> dict:
    """``mic_params`` override the profile's mic_perception section (e.g. a shorter min_silence_s)."""
    from emoomni_ros.bringup import demo_sample
    from emoomni_ros.bringup.session import GraphSession

    work = out_dir / "e2e"
    wavs = write_utterances(work / "utterances", texts)
    mic = {"source": "topic", **(mic_params or {})}
    session = GraphSession(work, profile, "full", {"mic_perception": mic}, log=lambda line: None)
    try:
        startup_s = session.start(240.0)
        with MemorySampler({n: p.pid for n, p in session.supervisor.processes.items() if p.pid}) as memory:
            started = time.monotonic()
            session.start_player(["--image", str(demo_sample.DEMO_IMAGE), "--audio", *map(str, wavs),
                                  "--wait-reply"])
            turns = session.wait_for_replies(120.0)
            wall_s = time.monotonic() - started
    finally:
        session.close()
    timings = [t.timings() for t in turns]
    e2e = percentile_summary([t["e2e_ms"] for t in timings])
    stages = {s: percentile_summary([t["stages_ms"].get(s) for t in timings]) for s in STAGES}
    plot_path = out_dir / "e2e_latency.png"
    plot(stages, e2e, plot_path)
    figures = {
        "profile": profile,
        "utterances_played": len(wavs),
        "turns_answered": len(turns),
        "graph_startup_s": round(startup_s, 2),
        "wall_s": round(wall_s, 1),
        "e2e_ms": e2e,
        "stages_ms": stages,
        "peak_rss_mb": round(memory.peak_kb / 1024.0, 1),
        "node_peak_rss_mb": {n: round(kb / 1024.0, 1) for n, kb in sorted(memory.node_peak_kb.items())},
        "plot": str(plot_path),
    }
    figures["headline"] = {"e2e_p50_ms": e2e.get("p50"), "e2e_p95_ms": e2e.get("p95"),
                           "peak_rss_mb": figures["peak_rss_mb"]}
    return figures
