"""The settings of transcript_perception (``nodes/transcript_perception.py``), built from the analyzer's
``ReadingConfig`` (each default written once). The reading options and the two input switches
change while the node runs; the model, its threads and the queue are read-only (loaded at start)."""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.perception.text.analyzer import ReadingConfig
from emoomni_ros.settings import group, setting


@dataclass
class TranscriptSettings:
    head_path: str = setting("", "text-emotion head (.npz); empty: the bundled models/text_emotion.npz (MiniLM + "
                             "lexical + TF-IDF, MELD train)")
    reading: ReadingConfig = group(ReadingConfig)
    threads: int = setting(1, "CPU threads of the sentence encoder (0: the BLAS default); 1 leaves the other core "
                           "to ASR", min_value=0, max_value=64)
    analyze_partials: bool = setting(False, "also analyse partial transcripts (more CPU; their cues are replaced "
                                     "by the final one)", live=True)
    republish_text: bool = setting(True, "republish emoomni/text_in (std_msgs/String) as a final Transcript on "
                                   "emoomni/transcript (so the robot answers typed text)", live=True)
    queue_size: int = setting(8, "utterances waiting for analysis; the oldest is dropped beyond this",
                              min_value=1, max_value=1000)
