"""settings.py: parameters declared once from core dataclasses (no ROS)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from emoomni_ros import settings


@dataclass
class Gate:
    threshold: float = settings.setting(0.5, "speech probability", min_value=0.05, max_value=0.95, live=True,
                                        name="vad_threshold")
    pad_s: float = settings.setting(0.2, "padding", min_value=0.0, max_value=1.0)

    def __post_init__(self) -> None:
        if self.pad_s > self.threshold:
            raise ValueError("pad_s must not exceed threshold")


@dataclass
class Node:
    source: str = settings.setting("topic", "where audio comes from", choices=("topic", "file"))
    names: list = settings.setting(["a"], "a list default is copied per instance")
    gate: Gate = settings.group(Gate)
    echo: Gate = settings.group(Gate, prefix="echo_")
    internal: int = 3  # not a parameter


def test_parameters_are_flattened_with_names_and_prefixes():
    params = settings.parameters(Node)
    assert [p.name for p in params] == ["source", "names", "vad_threshold", "pad_s", "echo_vad_threshold",
                                        "echo_pad_s"]
    by_name = {p.name: p for p in params}
    assert by_name["vad_threshold"].path == ("gate", "threshold")
    assert by_name["vad_threshold"].default == 0.5 and by_name["vad_threshold"].spec.live
    assert "read-only" in by_name["pad_s"].constraints and "at once" in by_name["vad_threshold"].constraints
    assert "one of topic, file" in by_name["source"].constraints


def test_build_and_replace_change_only_what_is_named():
    node = settings.build(Node, {"vad_threshold": 0.7, "echo_pad_s": 0.1})
    assert node.gate.threshold == 0.7 and node.echo.threshold == 0.5 and node.echo.pad_s == 0.1
    assert node.internal == 3
    again = settings.replace(node, {"source": "file"})
    assert again.source == "file" and again.gate == node.gate and node.source == "topic"
    assert settings.values(again)["vad_threshold"] == 0.7
    assert Node().names is not Node().names


@pytest.mark.parametrize("values, reason", [
    ({"source": "device"}, "not one of topic, file"),
    ({"vad_threshold": 0.99}, "above 0.95"),
    ({"pad_s": -1.0}, "below 0.0"),
    ({"nope": 1}, "no parameter nope"),
    ({"vad_threshold": 0.1, "pad_s": 0.2}, "must not exceed"),  # the dataclass's own check
])
def test_a_value_that_breaks_a_rule_is_refused_with_the_reason(values, reason):
    with pytest.raises(ValueError, match=reason):
        settings.build(Node, values)


def test_two_settings_with_one_name_are_a_definition_error():
    @dataclass
    class Clash:
        a: Gate = settings.group(Gate)
        b: Gate = settings.group(Gate)

    with pytest.raises(TypeError, match="share a parameter name"):
        settings.parameters(Clash)


def test_a_default_outside_its_choices_is_a_definition_error():
    with pytest.raises(ValueError, match="not one of"):
        settings.setting("x", "bad", choices=("a", "b"))
