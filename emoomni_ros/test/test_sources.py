"""Audio sources: WAV file reading (with trailing silence, looping) and input-device selection."""

import numpy as np
import pytest

from emoomni_ros.perception.voice import audio, sources


def test_file_source_reads_the_whole_file_then_silence(tmp_path):
    x = (0.5 * np.sin(2 * np.pi * 300 * np.arange(22050) / 22050)).astype(np.float32)
    path = audio.save_wav(tmp_path / "tone.wav", x, 22050)
    src = sources.FileSource(path, realtime=False, block_s=0.05, trailing_silence_s=0.5)
    src.open()
    blocks = []
    while (block := src.read()) is not None:
        blocks.append(block)
    out = np.concatenate(blocks)
    assert out.size == 16000 + 8000
    assert all(b.size == 800 for b in blocks[:-1])
    assert audio.rms(out[:16000]) > 0.3 and audio.rms(out[16000:]) == 0.0
    src.close()


def test_file_source_loops(tmp_path):
    path = audio.save_wav(tmp_path / "short.wav", np.full(1600, 0.1, np.float32), 16000)
    src = sources.FileSource(path, realtime=False, block_s=0.1, loop=True, trailing_silence_s=0.0)
    src.open()
    assert all(src.read() is not None for _ in range(5))


def test_file_source_errors(tmp_path):
    for path in ("", tmp_path / "missing.wav"):
        with pytest.raises(sources.SourceError):
            sources.FileSource(path).open()
    (tmp_path / "bad.wav").write_bytes(b"RIFF nonsense")
    with pytest.raises(sources.SourceError, match="cannot read"):
        sources.FileSource(tmp_path / "bad.wav").open()
    with pytest.raises(sources.SourceError, match="not open"):
        sources.FileSource(tmp_path / "bad.wav").read()


def test_pick_device():
    inputs = [(0, "HDA Intel PCH: ALC3246 Analog", 44100), (3, "USB Microphone Array", 16000)]
    assert sources.pick_device(inputs, "default", 3)[0] == 3
    assert sources.pick_device(inputs, "", None)[0] == 0
    assert sources.pick_device(inputs, "3", None)[0] == 3
    assert sources.pick_device(inputs, "usb mic", None)[0] == 3
    with pytest.raises(sources.SourceError, match="index 7"):
        sources.pick_device(inputs, "7", None)
    with pytest.raises(sources.SourceError, match="named like 'webcam'"):
        sources.pick_device(inputs, "webcam", None)
    with pytest.raises(sources.SourceError, match="no audio input device"):
        sources.pick_device([], "default", None)


def test_unknown_source_kind():
    with pytest.raises(sources.SourceError, match="unknown audio source"):
        sources.create("bluetooth")


def test_device_source_without_devices_fails_clearly():
    pytest.importorskip("pyaudio")
    if sources.list_input_devices():
        pytest.skip("this machine has an audio input device")
    with pytest.raises(sources.SourceError, match="no audio input device"):
        sources.DeviceSource("default").open()


def test_stream_resampler_matches_whole_signal_resampling():
    rng = np.random.default_rng(0)
    for rate in (8000, 22050, 44100, 48000, 16000):
        x = (0.3 * rng.standard_normal(rate)).astype(np.float32)
        whole = audio.resample(x, rate, 16000)
        stream = audio.StreamResampler(rate)
        parts, i = [], 0
        while i < x.size:
            n = int(rng.integers(1, 2000))
            parts.append(stream(x[i : i + n]))
            i += n
        out = np.concatenate(parts)
        assert abs(out.size - whole.size) <= 40
        m = min(out.size, whole.size) - 100
        np.testing.assert_allclose(out[100:m], whole[100:m], atol=1e-5)


def test_capture_feeds_stamped_blocks_until_the_end_or_a_stop(tmp_path):
    import threading

    path = audio.save_wav(tmp_path / "one.wav", np.full(16000, 0.1, np.float32), 16000)
    config = sources.SourceConfig(source="file", file_path=str(path), realtime=False, block_ms=100)
    assert config.offline and sources.SourceConfig().create() is None
    src = config.create()
    src.open()
    fed = []
    running = threading.Event()
    running.set()
    # read faster than real time: stamped as just recorded (its last block ends "now")
    assert sources.capture(src, lambda block, stamp: fed.append((block.size, stamp)), lambda: 50.0, running)
    assert [n for n, _ in fed] == [1600] * 20  # one second of audio, one of trailing silence
    assert fed[0][1] == pytest.approx(48.0) and fed[-1][1] == pytest.approx(49.9)
    looping = sources.SourceConfig(source="file", file_path=str(path), loop_file=True, realtime=False).create()
    looping.open()

    def feed(block, stamp):
        if stamp > 10.5:
            running.clear()

    assert not sources.capture(looping, feed, lambda: 10.0, running)
