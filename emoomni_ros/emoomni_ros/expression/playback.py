"""Optional playback of synthesised audio through a PyAudio (PortAudio) output device.

``open_output(device, rate)`` returns an ``Output`` or raises PlaybackUnavailable with the reason
(pyaudio not installed, no output device, no device matching the name): the caller logs it as a
warning and goes on publishing audio without playing it.
"""

from __future__ import annotations

import numpy as np


class PlaybackUnavailable(RuntimeError):
    """No usable output device (the reason is the message)."""


class Output:
    """A blocking 16-bit mono output stream; ``write`` returns when the device has taken the samples."""

    def __init__(self, pa: object, stream: object, rate: int, device_name: str):
        self._pa, self._stream, self.rate, self.device_name = pa, stream, rate, device_name

    def write(self, samples: np.ndarray) -> None:
        pcm = (np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0) * 32767.0).astype("<i2")
        self._stream.write(pcm.tobytes())

    def close(self) -> None:
        try:
            self._stream.stop_stream()
            self._stream.close()
        finally:
            self._pa.terminate()


def _pick_device(pa: object, device: str) -> tuple[int | None, str]:
    outputs = []
    for i in range(pa.get_device_count()):
        info = pa.get_device_info_by_index(i)
        if int(info.get("maxOutputChannels", 0)) > 0:
            outputs.append((i, str(info.get("name", i))))
    if not outputs:
        raise PlaybackUnavailable("no audio output device found")
    if device == "default":
        try:
            info = pa.get_default_output_device_info()
            return int(info["index"]), str(info.get("name", "default"))
        except (OSError, KeyError, ValueError):
            return outputs[0]
    if device.isdigit():
        for index, name in outputs:
            if index == int(device):
                return index, name
        raise PlaybackUnavailable(f"no output device with index {device}; outputs: {outputs}")
    for index, name in outputs:
        if device.lower() in name.lower():
            return index, name
    raise PlaybackUnavailable(f"no output device named like {device!r}; outputs: {outputs}")


def open_output(device: str, rate: int) -> Output:
    """An output stream on ``device`` ('default', an index, or part of a device name) at ``rate`` Hz."""
    try:
        import pyaudio
    except ImportError:
        raise PlaybackUnavailable("pyaudio is not installed (pip install pyaudio==0.2.14; needs portaudio19-dev)"
                                  ) from None
    pa = pyaudio.PyAudio()
    try:
        index, name = _pick_device(pa, device.strip())
        stream = pa.open(format=pyaudio.paInt16, channels=1, rate=int(rate), output=True,
                         output_device_index=index)
    except PlaybackUnavailable:
        pa.terminate()
        raise
    except Exception as exc:  # PortAudio errors (device busy, rate unsupported) are OSError or ValueError
        pa.terminate()
        raise PlaybackUnavailable(f"could not open output device {device!r}: {exc}") from exc
    return Output(pa, stream, int(rate), name)
