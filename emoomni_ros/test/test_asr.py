"""Speech recognition with the shipped tiny.en: espeak speech and RAVDESS clips, silence, errors."""

import numpy as np
import pytest
from voice_samples import espeak_16k, needs_espeak, words

from emoomni_ros.perception import asr, audio


@pytest.fixture(scope="module")
def recogniser():
    return asr.WhisperAsr(cpu_threads=1)


@needs_espeak
def test_transcribes_espeak_speech(tmp_path, recogniser):
    text = "I went to the market yesterday and bought some apples and oranges for the family."
    x = espeak_16k(tmp_path, text)
    result = recogniser.transcribe(x)
    expected = words(text)
    assert len(words(result.text) & expected) >= 0.7 * len(expected), result.text
    assert 0.2 < result.confidence <= 1.0
    assert result.language == "en"
    assert 0.0 <= result.start_s < result.end_s <= result.audio_s + 1e-6
    assert result.audio_s == pytest.approx(x.size / 16000)
    assert result.compute_s > 0 and result.real_time_factor > 0


@needs_espeak
def test_any_input_rate_is_accepted(tmp_path, recogniser):
    from voice_samples import espeak_wav

    samples, rate = audio.load_wav(espeak_wav(tmp_path, "Good morning, how are you today?"), target_rate=None)
    assert rate == 22050
    assert {"morning", "today"} <= words(recogniser.transcribe(samples, rate).text)


def test_silence_and_noise_give_empty_text(recogniser):
    for x in (np.zeros(32000, np.float32), np.zeros(0, np.float32),
              np.random.default_rng(0).normal(0, 0.05, 32000).astype(np.float32)):
        result = recogniser.transcribe(x)
        assert result.text == "" and result.confidence == 0.0


@pytest.mark.data
def test_transcribes_ravdess_statements(shared_data, recogniser):
    # RAVDESS statement 01 is "Kids are talking by the door", 02 "Dogs are sitting by the door".
    clips = {"01": "kids are talking by the door", "02": "dogs are sitting by the door"}
    for statement, text in clips.items():
        path = shared_data / "ravdess-dev" / "Actor_10" / f"03-01-01-01-{statement}-01-10.wav"
        result = recogniser.transcribe(audio.load_wav(path)[0])
        assert len(words(result.text) & words(text)) >= 4, result.text


def test_bad_model_path_is_a_clear_error(tmp_path):
    with pytest.raises(asr.AsrError, match="model.bin"):
        asr.WhisperAsr(tmp_path)
    (tmp_path / "model.bin").write_bytes(b"garbage")
    with pytest.raises(asr.AsrError, match="cannot load"):
        asr.WhisperAsr(tmp_path)


def test_default_model_is_the_shipped_tiny_en(recogniser):
    assert (asr.default_model_path() / "model.bin").is_file()
    assert recogniser.name == "faster-whisper:tiny.en" and not recogniser.multilingual
