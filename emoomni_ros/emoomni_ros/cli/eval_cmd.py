"""``eval {text,voice,face} PATH --json``: accuracy of one perception modality on a labelled set.

Each modality provides ``evaluate(path: Path, options: argparse.Namespace) -> EvalRun`` in the
module named in ``EVALUATORS``; this command only formats the result."""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

from emoomni_ros.tools.metrics import plot_confusion, summary

# modality -> module with evaluate(path, options)
EVALUATORS: dict[str, str] = {
    "face": "emoomni_ros.tools.eval_face",
    "text": "emoomni_ros.tools.eval_text",
    "voice": "emoomni_ros.tools.eval_voice",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("modality", choices=sorted(EVALUATORS) or ["text", "voice", "face"],
                        help="text: a MELD CSV (Utterance, Emotion), GoEmotions TSV (text, label), ISEAR CSV "
                             "(text, emotion) or EmoBank CSV (text, V); voice: folder of RAVDESS-named WAVs; "
                             "face: a folder per label (FER2013 or CK+ names)")
    parser.add_argument("path", type=Path)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--plot", metavar="FILE", help="also write a confusion-matrix PNG")
    parser.add_argument("--limit", type=int, default=0, help="evaluate at most N items (0: all)")
    parser.add_argument("--face-crop", choices=["auto", "detect", "whole"], default="auto",
                        help="face: classify the whole image, detect the face first, or auto (by image size)")
    parser.add_argument("--face-classifier", default="",
                        help="face: the expression backend (camera_perception's 'classifier'; default: its default)")
    parser.add_argument("--context", type=int, default=0,
                        help="text: earlier dialogue turns given as context (needs Dialogue_ID/Utterance_ID)")
    parser.add_argument("--split", choices=["all", "heldout"], default="all",
                        help="text: 'heldout' scores only the rows the shipped head did not train on (the ISEAR "
                             "held-out 20 %%, EmoBank dev)")


def run(args: argparse.Namespace) -> int:
    if args.modality not in EVALUATORS:
        raise ValueError(f"no evaluator for {args.modality!r}")
    if not args.path.exists():
        raise FileNotFoundError(f"{args.path} does not exist")
    result = importlib.import_module(EVALUATORS[args.modality]).evaluate(args.path, args)
    report = {"modality": args.modality, "path": str(args.path), **summary(result)}
    if args.plot:
        plot_confusion(report["confusion"], args.plot, f"{args.modality}: {args.path.name}")
        report["plot"] = args.plot
    if args.json:
        print(json.dumps(report))
    elif "valence_pearson" in report:
        print(f"{args.modality} on {args.path}: n={report['valence_n']} "
              f"valence_pearson={report['valence_pearson']:.3f} "
              f"(vader {report['baseline']['valence_pearson']:.3f}) ms/item={report['valence_ms_per_item']:.2f}")
    else:
        print(f"{args.modality} on {args.path}: n={report['n']} accuracy={report['accuracy']:.3f} "
              f"weighted_f1={report['weighted_f1']:.3f} macro_f1={report['macro_f1']:.3f} "
              f"skipped={report['skipped']} ms/item={report['ms_per_item']:.2f}")
    return 0
