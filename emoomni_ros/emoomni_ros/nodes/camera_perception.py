"""camera_perception: faces in camera frames -> one EmotionCue per face per processed frame.

In: ``camera/image_raw`` (sensor_msgs/Image; bgr8, rgb8, mono8, bgra8, rgba8; sensor-data QoS). Only
the latest frame is kept and processed at ``processing_rate`` Hz on a timer of its own, so a slow
frame never queues the camera up. Out: ``emoomni/cues/face`` (EmotionCue, person_id ``face_<n>``),
``emoomni/debug_image`` (bgr8 with boxes, ids, labels, confidence, scaled to ``debug_image_width``;
only while someone subscribes),
``/diagnostics``. Malformed frames (other encodings, size/step mismatch, empty) are dropped and
counted (``dropped_encoding``, ``dropped_size``, ``dropped_empty``). The science is in
``perception/face/analyzer.py``; the parameters ``perception/face/settings.py`` (live but for
``classifier`` and ``num_threads``); the Image conversion in ``nodes/image_codec.py`` (no cv_bridge).
"""

from __future__ import annotations

import threading
import time

import numpy as np
from rclpy.callback_groups import MutuallyExclusiveCallbackGroup
from rclpy.node import Node
from sensor_msgs.msg import Image

from emoomni_msgs.msg import EmotionCue
from emoomni_ros.nodes import convert, image_codec
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, OK, SENSOR_QOS, Diagnostics, now_s, run
from emoomni_ros.nodes.params import NodeSettings
from emoomni_ros.perception.face.analyzer import FaceAnalyzer, draw_debug
from emoomni_ros.perception.face.settings import CameraSettings


class CameraNode(Node):
    def __init__(self) -> None:
        super().__init__("camera_perception")
        self.settings = NodeSettings(self, CameraSettings, apply=self.apply)
        self.diagnostics = Diagnostics(self)
        try:
            self.analyzer = FaceAnalyzer(self.settings.value.face)
        except (OSError, ValueError, RuntimeError, ImportError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the face pipeline: {exc}")
            raise RuntimeError(f"cannot load the face pipeline: {exc}") from exc
        self.diagnostics.set_value("classifier", self.analyzer.classifier.name)
        self._lock = threading.Lock()
        self._analyzing = threading.Lock()  # a live reconfiguration waits for the frame being analysed
        self._latest: tuple[np.ndarray, float, str] | None = None
        self._processed_times: list[float] = []
        self.cue_pub = self.create_publisher(EmotionCue, "emoomni/cues/face", EVENT_QOS)
        self.debug_pub = self.create_publisher(Image, "emoomni/debug_image", SENSOR_QOS)
        self.create_subscription(Image, "camera/image_raw", self.on_image, SENSOR_QOS,
                                 callback_group=MutuallyExclusiveCallbackGroup())
        self.timer = self.create_timer(1.0 / self.settings.value.processing_rate, self.on_tick,
                                       callback_group=MutuallyExclusiveCallbackGroup())
        self.diagnostics.set_status(OK, "waiting for frames on camera/image_raw")

    def apply(self, new: CameraSettings) -> None:
        """Live parameters: the face pipeline's (from the next frame) and the processing rate."""
        with self._analyzing:
            self.analyzer.reconfigure(new.face)  # ValueError: refused with its reason
        self.timer.timer_period_ns = int(1e9 / new.processing_rate)

    def on_image(self, msg: Image) -> None:
        self.diagnostics.count("frames_received")
        try:
            frame = image_codec.decode_bgr(msg.encoding, msg.height, msg.width, msg.step, msg.data, msg.is_bigendian)
        except image_codec.ImageFormatError as exc:
            self.diagnostics.drop(exc.reason, str(exc))
            return
        stamp = convert.from_time(msg.header.stamp) or now_s(self)
        with self._lock:
            if self._latest is not None:
                self.diagnostics.count("frames_skipped")
            self._latest = (frame, stamp, msg.header.frame_id)

    def on_tick(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None:
            return
        frame, stamp, frame_id = latest
        try:
            with self._analyzing:
                results = self.analyzer.analyze(frame, stamp)
        except Exception as exc:  # a bad frame or a backend fault must not stop the node
            self.diagnostics.drop("analysis_error", f"{type(exc).__name__}: {exc}")
            return
        for result in results:
            self.cue_pub.publish(convert.cue_to_msg(result.to_cue(), frame_id))
        if self.settings.value.publish_debug_image and self.debug_pub.get_subscription_count() > 0:
            annotated = draw_debug(frame, results, self.settings.value.debug_image_width)
            self.debug_pub.publish(self._debug_msg(annotated, stamp, frame_id))
        self._report(len(results))

    def _debug_msg(self, image: np.ndarray, stamp: float, frame_id: str) -> Image:
        fields = image_codec.encode_bgr8(image)
        msg = Image()
        msg.header.stamp = convert.to_time(stamp)
        msg.header.frame_id = frame_id
        msg.height, msg.width, msg.encoding, msg.step = fields.height, fields.width, fields.encoding, fields.step
        msg.is_bigendian = 0
        msg.data = fields.data
        return msg

    def _report(self, faces: int) -> None:
        now = time.monotonic()
        self._processed_times = [t for t in self._processed_times if now - t < 5.0] + [now]
        d = self.diagnostics
        d.count("frames_processed")
        d.count("face_cues_published", faces)
        d.set_value("faces_in_last_frame", faces)
        d.set_value("faces_tracked", len(self.analyzer.tracker.tracks))
        d.set_value("detection", self.analyzer.last_detection)
        times = self._processed_times
        fps = (len(times) - 1) / max(times[-1] - times[0], 1e-6) if len(times) > 1 else 0.0
        d.set_value("processed_fps", f"{fps:.1f}")
        for stage, ms in self.analyzer.timings_ms.items():
            d.set_value(f"{stage}_ms", f"{ms:.2f}")
        d.set_status(OK, f"{faces} face(s) in the last frame")


def main(args: list[str] | None = None) -> int:
    return run(CameraNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
