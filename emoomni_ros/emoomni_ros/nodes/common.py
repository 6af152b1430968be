"""What every EmoOmni node shares: /diagnostics at 1 Hz with drop counters, QoS profiles, lifecycle
autostart and a ``main`` that shuts down cleanly (parameters: ``nodes/params.py``)."""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import threading
import time
import traceback
import weakref
from collections import Counter
from collections.abc import Callable
from typing import Any

import rclpy
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus, KeyValue
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.node import Node
from rclpy.qos import (
    DurabilityPolicy,
    HistoryPolicy,
    QoSProfile,
    ReliabilityPolicy,
    qos_profile_sensor_data,
)

from emoomni_ros.openai_client import read_secret  # noqa: F401 (a node's way to read a key file)

# Camera frames and microphone chunks: best effort, only the latest matters.
SENSOR_QOS = qos_profile_sensor_data
LATEST_ONLY_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.BEST_EFFORT)
# Cues, affect, reasoning, instructions: reliable, a short queue.
EVENT_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=10, reliability=ReliabilityPolicy.RELIABLE)
# Last value for late joiners (e.g. is_speaking).
LATCHED_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.RELIABLE,
                         durability=DurabilityPolicy.TRANSIENT_LOCAL)

OK, WARN, ERROR = DiagnosticStatus.OK, DiagnosticStatus.WARN, DiagnosticStatus.ERROR


_DIAGNOSTICS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # node -> its Diagnostics


class Diagnostics:
    """Status and counters of one node, published on /diagnostics once a second.

    ``drop(reason, detail)`` is the one way a node discards bad input: it counts the drop under
    ``dropped_<reason>``, logs a throttled warning and turns the status to WARN for a while.
    """

    WARN_HOLD_S = 5.0

    def __init__(self, node: Node, hardware_id: str = "emoomni", period_s: float = 1.0):
        self._node = node
        self._hardware_id = hardware_id
        self._lock = threading.Lock()
        self.counters: Counter[str] = Counter()
        self.values: dict[str, str] = {}
        self._level = OK
        self._message = "starting"
        self._last_drop: tuple[float, str] | None = None
        self._pub = node.create_publisher(DiagnosticArray, "/diagnostics", 10)
        self._timer = node.create_timer(period_s, self.publish)
        _DIAGNOSTICS[node] = self

    def set_status(self, level: bytes | int, message: str) -> None:
        if isinstance(level, int):  # DiagnosticStatus.level is a byte field: 0 would fail at publish time
            level = bytes([level])
        with self._lock:
            self._level, self._message = level, message

    def count(self, key: str, n: int = 1) -> None:
        with self._lock:
            self.counters[key] += n

    def set_value(self, key: str, value: Any) -> None:
        with self._lock:
            self.values[key] = str(value)

    def fault(self, detail: str) -> None:
        """A callback raised an unexpected exception (``run`` caught it and the node kept running):
        counted under ``callback_errors``, last one in ``last_callback_error``, WARN for a while."""
        with self._lock:
            self.counters["callback_errors"] += 1
            self.values["last_callback_error"] = detail[:300]
            self._last_drop = (time.monotonic(), f"callback error: {detail[:200]}")

    def drop(self, reason: str, detail: str) -> None:
        with self._lock:
            self.counters[f"dropped_{reason}"] += 1
            self._last_drop = (time.monotonic(), f"dropped ({reason}): {detail}")
        self._node.get_logger().warning(f"dropped input ({reason}): {detail}", throttle_duration_sec=2.0)

    def status(self) -> DiagnosticStatus:
        with self._lock:
            level, message = self._level, self._message
            if self._last_drop and time.monotonic() - self._last_drop[0] < self.WARN_HOLD_S and level == OK:
                level, message = WARN, self._last_drop[1]
            values = [KeyValue(key=k, value=str(v)) for k, v in sorted(self.counters.items())]
            values += [KeyValue(key=k, value=v) for k, v in sorted(self.values.items())]
        return DiagnosticStatus(level=level, name=f"emoomni: {self._node.get_name()}", message=message,
                                hardware_id=self._hardware_id, values=values)

    def publish(self) -> None:
        array = DiagnosticArray()
        array.header.stamp = self._node.get_clock().now().to_msg()
        array.status = [self.status()]
        self._pub.publish(array)


def now_s(node: Node) -> float:
    return node.get_clock().now().nanoseconds * 1e-9


def call_service(client: Any, request: Any, attempts: int = 8, per_try_s: float = 5.0) -> Any:
    """The response of a service whose node is spun elsewhere. ``wait_for_service`` sees the
    server's request side only; a first request can go out before the server's reply writer has
    matched this client (seen on loaded CI machines) and is never answered, so an unanswered call
    is withdrawn and made again."""
    for _ in range(attempts):
        future = client.call_async(request)
        done = threading.Event()
        future.add_done_callback(lambda _, done=done: done.set())
        if done.wait(per_try_s) and future.result() is not None:
            return future.result()
        client.remove_pending_request(future)
    raise TimeoutError(f"{client.srv_name} did not answer {attempts} calls of {per_try_s:g} s")


def guard_transitions(node: Any) -> None:
    """Makes a lifecycle node's ``change_state`` service refuse (success false) a transition its
    current state does not offer, instead of raising RCLError from the service callback, which ended
    the process (ChangeState "configure" on an active node: FATAL, exit 1; ros2/rclpy#1209). Any
    other exception of the transition is answered the same way. Refusals are logged and counted in
    /diagnostics (``refused_transitions``, ``last_refused_transition``)."""
    service = node._service_change_state
    change_state = service.callback

    def guarded(request: Any, response: Any) -> Any:
        state = node._state_machine.current_state[1]
        wanted = request.transition.label or str(request.transition.id)
        offered = node._state_machine.available_transitions  # (id, label, start id, start, goal id, goal)
        if request.transition.label:
            known = any(t[1] == request.transition.label for t in offered)
        else:
            known = any(t[0] == request.transition.id for t in offered)
        reason = "" if known else f"not a transition of state '{state}' (offered: {', '.join(t[1] for t in offered)})"
        if known:
            try:
                return change_state(request, response)
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
        node.get_logger().warning(f"refused lifecycle transition '{wanted}' in state '{state}': {reason}")
        diagnostics = diagnostics_of(node)
        if diagnostics is not None:
            diagnostics.count("refused_transitions")
            diagnostics.set_value("last_refused_transition", f"{wanted} in {state}: {reason}"[:300])
        response.success = False
        return response

    service.callback = guarded


def autostart_lifecycle(node: Any) -> None:
    """Configures and activates a lifecycle node whose ``autostart`` parameter is true (the bringup
    and the launch files rely on it; a lifecycle manager can set it false and drive the node)."""
    if not node.get_parameter("autostart").value:
        return
    from rclpy.lifecycle import TransitionCallbackReturn

    if node.trigger_configure() == TransitionCallbackReturn.SUCCESS:
        node.trigger_activate()
    else:
        node.get_logger().error("configure failed; the node stays unconfigured (see /diagnostics)")


def diagnostics_of(node: Any) -> Diagnostics | None:
    """The Diagnostics made for ``node`` (None if it has none)."""
    return _DIAGNOSTICS.get(node)


def spin(node: Node, executor: Any) -> None:
    """Spins until shutdown. An exception that escapes a callback (a bug, or input no check
    foresaw) does not end the process: rclpy re-raises it from ``spin``, so it is logged with its
    traceback (throttled), counted in /diagnostics (``callback_errors``) and spinning goes on."""
    last_log, last_exc = 0.0, None
    while True:
        try:
            executor.spin()
            return
        except (KeyboardInterrupt, ExternalShutdownException):
            raise
        except Exception as exc:
            if not node.context.ok():
                return
            if exc is last_exc:  # the multi-threaded executor can re-raise one failure twice
                continue
            last_exc = exc
            detail = f"{type(exc).__name__}: {exc}"
            diagnostics = diagnostics_of(node)
            if diagnostics is not None:
                diagnostics.fault(detail)
            if time.monotonic() - last_log > 2.0:
                last_log = time.monotonic()
                trace = "".join(traceback.format_exception(exc)[-6:])
                node.get_logger().error(f"a callback failed; the node keeps running: {detail}\n{trace}")


def run(make_node: Callable[[], Node], args: list[str] | None = None, threads: int = 2) -> int:
    """Spins a node until Ctrl-C, SIGTERM or shutdown (exit 0, also when interrupted again during
    the shutdown); the node is always destroyed. A failing callback is reported, not fatal
    (``spin``). Returns an exit code: 1 when the node could not start."""
    try:
        return _run(make_node, args, threads)
    except KeyboardInterrupt:
        # a second Ctrl-C that landed after the first was caught but before the stop signals were
        # ignored: the shutdown below still ran to the end, and an uncaught KeyboardInterrupt would
        # make Python exit by SIGINT (exit code -2, seen once in a full test run's signal storm)
        return 0


def _run(make_node: Callable[[], Node], args: list[str] | None, threads: int) -> int:
    rclpy.init(args=args)
    node = executor = None
    code = 0
    try:
        node = make_node()
        executor = MultiThreadedExecutor(num_threads=threads)
        executor.add_node(node)
        spin(node, executor)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    except Exception as exc:  # a node that cannot start says why and exits non-zero
        if node is not None:
            node.get_logger().fatal(f"{type(exc).__name__}: {exc}")
        else:
            print(f"[emoomni] failed to start: {type(exc).__name__}: {exc}", flush=True)
        code = 1
    finally:
        # ros2 launch forwards the terminal's Ctrl-C, so a node gets SIGINT twice (and SIGTERM
        # when it is slow): once the shutdown has begun, further signals must not interrupt it.
        while True:
            try:
                ignore_stop_signals()
                break
            except KeyboardInterrupt:  # one more arrived before they were ignored: ignore them again
                continue
        pending = _stop_executor(executor) if executor is not None else []
        if node is not None:
            node.destroy_node()
        for task in pending:  # callbacks cut short by the shutdown: their errors are not news
            if task.done():
                task.exception()
        rclpy.try_shutdown()
        ignore_stop_signals()  # try_shutdown restores the handlers rclpy replaced
        _leave_stuck_threads(executor, code)
    return code


def _leave_stuck_threads(executor: Any, code: int, timeout_s: float = 3.0) -> None:
    """The interpreter joins the executor's pool threads when it exits, so one still inside a
    callback would keep the process alive until it is killed (a run's Ctrl-C then reports 'not a
    clean exit': seen once for expressive_tts in a full test run). The pool is shut down; a thread
    still busy after ``timeout_s`` has its stack written to stderr (the node's log) and the process
    exits at once with ``code``."""
    pool = getattr(executor, "_executor", None)  # MultiThreadedExecutor's ThreadPoolExecutor
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + timeout_s
    others = [t for t in threading.enumerate() if not t.daemon and t is not threading.current_thread()]
    for thread in others:
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [t.name for t in others if t.is_alive()]
    if stuck:
        print(f"[emoomni] shutdown: thread(s) {stuck} still busy after {timeout_s} s; their stacks follow, and "
              "the process exits without waiting for them", file=sys.stderr, flush=True)
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def ignore_stop_signals() -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _stop_executor(executor: Any, timeout_s: float = 3.0) -> list:
    """Stops taking callbacks and waits (up to ``timeout_s``) for the running ones, so that
    ``destroy_node`` does not pull publishers and timers from under them (a camera tick publishing
    on a destroyed publisher printed "exception was never retrieved"). Returns those still pending."""
    executor.shutdown(timeout_sec=0)
    pending = list(getattr(executor, "_futures", []))
    deadline = time.monotonic() + timeout_s
    while any(not task.done() for task in pending) and time.monotonic() < deadline:
        time.sleep(0.01)
    return pending
