"""Face pipeline speed on one core: a 640x480 frame with one real face (the bundled public-domain
demo photo, scaled to 480x480 and centred; the face is about 95 px), moving a few pixels per frame.

Headline ``face_fps``: detection + expression, frames per second, with the default settings (a
whole-frame search every ``full_detect_every`` = 5 frames, the tracked face searched near its last
box in between). ``face_fps_full_detect`` is the worst case, a whole-frame search every frame.
Per-stage milliseconds are medians; fps figures are frames / summed stage time.
``classify_ms_by_backend``: each expression backend on the same face crop, in the same run.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import cv2
import numpy as np

from emoomni_ros import paths
from emoomni_ros.nodes import image_codec
from emoomni_ros.perception.face.analyzer import CLASSIFIERS, FaceAnalyzer, FaceConfig, crop, draw_debug

DEMO_FACE = paths.DATA_DIR / "demo_face.png"
FRAMES = 150


def bench_frames(n: int) -> list[np.ndarray]:
    photo = cv2.imread(str(DEMO_FACE), cv2.IMREAD_COLOR)
    if photo is None:
        raise FileNotFoundError(f"demo photo missing: {DEMO_FACE}")
    photo = cv2.resize(photo, (480, 480), interpolation=cv2.INTER_LINEAR)
    frames = []
    for i in range(n):
        shift = int(round(4 * np.sin(i / 5)))  # a slow sway, as a seated person moves
        frame = np.full((480, 640, 3), 90, np.uint8)
        frame[:, 80 + shift:560 + shift] = photo
        frames.append(frame)
    return frames


def _stream(analyzer: FaceAnalyzer, frames: list[np.ndarray]) -> tuple[dict[str, list[float]], int]:
    stages: dict[str, list[float]] = {}
    found = 0
    for i, frame in enumerate(frames):
        results = analyzer.analyze(frame, stamp=i / 30)
        found += len(results) == 1
        for stage, ms in analyzer.timings_ms.items():
            stages.setdefault(stage, []).append(ms)
        stages.setdefault(f"detect_{analyzer.last_detection}", []).append(analyzer.timings_ms["detect"])
    return stages, found


def _median(values: list[float]) -> float:
    return round(float(np.median(values)), 3) if values else 0.0


def run(out_dir: Path) -> dict:
    cv2.setNumThreads(1)
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})
    try:
        start = time.perf_counter()
        analyzer = FaceAnalyzer(FaceConfig(num_threads=1))
        load_s = time.perf_counter() - start
        frames = bench_frames(FRAMES)
        analyzer.analyze(frames[0])  # warm-up (LiteRT delegate, cascade buffers)
        analyzer.reset()
        default, found = _stream(analyzer, frames)
        full = FaceAnalyzer(FaceConfig(num_threads=1, full_detect_every=1), classifier=analyzer.classifier)
        worst, found_full = _stream(full, frames[:60])

        fields = image_codec.encode(frames[0], "bgr8")
        decode, debug = [], []
        results = analyzer.analyze(frames[0])
        for _ in range(30):
            t = time.perf_counter()
            image_codec.decode_bgr(fields.encoding, fields.height, fields.width, fields.step, fields.data)
            decode.append(1000 * (time.perf_counter() - t))
            t = time.perf_counter()
            image_codec.encode_bgr8(draw_debug(frames[0], results))
            debug.append(1000 * (time.perf_counter() - t))
        by_backend = _classify_ms_by_backend(crop(cv2.cvtColor(frames[0], cv2.COLOR_BGR2GRAY), results[0].box)
                                             if results else None)
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)

    def fps(stages: dict[str, list[float]], names: tuple[str, ...]) -> float:
        total_ms = sum(sum(stages[name]) for name in names)
        return round(1000.0 * len(stages["detect"]) / total_ms, 1)

    core = ("detect", "classify")
    everything = ("gray", "detect", "track", "classify", "evidence")
    return {
        "headline": {"face_fps": fps(default, core)},
        "frame": "640x480, one face (about 95 px)",
        "cores": 1,
        "frames": FRAMES,
        "face_found_fraction": round(found / FRAMES, 3),
        "face_fps_full_detect": fps(worst, core),
        "face_found_fraction_full_detect": round(found_full / len(worst["detect"]), 3),
        "pipeline_fps_with_evidence": fps(default, everything),
        "stage_ms": {name: _median(default[name]) for name in everything},
        "detect_full_frame_ms": _median(default.get("detect_full_frame", []) + worst["detect"]),
        "detect_near_tracks_ms": _median(default.get("detect_near_tracks", [])),
        "detect_mean_ms": round(float(np.mean(default["detect"])), 3),
        "decode_bgr8_ms": _median(decode),
        "debug_image_ms": _median(debug),
        "load_s": round(load_s, 3),
        "classifier": analyzer.classifier.name,
        "classify_ms_by_backend": by_backend,
    }


def _classify_ms_by_backend(face: np.ndarray | None, repeats: int = 50) -> dict[str, float]:
    """Median ms to classify the demo face (mirror averaging on) with each expression backend, one
    thread, in this run: the ratios compare backends on the same machine and load."""
    if face is None:
        return {}
    out = {}
    for name, factory in CLASSIFIERS.items():
        classifier = factory(flip=True, num_threads=1)
        for _ in range(5):
            classifier.predict([face])
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            classifier.predict([face])
            times.append(1000 * (time.perf_counter() - t))
        out[name] = _median(times)
    return out
