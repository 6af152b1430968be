"""Microphone-side audio sources (ROS-free): a WAV file (real time or as fast as possible) and a
PyAudio input device. Both give 16 kHz mono float32 blocks; ``open()`` raises SourceError with the
reason (file unreadable, no input device, no device matching the name) so a node can fail its
configuration cleanly. The third source, an ``AudioChunk`` topic, lives in the node.
``SourceConfig`` is the source part of mic_perception's settings; ``capture`` reads a source until
it ends or is stopped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros.perception.voice import audio
from emoomni_ros.settings import setting

RATE = audio.TARGET_RATE
SOURCES = ("topic", "file", "device")


class SourceError(RuntimeError):
    """An audio source that cannot be opened or read (the message says why)."""


class FileSource:
    """Blocks of a WAV file, paced at playback speed when ``realtime``; ``loop`` repeats it."""

    def __init__(self, path: str | Path, realtime: bool = True, block_s: float = 0.032, loop: bool = False,
                 trailing_silence_s: float = 1.0) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self.block = max(1, int(round(block_s * RATE)))
        self.loop = loop
        self.trailing = int(trailing_silence_s * RATE)
        self.name = f"file:{self.path.name}"
        self._samples: np.ndarray | None = None
        self._pos = 0
        self._played = 0
        self._t0 = 0.0

    def open(self) -> None:
        if not str(self.path) or str(self.path) == ".":
            raise SourceError("source is 'file' but file_path is empty")
        try:
            samples, _ = audio.load_wav(self.path)
        except audio.AudioError as exc:
            raise SourceError(str(exc)) from None
        # A microphone never stops: silence after the speech lets the VAD see the utterance end.
        self._samples = np.concatenate([samples, np.zeros(self.trailing, dtype=np.float32)])
        self._pos = 0
        self._played = 0
        self._t0 = time.monotonic()

    @property
    def duration_s(self) -> float:
        return 0.0 if self._samples is None else self._samples.size / RATE

    def read(self) -> np.ndarray | None:
        """The next block (None at the end of the file when not looping)."""
        if self._samples is None:
            raise SourceError("source not open")
        if self._pos >= self._samples.size:
            if not self.loop:
                return None
            self._pos = 0
        if self._played == 0:  # pace from the first read, not from open()
            self._t0 = time.monotonic()
        block = self._samples[self._pos : self._pos + self.block]
        self._pos += block.size
        self._played += block.size
        if self.realtime:
            # Return a block once it has "been recorded": at the time of its last sample since open().
            delay = self._t0 + self._played / RATE - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return block

    def close(self) -> None:
        self._samples = None


def list_input_devices() -> list[tuple[int, str, int]]:
    """(index, name, default rate) of every PortAudio input device."""
    pa = _pyaudio().PyAudio()
    try:
        return _inputs(pa)
    finally:
        pa.terminate()


def _pyaudio():
    try:
        import pyaudio
    except ImportError:
        raise SourceError("pyaudio is not installed (pip install pyaudio==0.2.14; needs Debian portaudio19-dev)"
                          ) from None
    return pyaudio


def _inputs(pa) -> list[tuple[int, str, int]]:
    out = []
    for i in range(pa.get_device_count()):
        info = pa.get_device_info_by_index(i)
        if int(info.get("maxInputChannels", 0)) > 0:
            out.append((i, str(info.get("name", i)), int(info.get("defaultSampleRate", RATE))))
    return out


def pick_device(inputs: list[tuple[int, str, int]], device: str, default_index: int | None = None
                ) -> tuple[int, str, int]:
    """The input device for ``device``: '' or 'default', an index, or part of a device name."""
    if not inputs:
        raise SourceError("no audio input device found (PortAudio lists none); check the microphone, "
                          "or use source:=file or source:=topic")
    device = device.strip()
    if device in ("", "default"):
        for entry in inputs:
            if entry[0] == default_index:
                return entry
        return inputs[0]
    listing = ", ".join(f"{i}: {name}" for i, name, _ in inputs)
    if device.lstrip("-").isdigit():
        for entry in inputs:
            if entry[0] == int(device):
                return entry
        raise SourceError(f"no audio input device with index {device}; inputs are {listing}")
    for entry in inputs:
        if device.lower() in entry[1].lower():
            return entry
    raise SourceError(f"no audio input device named like {device!r}; inputs are {listing}")


class DeviceSource:
    """A PyAudio input stream (16-bit, mono), resampled to 16 kHz."""

    def __init__(self, device: str = "default", block_s: float = 0.032) -> None:
        self.device = device
        self.block_s = block_s
        self.name = f"device:{device or 'default'}"
        self._pa = None
        self._stream = None
        self._rate = RATE

    def open(self) -> None:
        pyaudio = _pyaudio()
        pa = pyaudio.PyAudio()
        try:
            try:
                default_index = int(pa.get_default_input_device_info()["index"])
            except (OSError, KeyError, ValueError):
                default_index = None
            index, name, default_rate = pick_device(_inputs(pa), self.device, default_index)
            rate = RATE
            try:
                pa.is_format_supported(RATE, input_device=index, input_channels=1, input_format=pyaudio.paInt16)
            except ValueError:
                rate = default_rate
            frames = max(1, int(round(self.block_s * rate)))
            stream = pa.open(format=pyaudio.paInt16, channels=1, rate=rate, input=True, input_device_index=index,
                             frames_per_buffer=frames)
        except SourceError:
            pa.terminate()
            raise
        except Exception as exc:  # PortAudio reports busy or unsupported devices as OSError/ValueError
            pa.terminate()
            raise SourceError(f"cannot open audio input device {self.device!r}: {exc}") from None
        self._pa, self._stream, self._rate, self._frames = pa, stream, rate, frames
        self._resampler = audio.StreamResampler(rate, RATE)
        self.name = f"device:{index}:{name}@{rate}Hz"

    def read(self) -> np.ndarray | None:
        if self._stream is None:
            raise SourceError("source not open")
        try:
            data = self._stream.read(self._frames, exception_on_overflow=False)
        except OSError as exc:
            raise SourceError(f"audio input failed: {exc}") from None
        return self._resampler(np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0)

    def close(self) -> None:
        if self._stream is not None:
            try:
                self._stream.stop_stream()
                self._stream.close()
            finally:
                self._pa.terminate()
        self._stream = self._pa = None


def create(kind: str, *, device: str = "default", file_path: str = "", realtime: bool = True,
           loop: bool = False, block_s: float = 0.032) -> FileSource | DeviceSource:
    if kind == "file":
        return FileSource(file_path, realtime=realtime, block_s=block_s, loop=loop)
    if kind == "device":
        return DeviceSource(device, block_s=block_s)
    raise SourceError(f"unknown audio source {kind!r}; expected device, file or topic")


@dataclass
class SourceConfig:
    """Where mic_perception's audio comes from. Read-only while the node runs: a peer on the DDS domain
    must not point the microphone at a local file (set them at start)."""

    source: str = setting("topic", "audio source: topic (AudioChunk on emoomni/audio_in), file (file_path) or "
                          "device (a PyAudio input device); `run --live` and the launch argument audio_source set "
                          "it", choices=SOURCES)
    device: str = setting("default", "input device for source=device: 'default', an index, or part of its name")
    file_path: str = setting("", "WAV (or any libsndfile format) for source=file")
    realtime: bool = setting(True, "source=file: play at recording speed (false: as fast as possible, waiting for "
                             "the models instead of dropping utterances)")
    loop_file: bool = setting(False, "source=file: start over at the end")
    block_ms: int = setting(32, "source=file/device: samples per read, milliseconds", min_value=10, max_value=1000)

    @property
    def offline(self) -> bool:
        """A file read as fast as possible: the pipeline waits for the models instead of dropping."""
        return self.source == "file" and not self.realtime

    def create(self) -> FileSource | DeviceSource | None:
        """The source, not yet open (None for the topic, which the node feeds)."""
        if self.source == "topic":
            return None
        return create(self.source, device=str(self.device), file_path=self.file_path, realtime=self.realtime,
                      loop=self.loop_file, block_s=self.block_ms / 1000.0)


def capture(source: FileSource | DeviceSource, feed: Callable[[np.ndarray, float], None],
            now: Callable[[], float], running: threading.Event) -> bool:
    """Reads ``source`` and hands each block with the time of its first sample to ``feed`` while
    ``running`` is set. A device's blocks are stamped when read (``now`` minus their length); a file's
    follow one another from the start, and a file read faster than real time (not looping) is
    stamped as just recorded, so its clock does not run ahead of everyone else's (fusion drops cues
    stamped in the future). True at the end of the file, False when stopped; SourceError when the
    source fails."""
    stamp = now()
    if isinstance(source, FileSource) and not source.realtime and not source.loop:
        stamp -= source.duration_s
    while running.is_set():
        block = source.read()
        if block is None:
            return True
        if isinstance(source, DeviceSource):
            stamp = now() - block.size / RATE
        feed(block, stamp)
        stamp += block.size / RATE
    return False
