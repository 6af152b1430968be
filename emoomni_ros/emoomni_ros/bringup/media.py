"""Input media for the bringup (ROS-free): still images, WAV files, video files through ffmpeg,
and the live camera and microphone, each failing with a clear ``MediaError``."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros.perception.voice import audio

SAMPLE_RATE = audio.TARGET_RATE


class MediaError(RuntimeError):
    """An input that cannot be used: missing file, unreadable media, no such device."""


def load_image(path: str | Path) -> np.ndarray:
    """A BGR uint8 image from any file OpenCV reads."""
    import cv2

    path = Path(path)
    if not path.is_file():
        raise MediaError(f"image file not found: {path}")
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None or image.size == 0:
        raise MediaError(f"cannot read an image from {path} (not an image OpenCV can decode)")
    return image


def load_speech(path: str | Path) -> np.ndarray:
    """A WAV (or any libsndfile format) as float32 mono at 16 kHz."""
    try:
        samples, _ = audio.load_wav(path, SAMPLE_RATE)
    except audio.AudioError as exc:
        raise MediaError(str(exc)) from None
    return samples


def activity_end_s(samples: np.ndarray, sample_rate: int = SAMPLE_RATE, frame_s: float = 0.02,
                   floor_db: float = -55.0, below_peak_db: float = 50.0) -> float:
    """Time (s) where the last frame louder than ``floor_db`` dBFS and than the peak frame minus
    ``below_peak_db`` ends: the end of the speech (final fricatives included) in a clean recording.
    0.0 for silence."""
    hop = max(1, int(frame_s * sample_rate))
    n = len(samples) // hop
    if n == 0:
        return 0.0
    frames = np.asarray(samples[: n * hop], dtype=np.float64).reshape(n, hop)
    level = 10 * np.log10(np.mean(frames * frames, axis=1) + 1e-12)
    threshold = max(floor_db, float(level.max()) - below_peak_db)
    loud = np.flatnonzero(level > threshold)
    return float((loud[-1] + 1) * hop / sample_rate) if loud.size else 0.0


def chunks(samples: np.ndarray, chunk_s: float = 0.02, sample_rate: int = SAMPLE_RATE) -> Iterator[np.ndarray]:
    size = max(1, int(round(chunk_s * sample_rate)))
    for start in range(0, len(samples), size):
        yield samples[start:start + size]


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    fps: float
    duration_s: float
    has_audio: bool


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise MediaError(f"{tool} is not installed (Debian package ffmpeg); it is needed to replay video files")
    return found


def probe_video(path: str | Path) -> VideoInfo:
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"video file not found: {path}")
    result = subprocess.run([_need("ffprobe"), "-v", "error", "-print_format", "json", "-show_streams",
                             "-show_format", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise MediaError(f"ffprobe cannot read {path}: {result.stderr.strip()[-300:]}")
    info = json.loads(result.stdout or "{}")
    streams = info.get("streams", [])
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    if video is None or int(video.get("width") or 0) <= 0 or int(video.get("height") or 0) <= 0:
        raise MediaError(f"{path} has no decodable video stream")
    num, _, den = str(video.get("avg_frame_rate") or video.get("r_frame_rate") or "0/1").partition("/")
    fps = float(num) / float(den or 1) if float(den or 1) else 0.0
    duration = float(info.get("format", {}).get("duration") or video.get("duration") or 0.0)
    return VideoInfo(int(video["width"]), int(video["height"]), fps if fps > 0 else 25.0, duration,
                     any(s.get("codec_type") == "audio" for s in streams))


def video_audio(path: str | Path) -> np.ndarray:
    """The audio track of a video as float32 mono 16 kHz (empty when there is none)."""
    result = subprocess.run([_need("ffmpeg"), "-v", "error", "-nostdin", "-i", str(path), "-vn", "-ac", "1",
                             "-ar", str(SAMPLE_RATE), "-f", "s16le", "-"], capture_output=True)
    if result.returncode != 0:
        raise MediaError(f"ffmpeg cannot decode the audio of {path}: {result.stderr.decode(errors='replace')[-300:]}")
    return np.frombuffer(result.stdout, dtype="<i2").astype(np.float32) / 32768.0


def video_frames(path: str | Path, info: VideoInfo) -> Iterator[np.ndarray]:
    """Decoded BGR frames, in order, as fast as ffmpeg decodes them (the player paces them)."""
    proc = subprocess.Popen([_need("ffmpeg"), "-v", "error", "-nostdin", "-i", str(path), "-an", "-f", "rawvideo",
                             "-pix_fmt", "bgr24", "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    size = info.width * info.height * 3
    try:
        assert proc.stdout is not None
        while True:
            data = proc.stdout.read(size)
            if len(data) < size:
                break
            yield np.frombuffer(data, dtype=np.uint8).reshape(info.height, info.width, 3)
    finally:
        proc.kill()
        proc.wait()


def open_camera(device: str | int):
    """An opened cv2.VideoCapture for a device index or path; MediaError when there is none."""
    import cv2

    target: str | int = int(device) if str(device).isdigit() else str(device)
    capture = cv2.VideoCapture(target)
    ok = capture.isOpened()
    frame = capture.read()[1] if ok else None
    if not ok or frame is None:
        capture.release()
        where = f"/dev/video{target}" if isinstance(target, int) else target
        raise MediaError(f"no camera at {where}: OpenCV could not open it or read a frame "
                         f"(check the device exists and is not busy, or pick another with --camera)")
    return capture


def check_microphone(device: str) -> str:
    """Checks that PyAudio sees the input device the microphone node will open (an index, part of a
    name, or '' / 'default'); returns its name, MediaError otherwise."""
    from emoomni_ros.perception.voice import sources

    try:
        _, name, _ = sources.pick_device(sources.list_input_devices(), device)
    except sources.SourceError as exc:
        raise MediaError(str(exc)) from None
    return name
