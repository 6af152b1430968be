"""What the TTS node speaks and in which order (ROS-free): one utterance at a time on one worker
thread, from a queue where instructions from the topic are capped and the oldest waiting one is
dropped when a newer one comes, while Say goals (their number is limited by the action server)
are never dropped. A new instruction may cut the current utterance (``interrupt_on_new``), and the
user starting to speak does (``barge_in``).

``workers.BoundedWorker`` drops the oldest of any waiting item and cannot cancel the item being
handled, so this queue keeps its own deque and condition.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.settings import setting

TOPIC, ACTION = "topic", "action"


@dataclass
class QueueSettings:
    """Which utterances wait and which are cut (all live: read on each instruction)."""

    queue_depth: int = setting(2, "instructions waiting to be spoken; the oldest waiting one is dropped when full",
                               min_value=1, max_value=50, live=True)
    interrupt_on_new: bool = setting(False, "a new instruction cuts the current utterance", live=True)
    barge_in: bool = setting(True, "stop speaking when emoomni/user_speaking turns true", live=True)


@dataclass
class Request:
    """One utterance to speak. ``cancel`` stops it (before or while it is spoken); ``done`` is set
    when the worker has finished with it, whatever the outcome."""

    instruction: SpeechInstruction
    source: str  # TOPIC (dropped when the queue is full) or ACTION (never dropped)
    received: float = field(default_factory=time.monotonic)
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    cancelled: bool = False  # set by the speaker when the utterance was cut


class SpeechQueue:
    """Runs ``speak(request)`` for each submitted request, one at a time, on a thread.

    ``on_drop(request)``: a waiting topic request replaced by a newer one. ``on_error(request, exc)``:
    ``speak`` raised (the worker goes on). ``on_idle()``: after a request when nothing waits.
    ``settings`` may be replaced at any time; the next call reads the new values."""

    def __init__(self, speak: Callable[[Request], None], settings: QueueSettings | None = None, *,
                 on_drop: Callable[[Request], None] = lambda request: None,
                 on_error: Callable[[Request, Exception], None] = lambda request, exc: None,
                 on_idle: Callable[[], None] = lambda: None, name: str = "tts_worker") -> None:
        self.settings = settings or QueueSettings()
        self._speak, self._on_drop, self._on_error, self._on_idle = speak, on_drop, on_error, on_idle
        self._pending: collections.deque[Request] = collections.deque()
        self._cond = threading.Condition()
        self._current: Request | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    @property
    def current(self) -> Request | None:
        with self._cond:
            return self._current

    @property
    def closing(self) -> bool:
        return self._closing

    def waiting(self, source: str | None = None) -> int:
        with self._cond:
            return sum(1 for r in self._pending if source is None or r.source == source)

    def submit(self, request: Request) -> None:
        dropped = []
        with self._cond:
            if request.source == TOPIC:
                waiting = [r for r in self._pending if r.source == TOPIC]
                while len(waiting) >= self.settings.queue_depth:
                    old = waiting.pop(0)
                    self._pending.remove(old)
                    dropped.append(old)
                if self.settings.interrupt_on_new and self._current is not None:
                    self._current.cancel.set()
            self._pending.append(request)
            self._cond.notify_all()
        for old in dropped:
            self._on_drop(old)

    def user_speaking(self, speaking: bool) -> Request | None:
        """Barge-in: the user started speaking, so the current utterance stops (when ``barge_in``).
        Returns the request it cut, or None."""
        if not speaking or not self.settings.barge_in:
            return None
        request = self.current
        if request is None or request.cancel.is_set():
            return None
        request.cancel.set()
        return request

    def shutdown(self) -> None:
        """Stops taking work and cuts the current utterance; does not wait (safe from ``speak``)."""
        with self._cond:
            self._closing = True
            if self._current is not None:
                self._current.cancel.set()
            self._cond.notify_all()

    def close(self, timeout_s: float = 5.0) -> None:
        """``shutdown``, then waits for the worker to end."""
        self.shutdown()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if self._closing:
                    return
                request = self._pending.popleft()
                self._current = request
            try:
                self._speak(request)
            except Exception as exc:  # never let one utterance kill the worker
                self._on_error(request, exc)
            finally:
                with self._cond:
                    self._current = None
                    idle = not self._pending and not self._closing
                request.done.set()
                if idle:
                    self._on_idle()
