"""``say``: speak a text expressively to a WAV file (no ROS graph needed).

The voice comes from the voice-style table for ``--emotion``/``--intensity``/``--strategy``;
``--rate``/``--pitch``/``--volume`` override single controls. Prints what was applied.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from emoomni_ros import labels
from emoomni_ros.expression import instruction, tts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text", required=True, help="what to say (markup is stripped)")
    parser.add_argument("--emotion", default="neutral", choices=labels.CORE_LABELS, help="emotion of the voice")
    parser.add_argument("--intensity", type=float, default=0.5, help="0..1, strength of the emotion")
    parser.add_argument("--strategy", default="", help="response strategy (validate, reassure, de_escalate, ...)")
    parser.add_argument("--rate", type=float, help="speaking-rate multiplier (0.5..2)")
    parser.add_argument("--pitch", type=float, help="relative pitch shift (-0.5..1)")
    parser.add_argument("--volume", type=float, help="loudness multiplier (0.1..2)")
    parser.add_argument("--backend", default="espeak", choices=sorted(tts.BACKENDS), help="TTS backend")
    parser.add_argument("--model-path", default="", help="voice/model path for piper or instruct")
    parser.add_argument("--voice-styles", default="", help="YAML merged over config/voice_styles.yaml")
    parser.add_argument("--max-chars", type=int, default=1000, help="longest text spoken")
    parser.add_argument("--out", required=True, help="WAV file to write")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    import soundfile

    table = instruction.load_table(args.voice_styles or None)
    ins = instruction.style(args.emotion, args.intensity, args.strategy, args.text, table,
                            rate=args.rate, pitch=args.pitch, volume=args.volume)
    load_start = time.perf_counter()
    try:
        backend = tts.create(args.backend, model_path=args.model_path or None)
    except tts.BackendUnavailable as exc:
        print(f"error: TTS backend {args.backend!r} unavailable: {exc}")
        return 3
    load_ms = (time.perf_counter() - load_start) * 1000.0
    try:
        audio, utterance, first_s = tts.synthesize_all(backend, ins, args.max_chars)
    except tts.SynthesisError as exc:
        print(f"error: synthesis failed: {exc}")
        return 4
    finally:
        backend.close()
    if utterance.empty:
        print("error: nothing to say: the text is empty after removing markup and symbols")
        return 2
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(out), audio, backend.sample_rate, subtype="PCM_16")
    applied = utterance.instruction
    report = {
        "out": str(out),
        "backend": backend.name,
        "sample_rate": backend.sample_rate,
        "first_audio_ms": round(first_s * 1000.0, 1),
        "load_ms": round(load_ms, 1),
        "duration_s": round(audio.size / backend.sample_rate, 3),
        "sentences": len(utterance.sentences),
        "truncated": utterance.truncated,
        "unsupported": utterance.unsupported,
        "applied": {name: (round(v, 4) if isinstance(v, float) else v) for name, v in vars(applied).items()},
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"wrote {out}: {report['duration_s']} s with {backend.name}, first audio after "
              f"{report['first_audio_ms']} ms")
        print(f"voice: {applied.voice_instruction}")
        if utterance.unsupported:
            print(f"not honoured by {backend.name}: {', '.join(utterance.unsupported)}")
    return 0
