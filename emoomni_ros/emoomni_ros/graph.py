"""The node list and parameter profiles: the one place the launch files, the bringup entry point
(``python3 -m emoomni_ros run``) and the tests read to know what the graph is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE = "emoomni_ros"


@dataclass(frozen=True)
class NodeSpec:
    name: str  # ROS node name (the key of its section in the profile YAML)
    executable: str  # console script in setup.py; `python3 -m <module>` runs the same main()
    module: str
    role: str  # detective, therapist, actor or behaviour (see ARCHITECTURE.md)
    groups: tuple[str, ...]  # launch sets that include it
    lifecycle: bool = False

    @property
    def command(self) -> list[str]:
        return ["python3", "-m", self.module]


NODES: tuple[NodeSpec, ...] = (
    NodeSpec("camera_perception", "camera_node", "emoomni_ros.nodes.camera_node", "detective",
             ("full", "perception")),
    NodeSpec("mic_perception", "mic_node", "emoomni_ros.nodes.mic_node", "detective", ("full", "perception"),
             lifecycle=True),
    NodeSpec("transcript_perception", "transcript_node", "emoomni_ros.nodes.transcript_node", "detective",
             ("full", "perception")),
    NodeSpec("affect_fusion", "fusion_node", "emoomni_ros.nodes.fusion_node", "detective", ("full", "perception")),
    NodeSpec("ecot_reasoning", "reasoning_node", "emoomni_ros.nodes.reasoning_node", "therapist", ("full",),
             lifecycle=True),
    NodeSpec("speech_director", "instruction_node", "emoomni_ros.nodes.instruction_node", "actor", ("full",)),
    NodeSpec("expressive_tts", "tts_node", "emoomni_ros.nodes.tts_node", "actor", ("full",)),
    NodeSpec("gesture_behaviour", "gesture_node", "emoomni_ros.nodes.gesture_node", "behaviour", ("full",)),
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
    return Path(__file__).resolve().parent.parent / "config"


def profile_path(profile: str) -> Path:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; profiles: {list(PROFILES)}")
    return config_dir() / f"{profile}.yaml"
