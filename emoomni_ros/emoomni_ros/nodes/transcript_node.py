"""transcript_perception: what the words say -> a text EmotionCue per final utterance.

In:  ``emoomni/transcript`` (emoomni_msgs/Transcript; final ones by default), ``emoomni/text_in``
     (std_msgs/String: typed text, e.g. from a chat box or a test; republished as a final
     Transcript on ``emoomni/transcript`` with a fresh utterance id, so the reasoning node answers it)
Out: ``emoomni/cues/text`` (EmotionCue, modality text, same utterance id and time window as the
     transcript), ``/diagnostics``.

Each speaker's last ``context_turns`` final utterances are kept (bounded) and given to the analyzer
as dialogue context. Analysis runs on one worker thread fed by a bounded queue; when it is full the
oldest waiting utterance is dropped and counted. Empty or unusable text is dropped and counted.
The science is ``perception/text/analyzer.py``.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from collections import OrderedDict, deque

from rclpy.node import Node
from std_msgs.msg import String

from emoomni_msgs.msg import EmotionCue
from emoomni_msgs.msg import Transcript as TranscriptMsg
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Transcript
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, OK, Diagnostics, declare, now_s, run
from emoomni_ros.nodes.convert import cue_to_msg, from_time, transcript_from_msg, transcript_to_msg
from emoomni_ros.perception.text.analyzer import EmptyTextError, TextAnalyzer
from emoomni_ros.perception.text.encoder import set_cpu_threads
from emoomni_ros.perception.text.head import DEFAULT_HEAD

MAX_SPEAKERS = 32  # speakers whose context is remembered (the one heard from longest ago is forgotten)


class TranscriptNode(Node):
    def __init__(self, name: str = "transcript_perception"):
        super().__init__(name)
        head_path = declare(self, "head_path", "", "text-emotion head (.npz); empty: the bundled "
                            "models/text_emotion.npz", read_only=True)
        context_turns = declare(self, "context_turns", -1, "earlier final utterances of the same speaker given "
                                "as context (-1: the head's own setting, 0: none)", read_only=True,
                                min_value=-1, max_value=20)
        max_chars = declare(self, "max_chars", 1000, "longer text is cut at a word boundary", read_only=True,
                            min_value=10, max_value=100000)
        hedge_confidence = declare(self, "hedge_confidence", 0.6, "confidence scale when a masking hedge "
                                   "(\"I'm fine\") meets a positive or neutral reading", read_only=True,
                                   min_value=0.0, max_value=1.0)
        english_penalty = declare(self, "english_only_penalty", 0.5, "confidence scale for text in another "
                                  "language than English", read_only=True, min_value=0.0, max_value=1.0)
        threads = declare(self, "threads", 1, "CPU threads of the sentence encoder (0: the BLAS default)",
                          read_only=True, min_value=0, max_value=64)
        self.analyze_partials = declare(self, "analyze_partials", False, "also analyse partial transcripts "
                                        "(more CPU; their cues are replaced by the final one)")
        self.republish_text = declare(self, "republish_text", True, "republish emoomni/text_in as a final "
                                      "Transcript on emoomni/transcript (so the robot answers typed text)")
        queue_size = declare(self, "queue_size", 8, "utterances waiting for analysis; the oldest is dropped "
                             "beyond this", read_only=True, min_value=1, max_value=1000)
        self.diagnostics = Diagnostics(self)
        started = time.monotonic()
        try:
            set_cpu_threads(threads)  # numpy's BLAS (and torch's, were torch loaded); torch is not imported
            self.analyzer = TextAnalyzer(head_path or DEFAULT_HEAD, max_chars=max_chars,
                                         context_turns=None if context_turns < 0 else context_turns,
                                         hedge_confidence=hedge_confidence, english_only_penalty=english_penalty)
        except (OSError, ValueError, RuntimeError, ImportError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the text model: {exc}")
            raise RuntimeError(f"cannot load the text model: {exc}") from exc
        # The first reading loads lazily (torch kernels, the concern exemplars): pay it here, not on
        # the first utterance, which the reasoning node is waiting for.
        self.analyzer.analyze("Hello, how are you today?")
        self.analyzer.forget("Hello, how are you today?")
        self.diagnostics.set_value("model", self.analyzer.source)
        self.diagnostics.set_value("context_turns", self.analyzer.context_turns)
        self._context: OrderedDict[str, deque[str]] = OrderedDict()
        self._jobs: queue.Queue[tuple[Transcript, float] | None] = queue.Queue(maxsize=queue_size)
        self._ms: deque[float] = deque(maxlen=50)
        self.cue_pub = self.create_publisher(EmotionCue, "emoomni/cues/text", EVENT_QOS)
        self.transcript_pub = self.create_publisher(TranscriptMsg, "emoomni/transcript", EVENT_QOS)
        self.create_subscription(TranscriptMsg, "emoomni/transcript", self.on_transcript, EVENT_QOS)
        self.create_subscription(String, "emoomni/text_in", self.on_text, EVENT_QOS)
        self._worker = threading.Thread(target=self._work, name="text_worker", daemon=True)
        self._worker.start()
        self.diagnostics.set_status(OK, f"text model loaded in {time.monotonic() - started:.1f} s; waiting for "
                                    "transcripts")

    # -- inputs ---------------------------------------------------------------------------------------------
    def on_text(self, msg: String) -> None:
        """Typed text: becomes a final transcript of an anonymous speaker, stamped now."""
        now = now_s(self)
        transcript = Transcript(text=msg.data, utterance_id=f"text-{uuid.uuid4().hex[:12]}", is_final=True,
                                window_start=now, window_end=now)
        self.diagnostics.count("typed_texts")
        if self.republish_text:
            self.transcript_pub.publish(transcript_to_msg(transcript, now))  # comes back through on_transcript
        else:
            self._enqueue(transcript, now)

    def on_transcript(self, msg: TranscriptMsg) -> None:
        if not msg.is_final and not self.analyze_partials:
            self.diagnostics.count("partials_ignored")
            return
        transcript = transcript_from_msg(msg)
        self._enqueue(transcript, from_time(msg.header.stamp) or transcript.window_end or now_s(self))

    def _enqueue(self, transcript: Transcript, stamp: float) -> None:
        if not transcript.text.strip():
            self.diagnostics.drop("empty", f"utterance {transcript.utterance_id!r} has no words")
            return
        while True:
            try:
                self._jobs.put_nowait((transcript, stamp))
                return
            except queue.Full:
                try:  # latest matters most: the oldest waiting utterance gives way
                    old, _ = self._jobs.get_nowait()
                    self.diagnostics.drop("queue_full", f"utterance {old.utterance_id!r} was not analysed in time")
                except queue.Empty:
                    pass

    # -- worker ---------------------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            transcript, stamp = job
            try:
                self._analyze(transcript, stamp)
            except EmptyTextError as exc:
                self.diagnostics.drop("empty", f"utterance {transcript.utterance_id!r}: {exc}")
            except Exception as exc:  # a bad utterance or a model fault must not stop the node
                self.diagnostics.drop("analysis_error", f"{type(exc).__name__}: {exc}")

    def _analyze(self, transcript: Transcript, stamp: float) -> None:
        person = transcript.person_id or ANONYMOUS_SPEAKER
        earlier = list(self._context.get(person, ()))
        start = time.perf_counter()
        cue = self.analyzer.analyze(transcript.text, context=earlier, utterance_id=transcript.utterance_id,
                                    stamp=stamp, person_id=person, language=transcript.language,
                                    window_start=transcript.window_start)
        cue.window_end = transcript.window_end or stamp
        ms = (time.perf_counter() - start) * 1000.0
        self.cue_pub.publish(cue_to_msg(cue))
        if transcript.is_final:
            self._remember(person, transcript.text)
        self._ms.append(ms)
        d = self.diagnostics
        d.count("cues_published")
        if cue.concern is not None:
            d.count("concerns")
            d.count(f"concerns_{cue.concern.kind}")
        d.set_value("last_label", f"{person}: {cue.label} ({cue.confidence:.2f})")
        d.set_value("mean_cue_ms", f"{sum(self._ms) / len(self._ms):.1f}")
        d.set_status(OK, f"last utterance read as {cue.label}")

    def _remember(self, person: str, text: str) -> None:
        turns = self.analyzer.context_turns
        if turns <= 0:
            return
        self._context.setdefault(person, deque(maxlen=turns)).append(text)
        self._context.move_to_end(person)
        while len(self._context) > MAX_SPEAKERS:
            self._context.popitem(last=False)

    def destroy_node(self) -> None:
        try:
            self._jobs.put_nowait(None)
        except queue.Full:
            pass
        super().destroy_node()


def main(args: list[str] | None = None) -> int:
    return run(TranscriptNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
