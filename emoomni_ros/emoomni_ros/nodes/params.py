"""ROS parameters from a core settings dataclass (``emoomni_ros/settings.py``): one declaration per
field with its description, range and read-only flag, and a set-parameters callback that rebuilds
the settings and hands them to the node when a live parameter changes.

A read-only parameter is refused by rclpy ("Trying to set a read-only parameter"); its descriptor
says why in ``additional_constraints``. A live one that breaks a rule, or that the node's ``apply``
rejects with ValueError, is refused with that reason and nothing changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from rcl_interfaces.msg import FloatingPointRange, IntegerRange, ParameterDescriptor, SetParametersResult
from rclpy.node import Node

from emoomni_ros import settings as core

T = TypeVar("T")


def descriptor(param: core.Parameter) -> ParameterDescriptor:
    spec = param.spec
    d = ParameterDescriptor(description=spec.description, read_only=not spec.live,
                            additional_constraints=param.constraints)
    if spec.min_value is not None and spec.max_value is not None and not isinstance(param.default, bool):
        if isinstance(param.default, int):
            d.integer_range = [IntegerRange(from_value=int(spec.min_value), to_value=int(spec.max_value), step=0)]
        elif isinstance(param.default, float):
            d.floating_point_range = [FloatingPointRange(from_value=float(spec.min_value),
                                                         to_value=float(spec.max_value), step=0.0)]
    return d


class NodeSettings(Generic[T]):
    """The settings of one node, declared as parameters; ``value`` is the current instance.

    ``apply(new)`` is called from the parameter service's thread when live parameters change; it
    reconfigures the core (raise ValueError to refuse). It is required when the class has live
    parameters."""

    def __init__(self, node: Node, cls: type[T], apply: Callable[[T], None] | None = None) -> None:
        self._node = node
        self._params = core.parameters(cls)
        self._by_name = {p.name: p for p in self._params}
        if apply is None and any(p.spec.live for p in self._params):
            raise TypeError(f"{cls.__name__} has live parameters: pass apply")
        given = {p.name: node.declare_parameter(p.name, p.default, descriptor(p)).value for p in self._params}
        self.value: T = core.build(cls, given)  # ValueError: a profile value breaks a rule
        self._apply = apply
        self._lock = threading.Lock()
        node.add_on_set_parameters_callback(self._on_set)

    def _on_set(self, params: list) -> SetParametersResult:
        changes = {p.name: p.value for p in params if p.name in self._by_name}
        if not changes:
            return SetParametersResult(successful=True)
        with self._lock:
            try:
                new = core.replace(self.value, changes)
                if self._apply is not None:
                    self._apply(new)
            except (ValueError, TypeError) as exc:
                return SetParametersResult(successful=False, reason=str(exc))
            self.value = new
        self._node.get_logger().info("parameters changed: " + ", ".join(f"{k}={v!r}" for k, v in changes.items()))
        return SetParametersResult(successful=True)
