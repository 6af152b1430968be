"""Parameters declared once: a node's settings are a dataclass of the ROS-free core whose fields
carry their description, range, allowed values and whether they may change while the node runs.

``nodes/params.py`` declares one ROS parameter per field from it (same name, default, description,
range; read-only unless ``live``), so a default lives only here and the profiles in ``config/``
hold overrides. A field that holds another settings dataclass (``group``) is flattened: its fields
become parameters of the same node, named by their own ``name`` (or field name) with the group's
``prefix`` in front.

    @dataclass
    class SpeechSettings:
        rate: float = setting(1.0, "speaking rate", min_value=0.5, max_value=2.0, live=True)
        vad: VadConfig = group(VadConfig)
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")
_SETTING = "emoomni_setting"
_GROUP = "emoomni_group"


@dataclass(frozen=True)
class Setting:
    """What a parameter is, besides its default."""

    description: str
    min_value: float | None = None
    max_value: float | None = None
    choices: tuple[str, ...] | None = None  # the only values a string parameter accepts
    live: bool = False  # `ros2 param set` changes it while the node runs; else it is read-only
    name: str | None = None  # parameter name, when it differs from the field name


@dataclass(frozen=True)
class Parameter:
    """One flattened parameter of a settings class."""

    name: str
    path: tuple[str, ...]  # field names from the outer dataclass down to this field
    default: Any
    spec: Setting

    @property
    def constraints(self) -> str:
        """The rule a value must follow, in words (shown by `ros2 param describe`)."""
        parts = []
        if self.spec.choices:
            parts.append("one of " + ", ".join(self.spec.choices))
        if self.spec.min_value is not None and self.spec.max_value is not None and not isinstance(self.default, bool):
            parts.append(f"from {self.spec.min_value} to {self.spec.max_value}")
        parts.append("changes take effect at once" if self.spec.live else
                     "read-only while the node runs: set it in the profile or at launch")
        return "; ".join(parts)


def setting(default: Any, description: str, *, min_value: float | None = None, max_value: float | None = None,
            choices: tuple[str, ...] | list[str] | None = None, live: bool = False, name: str | None = None) -> Any:
    """A dataclass field that is also a node parameter."""
    spec = Setting(description, min_value, max_value, tuple(choices) if choices else None, live, name)
    if choices and default not in spec.choices:
        raise ValueError(f"default {default!r} is not one of {spec.choices}")
    if isinstance(default, (list, dict, set)):
        return field(default_factory=lambda: type(default)(default), metadata={_SETTING: spec})
    return field(default=default, metadata={_SETTING: spec})


def group(cls: type, prefix: str = "") -> Any:
    """A field holding a nested settings dataclass whose parameters belong to the same node."""
    return field(default_factory=cls, metadata={_GROUP: prefix})


def parameters(cls: type) -> list[Parameter]:
    """Every parameter of a settings class, nested groups flattened, in field order."""
    return _walk(cls, (), "")


def _walk(cls: type, path: tuple[str, ...], prefix: str) -> list[Parameter]:
    hints = typing.get_type_hints(cls)
    out: list[Parameter] = []
    for f in dataclasses.fields(cls):
        if _GROUP in f.metadata:
            out += _walk(hints[f.name], path + (f.name,), prefix + f.metadata[_GROUP])
        elif _SETTING in f.metadata:
            spec: Setting = f.metadata[_SETTING]
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            out.append(Parameter(prefix + (spec.name or f.name), path + (f.name,), default, spec))
    names = [p.name for p in out]
    if len(set(names)) != len(names):
        raise TypeError(f"{cls.__name__}: two settings share a parameter name: {names}")
    return out


def check(param: Parameter, value: Any) -> None:
    """Raises ValueError (the reason) when ``value`` breaks the parameter's rules."""
    spec = param.spec
    if spec.choices and value not in spec.choices:
        raise ValueError(f"{param.name}: {value!r} is not one of {', '.join(spec.choices)}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if spec.min_value is not None and value < spec.min_value:
            raise ValueError(f"{param.name}: {value} is below {spec.min_value}")
        if spec.max_value is not None and value > spec.max_value:
            raise ValueError(f"{param.name}: {value} is above {spec.max_value}")


def build(cls: type[T], values: dict[str, Any] | None = None) -> T:
    """An instance of ``cls`` from parameter values by name (defaults for the rest); raises
    ValueError for an unknown name or a value that breaks a rule (or the dataclass's own checks)."""
    return replace(cls(), values or {})


def replace(current: T, values: dict[str, Any]) -> T:
    """A copy of ``current`` with the parameters named in ``values`` changed; checked like ``build``."""
    by_name = {p.name: p for p in parameters(type(current))}
    unknown = sorted(set(values) - set(by_name))
    if unknown:
        raise ValueError(f"{type(current).__name__} has no parameter {', '.join(unknown)}")
    changes: dict[tuple[str, ...], Any] = {}
    for name, value in values.items():
        check(by_name[name], value)
        changes[by_name[name].path] = value
    return _replace(current, changes)


def _replace(obj: Any, changes: dict[tuple[str, ...], Any]) -> Any:
    direct = {path[0]: value for path, value in changes.items() if len(path) == 1}
    nested: dict[str, dict[tuple[str, ...], Any]] = {}
    for path, value in changes.items():
        if len(path) > 1:
            nested.setdefault(path[0], {})[path[1:]] = value
    for name, sub in nested.items():
        direct[name] = _replace(getattr(obj, name), sub)
    return dataclasses.replace(obj, **direct) if direct else obj


def values(obj: Any) -> dict[str, Any]:
    """Parameter name -> current value of a settings instance."""
    out = {}
    for p in parameters(type(obj)):
        value = obj
        for name in p.path:
            value = getattr(value, name)
        out[p.name] = value
    return out
