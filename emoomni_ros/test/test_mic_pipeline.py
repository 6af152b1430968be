"""The ROS-free microphone pipeline: speech in blocks -> speaking events, voice cues and
transcripts sharing utterance ids; bounded queues drop (or wait) when a model falls behind."""

import threading
import time

import numpy as np
import pytest
from voice_samples import ESPEAK, espeak_16k, words

from emoomni_ros import settings
from emoomni_ros.perception.voice import analyzer as voice
from emoomni_ros.perception.voice import asr, mic_pipeline, vad
from emoomni_ros.perception.voice.asr import AsrResult

RATE = 16000
pytestmark = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng not installed")


@pytest.fixture(scope="module")
def models():
    return vad.SileroVad(), voice.VoiceEmotion(gain_mode="auto"), asr.WhisperAsr(cpu_threads=1)


@pytest.fixture(scope="module")
def two_sentences(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pipeline")
    first = "Good morning, I would like a cup of coffee please."
    second = "My brother bought a new bicycle last week."
    return first, second, espeak_16k(folder, first, "a"), espeak_16k(folder, second, "b")


class Collector:
    def __init__(self):
        self.events = []
        self.lock = threading.Lock()

    def __call__(self, kind):
        def add(*args):
            with self.lock:
                self.events.append((kind, *args))
        return add

    def of(self, kind):
        with self.lock:
            return [e[1:] for e in self.events if e[0] == kind]


def _pipeline(models, collector, asr_model=None, **config):
    silero, voice_model, recogniser = models
    silero.reset()
    return mic_pipeline.MicPipeline(silero, voice_model, asr_model or recogniser,
                                    mic_pipeline.PipelineConfig(**config), on_speaking=collector("speaking"),
                                    on_cue=collector("cue"), on_transcript=collector("transcript"),
                                    on_drop=collector("drop"))


def _feed(pipeline, signal, stamp=1000.0, block=512):
    for i in range(0, signal.size, block):
        pipeline.push(signal[i : i + block], stamp if i == 0 else None)
    pipeline.flush()


def test_two_utterances_give_two_cues_and_transcripts(models, two_sentences):
    first, second, a, b = two_sentences
    gap = np.zeros(RATE, np.float32)
    signal = np.concatenate([gap, a, gap, b, gap])
    got = Collector()
    pipeline = _pipeline(models, got)
    pipeline.start()
    _feed(pipeline, signal)
    assert pipeline.wait_idle(120)
    pipeline.stop()

    assert [s for s, _ in got.of("speaking")] == [True, False, True, False]
    cues = [c for c, _ in got.of("cue")]
    transcripts = [t for t, _ in got.of("transcript")]
    assert len(cues) == 2 and len(transcripts) == 2 and not got.of("drop")
    assert [c.utterance_id for c in cues] == [t.utterance_id for t in transcripts]
    assert cues[0].utterance_id != cues[1].utterance_id
    for text, t in zip((first, second), transcripts, strict=True):
        assert t.is_final and len(words(t.text) & words(text)) >= 0.6 * len(words(text)), t.text
    starts = [1000.0 + 1.0, 1000.0 + 2.0 + a.size / RATE]
    for cue, start, t in zip(cues, starts, transcripts, strict=True):
        assert cue.modality == "voice" and cue.person_id == "anonymous_speaker"
        assert cue.window_start == pytest.approx(start, abs=0.2)
        assert cue.window_end > cue.window_start and cue.stamp == cue.window_end
        assert (t.window_start, t.window_end) == (cue.window_start, cue.window_end)
    assert all(latency >= 0 for _, latency in got.of("cue"))
    assert all(rtf > 0 for _, rtf in got.of("transcript"))


class SlowAsr:
    """A recogniser that waits until released (makes the ASR queue fill up)."""

    name = "slow"

    def __init__(self):
        self.release = threading.Event()
        self.calls = 0

    def transcribe(self, samples, sample_rate=RATE):
        self.calls += 1
        self.release.wait(30)
        return AsrResult("words", 0.9, "en", 0.0, 1.0, samples.size / RATE, 0.1)


def _many_utterances(a, n):
    gap = np.zeros(RATE, np.float32)
    return np.concatenate([gap] + [np.concatenate([a, gap]) for _ in range(n)])


def test_full_asr_queue_drops_the_oldest_waiting_utterance(models, two_sentences):
    a = two_sentences[2]
    got = Collector()
    slow = SlowAsr()
    pipeline = _pipeline(models, got, asr_model=slow, queue_depth=1)
    pipeline.start()
    _feed(pipeline, _many_utterances(a, 4))
    slow.release.set()
    assert pipeline.wait_idle(60)
    pipeline.stop()
    drops = [reason for reason, _ in got.of("drop")]
    assert drops and set(drops) == {"asr_queue_full"}
    assert len(got.of("cue")) == 4  # the voice cues never wait for ASR
    assert len(got.of("transcript")) == 4 - len(drops)


def test_blocking_mode_waits_instead_of_dropping(models, two_sentences):
    a = two_sentences[2]
    got = Collector()
    slow = SlowAsr()
    pipeline = _pipeline(models, got, asr_model=slow, queue_depth=1, block=True)
    pipeline.start()
    threading.Timer(1.0, slow.release.set).start()
    _feed(pipeline, _many_utterances(a, 3))
    assert pipeline.wait_idle(60)
    pipeline.stop()
    assert not got.of("drop") and len(got.of("transcript")) == 3


def test_partial_transcripts_while_speaking(models, two_sentences, monkeypatch):
    a = two_sentences[2]
    got = Collector()
    pipeline = _pipeline(models, got, publish_partial=True, partial_interval_s=0.2)
    pipeline.start()
    gap = np.zeros(RATE, np.float32)
    signal = np.concatenate([gap, a, gap])
    for i in range(0, signal.size, 512):  # at about 4x real time so partials come due
        pipeline.push(signal[i : i + 512], 0.0 if i == 0 else None)
        time.sleep(0.008)
    pipeline.flush()
    assert pipeline.wait_idle(60)
    pipeline.stop()
    transcripts = [t for t, _ in got.of("transcript")]
    partial = [t for t in transcripts if not t.is_final]
    final = [t for t in transcripts if t.is_final]
    assert len(final) == 1 and partial
    assert {t.utterance_id for t in partial} == {final[0].utterance_id}


def test_reset_discards_the_utterance_in_progress(models, two_sentences):
    a = two_sentences[2]
    got = Collector()
    pipeline = _pipeline(models, got)
    pipeline.start()
    pipeline.push(np.concatenate([np.zeros(RATE // 2, np.float32), a[: a.size // 2]]), 0.0)
    assert pipeline.speaking
    pipeline.reset()
    pipeline.flush()
    assert pipeline.wait_idle(30)
    pipeline.stop()
    assert [s for s, _ in got.of("speaking")] == [True, False]
    assert not got.of("cue") and [r for r, _ in got.of("drop")] == ["interrupted"]


def test_early_asr_gives_the_same_transcripts_from_the_pause(models, two_sentences):
    first, second, a, b = two_sentences
    gap = np.zeros(RATE, np.float32)
    signal = np.concatenate([gap, a, gap, b, gap])
    results = {}
    for early in (True, False):
        got = Collector()
        pipeline = _pipeline(models, got, early_asr=early)
        pipeline.start()
        _feed(pipeline, signal)
        assert pipeline.wait_idle(120)
        pipeline.stop()
        results[early] = ([(t.text, t.window_start, t.window_end) for t, _ in got.of("transcript")],
                          pipeline.early_used)
    assert results[True][0] == results[False][0] and len(results[True][0]) == 2
    assert results[True][1] == 2 and results[False][1] == 0


def test_early_asr_is_discarded_when_the_speech_goes_on(models, two_sentences):
    first, second, a, b = two_sentences
    a, b = _trim(a), _trim(b)  # espeak's own leading and trailing silence would lengthen the pause
    pause = np.zeros(int(0.35 * RATE), np.float32)  # longer than speech_pad_s, shorter than min_silence_s
    gap = np.zeros(RATE, np.float32)
    got = Collector()
    pipeline = _pipeline(models, got, vad=vad.VadConfig(min_silence_s=0.6))
    pipeline.start()
    _feed(pipeline, np.concatenate([gap, a, pause, b, gap]))
    assert pipeline.wait_idle(120)
    pipeline.stop()
    transcripts = [t for t, _ in got.of("transcript")]
    assert len(transcripts) == 1 and pipeline.early_discarded >= 1 and pipeline.early_used == 1
    heard = words(transcripts[0].text)
    assert len(heard & words(first)) >= 0.5 * len(words(first)) and len(heard & words(second)) >= 0.5 * len(
        words(second)), transcripts[0].text


def _trim(x, level=0.01):
    loud = np.flatnonzero(np.abs(x) > level)
    return x[loud[0] : loud[-1] + 1]


def test_configure_applies_the_live_settings_and_keeps_the_queues(models, two_sentences):
    a = two_sentences[2]
    got = Collector()
    pipeline = _pipeline(models, got, queue_depth=2)
    pipeline.start()
    pipeline.configure(settings.replace(pipeline.config, {"person_id": "ada", "min_silence_s": 0.3,
                                                          "queue_depth": 9}))
    assert pipeline.config.queue_depth == 2 and pipeline.segmenter.config.min_silence_s == 0.3
    gap = np.zeros(RATE, np.float32)
    _feed(pipeline, np.concatenate([gap, a, gap]))
    assert pipeline.wait_idle(60)
    pipeline.stop()
    cues, transcripts = got.of("cue"), got.of("transcript")
    assert len(cues) == 1 and len(transcripts) == 1
    assert cues[0][0].person_id == "ada" and transcripts[0][0].person_id == "ada"


class _FixedWords:
    """A recogniser that hears the same words in any audio (the turn-taking tests decide from them)."""

    def __init__(self, text):
        self.text = text

    def transcribe(self, samples):
        seconds = samples.size / RATE
        return AsrResult(text=self.text, confidence=0.9, language="en", start_s=0.0, end_s=seconds, audio_s=seconds,
                         compute_s=0.001)


@pytest.fixture(scope="module")
def hesitation(tmp_path_factory):
    """A turn with a pause in the middle of its sentence: 0.3 s of silence between two espeak clips
    (with their own quiet edges, about 0.7 s without speech)."""
    folder = tmp_path_factory.mktemp("turns")
    first = espeak_16k(folder, "Yesterday I went to the market", "first")
    second = espeak_16k(folder, "and bought some fresh bread.", "second")
    silence = lambda s: np.zeros(int(s * RATE), np.float32)  # noqa: E731
    return np.concatenate([silence(0.5), first, silence(0.3), second, silence(1.5)])


def _turn_ends(models, signal, words, endpointing):
    """(speech end, stream time when the end was detected) of each utterance, the recogniser
    answering at once (the pipeline waits for it after every block)."""
    silero, voice_model, _ = models
    silero.reset()
    ends = []
    config = settings.build(mic_pipeline.PipelineConfig, {"endpointing": endpointing})
    pipeline = None

    def on_speaking(speaking, stamp):
        if not speaking:
            ends.append((stamp, pipeline.segmenter.now))

    pipeline = mic_pipeline.MicPipeline(silero, voice_model, _FixedWords(words), config, on_speaking=on_speaking)
    pipeline.start()
    for i in range(0, signal.size, 512):
        pipeline.push(signal[i : i + 512], 1000.0 if i == 0 else None)
        assert pipeline.wait_idle(30)
    pipeline.flush()
    pipeline.stop()
    return ends, pipeline


def test_predictive_end_of_turn_waits_through_a_pause_in_an_unfinished_sentence(models, hesitation):
    fixed, _ = _turn_ends(models, hesitation, "Yesterday I went to the market and", "fixed")
    assert len(fixed) == 2  # a fixed 0.5 s pause cuts the person off in the middle of the sentence
    predictive, pipeline = _turn_ends(models, hesitation, "Yesterday I went to the market and", "predictive")
    assert len(predictive) == 1 and pipeline.turn_decisions >= 1
    assert pipeline.early_discarded >= 1  # the words of the pause were recognised, then the person went on


def test_predictive_end_of_turn_answers_a_finished_sentence_sooner(models, two_sentences):
    _, _, a, _ = two_sentences
    signal = np.concatenate([np.zeros(RATE // 2, np.float32), a, np.zeros(2 * RATE, np.float32)])
    (fixed,), _ = _turn_ends(models, signal, "Good morning, I would like a cup of coffee please.", "fixed")
    (predictive,), _ = _turn_ends(models, signal, "Good morning, I would like a cup of coffee please.", "predictive")
    fixed_wait, predictive_wait = fixed[1] - fixed[0], predictive[1] - predictive[0]
    assert fixed_wait >= 0.5 and predictive_wait < 0.4, (fixed_wait, predictive_wait)


class CountingEncoder:
    """Stands in for the voice analyzer's own Whisper encoder: counts the utterances it encodes."""

    def __init__(self):
        self.calls = 0

    def encode(self, samples, sample_rate=RATE):
        self.calls += 1
        return np.zeros((max(1, samples.size * 50 // RATE), 384), np.float32)


def test_a_whisper_voice_head_takes_the_encoder_states_of_the_recognition(models, two_sentences):
    # The encoder runs once per utterance: the ASR's states go to the voice cue, which waits for them.
    first, second, a, b = two_sentences
    own = CountingEncoder()
    whisper_voice = voice.VoiceEmotion(voice.WHISPER_MODEL, gain_mode="auto", encoder=own)
    silero, _, recogniser = models
    got = Collector()
    pipeline = _pipeline((silero, whisper_voice, recogniser), got)
    assert pipeline.cue_uses_asr
    pipeline.start()
    gap = np.zeros(RATE, np.float32)
    _feed(pipeline, np.concatenate([gap, a, gap, b, gap]))
    assert pipeline.wait_idle(120)
    pipeline.stop()
    cues = [c for c, _ in got.of("cue")]
    transcripts = [t for t, _ in got.of("transcript")]
    assert len(cues) == 2 and len(transcripts) == 2 and not got.of("drop")
    assert [c.utterance_id for c in cues] == [t.utterance_id for t in transcripts]
    assert all(c.source == whisper_voice.name for c in cues) and own.calls == 0
    # the same audio through the analyzer alone (it encodes itself): the same reading
    alone = voice.VoiceEmotion(voice.WHISPER_MODEL, gain_mode="fixed")
    states = recogniser.encode(a)
    direct = alone.analyze(a, encoder_states=states).cue
    assert direct.label == whisper_voice.analyze(a, encoder_states=states).cue.label


def test_a_whisper_voice_head_still_gives_every_cue_when_recognition_falls_behind(models, two_sentences):
    a = two_sentences[2]
    own = CountingEncoder()
    whisper_voice = voice.VoiceEmotion(voice.WHISPER_MODEL, gain_mode="auto", encoder=own)
    silero = models[0]
    got = Collector()
    slow = SlowAsr()  # gives no encoder states, and falls behind: utterances are dropped from its queue
    pipeline = _pipeline((silero, whisper_voice, None), got, asr_model=slow, queue_depth=3)  # 1-2 drops
    pipeline.start()
    _feed(pipeline, _many_utterances(a, 5))
    slow.release.set()
    assert pipeline.wait_idle(60)
    pipeline.stop()
    drops = [reason for reason, _ in got.of("drop")]
    assert drops and set(drops) == {"asr_queue_full"}
    assert len(got.of("cue")) == 5  # dropped or without states, each utterance still has its voice cue
    assert own.calls == 5 and len(got.of("transcript")) == 5 - len(drops)
