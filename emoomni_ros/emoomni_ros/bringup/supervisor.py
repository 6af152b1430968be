"""Runs the nodes of the graph as separate OS processes and watches them (ROS-free).

Each node is ``python3 -m <module> --ros-args -r __node:=<name> --params-file <profile.yaml>
[--params-file <overrides.yaml>] [-r from:=to ...]``, with its output in ``<log_dir>/<name>.log``.
The children run in their own sessions so a terminal's Ctrl-C reaches only the supervisor, which
forwards one SIGINT to each (the nodes' clean shutdown); on Linux a child also gets SIGTERM if the
supervisor itself dies. A node that exits while the graph should be running is reported with its
exit code and last log lines.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from emoomni_ros.graph import NodeSpec, params_key

_PR_SET_PDEATHSIG = 1
try:  # resolved before any fork: the child only calls the function
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (AttributeError, OSError):  # not Linux
    _prctl = None


def _die_with_parent() -> None:
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def describe_exit_code(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


@dataclass(frozen=True)
class ProcessExit:
    name: str
    code: int
    runtime_s: float
    last_lines: tuple[str, ...]
    log_path: Path
    argv: tuple[str, ...]

    def describe(self, lines: int = 15) -> str:
        tail = "\n".join(f"    | {line}" for line in self.last_lines[-lines:]) or "    | (no output)"
        return (f"node '{self.name}' stopped unexpectedly after {self.runtime_s:.1f} s "
                f"({describe_exit_code(self.code)}).\n  command: {' '.join(self.argv)}\n"
                f"  last log lines:\n{tail}\n  full log: {self.log_path}")


class NodeDied(RuntimeError):
    def __init__(self, exits: list[ProcessExit]):
        self.exits = exits
        super().__init__("\n".join(e.describe() for e in exits))


class ManagedProcess:
    """One child process; a reader thread copies its output to the log file and keeps the tail."""

    def __init__(self, name: str, argv: list[str], log_path: Path, env: Mapping[str, str] | None = None,
                 echo: Callable[[str, str], None] | None = None, tail_lines: int = 60):
        self.name = name
        self.argv = list(argv)
        self.log_path = log_path
        self.env = dict(env if env is not None else os.environ)
        self.echo = echo
        self.tail: deque[str] = deque(maxlen=tail_lines)
        self.proc: subprocess.Popen | None = None
        self.started_at = 0.0
        self.ended_at: float | None = None
        self._reader: threading.Thread | None = None
        self._line_hooks: list[Callable[[str], None]] = []

    def start(self) -> ManagedProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.started_at = time.monotonic()
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=self.env, start_new_session=True,
                                     preexec_fn=_die_with_parent)
        self._reader = threading.Thread(target=self._read, name=f"log-{self.name}", daemon=True)
        self._reader.start()
        return self

    def on_line(self, hook: Callable[[str], None]) -> None:
        """Calls ``hook(line)`` for each output line from now on (in the reader thread)."""
        self._line_hooks.append(hook)

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        with open(self.log_path, "ab") as log:
            for raw in iter(self.proc.stdout.readline, b""):
                log.write(raw)
                log.flush()
                line = raw.decode(errors="replace").rstrip("\n")
                self.tail.append(line)
                if self.echo:
                    self.echo(self.name, line)
                for hook in list(self._line_hooks):
                    hook(line)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def poll(self) -> int | None:
        if self.proc is None:
            return None
        code = self.proc.poll()
        if code is not None and self.ended_at is None:
            self.ended_at = time.monotonic()
        return code

    def send(self, sig: int) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass

    def wait(self, timeout: float | None = None) -> int | None:
        if self.proc is None:
            return None
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        return self.poll()

    def finish_output(self, timeout: float = 2.0) -> None:
        if self._reader is not None:
            self._reader.join(timeout)

    def exit_info(self) -> ProcessExit:
        code = self.poll()
        self.finish_output()
        end = self.ended_at or time.monotonic()
        return ProcessExit(self.name, code if code is not None else 0, end - self.started_at, tuple(self.tail),
                           self.log_path, tuple(self.argv))


def write_overrides(path: Path, node_name: str, params: Mapping[str, Any]) -> Path:
    """A parameter file for ``node_name`` in any namespace (keyed ``/**/<name>``, as the profiles)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({params_key(node_name): {"ros__parameters": dict(params)}}, sort_keys=True))
    return path


def normalise_namespace(namespace: str) -> str:
    """'' (none), 'r1' or '/r1/' -> '' or '/r1'."""
    namespace = namespace.strip().strip("/")
    return f"/{namespace}" if namespace else ""


def node_argv(spec: NodeSpec, params_files: Iterable[Path] = (), remaps: Mapping[str, str] | None = None,
              python: str = sys.executable, namespace: str = "") -> list[str]:
    """The command line that runs ``spec`` as its own process (later params files win)."""
    argv = [python, "-m", spec.module, "--ros-args", "-r", f"__node:={spec.name}"]
    if normalise_namespace(namespace):
        argv += ["-r", f"__ns:={normalise_namespace(namespace)}"]
    for path in params_files:
        argv += ["--params-file", str(path)]
    for src, dst in (remaps or {}).items():
        argv += ["-r", f"{src}:={dst}"]
    return argv


class Supervisor:
    """Starts processes, notices the ones that die, and stops them all cleanly."""

    def __init__(self, log_dir: str | Path, env: Mapping[str, str] | None = None,
                 echo: Callable[[str, str], None] | None = None, respawn_delay_s: float = 2.0,
                 max_restarts: int = 5, log: Callable[[str], None] = print):
        self.log_dir = Path(log_dir)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.env = dict(env if env is not None else os.environ)
        self.echo = echo
        self.processes: dict[str, ManagedProcess] = {}
        self.stopping = False
        self._may_exit: set[str] = set()
        self.respawn_delay_s, self.max_restarts, self.log = respawn_delay_s, max_restarts, log
        self._respawn: set[str] = set()
        self.restarts: dict[str, int] = {}
        self._restart_at: dict[str, float] = {}

    def start(self, name: str, argv: list[str], may_exit: bool = False, respawn: bool = False) -> ManagedProcess:
        """Starts ``argv``; ``may_exit``: a zero exit code is not a failure (e.g. a finite player);
        ``respawn``: a process that dies is started again (as launch's ``respawn``), after
        ``respawn_delay_s``, up to ``max_restarts`` times, its output appended to the same log."""
        if name in self.processes:
            raise ValueError(f"a process named {name!r} is already supervised")
        log = self.log_dir / f"{name}.log"
        log.write_bytes(b"")
        proc = ManagedProcess(name, argv, log, self.env, self.echo).start()
        self.processes[name] = proc
        if may_exit:
            self._may_exit.add(name)
        if respawn:
            self._respawn.add(name)
        return proc

    def start_node(self, spec: NodeSpec, profile: Path, overrides: Mapping[str, Any] | None = None,
                   remaps: Mapping[str, str] | None = None, namespace: str = "",
                   respawn: bool = False) -> ManagedProcess:
        if not profile.is_file():
            raise FileNotFoundError(f"parameter profile not found: {profile}")
        files = [profile]
        if overrides:
            files.append(write_overrides(self.log_dir / f"{spec.name}.overrides.yaml", spec.name, overrides))
        return self.start(spec.name, node_argv(spec, files, remaps, namespace=namespace), respawn=respawn)

    def _will_restart(self, name: str) -> bool:
        return name in self._respawn and self.restarts.get(name, 0) < self.max_restarts

    def _restart_dead(self) -> None:
        for name in sorted(self._respawn):
            proc = self.processes[name]
            code = proc.poll()
            if code is None or not self._will_restart(name):
                continue
            due = self._restart_at.setdefault(name, time.monotonic() + self.respawn_delay_s)
            if time.monotonic() < due:
                continue
            del self._restart_at[name]
            self.restarts[name] = self.restarts.get(name, 0) + 1
            proc.finish_output()
            self.log(f"[run] node '{name}' died ({describe_exit_code(code)}); restarting it "
                     f"({self.restarts[name]} of {self.max_restarts}), log {proc.log_path}")
            self.processes[name] = ManagedProcess(name, proc.argv, proc.log_path, self.env, self.echo).start()

    def exited(self) -> list[ProcessExit]:
        """Processes that ended on their own (not through ``stop``) and count as a failure (a
        respawning one only once its restarts are used up)."""
        found = []
        for name, proc in self.processes.items():
            code = proc.poll()
            if code is None or (code == 0 and name in self._may_exit) or self._will_restart(name):
                continue
            found.append(proc.exit_info())
        return found

    def check(self) -> None:
        """Restarts the respawning processes that died; raises NodeDied when any other supervised
        process ended unexpectedly."""
        if self.stopping:
            return
        self._restart_dead()
        dead = self.exited()
        if dead:
            raise NodeDied(dead)

    def stop(self, timeout: float = 10.0) -> dict[str, int | None]:
        """SIGINT to every process (their clean shutdown), then SIGTERM and SIGKILL for stragglers.
        Returns each process's exit code."""
        self.stopping = True
        running = [p for p in self.processes.values() if p.poll() is None]
        for proc in running:
            proc.send(signal.SIGINT)
        for sig, wait_s in ((signal.SIGTERM, timeout), (signal.SIGKILL, 3.0), (None, 3.0)):
            deadline = time.monotonic() + wait_s
            for proc in running:
                proc.wait(max(0.0, deadline - time.monotonic()))
            running = [p for p in running if p.poll() is None]
            if not running or sig is None:
                break
            for proc in running:
                proc.send(sig)
        codes = {}
        for name, proc in self.processes.items():
            proc.finish_output()
            codes[name] = proc.poll()
        return codes

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
