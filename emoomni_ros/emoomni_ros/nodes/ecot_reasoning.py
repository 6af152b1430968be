"""ecot_reasoning (lifecycle): the emotional chain of thought for each final user utterance.

In:  emoomni/transcript (final ones trigger), emoomni/affect (the affect over the utterance)
Out: emoomni/reasoning (EmotionalReasoning)
Action: emoomni/reason (emoomni_msgs/action/Reason): feedback per stage, cancellable.

Parameters: ``reasoning/settings.py`` (ReasoningSettings; live ones take effect at once, the backend,
its endpoint, model, persona and key file are read-only). configure loads the backend named by
``backend`` (embedded, transformers, openai, vllm); cleanup frees it. When loading fails,
``load_fallback`` true keeps the node working on the embedded reasoner (every message says
fallback=True and why) and retries the load every ``load_retry_s`` (a vLLM GPU that was busy, a
model folder that was still being copied); false makes configure fail, the node stays unconfigured
and /diagnostics says why. The work itself is ROS-free (``reasoning/runner.py``: one worker thread
fed by a bounded queue, never the executor's threads, and the load retries;
``reasoning/affect_select.py``: which affect and which earlier turns an utterance is reasoned with).
"""

from __future__ import annotations

import queue
import time
import uuid
from collections import deque

from rclpy.action import ActionServer, CancelResponse, GoalResponse
from rclpy.callback_groups import ReentrantCallbackGroup
from rclpy.lifecycle import LifecycleNode, LifecycleState, TransitionCallbackReturn

from emoomni_msgs.action import Reason
from emoomni_msgs.msg import AffectState as AffectStateMsg
from emoomni_msgs.msg import EmotionalReasoning, Transcript
from emoomni_ros import modalities
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Reasoning
from emoomni_ros.nodes.common import (
    ERROR,
    EVENT_QOS,
    OK,
    WARN,
    Diagnostics,
    autostart_lifecycle,
    guard_transitions,
    now_s,
    run,
)
from emoomni_ros.nodes.convert import affect_from_msg, reasoning_to_msg, transcript_from_msg
from emoomni_ros.nodes.params import NodeSettings
from emoomni_ros.reasoning.affect_select import AffectBook
from emoomni_ros.reasoning.base import FallbackWatch, Outcome, ReasoningEngine
from emoomni_ros.reasoning.factory import make_engine
from emoomni_ros.reasoning.runner import Job, Runner
from emoomni_ros.reasoning.settings import ReasoningSettings

FEEDBACK_SETTLE_S = 0.1  # seconds between the last feedback and the result of a Reason goal
# The utterance-based cues an utterance may still bring (modalities.py): the words, the voice.
CUE_TOPICS = {m.name: m.topic for m in modalities.TABLE if not m.frames}


class ReasoningNode(LifecycleNode):
    def __init__(self, name: str = "ecot_reasoning"):
        super().__init__(name)
        self.params = NodeSettings(self, ReasoningSettings, apply=self._apply)
        if "api_key" in getattr(self, "_parameter_overrides", {}):
            self.get_logger().warning("api_key is not a parameter (any peer could read it) and is ignored: put the "
                                      "key in the environment (EMOOMNI_OPENAI_API_KEY) or in a file (api_key_file)")
        self.diagnostics = Diagnostics(self)
        self.diagnostics.set_status(WARN, "unconfigured")
        self.engine: ReasoningEngine | None = None
        self.runner: Runner | None = None
        self.active = False
        self.affects = AffectBook(now=lambda: now_s(self))
        self._subs: list = []
        self._pub = None
        self._action = None
        self._ms: deque[float] = deque(maxlen=50)
        self._fallbacks = FallbackWatch()  # WARN while most recent replies are fallbacks
        guard_transitions(self)
        autostart_lifecycle(self)

    @property
    def settings(self) -> ReasoningSettings:
        return self.params.value

    def _apply(self, new: ReasoningSettings) -> None:
        """Live parameters: the runner reads them for each job (and the retry interval, the timeout)."""
        if self.runner is not None:
            self.runner.apply(new)

    # -- lifecycle ----------------------------------------------------------------------------------------
    def on_configure(self, state: LifecycleState) -> TransitionCallbackReturn:
        settings = self.settings
        name = settings.backend
        started = time.monotonic()
        try:  # the openai backend reads its key file (api_key_file) here
            self.engine = make_engine(name, settings.options.as_dict(), load_fallback=settings.load_fallback)
        except Exception as exc:  # unknown backend, unreadable key file, or a load failure without fallback
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
        self.runner = Runner(self.engine, settings, self.affects, expected_cues=self._expected_cues,
                             on_result=self._on_result, on_drop=self._on_drop, on_error=self._on_error,
                             on_retry=self._on_retry, count=self.diagnostics.count)
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
        """Stops the worker (after the waiting jobs, or cancelling them and the running one), then
        frees the backend and the node's endpoints."""
        self.active = False
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.stop(cancel=cancel)
        for sub in self._subs:
            self.destroy_subscription(sub)
        self._subs = []
        if self._action is not None:
            self._action.destroy()
            self._action = None
        if self._pub is not None:
            self.destroy_lifecycle_publisher(self._pub)
            self._pub = None
        if runner is not None:
            runner.close()
        self.engine = None

    # -- inputs -------------------------------------------------------------------------------------------
    def on_affect(self, msg: AffectStateMsg) -> None:
        try:
            state = affect_from_msg(msg)
        except (ValueError, TypeError) as exc:
            self.diagnostics.drop("malformed_affect", str(exc))
            return
        self.affects.add(state)

    def on_transcript(self, msg: Transcript) -> None:
        if not msg.is_final:
            self.diagnostics.count("partial_transcripts")
            return
        runner = self.runner
        if not self.active or runner is None:
            self.diagnostics.drop("inactive", f"utterance {msg.utterance_id!r} arrived while the node is inactive")
            return
        transcript = transcript_from_msg(msg)
        if not transcript.text.strip() and not self.settings.respond_to_empty:
            self.diagnostics.drop("empty", f"utterance {msg.utterance_id!r} has no words")
            return
        runner.submit(Job(transcript.text, transcript.utterance_id or uuid.uuid4().hex[:12], transcript.person_id,
                          time.monotonic(), window_start=transcript.window_start,
                          spoken=transcript.window_end > transcript.window_start))

    def _expected_cues(self, job: Job) -> set[str]:
        """The cues of this utterance that may still come: a perception node publishes them (voice
        only for speech)."""
        return {m for m, topic in CUE_TOPICS.items()
                if self.count_publishers(topic) > 0 and (m == "text" or job.spoken)}

    # -- action -------------------------------------------------------------------------------------------
    def on_goal(self, goal: Reason.Goal) -> GoalResponse:
        if not self.active or self.runner is None:
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
        runner = self.runner
        if runner is None:
            goal_handle.abort()
            return result
        runner.submit(job)  # a full queue drops its oldest waiting job (a goal among them is aborted)
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

    # -- from the runner (its worker thread) ------------------------------------------------------------
    def _on_drop(self, job: Job) -> None:
        what = f"Reason goal {job.utterance_id!r}" if job.from_action else f"utterance {job.utterance_id!r}"
        self.diagnostics.drop("queue_full", f"{what}: {self.settings.queue_size} were already waiting")

    def _on_error(self, job: Job, error: str) -> None:
        self.diagnostics.drop("reasoning_error", error)

    def _on_retry(self, loaded: bool) -> None:
        engine = self.engine
        if engine is None:
            return
        self.diagnostics.count("load_retries")
        if loaded:
            self.diagnostics.set_status(OK if self.active else WARN, f"backend {engine.name} loaded on a retry"
                                        + ("" if self.active else " (inactive)"))
            self.get_logger().info(f"{engine.name} backend loaded on a retry; no longer answering with embedded")
        else:
            self.diagnostics.set_status(WARN, f"{engine.name} unavailable, answering with embedded (retry every "
                                        f"{self.settings.load_retry_s:g} s): {engine.load_error}")

    def _on_result(self, job: Job, result: Reasoning, outcome: Outcome) -> None:
        self._record(result)
        self._record_checks(result, outcome)
        if self._pub is not None and (not job.from_action or self.settings.publish_action_results):
            self._pub.publish(reasoning_to_msg(result, now_s(self)))
            self.diagnostics.count("published")

    def _record(self, result: Reasoning) -> None:
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
        elif was_worrying and self.active and self.engine is not None:
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
