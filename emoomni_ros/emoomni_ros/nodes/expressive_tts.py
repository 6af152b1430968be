"""expressive_tts: speaks SpeechInstructions (topic) and Say goals (action) with the configured TTS
backend, sentence by sentence, publishing AudioChunks as they are ready and whether it is speaking.

In:  emoomni/speech_instruction (SpeechInstruction), emoomni/user_speaking (std_msgs/Bool: barge-in)
Out: emoomni/tts/audio (AudioChunk stream, `final` on the last chunk of an utterance),
     emoomni/is_speaking (std_msgs/Bool, latched), action emoomni/say (Say: feedback per sentence, cancel)

One worker thread speaks one utterance at a time from a bounded queue (``expression/speech_queue.py``).
With `realtime` true the chunks leave at playback speed (a little ahead; ``expression/pacing.py``), so
is_speaking spans the audio and a cancel or barge-in cuts the rest; an output device, when configured,
paces playback itself. Parameters: ``expression/settings.py`` (TTSSettings; the queue, pacing and
max_chars are live, the backend and its options read-only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from rclpy.action import ActionServer, CancelResponse, GoalResponse
from rclpy.callback_groups import MutuallyExclusiveCallbackGroup, ReentrantCallbackGroup
from rclpy.node import Node
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool

from emoomni_msgs.action import Say
from emoomni_msgs.msg import AudioChunk
from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import playback, tts
from emoomni_ros.expression.pacing import Pacer
from emoomni_ros.expression.settings import TTSSettings
from emoomni_ros.expression.speech_queue import ACTION, TOPIC, Request, SpeechQueue
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_to_msg, instruction_from_msg, instruction_to_msg
from emoomni_ros.nodes.params import NodeSettings

AUDIO_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.RELIABLE)
MAX_PENDING_GOALS = 2


@dataclass
class Job(Request):
    feedback: Any = None  # callable(Say.Feedback) for action jobs
    result: Say.Result = field(default_factory=Say.Result)


class TTSNode(Node):
    def __init__(self) -> None:
        super().__init__("expressive_tts")
        self.queue: SpeechQueue | None = None
        self.settings = NodeSettings(self, TTSSettings, apply=self._apply)
        s = self.settings.value

        self.diag = common.Diagnostics(self, hardware_id="emoomni_tts")
        self.backend = self._start_backend(s)
        self.output = self._open_output(s.output_device) if s.output_device else None

        self.audio_pub = self.create_publisher(AudioChunk, "emoomni/tts/audio", AUDIO_QOS)
        self.speaking_pub = self.create_publisher(Bool, "emoomni/is_speaking", common.LATCHED_QOS)
        self._speaking = None
        self._set_speaking(False)
        self.queue = SpeechQueue(self._speak, s.queue, on_drop=self._on_drop, on_error=self._on_error,
                                 on_idle=lambda: self._set_speaking(False))
        inputs = MutuallyExclusiveCallbackGroup()
        self.create_subscription(SpeechInstructionMsg, "emoomni/speech_instruction", self._on_instruction,
                                 common.EVENT_QOS, callback_group=inputs)
        self.create_subscription(Bool, "emoomni/user_speaking", self._on_user_speaking, common.EVENT_QOS,
                                 callback_group=inputs)
        self._action = ActionServer(self, Say, "emoomni/say", self._execute, goal_callback=self._on_goal,
                                    cancel_callback=lambda _: CancelResponse.ACCEPT,
                                    callback_group=ReentrantCallbackGroup())

    def _apply(self, new: TTSSettings) -> None:
        """Live parameters: the queue takes its settings at once; max_chars and pacing are read at
        the start of each utterance from ``self.settings.value``."""
        if self.queue is not None:
            self.queue.settings = new.queue

    # -- setup ---------------------------------------------------------------------------------

    def _start_backend(self, s: TTSSettings) -> tts.TTSBackend | None:
        for name in dict.fromkeys([s.backend, s.fallback_backend]):
            if not name:
                continue
            try:
                backend = tts.create(name, s.backend_options(name))
            except (tts.BackendUnavailable, ValueError) as exc:
                self.get_logger().error(f"TTS backend {name!r} unavailable: {exc}")
                self.diag.set_value(f"unavailable_{name}", exc)
                continue
            if name != s.backend:
                self.get_logger().warning(f"using fallback TTS backend {name!r}")
            self.diag.set_value("backend", f"{backend.name} ({backend.sample_rate} Hz)")
            self.diag.set_status(common.OK if name == s.backend else common.WARN,
                                 "idle" if name == s.backend else f"fallback backend {name}")
            self.get_logger().info(f"TTS backend {backend.name} ready ({backend.sample_rate} Hz)")
            return backend
        self.diag.set_status(common.ERROR, "no TTS backend could start; instructions are dropped")
        return None

    def _open_output(self, device: str) -> playback.Output | None:
        if self.backend is None:
            return None
        try:
            out = playback.open_output(device, self.backend.sample_rate)
        except playback.PlaybackUnavailable as exc:
            self.get_logger().warning(f"no audio playback (output_device={device!r}): {exc}; audio is only published")
            self.diag.set_value("playback", f"unavailable: {exc}")
            return None
        self.diag.set_value("playback", out.device_name)
        return out

    # -- inputs --------------------------------------------------------------------------------

    def _on_instruction(self, msg: SpeechInstructionMsg) -> None:
        self.diag.count("instructions")
        try:
            ins = instruction_from_msg(msg)
        except (ValueError, TypeError) as exc:
            self.diag.drop("bad_instruction", str(exc))
            return
        if self.backend is None:
            self.diag.drop("no_backend", "no TTS backend is running")
            return
        self.queue.submit(Job(ins, TOPIC))

    def _on_user_speaking(self, msg: Bool) -> None:
        if self.queue.user_speaking(msg.data) is not None:
            self.diag.count("barge_ins")
            self.get_logger().info("user started speaking: stopped talking (barge-in)")

    def _on_drop(self, job: Job) -> None:
        self.diag.drop("queue_full", f"{job.instruction.utterance_id!r} replaced by a newer instruction")

    def _on_error(self, job: Job, exc: Exception) -> None:
        self.get_logger().error(f"speaking failed: {type(exc).__name__}: {exc}")
        job.result.message = f"failed: {exc}"

    # -- the Say action ------------------------------------------------------------------------

    def _on_goal(self, _goal: Say.Goal) -> GoalResponse:
        if self.backend is None or self.queue.waiting(ACTION) >= MAX_PENDING_GOALS:
            self.diag.count("goals_rejected")
            return GoalResponse.REJECT
        return GoalResponse.ACCEPT

    def _execute(self, goal_handle: Any) -> Say.Result:
        request = goal_handle.request
        if request.instruction.text:
            ins = instruction_from_msg(request.instruction)
        else:
            ins = SpeechInstruction(text=request.text)
        job = Job(ins, ACTION, feedback=goal_handle.publish_feedback)
        self.queue.submit(job)
        while not job.done.wait(0.02):
            if goal_handle.is_cancel_requested:
                job.cancel.set()
            if self.queue.closing:
                job.cancel.set()
                break
        if job.cancelled and goal_handle.is_cancel_requested:
            goal_handle.canceled()
        elif job.result.success:
            goal_handle.succeed()
        else:
            goal_handle.abort()
        return job.result

    # -- speaking ------------------------------------------------------------------------------

    def _publish(self, publisher: Any, msg: Any) -> bool:
        """False (and the current utterance cancelled) once the ROS context has shut down."""
        try:
            publisher.publish(msg)
            return True
        except Exception:  # RCLError "publisher's context is invalid" during Ctrl-C
            if self.context.ok():
                raise
            if self.queue is not None:
                self.queue.shutdown()
            return False

    def _set_speaking(self, value: bool) -> None:
        if value != self._speaking and self._publish(self.speaking_pub, Bool(data=value)):
            self._speaking = value
            self.diag.set_value("speaking", value)

    def _speak(self, job: Job) -> None:
        s = self.settings.value  # this utterance's settings (live changes apply to the next one)
        result = job.result
        result.backend = self.backend.name if self.backend else ""
        if job.cancel.is_set():
            job.cancelled, result.message = True, "cancelled before it started"
            return
        if self.backend is None:
            result.message = "no TTS backend is running"
            return
        utt = tts.prepare(self.backend, job.instruction, s.max_chars)
        ins = utt.instruction
        uid = ins.utterance_id or f"tts-{uuid.uuid4().hex[:12]}"
        result.spoken_text = ins.text
        result.applied = instruction_to_msg(ins, common.now_s(self))
        result.unsupported = ",".join(utt.unsupported)
        if utt.empty:
            if job.source == TOPIC:
                self.diag.drop("empty_text", "nothing speakable left after sanitising")
            result.message = "nothing to say: the text is empty after removing markup and symbols"
            return

        self._set_speaking(True)
        rate = self.backend.sample_rate
        pacer = Pacer(rate, s.pacing, job.cancel, device_paces=self.output is not None)
        start_ros = 0.0
        segments = tts.speak_ahead(self.backend, utt, job.cancel)  # synthesises the next sentence meanwhile
        try:
            for seg in segments:
                for chunk in pacer.chunks(seg):
                    if chunk.sequence == 0:
                        start_ros = common.now_s(self)
                        result.first_audio_ms = (pacer.started_at - job.received) * 1000.0
                        self.diag.set_value("first_audio_ms", f"{result.first_audio_ms:.1f}")
                    msg = audio_to_msg(chunk.samples, rate, start_ros + chunk.offset_s, uid, chunk.sequence,
                                       chunk.final)
                    if not self._publish(self.audio_pub, msg):
                        break
                    if self.output is not None:
                        self._play(chunk.samples)
                if job.feedback is not None:
                    job.feedback(Say.Feedback(sentence_index=seg.index, sentence_count=seg.count,
                                              sentence=seg.sentence, progress=(seg.index + 1) / seg.count,
                                              audio_s=pacer.audio_s))
                if pacer.stopped:
                    break
        except tts.SynthesisError as exc:
            self.diag.count("synthesis_errors")
            self.get_logger().error(f"synthesis failed: {exc}")
            result.message = f"synthesis failed: {exc}"
        finally:
            segments.close()
            closing = pacer.closing_chunk()
            if closing is not None:  # cut short: close the utterance for listeners
                self._publish(self.audio_pub, audio_to_msg(closing.samples, rate, start_ros + closing.offset_s, uid,
                                                           closing.sequence, True))
            pacer.wait_played()  # with pacing, until the audio has played
        audio_s = result.duration_s = pacer.audio_s
        if pacer.capped:
            self.diag.count("speech_capped")
            self.get_logger().warning(f"reply cut at max_speech_s ({s.pacing.max_speech_s:g} s)",
                                      throttle_duration_sec=10.0)
        if job.cancel.is_set():
            job.cancelled = True
            self.diag.count("cancelled")
            result.message = result.message or f"stopped after {audio_s:.2f} s"
        elif not result.message:
            result.success = True
            self.diag.count("spoken")
            result.message = "spoken" + (f"; not honoured by {self.backend.name}: {result.unsupported}"
                                         if result.unsupported else "") + ("; text was cut" if utt.truncated else "") \
                + (f"; speech cut at {s.pacing.max_speech_s:g} s" if pacer.capped else "")

    def _play(self, chunk: Any) -> None:
        try:
            self.output.write(chunk)
        except Exception as exc:  # a device that disappears mid-utterance
            self.get_logger().warning(f"playback stopped: {exc}")
            self.diag.set_value("playback", f"failed: {exc}")
            self.output = None

    def destroy_node(self) -> None:
        self.queue.close(timeout_s=5.0)
        if self.output is not None:
            self.output.close()
        if self.backend is not None:
            self.backend.close()
        self._action.destroy()
        super().destroy_node()


def main(args: list[str] | None = None) -> int:
    # Each executing or waiting Say goal holds a thread; inputs, action services and timers need the rest.
    return common.run(TTSNode, args, threads=MAX_PENDING_GOALS + 4)


if __name__ == "__main__":
    raise SystemExit(main())
