"""Between the microphone and the pipeline (ROS-free): what the microphone hears while the robot
speaks. mic_perception feeds it the microphone blocks, the robot's own output (the reference) and
whether the robot is speaking; it hands the pipeline what is left of the microphone.

While the robot is heard (it says it is speaking, or stopped less than ``echo_tail_s`` ago, or its
output arrived less than ``echo_tail_s`` ago) and ``ignore_while_robot_speaks`` is set:
- with ``echo_gate`` and its output known, the echo gate (``echo.py``) replaces the robot's echo by
  silence and keeps a voice louder than it (barge-in);
- otherwise the block is discarded, and an utterance in progress is dropped.

The reference and the microphone travel on different topics, so the echo of a chunk can arrive
before the chunk itself: judged against the older (say, silent) playback, the echo would pass as a
voice. So while the robot speaks (or its output arrives before it says it speaks), a block that
ends after the newest reference is held until the reference covering it arrives, the robot stops,
or ``hold_s`` of audio waits behind it; held blocks leave in their order.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from emoomni_ros.perception.voice.echo import EchoGate, EchoGateConfig
from emoomni_ros.settings import group, setting

RATE = 16000


class Sink(Protocol):
    """What MicInput feeds (``MicPipeline`` is one)."""

    @property
    def speaking(self) -> bool: ...

    def push(self, samples: np.ndarray, stamp: float | None = None) -> None: ...

    def reset(self) -> None: ...


@dataclass
class RobotSpeechConfig:
    """What the microphone does while the robot speaks; every field is live."""

    ignore_while_robot_speaks: bool = setting(True, "discard microphone audio while emoomni/is_speaking is true "
                                              "(no echo of the robot's own voice); with echo_gate only the audio "
                                              "that is not louder than the echo", live=True)
    echo_gate: bool = setting(True, "while the robot speaks, keep the audio that is louder than the robot's own "
                              "output (emoomni/tts/audio) could make it, so a person can interrupt (barge-in); "
                              "without that reference audio, everything is discarded", live=True)
    echo_tail_s: float = setting(0.3, "keep ignoring this long after the robot stops, seconds", min_value=0.0,
                                 max_value=5.0, live=True)
    echo: EchoGateConfig = group(EchoGateConfig)
    hold_s: float = 0.5  # the longest a block waits for the reference covering it (audio seconds)


@dataclass
class _Block:
    samples: np.ndarray
    stamp: float | None  # as given to feed (None: continues the previous block)
    start: float  # time of the first sample
    end: float
    held: bool = False


class MicInput:
    """Thread-safe: the microphone, the reference and the robot's state may come from different
    threads. ``count(key, n)`` receives the counters (``audio_ignored_robot_speaking``,
    ``echo_blocks_suppressed``, ``voice_blocks_over_echo``, ``echo_blocks_held``)."""

    def __init__(self, config: RobotSpeechConfig | None = None, *, clock: Callable[[], float] = time.monotonic,
                 count: Callable[[str, int], None] = lambda key, n: None) -> None:
        self.config = config or RobotSpeechConfig()
        self.gate = EchoGate(self.config.echo)
        self.sink: Sink | None = None
        self._clock, self._count = clock, count
        self._speaking = False
        self._quiet_since = -float("inf")  # clock time the robot stopped speaking
        self._output_at = -float("inf")  # clock time its latest output arrived
        self._held: deque[_Block] = deque()
        self._lock = threading.RLock()

    def configure(self, config: RobotSpeechConfig) -> None:
        with self._lock:
            self.config = config
            self.gate.configure(config.echo)
            self._release()

    def attach(self, sink: Sink | None) -> None:
        """Where the microphone goes from now on (None: nowhere); held blocks are dropped."""
        with self._lock:
            self.sink = sink
            self._held.clear()

    # -- the robot -------------------------------------------------------------------------------

    def robot_speaking(self, speaking: bool) -> None:
        with self._lock:
            if self._speaking and not speaking:
                self._quiet_since = self._clock()
            self._speaking = bool(speaking)
            self._release()

    def robot_audio(self, samples: np.ndarray, sample_rate: int, start: float) -> None:
        """The robot's own output (the echo gate's reference), starting at ``start``."""
        with self._lock:
            if not self.config.echo_gate:
                return
            self._output_at = self._clock()
            self.gate.reference(samples, sample_rate, start)
            self._release()

    def _robot_talking(self) -> bool:
        """It says it speaks, or its output comes in before it says so (the two travel apart)."""
        return self._speaking or (self._output_at > self._quiet_since
                                  and self._clock() - self._output_at < self.config.echo_tail_s)

    @property
    def robot_heard(self) -> bool:
        now = self._clock()
        tail = self.config.echo_tail_s
        return self._speaking or now - self._quiet_since < tail or now - self._output_at < tail

    # -- the microphone --------------------------------------------------------------------------

    def feed(self, samples: np.ndarray, stamp: float | None, start: float) -> None:
        """A block of 16 kHz microphone audio; ``stamp`` as the pipeline takes it (None: it follows
        the previous block), ``start`` the time of its first sample (the reference's clock)."""
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        with self._lock:
            if self.sink is None:
                return
            self._held.append(_Block(samples, stamp, start, start + samples.size / RATE))
            self._release()

    @property
    def held(self) -> int:
        with self._lock:
            return len(self._held)

    def _release(self) -> None:
        """Passes on the held blocks that can be judged now, in order."""
        while self._held:
            block = self._held[0]
            if self._waits(block):
                if not block.held:
                    block.held = True
                    self._count("echo_blocks_held", 1)
                return
            self._held.popleft()
            self._pass(block)

    def _waits(self, block: _Block) -> bool:
        cfg = self.config
        if not (cfg.ignore_while_robot_speaks and cfg.echo_gate and self._robot_talking()):
            return False
        known = self.gate.reference_end
        if known is None or block.end <= known + 1e-3:  # (1 ms: stamps in nanoseconds, sums of floats)
            return False  # no output known yet (all is discarded), or the output covering it is
        return self._held[-1].end - block.start <= cfg.hold_s + 1e-6

    def _pass(self, block: _Block) -> None:
        sink = self.sink
        if sink is None:
            return
        samples = block.samples
        if self.config.ignore_while_robot_speaks and self.robot_heard:
            gated = self.gate(samples, block.start) if self.config.echo_gate else None
            if gated is None or not gated.reference:  # the robot's output is unknown: discard it all
                if sink.speaking:
                    sink.reset()
                self._count("audio_ignored_robot_speaking", 1)
                return
            self._count("echo_blocks_suppressed", gated.echo_blocks)
            self._count("voice_blocks_over_echo", gated.voice_blocks)
            samples = gated.samples
        sink.push(samples, block.stamp)
