"""Prosody on synthetic signals (tones, noise, silence, pulses) and on espeak-ng speech."""

import shutil
import subprocess

import numpy as np
import pytest

from emoomni_ros.perception.voice import audio, prosody

RATES = [8000, 16000, 22050, 44100]


def _tone(freq, seconds=1.5, rate=16000, amp=0.3):
    t = np.arange(int(rate * seconds)) / rate
    return amp * np.sin(2 * np.pi * freq * t)


def _finite(p: prosody.Prosody) -> bool:
    return all(np.isfinite(v) for v in p.as_dict().values())


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("freq", [70.0, 110.0, 220.0, 440.0])
def test_f0_of_pure_tones_at_any_rate(freq, rate):
    if freq * 2 >= rate / 2:
        pytest.skip("tone above Nyquist")
    p = prosody.analyze(_tone(freq, rate=rate), rate)
    assert p.f0_median_hz == pytest.approx(freq, rel=0.01)
    assert p.voiced_fraction > 0.95
    assert p.f0_range_semitones < 0.2
    assert p.f0_jitter < 0.002
    assert p.energy_rms == pytest.approx(0.3 / np.sqrt(2), rel=0.05)
    assert _finite(p)


def test_harmonic_tone_with_weak_fundamental_keeps_its_pitch():
    t = np.arange(16000) / 16000
    x = 0.05 * np.sin(2 * np.pi * 120 * t) + sum(0.2 / k * np.sin(2 * np.pi * 120 * k * t) for k in range(2, 8))
    assert prosody.analyze(x, 16000).f0_median_hz == pytest.approx(120, rel=0.02)


def test_glide_has_range_and_slope():
    rate = 16000
    t = np.arange(2 * rate) / rate
    f = 100 * 2 ** (t / 2)  # one octave in 2 s: 6 semitones per second
    x = 0.3 * np.sin(2 * np.pi * np.cumsum(f) / rate)
    p = prosody.analyze(x, rate)
    assert p.f0_range_semitones == pytest.approx(12 * 0.9, abs=1.0)
    assert p.f0_slope_st_per_s == pytest.approx(6.0, abs=0.5)


def test_vibrato_raises_jitter():
    rate = 16000
    t = np.arange(2 * rate) / rate
    rng = np.random.default_rng(1)
    steady = 0.3 * np.sin(2 * np.pi * 150 * t)
    wobble = 150 * (1 + 0.04 * np.repeat(rng.standard_normal(200), rate // 100))  # F0 jumps every 10 ms
    shaky = 0.3 * np.sin(2 * np.pi * np.cumsum(wobble) / rate)
    assert prosody.analyze(shaky, rate).f0_jitter > 5 * prosody.analyze(steady, rate).f0_jitter
    assert prosody.analyze(shaky, rate).f0_jitter > 0.01


@pytest.mark.parametrize("rate", RATES)
def test_silence_gives_zeros_without_nan(rate):
    for x in (np.zeros(rate), np.zeros(0), np.zeros(10), 1e-6 * np.ones(rate)):
        p = prosody.analyze(x, rate)
        assert _finite(p)
        assert p.speech_s == 0 and p.f0_median_hz == 0 and p.voiced_fraction == 0 and p.speaking_rate == 0
        assert p.energy_db == prosody.SILENCE_DB


def test_white_noise_is_loud_but_unvoiced():
    x = np.random.default_rng(0).normal(0, 0.1, 32000)
    p = prosody.analyze(x, 16000)
    assert p.voiced_fraction < 0.1
    assert p.energy_db == pytest.approx(-20, abs=1.5)
    assert _finite(p)


def test_energy_follows_amplitude():
    quiet = prosody.analyze(_tone(200, amp=0.05), 16000)
    loud = prosody.analyze(_tone(200, amp=0.5), 16000)
    assert loud.energy_db - quiet.energy_db == pytest.approx(20, abs=0.5)


def test_pulses_give_rate_and_pauses():
    rate = 16000
    beep = _tone(200, seconds=0.12, rate=rate) * np.hanning(int(0.12 * rate))
    gap = np.zeros(int(0.13 * rate))
    syllables = np.concatenate([np.concatenate([beep, gap[: int(0.05 * rate)]]) for _ in range(8)])
    x = np.concatenate([gap, syllables, np.zeros(int(0.6 * rate)), syllables, np.zeros(int(0.4 * rate)),
                        syllables, gap])
    p = prosody.analyze(x, rate)
    assert p.n_pauses == 2
    assert p.mean_pause_s == pytest.approx(0.5, abs=0.12)
    assert 0.15 < p.pause_ratio < 0.45
    # 24 syllable-like pulses over the active time
    assert p.speaking_rate * p.speech_s == pytest.approx(24, abs=3)


def test_nan_input_is_an_audio_error():
    with pytest.raises(audio.AudioError):
        prosody.analyze(np.array([0.0, np.nan] * 1000), 16000)
    with pytest.raises(audio.AudioError):
        prosody.analyze(np.zeros(1000), 0)


def test_vector_matches_feature_names():
    p = prosody.analyze(_tone(150), 16000)
    assert p.vector().shape == (len(prosody.FEATURE_NAMES),)


ESPEAK = shutil.which("espeak-ng")


def _espeak(tmp_path, text, *args, name="speech"):
    path = tmp_path / f"{name}.wav"
    subprocess.run([ESPEAK, *args, "-w", str(path), text], check=True, capture_output=True)
    return audio.load_wav(path, target_rate=None)


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng not installed")
def test_espeak_speech_rate_pitch_and_pauses(tmp_path):
    text = "I went to the market yesterday and bought some apples and oranges for the family"
    slow = prosody.analyze(*_espeak(tmp_path, text, "-s", "90", name="slow"))
    fast = prosody.analyze(*_espeak(tmp_path, text, "-s", "260", name="fast"))
    assert slow.speaking_rate < fast.speaking_rate
    assert 2.0 < slow.speaking_rate < 6.0
    assert 0.3 < slow.voiced_fraction < 0.95
    low = prosody.analyze(*_espeak(tmp_path, text, "-p", "20", name="low"))
    high = prosody.analyze(*_espeak(tmp_path, text, "-p", "80", name="high"))
    assert 60 < low.f0_median_hz < high.f0_median_hz < 300
    samples, rate = _espeak(tmp_path, 'I see. <break time="1s"/> Tell me more.', "-m", name="pause")
    assert rate == 22050
    paused = prosody.analyze(samples, rate)
    assert paused.n_pauses >= 1 and paused.mean_pause_s > 0.7
    for p in (slow, fast, low, high, paused):
        assert _finite(p)
