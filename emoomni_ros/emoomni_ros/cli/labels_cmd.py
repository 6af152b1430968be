"""``labels``: the core labels, their valence/arousal anchors and mappings, and the fine-grained
feelings that fold into each."""

from __future__ import annotations

import argparse
import json

from emoomni_ros import labels


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    table = {
        name: {
            "index": i,
            "valence": labels.VALENCE_AROUSAL[name][0],
            "arousal": labels.VALENCE_AROUSAL[name][1],
            "rep155": labels.CORE_TO_REP155[name],
            "from": {ds: sorted(k for k, v in m.items() if v == name) for ds, m in labels.DATASETS.items()
                     if ds != "core"},
            "feelings": [f for f, core in labels.FEELINGS.items() if core == name],
        }
        for i, name in enumerate(labels.CORE_LABELS)
    }
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    for name, row in table.items():
        print(f"{row['index']} {name:9s} valence {row['valence']:+.1f} arousal {row['arousal']:+.1f} "
              f"REP-155 '{row['rep155']}'" + (f"; feelings: {', '.join(row['feelings'])}" if row["feelings"] else ""))
    return 0
