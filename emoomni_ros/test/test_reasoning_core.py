"""The ROS-free core of ecot_reasoning and speech_director: settings (one default each, live or
read-only), affect selection, per-person history, the job runner and its load-retry scheduler, and
the one OpenAI-compatible client's key rule. No ROS, no model."""

from __future__ import annotations

import threading
import time

import pytest

from emoomni_ros import labels, openai_client, settings
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState, Cue
from emoomni_ros.expression import instruction_writer
from emoomni_ros.expression.instruction_writer import SpeechDirectorSettings
from emoomni_ros.reasoning.affect_select import AffectBook, History
from emoomni_ros.reasoning.base import (
    HISTORY_TURNS,
    MAX_HISTORY_TURNS,
    TIMEOUT_GRACE_S,
    Backend,
    BackendUnavailable,
    ReasoningEngine,
    ReasoningRequest,
    Turn,
)
from emoomni_ros.reasoning.embedded import EmbeddedBackend
from emoomni_ros.reasoning.factory import BACKENDS, make_engine
from emoomni_ros.reasoning.openai_backend import OpenAIBackend
from emoomni_ros.reasoning.prompt import user_message
from emoomni_ros.reasoning.runner import Job, LoadRetry, Runner
from emoomni_ros.reasoning.settings import BackendOptions, LlmOptions, ReasoningSettings
from emoomni_ros.reasoning.transformers_backend import TransformersBackend

NOW = 1000.0


# -- settings -------------------------------------------------------------------------------------------

def test_reasoning_settings_keep_the_parameter_names_and_one_default_each():
    params = {p.name: p for p in settings.parameters(ReasoningSettings)}
    for name in ("autostart", "backend", "load_fallback", "load_retry_s", "model_path", "device", "decoding",
                 "max_new_tokens", "field_tokens", "threads", "timeout_s", "temperature", "base_url", "model",
                 "api_key_file", "max_retries", "structured", "stream", "max_tokens", "gpu_memory_utilization",
                 "max_model_len", "dtype", "guided", "persona", "history_turns", "affect_wait_s",
                 "affect_max_age_s", "max_utterance_chars", "respond_to_empty", "publish_action_results",
                 "queue_size", "crisis_resources", "emergency_number"):
        assert name in params, name
    assert "api_key" not in params  # never a parameter: any peer could read it
    assert params["backend"].spec.choices == tuple(BACKENDS)
    # timeout_s: one default, the one the backends take too
    assert params["timeout_s"].default == 30.0 == LlmOptions.timeout_s
    assert TransformersBackend().timeout_s == OpenAIBackend().timeout_s == 30.0
    assert make_engine("openai").timeout_s == pytest.approx(30.0 + TIMEOUT_GRACE_S)
    # history_turns: the range is what a request may carry
    assert params["history_turns"].default == HISTORY_TURNS
    assert params["history_turns"].spec.max_value == MAX_HISTORY_TURNS


def test_what_may_redirect_the_users_words_is_read_only_and_per_utterance_values_are_live():
    params = {p.name: p for p in settings.parameters(ReasoningSettings)}
    for name in ("backend", "base_url", "model", "api_key_file", "persona", "model_path", "device", "queue_size"):
        assert not params[name].spec.live, name
    for name in ("history_turns", "affect_wait_s", "affect_max_age_s", "max_utterance_chars", "timeout_s",
                 "load_retry_s", "crisis_resources", "emergency_number", "respond_to_empty"):
        assert params[name].spec.live, name
    with pytest.raises(ValueError, match="above 50"):
        settings.build(ReasoningSettings, {"history_turns": 51})
    with pytest.raises(ValueError, match="not one of"):
        settings.build(ReasoningSettings, {"backend": "gpt"})


def test_backend_options_are_what_the_factory_gets():
    options = settings.build(ReasoningSettings, {"timeout_s": 4.0, "base_url": "http://x/v1"}).options.as_dict()
    assert options["timeout_s"] == 4.0 and options["base_url"] == "http://x/v1" and options["threads"] == 1
    assert set(options) == {p.name for p in settings.parameters(BackendOptions)}


def test_speech_director_settings():
    params = {p.name: p for p in settings.parameters(SpeechDirectorSettings)}
    assert list(params) == ["voice_styles", "instruction_writer", "openai_base_url", "openai_model",
                            "openai_timeout_s"]
    assert params["openai_timeout_s"].default == 2.0 and params["openai_timeout_s"].spec.live
    assert not params["openai_base_url"].spec.live and not params["instruction_writer"].spec.live
    assert params["instruction_writer"].spec.choices == instruction_writer.WRITERS


# -- the OpenAI-compatible client -----------------------------------------------------------------------

def test_the_api_key_rule(tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("  from-file\n")
    env = {"EMOOMNI_OPENAI_API_KEY": "emoomni", "OPENAI_API_KEY": "openai"}
    assert openai_client.api_key("explicit", str(key_file), env) == "explicit"
    assert openai_client.api_key("", str(key_file), env) == "from-file"
    assert openai_client.api_key("", "", env) == "emoomni"
    assert openai_client.api_key("", "", {"OPENAI_API_KEY": "openai"}) == "openai"
    assert openai_client.api_key("", "", {"EMOOMNI_OPENAI_API_KEY": "", "OPENAI_API_KEY": ""}) == openai_client.NO_KEY
    with pytest.raises(ValueError, match="cannot read the key file") as err:
        openai_client.api_key("", str(tmp_path / "missing"), env)
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        openai_client.api_key("", str(tmp_path / "empty"), env)
    assert "from-file" not in str(err.value)


def test_every_openai_client_uses_the_rule(tmp_path, monkeypatch):
    monkeypatch.setenv("EMOOMNI_OPENAI_API_KEY", "emoomni")
    monkeypatch.setenv("OPENAI_API_KEY", "openai")
    client = openai_client.make_client("http://127.0.0.1:9/v1", 3.0, max_retries=2)
    assert client.api_key == "emoomni" and client.timeout == 3.0 and client.max_retries == 2
    writer = instruction_writer.create("openai", base_url="http://127.0.0.1:9/v1", model="m", timeout_s=1.5)
    assert writer.client.api_key == "emoomni" and writer.timeout_s == 1.5
    key_file = tmp_path / "key"
    key_file.write_text("secret\n")
    backend = OpenAIBackend(base_url="http://127.0.0.1:9/v1", api_key_file=str(key_file))
    backend.load()
    assert backend.client.api_key == "secret"
    backend.close()
    with pytest.raises(ValueError, match="needs base_url"):
        openai_client.make_client("", 1.0)


# -- history_turns: one limit -----------------------------------------------------------------------------

def test_a_request_carries_history_turns_up_to_the_maximum():
    history = [Turn("user", f"turn {i}") for i in range(80)]
    assert len(ReasoningRequest.make("hi", history=history).history) == HISTORY_TURNS
    assert len(ReasoningRequest.make("hi", history=history, history_turns=20).history) == 20
    assert ReasoningRequest.make("hi", history=history, history_turns=0).history == []
    request = ReasoningRequest.make("hi", history=history, history_turns=MAX_HISTORY_TURNS + 10)
    assert len(request.history) == MAX_HISTORY_TURNS
    assert "turn 79" in user_message(request) and "turn 30" in user_message(request)  # the prompt keeps them all


def test_history_keeps_each_persons_turns_for_the_most_recent_people():
    history = History(people=2)
    for i in range(30):
        history.record("ann", f"u{i}", f"r{i}")
    assert [t.text for t in history.recent("ann", 4)] == ["u28", "r28", "u29", "r29"]
    assert len(history.recent("ann", 1000)) == MAX_HISTORY_TURNS and history.recent("ann", 0) == []
    history.record("bob", "hi", "hello")
    history.record("cy", "hi", "hello")
    assert history.recent("ann", 4) == [] and len(history) == 2  # ann was heard from longest ago


# -- affect selection -----------------------------------------------------------------------------------

def _state(person: str, stamp: float, *cues: tuple[str, str]) -> AffectState:
    state = AffectState.neutral(person, stamp)
    state.cues = [Cue(m, labels.one_hot("joy"), 0.8, stamp=stamp, person_id=person, utterance_id=uid)
                  for m, uid in cues]
    return state


def test_selection_prefers_the_state_with_the_utterances_cues():
    book = AffectBook(now=lambda: NOW)
    book.add(_state("ann", NOW - 1.0, ("text", "u1"), ("voice", "u1")))
    book.add(_state("ann", NOW - 0.5, ("text", "u1")))  # newer but without the voice cue
    book.add(_state("bob", NOW - 0.1, ("text", "u1"), ("voice", "u1")))  # someone else
    chosen = book.select("ann", "u1", {"text", "voice"}, wait_s=0.0)
    assert chosen.stamp == NOW - 1.0
    # only the text cue expected: the newest state holding it
    assert book.select("ann", "u1", {"text"}).stamp == NOW - 0.5


def test_selection_falls_back_to_fewer_cues_then_any_recent_state_then_neutral():
    book = AffectBook(now=lambda: NOW)
    book.add(_state("ann", NOW - 2.0, ("voice", "u1")))
    book.add(_state("ann", NOW - 1.0))
    assert book.select("ann", "u1", {"text", "voice"}, wait_s=0.0).stamp == NOW - 2.0  # the voice cue
    assert book.select("ann", "u2", {"text"}, wait_s=0.0).stamp == NOW - 2.0  # any state, with cues first
    book.add(_state("ann", NOW - 100.0, ("text", "u3")))
    assert book.select("ann", "u3", set(), max_age_s=15.0).stamp == NOW - 2.0  # too old to count
    neutral = book.select("carl", "u9", set())
    assert neutral.label == "neutral" and neutral.person_id == "carl" and not neutral.cues and neutral.stamp == NOW


def test_the_anonymous_speaker_matches_everyone():
    book = AffectBook(now=lambda: NOW)
    book.add(_state(ANONYMOUS_SPEAKER, NOW - 1.0, ("text", "u1")))
    assert book.select("ann", "u1", {"text"}).stamp == NOW - 1.0
    book.add(_state("ann", NOW - 0.5, ("text", "u2")))
    assert book.select(ANONYMOUS_SPEAKER, "u2", {"text"}).stamp == NOW - 0.5


def test_selection_waits_for_the_expected_cue_and_no_longer():
    book = AffectBook(now=lambda: NOW)
    book.add(_state("ann", NOW - 1.0, ("text", "u1")))
    threading.Timer(0.1, lambda: book.add(_state("ann", NOW - 0.2, ("text", "u1"), ("voice", "u1")))).start()
    started = time.monotonic()
    assert book.select("ann", "u1", {"text", "voice"}, wait_s=3.0).stamp == NOW - 0.2
    assert time.monotonic() - started < 2.0
    started = time.monotonic()
    assert book.select("ann", "u2", {"text"}, wait_s=0.2).stamp == NOW - 0.2  # gave up waiting
    assert 0.15 <= time.monotonic() - started < 2.0
    assert book.select("ann", "u2", set(), wait_s=5.0) is not None  # nothing expected: no wait


def test_the_book_forgets_the_person_heard_from_longest_ago():
    book = AffectBook(now=lambda: NOW, people=2)
    for person in ("ann", "bob", "cy"):
        book.add(_state(person, NOW - 1.0, ("text", person)))
    assert len(book) == 2
    assert book.select("ann", "ann", {"text"}).stamp == NOW  # forgotten: neutral, stamped now
    assert book.select("bob", "bob", {"text"}).stamp == NOW - 1.0


# -- the engine's timeout, live ---------------------------------------------------------------------------

def test_set_timeout_changes_the_backends_deadline_and_the_engines_limit():
    backend = TransformersBackend()
    engine = ReasoningEngine(backend, EmbeddedBackend())
    engine.set_timeout(7.0)
    assert backend.timeout_s == 7.0 and engine.timeout_s == pytest.approx(7.0 + TIMEOUT_GRACE_S)
    engine.set_timeout(0.0)
    assert engine.timeout_s == 0.0
    embedded = make_engine("embedded", {"timeout_s": 30.0})
    embedded.set_timeout(5.0)
    assert embedded.timeout_s == 0.0  # the fallback itself never times out


# -- the runner -----------------------------------------------------------------------------------------

class _Slow(Backend):
    """Answers like the embedded reasoner after ``delay_s``; records the requests."""

    name = "slow"

    def __init__(self, delay_s: float = 0.0, fail_loads: int = 0):
        self.delay_s, self.fail_loads, self.loads = delay_s, fail_loads, 0
        self.requests: list[ReasoningRequest] = []
        self._embedded = EmbeddedBackend()

    def load(self) -> None:
        self.loads += 1
        if self.loads <= self.fail_loads:
            raise BackendUnavailable("not yet")

    def think(self, request, on_stage=lambda s, p: None, cancelled=lambda: False):
        self.requests.append(request)
        deadline = time.monotonic() + self.delay_s
        while time.monotonic() < deadline and not cancelled():
            time.sleep(0.01)
        return self._embedded.think(request, on_stage, cancelled)


def _job(text: str, uid: str, person: str = "ann", **kw) -> Job:
    return Job(text, uid, person, time.monotonic(), **kw)


def _runner(backend: Backend, **values) -> tuple[Runner, list]:
    results: list = []
    engine = ReasoningEngine(backend, EmbeddedBackend())
    s = settings.build(ReasoningSettings, {"affect_wait_s": 0.0, **values})
    runner = Runner(engine, s, AffectBook(now=lambda: NOW), on_result=lambda job, r, o: results.append(r))
    return runner, results


def test_the_runner_answers_in_order_with_history_and_live_settings():
    backend = _Slow()
    runner, results = _runner(backend, history_turns=2)
    jobs = [_job(f"I passed exam number {i}!", f"u{i}") for i in range(3)]
    for job in jobs:
        runner.submit(job)
    for job in jobs:
        assert job.done.wait(30) and job.result is not None, job.error
    assert [r.utterance_id for r in results] == ["u0", "u1", "u2"]
    assert [t.speaker for t in backend.requests[2].history] == ["user", "robot"]  # history_turns 2
    assert backend.requests[2].history[0].text == "I passed exam number 1!"
    runner.apply(settings.replace(runner.settings, {"history_turns": 4, "crisis_resources": "988",
                                                    "max_utterance_chars": 10}))
    last = _job("I passed another exam today", "u3")
    runner.submit(last)
    assert last.done.wait(30)
    request = backend.requests[-1]
    assert len(request.history) == 4 and request.crisis_resources == "988" and request.truncated
    assert runner.stop()


def test_a_full_queue_drops_the_oldest_waiting_job():
    dropped: list[Job] = []
    engine = ReasoningEngine(_Slow(delay_s=0.3), EmbeddedBackend())
    runner = Runner(engine, settings.build(ReasoningSettings, {"queue_size": 1, "affect_wait_s": 0.0}),
                    AffectBook(now=lambda: NOW), on_drop=dropped.append)
    jobs = [_job("hello there", f"u{i}") for i in range(3)]
    for job in jobs:
        runner.submit(job)
        time.sleep(0.05)  # the first is taken by the worker; the second waits
    for job in jobs:
        assert job.done.wait(30)
    assert [j.utterance_id for j in dropped] == ["u1"] and jobs[1].result is None
    assert jobs[0].result is not None and jobs[2].result is not None
    assert runner.stop()


def test_stop_with_cancel_cancels_the_running_and_waiting_jobs():
    runner, results = _runner(_Slow(delay_s=5.0))
    jobs = [_job("hello there", f"u{i}") for i in range(3)]
    for job in jobs:
        runner.submit(job)
    time.sleep(0.1)
    started = time.monotonic()
    assert runner.stop(cancel=True, timeout_s=10.0)
    assert time.monotonic() - started < 3.0
    assert all(j.done.is_set() and j.cancel.is_set() and j.result is None for j in jobs)
    assert results == []


def test_stop_without_cancel_answers_the_waiting_jobs_first():
    runner, results = _runner(_Slow(delay_s=0.05))
    jobs = [_job("hello there", f"u{i}") for i in range(3)]
    for job in jobs:
        runner.submit(job)
    assert runner.stop()
    assert [r.utterance_id for r in results] == ["u0", "u1", "u2"]


def test_action_feedback_goes_to_the_job():
    runner, _ = _runner(_Slow())
    job = _job("I passed my exam!", "u1", from_action=True)
    runner.submit(job)
    assert job.done.wait(30)
    stages = []
    while not job.stages.empty():
        stages.append(job.stages.get()[0])
    assert [s for s in stages if s != "generating"][:4] == ["analysis", "intent", "strategy", "response"]
    runner.stop()


def test_load_retry_schedule():
    clock = [0.0]
    retry = LoadRetry(10.0, clock=lambda: clock[0])
    assert retry.wait_s() == 10.0 and not retry.due()
    clock[0] = 10.0
    assert retry.due()
    retry.tried()
    clock[0] = 15.0
    assert retry.wait_s() == 5.0
    retry.interval_s = 2.0  # changed live: counts from the last attempt
    assert retry.due()
    retry.interval_s = 0.0
    assert retry.wait_s() is None and not retry.due()


def test_the_runner_retries_a_failed_load_between_jobs():
    backend = _Slow(fail_loads=2)
    engine = ReasoningEngine(backend, EmbeddedBackend(), load_error="not yet")
    retried: list[bool] = []
    runner = Runner(engine, settings.build(ReasoningSettings, {"load_retry_s": 0.3, "affect_wait_s": 0.0}),
                    AffectBook(now=lambda: NOW), on_retry=retried.append)
    deadline = time.monotonic() + 10.0
    while engine.load_error and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not engine.load_error and retried == [False, False, True] and backend.loads == 3
    job = _job("hello there", "u1")
    runner.submit(job)
    assert job.done.wait(30) and job.result.backend == "slow" and not job.result.fallback
    runner.stop()


def test_no_retry_when_load_retry_s_is_zero():
    engine = ReasoningEngine(_Slow(fail_loads=5), EmbeddedBackend(), load_error="not yet")
    retried: list[bool] = []
    runner = Runner(engine, settings.build(ReasoningSettings, {"load_retry_s": 0.0}), AffectBook(),
                    on_retry=retried.append)
    time.sleep(0.6)
    assert retried == []
    runner.apply(settings.replace(runner.settings, {"load_retry_s": 0.1}))  # live
    deadline = time.monotonic() + 5.0
    while not retried and time.monotonic() < deadline:
        time.sleep(0.05)
    assert retried and retried[0] is False
    runner.stop()
