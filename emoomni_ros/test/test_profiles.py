"""Parameters declared once: every node has a settings class in the core, the profiles hold only
overrides of its defaults, and docs/parameters.md is what the settings say (no ROS)."""

from __future__ import annotations

from emoomni_ros import graph, settings
from emoomni_ros.tools import profiles


def test_every_node_declares_its_parameters_from_a_settings_class():
    for spec in graph.NODES:
        cls = spec.settings_class()
        assert cls is not None, f"{spec.name} names no settings class in graph.py"
        params = settings.parameters(cls)
        assert params, spec.name
        assert all(p.spec.description.strip() for p in params), spec.name


def test_the_profiles_hold_only_overrides_of_parameters_that_exist():
    found = [line for profile in graph.PROFILES for line in profiles.problems(profile)]
    assert not found, "\n".join(found)


def test_the_parameter_reference_is_current():
    assert profiles.DOCS.read_text() == profiles.markdown(), (
        "docs/parameters.md is out of date: python3 -m emoomni_ros.tools.profiles docs")
