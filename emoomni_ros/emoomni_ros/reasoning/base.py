"""The one interface every E-CoT backend implements, the request it reads, and the engine that
runs a backend with the embedded reasoner as its safety net (fallback on error, timeout,
invalid JSON or a persona break, reported in the result)."""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState, Reasoning
from emoomni_ros.reasoning.schema import ECoT, clean_text, persona_violation

# on_stage(stage, partial text): streaming progress ("analysis", "intent", "strategy", "response",
# "generating"); cancelled(): true once the caller gave up.
StageCallback = Callable[[str, str], None]
CancelCheck = Callable[[], bool]

MAX_UTTERANCE_CHARS = 2000


class BackendError(RuntimeError):
    """The backend could not answer (down, timed out, invalid output); the engine falls back."""


class BackendUnavailable(BackendError):
    """The backend cannot be loaded here (package missing, model path wrong)."""


class Cancelled(Exception):
    """The caller cancelled the request; no result is produced."""


@dataclass
class Turn:
    """One earlier turn of the conversation."""

    speaker: str  # "user" or "robot"
    text: str


@dataclass
class ReasoningRequest:
    utterance: str
    affect: AffectState
    history: list[Turn] = field(default_factory=list)
    utterance_id: str = ""
    person_id: str = ANONYMOUS_SPEAKER
    truncated: bool = False

    @classmethod
    def make(cls, utterance: str, affect: AffectState | None = None, history: list[Turn] | None = None,
             utterance_id: str = "", person_id: str = ANONYMOUS_SPEAKER,
             max_chars: int = MAX_UTTERANCE_CHARS) -> ReasoningRequest:
        """Cleans the utterance (control characters, whitespace) and caps its length."""
        raw = utterance if isinstance(utterance, str) else ""
        text = clean_text(raw, max_chars)
        return cls(text, affect or AffectState.neutral(person_id), list(history or [])[-6:], utterance_id,
                   person_id, truncated=len(" ".join(raw.split())) > max_chars)


def _ignore_stage(stage: str, partial: str) -> None:
    pass


def _never() -> bool:
    return False


class Backend(ABC):
    """An E-CoT producer. ``load`` acquires the model (may be slow; raise BackendUnavailable when
    it cannot), ``think`` answers one request (raise BackendError on failure, Cancelled when
    ``cancelled()`` turns true), ``close`` frees everything."""

    name = "base"

    def load(self) -> None:  # noqa: B027 - optional hook
        """Acquires the model; the default has nothing to load."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Frees the model; the default has nothing to free."""

    @abstractmethod
    def think(self, request: ReasoningRequest, on_stage: StageCallback = _ignore_stage,
              cancelled: CancelCheck = _never) -> ECoT:
        ...


def emit_stages(ecot: ECoT, on_stage: StageCallback) -> None:
    """Feedback for the four E-CoT parts, in order."""
    on_stage("analysis", ecot.emotion_analysis)
    on_stage("intent", ecot.user_intent)
    on_stage("strategy", ecot.response_strategy)
    on_stage("response", ecot.response)


def load_failure(exc: BaseException) -> str:
    """The reason a backend's ``load`` failed, as results and diagnostics report it."""
    return str(exc) if isinstance(exc, BackendError) else f"{type(exc).__name__}: {exc}"


class ReasoningEngine:
    """Runs ``backend``; when it fails (or was never loaded: ``load_error``) answers with
    ``fallback`` and marks the result ``fallback=True`` with the reason.

    ``timeout_s`` > 0 is a hard limit on the backend's answer, whatever the backend does about its
    own deadline: the backend then runs on a helper thread, is told to stop (its ``cancelled()``
    turns true) when the limit passes, and the fallback answers. Until that thread has finished,
    later requests go straight to the fallback (one backend call at a time). A caller's cancel is
    honoured within 50 ms even by a backend that never checks ``cancelled()``."""

    def __init__(self, backend: Backend, fallback: Backend | None = None, load_error: str = "",
                 timeout_s: float = 0.0):
        self.backend = backend
        self.fallback = fallback
        self.load_error = load_error
        self.timeout_s = float(timeout_s)
        self.last_error = ""
        self._abandoned: threading.Thread | None = None

    @property
    def name(self) -> str:
        return self.backend.name

    def retry_load(self) -> bool:
        """Loads a backend that failed to load (its server or GPU may be back, its files in place);
        True once it is loaded. Not to be called while ``reason`` runs."""
        if self.load_error:
            try:
                self.backend.load()
            except Exception as exc:  # reported like the first failure
                self.load_error = load_failure(exc)
                return False
            self.load_error = ""
        return True

    def reason(self, request: ReasoningRequest, on_stage: StageCallback = _ignore_stage,
               cancelled: CancelCheck = _never) -> Reasoning:
        start = time.perf_counter()
        used, fallback_reason = self.backend, ""
        if self.load_error:
            fallback_reason = f"{self.backend.name} unavailable: {self.load_error}"
            ecot = self._fall_back(request, fallback_reason, on_stage, cancelled)
            used = self.fallback
        else:
            try:
                ecot = self._think(request, on_stage, cancelled)
                broken = persona_violation(ecot, request.utterance)
                if broken:
                    raise BackendError(broken)
            except Cancelled:
                raise
            except Exception as exc:  # every backend failure falls back; the reason is reported
                fallback_reason = f"{self.backend.name} failed: {type(exc).__name__}: {exc}"[:300]
                ecot = self._fall_back(request, fallback_reason, on_stage, cancelled)
                used = self.fallback
        self.last_error = fallback_reason
        elapsed_ms = (time.perf_counter() - start) * 1000.0
        return Reasoning(
            utterance=request.utterance, utterance_id=request.utterance_id, person_id=request.person_id,
            affect=request.affect, backend=used.name if used else self.backend.name,
            fallback=bool(fallback_reason), fallback_reason=fallback_reason, reasoning_ms=elapsed_ms,
            **ecot.as_dict(),
        )

    def _think(self, request: ReasoningRequest, on_stage: StageCallback, cancelled: CancelCheck) -> ECoT:
        if self.timeout_s <= 0:
            return self.backend.think(request, on_stage, cancelled)
        if self._abandoned is not None:
            if self._abandoned.is_alive():
                raise BackendError("still busy with an earlier request that ran out of time")
            self._abandoned = None
        gave_up = threading.Event()
        box: dict = {}

        def stage(name: str, partial: str) -> None:
            if not gave_up.is_set():
                on_stage(name, partial)

        def work() -> None:
            try:
                box["ecot"] = self.backend.think(request, stage, lambda: gave_up.is_set() or cancelled())
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc

        thread = threading.Thread(target=work, name=f"{self.backend.name}_think", daemon=True)
        deadline = time.monotonic() + self.timeout_s
        thread.start()
        while thread.is_alive():
            thread.join(min(0.05, max(0.0, deadline - time.monotonic())))
            if not thread.is_alive():
                break
            if cancelled():
                gave_up.set()
                self._abandoned = thread
                raise Cancelled()
            if time.monotonic() >= deadline:
                gave_up.set()
                self._abandoned = thread
                raise BackendError(f"no answer within {self.timeout_s:g} s")
        if "error" in box:
            raise box["error"]
        return box["ecot"]

    def _fall_back(self, request: ReasoningRequest, reason: str, on_stage: StageCallback,
                   cancelled: CancelCheck) -> ECoT:
        if self.fallback is None:
            raise BackendError(reason)
        on_stage("generating", f"falling back to {self.fallback.name}: {reason}")
        return self.fallback.think(request, on_stage, cancelled)

    def close(self, wait_s: float = 8.0) -> None:
        """Frees the backends. A backend call abandoned after a timeout or cancel has been told to
        stop; it gets ``wait_s`` to do so first (within the bringup's 10 s grace after Ctrl-C), since
        freeing a model under a running generation, or exiting the process during one, can crash
        the process."""
        if self._abandoned is not None:
            self._abandoned.join(wait_s)
            if self._abandoned.is_alive():  # still inside one forward pass: leave the model to the GC
                return
            self._abandoned = None
        self.backend.close()
        if self.fallback is not None and self.fallback is not self.backend:
            self.fallback.close()
