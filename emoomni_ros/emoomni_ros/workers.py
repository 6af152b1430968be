"""The two bounded structures every node uses (ROS-free): a worker thread fed by a bounded queue
that drops the oldest waiting item when full, and a map of per-person state that forgets the person
heard from longest ago."""

from __future__ import annotations

import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
Item = TypeVar("Item")

_STOP = object()


class BoundedWorker(Generic[Item]):
    """Runs ``handle(item)`` on one thread for each submitted item, in order.

    At most ``maxsize`` items wait; submitting to a full queue drops the oldest waiting item (the
    latest matters most) and reports it through ``on_drop(item)``. An exception in ``handle`` goes
    to ``on_error(item, exc)`` and the worker goes on. ``block=True`` in ``submit`` waits for room
    instead (offline input that must not lose items)."""

    def __init__(self, name: str, handle: Callable[[Item], None], maxsize: int = 8, *,
                 on_drop: Callable[[Item], None] = lambda item: None,
                 on_error: Callable[[Item, Exception], None] | None = None) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be >= 1")
        self._handle, self._on_drop, self._on_error = handle, on_drop, on_error
        self._queue: queue.Queue = queue.Queue(maxsize=maxsize)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        return self._queue.qsize()

    def submit(self, item: Item, block: bool = False) -> None:
        if block:
            self._queue.put(item)
            return
        while True:
            try:
                self._queue.put_nowait(item)
                return
            except queue.Full:
                try:
                    old = self._queue.get_nowait()
                except queue.Empty:
                    continue
                if old is not _STOP:
                    self._on_drop(old)

    def clear(self) -> list[Item]:
        """Removes and returns the waiting items (not the one being handled)."""
        dropped = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return dropped
            if item is not _STOP:
                dropped.append(item)

    def stop(self, timeout_s: float | None = 2.0) -> None:
        """Finishes the item being handled, then ends; waiting items are dropped silently."""
        self.clear()
        try:
            self._queue.put_nowait(_STOP)
        except queue.Full:
            pass
        if timeout_s is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            try:
                self._handle(item)
            except Exception as exc:  # one bad item must not end the worker
                if self._on_error is None:
                    raise
                self._on_error(item, exc)


class RecentMap(Generic[K, V]):
    """Per-person state for at most ``capacity`` people: using a key makes it the most recent, and
    adding one more forgets the least recently used. Thread-safe."""

    def __init__(self, capacity: int = 32) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, default: V | None = None) -> V | None:
        with self._lock:
            if key not in self._items:
                return default
            self._items.move_to_end(key)
            return self._items[key]

    def peek(self, key: K, default: V | None = None) -> V | None:
        """The value without making the key the most recent."""
        with self._lock:
            return self._items.get(key, default)

    def set(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def setdefault(self, key: K, make: Callable[[], V]) -> V:
        """The value of ``key``, made with ``make()`` (and stored) when absent; most recent either way."""
        with self._lock:
            if key not in self._items:
                self._items[key] = make()
                while len(self._items) > self.capacity:
                    self._items.popitem(last=False)
            self._items.move_to_end(key)
            return self._items[key]

    def pop(self, key: K, default: V | None = None) -> V | None:
        with self._lock:
            return self._items.pop(key, default)

    def items(self) -> list[tuple[K, V]]:
        with self._lock:
            return list(self._items.items())

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[K]:
        return iter([k for k, _ in self.items()])
