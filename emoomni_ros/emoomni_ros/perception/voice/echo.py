"""Echo gating: while the robot speaks, its microphone hears the robot. Discarding all of that
audio (``ignore_while_robot_speaks`` alone) also discards the person who interrupts it, so
barge-in could never work. The robot's own output is known (the TTS node publishes it), so the
echo a microphone block can hold is bounded by the playback level around that time: a block is
the person's voice when it is louder than that echo by a margin, and is replaced by silence
otherwise (the VAD's timeline stays continuous).

Echo level = coupling x the loudest playback block heard at that time: a block played up to
``window_s`` before counts fully (the speaker-to-microphone latency), an older one fades at
60 dB per ``reverb_s`` (the room's reverberation). A block in a short gap between two known
outputs (``lost_gap_s``: the robot's output is one continuous timeline while it speaks, so the
gap is a chunk lost in transit) has no known level: it is removed, never taken for a voice (the
echo of a lost loud chunk after a pause would pass otherwise). The coupling (microphone level per
playback level) is measured while the robot speaks (``_update``); it starts at
``initial_coupling`` (conservative: nothing quieter than the playback itself passes until it is
measured) and is kept between replies. Plain Python: no ROS.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

import numpy as np

from emoomni_ros.settings import setting

BLOCK_S = 0.032  # the VAD's block: decisions are made per 32 ms


@dataclass
class EchoGateConfig:
    margin_db: float = setting(6.0, "while the robot speaks, how much louder than the expected echo of its own "
                               "output a voice must be to be heard, dB", min_value=0.0, max_value=40.0, live=True,
                               name="echo_margin_db")
    window_s: float = setting(0.5, "the robot's output can still be heard at full level this long after it was "
                              "played (speaker-to-microphone delay), seconds; older output fades over reverb_s",
                              min_value=0.0, max_value=3.0, live=True, name="echo_window_s")
    reverb_s: float = 0.3  # after that its echo fades by 60 dB over this long
    initial_coupling: float = 1.0  # echo level / playback level before it is measured
    quantile: float = 0.9  # of the recent blocks' level ratios: the coupling
    rise_db_per_s: float = 1.0  # the coupling rises at most this fast (it falls at once)
    min_blocks: int = 10  # echo blocks needed before the measured coupling is used
    history_s: float = 5.0  # echo ratios kept for the estimate
    silence_rms: float = 1e-4  # playback below this is silence (no echo to expect)
    lost_gap_s: float = 0.5  # a gap this short between two known outputs is output lost in transit

    def __post_init__(self) -> None:
        if not 0 <= self.margin_db <= 60 or self.window_s < 0 or self.reverb_s <= 0 or self.initial_coupling <= 0:
            raise ValueError(f"invalid echo gate settings: {self}")


@dataclass
class GateResult:
    samples: np.ndarray  # the input with echo blocks replaced by silence
    voice_blocks: int  # blocks louder than the echo (the person)
    echo_blocks: int  # blocks replaced by silence
    reference: bool  # whether the robot's output was known around this audio


class EchoGate:
    """Thread-safe: the reference and the microphone may come from different threads."""

    def __init__(self, config: EchoGateConfig | None = None):
        self.config = config or EchoGateConfig()
        self.coupling = self.config.initial_coupling
        self._ref: deque[tuple[float, float, float]] = deque(maxlen=4096)  # (start, end, rms)
        self._ratios: deque[tuple[float, float]] = deque(maxlen=1024)  # (time, mic level / playback level)
        self._updated: float | None = None
        self._latest_end: float | None = None
        self._lock = threading.Lock()

    def configure(self, config: EchoGateConfig) -> None:
        """New margin and window from the next block on; the measured coupling is kept."""
        with self._lock:
            self.config = config

    @property
    def reference_end(self) -> float | None:
        """End time of the latest robot output known (None: none yet)."""
        with self._lock:
            return self._latest_end

    def reference(self, samples: np.ndarray, sample_rate: int, start: float) -> None:
        """The robot's own output (one chunk as published, any rate), starting at ``start``."""
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        step = max(1, int(round(BLOCK_S * sample_rate)))
        with self._lock:
            for i in range(0, max(samples.size, 1), step):
                block = samples[i : i + step]
                rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64)))) if block.size else 0.0
                t0 = start + i / sample_rate
                t1 = t0 + max(block.size, 1) / sample_rate
                self._ref.append((t0, t1, rms))
                self._latest_end = t1 if self._latest_end is None else max(self._latest_end, t1)

    def _expected(self, start: float, end: float) -> float | None:
        """The loudest playback that can be heard in [start, end] (None: no playback known then)."""
        full = start - self.config.window_s
        lo = full - self.config.reverb_s
        levels = [rms * 10.0 ** (-3.0 * max(0.0, full - e) / self.config.reverb_s)
                  for s, e, rms in self._ref if e >= lo and s <= end]
        return max(levels) if levels else None

    def _lost(self, start: float, end: float) -> bool:
        """Whether [start, end] lies in a short gap between two known outputs (output lost)."""
        before, after = -float("inf"), float("inf")
        for s, e, _ in self._ref:
            if s < end - 1e-6 and e > start + 1e-6:
                return False  # (1 us: stamps in nanoseconds, sums of floats)
            if e <= start + 1e-6:
                before = max(before, e)
            else:
                after = min(after, s)
        return after - before <= self.config.lost_gap_s

    def __call__(self, samples: np.ndarray, start: float, sample_rate: int = 16000) -> GateResult:
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        out = samples.copy()
        step = max(1, int(round(BLOCK_S * sample_rate)))
        factor = 10.0 ** (self.config.margin_db / 20.0)
        voice = echo = 0
        known = False
        with self._lock:
            while self._ref and self._ref[0][1] < start - self.config.window_s - self.config.reverb_s - 5.0:
                self._ref.popleft()
            for i in range(0, samples.size, step):
                block = samples[i : i + step]
                t0 = start + i / sample_rate
                t1 = t0 + block.size / sample_rate
                playback = self._expected(t0, t1)
                if playback is None:
                    continue
                known = True
                if self._lost(t0, t1):  # the robot's output here was lost: assume it is echo
                    echo += 1
                    out[i : i + step] = 0.0
                    continue
                if playback < self.config.silence_rms:
                    continue  # the robot is silent here: nothing to remove
                level = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
                self._ratios.append((t0, level / playback))
                if level > self.coupling * playback * factor:
                    voice += 1
                    continue
                echo += 1
                out[i : i + step] = 0.0
            self._update(start)
        return GateResult(out, voice, echo, known)

    def _update(self, now: float) -> None:
        """Coupling -> a high quantile of mic level / playback level over the recent blocks (the
        loudest regular echo). It falls at once and rises at most ``rise_db_per_s``: a person
        speaking over the robot raises the ratios, and barge-in ends the robot's speech well
        before their voice can lift the estimate by the margin; a louder speaker volume is
        learnt within seconds."""
        while self._ratios and self._ratios[0][0] < now - self.config.history_s:
            self._ratios.popleft()
        elapsed = max(0.0, now - self._updated) if self._updated is not None else 0.0
        self._updated = now
        if len(self._ratios) < self.config.min_blocks:
            return
        target = max(float(np.quantile([r for _, r in self._ratios], self.config.quantile)), 1e-4)
        if target <= self.coupling:
            self.coupling = target
        else:
            self.coupling = min(target, self.coupling * 10.0 ** (self.config.rise_db_per_s * elapsed / 20.0))

    @property
    def coupling_db(self) -> float:
        return float(20.0 * np.log10(self.coupling))
