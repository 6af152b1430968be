"""transcript_perception: what the words say -> a text EmotionCue per final utterance.

In:  ``emoomni/transcript`` (emoomni_msgs/Transcript; final ones by default), ``emoomni/text_in``
     (std_msgs/String: typed text, e.g. from a chat box or a test; republished as a final
     Transcript on ``emoomni/transcript`` with a fresh utterance id, so the reasoning node answers it)
Out: ``emoomni/cues/text`` (EmotionCue, modality text, same utterance id and time window as the
     transcript), ``/diagnostics``.

Parameters: ``perception/text/settings.py`` (TranscriptSettings); the reading options
(context_turns, max_chars, hedge_confidence, english_only_penalty) and the input switches change
while the node runs, the model, threads and queue size are read-only. The queue, the worker and
each speaker's context are ``perception/text/reader.py`` (TranscriptReader); the science is
``perception/text/analyzer.py``. Empty or unusable text and utterances pushed out of the full queue
are dropped and counted.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque

from rclpy.node import Node
from std_msgs.msg import String

from emoomni_msgs.msg import EmotionCue
from emoomni_msgs.msg import Transcript as TranscriptMsg
from emoomni_ros.datatypes import Cue, Transcript
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, OK, Diagnostics, now_s, run
from emoomni_ros.nodes.convert import cue_to_msg, from_time, transcript_from_msg, transcript_to_msg
from emoomni_ros.nodes.params import NodeSettings
from emoomni_ros.perception.text.analyzer import TextAnalyzer
from emoomni_ros.perception.text.encoder import set_cpu_threads
from emoomni_ros.perception.text.head import DEFAULT_HEAD
from emoomni_ros.perception.text.reader import TranscriptReader
from emoomni_ros.perception.text.settings import TranscriptSettings


class TranscriptNode(Node):
    def __init__(self, name: str = "transcript_perception"):
        super().__init__(name)
        self.settings = NodeSettings(self, TranscriptSettings, apply=self._apply)
        p = self.settings.value
        self.diagnostics = Diagnostics(self)
        started = time.monotonic()
        try:
            set_cpu_threads(p.threads)  # numpy's BLAS (and torch's, were torch loaded); torch is not imported
            analyzer = TextAnalyzer(p.head_path or DEFAULT_HEAD)
            analyzer.configure(p.reading)
        except (OSError, ValueError, RuntimeError, ImportError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the text model: {exc}")
            raise RuntimeError(f"cannot load the text model: {exc}") from exc
        # The first reading loads lazily (torch kernels, the concern exemplars): pay it here, not on
        # the first utterance, which the reasoning node is waiting for.
        analyzer.analyze("Hello, how are you today?")
        analyzer.forget("Hello, how are you today?")
        self.diagnostics.set_value("model", analyzer.source)
        self.diagnostics.set_value("context_turns", analyzer.context_turns)
        self._ms: deque[float] = deque(maxlen=50)
        self._ms_lock = threading.Lock()
        self.cue_pub = self.create_publisher(EmotionCue, "emoomni/cues/text", EVENT_QOS)
        self.transcript_pub = self.create_publisher(TranscriptMsg, "emoomni/transcript", EVENT_QOS)
        self.reader = TranscriptReader(analyzer, p.queue_size, on_cue=self._publish, on_drop=self.diagnostics.drop)
        self.create_subscription(TranscriptMsg, "emoomni/transcript", self.on_transcript, EVENT_QOS)
        self.create_subscription(String, "emoomni/text_in", self.on_text, EVENT_QOS)
        self.diagnostics.set_status(OK, f"text model loaded in {time.monotonic() - started:.1f} s; waiting for "
                                    "transcripts")

    def _apply(self, new: TranscriptSettings) -> None:
        """Live parameters: the reading options from the next utterance on; the switches per message."""
        self.reader.analyzer.configure(new.reading)
        self.diagnostics.set_value("context_turns", self.reader.analyzer.context_turns)

    # -- inputs ---------------------------------------------------------------------------------------------
    def on_text(self, msg: String) -> None:
        """Typed text: becomes a final transcript of an anonymous speaker, stamped now."""
        now = now_s(self)
        transcript = Transcript(text=msg.data, utterance_id=f"text-{uuid.uuid4().hex[:12]}", is_final=True,
                                window_start=now, window_end=now)
        self.diagnostics.count("typed_texts")
        if self.settings.value.republish_text:
            self.transcript_pub.publish(transcript_to_msg(transcript, now))  # comes back through on_transcript
        else:
            self.reader.submit(transcript, now)

    def on_transcript(self, msg: TranscriptMsg) -> None:
        if not msg.is_final and not self.settings.value.analyze_partials:
            self.diagnostics.count("partials_ignored")
            return
        transcript = transcript_from_msg(msg)
        self.reader.submit(transcript, from_time(msg.header.stamp) or transcript.window_end or now_s(self))

    # -- output (the reader's worker thread) ----------------------------------------------------------------
    def _publish(self, cue: Cue, transcript: Transcript, ms: float) -> None:
        self.cue_pub.publish(cue_to_msg(cue))
        with self._ms_lock:
            self._ms.append(ms)
            mean = sum(self._ms) / len(self._ms)
        d = self.diagnostics
        d.count("cues_published")
        if cue.concern is not None:
            d.count("concerns")
            d.count(f"concerns_{cue.concern.kind}")
        d.set_value("last_label", f"{cue.person_id}: {cue.label} ({cue.confidence:.2f})")
        d.set_value("mean_cue_ms", f"{mean:.1f}")
        d.set_status(OK, f"last utterance read as {cue.label}")

    def destroy_node(self) -> None:
        if hasattr(self, "reader"):
            self.reader.stop(timeout_s=None)
        super().destroy_node()


def main(args: list[str] | None = None) -> int:
    return run(TranscriptNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
