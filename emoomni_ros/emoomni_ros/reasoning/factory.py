"""Backend by name, and the engine that wraps it with the embedded fallback."""

from __future__ import annotations

import inspect
from typing import Any

from emoomni_ros.reasoning.base import Backend, BackendError, ReasoningEngine, load_failure
from emoomni_ros.reasoning.embedded import EmbeddedBackend

# name -> (module, class)
BACKENDS: dict[str, tuple[str, str]] = {
    "embedded": ("emoomni_ros.reasoning.embedded", "EmbeddedBackend"),
    "transformers": ("emoomni_ros.reasoning.transformers_backend", "TransformersBackend"),
    "openai": ("emoomni_ros.reasoning.openai_backend", "OpenAIBackend"),
    "vllm": ("emoomni_ros.reasoning.vllm_backend", "VllmBackend"),
}


def make_backend(name: str, options: dict[str, Any] | None = None) -> Backend:
    """A backend constructed with the ``options`` its constructor accepts (others are ignored, so
    one parameter set can serve every backend)."""
    import importlib

    if name not in BACKENDS:
        raise ValueError(f"unknown reasoning backend {name!r}; choose one of {sorted(BACKENDS)}")
    module, cls_name = BACKENDS[name]
    cls = getattr(importlib.import_module(module), cls_name)
    accepted = inspect.signature(cls.__init__).parameters
    return cls(**{k: v for k, v in (options or {}).items() if k in accepted})


def make_engine(name: str, options: dict[str, Any] | None = None, load_fallback: bool = True) -> ReasoningEngine:
    """Builds and loads the backend. When loading fails: with ``load_fallback`` the engine answers
    with ``embedded`` and reports why in every result; without it, BackendError is raised.

    Options not given take the node's defaults (``reasoning/settings.py``). Every backend but
    ``embedded`` gets a hard limit of ``timeout_s`` (plus base.TIMEOUT_GRACE_S) in the engine, so even a
    backend without a deadline of its own (vLLM) or one that hangs falls back in time
    (``ReasoningEngine.set_timeout`` changes it while running)."""
    from emoomni_ros.reasoning.settings import BackendOptions

    options = {**BackendOptions().as_dict(), **(options or {})}
    backend = make_backend(name, options)
    fallback = backend if isinstance(backend, EmbeddedBackend) else EmbeddedBackend()
    try:
        backend.load()
    except Exception as exc:  # any load failure is reported the same way
        if not load_fallback:
            raise BackendError(f"{name} backend failed to load: {load_failure(exc)}") from exc
        # the limit applies once ReasoningEngine.retry_load succeeds
        engine = ReasoningEngine(backend, fallback, load_error=load_failure(exc))
    else:
        engine = ReasoningEngine(backend, None if backend is fallback else fallback)
    engine.set_timeout(float(options.get("timeout_s") or 0.0))
    return engine
