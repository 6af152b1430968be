"""What the launch files in ``launch/`` share: their arguments and the node actions, built from the
node list of ``graph.py`` and a parameter profile, exactly as ``python3 -m emoomni_ros run`` does.

Only the launch files import this module (``launch``/``launch_ros`` exist on a ROS 2 install, not
in the PyPI wheels). ``overrides()`` and ``process_options()`` are plain Python so they are tested
without them. The profiles' sections are keyed ``/**/<node>``, so ``namespace:=r1`` keeps them.
"""

from __future__ import annotations

import os
from typing import Any

from emoomni_ros import graph

# name -> (default, description)
ARGUMENTS: dict[str, tuple[str, str]] = {
    "profile": ("cpu", "parameter profile: cpu (embedded, offline) or gpu (vLLM reasoning, instruct-TTS)"),
    "params_file": ("", "a parameter YAML to use instead of the profile (same layout as config/cpu.yaml)"),
    "namespace": ("", "namespace for every node"),
    "camera_topic": ("camera/image_raw", "the robot's camera image topic (sensor_msgs/Image)"),
    "audio_source": ("device", "microphone input: device (PyAudio), topic (AudioChunk on emoomni/audio_in) or file"),
    "audio_device": ("", "PyAudio input device index or name ('' = the profile's / the default device)"),
    "audio_file": ("", "WAV file when audio_source is file"),
    "reasoning_backend": ("", "E-CoT backend: embedded, transformers, openai, vllm ('' = the profile's)"),
    "tts_backend": ("", "TTS backend: espeak, piper, instruct ('' = the profile's)"),
    "log_level": ("info", "log level of every node"),
    "discovery_range": ("", "ROS_AUTOMATIC_DISCOVERY_RANGE of every node: LOCALHOST (this host only), SUBNET (nodes "
                        "on other hosts of the domain), SYSTEM_DEFAULT or OFF; '' = the environment's, else "
                        "LOCALHOST (as `python3 -m emoomni_ros run`)"),
    "respawn": ("false", "restart a node that dies (true/false), after respawn_delay seconds"),
    "respawn_delay": ("2.0", "seconds before a dead node is restarted when respawn is true"),
}
DISCOVERY_RANGES = ("LOCALHOST", "SUBNET", "SYSTEM_DEFAULT", "OFF")


def overrides(values: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Launch argument values -> per-node parameter overrides (only what the user set)."""
    out: dict[str, dict[str, Any]] = {"mic_perception": {"source": values.get("audio_source") or "device"}}
    if values.get("audio_device"):
        out["mic_perception"]["device"] = values["audio_device"]
    if values.get("audio_file"):
        out["mic_perception"]["file_path"] = values["audio_file"]
    if values.get("reasoning_backend"):
        out["ecot_reasoning"] = {"backend": values["reasoning_backend"]}
    if values.get("tts_backend"):
        out["expressive_tts"] = {"backend": values["tts_backend"]}
    return out


def process_options(values: dict[str, str], environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Launch argument values -> the keyword arguments every node's process gets (environment,
    respawn). Raises ValueError for a value launch would otherwise pass on silently."""
    environ = dict(os.environ if environ is None else environ)
    discovery = (values.get("discovery_range") or environ.get("ROS_AUTOMATIC_DISCOVERY_RANGE")
                 or "LOCALHOST").strip().upper()
    if discovery not in DISCOVERY_RANGES:
        raise ValueError(f"discovery_range must be one of {', '.join(DISCOVERY_RANGES)}, got {discovery!r}")
    respawn = str(values.get("respawn", "false")).strip().lower()
    if respawn not in ("true", "false"):
        raise ValueError(f"respawn must be true or false, got {values.get('respawn')!r}")
    delay = float(values.get("respawn_delay") or 2.0)
    options: dict[str, Any] = {"additional_env": {"ROS_AUTOMATIC_DISCOVERY_RANGE": discovery}}
    if respawn == "true":
        options.update(respawn=True, respawn_delay=delay)
    return options


def declare_arguments(defaults: dict[str, str] | None = None) -> list:
    from launch.actions import DeclareLaunchArgument

    defaults = defaults or {}
    return [DeclareLaunchArgument(name, default_value=defaults.get(name, default), description=description)
            for name, (default, description) in ARGUMENTS.items()]


def node_actions(context, group: str) -> list:
    """OpaqueFunction body: one Node (LifecycleNode for lifecycle nodes) per node of ``group``.

    The lifecycle node (ecot_reasoning) activates itself when its ``autostart`` parameter is true,
    as the profiles set it; a lifecycle manager (e.g. nav2_lifecycle_manager) can drive it instead
    with autostart false.
    """
    from launch.substitutions import LaunchConfiguration
    from launch_ros.actions import LifecycleNode, Node

    values = {name: LaunchConfiguration(name).perform(context) for name in ARGUMENTS}
    params_file = values["params_file"] or str(graph.profile_path(values["profile"]))
    per_node = overrides(values)
    options = process_options(values)
    remappings = [("camera/image_raw", values["camera_topic"])]
    actions = []
    for spec in graph.nodes_in(group):
        parameters: list[Any] = [params_file]
        if spec.name in per_node:
            parameters.append(per_node[spec.name])
        kind = LifecycleNode if spec.lifecycle else Node
        actions.append(kind(package=graph.PACKAGE, executable=spec.executable, name=spec.name,
                            namespace=values["namespace"], parameters=parameters, remappings=remappings,
                            ros_arguments=["--log-level", values["log_level"]], output="screen", **options))
    return actions
