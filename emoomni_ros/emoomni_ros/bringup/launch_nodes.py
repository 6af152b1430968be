"""What the launch files in ``launch/`` share: their arguments and the node actions, built from the
node list of ``graph.py`` and a parameter profile, exactly as ``python3 -m emoomni_ros run`` does.

Only the launch files import this module (``launch``/``launch_ros`` exist on a ROS 2 install, not
in the PyPI wheels). ``overrides()`` is plain Python so it is tested without them.
"""

from __future__ import annotations

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
}


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
    remappings = [("camera/image_raw", values["camera_topic"])]
    actions = []
    for spec in graph.nodes_in(group):
        parameters: list[Any] = [params_file]
        if spec.name in per_node:
            parameters.append(per_node[spec.name])
        kind = LifecycleNode if spec.lifecycle else Node
        actions.append(kind(package=graph.PACKAGE, executable=spec.executable, name=spec.name,
                            namespace=values["namespace"], parameters=parameters, remappings=remappings,
                            ros_arguments=["--log-level", values["log_level"]], output="screen"))
    return actions
