"""``sensor_msgs/Image`` fields <-> numpy arrays, with validation (no cv_bridge, no rclpy).

``decode_bgr`` takes the plain message fields and returns an H x W x 3 uint8 BGR array, or raises
``ImageFormatError`` whose ``reason`` (``empty``, ``encoding``, ``size``) is the drop reason a node
counts. ``encode_bgr8`` gives the fields of a bgr8 image to publish.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# encoding -> (channels, conversion of the raw array to BGR; None: already BGR)
_ENCODINGS: dict[str, tuple[int, int | None]] = {
    "bgr8": (3, None),
    "rgb8": (3, cv2.COLOR_RGB2BGR),
    "mono8": (1, cv2.COLOR_GRAY2BGR),
    "bgra8": (4, cv2.COLOR_BGRA2BGR),
    "rgba8": (4, cv2.COLOR_RGBA2BGR),
}
SUPPORTED_ENCODINGS: tuple[str, ...] = tuple(_ENCODINGS)
MAX_SIDE = 8192  # larger frames are refused rather than allocated


class ImageFormatError(ValueError):
    """An image that cannot be decoded; ``reason`` is a short drop-counter key."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class EncodedImage:
    """The fields of a ``sensor_msgs/Image``."""

    height: int
    width: int
    encoding: str
    step: int
    data: bytes
    is_bigendian: int = 0


def decode_bgr(encoding: str, height: int, width: int, step: int, data: bytes | bytearray | memoryview,
               is_bigendian: int = 0) -> np.ndarray:
    """The image as a new H x W x 3 uint8 BGR array; raises ImageFormatError for anything malformed.

    Rows may be padded (``step`` > width * channels); the padding is skipped. 8-bit encodings have
    no byte order, so ``is_bigendian`` is accepted either way.
    """
    if height <= 0 or width <= 0 or len(data) == 0:
        raise ImageFormatError("empty", f"empty image ({width}x{height}, {len(data)} bytes)")
    if encoding not in _ENCODINGS:
        raise ImageFormatError("encoding", f"unsupported encoding {encoding!r}; supported: {list(SUPPORTED_ENCODINGS)}")
    if height > MAX_SIDE or width > MAX_SIDE:
        raise ImageFormatError("size", f"{width}x{height} exceeds the {MAX_SIDE} px limit")
    channels, conversion = _ENCODINGS[encoding]
    row_bytes = width * channels
    if step < row_bytes:
        raise ImageFormatError("size", f"step {step} is smaller than width*channels = {row_bytes} for {encoding}")
    if len(data) != step * height:
        raise ImageFormatError("size", f"{len(data)} bytes, expected step*height = {step}*{height} = {step * height}")
    rows = np.frombuffer(data, dtype=np.uint8).reshape(height, step)
    pixels = rows[:, :row_bytes].reshape(height, width, channels)
    if conversion is None:
        return np.ascontiguousarray(pixels).copy()
    if channels == 1:
        return cv2.cvtColor(np.ascontiguousarray(pixels[:, :, 0]), conversion)
    return cv2.cvtColor(np.ascontiguousarray(pixels), conversion)


def encode_bgr8(image: np.ndarray) -> EncodedImage:
    """An H x W x 3 (or H x W gray) uint8 array -> bgr8 image fields."""
    image = np.asarray(image)
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 image, got {image.dtype}")
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"expected H x W x 3 BGR, got shape {image.shape}")
    height, width = image.shape[:2]
    return EncodedImage(height=height, width=width, encoding="bgr8", step=width * 3,
                        data=np.ascontiguousarray(image).tobytes())


def encode(image_bgr: np.ndarray, encoding: str) -> EncodedImage:
    """A BGR uint8 array -> the fields of an image in any supported ``encoding`` (tests, tools)."""
    if encoding not in _ENCODINGS:
        raise ValueError(f"unsupported encoding {encoding!r}; supported: {list(SUPPORTED_ENCODINGS)}")
    image = np.asarray(image_bgr, dtype=np.uint8)
    converted = {
        "bgr8": lambda: image,
        "rgb8": lambda: cv2.cvtColor(image, cv2.COLOR_BGR2RGB),
        "mono8": lambda: cv2.cvtColor(image, cv2.COLOR_BGR2GRAY),
        "bgra8": lambda: cv2.cvtColor(image, cv2.COLOR_BGR2BGRA),
        "rgba8": lambda: cv2.cvtColor(image, cv2.COLOR_BGR2RGBA),
    }[encoding]()
    height, width = converted.shape[:2]
    channels = _ENCODINGS[encoding][0]
    return EncodedImage(height=height, width=width, encoding=encoding, step=width * channels,
                        data=np.ascontiguousarray(converted).tobytes())
