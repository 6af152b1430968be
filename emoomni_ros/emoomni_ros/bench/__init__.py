"""Speed and memory benchmarks (``make bench``). Each module listed in ``BENCHES`` exposes
``run(out_dir: Path) -> dict`` returning its figures; ``python3 -m emoomni_ros.bench`` runs them
all in one process run and writes ``bench.json`` (ratios compare within one run)."""

# section name -> module
BENCHES: dict[str, str] = {
    "face": "emoomni_ros.bench.face",
    "text": "emoomni_ros.bench.text",
    "tts": "emoomni_ros.bench.tts",
    "voice": "emoomni_ros.bench.voice",
    "turn_taking": "emoomni_ros.bench.turn_taking",  # end of turn: fixed 0.5 s, fixed 0.35 s, predictive
    "e2e": "emoomni_ros.bench.e2e",  # last: the whole graph, after the per-stage figures above
}
