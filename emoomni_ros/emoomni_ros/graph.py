"""The node list and parameter profiles: the one place the launch files, the bringup entry point
(``python3 -m emoomni_ros run``) and the tests read to know what the graph is."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emoomni_ros import paths

PACKAGE = "emoomni_ros"


@dataclass(frozen=True)
class NodeSpec:
    name: str  # ROS node name = its module in nodes/ = its console script in setup.py
    groups: tuple[str, ...]  # launch sets that include it
    lifecycle: bool = False
    # "module:Class" of the node's settings dataclass (emoomni_ros/settings.py): every parameter the
    # node declares, with its default, description, range and whether it is live
    settings: str = ""

    @property
    def executable(self) -> str:
        return self.name

    @property
    def module(self) -> str:
        """`python3 -m <module>` runs the same main() as the console script."""
        return f"{PACKAGE}.nodes.{self.name}"

    def settings_class(self) -> type | None:
        """The settings dataclass ``settings`` names (imported), or None where none is given."""
        if not self.settings:
            return None
        module, _, name = self.settings.partition(":")
        return getattr(importlib.import_module(module), name)


# The node graph and what each node is for: docs/architecture.md.
NODES: tuple[NodeSpec, ...] = (
    NodeSpec("camera_perception", ("full", "perception"),
             settings="emoomni_ros.perception.face.settings:CameraSettings"),
    NodeSpec("mic_perception", ("full", "perception"), lifecycle=True,
             settings="emoomni_ros.perception.voice.settings:MicSettings"),
    NodeSpec("transcript_perception", ("full", "perception"),
             settings="emoomni_ros.perception.text.settings:TranscriptSettings"),
    NodeSpec("affect_fusion", ("full", "perception"),
             settings="emoomni_ros.affect.settings:FusionSettings"),
    NodeSpec("ecot_reasoning", ("full",), lifecycle=True,
             settings="emoomni_ros.reasoning.settings:ReasoningSettings"),
    NodeSpec("speech_director", ("full",),
             settings="emoomni_ros.expression.instruction_writer:SpeechDirectorSettings"),
    NodeSpec("expressive_tts", ("full",),
             settings="emoomni_ros.expression.settings:TTSSettings"),
    NodeSpec("gesture_behaviour", ("full",),
             settings="emoomni_ros.behaviour.gestures:GestureSettings"),
)

PROFILES: tuple[str, ...] = ("cpu", "gpu")


def nodes_in(group: str) -> list[NodeSpec]:
    found = [n for n in NODES if group in n.groups]
    if not found:
        raise ValueError(f"no nodes in group {group!r}; groups: {sorted({g for n in NODES for g in n.groups})}")
    return found


def node(name: str) -> NodeSpec:
    for spec in NODES:
        if spec.name == name:
            return spec
    raise KeyError(f"no node named {name!r}; nodes: {[n.name for n in NODES]}")


def config_dir() -> Path:
    """The installed share/emoomni_ros/config when the package is installed, else the source tree's."""
    try:
        from ament_index_python.packages import get_package_share_directory

        installed = Path(get_package_share_directory(PACKAGE)) / "config"
        if installed.is_dir():
            return installed
    except Exception:  # no ament index (plain checkout): fall back to the source tree
        pass
    return paths.ROS_PACKAGE_DIR / "config"


def section_node(key: str) -> str | None:
    """The node name a parameter-file section applies to: ``affect_fusion``, ``/affect_fusion``,
    ``/**/affect_fusion`` and ``/r1/affect_fusion`` all give ``affect_fusion``; ``/**`` (every
    node) gives None."""
    name = key.rsplit("/", 1)[-1]
    return None if name in ("**", "*", "") else name


def profile_sections(profile: str | Path) -> dict[str, dict[str, Any]]:
    """The parameters of each node in a profile (a name in PROFILES, or the Path of a file with the
    same layout), by bare node name. Sections for every node (``/**``) are merged into each."""
    import yaml

    path = profile_path(profile) if isinstance(profile, str) else Path(profile)
    data = yaml.safe_load(path.read_text()) or {}
    common: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    for key, section in data.items():
        params = dict((section or {}).get("ros__parameters") or {})
        name = section_node(str(key))
        if name is None:
            common.update(params)
        else:
            sections.setdefault(name, {}).update(params)
    return {name: {**common, **params} for name, params in sections.items()}


def params_key(name: str) -> str:
    """The section key that gives ``name`` its parameters in any namespace."""
    return f"/**/{name}"


def profile_path(profile: str) -> Path:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; profiles: {list(PROFILES)}")
    return config_dir() / f"{profile}.yaml"
