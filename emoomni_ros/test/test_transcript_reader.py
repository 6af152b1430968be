"""The transcript node's core (perception/text/reader.py, no ROS): utterances read in order on one
worker, the oldest waiting one dropped when the queue is full, each speaker's earlier final turns
as context (bounded number of speakers), and the reading options changed while it runs."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from emoomni_ros import labels, settings
from emoomni_ros.datatypes import Cue, Transcript
from emoomni_ros.perception.text.analyzer import EmptyTextError, TextAnalyzer
from emoomni_ros.perception.text.reader import SpeakerContext, TranscriptReader
from emoomni_ros.perception.text.settings import TranscriptSettings


class FakeAnalyzer:
    context_turns = 2

    def __init__(self):
        self.calls: list[tuple[str, list[str]]] = []
        self.gate = threading.Event()
        self.gate.set()

    def analyze(self, text, context=(), utterance_id="", stamp=0.0, person_id="", language="en", window_start=0.0):
        self.gate.wait(10)
        if text == "boom":
            raise RuntimeError("model fault")
        if text == "   .":
            raise EmptyTextError("nothing left")
        self.calls.append((text, list(context)))
        return Cue(modality="text", distribution=np.full(len(labels.CORE_LABELS), 1.0), confidence=0.5,
                   person_id=person_id, stamp=stamp, utterance_id=utterance_id,
                   window_start=window_start, window_end=stamp)


def said(text, uid, person="ada", final=True, end=12.0):
    return Transcript(text=text, utterance_id=uid, is_final=final, window_start=10.0, window_end=end,
                      person_id=person)


def wait_until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def make(queue_size=8, speakers=32):
    analyzer = FakeAnalyzer()
    cues, drops = [], []
    reader = TranscriptReader(analyzer, queue_size, speakers=speakers,
                              on_cue=lambda cue, t, ms: cues.append((cue, t, ms)),
                              on_drop=lambda reason, detail: drops.append(reason))
    return reader, analyzer, cues, drops


def test_final_turns_of_each_speaker_are_the_context_of_their_next():
    reader, analyzer, cues, drops = make()
    for text, uid, person, final in (("one", "u1", "ada", True), ("partial", "u2", "ada", False),
                                     ("two", "u3", "ada", True), ("hi", "u4", "bob", True),
                                     ("three", "u5", "ada", True)):
        reader.submit(said(text, uid, person, final), 12.0)
    wait_until(lambda: len(cues) == 5)
    reader.stop()
    assert [c for _, c in analyzer.calls] == [[], ["one"], ["one"], [], ["one", "two"]]
    assert [cue.utterance_id for cue, _, _ in cues] == ["u1", "u2", "u3", "u4", "u5"]
    assert all(cue.window_end == 12.0 and ms >= 0 for cue, _, ms in cues) and not drops


def test_a_full_queue_drops_the_oldest_waiting_and_bad_utterances_are_counted():
    reader, analyzer, cues, drops = make(queue_size=2)
    analyzer.gate.clear()
    reader.submit(said("first", "u1"), 1.0)
    wait_until(lambda: reader.waiting == 0)  # being read (waiting at the gate)
    for i in range(2, 6):
        reader.submit(said(f"t{i}", f"u{i}"), 1.0)
    assert not reader.submit(said("  ", "empty"), 1.0)
    reader.submit(said("boom", "bad"), 1.0)
    reader.submit(said("   .", "dots"), 1.0)
    analyzer.gate.set()
    wait_until(lambda: len(drops) == 7)
    assert drops.count("queue_full") == 4 and drops.count("empty") == 2  # t2..t5 pushed out by the later ones
    reader.stop()
    assert sorted(set(drops)) == ["analysis_error", "empty", "queue_full"]
    assert [cue.utterance_id for cue, _, _ in cues] == ["u1"]


def test_the_speaker_heard_from_longest_ago_is_forgotten():
    context = SpeakerContext(speakers=2)
    for person in ("a", "b", "c"):
        context.remember(person, f"{person} said")
    assert len(context) == 2 and context.earlier("a") == [] and context.earlier("c") == ["c said"]
    for i in range(30):
        context.remember("c", str(i))
    assert len(context.earlier("c")) == 20  # the most a reading may take


@pytest.fixture(scope="module")
def analyzer():
    return TextAnalyzer()


def test_the_reading_options_change_while_it_runs(analyzer):
    reader = TranscriptReader(analyzer, 4)
    try:
        live = settings.build(TranscriptSettings)
        hedge = said("I'm fine, really.", "h1")
        before = reader.read(hedge, 1.0).confidence
        live = settings.replace(live, {"hedge_confidence": 1.0})
        analyzer.configure(live.reading)
        assert reader.read(hedge, 1.0).confidence > before
        french = Transcript(text="I am so happy today!", utterance_id="f1", is_final=True, language="fr")
        penalised = reader.read(french, 1.0).confidence
        analyzer.configure(settings.replace(live, {"english_only_penalty": 1.0}).reading)
        assert reader.read(french, 1.0).confidence > penalised
        analyzer.configure(settings.replace(live, {"context_turns": 0}).reading)
        reader.read(said("I lost my job today.", "c1"), 1.0)
        assert not any("context" in e for e in reader.read(said("I'm fine.", "c2"), 1.0).evidence)
        analyzer.configure(settings.replace(live, {"context_turns": -1}).reading)
        assert analyzer.context_turns == analyzer.head.context_turns
        reader.read(said("I lost my job today.", "c3"), 1.0)
        assert any("context" in e for e in reader.read(said("I'm fine.", "c4"), 1.0).evidence)
        analyzer.configure(settings.replace(live, {"max_chars": 10}).reading)
        assert any("truncated" in e for e in reader.read(said("a " * 40, "m1"), 1.0).evidence)
    finally:
        analyzer.configure(settings.build(TranscriptSettings).reading)
        reader.stop()
