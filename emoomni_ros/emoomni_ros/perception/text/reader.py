"""Transcripts -> text cues, as the transcript node runs it (ROS-free): one worker thread reads the
utterances in order from a bounded queue (when it is full the oldest waiting one is dropped), each
with its speaker's earlier final utterances as context; the speakers heard from longest ago are
forgotten beyond ``speakers``.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Cue, Transcript
from emoomni_ros.perception.text.analyzer import MAX_CONTEXT_TURNS, EmptyTextError, TextAnalyzer
from emoomni_ros.workers import BoundedWorker, RecentMap

SPEAKERS = 32  # speakers whose context is remembered


@dataclass
class _Job:
    transcript: Transcript
    stamp: float


class SpeakerContext:
    """Each speaker's last final utterances (at most MAX_CONTEXT_TURNS; the analyzer takes as many
    of them as its ``context_turns`` says), for at most ``speakers`` speakers. Thread-safe."""

    def __init__(self, speakers: int = SPEAKERS) -> None:
        self._turns: RecentMap[str, deque[str]] = RecentMap(speakers)
        self._lock = threading.Lock()

    def earlier(self, person: str) -> list[str]:
        with self._lock:
            return list(self._turns.peek(person, ()))

    def remember(self, person: str, text: str) -> None:
        with self._lock:
            self._turns.setdefault(person, lambda: deque(maxlen=MAX_CONTEXT_TURNS)).append(text)

    def __len__(self) -> int:
        return len(self._turns)


class TranscriptReader:
    """``submit(transcript, stamp)`` queues an utterance; the worker calls ``on_cue(cue, transcript,
    ms)`` with the reading and its compute time, or ``on_drop(reason, detail)`` (reasons: empty,
    queue_full, analysis_error). The analyzer is used by the worker thread only, except for
    ``configure`` (attribute changes read per utterance)."""

    def __init__(self, analyzer: TextAnalyzer, queue_size: int = 8, *, speakers: int = SPEAKERS,
                 on_cue: Callable[[Cue, Transcript, float], None] = lambda cue, transcript, ms: None,
                 on_drop: Callable[[str, str], None] = lambda reason, detail: None) -> None:
        self.analyzer = analyzer
        self.context = SpeakerContext(speakers)
        self.on_cue, self.on_drop = on_cue, on_drop
        self._worker: BoundedWorker[_Job] = BoundedWorker(
            "text_worker", self._handle, queue_size,
            on_drop=lambda job: on_drop("queue_full", f"utterance {job.transcript.utterance_id!r} was not analysed "
                                        "in time"),
            on_error=lambda job, exc: on_drop("analysis_error", f"{type(exc).__name__}: {exc}"))

    def submit(self, transcript: Transcript, stamp: float) -> bool:
        """Queues an utterance (False, dropped as empty, when it has no words)."""
        if not transcript.text.strip():
            self.on_drop("empty", f"utterance {transcript.utterance_id!r} has no words")
            return False
        self._worker.submit(_Job(transcript, stamp))
        return True

    @property
    def waiting(self) -> int:
        return self._worker.waiting

    def read(self, transcript: Transcript, stamp: float) -> Cue:
        """Reads one utterance now with its speaker's context (and remembers it when final)."""
        person = transcript.person_id or ANONYMOUS_SPEAKER
        cue = self.analyzer.analyze(transcript.text, context=self.context.earlier(person),
                                    utterance_id=transcript.utterance_id, stamp=stamp, person_id=person,
                                    language=transcript.language, window_start=transcript.window_start)
        cue.window_end = transcript.window_end or stamp
        if transcript.is_final and self.analyzer.context_turns > 0:
            self.context.remember(person, transcript.text)
        return cue

    def _handle(self, job: _Job) -> None:
        start = time.perf_counter()
        try:
            cue = self.read(job.transcript, job.stamp)
        except EmptyTextError as exc:
            self.on_drop("empty", f"utterance {job.transcript.utterance_id!r}: {exc}")
            return
        self.on_cue(cue, job.transcript, (time.perf_counter() - start) * 1000.0)

    def stop(self, timeout_s: float | None = 2.0) -> None:
        self._worker.stop(timeout_s)
