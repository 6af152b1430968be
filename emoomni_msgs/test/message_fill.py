"""Fills every field of a ROS message with distinct non-default values, and flattens messages to
plain dicts so that two can be compared field by field."""

from __future__ import annotations

import importlib
import itertools
import re
from typing import Any

import numpy as np

_counter = itertools.count(1)
_ARRAY = re.compile(r"^(?P<base>[\w/]+)\[(?P<size>\d+)\]$")
_SEQUENCE = re.compile(r"^sequence<(?P<base>[\w/]+)(?:, \d+)?>$")


def _message_class(type_name: str) -> type:
    """``pkg/Name`` (a message) or ``pkg/Action.Part`` (an action's Goal, Result or Feedback)."""
    package, name = type_name.split("/")
    if "." in name:
        action, part = name.split(".")
        return getattr(getattr(importlib.import_module(f"{package}.action"), action), part)
    return getattr(importlib.import_module(f"{package}.msg"), name)


def _scalar(base: str) -> Any:
    n = next(_counter)
    if base == "boolean":
        return True
    if base in ("string", "wstring"):
        return f"value-{n}-é✓"
    if base in ("float", "double", "float32", "float64"):
        return float(n) + 0.5
    if base in ("uint8", "byte", "octet", "char"):
        return n % 250 + 1
    if base.startswith(("int", "uint")):
        return n
    return filled(_message_class(base)())


def filled(msg: Any) -> Any:
    for field, type_name in msg.get_fields_and_field_types().items():
        if m := _ARRAY.match(type_name):
            values = [_scalar(m["base"]) for _ in range(int(m["size"]))]
        elif m := _SEQUENCE.match(type_name):
            values = [_scalar(m["base"]) for _ in range(3)]
        else:
            setattr(msg, field, _scalar(type_name))
            continue
        if m["base"] in ("uint8", "byte", "octet"):
            values = bytes(values) if m["base"] != "uint8" or _SEQUENCE.match(type_name) else values
        setattr(msg, field, values)
    return msg


def as_dict(value: Any) -> Any:
    if hasattr(value, "get_fields_and_field_types"):
        return {f: as_dict(getattr(value, f)) for f in value.get_fields_and_field_types()}
    if isinstance(value, (bytes, bytearray)):
        return list(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (list, tuple)) or type(value).__name__ == "array":
        return [as_dict(v) for v in value]
    return value


def leaves(d: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(d, dict):
        return [leaf for k, v in d.items() for leaf in leaves(v, f"{path}.{k}" if path else k)]
    if isinstance(d, list) and d and isinstance(d[0], dict):
        return [leaf for i, v in enumerate(d) for leaf in leaves(v, f"{path}[{i}]")]
    return [(path, d)]
