"""The one OpenAI-compatible client every part uses (the reasoning backend ``openai``, the voice
instruction writer ``openai``, the instruct-TTS engine ``openai``): an endpoint (``base_url``), a
per-request timeout and the one rule for the API key.

The key, first found wins: the key given explicitly (a caller that already holds it), the file
``key_file`` (a mounted secret), ``EMOOMNI_OPENAI_API_KEY``, ``OPENAI_API_KEY``, else
``NO_KEY`` (a local server such as ``vllm serve`` or ``local_server.py`` needs none). A key is never
a ROS parameter: any peer on the DDS domain could read it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

KEY_ENV = ("EMOOMNI_OPENAI_API_KEY", "OPENAI_API_KEY")  # the environment variables read, in order
NO_KEY = "not-needed"  # what a local server gets when no key is set


def read_secret(path: str) -> str:
    """A secret (an API key) from a file, stripped. Raises ValueError without the contents."""
    try:
        secret = Path(path).expanduser().read_text().strip()
    except OSError as exc:
        raise ValueError(f"cannot read the key file {path}: {exc.strerror or exc}") from None
    if not secret:
        raise ValueError(f"the key file {path} is empty")
    return secret


def api_key(key: str = "", key_file: str = "", environ: dict[str, str] | None = None) -> str:
    """The API key by the rule above; ValueError (without the contents) when ``key_file`` is named
    but cannot be read or is empty."""
    if key:
        return key
    if key_file:
        return read_secret(key_file)
    env = os.environ if environ is None else environ
    return next((env[name] for name in KEY_ENV if env.get(name)), NO_KEY)


def make_client(base_url: str, timeout_s: float, *, key: str = "", key_file: str = "", max_retries: int = 0) -> Any:
    """An ``openai.OpenAI`` client for ``base_url``; ImportError when the openai package is missing,
    ValueError when ``base_url`` is empty or the key file cannot be read."""
    if not base_url:
        raise ValueError("an OpenAI-compatible client needs base_url (e.g. http://localhost:8000/v1)")
    from openai import OpenAI

    return OpenAI(base_url=base_url, api_key=api_key(key, key_file), timeout=float(timeout_s),
                  max_retries=int(max_retries))
