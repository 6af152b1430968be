"""mic_perception: microphone -> voice activity, per-utterance voice emotion cue and transcript.

A lifecycle node (configured and activated at start when `autostart` is true). Configuring loads
the VAD, the voice emotion head and the recogniser and opens the audio source; any failure (no
input device, unreadable file, missing model) fails the transition with the reason in the log and
on /diagnostics, and the node stays up, unconfigured, instead of crash-looping.

In:  emoomni/audio_in (AudioChunk; when source is "topic"), emoomni/is_speaking (std_msgs/Bool:
     the robot's own speech, ignored by the microphone while true when ignore_while_robot_speaks),
     emoomni/tts/audio (AudioChunk: the robot's own output; with echo_gate, a voice louder than its
     echo is heard while the robot speaks, so the person can interrupt: perception/voice/echo.py)
Out: emoomni/user_speaking (std_msgs/Bool, latched), emoomni/cues/voice (EmotionCue),
     emoomni/transcript (Transcript; partial hypotheses too when publish_partial), /diagnostics

Parameters: ``perception/voice/settings.py`` (MicSettings); thresholds, durations, the echo gate,
gain and partial/early recognition change while the node runs, the source, models and queues are
read-only. What the microphone does while the robot speaks is ``perception/voice/mic_input.py``;
the segmentation and the model workers are ``perception/voice/mic_pipeline.py``.
"""

from __future__ import annotations

import dataclasses
import threading

from rclpy.callback_groups import MutuallyExclusiveCallbackGroup
from rclpy.lifecycle import LifecycleNode, State, TransitionCallbackReturn
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool

from emoomni_msgs.msg import AudioChunk, EmotionCue
from emoomni_msgs.msg import Transcript as TranscriptMsg
from emoomni_ros.datatypes import Cue, Transcript
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_from_msg, cue_to_msg, from_time, transcript_to_msg
from emoomni_ros.nodes.params import NodeSettings
from emoomni_ros.perception.voice import audio, sources
from emoomni_ros.perception.voice.analyzer import ModelError, VoiceEmotion
from emoomni_ros.perception.voice.asr import AsrError
from emoomni_ros.perception.voice.mic_input import MicInput
from emoomni_ros.perception.voice.mic_pipeline import MicPipeline
from emoomni_ros.perception.voice.settings import MicSettings
from emoomni_ros.perception.voice.vad import SileroVad

# Audio chunks: every chunk matters to the VAD, so a bounded queue deeper than latest-only (about
# 3 s of 32 ms chunks); best effort matches both best-effort and reliable publishers.
AUDIO_IN_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.BEST_EFFORT)
MAX_CHANNELS = 64


class MicNode(LifecycleNode):
    def __init__(self) -> None:
        super().__init__("mic_perception")
        self.settings = NodeSettings(self, MicSettings, apply=self._apply)
        self.diag = common.Diagnostics(self, hardware_id="emoomni_mic")
        self.diag.set_status(common.WARN, "unconfigured")
        self.pipeline: MicPipeline | None = None
        self.source = None
        self._capture: threading.Thread | None = None
        self._running = threading.Event()
        self._active = False
        self._resampler: audio.StreamResampler | None = None
        # The robot's speech and its echo (kept across configurations: the echo coupling is learnt)
        self.input = MicInput(self.settings.value.robot, count=self._count)
        self._pubs_ready = False
        # The microphone and the robot in two groups: in one, a backlog of microphone chunks (the
        # VAD runs in their callback) starved the robot's output, the executor serving the first
        # subscription first, and the echo was judged without its reference. MicInput is thread-safe.
        microphone, robot = MutuallyExclusiveCallbackGroup(), MutuallyExclusiveCallbackGroup()
        self.create_subscription(AudioChunk, "emoomni/audio_in", self._on_chunk, AUDIO_IN_QOS,
                                 callback_group=microphone)
        self.create_subscription(Bool, "emoomni/is_speaking", self._on_robot_speaking, common.LATCHED_QOS,
                                 callback_group=robot)
        self.create_subscription(AudioChunk, "emoomni/tts/audio", self._on_robot_audio, AUDIO_IN_QOS,
                                 callback_group=robot)
        common.guard_transitions(self)
        common.autostart_lifecycle(self)

    def _apply(self, new: MicSettings) -> None:
        """Live parameters: the robot-speech handling at once, the pipeline from its next block."""
        self.input.configure(new.robot)
        pipeline = self.pipeline
        if pipeline is not None:
            pipeline.configure(new.pipeline)
            pipeline.voice.set_gain_db(new.voice.gain_db)

    # -- lifecycle -----------------------------------------------------------------------------

    def on_configure(self, state: State) -> TransitionCallbackReturn:
        p = self.settings.value
        source = None
        try:
            source = p.source.create()  # first: a missing device or file fails before the models load
            if source is not None:
                source.open()
            voice = VoiceEmotion(p.voice.model_path or None, gain_mode=p.voice.gain_mode, gain_db=p.voice.gain_db)
            voice.warm_up()  # the first analysis loads lazily: not on the first utterance
            asr = p.asr.load()
            config = dataclasses.replace(p.pipeline, block=p.source.offline)
            self.pipeline = MicPipeline(SileroVad(), voice, asr, config, on_speaking=self._publish_speaking,
                                        on_cue=self._publish_cue, on_transcript=self._publish_transcript,
                                        on_drop=self.diag.drop)
        except (ValueError, ModelError, AsrError, sources.SourceError, audio.AudioError) as exc:
            message = f"configure failed: {exc}"
        except Exception as exc:  # e.g. onnxruntime or ctranslate2 errors: still a failed transition
            message = f"configure failed: {type(exc).__name__}: {exc}"
        else:
            message = ""
        if message:
            if source is not None:
                source.close()
            self.get_logger().error(message)
            self.diag.set_status(common.ERROR, message)
            return TransitionCallbackReturn.FAILURE
        self.source = source
        if not self._pubs_ready:
            self.speaking_pub = self.create_lifecycle_publisher(Bool, "emoomni/user_speaking", common.LATCHED_QOS)
            self.cue_pub = self.create_lifecycle_publisher(EmotionCue, "emoomni/cues/voice", common.EVENT_QOS)
            self.transcript_pub = self.create_lifecycle_publisher(TranscriptMsg, "emoomni/transcript",
                                                                  common.EVENT_QOS)
            self._pubs_ready = True
        self.diag.set_value("source", source.name if source else "topic:emoomni/audio_in")
        self.diag.set_value("voice_model", voice.name)
        self.diag.set_value("asr_model", asr.name if asr else "disabled")
        self.diag.set_status(common.OK, "configured")
        self.get_logger().info(f"configured: source {self.diag.values['source']}, voice {voice.name}, "
                               f"ASR {self.diag.values['asr_model']}")
        return TransitionCallbackReturn.SUCCESS

    def on_activate(self, state: State) -> TransitionCallbackReturn:
        result = super().on_activate(state)
        assert self.pipeline is not None
        self.pipeline.start()
        self.input.attach(self.pipeline)
        self._active = True
        self.speaking_pub.publish(Bool(data=False))
        if self.source is not None:
            self._running.set()
            self._capture = threading.Thread(target=self._capture_loop, name="mic_capture", daemon=True)
            self._capture.start()
        self.diag.set_status(common.OK, "listening")
        return result

    def on_deactivate(self, state: State) -> TransitionCallbackReturn:
        self._stop_capture()
        self._active = False
        self.input.attach(None)
        if self.pipeline is not None:
            self.pipeline.reset()
        self.diag.set_status(common.WARN, "inactive")
        return super().on_deactivate(state)

    def on_cleanup(self, state: State) -> TransitionCallbackReturn:
        self._release()
        self.diag.set_status(common.WARN, "unconfigured")
        return TransitionCallbackReturn.SUCCESS

    def on_shutdown(self, state: State) -> TransitionCallbackReturn:
        self._stop_capture()
        self._active = False
        self._release()
        return TransitionCallbackReturn.SUCCESS

    def _stop_capture(self) -> None:
        self._running.clear()
        if self._capture is not None:
            self._capture.join(timeout=5.0)
            self._capture = None

    def _release(self) -> None:
        self.input.attach(None)
        if self.pipeline is not None:
            self.pipeline.stop()
            self.pipeline = None
        if self.source is not None:
            self.source.close()
            self.source = None

    def destroy_node(self) -> None:
        self._stop_capture()
        self._active = False
        self._release()
        super().destroy_node()

    # -- input ---------------------------------------------------------------------------------

    def _capture_loop(self) -> None:
        """Reads the file or device source until deactivated (or the file ends)."""
        source, pipeline = self.source, self.pipeline
        assert source is not None and pipeline is not None

        def feed(block, stamp: float) -> None:
            self.diag.count("audio_blocks")
            self.input.feed(block, stamp, stamp)

        try:
            ended = sources.capture(source, feed, lambda: common.now_s(self), self._running)
        except sources.SourceError as exc:
            self.diag.set_status(common.ERROR, str(exc))
            self.get_logger().error(str(exc))
            return
        if ended:
            pipeline.flush()
            self.diag.set_status(common.OK, f"end of {source.name}")
            self.get_logger().info(f"end of {source.name}")

    def _on_chunk(self, msg: AudioChunk) -> None:
        if not self._active or self.source is not None or self.pipeline is None:
            return
        if not audio.MIN_STREAM_RATE <= msg.sample_rate <= audio.MAX_RATE or not 0 < msg.channels <= MAX_CHANNELS:
            self.diag.drop("bad_rate", f"sample_rate {msg.sample_rate} (accepted {audio.MIN_STREAM_RATE}.."
                           f"{audio.MAX_RATE} Hz), channels {msg.channels} (1..{MAX_CHANNELS})")
            return
        if msg.encoding not in (AudioChunk.ENCODING_PCM_S16LE, AudioChunk.ENCODING_PCM_F32LE):
            self.diag.drop("bad_encoding", f"encoding {msg.encoding!r}")
            return
        try:
            samples = audio_from_msg(msg)
        except ValueError as exc:
            self.diag.drop("bad_audio", str(exc))
            return
        if samples.size == 0:
            self.diag.drop("empty_audio", "chunk without samples")
            return
        self.diag.count("audio_chunks")
        if self._resampler is None or self._resampler.from_rate != msg.sample_rate:
            # A new stream rate restarts the resampler (its filter is bounded and cached, so a
            # peer that flaps between rates costs little); counted, since a real stream keeps one.
            if self._resampler is not None:
                self.diag.count("rate_changes")
            self._resampler = audio.StreamResampler(msg.sample_rate)
            self.diag.set_value("input_rate", msg.sample_rate)
        stamp = from_time(msg.header.stamp)
        self._feed(self._resampler(samples), stamp if stamp > 0 else None)

    def _feed(self, samples, stamp: float | None) -> None:
        start = stamp if stamp is not None else common.now_s(self) - samples.size / audio.TARGET_RATE
        self.input.feed(samples, stamp, start)

    def _count(self, key: str, n: int) -> None:
        self.diag.count(key, n)
        if key == "echo_blocks_suppressed":
            self.diag.set_value("echo_coupling_db", f"{self.input.gate.coupling_db:.1f}")

    def _on_robot_audio(self, msg: AudioChunk) -> None:
        """The robot's own output: the reference of the echo gate."""
        if not self.settings.value.robot.echo_gate:
            return
        if not audio.MIN_STREAM_RATE <= msg.sample_rate <= audio.MAX_RATE or not 0 < msg.channels <= MAX_CHANNELS:
            self.diag.drop("bad_reference", f"robot audio at {msg.sample_rate} Hz, {msg.channels} channels")
            return
        try:
            samples = audio_from_msg(msg)
        except ValueError as exc:
            self.diag.drop("bad_reference", str(exc))
            return
        self.input.robot_audio(samples, msg.sample_rate, from_time(msg.header.stamp) or common.now_s(self))
        self.diag.count("robot_audio_chunks")

    def _on_robot_speaking(self, msg: Bool) -> None:
        self.input.robot_speaking(bool(msg.data))

    # -- output (called from the pipeline's threads) ------------------------------------------

    def _publish_speaking(self, speaking: bool, stamp: float) -> None:
        self.speaking_pub.publish(Bool(data=speaking))
        self.diag.set_value("user_speaking", speaking)

    def _publish_cue(self, cue: Cue, latency_ms: float) -> None:
        self.cue_pub.publish(cue_to_msg(cue, self.settings.value.frame_id))
        self.diag.count("voice_cues")
        self.diag.set_value("voice_cue_ms", f"{latency_ms:.1f}")

    def _publish_transcript(self, transcript: Transcript, rtf: float) -> None:
        self.transcript_pub.publish(transcript_to_msg(transcript, transcript.window_end))
        self.diag.count("transcripts" if transcript.is_final else "partial_transcripts")
        self.diag.set_value("asr_rtf", f"{rtf:.3f}")
        if self.pipeline is not None:
            self.diag.set_value("early_asr_used", self.pipeline.early_used)
            self.diag.set_value("early_asr_discarded", self.pipeline.early_discarded)
            self.diag.set_value("turn_end_predictions", self.pipeline.turn_decisions)


def main(args: list[str] | None = None) -> int:
    return common.run(MicNode, args, threads=3)  # the microphone, the robot, the rest (timers, parameters)


if __name__ == "__main__":
    raise SystemExit(main())
