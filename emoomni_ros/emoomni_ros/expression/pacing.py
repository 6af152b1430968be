"""An utterance's audio cut into chunks and sent at playback speed (ROS-free).

The expressive_tts node drives one ``Pacer`` per utterance: for each synthesised ``tts.Segment`` it
publishes the chunks ``pacer.chunks(segment)`` yields, then sends ``closing_chunk()`` (an empty final
chunk when the utterance was cut short, so listeners know it ended) and waits ``wait_played()``.

The pacer cuts ``chunk_ms`` chunks, stops at ``max_speech_s`` of audio (``capped``) or when ``cancel``
is set, and, with ``realtime``, holds each chunk until ``lead_ms`` before its playback time, so that
"speaking" spans the audio and a cancel or barge-in cuts what has not been played. An output device
that plays the audio paces itself (``device_paces``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from emoomni_ros.expression.tts import Segment
from emoomni_ros.settings import setting


@dataclass
class PacingSettings:
    """How speech leaves the node; read at the start of each utterance (all live)."""

    chunk_ms: int = setting(100, "duration of one AudioChunk, milliseconds", min_value=10, max_value=1000, live=True)
    max_speech_s: float = setting(60.0, "longest speech of one reply, seconds; the rest is cut (a 1,000-digit text "
                                  "was 86 s of speech)", min_value=1.0, max_value=3600.0, live=True)
    realtime: bool = setting(True, "publish chunks at playback speed (is_speaking then spans the audio); an output "
                             "device paces playback itself", live=True)
    lead_ms: int = setting(200, "how far ahead of playback chunks are published in realtime mode",
                           min_value=0, max_value=5000, live=True)


@dataclass(frozen=True)
class Chunk:
    samples: np.ndarray  # float32 mono
    sequence: int  # 0, 1, ... within the utterance
    offset_s: float  # audio sent before this chunk, seconds (its stamp relative to the first chunk)
    final: bool  # the last chunk of the utterance


class Pacer:
    """Chunks and real-time pacing of one utterance.

    A chunk counts as sent once the caller asks for the next one (or ends the loop normally);
    breaking out of ``chunks`` (a failed publish) leaves it uncounted. ``wait`` waits up to its
    argument in seconds or until cancelled (default ``cancel.wait``); tests pass a fake one with
    a fake ``clock``."""

    def __init__(self, sample_rate: int, settings: PacingSettings | None = None,
                 cancel: threading.Event | None = None, *, device_paces: bool = False,
                 clock: Callable[[], float] = time.monotonic, wait: Callable[[float], object] | None = None) -> None:
        self.sample_rate = int(sample_rate)
        self.settings = settings or PacingSettings()
        self.cancel = cancel or threading.Event()
        self.paced = self.settings.realtime and not device_paces
        self.step = max(1, int(self.sample_rate * self.settings.chunk_ms / 1000))
        self._clock = clock
        self._wait = wait or self.cancel.wait
        self.started_at: float | None = None  # clock() when the first chunk was handed out
        self.audio_s = 0.0  # audio sent so far
        self.sequence = 0  # chunks sent so far
        self.capped = False  # stopped at max_speech_s
        self.closed = False  # the final chunk was sent

    @property
    def stopped(self) -> bool:
        """Cancelled or capped: the caller stops synthesising."""
        return self.capped or self.cancel.is_set()

    def chunks(self, segment: Segment) -> Iterator[Chunk]:
        """The chunks of one segment, each when it is due."""
        audio = segment.audio
        for offset in range(0, max(audio.size, 1), self.step):
            if self.cancel.is_set():
                return
            if self.audio_s + 0.5 / self.sample_rate >= self.settings.max_speech_s:  # (float sums of chunks)
                self.capped = True
                return
            samples = audio[offset : offset + self.step]
            final = segment.last and offset + self.step >= audio.size
            if self.started_at is None:
                self.started_at = self._clock()
            elif self.paced:
                self._wait(max(0.0, self.started_at + self.audio_s - self.settings.lead_ms / 1000.0 - self._clock()))
                if self.cancel.is_set():
                    return
            yield Chunk(samples, self.sequence, self.audio_s, final)
            self.closed = final
            self.sequence += 1
            self.audio_s += samples.size / self.sample_rate

    def closing_chunk(self) -> Chunk | None:
        """An empty final chunk when chunks were sent but not the final one (cancelled, capped, failed)."""
        if not self.sequence or self.closed:
            return None
        return Chunk(np.zeros(0, dtype=np.float32), self.sequence, self.audio_s, True)

    def wait_played(self) -> None:
        """With pacing, waits until the sent audio has played (or the utterance is cancelled)."""
        if self.started_at is not None and self.paced:
            self._wait(max(0.0, self.started_at + self.audio_s - self._clock()))
