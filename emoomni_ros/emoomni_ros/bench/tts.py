"""TTS speed and expressiveness: time to the first audio of a two-sentence reply (in process, and
through the expressive_tts node over DDS), real-time factor, and the self-check per backend."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import instruction, selfcheck, tts

REPLY = "I am really sorry that happened. Let us take a moment and work out the next step together."
RUNS = 15


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2) if values else float("nan")


def first_audio_ms(backend: tts.TTSBackend, ins: SpeechInstruction, runs: int = RUNS) -> dict:
    """Instruction in -> first sentence's audio ready (sanitising, splitting, synthesis), and the
    real-time factor of the whole reply."""
    firsts, rtfs = [], []
    for _ in range(runs):
        start = time.perf_counter()
        utterance = tts.prepare(backend, ins)
        total = 0
        for segment in tts.speak(backend, utterance):
            if segment.index == 0:
                firsts.append((time.perf_counter() - start) * 1000.0)
            total += segment.audio.size
        rtfs.append((time.perf_counter() - start) / (total / backend.sample_rate))
    return {"first_audio_ms_p50": _p(firsts, 50), "first_audio_ms_p90": _p(firsts, 90),
            "real_time_factor_p50": round(float(np.median(rtfs)), 4), "runs": runs}


def first_chunk_over_ros(runs: int = 10) -> dict:
    """Instruction published -> first AudioChunk received, through the node in its own process."""
    from emoomni_msgs.msg import AudioChunk
    from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
    from emoomni_ros.nodes import common
    from emoomni_ros.nodes.convert import instruction_to_msg
    from emoomni_ros.testing import NodeProcess, Probe

    node = NodeProcess("emoomni_ros.nodes.expressive_tts", "expressive_tts", params={"realtime": False})
    node.start()
    probe = Probe("tts_bench_probe")
    try:
        audio = probe.subscribe(AudioChunk, "emoomni/tts/audio", 200)
        pub = probe.publisher(SpeechInstructionMsg, "emoomni/speech_instruction", common.EVENT_QOS)
        probe.wait_for_subscribers(pub, timeout=60)
        probe.wait_for_publishers("emoomni/tts/audio", timeout=60)
        latencies = []
        for i in range(runs + 1):  # the first run warms the node up and is not counted
            uid = f"bench-{i}"
            sent = time.perf_counter()
            pub.publish(instruction_to_msg(SpeechInstruction(text=REPLY, utterance_id=uid), 0.0))
            audio.wait_for(1, 30, lambda m, uid=uid: m.utterance_id == uid)
            if i:
                latencies.append((time.perf_counter() - sent) * 1000.0)
            audio.wait_for(1, 60, lambda m, uid=uid: m.utterance_id == uid and m.final)
        return {"first_chunk_ms_p50": _p(latencies, 50), "first_chunk_ms_p90": _p(latencies, 90), "runs": runs}
    finally:
        probe.close()
        node.stop()


def backend_options(name: str) -> dict:
    """The instruct backend's model from the GPU profile (config/gpu.yaml), the others' defaults."""
    if name != "instruct":
        return {}
    from emoomni_ros import graph

    params = graph.profile_sections("gpu")["expressive_tts"]
    keys = ("model_path", "engine", "device", "dtype", "speaker", "base_url", "model", "voice")
    return {key: params[f"instruct_{key}"] for key in keys if f"instruct_{key}" in params}


def run(out_dir: Path) -> dict:
    neutral = SpeechInstruction(text=REPLY)
    sad = instruction.style("sadness", 0.8, "validate", REPLY)
    figures: dict = {"reply": REPLY, "backends": {}}
    for name in tts.BACKENDS:
        try:
            start = time.perf_counter()
            backend = tts.create(name, **backend_options(name))
            load_s = time.perf_counter() - start
        except tts.BackendUnavailable as exc:
            figures["backends"][name] = {"available": False, "reason": str(exc)}
            continue
        try:
            entry = {"available": True, "load_s": round(load_s, 3), "sample_rate": backend.sample_rate,
                     "neutral": first_audio_ms(backend, neutral), "sad_validate": first_audio_ms(backend, sad, 5)}
            entry["selfcheck"] = selfcheck.run(backend).as_dict()
        finally:
            backend.close()
        figures["backends"][name] = entry
    default = figures["backends"]["espeak"]
    figures["selfcheck_passed"] = {name: b["selfcheck"]["passed"] for name, b in figures["backends"].items()
                                   if b.get("available")}
    try:
        figures["ros"] = first_chunk_over_ros()
    except Exception as exc:  # the in-process figures still stand
        figures["ros"] = {"error": f"{type(exc).__name__}: {exc}"}
    headline = {"tts_first_audio_ms": default["neutral"]["first_audio_ms_p50"],
                "tts_selfcheck_espeak": default["selfcheck"]["passed"]}
    if "first_chunk_ms_p50" in figures["ros"]:
        headline["tts_first_chunk_ros_ms"] = figures["ros"]["first_chunk_ms_p50"]
    if figures["backends"].get("piper", {}).get("available"):
        headline["tts_selfcheck_piper"] = figures["backends"]["piper"]["selfcheck"]["passed"]
    figures["headline"] = headline
    return figures
