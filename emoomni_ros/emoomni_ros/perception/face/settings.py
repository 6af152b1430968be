"""camera_perception's parameters (ROS-free): its frame rate and debug image, and the face pipeline's
own settings (``FaceConfig`` in ``analyzer.py``, one parameter per field with a description).

Live: ``processing_rate`` (the node changes its timer period), ``publish_debug_image`` and every
detection, tracking, cropping and evidence setting (``FaceAnalyzer.reconfigure``, from the next
frame). Read-only: ``classifier`` and ``num_threads`` (the model is loaded once).
"""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.perception.face.analyzer import FaceConfig
from emoomni_ros.settings import group, setting


@dataclass
class CameraSettings:
    processing_rate: float = setting(10.0, "frames analysed per second (the latest frame each time; frames in "
                                     "between are skipped). Haar detection + the expression CNN measured ~70 fps on "
                                     "one CPU core: 10 Hz leaves the CPU to ASR and TTS", min_value=0.1,
                                     max_value=120.0, live=True)
    publish_debug_image: bool = setting(True, "publish emoomni/debug_image (only while it has subscribers)",
                                        live=True)
    # A 640x480 BGR frame is 0.9 MB: over best-effort DDS it goes in UDP fragments (too big for the
    # shared-memory segment) and a busy reader that loses one fragment loses the whole image.
    debug_image_width: int = setting(320, "width of emoomni/debug_image, px: the annotated frame is scaled down to "
                                     "it, keeping its aspect (0 = the frame's own size)", min_value=0, max_value=4096,
                                     live=True)
    face: FaceConfig = group(FaceConfig)
