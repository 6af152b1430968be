"""The recorder: a node in the ``run`` process that subscribes to the graph's outputs and assembles
each user turn (transcript -> cues -> affect -> E-CoT -> instruction -> reply audio) with the
time each part arrived."""

from __future__ import annotations

import json
import threading
from typing import Any

import numpy as np
from rclpy.node import Node
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool, String

from emoomni_msgs.msg import AffectState, AudioChunk, EmotionalReasoning, EmotionCue, SpeechInstruction, Transcript
from emoomni_ros.bringup.player_node import EVENTS_QOS, EVENTS_TOPIC
from emoomni_ros.bringup.timeline import Turn, match_speech_end
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import LATCHED_QOS

# Reliable with a deep queue: nothing is lost while the process is busy writing files.
RECORD_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=500, reliability=ReliabilityPolicy.RELIABLE)


def msg_to_dict(msg: Any) -> Any:
    """A ROS message as plain JSON-able data (rosidl_runtime_py is not available everywhere)."""
    if hasattr(msg, "get_fields_and_field_types"):
        return {name: msg_to_dict(getattr(msg, name)) for name in msg.get_fields_and_field_types()}
    if isinstance(msg, (bytes, bytearray)):
        return len(msg)
    if isinstance(msg, np.ndarray):
        return [msg_to_dict(v) for v in msg.tolist()]
    if isinstance(msg, (list, tuple)) or type(msg).__name__ == "array":
        return [msg_to_dict(v) for v in msg]
    if isinstance(msg, float):
        return round(msg, 6)
    return msg


def affect_summary(msg: AffectState) -> dict:
    return {"person_id": msg.person_id, "label": msg.label, "apparent_label": msg.apparent_label,
            "conflict": bool(msg.conflict), "valence": round(float(msg.valence), 3),
            "arousal": round(float(msg.arousal), 3), "intensity": round(float(msg.intensity), 3),
            "confidence": round(float(msg.confidence), 3), "explanation": msg.explanation,
            "modalities_used": list(msg.modalities_used),
            "feelings": [{"name": f.name, "score": round(float(f.score), 3)} for f in msg.feelings],
            "concern": concern_summary(msg.concern),
            "cues": [{"modality": convert.MSG_TO_MODALITY.get(c.modality, str(c.modality)), "label": c.label,
                      "confidence": round(float(c.confidence), 3), "evidence": list(c.evidence),
                      "source": c.source} for c in msg.cues]}


def concern_summary(msg) -> dict | None:
    concern = convert.concern_from_msg(msg)
    if concern is None:
        return None
    return {"kind": concern.kind, "level": concern.level, "confidence": round(concern.confidence, 3),
            "evidence": concern.evidence}


def reasoning_record(msg: EmotionalReasoning) -> dict:
    keys = ("utterance_id", "person_id", "utterance", "emotion_analysis", "situation", "user_intent", "intent",
            "response_strategy", "strategy", "response", "voice_instruction", "emotion", "backend",
            "fallback_reason", "tone_reason")
    record = {k: getattr(msg, k) for k in keys}
    record.update(intensity=round(float(msg.intensity), 3), fallback=bool(msg.fallback),
                  tone_guarded=bool(msg.tone_guarded),
                  reasoning_ms=round(float(msg.reasoning_ms), 2), total_ms=round(float(msg.total_ms), 2),
                  affect=affect_summary(msg.affect))
    return record


class Recorder(Node):
    def __init__(self, context=None, namespace: str = "") -> None:
        super().__init__("emoomni_recorder", context=context, namespace=namespace or None)
        self._lock = threading.Lock()
        self.turns: dict[str, Turn] = {}
        self.order: list[str] = []  # utterance ids of final, non-empty transcripts, in arrival order
        self.speech_ends: list[float] = []
        self.player_events: list[dict] = []
        self.not_speaking_at: list[float] = []
        self.last_affect: dict | None = None
        sub = self.create_subscription
        sub(String, EVENTS_TOPIC, self._on_player_event, EVENTS_QOS)
        sub(Bool, "emoomni/user_speaking", self._on_user_speaking, LATCHED_QOS)
        sub(Transcript, "emoomni/transcript", self._on_transcript, RECORD_QOS)
        sub(EmotionCue, "emoomni/cues/voice", lambda m: self._on_cue(m, "voice_cue"), RECORD_QOS)
        sub(EmotionCue, "emoomni/cues/text", lambda m: self._on_cue(m, "text_cue"), RECORD_QOS)
        sub(AffectState, "emoomni/affect", self._on_affect, RECORD_QOS)
        sub(EmotionalReasoning, "emoomni/reasoning", self._on_reasoning, RECORD_QOS)
        sub(SpeechInstruction, "emoomni/speech_instruction", self._on_instruction, RECORD_QOS)
        sub(AudioChunk, "emoomni/tts/audio", self._on_audio, RECORD_QOS)

    def now(self) -> float:
        return self.get_clock().now().nanoseconds * 1e-9

    def _turn(self, utterance_id: str) -> Turn:
        if utterance_id not in self.turns:
            self.turns[utterance_id] = Turn(utterance_id)
        return self.turns[utterance_id]

    def _on_player_event(self, msg: String) -> None:
        try:
            event = json.loads(msg.data)
        except json.JSONDecodeError:
            return
        with self._lock:
            self.player_events.append(event)
            if event.get("event") == "speech_end":
                self.speech_ends.append(float(event["stamp"]))

    @property
    def player_finished(self) -> bool:
        with self._lock:
            return any(e.get("event") == "finished" for e in self.player_events)

    def _on_user_speaking(self, msg: Bool) -> None:
        if not msg.data:
            with self._lock:
                self.not_speaking_at.append(self.now())

    def _on_transcript(self, msg: Transcript) -> None:
        t = self.now()
        if not msg.is_final or not msg.text.strip():
            return
        with self._lock:
            turn = self._turn(msg.utterance_id)
            turn.text = msg.text
            turn.mark("transcript", t)
            window_end = convert.from_time(msg.window_end) or convert.from_time(msg.header.stamp)
            speech_end = match_speech_end(self.speech_ends, window_end)
            turn.mark("speech_end", speech_end if speech_end is not None else window_end)
            vad = [s for s in self.not_speaking_at if turn.events["speech_end"] - 0.05 <= s <= t]
            if vad:
                turn.mark("vad_end", vad[0])
            if msg.utterance_id not in self.order:
                self.order.append(msg.utterance_id)

    def _on_cue(self, msg: EmotionCue, event: str) -> None:
        t = self.now()
        if msg.utterance_id:
            with self._lock:
                self._turn(msg.utterance_id).mark(event, t)

    def _on_affect(self, msg: AffectState) -> None:
        t = self.now()
        with self._lock:
            self.last_affect = affect_summary(msg)
            for cue in msg.cues:
                if cue.utterance_id and cue.modality == EmotionCue.MODALITY_TEXT:
                    self._turn(cue.utterance_id).mark("affect", t)

    def _on_reasoning(self, msg: EmotionalReasoning) -> None:
        t = self.now()
        with self._lock:
            turn = self._turn(msg.utterance_id)
            turn.mark("reasoning", t)
            turn.reasoning = reasoning_record(msg)

    def _on_instruction(self, msg: SpeechInstruction) -> None:
        t = self.now()
        with self._lock:
            turn = self._turn(msg.utterance_id)
            turn.mark("instruction", t)
            turn.instruction = msg_to_dict(msg)

    def _on_audio(self, msg: AudioChunk) -> None:
        t = self.now()
        try:
            samples = convert.audio_from_msg(msg)
        except ValueError as exc:
            self.get_logger().warning(f"unusable reply audio chunk: {exc}")
            return
        with self._lock:
            turn = self._turn(msg.utterance_id)
            turn.mark("tts_first_audio", t)
            turn.audio[int(msg.sequence)] = samples
            turn.sample_rate = int(msg.sample_rate)
            if msg.final:
                turn.mark("tts_final", t)

    def user_turns(self) -> list[Turn]:
        """Turns with a final, non-empty transcript, in order."""
        with self._lock:
            return [self.turns[u] for u in self.order]
