import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

from emoomni_ros.bench import BENCHES


def main() -> int:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros.bench", description="run the benchmarks")
    parser.add_argument("--out", default="bench", help="output folder for bench.json and plots")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHES), help="run only these sections")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {"machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
                                "started": time.strftime("%Y-%m-%dT%H:%M:%S")}}
    failed = []
    for section, module in BENCHES.items():
        if args.only and section not in args.only:
            continue
        print(f"[bench] {section} ...", flush=True)
        start = time.perf_counter()
        try:
            figures = importlib.import_module(module).run(out)
        except Exception as exc:  # report the failure, keep the other sections
            print(f"[bench] {section} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed.append(section)
            continue
        figures["bench_s"] = round(time.perf_counter() - start, 2)
        report[section] = figures
        # Headline keys (e.g. face_fps, asr_rtf) are lifted to the top level.
        report.update(figures.pop("headline", {}))
        print(f"[bench] {section}: {json.dumps(figures)[:400]}", flush=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    print(f"[bench] wrote {out / 'bench.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
