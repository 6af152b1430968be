"""Audio loading and resampling: formats, rates, channels and the errors for unusable input."""

import numpy as np
import pytest
import soundfile as sf

from emoomni_ros.perception.voice import audio


def _tone(rate: int, seconds: float = 1.0, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


@pytest.mark.parametrize("rate", [8000, 16000, 22050, 44100, 48000])
def test_load_wav_resamples_to_16k_and_keeps_the_tone(tmp_path, rate):
    path = audio.save_wav(tmp_path / "tone.wav", _tone(rate), rate)
    samples, out_rate = audio.load_wav(path)
    assert out_rate == 16000 and samples.dtype == np.float32
    assert abs(samples.size - 16000) <= 2
    spectrum = np.abs(np.fft.rfft(samples))
    assert abs(np.argmax(spectrum) * 16000 / samples.size - 440.0) < 2.0
    assert abs(audio.rms(samples) - 0.5 / np.sqrt(2)) < 0.02


def test_load_wav_keeps_rate_when_asked(tmp_path):
    path = audio.save_wav(tmp_path / "tone.wav", _tone(22050), 22050)
    samples, rate = audio.load_wav(path, target_rate=None)
    assert rate == 22050 and samples.size == 22050


def test_stereo_and_integer_input_become_float_mono(tmp_path):
    left = _tone(16000)
    stereo = np.stack([left, np.zeros_like(left)], axis=1)
    path = tmp_path / "stereo.wav"
    sf.write(str(path), stereo, 16000, subtype="PCM_16")
    samples, _ = audio.load_wav(path)
    assert samples.ndim == 1
    np.testing.assert_allclose(samples, left / 2, atol=1e-3)
    as_int = (left * 32767).astype(np.int16)
    np.testing.assert_allclose(audio.to_float_mono(as_int), left, atol=1e-3)
    as_uint8 = (left * 127 + 128).astype(np.uint8)
    np.testing.assert_allclose(audio.to_float_mono(as_uint8), left, atol=2 / 128)


def test_prepare_resamples_arrays():
    out = audio.prepare(_tone(48000), 48000)
    assert out.size == 16000


@pytest.mark.parametrize("content", [b"", b"not a wav file at all", b"RIFF\x00\x00\x00\x00WAVEfmt "])
def test_unreadable_files_raise_audio_error(tmp_path, content):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(audio.AudioError, match="cannot read"):
        audio.load_wav(path)


def test_missing_and_empty_files_raise_audio_error(tmp_path):
    with pytest.raises(audio.AudioError, match="not found"):
        audio.load_wav(tmp_path / "missing.wav")
    empty = tmp_path / "empty.wav"
    sf.write(str(empty), np.zeros(0, dtype=np.float32), 16000)
    with pytest.raises(audio.AudioError, match="no samples"):
        audio.load_wav(empty)


@pytest.mark.parametrize("rate", [0, -16000, 16000.5, "16k", 10_000_000])
def test_bad_rates_raise_audio_error(rate):
    with pytest.raises(audio.AudioError, match="sample rate"):
        audio.prepare(np.zeros(100, dtype=np.float32), rate)


@pytest.mark.parametrize("bad", [np.array([0.0, np.nan]), np.array([np.inf, 0.0]), np.zeros((2, 2, 2)),
                                 np.array(["a", "b"]), np.zeros((10, 0))])
def test_bad_samples_raise_audio_error(bad):
    with pytest.raises(audio.AudioError):
        audio.to_float_mono(bad)


def test_float_samples_are_clipped():
    out = audio.to_float_mono(np.array([2.0, -3.0, 0.25]))
    np.testing.assert_allclose(out, [1.0, -1.0, 0.25])


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050, 44100, 48000, 88200, 96000, 192000, 352800, 384000])
def test_usual_rates_resample_exactly(rate):
    up, down = audio.resample_factors(rate)
    assert up * rate == down * 16000


@pytest.mark.parametrize("rate", [1, 17, 12345, 272138, 383977, 383999])
def test_odd_rates_get_a_bounded_filter(rate):
    """A peer's odd rate (383999 Hz reduces to 16000/383999) once asked for a filter of 7.7 M taps
    and a 2.5 GiB block; the ratio is now approximated within 0.1 % (from 1 kHz up)."""
    up, down = audio.resample_factors(rate)
    assert max(up, down) <= audio.MAX_RESAMPLE_FACTOR
    if rate >= 1000:
        assert abs(up / down * rate / 16000 - 1) < 1e-3
    stream = audio.StreamResampler(rate)
    assert stream.half_len <= 10 * audio.MAX_RESAMPLE_FACTOR


def test_flapping_rates_cost_little_time_and_memory():
    """20 tiny blocks alternating 383999 / 383977 Hz, each restarting the resampler, took 9.8 s and
    400 MB in the mic node; each now reuses a cached bounded filter."""
    import time
    import tracemalloc

    import scipy.signal  # noqa: F401  (imported before the clock starts)

    block = np.zeros(1000, np.float32)
    tracemalloc.start()
    start = time.perf_counter()
    for i in range(20):
        audio.StreamResampler(383999 if i % 2 else 383977)(block)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0 and peak < 50e6, (elapsed, peak)


def test_a_long_block_at_a_high_rate_is_worked_in_bounded_slices():
    import tracemalloc

    x = (0.3 * np.random.default_rng(1).standard_normal(384000 * 5)).astype(np.float32)  # 5 s at 384 kHz
    tracemalloc.start()
    out = audio.StreamResampler(384000)(x)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert abs(out.size - 80000) <= 20
    assert peak < 120e6, peak  # the whole block as one (outputs x taps) array took over 1.5 GB
    whole = audio.resample(x, 384000)
    np.testing.assert_allclose(out[100:70000], whole[100:70000], atol=1e-5)
