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


# Seconds the engine waits beyond a backend's own ``timeout_s`` before it stops waiting (the
# backend's own, cleaner timeout error normally comes first).
TIMEOUT_GRACE_S = 2.0


def make_engine(name: str, options: dict[str, Any] | None = None, load_fallback: bool = True) -> ReasoningEngine:
    """Builds and loads the backend. When loading fails: with ``load_fallback`` the engine answers
    with ``embedded`` and reports why in every result; without it, BackendError is raised.

    Every backend but ``embedded`` gets a hard limit of ``options['timeout_s']`` (plus
    TIMEOUT_GRACE_S) in the engine, so even a backend without a deadline of its own (vLLM) or one
    that hangs falls back in time."""
    options = dict(options or {})
    backend = make_backend(name, options)
    fallback = backend if isinstance(backend, EmbeddedBackend) else EmbeddedBackend()
    timeout = float(options.get("timeout_s") or 0.0)
    limit = timeout + TIMEOUT_GRACE_S if timeout > 0 and backend is not fallback else 0.0
    try:
        backend.load()
    except Exception as exc:  # any load failure is reported the same way
        if not load_fallback:
            raise BackendError(f"{name} backend failed to load: {load_failure(exc)}") from exc
        # the limit applies once ReasoningEngine.retry_load succeeds
        return ReasoningEngine(backend, fallback, load_error=load_failure(exc), timeout_s=limit)
    return ReasoningEngine(backend, None if backend is fallback else fallback, timeout_s=limit)
