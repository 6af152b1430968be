"""The TTS core the expressive_tts node drives (no ROS): chunking and real-time pacing of an
utterance (expression/pacing.py), the utterance queue with drops, interrupts and barge-in
(expression/speech_queue.py), and the backend registry with each backend's own options
(expression/tts.py, expression/settings.py)."""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest

from emoomni_ros import settings as core
from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import tts
from emoomni_ros.expression.pacing import Pacer, PacingSettings
from emoomni_ros.expression.settings import TTSSettings
from emoomni_ros.expression.speech_queue import ACTION, TOPIC, QueueSettings, Request, SpeechQueue

RATE = 1000  # samples per second: 100 ms chunks are 100 samples


def _segments(*seconds: float) -> list[tts.Segment]:
    return [tts.Segment(i, len(seconds), f"s{i}", np.full(int(s * RATE), 0.1, dtype=np.float32), RATE)
            for i, s in enumerate(seconds)]


class FakeTime:
    """A clock that only moves when the pacer waits; records the waits."""

    def __init__(self) -> None:
        self.now, self.waits = 100.0, []

    def clock(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.waits.append(round(seconds, 6))
        self.now += seconds
        return False


def _run(pacer: Pacer, segments: list[tts.Segment], fail_at: int | None = None) -> list:
    sent = []
    for seg in segments:
        for chunk in pacer.chunks(seg):
            if chunk.sequence == fail_at:
                break  # a publish that failed
            sent.append(chunk)
        if pacer.stopped or (fail_at is not None and len(sent) == fail_at):
            break
    return sent


def test_chunks_have_chunk_ms_and_one_final_at_the_end():
    pacer = Pacer(RATE, PacingSettings(chunk_ms=100, realtime=False))
    chunks = _run(pacer, _segments(0.25, 0.3))
    assert [c.samples.size for c in chunks] == [100, 100, 50, 100, 100, 100]
    assert [c.sequence for c in chunks] == list(range(6))
    assert [c.final for c in chunks] == [False] * 5 + [True]
    assert [c.offset_s for c in chunks] == pytest.approx([0.0, 0.1, 0.2, 0.25, 0.35, 0.45])
    assert pacer.audio_s == pytest.approx(0.55) and pacer.closed and pacer.closing_chunk() is None


def test_an_empty_segment_still_gives_one_chunk():
    pacer = Pacer(RATE, PacingSettings(realtime=False))
    chunks = _run(pacer, _segments(0.0))
    assert len(chunks) == 1 and chunks[0].final and chunks[0].samples.size == 0


def test_speech_is_capped_at_max_speech_s_and_closed_for_listeners():
    pacer = Pacer(RATE, PacingSettings(chunk_ms=100, max_speech_s=1.0, realtime=False))
    chunks = _run(pacer, _segments(0.6, 0.6, 0.6))
    assert pacer.capped and pacer.stopped
    assert pacer.audio_s == pytest.approx(1.0) and not any(c.final for c in chunks)
    closing = pacer.closing_chunk()
    assert closing.final and closing.sequence == len(chunks) and closing.offset_s == pytest.approx(1.0)
    assert closing.samples.size == 0


def test_realtime_pacing_holds_each_chunk_until_lead_ms_before_it_plays():
    fake = FakeTime()
    pacer = Pacer(RATE, PacingSettings(chunk_ms=100, realtime=True, lead_ms=30), clock=fake.clock, wait=fake.wait)
    _run(pacer, _segments(0.5))
    # The first chunk leaves at once; chunk n waits until 0.1 n - 0.03 s after the first.
    assert fake.waits == pytest.approx([0.07, 0.1, 0.1, 0.1])
    pacer.wait_played()
    assert fake.now == pytest.approx(100.5)  # until the last chunk has played


@pytest.mark.parametrize("settings, device_paces", [(PacingSettings(realtime=False), False),
                                                    (PacingSettings(realtime=True), True)])
def test_no_pacing_without_realtime_or_when_the_device_paces(settings, device_paces):
    fake = FakeTime()
    pacer = Pacer(RATE, settings, device_paces=device_paces, clock=fake.clock, wait=fake.wait)
    _run(pacer, _segments(0.5))
    pacer.wait_played()
    assert fake.waits == [] and not pacer.paced


def test_cancel_stops_mid_segment_and_a_failed_publish_is_not_counted():
    cancel = threading.Event()
    pacer = Pacer(RATE, PacingSettings(realtime=False), cancel)
    sent = []
    for chunk in pacer.chunks(_segments(1.0)[0]):
        sent.append(chunk)
        if len(sent) == 3:
            cancel.set()
    assert len(sent) == 3 and pacer.stopped and not pacer.capped
    assert pacer.sequence == 3 and pacer.closing_chunk().sequence == 3

    pacer = Pacer(RATE, PacingSettings(realtime=False))
    assert len(_run(pacer, _segments(1.0), fail_at=4)) == 4
    assert pacer.sequence == 4 and pacer.audio_s == pytest.approx(0.4)  # the failed fifth is not counted


def test_a_live_chunk_ms_change_applies_to_the_next_utterance():
    s = core.build(TTSSettings, {"realtime": False})
    assert Pacer(RATE, s.pacing).step == 100
    s = core.replace(s, {"chunk_ms": 40, "max_speech_s": 2.0})
    pacer = Pacer(RATE, s.pacing)
    assert pacer.step == 40 and [c.samples.size for c in _run(pacer, _segments(0.1))] == [40, 40, 20]


# -- the queue --------------------------------------------------------------------------------


class Speaker:
    """speak() for the queue: holds each request until released or cancelled."""

    def __init__(self) -> None:
        self.started: list[Request] = []
        self.release = threading.Event()
        self.begun = threading.Semaphore(0)

    def __call__(self, request: Request) -> None:
        self.started.append(request)
        self.begun.release()
        while not request.cancel.is_set() and not self.release.is_set():
            time.sleep(0.005)
        request.cancelled = request.cancel.is_set()


def _req(text: str, source: str = TOPIC) -> Request:
    return Request(SpeechInstruction(text=text, utterance_id=text), source)


def _wait(predicate, timeout=5.0):
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def test_queue_speaks_in_order_and_drops_the_oldest_waiting_instruction():
    speaker, dropped, idle = Speaker(), [], []
    q = SpeechQueue(speaker, QueueSettings(queue_depth=2), on_drop=dropped.append, on_idle=lambda: idle.append(1))
    try:
        first = _req("a")
        q.submit(first)
        assert speaker.begun.acquire(timeout=5)
        for text in "bcd":
            q.submit(_req(text))
        goal = _req("goal", ACTION)
        q.submit(goal)
        assert [r.instruction.text for r in dropped] == ["b"]  # depth 2: c and d wait
        assert q.waiting(TOPIC) == 2 and q.waiting(ACTION) == 1 and q.current is first
        speaker.release.set()
        _wait(lambda: goal.done.is_set())
        assert [r.instruction.text for r in speaker.started] == ["a", "c", "d", "goal"]
        _wait(lambda: idle)
    finally:
        q.close()


def test_goals_are_never_dropped_and_a_live_depth_change_applies_to_the_next_instruction():
    speaker, dropped = Speaker(), []
    q = SpeechQueue(speaker, QueueSettings(queue_depth=1), on_drop=dropped.append)
    try:
        q.submit(_req("busy"))
        assert speaker.begun.acquire(timeout=5)
        for i in range(3):
            q.submit(_req(f"g{i}", ACTION))
        q.submit(_req("x"))
        q.submit(_req("y"))
        assert [r.instruction.text for r in dropped] == ["x"]
        q.settings = dataclasses.replace(q.settings, queue_depth=3)  # live: the node's apply
        q.submit(_req("z"))
        assert [r.instruction.text for r in dropped] == ["x"] and q.waiting(TOPIC) == 2 and q.waiting(ACTION) == 3
    finally:
        q.close()


def test_interrupt_on_new_cuts_the_current_utterance_when_set_live():
    speaker = Speaker()
    q = SpeechQueue(speaker, QueueSettings(interrupt_on_new=False))
    try:
        first = _req("first")
        q.submit(first)
        assert speaker.begun.acquire(timeout=5)
        q.submit(_req("second"))
        assert not first.cancel.is_set()
        q.settings = dataclasses.replace(q.settings, interrupt_on_new=True)
        q.submit(_req("third"))
        assert first.cancel.is_set()
        _wait(lambda: first.done.is_set())
        assert first.cancelled
    finally:
        q.close()


def test_barge_in_cuts_the_current_utterance_unless_switched_off():
    speaker = Speaker()
    q = SpeechQueue(speaker, QueueSettings(barge_in=False))
    try:
        assert q.user_speaking(True) is None  # nothing is being said
        talk = _req("talk")
        q.submit(talk)
        assert speaker.begun.acquire(timeout=5)
        assert q.user_speaking(True) is None and not talk.cancel.is_set()  # barge_in off
        q.settings = dataclasses.replace(q.settings, barge_in=True)
        assert q.user_speaking(False) is None
        assert q.user_speaking(True) is talk and talk.cancel.is_set()
        assert q.user_speaking(True) is None  # already cut: counted once
    finally:
        q.close()


def test_an_error_in_speak_is_reported_and_the_worker_goes_on():
    errors, spoken = [], []

    def speak(request):
        if request.instruction.text == "bad":
            raise RuntimeError("engine broke")
        spoken.append(request.instruction.text)

    q = SpeechQueue(speak, QueueSettings(queue_depth=5), on_error=lambda r, e: errors.append((r.instruction.text,
                                                                                                str(e))))
    try:
        bad, good = _req("bad"), _req("good")
        q.submit(bad)
        q.submit(good)
        _wait(lambda: good.done.is_set())
        assert bad.done.is_set() and errors == [("bad", "engine broke")] and spoken == ["good"]
    finally:
        q.close()


def test_close_cuts_the_current_utterance_and_ends_the_worker():
    speaker = Speaker()
    q = SpeechQueue(speaker)
    talk = _req("talk")
    q.submit(talk)
    assert speaker.begun.acquire(timeout=5)
    q.close(timeout_s=5)
    assert q.closing and talk.cancel.is_set() and talk.done.is_set()


# -- the backend registry ---------------------------------------------------------------------


def test_every_registered_backend_declares_its_options_as_node_parameters():
    names = {p.name for p in core.parameters(TTSSettings)}
    for name in tts.BACKENDS:
        module = tts.backend_module(name)
        assert module.SUMMARY and callable(module.create)
        params = [f.name for f in dataclasses.fields(module.Options) if "emoomni_setting" in f.metadata]
        assert params, f"{name} declares no parameters"
        assert {f"{name}_{p}" for p in params} <= names
    # The parameter names the profiles and launch files use.
    assert {"espeak_voice", "piper_model_path", "instruct_model_path", "instruct_engine", "instruct_device",
            "instruct_dtype", "instruct_speaker", "instruct_base_url", "instruct_model", "instruct_voice"} <= names
    backend = next(p for p in core.parameters(TTSSettings) if p.name == "backend")
    assert backend.spec.choices == tuple(tts.BACKENDS) and not backend.spec.live


def test_backend_options_come_from_the_node_settings_or_from_keywords():
    s = core.build(TTSSettings, {"instruct_engine": "openai", "instruct_voice": "Ethan", "espeak_voice": "en-gb"})
    assert s.backend_options("instruct").engine == "openai" and s.backend_options("instruct").voice == "Ethan"
    assert s.backend_options("espeak").voice == "en-gb" and s.backend_options("piper").model_path == ""
    opts = tts.options("espeak", voice="en-gb", model_path=None, nonsense=1)  # None and foreign keys ignored
    assert opts.voice == "en-gb" and opts.executable == "espeak-ng"
    with pytest.raises(ValueError, match="unknown TTS backend"):
        tts.options("nope")
    with pytest.raises(TypeError, match="Options or keyword"):
        tts.create("espeak", s.backend_options("piper"))
    with pytest.raises(ValueError, match="not one of"):
        core.build(TTSSettings, {"backend": "festival"})


def test_read_only_and_live_parameters_of_the_tts_node():
    by_name = {p.name: p for p in core.parameters(TTSSettings)}
    live = {n for n, p in by_name.items() if p.spec.live}
    assert live == {"max_chars", "queue_depth", "interrupt_on_new", "barge_in", "chunk_ms", "max_speech_s",
                    "realtime", "lead_ms"}
    assert not by_name["output_device"].spec.live and not by_name["espeak_voice"].spec.live


def test_a_backend_registered_in_the_table_becomes_node_parameters(monkeypatch):
    """What docs/adding-a-tts-backend.md promises: the module and its registry line are enough."""
    import sys
    import types

    from emoomni_ros.settings import setting

    module = types.ModuleType("fake_tts_backend")

    @dataclasses.dataclass
    class Options:
        voice: str = setting("robot", "the fake engine's voice")
        gain: float = setting(1.0, "loudness", min_value=0.0, max_value=4.0)

    class Fake(tts.TTSBackend):
        name, sample_rate, supports = "fake", 8000, frozenset({"volume"})

        def __init__(self, options):
            self.options = options

        def synthesize(self, sentence, instruction):
            return np.full(800, 0.1 * self.options.gain, dtype=np.float32)

    module.SUMMARY, module.Options, module.create = "a test engine", Options, Fake
    monkeypatch.setitem(sys.modules, "fake_tts_backend", module)
    monkeypatch.setitem(tts.BACKENDS, "fake", "fake_tts_backend")
    import importlib

    from emoomni_ros.expression import settings as tts_settings

    try:
        fresh = importlib.reload(tts_settings)
        s = core.build(fresh.TTSSettings, {"backend": "fake", "fake_gain": 2.0})
        backend = tts.create("fake", s.backend_options("fake"))
        audio, utt, _ = tts.synthesize_all(backend, SpeechInstruction(text="Hello."))
        assert audio.size == 800 and float(audio.max()) == pytest.approx(0.2) and utt.unsupported == []
        assert "fake (a test engine)" in next(p for p in core.parameters(fresh.TTSSettings)
                                              if p.name == "backend").spec.description
    finally:
        monkeypatch.undo()
        importlib.reload(tts_settings)
