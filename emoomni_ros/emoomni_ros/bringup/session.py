"""A running graph: the nodes of a group as separate processes (from ``graph.NODES`` and a profile),
the recorder node in this process, and optionally the media player; used by the ``run`` command
and the end-to-end bench."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from emoomni_ros import graph
from emoomni_ros.bringup.supervisor import ManagedProcess, Supervisor, normalise_namespace

PLAYER_MODULE = "emoomni_ros.bringup.player_node"


def graph_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The children's environment: unbuffered output, and discovery kept on this host unless the
    user chose a range (a demo should not talk to every robot on the network)."""
    env = dict(base if base is not None else os.environ)
    env.setdefault("ROS_AUTOMATIC_DISCOVERY_RANGE", "LOCALHOST")
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("RCUTILS_COLORIZED_OUTPUT", "0")
    return env


class NodeNotReady(RuntimeError):
    """A node is running but did not come up (e.g. a lifecycle node whose configure failed)."""


class GraphSession:
    def __init__(self, out_dir: str | Path, profile: str | Path = "cpu", group: str = "full",
                 overrides: Mapping[str, Mapping[str, Any]] | None = None,
                 remaps: Mapping[str, str] | None = None, echo: Callable[[str, str], None] | None = None,
                 log: Callable[[str], None] = print, namespace: str = "", respawn: bool = False):
        self.out_dir = Path(out_dir)
        self.log_dir = self.out_dir / "logs"
        # a profile name (config/<name>.yaml) or a parameter file of the same layout
        self.profile = Path(profile) if isinstance(profile, Path) else graph.profile_path(profile)
        self.specs = graph.nodes_in(group)
        self.overrides = {k: dict(v) for k, v in (overrides or {}).items()}
        unknown = set(self.overrides) - {s.name for s in self.specs}
        if unknown:
            raise ValueError(f"overrides for nodes not in group {group!r}: {sorted(unknown)}")
        self.remaps = dict(remaps or {})
        self.namespace = normalise_namespace(namespace)  # '' or '/r1': every node, the recorder and the player
        self.log = log
        self.env = graph_env()
        os.environ.update({k: v for k, v in self.env.items() if k == "ROS_AUTOMATIC_DISCOVERY_RANGE"})
        self.supervisor = Supervisor(self.log_dir, self.env, echo, log=log)
        # Set by a signal handler (Ctrl-C, SIGTERM): the waits below raise KeyboardInterrupt at
        # their next poll, a safe point, instead of an exception at any line (one raised inside a
        # finaliser is swallowed, and a lock it held stays held).
        self.stop_requested = threading.Event()
        self._started: float | None = None  # when start() began (for the 'graph ready' time)
        self.respawn = respawn  # restart a node that dies (as launch's respawn), up to 5 times
        self.recorder = None
        self._context = None
        self._executor = None
        self._spin_thread: threading.Thread | None = None
        self._state_clients: dict[str, Any] = {}

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self, timeout_s: float = 180.0) -> float:
        """Starts the nodes and the recorder; returns once the graph is up (seconds taken)."""
        start = time.monotonic()
        self.log(f"[run] starting {len(self.specs)} nodes ({self.profile.name}): "
                 f"{', '.join(s.name for s in self.specs)}; logs in {self.log_dir}")
        for spec in self.specs:
            self.supervisor.start_node(spec, self.profile, self.overrides.get(spec.name), self.remaps,
                                       namespace=self.namespace, respawn=self.respawn)
        self._write_pids()
        self._start_recorder()
        self.wait(self.graph_ready, timeout_s, "the nodes to come up")
        took = time.monotonic() - start
        self._started = start
        self.log(f"[run] nodes up in {took:.1f} s")
        return took

    def _write_pids(self) -> None:
        pids = {name: p.pid for name, p in self.supervisor.processes.items()}
        (self.log_dir / "processes.json").write_text(json.dumps({"supervisor": os.getpid(), **pids}, indent=2))

    def _start_recorder(self) -> None:
        import rclpy
        from rclpy.executors import SingleThreadedExecutor
        from rclpy.signals import SignalHandlerOptions

        from emoomni_ros.bringup.recorder import Recorder

        self._context = rclpy.Context()
        # This process handles Ctrl-C itself (to stop the children in order): no rclpy handlers.
        rclpy.init(context=self._context, signal_handler_options=SignalHandlerOptions.NO)
        self.recorder = Recorder(context=self._context, namespace=self.namespace)
        self._executor = SingleThreadedExecutor(context=self._context)
        self._executor.add_node(self.recorder)
        self._spin_thread = threading.Thread(target=self._spin, name="recorder", daemon=True)
        self._spin_thread.start()

    def _spin(self) -> None:
        try:
            self._executor.spin()
        except Exception:  # the context was shut down by close()
            pass

    def start_player(self, args: list[str], timeout_s: float = 60.0) -> ManagedProcess:
        """Starts the media player and waits until its node is in the graph: a Ctrl-C while its
        Python was still starting had ended it with a traceback ("not a clean exit", 1 of 2 CI-like
        runs under load). Then the whole graph is ready."""
        proc = self.supervisor.start("media_player", [sys.executable, "-m", PLAYER_MODULE, *args, "--ros-args",
                                                      "-r", "__node:=media_player", *self._player_remaps()])
        self._write_pids()
        self.wait(lambda: proc.poll() is not None or self._node_up("media_player"), timeout_s,
                  "the media player to come up")
        took = time.monotonic() - (self._started or time.monotonic())
        self.log(f"[run] graph ready in {took:.1f} s")
        return proc

    def _node_up(self, name: str) -> bool:
        return self.recorder is not None and any(
            n == name and ns.rstrip("/") == self.namespace for n, ns in self.recorder.get_node_names_and_namespaces())

    def _player_remaps(self) -> list[str]:
        out = ["-r", f"__ns:={self.namespace}"] if self.namespace else []
        for src, dst in self.remaps.items():
            out += ["-r", f"{src}:={dst}"]
        return out

    def close(self, timeout_s: float = 10.0) -> dict[str, int | None]:
        codes = self.supervisor.stop(timeout_s)
        if self._executor is not None:
            self._executor.shutdown(timeout_sec=1.0)
        if self.recorder is not None:
            self.recorder.destroy_node()
        if self._context is not None:
            self._context.try_shutdown()
        if self._spin_thread is not None:
            self._spin_thread.join(2.0)
        self.recorder = None
        return codes

    def __enter__(self) -> GraphSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- waiting ----------------------------------------------------------------------------------
    def wait(self, condition: Callable[[], bool], timeout_s: float, what: str, poll_s: float = 0.1) -> None:
        """Waits for ``condition`` while watching the processes: NodeDied when one dies,
        TimeoutError naming ``what`` when it takes too long."""
        deadline = time.monotonic() + timeout_s
        while True:
            self.check_stop()
            self.supervisor.check()
            if condition():
                return
            if time.monotonic() > deadline:
                detail = f" (still missing: {', '.join(self.missing_nodes())})" if self.recorder else ""
                raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}{detail}")
            time.sleep(poll_s)

    def wait_for_replies(self, reply_timeout_s: float, input_timeout_s: float = 3600.0) -> list:
        """Waits for the player to finish and every recognised utterance to be answered; returns the
        turns. TimeoutError when nothing progresses for ``reply_timeout_s`` after the input ended."""
        recorder = self.recorder
        self.wait(lambda: recorder.player_finished, input_timeout_s, "the input to finish playing")
        last, last_change = -1, time.monotonic()
        while True:
            self.check_stop()
            self.supervisor.check()
            turns = recorder.user_turns()
            if turns and all(t.complete for t in turns):
                return turns
            progress = sum(len(t.events) for t in turns)
            if progress != last:
                last, last_change = progress, time.monotonic()
            if time.monotonic() - last_change > reply_timeout_s:
                if not turns:
                    raise TimeoutError(f"no speech was recognised within {reply_timeout_s:.0f} s after the input "
                                       f"ended: mic_perception published no final transcript "
                                       f"(see {self.log_dir / 'mic_perception.log'})")
                pending = [f"{t.utterance_id} ('{t.text[:40]}') got no {t.missing()[0] if t.missing() else 'final'}"
                           for t in turns if not t.complete]
                raise TimeoutError(f"no reply within {reply_timeout_s:.0f} s: " + "; ".join(pending))
            time.sleep(0.1)

    def check_stop(self) -> None:
        """Raises KeyboardInterrupt once a stop was requested (``stop_requested``)."""
        if self.stop_requested.is_set():
            raise KeyboardInterrupt

    def missing_nodes(self) -> list[str]:
        """Nodes not up yet. Raises NodeNotReady for a lifecycle node that stayed unconfigured: its
        configure (run at start when `autostart` is true) failed, and it says why in its log."""
        names = ({name for name, ns in self.recorder.get_node_names_and_namespaces()
                  if ns.rstrip("/") == self.namespace} if self.recorder else set())
        missing = [s.name for s in self.specs if s.name not in names]
        for spec in self.specs:
            if not spec.lifecycle or spec.name in missing:
                continue
            state = self._lifecycle_state(spec.name)
            if state == "unconfigured":
                proc = self.supervisor.processes[spec.name]
                tail = "\n".join(f"    | {line}" for line in list(proc.tail)[-15:])
                raise NodeNotReady(f"node '{spec.name}' is running but unconfigured: its configure step failed "
                                   f"(or its autostart parameter is false).\n  last log lines:\n{tail}\n"
                                   f"  full log: {proc.log_path}")
            if state != "active":
                missing.append(f"{spec.name} ({state})")
        return missing

    def graph_ready(self) -> bool:
        if self.missing_nodes():
            return False
        # the inputs the player feeds must be subscribed (the node made its subscriptions)
        inputs = [t for t in ("camera/image_raw", "emoomni/audio_in") if self._needs(t)]
        return all(self.recorder.count_subscribers(self._resolve(t)) > 0 for t in inputs)

    def _needs(self, topic: str) -> bool:
        names = {s.name for s in self.specs}
        mic_source = self.overrides.get("mic_perception", {}).get("source", "topic")
        return {"camera/image_raw": "camera_perception" in names,
                "emoomni/audio_in": "mic_perception" in names and mic_source == "topic"}[topic]

    def _resolve(self, topic: str) -> str:
        topic = self.remaps.get(topic, topic)
        return topic if topic.startswith("/") else f"{self.namespace}/{topic}"

    def _lifecycle_state(self, name: str) -> str:
        from lifecycle_msgs.srv import GetState

        from emoomni_ros.nodes.common import call_service

        client = self._state_clients.get(name)
        if client is None:
            client = self._state_clients[name] = self.recorder.create_client(GetState,
                                                                              f"{self.namespace}/{name}/get_state")
        if not client.service_is_ready():
            return "unknown"
        try:  # polled again later, so one short try
            return call_service(client, GetState.Request(), attempts=1, per_try_s=2.0).current_state.label
        except TimeoutError:
            return "unknown"
