"""Conversions between ``emoomni_msgs`` messages and the core's dataclasses (and audio arrays)."""

from __future__ import annotations

import dataclasses

import numpy as np
from builtin_interfaces.msg import Time

from emoomni_msgs.msg import (
    AffectState as AffectStateMsg,
)
from emoomni_msgs.msg import (
    AudioChunk,
    EmotionalReasoning,
    EmotionCue,
    Feeling,
)
from emoomni_msgs.msg import (
    Concern as ConcernMsg,
)
from emoomni_msgs.msg import (
    SpeechInstruction as SpeechInstructionMsg,
)
from emoomni_msgs.msg import (
    Transcript as TranscriptMsg,
)
from emoomni_ros import labels, modalities
from emoomni_ros.datatypes import (
    CONCERN_LEVELS,
    AffectState,
    Concern,
    Cue,
    Reasoning,
    SpeechInstruction,
    Transcript,
)

# Each modality of emoomni_ros/modalities.py <-> its EmotionCue.MODALITY_<NAME> constant.
MODALITY_TO_MSG = {name: getattr(EmotionCue, f"MODALITY_{name.upper()}") for name in modalities.NAMES}
MSG_TO_MODALITY = {v: k for k, v in MODALITY_TO_MSG.items()}


def to_time(seconds: float) -> Time:
    seconds = max(0.0, float(seconds))
    sec = int(seconds)
    return Time(sec=sec, nanosec=min(999_999_999, int(round((seconds - sec) * 1e9))))


def from_time(stamp: Time) -> float:
    return stamp.sec + stamp.nanosec * 1e-9


def feelings_to_msg(feelings: list[tuple[str, float]]) -> list[Feeling]:
    return [Feeling(name=name, label=labels.feeling_core(name), score=float(score)) for name, score in feelings]


def feelings_from_msg(msgs: list[Feeling]) -> list[tuple[str, float]]:
    """Unknown feeling names are dropped (``datatypes.clean_feelings``)."""
    return [(str(f.name), float(f.score)) for f in msgs]


# Concern level names <-> Concern.msg LEVEL_* (0 = none).
CONCERN_LEVEL_TO_MSG = {name: i + 1 for i, name in enumerate(CONCERN_LEVELS)}


def concern_to_msg(concern: Concern | None, stamp: float | None = None) -> ConcernMsg:
    """None -> a message with level LEVEL_NONE and an empty kind."""
    msg = ConcernMsg()
    if concern is None:
        return msg
    msg.header.stamp = to_time(concern.stamp if stamp is None else stamp)
    msg.person_id = concern.person_id
    msg.utterance_id = concern.utterance_id
    msg.kind = concern.kind
    msg.level = CONCERN_LEVEL_TO_MSG[concern.level]
    msg.confidence = float(concern.confidence)
    msg.evidence = [str(e) for e in concern.evidence]
    return msg


def concern_from_msg(msg: ConcernMsg) -> Concern | None:
    """None for LEVEL_NONE; raises ValueError for an unknown kind or level."""
    if msg.level == ConcernMsg.LEVEL_NONE:
        return None
    if msg.level > len(CONCERN_LEVELS):
        raise ValueError(f"unknown concern level {msg.level}")
    return Concern(kind=msg.kind, level=CONCERN_LEVELS[msg.level - 1], confidence=msg.confidence,
                   evidence=list(msg.evidence), person_id=msg.person_id or "anonymous_speaker",
                   utterance_id=msg.utterance_id, stamp=from_time(msg.header.stamp))


def cue_to_msg(cue: Cue, frame_id: str = "") -> EmotionCue:
    msg = EmotionCue()
    msg.header.stamp = to_time(cue.stamp)
    msg.header.frame_id = frame_id
    msg.person_id = cue.person_id
    msg.modality = MODALITY_TO_MSG[cue.modality]
    msg.distribution = [float(p) for p in cue.distribution]
    msg.label = cue.label
    msg.expression = labels.to_rep155(cue.label)
    msg.valence = float(cue.valence)
    msg.arousal = float(cue.arousal)
    msg.confidence = float(cue.confidence)
    msg.evidence = [str(e) for e in cue.evidence]
    msg.window_start = to_time(cue.window_start)
    msg.window_end = to_time(cue.window_end)
    msg.source = cue.source
    msg.utterance_id = cue.utterance_id
    msg.feelings = feelings_to_msg(cue.feelings)
    msg.concern = concern_to_msg(cue.concern)
    return msg


def cue_from_msg(msg: EmotionCue) -> Cue:
    """Raises ValueError for an unknown modality or a distribution of the wrong length."""
    if msg.modality not in MSG_TO_MODALITY:
        raise ValueError(f"unknown modality {msg.modality}; expected one of {sorted(MSG_TO_MODALITY)}")
    dist = np.asarray(msg.distribution, dtype=np.float64)
    if dist.shape != (labels.NUM_LABELS,) or not np.all(np.isfinite(dist)):
        raise ValueError(f"distribution must be {labels.NUM_LABELS} finite numbers")
    return Cue(
        modality=MSG_TO_MODALITY[msg.modality],
        distribution=dist,
        confidence=msg.confidence,
        evidence=list(msg.evidence),
        person_id=msg.person_id or "anonymous_speaker",
        stamp=from_time(msg.header.stamp),
        window_start=from_time(msg.window_start),
        window_end=from_time(msg.window_end),
        source=msg.source,
        utterance_id=msg.utterance_id,
        valence=msg.valence,
        arousal=msg.arousal,
        feelings=feelings_from_msg(msg.feelings),
        concern=concern_from_msg(msg.concern),
    )


def affect_to_msg(state: AffectState) -> AffectStateMsg:
    msg = AffectStateMsg()
    msg.header.stamp = to_time(state.stamp)
    msg.person_id = state.person_id
    msg.distribution = [float(p) for p in state.distribution]
    msg.label = state.label
    msg.expression = labels.to_rep155(state.label)
    msg.valence = float(state.valence)
    msg.arousal = float(state.arousal)
    msg.intensity = float(state.intensity)
    msg.confidence = float(state.confidence)
    msg.conflict = bool(state.conflict)
    msg.apparent_label = state.apparent_label
    msg.explanation = state.explanation
    msg.modalities_used = state.modalities_used
    msg.cues = [cue_to_msg(c) for c in state.cues]
    msg.feelings = feelings_to_msg(state.feelings)
    msg.concern = concern_to_msg(state.concern)
    return msg


def affect_from_msg(msg: AffectStateMsg) -> AffectState:
    return AffectState(
        distribution=np.asarray(msg.distribution, dtype=np.float64),
        label=msg.label,
        valence=msg.valence,
        arousal=msg.arousal,
        intensity=msg.intensity,
        confidence=msg.confidence,
        conflict=msg.conflict,
        apparent_label=msg.apparent_label,
        explanation=msg.explanation,
        person_id=msg.person_id or "anonymous_speaker",
        stamp=from_time(msg.header.stamp),
        cues=[cue_from_msg(c) for c in msg.cues],
        feelings=feelings_from_msg(msg.feelings),
        concern=concern_from_msg(msg.concern),
    )


# Every Reasoning field but the affect (datatypes.Reasoning, made from reasoning/schema.py's ECoT) has a
# field of the same name in EmotionalReasoning.msg; each is converted to the message field's type.
REASONING_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Reasoning) if f.name != "affect")
NON_NEGATIVE = ("reasoning_ms", "total_ms")


def reasoning_to_msg(r: Reasoning, stamp: float) -> EmotionalReasoning:
    msg = EmotionalReasoning()
    msg.header.stamp = to_time(stamp)
    for name in REASONING_FIELDS:
        value = type(getattr(msg, name))(getattr(r, name))
        setattr(msg, name, max(0.0, value) if name in NON_NEGATIVE else value)
    if r.affect is not None:
        msg.affect = affect_to_msg(r.affect)
    return msg


def reasoning_from_msg(msg: EmotionalReasoning) -> Reasoning:
    """Raises ValueError (labels.UnknownLabelError) when `emotion` is not a core label. An unset
    `affect` (empty label) becomes None."""
    values = {name: type(getattr(msg, name))(getattr(msg, name)) for name in REASONING_FIELDS}
    values["person_id"] = values["person_id"] or "anonymous_speaker"
    return Reasoning(**values, affect=affect_from_msg(msg.affect) if msg.affect.label else None)


def instruction_to_msg(ins: SpeechInstruction, stamp: float) -> SpeechInstructionMsg:
    msg = SpeechInstructionMsg()
    msg.header.stamp = to_time(stamp)
    msg.utterance_id = ins.utterance_id
    msg.text = ins.text
    msg.voice_instruction = ins.voice_instruction
    msg.emotion = ins.emotion
    for name in ("intensity", "rate", "pitch", "pitch_range", "volume", "pause_before_s", "sentence_pause_s"):
        setattr(msg, name, float(getattr(ins, name)))
    msg.emphasis = list(ins.emphasis)
    return msg


def instruction_from_msg(msg: SpeechInstructionMsg) -> SpeechInstruction:
    """Clamps every control to its safe range; an unknown emotion becomes neutral."""
    emotion = msg.emotion if msg.emotion in labels.LABEL_INDEX else "neutral"
    return SpeechInstruction(
        text=msg.text,
        voice_instruction=msg.voice_instruction,
        emotion=emotion,
        intensity=msg.intensity,
        rate=msg.rate if msg.rate else 1.0,
        pitch=msg.pitch,
        pitch_range=msg.pitch_range if msg.pitch_range else 1.0,
        volume=msg.volume if msg.volume else 1.0,
        pause_before_s=msg.pause_before_s,
        sentence_pause_s=msg.sentence_pause_s,
        emphasis=list(msg.emphasis),
        utterance_id=msg.utterance_id,
    )


def transcript_to_msg(t: Transcript, stamp: float) -> TranscriptMsg:
    msg = TranscriptMsg()
    msg.header.stamp = to_time(stamp)
    msg.utterance_id = t.utterance_id
    msg.person_id = t.person_id
    msg.text = t.text
    msg.is_final = bool(t.is_final)
    msg.confidence = float(t.confidence)
    msg.language = t.language
    msg.window_start = to_time(t.window_start)
    msg.window_end = to_time(t.window_end)
    return msg


def transcript_from_msg(msg: TranscriptMsg) -> Transcript:
    return Transcript(
        text=msg.text,
        utterance_id=msg.utterance_id,
        is_final=msg.is_final,
        confidence=msg.confidence,
        language=msg.language or "en",
        person_id=msg.person_id or "anonymous_speaker",
        window_start=from_time(msg.window_start),
        window_end=from_time(msg.window_end),
    )


_SAMPLE_BYTES = {AudioChunk.ENCODING_PCM_S16LE: 2, AudioChunk.ENCODING_PCM_F32LE: 4}


def audio_to_msg(samples: np.ndarray, sample_rate: int, stamp: float, utterance_id: str = "",
                 sequence: int = 0, final: bool = False) -> AudioChunk:
    """Float samples in [-1, 1] (frames, or frames x channels) -> a pcm_s16le chunk."""
    samples = np.asarray(samples, dtype=np.float32)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    msg = AudioChunk()
    msg.header.stamp = to_time(stamp)
    msg.utterance_id = utterance_id
    msg.sequence = int(sequence)
    msg.sample_rate = int(sample_rate)
    msg.channels = int(channels)
    msg.encoding = AudioChunk.ENCODING_PCM_S16LE
    msg.data = pcm.tobytes()
    msg.final = bool(final)
    return msg


def audio_from_msg(msg: AudioChunk) -> np.ndarray:
    """A chunk -> float32 mono samples in [-1, 1]. Raises ValueError for a malformed chunk."""
    width = _SAMPLE_BYTES.get(msg.encoding)
    if width is None:
        raise ValueError(f"unsupported audio encoding {msg.encoding!r}; expected one of {sorted(_SAMPLE_BYTES)}")
    if msg.sample_rate <= 0 or msg.channels <= 0:
        raise ValueError(f"invalid sample_rate {msg.sample_rate} or channels {msg.channels}")
    data = bytes(msg.data)
    if len(data) % (width * msg.channels):
        raise ValueError(f"{len(data)} bytes is not a whole number of {msg.channels}-channel {msg.encoding} frames")
    if msg.encoding == AudioChunk.ENCODING_PCM_S16LE:
        samples = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    else:
        samples = np.frombuffer(data, dtype="<f4").astype(np.float32)
        if not np.all(np.isfinite(samples)):
            raise ValueError("float audio contains NaN or inf")
        samples = np.clip(samples, -1.0, 1.0)
    return samples.reshape(-1, msg.channels).mean(axis=1)

