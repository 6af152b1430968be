"""Helpers for tests that run EmoOmni nodes as separate processes over DDS.

``configure_ros_test_env()`` keeps discovery on this machine and on a domain of the test run's
own; ``NodeProcess`` runs one node's ``main()`` in a child process with parameters from a YAML
file; ``Probe`` is a node in the test process that publishes, collects messages and waits on
publisher/subscriber counts (never on fixed sleeps).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

_DOMAIN_ENV = "EMOOMNI_TEST_DOMAIN_ID"


def configure_ros_test_env() -> int:
    """Sets ROS_DOMAIN_ID (derived from the pid: concurrent test runs do not meet) and LOCALHOST
    discovery for this process and every node process it starts. Idempotent; returns the id."""
    if _DOMAIN_ENV not in os.environ:
        os.environ[_DOMAIN_ENV] = str(1 + os.getpid() % 100)
    os.environ["ROS_DOMAIN_ID"] = os.environ[_DOMAIN_ENV]
    os.environ["ROS_AUTOMATIC_DISCOVERY_RANGE"] = "LOCALHOST"
    os.environ["ROS_PYTHON_CHECK_FIELDS"] = "1"
    return int(os.environ["ROS_DOMAIN_ID"])


class NodeProcess:
    """One node (``python3 -m module``) in its own OS process, with its output kept in a log file."""

    def __init__(self, module: str, name: str | None = None, params: dict[str, Any] | None = None,
                 remap: dict[str, str] | None = None, log_dir: str | Path | None = None, namespace: str = "",
                 params_files: list[str | Path] | None = None):
        """``params`` go to the node in any namespace (a ``/**/<name>`` section); ``params_files``
        (e.g. a profile) come first, so ``params`` win."""
        self.module = module
        self.name = name or module.rsplit(".", 1)[-1]
        self._dir = Path(log_dir or tempfile.mkdtemp(prefix="emoomni-test-"))
        self._dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self._dir / f"{self.name}.log"
        self.namespace = namespace.strip("/")
        args = ["--ros-args", "-r", f"__node:={self.name}"]
        if self.namespace:
            args += ["-r", f"__ns:=/{self.namespace}"]
        for path in params_files or []:
            args += ["--params-file", str(path)]
        if params:
            params_file = self._dir / f"{self.name}.params.yaml"
            params_file.write_text(yaml.safe_dump({f"/**/{self.name}": {"ros__parameters": params}}))
            args += ["--params-file", str(params_file)]
        for src, dst in (remap or {}).items():
            args += ["-r", f"{src}:={dst}"]
        self.argv = [sys.executable, "-m", module, *args]
        self.proc: subprocess.Popen | None = None

    def start(self) -> NodeProcess:
        configure_ros_test_env()
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.argv, stdout=self._log, stderr=subprocess.STDOUT, env=dict(os.environ),
                                     start_new_session=True)
        return self

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGINT (a clean shutdown), then SIGKILL if it does not exit in time. Returns the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._log.close()
        return self.proc.returncode

    def __enter__(self) -> NodeProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def diagnostic_status(array: Any, node: str) -> Any:
    """The DiagnosticStatus an EmoOmni ``node`` put in one /diagnostics ``array`` (None if absent)."""
    return next((s for s in array.status if s.name == f"emoomni: {node}"), None)


def diagnostic_values(array: Any, node: str) -> dict[str, str]:
    """The key/value pairs (counters and values) of ``node``'s status in ``array``."""
    status = diagnostic_status(array, node)
    return {kv.key: kv.value for kv in status.values} if status else {}


def send_until(publisher: Any, messages: Any, inbox: Inbox, predicate: Callable[[Any], bool] | None = None,
               count: int = 1, tries: int = 150, wait_s: float = 0.2) -> list[Any]:
    """Publishes ``messages`` (one, or a list sent in order) again and again until ``count``
    messages matching ``predicate`` arrived in ``inbox``. For best-effort readers: they lose what
    is sent before they have matched the publisher, and skip what is not the latest."""
    batch = messages if isinstance(messages, list) else [messages]
    for _ in range(tries):
        for msg in batch:
            publisher.publish(msg)
        try:
            return inbox.wait_for(count, timeout=wait_s, predicate=predicate)
        except TimeoutError:
            continue
    raise AssertionError(f"no matching message after sending {tries} times")


def declared_parameters(node: Any, node_name: str, service_timeout_s: float = 60.0) -> set[str]:
    """The names of the parameters ``node_name`` declares, asked over its list_parameters service
    through ``node`` (spun elsewhere)."""
    from rcl_interfaces.srv import ListParameters

    from emoomni_ros.nodes.common import call_service

    client = node.create_client(ListParameters, f"/{node_name}/list_parameters")
    if not client.wait_for_service(timeout_sec=service_timeout_s):
        raise TimeoutError(f"{node_name} offers no list_parameters service")
    return set(call_service(client, ListParameters.Request()).result.names)


def process_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


class Inbox:
    """Messages received on one subscription, with waiting."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self._cond = threading.Condition()

    def __call__(self, msg: Any) -> None:
        with self._cond:
            self.messages.append(msg)
            self._cond.notify_all()

    def wait_for(self, count: int = 1, timeout: float = 30.0,
                 predicate: Callable[[Any], bool] | None = None) -> list[Any]:
        """Waits until ``count`` messages (matching ``predicate``) arrived; raises TimeoutError."""
        deadline = time.monotonic() + timeout

        def matching() -> list[Any]:
            return [m for m in self.messages if predicate is None or predicate(m)]

        with self._cond:
            while len(matching()) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"got {len(matching())} of {count} expected messages in {timeout} s")
                self._cond.wait(left)
            return matching()


def locked_action_client(node: Any, action_type: Any, name: str) -> Any:
    """rclpy's ``ActionClient`` with one lock around sending a request and handling the answers.

    The test sends goals from its own thread while the probe's executor thread takes the server's
    answers. In the rclpy of the Jazzy wheels here, an answer handled between the request going out
    and its sequence number being recorded is dropped ("Ignoring unexpected goal response. There may
    be more than one action server"), and the goal's future never completes: ros2/rclpy#1123, fixed
    upstream by the same lock (ros2/rclpy#1308). Seen once in a CI run on a loaded machine."""
    from rclpy.action import ActionClient

    class LockedActionClient(ActionClient):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._request_lock = threading.RLock()

        def send_goal_async(self, *args: Any, **kwargs: Any) -> Any:
            with self._request_lock:
                return super().send_goal_async(*args, **kwargs)

        def _cancel_goal_async(self, *args: Any, **kwargs: Any) -> Any:
            with self._request_lock:
                return super()._cancel_goal_async(*args, **kwargs)

        def _get_result_async(self, *args: Any, **kwargs: Any) -> Any:
            with self._request_lock:
                return super()._get_result_async(*args, **kwargs)

        async def execute(self, taken_data: Any) -> Any:
            with self._request_lock:
                return await super().execute(taken_data)

    return LockedActionClient(node, action_type, name)


class Probe:
    """A node in the test process, spun in a background thread."""

    def __init__(self, name: str = "test_probe"):
        import rclpy
        from rclpy.executors import SingleThreadedExecutor

        configure_ros_test_env()
        self._context = rclpy.Context()
        rclpy.init(context=self._context)
        self.node = rclpy.create_node(name, context=self._context)
        self._subscriptions: list[Any] = []
        self._executor = SingleThreadedExecutor(context=self._context)
        self._executor.add_node(self.node)
        self._thread = threading.Thread(target=self._spin, daemon=True)
        self._thread.start()

    def _spin(self) -> None:
        try:
            self._executor.spin()
        except Exception:  # the context was shut down by close()
            pass

    def subscribe(self, msg_type: Any, topic: str, qos: Any = 10) -> Inbox:
        inbox = Inbox()
        self._subscriptions.append(self.node.create_subscription(msg_type, topic, inbox, qos))
        return inbox

    def publisher(self, msg_type: Any, topic: str, qos: Any = 10) -> Any:
        return self.node.create_publisher(msg_type, topic, qos)

    def action_client(self, action_type: Any, name: str) -> Any:
        """An action client on this probe that is safe to call from the test's own thread (see
        ``locked_action_client``)."""
        return locked_action_client(self.node, action_type, name)

    @staticmethod
    def wait_until(condition: Callable[[], bool], timeout: float = 30.0, what: str = "condition",
                   poll_s: float = 0.02) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
            time.sleep(poll_s)

    def wait_for_subscribers(self, publisher: Any, count: int = 1, timeout: float = 30.0) -> None:
        self.wait_until(lambda: publisher.get_subscription_count() >= count, timeout,
                        f"{count} subscriber(s) on {publisher.topic_name}")

    def wait_for_publishers(self, topic: str, count: int = 1, timeout: float = 30.0) -> None:
        """Waits until ``topic`` has ``count`` publishers in the graph and every subscription of this
        probe on it has matched them. The publisher's side may still match a moment later: a
        volatile message sent before then is lost, so tests resend (``send_until``) or warm up."""
        name = topic if topic.startswith("/") else "/" + topic
        ours = [s for s in self._subscriptions if s.topic_name == name]
        self.wait_until(lambda: self.node.count_publishers(topic) >= count
                        and all(s.get_publisher_count() >= count for s in ours), timeout,
                        f"{count} publisher(s) on {topic}")

    def close(self) -> None:
        self._executor.shutdown(timeout_sec=1.0)
        self.node.destroy_node()
        self._context.try_shutdown()
        self._thread.join(timeout=2.0)

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
