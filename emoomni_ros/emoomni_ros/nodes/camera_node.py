"""camera_perception: faces in camera frames -> one EmotionCue per face per processed frame.

In: ``camera/image_raw`` (sensor_msgs/Image; bgr8, rgb8, mono8, bgra8, rgba8; sensor-data QoS). Only
the latest frame is kept and processed at ``processing_rate`` Hz on a timer of its own, so a slow
frame never queues the camera up. Out: ``emoomni/cues/face`` (EmotionCue, person_id ``face_<n>``),
``emoomni/debug_image`` (bgr8 with boxes, ids, labels, confidence; only while someone subscribes),
``/diagnostics``. Malformed frames (other encodings, size/step mismatch, empty) are dropped and
counted (``dropped_encoding``, ``dropped_size``, ``dropped_empty``). The science is in
``perception/face/analyzer.py``; the Image conversion in ``nodes/image_codec.py`` (no cv_bridge).
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
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, OK, SENSOR_QOS, Diagnostics, declare, now_s, run
from emoomni_ros.perception.face.analyzer import CLASSIFIERS, FaceAnalyzer, FaceConfig, draw_debug


class CameraNode(Node):
    def __init__(self) -> None:
        super().__init__("camera_perception")
        rate = declare(self, "processing_rate", 10.0, "frames analysed per second (the latest frame each time; "
                       "frames in between are skipped)", read_only=True, min_value=0.1, max_value=120.0)
        defaults = FaceConfig()
        config = FaceConfig(
            min_face_size=declare(self, "min_face_size", defaults.min_face_size, "smallest face side to detect (px)",
                                  read_only=True, min_value=8, max_value=4096),
            detect_width=declare(self, "detect_width", defaults.detect_width, "frames are scaled down to this width "
                                 "for face detection (px; smaller is faster, misses small faces)", read_only=True,
                                 min_value=64, max_value=4096),
            scale_factor=declare(self, "scale_factor", defaults.scale_factor, "Haar cascade scale step",
                                 read_only=True, min_value=1.01, max_value=2.0),
            min_neighbors=declare(self, "min_neighbors", defaults.min_neighbors, "Haar cascade neighbours needed "
                                  "(higher: fewer false faces, more missed faces)", read_only=True, min_value=1,
                                  max_value=50),
            max_faces=declare(self, "max_faces", defaults.max_faces, "faces analysed per frame (largest first)",
                              read_only=True, min_value=1, max_value=50),
            full_detect_every=declare(self, "full_detect_every", defaults.full_detect_every, "search the whole frame "
                                      "every N processed frames; in between, tracked faces are searched near their "
                                      "last box (1: whole frame every time)", read_only=True, min_value=1,
                                      max_value=1000),
            crop_margin=declare(self, "crop_margin", defaults.crop_margin, "face box growth on each side before "
                                "classification (fraction of its size)", read_only=True, min_value=-0.25,
                                max_value=1.0),
            classifier=declare(self, "classifier", defaults.classifier, "expression backend; one of "
                               f"{sorted(CLASSIFIERS)}", read_only=True),
            flip=declare(self, "flip", defaults.flip, "average the expression with the mirrored face's",
                         read_only=True),
            describe=declare(self, "describe_evidence", defaults.describe, "add smile/eye cascade evidence to the "
                             "cues (about 3-6 ms per face)", read_only=True),
            tracker_iou=declare(self, "tracker_iou", defaults.tracker_iou, "IoU that links a face to its track",
                                read_only=True, min_value=0.01, max_value=1.0),
            tracker_max_missed=declare(self, "tracker_max_missed", defaults.tracker_max_missed, "processed frames "
                                       "a face may be missing before its id is dropped", read_only=True, min_value=0,
                                       max_value=1000),
            num_threads=declare(self, "num_threads", defaults.num_threads, "threads of the expression model",
                                read_only=True, min_value=1, max_value=16),
        )
        self.publish_debug = declare(self, "publish_debug_image", True, "publish emoomni/debug_image (only while "
                                     "it has subscribers)", read_only=True)
        self.diagnostics = Diagnostics(self)
        try:
            self.analyzer = FaceAnalyzer(config)
        except (OSError, ValueError, RuntimeError, ImportError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the face pipeline: {exc}")
            raise RuntimeError(f"cannot load the face pipeline: {exc}") from exc
        self.diagnostics.set_value("classifier", self.analyzer.classifier.name)
        self._lock = threading.Lock()
        self._latest: tuple[np.ndarray, float, str] | None = None
        self._processed_times: list[float] = []
        self.cue_pub = self.create_publisher(EmotionCue, "emoomni/cues/face", EVENT_QOS)
        self.debug_pub = self.create_publisher(Image, "emoomni/debug_image", SENSOR_QOS)
        self.create_subscription(Image, "camera/image_raw", self.on_image, SENSOR_QOS,
                                 callback_group=MutuallyExclusiveCallbackGroup())
        self.create_timer(1.0 / rate, self.on_tick, callback_group=MutuallyExclusiveCallbackGroup())
        self.diagnostics.set_status(OK, "waiting for frames on camera/image_raw")

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
            results = self.analyzer.analyze(frame, stamp)
        except Exception as exc:  # a bad frame or a backend fault must not stop the node
            self.diagnostics.drop("analysis_error", f"{type(exc).__name__}: {exc}")
            return
        for result in results:
            self.cue_pub.publish(convert.cue_to_msg(result.to_cue(), frame_id))
        if self.publish_debug and self.debug_pub.get_subscription_count() > 0:
            self.debug_pub.publish(self._debug_msg(draw_debug(frame, results), stamp, frame_id))
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
