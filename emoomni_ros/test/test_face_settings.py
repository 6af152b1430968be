"""camera_perception's parameters come from CameraSettings/FaceConfig (one description and range
each, defaults = the CPU profile), and the live ones reconfigure a running FaceAnalyzer from the
next frame. No ROS."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest

from emoomni_ros import graph, settings
from emoomni_ros.perception.face.analyzer import FaceAnalyzer, FaceConfig
from emoomni_ros.perception.face.settings import CameraSettings

DEMO_FACE = Path(__file__).resolve().parents[1] / "emoomni_ros" / "data" / "demo_face.png"
NAMES = ["processing_rate", "publish_debug_image", "debug_image_width", "min_face_size", "detect_width",
         "scale_factor", "min_neighbors", "max_faces", "full_detect_every", "crop_margin", "classifier", "flip",
         "describe_evidence", "tracker_iou", "tracker_max_missed", "num_threads"]


def demo_frame() -> np.ndarray:
    photo = cv2.resize(cv2.imread(str(DEMO_FACE), cv2.IMREAD_COLOR), (400, 400), interpolation=cv2.INTER_LINEAR)
    frame = np.full((480, 640, 3), 90, np.uint8)
    frame[40:440, 120:520] = photo
    return frame


def test_every_parameter_keeps_its_name_and_the_profile_default():
    params = {p.name: p for p in settings.parameters(CameraSettings)}
    assert sorted(params) == sorted(NAMES)
    assert graph.node("camera_perception").settings_class() is CameraSettings
    assert {n for n, p in params.items() if not p.spec.live} == {"classifier", "num_threads"}
    assert all(p.spec.description for p in params.values())
    for name, value in graph.profile_sections("cpu").get("camera_perception", {}).items():
        assert params[name].default == value, name


def test_a_value_out_of_range_or_choices_is_refused():
    with pytest.raises(ValueError, match="not one of"):
        settings.build(CameraSettings, {"classifier": "nope"})
    with pytest.raises(ValueError, match="below"):
        settings.build(CameraSettings, {"tracker_iou": 0.0})
    with pytest.raises(ValueError, match="full_detect_every"):
        FaceConfig(full_detect_every=0)


def test_live_settings_reconfigure_a_running_analyzer():
    analyzer = FaceAnalyzer(FaceConfig())
    frame = demo_frame()
    first = analyzer.analyze(frame, 1.0)
    assert len(first) == 1 and any("smile" in e for e in first[0].evidence)

    current = CameraSettings()
    quiet = settings.replace(current, {"describe_evidence": False, "flip": False, "tracker_max_missed": 0,
                                       "full_detect_every": 1})
    analyzer.reconfigure(quiet.face)
    plain = analyzer.analyze(frame, 2.0)
    assert len(plain) == 1 and plain[0].face_id == first[0].face_id  # tracks are kept
    assert not any("smile" in e for e in plain[0].evidence) and analyzer.classifier.flip is False
    assert analyzer.last_detection == "full_frame" and analyzer.tracker.max_missed == 0

    blind = settings.replace(quiet, {"min_face_size": 4096})
    analyzer.reconfigure(blind.face)
    assert analyzer.analyze(frame, 3.0) == []  # no face that large
    analyzer.reconfigure(quiet.face)
    again = analyzer.analyze(frame, 4.0)
    assert len(again) == 1 and again[0].face_id != first[0].face_id  # the track ended after 0 missed frames


def test_what_is_loaded_once_cannot_change_while_running():
    analyzer = FaceAnalyzer(FaceConfig())
    with pytest.raises(ValueError, match="num_threads is loaded once"):
        analyzer.reconfigure(dataclasses.replace(analyzer.config, num_threads=2))
    assert analyzer.config.num_threads == 1
