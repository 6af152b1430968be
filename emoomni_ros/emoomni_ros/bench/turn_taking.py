"""End of turn, fixed against predictive, on the same spoken turns (issue 13, the decision stage).

42 turns a companion robot hears, spoken by espeak-ng in four voices at three rates; a third of them
have one or two mid-sentence pauses of 0.4-0.9 s ("I went to the shop and | bought..."). They are
played in real time (32 ms blocks) into the ROS-free microphone pipeline (Silero VAD, early Whisper
recognition, the turn-end head) three times: ``fixed 0.5 s``, ``fixed 0.35 s`` and ``predictive``.

Per configuration: ``p50_ms``/``p95_ms``, from the end of the person's speech (the VAD's end of the
turn's last word) to the moment the pipeline decides the turn is over; ``cut_in_rate``, the share of
turns in which it decided the turn was over during a mid-sentence pause (the robot would have started
to answer while the person was still talking); ``discarded``, early recognitions thrown away because
the speech went on. This is the turn-end decision only: fusion, reasoning and the first TTS chunk
come after it (``e2e`` measures those through the whole graph with the fixed pause).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from emoomni_ros.perception.voice.audio import TARGET_RATE

# "|" marks a mid-sentence pause.
TURNS: tuple[str, ...] = (
    "My sister rang this morning to say she's coming to stay.",
    "I've had the most horrible week at work.",
    "The doctor wants to see me again about my blood test.",
    "Could you remind me to water the plants tonight?",
    "I miss my husband so much in the evenings.",
    "We won the pub quiz last night!",
    "I don't really feel like talking today.",
    "Is it going to rain this afternoon?",
    "My grandson got his exam results and he passed everything.",
    "Thank you, that really helped me.",
    "I couldn't sleep again last night.",
    "The boiler has broken and the house is freezing.",
    "I finally finished the jigsaw puzzle.",
    "Nobody has visited me all week.",
    "Can you read me the news headlines?",
    "I think I'm coming down with a cold.",
    "Our cat has been missing since Tuesday.",
    "That's the best news I've heard all year.",
    "I'm so tired of feeling this way.",
    "My knee has been hurting since the weekend.",
    "I'm worried about my daughter's new job.",
    "It's my wedding anniversary today.",
    "The carers were late again this morning.",
    "I would like to call my brother.",
    "We're going to the seaside on Saturday.",
    "I got a letter from the council about my rent.",
    "Yesterday I went to the market and | bought some fresh bread.",
    "I was thinking that maybe | we could go for a walk later.",
    "My son said he would | come round on Sunday with the children.",
    "The thing is | I don't really like the new neighbours.",
    "I've been meaning to ask you | about the tablets the doctor gave me.",
    "When I woke up this morning | the whole kitchen was flooded.",
    "I'm not sure whether | I should go to the party or not.",
    "She told me that | she's moving to Australia next year.",
    "We had a lovely lunch and then | we sat in the garden for hours.",
    "I keep forgetting | where I put my glasses | and it really frightens me.",
    "If the weather is nice | we might drive up to the lakes.",
    "My friend from church | passed away last week | and the funeral is on Friday.",
    "I tried to phone the bank but | nobody answered for an hour.",
    "Could you tell me | what time the chemist closes today?",
    "I've decided that | I'm going to learn to paint.",
    "The new nurse was | really kind to me this morning.",
)
VOICES = ("en-us", "en+f3", "en-gb+m3", "en+f2")
RATES = (150, 175, 200)
CONFIGS: dict[str, dict] = {
    "fixed_0.5": {"endpointing": "fixed", "min_silence_s": 0.5},
    "fixed_0.35": {"endpointing": "fixed", "min_silence_s": 0.35},
    "predictive": {"endpointing": "predictive", "min_silence_s": 0.5},
}
GAP_S = 1.6  # silence after each turn (longer than any end-of-turn wait)
BLOCK = 512


def _trim(speech: np.ndarray, start: bool, end: bool, keep_s: float = 0.05) -> np.ndarray:
    loud = np.nonzero(np.abs(speech) > 0.01)[0]
    if loud.size == 0:
        return speech
    keep = int(keep_s * TARGET_RATE)
    first = max(0, loud[0] - keep) if start else 0
    last = min(speech.size, loud[-1] + keep) if end else speech.size
    return speech[first:last]


def script(seed: int = 0) -> tuple[np.ndarray, list[dict]]:
    """The spoken turns in one stream, and per turn its span and its pauses (seconds)."""
    from emoomni_ros.bringup.demo_sample import synthesise

    rng = random.Random(seed)
    pieces, turns, t = [np.zeros(int(0.5 * TARGET_RATE), np.float32)], [], 0.5
    for i, text in enumerate(TURNS):
        voice, rate = VOICES[i % len(VOICES)], RATES[i % len(RATES)]
        parts = [p.strip() for p in text.split("|")]
        start, pauses = t, []
        for j, part in enumerate(parts):
            speech = synthesise(part, voice, rate)
            # espeak's own quiet edges beside a pause would lengthen it: keep 50 ms of each
            speech = _trim(speech, start=j > 0, end=j < len(parts) - 1)
            pieces.append(speech)
            t += speech.size / TARGET_RATE
            if j < len(parts) - 1:
                pause = rng.uniform(0.4, 0.9)
                pieces.append(np.zeros(int(pause * TARGET_RATE), np.float32))
                pauses.append((t, t + pause))
                t += pause
        turns.append({"text": text.replace(" |", ""), "start": start, "end": t, "pauses": pauses})
        pieces.append(np.zeros(int(GAP_S * TARGET_RATE), np.float32))
        t += GAP_S
    return np.concatenate(pieces), turns


def play(signal: np.ndarray, settings_values: dict, models: tuple) -> dict:
    """Plays the stream in real time through a pipeline; the turn-end decisions it took."""
    from emoomni_ros import settings
    from emoomni_ros.perception.voice import mic_pipeline

    silero, voice, recogniser = models
    silero.reset()
    decisions: list[tuple[float, float]] = []  # (VAD end of speech, stream time of the decision)
    pipeline: mic_pipeline.MicPipeline | None = None

    def on_speaking(speaking: bool, stamp: float) -> None:
        if not speaking:
            decisions.append((stamp, pipeline.segmenter.now))

    config = settings.build(mic_pipeline.PipelineConfig, settings_values)
    pipeline = mic_pipeline.MicPipeline(silero, voice, recogniser, config, on_speaking=on_speaking)
    pipeline.start()
    started = time.monotonic()
    for n, i in enumerate(range(0, signal.size, BLOCK)):
        pipeline.push(signal[i : i + BLOCK], 0.0 if i == 0 else None)
        delay = started + (n + 1) * BLOCK / TARGET_RATE - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    pipeline.flush()
    pipeline.wait_idle(120)
    pipeline.stop()
    return {"decisions": decisions, "discarded": pipeline.early_discarded, "predictions": pipeline.turn_decisions}


def score(turns: list[dict], decisions: list[tuple[float, float]]) -> dict:
    waits, cut_ins, missed = [], 0, 0
    for turn in turns:
        inside = [d for d in decisions if turn["start"] - 0.3 <= d[0] <= turn["end"] + 0.3]
        if not inside:
            missed += 1
            continue
        if any(decided < turn["end"] - 0.05 for _, decided in inside):  # decided during a pause of the turn
            cut_ins += 1
        speech_end, decided = inside[-1]
        waits.append(1000.0 * (decided - speech_end))
    waits_a = np.array(waits) if waits else np.zeros(1)
    return {"p50_ms": round(float(np.percentile(waits_a, 50)), 1),
            "p95_ms": round(float(np.percentile(waits_a, 95)), 1), "cut_in_rate": round(cut_ins / len(turns), 3),
            "cut_ins": cut_ins, "turns": len(turns),
            "turns_with_pauses": sum(1 for t in turns if t["pauses"]), "missed": missed}


def plot(rows: dict[str, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(rows)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    y = np.arange(len(names))
    left.barh(y, [rows[n]["p95_ms"] for n in names], color="#f4b183", label="p95")
    left.barh(y, [rows[n]["p50_ms"] for n in names], color="#2f5597", label="p50")
    left.set_yticks(y, names)
    left.set_xlabel("ms from the end of speech to the turn-end decision")
    left.legend()
    right.barh(y, [100 * rows[n]["cut_in_rate"] for n in names], color="#c00000")
    right.set_yticks(y, names)
    right.set_xlabel("% of turns cut in on (decided during a mid-sentence pause)")
    fig.suptitle(f"End of turn on {rows[names[0]]['turns']} spoken turns "
                 f"({rows[names[0]]['turns_with_pauses']} with mid-sentence pauses), real time, CPU")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(out_dir: Path) -> dict:
    from emoomni_ros.perception.voice import analyzer, asr, vad

    signal, turns = script()
    models = (vad.SileroVad(), analyzer.VoiceEmotion(gain_mode="auto"), asr.WhisperAsr(cpu_threads=2))
    rows = {}
    for name, values in CONFIGS.items():
        played = play(signal, values, models)
        rows[name] = {**score(turns, played["decisions"]), "discarded": played["discarded"],
                      "predictions": played["predictions"]}
    plot_path = out_dir / "turn_taking.png"
    plot(rows, plot_path)
    return {**rows, "stage": "turn-end decision (not the reply audio)", "audio_s":
            round(signal.size / TARGET_RATE, 1), "plot": str(plot_path),
            "headline": {"turn_end_predictive_p50_ms": rows["predictive"]["p50_ms"],
                         "turn_end_predictive_cut_in_rate": rows["predictive"]["cut_in_rate"]}}
