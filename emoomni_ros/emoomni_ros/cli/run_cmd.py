"""``python3 -m emoomni_ros run``: starts the whole graph as separate node processes (the node list
of ``graph.py`` with a parameter profile), feeds it an image and an utterance, a video file or the
live camera and microphone, waits for the robot's reply, writes it to ``--out`` and prints the
emotional chain of thought.

Files written to DIR: ``reasoning.json`` (the four E-CoT parts and the affect), ``instruction.json``,
``reply.wav``, ``timings.json`` (per-stage latencies), ``logs/`` (one log per node). With several
utterances (or ``--live``) every turn also goes to ``turns/NNN/``.

Exit codes: 0 replied; 1 no reply in time; 2 bad arguments or input; 3 a node died; 4 no camera or
microphone for ``--live``; 130 interrupted (Ctrl-C), after a clean shutdown of every node.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import textwrap
import time
from pathlib import Path

import yaml

from emoomni_ros import graph

EXIT_OK, EXIT_NO_REPLY, EXIT_BAD_INPUT, EXIT_NODE_DIED, EXIT_NO_DEVICE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="the bundled sample: a face photo and an utterance")
    source.add_argument("--image", type=Path, help="a face image, shown to the camera node (use with --audio)")
    source.add_argument("--video", type=Path, help="a video file: its frames and audio track, replayed in real time")
    source.add_argument("--live", action="store_true", help="the camera (OpenCV) and the microphone (PyAudio)")
    parser.add_argument("--audio", type=Path, nargs="+", metavar="WAV", help="utterance(s), played in real time")
    parser.add_argument("--profile", default="cpu", choices=graph.PROFILES, help="parameter profile (config/*.yaml)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--camera", default="0", help="--live: OpenCV camera index or device path")
    parser.add_argument("--mic", default="default", help="--live: PyAudio input device: 'default', an index or part "
                        "of its name")
    parser.add_argument("--camera-topic", default="camera/image_raw", help="camera image topic (remaps the input)")
    parser.add_argument("--namespace", default="", help="namespace for every node (a fleet runs one per robot); "
                        "the profile applies in any namespace")
    parser.add_argument("--respawn", action="store_true", help="restart a node that dies (after 2 s, up to 5 times) "
                        "instead of ending the run")
    parser.add_argument("--set", action="append", default=[], metavar="NODE.PARAM=VALUE",
                        help="override one node parameter (YAML value), e.g. ecot_reasoning.backend=embedded")
    parser.add_argument("--startup-timeout", type=float, default=240.0, help="seconds for the nodes to come up")
    parser.add_argument("--reply-timeout", type=float, default=120.0,
                        help="seconds without progress after the input ended before giving up")
    parser.add_argument("--verbose", action="store_true", help="print every node's log lines as they come")


def parse_overrides(items: list[str]) -> dict[str, dict]:
    names = {n.name for n in graph.NODES}
    out: dict[str, dict] = {}
    for item in items:
        key, sep, value = item.partition("=")
        node, dot, param = key.partition(".")
        if not sep or not dot or not param:
            raise ValueError(f"--set {item!r}: expected NODE.PARAM=VALUE")
        if node not in names:
            raise ValueError(f"--set {item!r}: no node {node!r}; nodes: {sorted(names)}")
        out.setdefault(node, {})[param] = yaml.safe_load(value) if value else ""
    return out


def _check_inputs(args: argparse.Namespace) -> None:
    from emoomni_ros.bringup import demo_sample

    if args.demo:
        args.image, args.audio = demo_sample.DEMO_IMAGE, [demo_sample.DEMO_AUDIO]
    if not (args.image or args.video or args.live or args.audio):
        raise ValueError("give an input: --demo, --image IMAGE --audio WAV, --audio WAV, --video FILE or --live")
    if args.image and not args.audio:
        raise ValueError("--image needs --audio WAV: the robot replies to an utterance")
    if (args.video or args.live) and args.audio:
        raise ValueError("--audio goes with --image (a video brings its own audio track; --live uses the microphone)")
    for path in [args.image, args.video, *(args.audio or [])]:
        if path is not None and not Path(path).is_file():
            raise FileNotFoundError(f"input file not found: {path}")


def _player_args(args: argparse.Namespace) -> list[str]:
    if args.video:
        return ["--video", str(args.video)]
    if args.live:
        return ["--camera", str(args.camera)]
    out = ["--image", str(args.image)] if args.image else []
    return out + ["--audio", *map(str, args.audio), "--wait-reply"]


def run(args: argparse.Namespace) -> int:
    _check_inputs(args)
    overrides = parse_overrides(args.set)
    mic = overrides.setdefault("mic_perception", {})
    if args.live:
        from emoomni_ros.bringup import media

        try:
            media.open_camera(args.camera).release()
            device = media.check_microphone(args.mic)
        except media.MediaError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_NO_DEVICE
        print(f"[run] live: camera {args.camera}, microphone '{device}'")
        mic.setdefault("source", "device")
        mic.setdefault("device", args.mic)
    else:
        mic.setdefault("source", "topic")
    remaps = {"camera/image_raw": args.camera_topic} if args.camera_topic != "camera/image_raw" else {}
    args.out.mkdir(parents=True, exist_ok=True)

    from emoomni_ros.bringup.session import GraphSession, NodeNotReady
    from emoomni_ros.bringup.supervisor import NodeDied

    echo = (lambda name, line: print(f"[{name}] {line}", flush=True)) if args.verbose else None
    session = GraphSession(args.out, args.profile, "full", overrides, remaps, echo, namespace=args.namespace,
                           respawn=args.respawn)
    # Ctrl-C and SIGTERM request the clean shutdown; the session's waits act on it at their next
    # poll. A second Ctrl-C (a terminal's and a launcher's) requests nothing more.
    previous_int = signal.signal(signal.SIGINT, lambda signum, frame: session.stop_requested.set())
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: session.stop_requested.set())
    code = EXIT_OK
    try:
        session.start(args.startup_timeout)
        session.start_player(_player_args(args))
        if args.live:
            code = _serve_live(session, args.out)
        else:
            code = _serve_files(session, args)
    except (NodeDied, NodeNotReady) as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        code = EXIT_NODE_DIED
    except TimeoutError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        code = EXIT_NO_REPLY
    except KeyboardInterrupt:
        print("\n[run] interrupted: stopping the nodes", flush=True)
        code = EXIT_INTERRUPTED
    finally:
        # A second Ctrl-C (or SIGTERM) must not cut the orderly stop of the nodes short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        codes = session.close()
        if not session.stop_requested.is_set():
            signal.signal(signal.SIGINT, previous_int)
            signal.signal(signal.SIGTERM, previous)
        # Else they stay ignored until the process exits: Python resets a handled SIGINT to the
        # default at finalization, so a repeated Ctrl-C arriving then killed `run` (exit -2, not 130).
        unclean = {n: c for n, c in codes.items() if c not in (0, None) and c != -signal.SIGINT}
        if code != EXIT_NODE_DIED and unclean:
            print(f"[run] warning: not a clean exit: {unclean} (see {session.log_dir})", file=sys.stderr)
        print(f"[run] stopped {len(codes)} processes; logs in {session.log_dir}", flush=True)
    return code


def _serve_files(session, args: argparse.Namespace) -> int:
    """Waits for the input to finish and every recognised utterance to be answered."""
    turns = session.wait_for_replies(args.reply_timeout)
    for index, turn in enumerate(turns, 1):
        if len(turns) > 1:
            write_turn(turn, args.out / "turns" / f"{index:03d}")
        print_turn(turn)
    write_turn(turns[-1], args.out)
    print(f"[run] wrote {', '.join(FILES)} to {args.out}")
    return EXIT_OK


def _serve_live(session, out: Path) -> int:
    print("[run] listening; speak to the robot (Ctrl-C to stop)", flush=True)
    done: set[str] = set()
    while True:
        session.check_stop()
        session.supervisor.check()
        for turn in session.recorder.user_turns():
            if turn.complete and turn.utterance_id not in done:
                done.add(turn.utterance_id)
                write_turn(turn, out / "turns" / f"{len(done):03d}")
                write_turn(turn, out)
                print_turn(turn)
        time.sleep(0.1)


FILES = ("reasoning.json", "instruction.json", "reply.wav", "timings.json")


def write_turn(turn, folder: Path) -> None:
    from emoomni_ros.perception.voice import audio

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reasoning.json").write_text(json.dumps(turn.reasoning, indent=2, ensure_ascii=False))
    (folder / "instruction.json").write_text(json.dumps(turn.instruction, indent=2, ensure_ascii=False))
    audio.save_wav(folder / "reply.wav", turn.reply_audio(), turn.sample_rate or audio.TARGET_RATE)
    (folder / "timings.json").write_text(json.dumps(turn.timings(), indent=2))


def _wrap(label: str, text: str) -> str:
    return textwrap.fill(text or "(empty)", width=100, initial_indent=label, subsequent_indent=" " * 5)


def print_turn(turn) -> None:
    r = turn.reasoning or {}
    affect = r.get("affect") or {}
    lines = ["", f"=== E-CoT for \"{r.get('utterance') or turn.text}\" ==="]
    if affect.get("label"):
        conflict = f"; shows {affect['apparent_label']} (conflict)" if affect.get("conflict") else ""
        feelings = ", ".join(f"{f['name']} {f['score']:.2f}" for f in affect.get("feelings", []))
        lines.append(f"Affect: {affect['label']} (confidence {affect.get('confidence', 0):.2f}{conflict})"
                     + (f"; feelings: {feelings}" if feelings else ""))
        concern = affect.get("concern")
        if concern:
            lines.append(f"CONCERN: {concern['kind']} ({concern['level']}, {concern['confidence']:.2f}): "
                         + "; ".join(concern["evidence"][:2]))
        for cue in affect.get("cues", []):
            evidence = "; ".join(cue.get("evidence", [])[:3])
            lines.append(f"  {cue['modality']:>5}: {cue['label']} ({cue['confidence']:.2f}) {evidence}")
    lines += [
        _wrap("1. Emotion analysis: ", r.get("emotion_analysis", "")),
        _wrap(f"2. User intent [{r.get('intent', '?')}{', ' + r['situation'] if r.get('situation') else ''}]: ",
              r.get("user_intent", "")),
        _wrap(f"3. Response strategy [{r.get('strategy', '?')}]: ", r.get("response_strategy", "")),
        _wrap("4. Response: ", r.get("response", "")),
    ]
    ins = turn.instruction or {}
    if ins:
        lines.append(_wrap("Voice: ", f"{ins.get('voice_instruction', '')} (emotion {ins.get('emotion')}, intensity "
                                      f"{ins.get('intensity', 0):.2f}, rate {ins.get('rate', 1):.2f}, pitch "
                                      f"{ins.get('pitch', 0):+.2f}, volume {ins.get('volume', 1):.2f})"))
    fallback = f", fell back: {r.get('fallback_reason')}" if r.get("fallback") else ""
    fallback += f", tone guard: {r.get('tone_reason')}" if r.get("tone_guarded") else ""
    lines.append(f"Backend: {r.get('backend', '?')} (reasoning {r.get('reasoning_ms', 0):.0f} ms{fallback})")
    timings = turn.timings()
    stages = ", ".join(f"{k} {v:.0f}" for k, v in timings["stages_ms"].items())
    if timings["e2e_ms"] is not None:
        lines.append(f"Latency: end of speech -> first reply audio {timings['e2e_ms']:.0f} ms ({stages} ms); "
                     f"reply {timings['reply_audio_s']:.1f} s of audio")
    print("\n".join(lines), flush=True)
