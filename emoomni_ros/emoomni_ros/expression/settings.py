"""Settings of the expressive_tts node (the parameters it declares), ROS-free.

Read-only: the backend, its fallback, every backend's options (``<backend>_<option>``, one group per
backend in the registry ``tts.BACKENDS``, declared by the backend's own ``Options``) and the output
device: they are loaded at start. Live: ``max_chars``, the queue (``speech_queue.QueueSettings``)
and the pacing (``pacing.PacingSettings``), read for each instruction or utterance.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from emoomni_ros.expression import tts
from emoomni_ros.expression.pacing import PacingSettings
from emoomni_ros.expression.speech_queue import QueueSettings
from emoomni_ros.settings import group, setting


def _backend_options() -> type:
    """One field per registered backend holding its ``Options``, parameters prefixed ``<name>_``."""
    fields = [(name, tts.backend_module(name).Options, group(tts.backend_module(name).Options, prefix=f"{name}_"))
              for name in tts.BACKENDS]
    cls = dataclasses.make_dataclass("BackendOptions", fields)
    cls.__module__ = __name__
    return cls


BackendOptions = _backend_options()
_NAMES = tuple(tts.BACKENDS)
_SUMMARY = ", ".join(f"{name} ({tts.backend_module(name).SUMMARY})" for name in _NAMES)


@dataclass
class TTSSettings:
    backend: str = setting("espeak", f"TTS backend: {_SUMMARY}", choices=_NAMES)
    fallback_backend: str = setting("espeak", "backend used when `backend` cannot start ('' = none: the node then "
                                    "drops every instruction)", choices=("", *_NAMES))
    backends: BackendOptions = group(BackendOptions)  # type: ignore[valid-type]
    max_chars: int = setting(1000, "longest text spoken; longer text is cut at a sentence end",
                             min_value=1, max_value=100000, live=True)
    queue: QueueSettings = group(QueueSettings)
    pacing: PacingSettings = group(PacingSettings)
    output_device: str = setting("", "PyAudio output device: '' = do not play (publish only), 'default', an index "
                                 "or part of a device name")

    def backend_options(self, name: str) -> Any:
        """The ``Options`` of the registered backend ``name``."""
        return getattr(self.backends, name)
