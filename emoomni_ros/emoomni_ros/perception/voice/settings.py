"""The settings of mic_perception, one dataclass built from the voice core's own configs (each
default is written once, beside the code it configures). Live fields take effect while the node
runs (``MicInput.configure``, ``MicPipeline.configure``, ``VoiceEmotion.set_gain_db``); the source,
the models and the queues are read-only (loaded at configure)."""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.perception.voice.asr import AsrConfig
from emoomni_ros.perception.voice.mic_input import RobotSpeechConfig
from emoomni_ros.perception.voice.mic_pipeline import PipelineConfig
from emoomni_ros.perception.voice.sources import SourceConfig
from emoomni_ros.settings import group, setting


@dataclass
class VoiceCueConfig:
    """The voice emotion head of the pipeline."""

    model_path: str = setting("", "voice emotion head (.npz from train_voice; '' = the shipped RAVDESS head on "
                              "Whisper encoder states + prosody, which takes the states of the ASR's own pass; "
                              "models/voice_emotion.npz = prosody only, no Whisper)", name="voice_model_path")
    gain_mode: str = setting("auto", "level calibration of the voice emotion head: auto (adapt to the session's "
                             "speech level) or fixed (apply gain_db)", choices=("auto", "fixed"))
    gain_db: float = setting(0.0, "gain applied before the voice emotion head when gain_mode is fixed, dB",
                             min_value=-60.0, max_value=60.0, live=True)


@dataclass
class MicSettings:
    """mic_perception's parameters (``nodes/mic_perception.py``)."""

    autostart: bool = setting(True, "configure and activate at start (false: wait for a lifecycle manager)")
    source: SourceConfig = group(SourceConfig)
    pipeline: PipelineConfig = group(PipelineConfig)
    asr: AsrConfig = group(AsrConfig)
    voice: VoiceCueConfig = group(VoiceCueConfig)
    robot: RobotSpeechConfig = group(RobotSpeechConfig)
    frame_id: str = setting("microphone", "frame_id of the published cues", live=True)
