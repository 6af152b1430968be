"""TTS backends, sentence streaming and the expressiveness self-check (no ROS)."""

import threading

import numpy as np
import pytest

from emoomni_ros.datatypes import SpeechInstruction
from emoomni_ros.expression import playback, selfcheck, tts
from emoomni_ros.expression.espeak_backend import parse_wav, to_ssml
from emoomni_ros.perception.voice import prosody


@pytest.fixture(scope="module")
def espeak():
    return tts.create("espeak")


@pytest.fixture(scope="module")
def piper():
    try:
        return tts.create("piper", threads=1)
    except tts.BackendUnavailable as exc:
        pytest.skip(f"piper unavailable: {exc}")


def _rms(x):
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


def test_espeak_synthesises_non_silent_audio_at_its_rate(espeak):
    audio = espeak.synthesize("Hello, how are you today?", SpeechInstruction(text="x"))
    assert espeak.sample_rate == 22050
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert 0.8 < audio.size / espeak.sample_rate < 4.0
    assert _rms(audio) > 0.03 and np.max(np.abs(audio)) <= 1.0
    p = prosody.analyze(audio, espeak.sample_rate)
    assert 60 < p.f0_median_hz < 200 and p.voiced_fraction > 0.3


def test_espeak_follows_each_control(espeak):
    text = "We can work through this together, one step at a time."
    base = prosody.analyze(espeak.synthesize(text, SpeechInstruction(text=text)), espeak.sample_rate)

    def measure(**controls):
        return prosody.analyze(espeak.synthesize(text, SpeechInstruction(text=text, **controls)), espeak.sample_rate)

    assert measure(pitch=0.5).f0_median_hz > base.f0_median_hz * 1.2
    assert measure(pitch=-0.3).f0_median_hz < base.f0_median_hz * 0.95
    assert measure(volume=0.4).energy_rms < base.energy_rms * 0.6
    assert measure(volume=1.8).energy_rms > base.energy_rms * 1.4
    assert measure(rate=0.6).speech_s > base.speech_s * 1.3
    assert measure(rate=1.6).speech_s < base.speech_s * 0.8
    assert measure(pitch_range=0.3).f0_range_semitones < base.f0_range_semitones * 0.6


def test_ssml_keeps_text_as_text():
    ssml = to_ssml('Stop & <prosody rate="x-fast">go</prosody> now', SpeechInstruction(text="x", emphasis=["now"]))
    assert ssml.count("<prosody") == 1 and "&lt;prosody" in ssml and "&amp;" in ssml
    assert "<emphasis>now</emphasis>" in ssml


def test_parse_wav_rejects_garbage():
    with pytest.raises(tts.SynthesisError):
        parse_wav(b"not a wav file at all")
    with pytest.raises(tts.SynthesisError):
        parse_wav(b"RIFF\x00\x00\x00\x00WAVE")


def test_speak_streams_sentence_by_sentence_with_pauses(espeak):
    ins = SpeechInstruction(text="First one. Second one! Third one?", pause_before_s=0.5, sentence_pause_s=0.3)
    utt = tts.prepare(espeak, ins)
    segments = list(tts.speak(espeak, utt))
    assert [s.index for s in segments] == [0, 1, 2] and segments[-1].last
    assert [s.sentence for s in segments] == ["First one.", "Second one!", "Third one?"]
    lead = int(0.5 * espeak.sample_rate)
    assert not np.any(segments[0].audio[:lead]) and _rms(segments[0].audio[lead:]) > 0.02
    assert not np.any(segments[1].audio[: int(0.3 * espeak.sample_rate)])


def test_speak_stops_when_cancelled(espeak):
    cancel = threading.Event()
    utt = tts.prepare(espeak, SpeechInstruction(text="One. Two. Three. Four."))
    got = []
    for segment in tts.speak(espeak, utt, cancel):
        got.append(segment)
        cancel.set()
    assert len(got) == 1


def test_prepare_sanitises_and_reports_unsupported(espeak, piper):
    ins = SpeechInstruction(text="<b>Hi</b> \U0001f600 there, friend.", pitch=0.3, rate=1.2,
                            emphasis=["friend", "absent", "<script>"])
    utt = tts.prepare(espeak, ins)
    assert utt.instruction.text == "Hi there, friend." and utt.instruction.emphasis == ["friend"]
    assert utt.unsupported == []
    assert tts.prepare(piper, ins).unsupported == ["pitch", "emphasis"]
    assert tts.prepare(espeak, SpeechInstruction(text="\U0001f600 <i></i>")).empty


def test_unknown_backend_and_unavailable_engines():
    with pytest.raises(ValueError, match="unknown TTS backend"):
        tts.create("nope")
    with pytest.raises(tts.BackendUnavailable, match="not found on PATH"):
        tts.create("espeak", executable="espeak-ng-missing-here")
    with pytest.raises(tts.BackendUnavailable, match="invalid espeak-ng voice"):
        tts.create("espeak", voice="en; rm -rf /")
    with pytest.raises(tts.BackendUnavailable, match="no piper voice"):
        tts.create("piper", model_path="/nonexistent/voice.onnx")


def test_instruct_backend_says_what_is_missing(tmp_path):
    with pytest.raises(tts.BackendUnavailable, match="needs model_path"):
        tts.create("instruct")
    with pytest.raises(tts.BackendUnavailable, match="no instruct-TTS model at .*folder not found"):
        tts.create("instruct", model_path=str(tmp_path / "missing"))
    with pytest.raises(tts.BackendUnavailable, match="no config.json"):
        tts.create("instruct", model_path=str(tmp_path))
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(tts.BackendUnavailable, match="not installed|cannot be imported|no CUDA|could not load"):
        tts.create("instruct", model_path=str(tmp_path))
    with pytest.raises(tts.BackendUnavailable, match="unknown instruct-TTS engine"):
        tts.create("instruct", model_path=str(tmp_path), engine="other")


def test_piper_synthesises_and_follows_speed_and_volume(piper):
    text = "We can work through this together."
    base = piper.synthesize(text, SpeechInstruction(text=text))
    assert piper.sample_rate == 22050 and _rms(base) > 0.02
    slow = piper.synthesize(text, SpeechInstruction(text=text, rate=0.6))
    loud = piper.synthesize(text, SpeechInstruction(text=text, volume=1.8))
    assert slow.size > base.size * 1.3
    assert _rms(loud) > _rms(base) * 1.5


@pytest.mark.parametrize("name", ["espeak", "piper"])
def test_selfcheck_measured_order_matches_requested_order(name, espeak, piper):
    backend = espeak if name == "espeak" else piper
    result = selfcheck.run(backend)
    assert result.passed, result.as_dict()["controls"]
    checked = {c.control for c in result.checks}
    if name == "espeak":
        assert checked == {"pitch", "pitch_range", "volume", "rate"}
    else:
        assert checked == {"volume", "rate"} and set(result.unsupported) == {"pitch", "pitch_range"}


def test_selfcheck_detects_a_backend_that_ignores_the_instruction(espeak):
    class Deaf(tts.TTSBackend):
        name, sample_rate, supports = "deaf", espeak.sample_rate, espeak.supports

        def synthesize(self, sentence, instruction):
            return espeak.synthesize(sentence, SpeechInstruction(text=sentence))

    result = selfcheck.run(Deaf())
    assert not result.passed
    assert not all(c.ok for c in result.checks)


def test_playback_without_device_is_a_clear_error():
    with pytest.raises(playback.PlaybackUnavailable) as err:
        playback.open_output("default", 22050)
    assert "pyaudio is not installed" in str(err.value) or "device" in str(err.value)


def test_speak_ahead_yields_the_same_segments_and_stops_early(espeak):
    utt = tts.prepare(espeak, SpeechInstruction(text="One. Two. Three. Four."))
    plain = [s.audio for s in tts.speak(espeak, utt)]
    ahead = [s.audio for s in tts.speak_ahead(espeak, utt)]
    assert len(ahead) == 4 and all(np.array_equal(a, b) for a, b in zip(plain, ahead, strict=True))
    segments = tts.speak_ahead(espeak, utt)
    assert next(segments).index == 0
    segments.close()  # the producer thread stops and is joined
    assert not [t for t in threading.enumerate() if t.name == "tts_synth"]


def test_speak_ahead_passes_engine_errors_on(espeak):
    class Broken(tts.TTSBackend):
        name, sample_rate = "broken", 22050

        def synthesize(self, sentence, instruction):
            raise tts.SynthesisError("engine crashed")

    with pytest.raises(tts.SynthesisError, match="engine crashed"):
        list(tts.speak_ahead(Broken(), tts.prepare(espeak, SpeechInstruction(text="Hi."))))
