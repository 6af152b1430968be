"""What every EmoOmni node shares: parameters with descriptors, /diagnostics at 1 Hz with drop
counters, QoS profiles, lifecycle autostart and a ``main`` that shuts down cleanly."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import rclpy
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus, KeyValue
from rcl_interfaces.msg import FloatingPointRange, IntegerRange, ParameterDescriptor
from rclpy.executors import ExternalShutdownException, MultiThreadedExecutor
from rclpy.node import Node
from rclpy.qos import (
    DurabilityPolicy,
    HistoryPolicy,
    QoSProfile,
    ReliabilityPolicy,
    qos_profile_sensor_data,
)

# Camera frames and microphone chunks: best effort, only the latest matters.
SENSOR_QOS = qos_profile_sensor_data
LATEST_ONLY_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.BEST_EFFORT)
# Cues, affect, reasoning, instructions: reliable, a short queue.
EVENT_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=10, reliability=ReliabilityPolicy.RELIABLE)
# Last value for late joiners (e.g. is_speaking).
LATCHED_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.RELIABLE,
                         durability=DurabilityPolicy.TRANSIENT_LOCAL)

OK, WARN, ERROR = DiagnosticStatus.OK, DiagnosticStatus.WARN, DiagnosticStatus.ERROR


def declare(node: Node, name: str, default: Any, description: str, *, read_only: bool = False,
            min_value: float | None = None, max_value: float | None = None) -> Any:
    """Declares a parameter with a descriptor (and a range for numbers) and returns its value."""
    descriptor = ParameterDescriptor(description=description, read_only=read_only)
    if min_value is not None and max_value is not None:
        if isinstance(default, bool):
            pass
        elif isinstance(default, int):
            descriptor.integer_range = [IntegerRange(from_value=int(min_value), to_value=int(max_value), step=0)]
        elif isinstance(default, float):
            descriptor.floating_point_range = [FloatingPointRange(from_value=float(min_value),
                                                                  to_value=float(max_value), step=0.0)]
    return node.declare_parameter(name, default, descriptor).value


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


def run(make_node: Callable[[], Node], args: list[str] | None = None, threads: int = 2) -> int:
    """Spins a node until Ctrl-C or shutdown; the node is always destroyed. Returns an exit code."""
    rclpy.init(args=args)
    node = None
    code = 0
    try:
        node = make_node()
        executor = MultiThreadedExecutor(num_threads=threads)
        executor.add_node(node)
        executor.spin()
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    except Exception as exc:  # a node that cannot start says why and exits non-zero
        if node is not None:
            node.get_logger().fatal(f"{type(exc).__name__}: {exc}")
        else:
            print(f"[emoomni] failed to start: {type(exc).__name__}: {exc}", flush=True)
        code = 1
    finally:
        if node is not None:
            node.destroy_node()
        rclpy.try_shutdown()
    return code
