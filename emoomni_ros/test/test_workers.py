"""workers.py: the bounded worker and the per-person map every node uses (no ROS)."""

from __future__ import annotations

import threading

from emoomni_ros.workers import BoundedWorker, RecentMap


def test_a_full_worker_drops_the_oldest_waiting_item_and_reports_it():
    release, started, finished = threading.Event(), threading.Event(), threading.Event()
    handled, dropped = [], []

    def handle(item):
        if item == 0:
            started.set()
            release.wait(5)
        handled.append(item)
        if item == 5:
            finished.set()

    worker = BoundedWorker("test", handle, maxsize=2, on_drop=dropped.append)
    worker.submit(0)
    assert started.wait(5)  # item 0 is being handled, the queue is empty
    for item in (1, 2, 3, 4):
        worker.submit(item)
    assert dropped == [1, 2] and worker.waiting == 2
    worker.submit(5)  # drops 3
    release.set()
    assert finished.wait(5)
    worker.stop()
    assert dropped == [1, 2, 3] and handled == [0, 4, 5]


def test_a_failing_item_is_reported_and_the_worker_goes_on():
    errors, handled = [], []
    finished = threading.Event()

    def handle(item):
        if item == "bad":
            raise ValueError("malformed")
        handled.append(item)
        if item == "last":
            finished.set()

    worker = BoundedWorker("test", handle, maxsize=8, on_error=lambda item, exc: errors.append((item, str(exc))))
    for item in ("a", "bad", "last"):
        worker.submit(item, block=True)
    assert finished.wait(5)
    worker.stop()
    assert handled == ["a", "last"] and errors == [("bad", "malformed")]


def test_recent_map_forgets_the_person_heard_from_longest_ago():
    people = RecentMap(capacity=2)
    people.set("ann", 1)
    people.set("bob", 2)
    assert people.get("ann") == 1  # ann is now the most recent
    people.set("cat", 3)
    assert "bob" not in people and list(people) == ["ann", "cat"]
    assert people.setdefault("dan", lambda: []) == [] and len(people) == 2 and "ann" not in people
    assert people.peek("cat") == 3 and people.pop("cat") == 3 and people.get("cat", "gone") == "gone"
