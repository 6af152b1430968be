"""media_player: replays inputs into the graph in real time, like a robot's camera and microphone.

- images: a still image (``--image``), a video file's frames (``--video``, via ffmpeg) or an OpenCV
  camera (``--camera``), published on ``camera/image_raw`` (sensor_msgs/Image bgr8);
- audio: WAV files (``--audio``, a playlist) or a video's audio track, published as AudioChunks on
  ``emoomni/audio_in`` in real time, with silence between and after utterances (a microphone never
  stops), so the voice activity detector sees each utterance end;
- events on ``emoomni/player/events`` (std_msgs/String, JSON): ``utterance_start``, ``speech_end``
  (the stamp where the speech in the file ends: the reference for end-to-end latency) and
  ``finished``.

With ``--wait-reply`` the next utterance starts only after the robot's reply (the final TTS chunk
and ``is_speaking`` false), as a person waits for an answer.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

import numpy as np
import rclpy
from rclpy.executors import ExternalShutdownException, SingleThreadedExecutor
from rclpy.node import Node
from rclpy.qos import DurabilityPolicy, HistoryPolicy, QoSProfile, ReliabilityPolicy
from sensor_msgs.msg import Image
from std_msgs.msg import Bool, String

from emoomni_msgs.msg import AudioChunk
from emoomni_ros.bringup import media
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import LATCHED_QOS, SENSOR_QOS, ignore_stop_signals

# Microphone chunks: reliable with a deep queue, so a node busy loading a model loses nothing
# (a best-effort subscriber still matches).
AUDIO_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=200, reliability=ReliabilityPolicy.RELIABLE)
EVENTS_QOS = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.RELIABLE,
                        durability=DurabilityPolicy.TRANSIENT_LOCAL)
EVENTS_TOPIC = "emoomni/player/events"


def image_msg(frame: np.ndarray, stamp, frame_id: str = "camera") -> Image:
    msg = Image()
    msg.header.stamp = stamp
    msg.header.frame_id = frame_id
    msg.height, msg.width = int(frame.shape[0]), int(frame.shape[1])
    msg.encoding = "bgr8"
    msg.is_bigendian = 0
    msg.step = msg.width * 3
    msg.data = np.ascontiguousarray(frame, dtype=np.uint8).tobytes()
    return msg


class MediaPlayer(Node):
    def __init__(self, args: argparse.Namespace):
        super().__init__("media_player")
        self.args = args
        self.stop_event = threading.Event()
        self.image_pub = self.create_publisher(Image, "camera/image_raw", SENSOR_QOS)
        self.audio_pub = self.create_publisher(AudioChunk, "emoomni/audio_in", AUDIO_QOS)
        self.events_pub = self.create_publisher(String, EVENTS_TOPIC, EVENTS_QOS)
        self._replies = threading.Condition()
        self._finals: set[str] = set()
        self._speaking = False
        if args.wait_reply:
            self.create_subscription(AudioChunk, "emoomni/tts/audio", self._on_tts, 50)
            self.create_subscription(Bool, "emoomni/is_speaking", self._on_speaking, LATCHED_QOS)
        self._t0 = 0.0  # ROS time (s) of the first audio sample
        self._sent = 0  # audio samples published
        self._sequence = 0

    # -- replies (for --wait-reply) ------------------------------------------------------------
    def _on_tts(self, msg: AudioChunk) -> None:
        if msg.final:
            with self._replies:
                self._finals.add(msg.utterance_id)
                self._replies.notify_all()

    def _on_speaking(self, msg: Bool) -> None:
        with self._replies:
            self._speaking = bool(msg.data)
            self._replies.notify_all()

    def _reply_done(self, before: set[str]) -> bool:
        with self._replies:
            return bool(self._finals - before) and not self._speaking

    # -- publishing ----------------------------------------------------------------------------
    def event(self, name: str, **fields) -> None:
        if self._publish(self.events_pub, String(data=json.dumps({"event": name, **fields}))):
            self.get_logger().info(f"{name} {fields}")

    def _now(self) -> float:
        return self.get_clock().now().nanoseconds * 1e-9

    def _publish(self, publisher, msg) -> bool:
        """False once this process is shutting down (Ctrl-C): the playing thread then ends."""
        try:
            publisher.publish(msg)
            return True
        except Exception:  # the context was shut down under us
            self.stop_event.set()
            return False

    def wait_for_subscribers(self, publisher, what: str) -> None:
        """Playback starts once someone listens (what is published before discovery is lost)."""
        deadline = time.monotonic() + self.args.subscriber_timeout_s
        while not self.stop_event.is_set():
            try:
                if publisher.get_subscription_count() > 0:
                    return
            except Exception:  # the context was shut down under us (Ctrl-C): stop playing
                self.stop_event.set()
                return
            if time.monotonic() > deadline:
                self.get_logger().warning(f"nobody subscribes to {publisher.topic_name}; playing {what} anyway")
                return
            self.stop_event.wait(0.05)

    def _send_audio(self, samples: np.ndarray) -> None:
        """Publishes ``samples`` in chunks, each when its last sample 'was captured'."""
        rate, chunk_s = media.SAMPLE_RATE, self.args.chunk_ms / 1000.0
        for block in media.chunks(samples, chunk_s, rate):
            if self.stop_event.is_set():
                return
            start = self._t0 + self._sent / rate
            due = start + len(block) / rate
            delay = due - self._now()
            if delay > 0:
                self.stop_event.wait(delay)
            if not self._publish(self.audio_pub, convert.audio_to_msg(block, rate, start, sequence=self._sequence)):
                return
            self._sent += len(block)
            self._sequence += 1

    def _silence(self, seconds: float) -> None:
        self._send_audio(np.zeros(int(seconds * media.SAMPLE_RATE), dtype=np.float32))

    def play_audio(self, clips: list[tuple[str, np.ndarray]]) -> None:
        rate = media.SAMPLE_RATE
        self.wait_for_subscribers(self.audio_pub, "audio")
        self._t0 = self._now()
        self._silence(self.args.lead_s)
        for index, (name, samples) in enumerate(clips):
            if self.stop_event.is_set():
                return
            before = set(self._finals)
            start = self._t0 + self._sent / rate
            end = start + media.activity_end_s(samples, rate)
            self.event("utterance_start", index=index, file=name, stamp=start)
            self._send_audio(samples)
            self.event("speech_end", index=index, file=name, stamp=end)
            if self.args.wait_reply:
                deadline = time.monotonic() + self.args.reply_timeout_s
                while not self._reply_done(before) and time.monotonic() < deadline and not self.stop_event.is_set():
                    self._silence(0.1)
                if not self._reply_done(before):
                    self.get_logger().warning(f"no reply to {name} within {self.args.reply_timeout_s} s")
            self._silence(self.args.gap_s)
        self.event("finished", clips=len(clips))
        while not self.stop_event.is_set():  # a microphone keeps sending silence
            self._silence(0.5)

    def play_images(self, frames, fps: float) -> None:
        period = 1.0 / fps
        self.wait_for_subscribers(self.image_pub, "images")
        next_due = time.monotonic()
        for frame in frames:
            if self.stop_event.is_set() or not self._publish(self.image_pub,
                                                              image_msg(frame, self.get_clock().now().to_msg())):
                return
            next_due += period
            self.stop_event.wait(max(0.0, next_due - time.monotonic()))

    def still_frames(self, image: np.ndarray):
        while not self.stop_event.is_set():
            yield image

    def camera_frames(self, capture):
        while not self.stop_event.is_set():
            ok, frame = capture.read()
            if not ok or frame is None:
                self.get_logger().error("the camera stopped delivering frames")
                self.stop_event.set()
                return
            yield frame


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="media_player", description="replay an image/WAV/video or a camera "
                                     "into the EmoOmni graph in real time")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--image", type=Path, help="still image, published repeatedly")
    source.add_argument("--video", type=Path, help="video file: frames and its audio track (ffmpeg)")
    source.add_argument("--camera", help="OpenCV camera device index or path")
    parser.add_argument("--audio", type=Path, nargs="*", default=[], help="WAV files, played one after another")
    parser.add_argument("--fps", type=float, default=10.0, help="rate for a still image")
    parser.add_argument("--chunk-ms", type=float, default=32.0, help="audio chunk length")
    parser.add_argument("--lead-s", type=float, default=1.0, help="silence before the first utterance")
    parser.add_argument("--gap-s", type=float, default=1.0, help="silence after each utterance")
    parser.add_argument("--wait-reply", action="store_true", help="wait for the robot's reply between utterances")
    parser.add_argument("--reply-timeout-s", type=float, default=60.0, help="longest wait for a reply")
    parser.add_argument("--subscriber-timeout-s", type=float, default=60.0,
                        help="longest wait for a subscriber before playing anyway")
    args = parser.parse_args(argv)
    if args.video and args.audio:
        parser.error("--video brings its own audio track; do not add --audio")
    if not (args.image or args.video or args.camera or args.audio):
        parser.error("nothing to play: give --image/--video/--camera and/or --audio")
    return args


def main(argv: list[str] | None = None) -> int:
    from rclpy.utilities import remove_ros_args

    argv = sys.argv if argv is None else argv
    args = parse_args(remove_ros_args(argv)[1:])
    try:  # load everything before joining the graph: a bad input is a clear error, not a half start
        clips = [(str(p), media.load_speech(p)) for p in args.audio]
        image = media.load_image(args.image) if args.image else None
        info = media.probe_video(args.video) if args.video else None
        if info is not None and info.has_audio:
            clips = [(str(args.video), media.video_audio(args.video))]
        capture = media.open_camera(args.camera) if args.camera is not None else None
    except media.MediaError as exc:
        print(f"[media_player] error: {exc}", file=sys.stderr, flush=True)
        return 2
    rclpy.init(args=argv)
    player = MediaPlayer(args)
    executor = SingleThreadedExecutor()
    executor.add_node(player)
    threads = []
    if image is not None:
        threads.append(threading.Thread(target=player.play_images, args=(player.still_frames(image), args.fps)))
    elif info is not None:
        threads.append(threading.Thread(target=player.play_images, args=(media.video_frames(args.video, info),
                                                                           info.fps)))
    elif capture is not None:
        threads.append(threading.Thread(target=player.play_images, args=(player.camera_frames(capture), 30.0)))
    if clips:
        threads.append(threading.Thread(target=player.play_audio, args=(clips,)))
    for thread in threads:
        thread.daemon = True
        thread.start()
    code = 0
    try:
        while rclpy.ok() and not player.stop_event.is_set():
            executor.spin_once(timeout_sec=0.1)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        ignore_stop_signals()  # a second Ctrl-C (ros2 launch forwards the terminal's) must not cut the shutdown
        code = 1 if capture is not None and player.stop_event.is_set() and rclpy.ok() else 0
        player.stop_event.set()
        for thread in threads:
            thread.join(2.0)
        if capture is not None:
            capture.release()
        executor.shutdown()
        player.destroy_node()
        rclpy.try_shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
