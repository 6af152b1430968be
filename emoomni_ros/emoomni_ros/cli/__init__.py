"""``python3 -m emoomni_ros COMMAND``: the command-line tool. Each command lives in its own module
of this package and exposes ``add_arguments(parser)`` and ``run(args) -> int``; only commands
listed here are offered."""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "labels": ("emoomni_ros.cli.labels_cmd", "show the core labels and their mappings to other label sets"),
    "eval": ("emoomni_ros.cli.eval_cmd", "accuracy of a perception modality on a labelled set (text, voice, face)"),
    "run": ("emoomni_ros.cli.run_cmd", "run the whole graph as separate processes on an image+WAV, a video or live"),
    "say": ("emoomni_ros.cli.say_cmd", "speak a text expressively to a WAV file (emotion, rate, pitch, volume)"),
    "respond": ("emoomni_ros.cli.respond_cmd", "the robot's reply (affect, E-CoT, voice) to a face, a WAV and/or text"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python3 -m emoomni_ros",
                                     description="EmoOmni for ROS 2: emotional intelligence for social robots.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module).add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return int(importlib.import_module(args._module).run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
