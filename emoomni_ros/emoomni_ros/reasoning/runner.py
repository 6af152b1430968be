"""The work of the ``ecot_reasoning`` node without ROS: its jobs (an utterance to answer, from a
transcript or an action goal), the one worker thread that answers them in order from a bounded queue
(``workers.BoundedWorker``: a new job beyond ``queue_size`` drops the oldest waiting one), the
request each is answered with (the chosen affect, the person's recent turns, the live settings), the
history it leaves, and the scheduler that retries loading a backend that failed to load.

A retry runs on the worker thread between jobs, never while the engine reasons, once
``load_retry_s`` has passed since the last attempt and no job waits.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from emoomni_ros.datatypes import AffectState, Reasoning
from emoomni_ros.reasoning import situation
from emoomni_ros.reasoning.affect_select import AffectBook, History
from emoomni_ros.reasoning.base import Cancelled, Outcome, ReasoningEngine, ReasoningRequest
from emoomni_ros.reasoning.settings import ReasoningSettings
from emoomni_ros.workers import BoundedWorker


@dataclass
class Job:
    transcript_text: str
    utterance_id: str
    person_id: str
    arrived: float  # monotonic
    window_start: float = 0.0
    spoken: bool = False  # the transcript has an audio window (typed text has none), so a voice cue may come
    affect: AffectState | None = None  # given by an action goal
    from_action: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    stages: queue.Queue = field(default_factory=lambda: queue.Queue(maxsize=256))
    result: Reasoning | None = None
    error: str = ""

    def on_stage(self, stage: str, partial: str) -> None:
        """Feedback for an action goal (best effort: a full queue loses it)."""
        if self.from_action:
            try:
                self.stages.put_nowait((stage, partial))
            except queue.Full:
                pass

    def finish(self, cancelled: bool = False) -> None:
        if cancelled:
            self.cancel.set()
        self.done.set()


class LoadRetry:
    """When to try loading a failed backend again: ``interval_s`` after the last attempt (the first
    counts from construction); ``interval_s`` 0 never (only a reconfigure loads again). The interval
    may change at any time."""

    def __init__(self, interval_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval_s = float(interval_s)
        self._clock = clock
        self.last = clock()

    def wait_s(self) -> float | None:
        """Seconds until the next attempt is due (0 when due); None when retries are off."""
        if self.interval_s <= 0:
            return None
        return max(0.0, self.last + self.interval_s - self._clock())

    def due(self) -> bool:
        return self.wait_s() == 0.0

    def tried(self) -> None:
        self.last = self._clock()


_RETRY = object()  # a worker item: try loading the backend again
_DRAIN = object()  # a worker item: every job before it is done


class Runner:
    """Answers jobs with ``engine`` on one worker thread.

    ``expected_cues(job)``: the modalities whose cue for the job's utterance may still come (the
    node knows who publishes); ``on_result(job, result, outcome)`` once a job is answered (not for
    a cancelled one); ``on_drop(job)`` for a job dropped from a full queue; ``on_error(job, text)``
    when answering raised; ``on_retry(loaded)`` after each load retry; ``count(name)`` for the
    counters ``truncated_utterances`` and ``cancelled``. ``settings`` may be replaced at any time
    (``apply``); each job reads the current ones."""

    def __init__(self, engine: ReasoningEngine, settings: ReasoningSettings, affects: AffectBook, *,
                 expected_cues: Callable[[Job], set[str]] = lambda job: set(),
                 on_result: Callable[[Job, Reasoning, Outcome], None] = lambda job, result, outcome: None,
                 on_drop: Callable[[Job], None] = lambda job: None,
                 on_error: Callable[[Job, str], None] = lambda job, error: None,
                 on_retry: Callable[[bool], None] = lambda loaded: None,
                 count: Callable[[str], None] = lambda name: None) -> None:
        self.engine, self.settings, self.affects = engine, settings, affects
        self.history = History()
        self.retry = LoadRetry(settings.load_retry_s)
        self._expected_cues, self._on_result, self._on_drop = expected_cues, on_result, on_drop
        self._on_error, self._on_retry, self._count = on_error, on_retry, count
        self._engine_lock = threading.Lock()
        self._current: Job | None = None
        self._drained = threading.Event()
        self._stopping = threading.Event()
        self._worker: BoundedWorker = BoundedWorker("ecot_worker", self._handle, settings.queue_size,
                                                    on_drop=self._dropped)
        self._timer = threading.Thread(target=self._schedule, name="ecot_retry", daemon=True)
        self._timer.start()

    # -- settings -------------------------------------------------------------------------------------
    def apply(self, settings: ReasoningSettings) -> None:
        """New settings while running (the live ones take effect; the read-only ones are the same)."""
        self.settings = settings
        self.retry.interval_s = settings.load_retry_s
        self.engine.set_timeout(settings.options.llm.timeout_s)

    # -- jobs -----------------------------------------------------------------------------------------
    @property
    def waiting(self) -> int:
        return self._worker.waiting

    def submit(self, job: Job) -> None:
        self._worker.submit(job)

    def _dropped(self, item: object) -> None:
        if isinstance(item, Job):
            item.error = "dropped: the queue was full"
            item.finish()
            self._on_drop(item)

    def _handle(self, item: object) -> None:
        if item is _DRAIN:
            self._drained.set()
            return
        if item is _RETRY:
            self._retry_load()
            return
        job: Job = item  # type: ignore[assignment]
        self._current = job
        try:
            job.result = self.answer(job)
        except Exception as exc:  # a failed job is reported; the worker keeps serving
            job.error = f"{type(exc).__name__}: {exc}"
            self._on_error(job, job.error)
        finally:
            self._current = None
            job.done.set()

    def request(self, job: Job) -> ReasoningRequest:
        """The request ``job`` is answered with, by the current settings."""
        s = self.settings
        if job.affect is None:  # while the utterance's cues come in, its words are encoded for the reading
            situation.prepare(job.transcript_text[: s.max_utterance_chars])
        affect = job.affect or self.affects.select(job.person_id, job.utterance_id, self._expected_cues(job),
                                                   s.affect_wait_s, s.affect_max_age_s)
        return ReasoningRequest.make(job.transcript_text, affect, self.history.recent(job.person_id, s.history_turns),
                                     job.utterance_id, job.person_id, max_chars=s.max_utterance_chars,
                                     crisis_resources=s.crisis_resources, emergency_number=s.emergency_number,
                                     history_turns=s.history_turns)

    def answer(self, job: Job) -> Reasoning | None:
        """Answers ``job`` (on the calling thread); None when it was cancelled. The answer goes into
        the person's history and to ``on_result``."""
        if job.cancel.is_set():
            return None
        request = self.request(job)
        if request.truncated:
            self._count("truncated_utterances")
        with self._engine_lock:
            try:
                result = self.engine.reason(request, job.on_stage, job.cancel.is_set)
            except Cancelled:
                self._count("cancelled")
                return None
            outcome = self.engine.last
        if job.cancel.is_set():  # finished, but the caller no longer wants it
            self._count("cancelled")
            return None
        result.total_ms = (time.monotonic() - job.arrived) * 1000.0
        self.history.record(result.person_id, result.utterance, result.response)
        self._on_result(job, result, outcome)
        return result

    # -- load retries ---------------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Hands the worker a retry when one is due, the backend is still unloaded and no job waits."""
        while not self._stopping.wait(0.2):
            if not self.engine.load_error:
                self.retry.tried()  # nothing to retry: the interval counts from when it is needed
                continue
            if self.retry.due() and self._worker.waiting == 0 and self._current is None:
                self.retry.tried()
                self._worker.submit(_RETRY)

    def _retry_load(self) -> None:
        if not self.engine.load_error:
            return
        with self._engine_lock:
            loaded = self.engine.retry_load()
        self.retry.tried()
        self._on_retry(loaded)

    # -- stopping -------------------------------------------------------------------------------------
    def cancel_all(self) -> None:
        """Cancels the running job and every waiting one (each ends as cancelled)."""
        running = self._current
        if running is not None:
            running.cancel.set()
        for item in self._worker.clear():
            if isinstance(item, Job):
                item.finish(cancelled=True)

    def stop(self, cancel: bool = False, timeout_s: float = 60.0) -> bool:
        """Stops the worker after the waiting jobs (``cancel``: cancelling them and the running one);
        True when it finished within ``timeout_s``. The engine stays open (``close``)."""
        self._stopping.set()
        if cancel:
            self.cancel_all()
        self._drained.clear()
        self._worker.submit(_DRAIN, block=True)
        finished = self._drained.wait(timeout_s)
        self._worker.stop(timeout_s=5.0 if finished else 0.0)
        for item in self._worker.clear():  # only when it did not finish in time
            if isinstance(item, Job):
                item.finish(cancelled=True)
        return finished

    def close(self) -> None:
        with self._engine_lock:
            self.engine.close()
