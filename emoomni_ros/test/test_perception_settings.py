"""The settings of mic_perception and transcript_perception (no ROS): every parameter name the
profiles, launch files and users know is kept, the CPU profile holds no other default, and the
live/read-only split is the one the nodes can honour."""

from __future__ import annotations

import pytest

from emoomni_ros import graph, settings
from emoomni_ros.perception.text.settings import TranscriptSettings
from emoomni_ros.perception.voice.settings import MicSettings

MIC = {"autostart", "source", "device", "file_path", "realtime", "loop_file", "block_ms", "vad_threshold",
       "vad_neg_threshold", "min_speech_s", "min_silence_s", "speech_pad_s", "max_utterance_s", "asr_enabled",
       "asr_model_path", "asr_device", "asr_compute_type", "asr_beam_size", "asr_threads", "asr_language",
       "asr_window_pad_s", "early_asr", "endpointing", "shortest_pause_s", "longest_pause_s", "finished_p",
       "publish_partial", "partial_interval_s", "voice_model_path", "gain_mode",
       "gain_db", "ignore_while_robot_speaks", "echo_gate", "echo_margin_db", "echo_window_s", "echo_tail_s",
       "queue_depth", "person_id", "frame_id"}
MIC_READ_ONLY = {"autostart", "source", "device", "file_path", "realtime", "loop_file", "block_ms", "asr_enabled",
                 "asr_model_path", "asr_device", "asr_compute_type", "asr_beam_size", "asr_threads",
                 "asr_language", "asr_window_pad_s", "voice_model_path", "gain_mode", "queue_depth"}
TEXT = {"head_path", "context_turns", "max_chars", "hedge_confidence", "english_only_penalty", "threads",
        "analyze_partials", "republish_text", "queue_size"}
TEXT_READ_ONLY = {"head_path", "threads", "queue_size"}


@pytest.mark.parametrize("cls, node, names, read_only", [
    (MicSettings, "mic_perception", MIC, MIC_READ_ONLY),
    (TranscriptSettings, "transcript_perception", TEXT, TEXT_READ_ONLY),
])
def test_names_defaults_and_live_split(cls, node, names, read_only):
    params = {p.name: p for p in settings.parameters(cls)}
    assert set(params) == names
    assert {n for n, p in params.items() if not p.spec.live} == read_only
    assert all(p.spec.description for p in params.values())
    profile = graph.profile_sections("cpu").get(node, {})  # overrides only (test_profiles.py)
    for name, value in profile.items():
        assert params[name].default == value and type(params[name].default) is type(value), name
    settings.build(cls)  # the defaults pass the dataclasses' own checks
