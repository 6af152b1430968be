"""The one interface every E-CoT backend implements, the request it reads, and the engine that
runs a backend with the embedded reasoner as its safety net (fallback on error, timeout, invalid
JSON, a persona break, a tone that contradicts the person's feeling, or a safety concern answered
without the safety strategy; reported in the result). Every utterance gets an answer: when even the
fallback fails, the engine says a safe phrasing (``tone.safe_ecot``)."""

from __future__ import annotations

import dataclasses
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState, Concern, Reasoning
from emoomni_ros.reasoning import schema as S
from emoomni_ros.reasoning import tone
from emoomni_ros.reasoning.schema import ECoT, clean_text, persona_violation

# on_stage(stage, partial text): streaming progress ("analysis", "intent", "strategy", "response",
# "generating"); cancelled(): true once the caller gave up.
StageCallback = Callable[[str, str], None]
CancelCheck = Callable[[], bool]

MAX_UTTERANCE_CHARS = 2000
# Seconds the engine waits beyond a backend's own ``timeout_s`` before it stops waiting (the
# backend's own, cleaner timeout error normally comes first).
TIMEOUT_GRACE_S = 2.0
HISTORY_TURNS = 6  # earlier turns (each a user's or the robot's line) a request carries by default
MAX_HISTORY_TURNS = 50  # the most it may carry (the node's history_turns range)
DEFAULT_CRISIS_RESOURCES = tone.DEFAULT_RESOURCES
DEFAULT_EMERGENCY_NUMBER = tone.DEFAULT_RESOURCES  # "your local emergency number"


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
    """One utterance to answer. ``crisis_resources``: who a person thinking of self-harm should
    contact, as the deployment words it ("your local emergency number", "988, the Suicide and Crisis
    Lifeline"); ``emergency_number``: who to call in danger or a medical emergency ("999").
    ``concern``: the safety concern the engine found (the affect's, or one in the words); backends
    read it here. ``situation``: what the person tells about, when something already knows."""

    utterance: str
    affect: AffectState
    history: list[Turn] = field(default_factory=list)
    utterance_id: str = ""
    person_id: str = ANONYMOUS_SPEAKER
    truncated: bool = False
    crisis_resources: str = DEFAULT_CRISIS_RESOURCES
    concern: Concern | None = None
    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    situation: str = ""

    @classmethod
    def make(cls, utterance: str, affect: AffectState | None = None, history: list[Turn] | None = None,
             utterance_id: str = "", person_id: str = ANONYMOUS_SPEAKER,
             max_chars: int = MAX_UTTERANCE_CHARS, crisis_resources: str = DEFAULT_CRISIS_RESOURCES,
             emergency_number: str = DEFAULT_EMERGENCY_NUMBER, history_turns: int = HISTORY_TURNS
             ) -> ReasoningRequest:
        """Cleans the utterance (control characters, whitespace) and caps its length; keeps the last
        ``history_turns`` turns of ``history`` (at most MAX_HISTORY_TURNS)."""
        raw = utterance if isinstance(utterance, str) else ""
        text = clean_text(raw, max_chars)
        affect = affect or AffectState.neutral(person_id)
        keep = max(0, min(int(history_turns), MAX_HISTORY_TURNS))
        return cls(text, affect, list(history or [])[-keep:] if keep else [], utterance_id, person_id,
                   truncated=len(" ".join(raw.split())) > max_chars,
                   crisis_resources=clean_text(crisis_resources or "", 200) or DEFAULT_CRISIS_RESOURCES,
                   concern=affect.concern,
                   emergency_number=clean_text(emergency_number or "", 100) or DEFAULT_EMERGENCY_NUMBER)


def find_concern(request: ReasoningRequest) -> Concern | None:
    """The request's concern: the one already found (on the request or its affect), else one in the
    words, read with the person's earlier turns as context."""
    if request.concern is not None:
        return request.concern
    if request.affect.concern is not None:
        return request.affect.concern
    from emoomni_ros.perception.text import concern as concern_reader  # pattern based, a few ms

    context = tuple(t.text for t in request.history if t.speaker == "user")
    return concern_reader.detect(request.utterance, context=context)


HINT_SCORE = 0.45  # a situation reading at least this sure goes into the prompt and the tone guard


def situation_hint(request: ReasoningRequest) -> tuple[str, int]:
    """(situation, polarity: +1 good news, -1 bad news) that the embedded reasoner's situation reader
    (``reasoning/situation.py``, sentence embeddings against exemplars) finds in the words when it is
    sure of it, else ("", 0): a second opinion for the tone guard on an LLM's answer."""
    from emoomni_ros.reasoning import situation as reader

    try:
        words = request.affect.cue("text")
        found = reader.understand(request.utterance[:600], list(request.affect.feelings),
                                  emotion=None if words is None else words.distribution)
    except Exception:  # a reader that cannot read (no encoder) gives no hint, never an error
        return "", 0
    if not found.situation or found.score < HINT_SCORE:
        return "", 0
    return found.situation, int(found.polarity)


def answers_safely(ecot: ECoT) -> bool:
    """The E-CoT answers a concern with the safety strategy (or at least the safety intent)."""
    return ecot.strategy == S.STRATEGY_ENSURE_SAFETY or ecot.intent == S.INTENT_SAFETY


class FallbackWatch:
    """Whether the backend is effectively down: at least ``warn_share`` of the last ``size`` replies
    (and at least ``min_replies`` of them) came from the embedded fallback."""

    def __init__(self, size: int = 10, warn_share: float = 0.5, min_replies: int = 4):
        self.warn_share, self.min_replies = warn_share, min_replies
        self._recent: deque[bool] = deque(maxlen=size)

    def add(self, fallback: bool) -> None:
        self._recent.append(bool(fallback))

    @property
    def fallbacks(self) -> int:
        return sum(self._recent)

    @property
    def replies(self) -> int:
        return len(self._recent)

    @property
    def worrying(self) -> bool:
        return self.replies >= self.min_replies and self.fallbacks >= self.warn_share * self.replies


@dataclass
class Outcome:
    """What the engine's checks did to the last request (the node counts these in /diagnostics)."""

    concern: Concern | None = None
    answered_safely: bool = False  # a concern answered with the safety strategy
    safety_fallback: bool = False  # ... after the backend's own answer did not
    tone_guarded: bool = False
    safe_phrasing: bool = False  # nothing else was usable: the engine's own safe phrasing answered


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

    Every answer is checked, whatever produced it: the persona (``schema.persona_violation``), the
    tone (``tone.violation`` against the felt reading: a reply that celebrates a loss or pities good
    news is replaced and the result says ``tone_guarded`` and why), and safety (when a concern is
    raised, on the affect or in the words, an answer without the safety strategy is replaced). The
    replacement is the fallback's answer; for the fallback itself, or when it fails too, the
    engine's own safe phrasing (``tone.safe_ecot``): every utterance gets an answer.

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
        self.last = Outcome()
        self._abandoned: threading.Thread | None = None

    @property
    def name(self) -> str:
        return self.backend.name

    def set_timeout(self, timeout_s: float) -> None:
        """The backend timeout (the ``timeout_s`` setting), also while running: the backend's own
        deadline (read for each request) and the engine's hard limit, ``timeout_s`` +
        TIMEOUT_GRACE_S; none for a backend that is its own fallback (embedded)."""
        timeout_s = max(0.0, float(timeout_s))
        if hasattr(self.backend, "timeout_s"):
            self.backend.timeout_s = timeout_s
        has_fallback = self.fallback is not None and self.fallback is not self.backend
        self.timeout_s = timeout_s + TIMEOUT_GRACE_S if timeout_s > 0 and has_fallback else 0.0

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

    @staticmethod
    def _judge(ecot: ECoT, request: ReasoningRequest, concern: Concern | None, second_opinion: bool = False
               ) -> tuple[str, str]:
        """("tone" or "safety", why) when an answer that passed the persona check is still wrong.
        ``second_opinion`` (an LLM's answer): a toned reply that passes on the words, the affect and
        the model's own situation is read again with the situation reader's hint."""
        reading = tone.read(request.utterance, request.affect, ecot.situation, concern, hint=request.situation)
        wrong = tone.violation(ecot.response, reading, request.utterance)
        if not wrong and second_opinion and not request.situation and tone.has_tone(ecot.response):
            hint, polarity = situation_hint(request)
            if hint or polarity:
                reading = tone.read(request.utterance, request.affect, ecot.situation, concern, hint=hint,
                                    polarity=polarity)
                wrong = tone.violation(ecot.response, reading, request.utterance)
        if wrong:
            return "tone", wrong
        if concern is not None and not answers_safely(ecot):
            return "safety", (f"a {concern.kind.replace('_', '-')} concern ({concern.level}) answered without "
                              f"the safety strategy ({ecot.strategy})")
        return "", ""

    def reason(self, request: ReasoningRequest, on_stage: StageCallback = _ignore_stage,
               cancelled: CancelCheck = _never) -> Reasoning:
        start = time.perf_counter()
        concern = find_concern(request)
        if concern is not request.concern:
            request = dataclasses.replace(request, concern=concern)
        outcome = Outcome(concern=concern)
        used, reasons, tone_reason = self.backend, [], ""
        ecot: ECoT | None = None
        rejected: ECoT | None = None  # the last answer that failed the tone or safety check
        if self.load_error:
            reasons.append(f"{self.backend.name} unavailable: {self.load_error}")
        else:
            try:
                ecot = self._think(request, on_stage, cancelled)
                broken = persona_violation(ecot, request.utterance)
                if broken:
                    raise BackendError(broken)
            except Cancelled:
                raise
            except Exception as exc:  # every backend failure falls back; the reason is reported
                ecot = None
                reasons.append(f"{self.backend.name} failed: {type(exc).__name__}: {exc}"[:300])
            if ecot is not None:
                # the embedded reasoner reads the situation itself: the second opinion is for LLMs
                kind, why = self._judge(ecot, request, concern, second_opinion=self.backend.name != "embedded")
                if kind:
                    rejected, ecot = ecot, None
                    if kind == "tone":
                        tone_reason = why
                        outcome.tone_guarded = True
                        reasons.append(f"{self.backend.name} failed the tone guard: {why}")
                    else:
                        outcome.safety_fallback = True
                        reasons.append(f"{self.backend.name}: {why}")
        if ecot is None and self.fallback is not None:
            try:
                candidate = self._fall_back(request, reasons[-1], on_stage, cancelled)
                broken = persona_violation(candidate, request.utterance)
                if broken:
                    raise BackendError(broken)
            except Cancelled:
                raise
            except Exception as exc:  # the fallback failed too: the safe phrasing answers below
                reasons.append(f"{self.fallback.name} failed: {type(exc).__name__}: {exc}"[:300])
            else:
                kind, why = self._judge(candidate, request, concern)
                if not kind:
                    ecot, used = candidate, self.fallback
                else:
                    rejected = candidate
                    if kind == "tone":
                        tone_reason = tone_reason or why
                        outcome.tone_guarded = True
                        reasons.append(f"{self.fallback.name} failed the tone guard: {why}")
                    else:
                        outcome.safety_fallback = True
                        reasons.append(f"{self.fallback.name}: {why}")
        if ecot is None:  # nothing usable is left: the engine's own safe phrasing
            reading = tone.read(request.utterance, request.affect, concern=concern, hint=request.situation)
            ecot = tone.safe_ecot(reading, request.crisis_resources, base=rejected,
                                  emergency=request.emergency_number)
            used = self.fallback or self.backend
            outcome.safe_phrasing = True
            # the embedded backend's own reply replaced for its tone alone is no fallback, only guarded
            only_tone = len(reasons) == 1 and tone_reason and self.fallback is None
            reasons = [] if only_tone else [*reasons, "answered with the engine's safe phrasing"]
            on_stage("generating", "answering with the engine's safe phrasing")
            emit_stages(ecot, on_stage)
        outcome.answered_safely = concern is not None and answers_safely(ecot)
        fallback_reason = "; ".join(reasons)[:600]
        self.last_error, self.last = fallback_reason, outcome
        elapsed_ms = (time.perf_counter() - start) * 1000.0
        return Reasoning(
            utterance=request.utterance, utterance_id=request.utterance_id, person_id=request.person_id,
            affect=request.affect, backend=used.name if used else self.backend.name,
            fallback=bool(fallback_reason), fallback_reason=fallback_reason, reasoning_ms=elapsed_ms,
            tone_guarded=outcome.tone_guarded, tone_reason=tone_reason[:300], **ecot.as_dict(),
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
