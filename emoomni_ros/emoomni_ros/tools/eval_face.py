"""``eval face PATH``: facial-expression accuracy on a folder per label (FER2013 or CK+ folder names).

Images are read in grey. ``--face-crop`` chooses how a face is found in each image:
``whole`` classifies the whole image as one face (FER2013 and CK+48 are already-cropped faces),
``detect`` runs the Haar detector first and classifies the largest face (images with none fall
back to the whole image and are counted in ``faces_not_found``), ``auto`` (default) does ``whole``
for images up to ``CROPPED_MAX_SIDE`` px and ``detect`` for larger ones (full CK+ frames, photos).
CK+ contempt is outside the core labels and counts as skipped; an unknown folder name is an error.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import cv2

from emoomni_ros import labels
from emoomni_ros.perception.face.analyzer import FaceAnalyzer, FaceConfig, crop
from emoomni_ros.tools.metrics import EvalRun

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".pgm", ".ppm", ".tif", ".tiff", ".webp"}
CROPPED_MAX_SIDE = 96
CROP_MODES = ("auto", "detect", "whole")


def folder_label(name: str) -> str | None:
    """Core label of a FER2013 or CK+ folder name; None for CK+ contempt. Raises for anything else."""
    key = name.strip().lower()
    if key in labels.FER2013_TO_CORE:
        return labels.FER2013_TO_CORE[key]
    if key in labels.CKPLUS_TO_CORE:
        return labels.CKPLUS_TO_CORE[key]
    known = sorted(set(labels.FER2013_TO_CORE) | set(labels.CKPLUS_TO_CORE))
    raise labels.UnknownLabelError(f"folder {name!r} is not a FER2013 or CK+ label; expected folders named {known}")


def list_items(root: Path) -> tuple[list[tuple[Path, str]], int]:
    """(image, core label) pairs under ``root/<label>/`` and the number of skipped (contempt) images."""
    folders = sorted(p for p in Path(root).iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise FileNotFoundError(f"{root} has no label folders (expected e.g. {root}/happy/*.jpg)")
    items: list[tuple[Path, str]] = []
    skipped = 0
    for folder in folders:
        core = folder_label(folder.name)
        images = sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
        if core is None:
            skipped += len(images)
        else:
            items += [(p, core) for p in images]
    if not items:
        raise FileNotFoundError(f"no images under {root}/<label>/ ({sorted(IMAGE_SUFFIXES)})")
    return items, skipped


def evaluate(path: Path, options: argparse.Namespace | None = None, analyzer: FaceAnalyzer | None = None) -> EvalRun:
    """Classifies every image; ``options.limit`` > 0 takes a seeded random sample of that many."""
    mode = getattr(options, "face_crop", "auto") or "auto"
    if mode not in CROP_MODES:
        raise ValueError(f"face crop mode must be one of {CROP_MODES}, got {mode!r}")
    limit = int(getattr(options, "limit", 0) or 0)
    items, skipped = list_items(Path(path))
    if 0 < limit < len(items):
        items = random.Random(0).sample(items, limit)
    backend = getattr(options, "face_classifier", "") or FaceConfig.classifier
    analyzer = analyzer or FaceAnalyzer(FaceConfig(describe=False, classifier=backend))
    y_true, y_pred = [], []
    unreadable = not_found = detected = 0
    # The baseline in the same run: the same model without the mirrored view.
    baseline = bool(getattr(analyzer.classifier, "flip", False))
    no_flip_correct = 0
    seconds = 0.0
    for image_path, gold in items:
        gray = cv2.imread(str(image_path), cv2.IMREAD_GRAYSCALE)
        if gray is None or gray.size == 0:
            unreadable += 1
            continue
        start = time.perf_counter()
        face = gray
        if mode == "detect" or (mode == "auto" and max(gray.shape) > CROPPED_MAX_SIDE):
            boxes = analyzer.detector.detect(gray)
            if boxes:
                face = crop(gray, boxes[0], analyzer.config.crop_margin)
                detected += 1
            else:
                not_found += 1
        result = analyzer.classify_crop(face)
        seconds += time.perf_counter() - start
        y_true.append(gold)
        y_pred.append(result.label)
        if baseline:
            no_flip_correct += int(labels.top_label(analyzer.classifier.predict([face], flip=False)[0]) == gold)
    extra = {"classifier": analyzer.classifier.name, "face_crop": mode, "faces_detected": detected,
             "faces_not_found": not_found, "unreadable": unreadable}
    if baseline and y_true:
        extra["accuracy_without_flip"] = no_flip_correct / len(y_true)
    return EvalRun(y_true=y_true, y_pred=y_pred, skipped=skipped, seconds=seconds, extra=extra)
