"""The launch files, tested as far as possible without ``launch``/``launch_ros`` (not installable
from PyPI): they compile; run against minimal stand-ins with the real Jazzy signatures, they start
exactly the nodes of ``graph.py`` with executables that are console scripts of setup.py, existing
parameter files, the camera remapping and the launch-argument overrides."""

from __future__ import annotations

import importlib.util
import py_compile
import re
import sys
import types
from pathlib import Path

import pytest
import yaml

from emoomni_ros import graph
from emoomni_ros.bringup import demo_sample, launch_nodes

PACKAGE_DIR = Path(__file__).resolve().parents[1]
LAUNCH_DIR = PACKAGE_DIR / "launch"
LAUNCH_FILES = sorted(LAUNCH_DIR.glob("*.launch.py"))
GROUPS = {"emoomni.launch.py": "full", "perception.launch.py": "perception", "replay_demo.launch.py": "full"}


def console_scripts() -> dict[str, str]:
    text = (PACKAGE_DIR / "setup.py").read_text()
    return dict(re.findall(r'"(\w+)\s*=\s*([\w.]+):main"', text))


# ---- stand-ins for the launch API (keyword-only, like Jazzy: a wrong keyword fails) -----------
class LaunchDescription:
    def __init__(self, initial_entities=None):
        self.entities = list(initial_entities or [])


class DeclareLaunchArgument:
    def __init__(self, name, *, default_value=None, description=None, choices=None):
        self.name, self.default_value, self.description = name, default_value, description


class OpaqueFunction:
    def __init__(self, *, function, args=None, kwargs=None):
        self.function, self.args, self.kwargs = function, args or [], kwargs or {}


class LaunchConfiguration:
    def __init__(self, variable_name, *, default=None):
        self.name = variable_name

    def perform(self, context):
        return context.launch_configurations[self.name]


class Node:
    def __init__(self, *, executable, package=None, name=None, namespace=None, exec_name=None, parameters=None,
                 remappings=None, ros_arguments=None, arguments=None, output="log", emulate_tty=False,
                 respawn=False, respawn_delay=None, additional_env=None):
        self.kwargs = dict(executable=executable, package=package, name=name, namespace=namespace,
                           parameters=parameters or [], remappings=remappings or [], ros_arguments=ros_arguments,
                           arguments=arguments or [], respawn=respawn, respawn_delay=respawn_delay,
                           additional_env=additional_env or {})


class LifecycleNode(Node):
    def __init__(self, *, name, namespace, **kwargs):  # Jazzy requires both
        super().__init__(name=name, namespace=namespace, **kwargs)


class Context:
    def __init__(self, values):
        self.launch_configurations = values


@pytest.fixture(autouse=True)
def launch_stubs(monkeypatch):
    modules = {name: types.ModuleType(name) for name in
               ("launch", "launch.actions", "launch.substitutions", "launch_ros", "launch_ros.actions")}
    modules["launch"].LaunchDescription = LaunchDescription
    modules["launch.actions"].DeclareLaunchArgument = DeclareLaunchArgument
    modules["launch.actions"].OpaqueFunction = OpaqueFunction
    modules["launch.substitutions"].LaunchConfiguration = LaunchConfiguration
    modules["launch_ros.actions"].Node = Node
    modules["launch_ros.actions"].LifecycleNode = LifecycleNode
    modules["launch"].actions = modules["launch.actions"]
    modules["launch"].substitutions = modules["launch.substitutions"]
    modules["launch_ros"].actions = modules["launch_ros.actions"]
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.name.replace(".", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expand(path: Path, **arguments: str) -> tuple[dict[str, str], list[Node]]:
    """Runs a launch file's description the way ros2 launch would: defaults, then the user's values."""
    description = load(path).generate_launch_description()
    declared = {e.name: e.default_value for e in description.entities if isinstance(e, DeclareLaunchArgument)}
    unknown = set(arguments) - set(declared)
    assert not unknown, f"{path.name} declares no argument {unknown}"
    context = Context({**declared, **arguments})
    nodes: list[Node] = []
    for entity in description.entities:
        if isinstance(entity, OpaqueFunction):
            nodes += entity.function(context, *entity.args, **entity.kwargs)
    return declared, nodes


def test_there_are_the_three_launch_files():
    assert [p.name for p in LAUNCH_FILES] == sorted(GROUPS)


@pytest.mark.parametrize("path", LAUNCH_FILES, ids=lambda p: p.name)
def test_launch_file_compiles(path, tmp_path):
    py_compile.compile(str(path), cfile=str(tmp_path / "out.pyc"), doraise=True)


@pytest.mark.parametrize("path", LAUNCH_FILES, ids=lambda p: p.name)
def test_launch_file_starts_the_graph_nodes_with_real_executables_and_files(path):
    declared, nodes = expand(path)
    scripts = console_scripts()
    graph_nodes = {s.name: s for s in graph.nodes_in(GROUPS[path.name])}
    started = {n.kwargs["name"]: n for n in nodes if n.kwargs["name"] != "media_player"}
    assert set(started) == set(graph_nodes)
    for node in nodes:
        kw = node.kwargs
        assert kw["package"] == graph.PACKAGE
        assert kw["executable"] in scripts, f"{kw['executable']} is not a console script in setup.py"
        assert importlib.util.find_spec(scripts[kw["executable"]].rsplit(".", 1)[0]) is not None
        for params in kw["parameters"]:
            if isinstance(params, str):
                assert Path(params).is_file(), params
        if kw["name"] in graph_nodes:
            spec = graph_nodes[kw["name"]]
            assert kw["executable"] == spec.executable
            assert isinstance(node, LifecycleNode) == spec.lifecycle
            assert kw["parameters"][0] == str(graph.profile_path("cpu"))
            assert ("camera/image_raw", "camera/image_raw") in kw["remappings"]


def test_arguments_reach_the_nodes():
    path = LAUNCH_DIR / "emoomni.launch.py"
    _, nodes = expand(path, profile="gpu", camera_topic="/head/image", audio_device="2", reasoning_backend="openai",
                      tts_backend="piper", namespace="robot1")
    by_name = {n.kwargs["name"]: n.kwargs for n in nodes}
    for kw in by_name.values():
        assert kw["parameters"][0] == str(graph.profile_path("gpu"))
        assert ("camera/image_raw", "/head/image") in kw["remappings"]
        assert kw["namespace"] == "robot1"
    assert by_name["mic_perception"]["parameters"][1] == {"source": "device", "device": "2"}
    assert by_name["ecot_reasoning"]["parameters"][1] == {"backend": "openai"}
    assert by_name["expressive_tts"]["parameters"][1] == {"backend": "piper"}
    assert len(by_name["camera_perception"]["parameters"]) == 1  # nothing overridden there


def test_params_file_argument_replaces_the_profile(tmp_path):
    custom = tmp_path / "robot.yaml"
    custom.write_text(graph.profile_path("cpu").read_text())
    _, nodes = expand(LAUNCH_DIR / "perception.launch.py", params_file=str(custom))
    assert all(n.kwargs["parameters"][0] == str(custom) for n in nodes)


def test_replay_demo_plays_the_bundled_sample_into_the_topic_fed_microphone():
    declared, nodes = expand(LAUNCH_DIR / "replay_demo.launch.py")
    by_name = {n.kwargs["name"]: n.kwargs for n in nodes}
    assert by_name["mic_perception"]["parameters"][1]["source"] == "topic"
    player = by_name["media_player"]
    assert player["arguments"] == ["--image", str(demo_sample.DEMO_IMAGE), "--audio", str(demo_sample.DEMO_AUDIO),
                                   "--wait-reply"]
    assert Path(declared["image"]).is_file() and Path(declared["audio"]).is_file()
    _, nodes = expand(LAUNCH_DIR / "replay_demo.launch.py", video="/tmp/clip.mp4", camera_topic="/cam")
    player = {n.kwargs["name"]: n.kwargs for n in nodes}["media_player"]
    assert player["arguments"] == ["--video", "/tmp/clip.mp4"] and ("camera/image_raw", "/cam") in player["remappings"]


def test_player_arguments_are_accepted_by_the_player():
    from emoomni_ros.bringup.player_node import parse_args

    _, nodes = expand(LAUNCH_DIR / "replay_demo.launch.py")
    player = {n.kwargs["name"]: n.kwargs for n in nodes}["media_player"]
    args = parse_args(player["arguments"])
    assert args.image == demo_sample.DEMO_IMAGE and args.wait_reply


def test_overrides_only_carry_what_the_user_set():
    assert launch_nodes.overrides({"audio_source": "device"}) == {"mic_perception": {"source": "device"}}
    full = launch_nodes.overrides({"audio_source": "file", "audio_file": "/a.wav", "reasoning_backend": "vllm"})
    assert full == {"mic_perception": {"source": "file", "file_path": "/a.wav"}, "ecot_reasoning": {"backend": "vllm"}}


def test_profile_sections_name_graph_nodes_for_any_namespace():
    # Profiles hold overrides only (test_profiles.py), so a node whose defaults fit has no section.
    for profile in graph.PROFILES:
        data = yaml.safe_load(graph.profile_path(profile).read_text()) or {}
        assert set(data) <= {graph.params_key(n.name) for n in graph.NODES}, profile
        for name, section in data.items():
            assert set(section) == {"ros__parameters"}, (profile, name)
        assert set(graph.profile_sections(profile)) <= {n.name for n in graph.NODES}
    assert graph.profile_sections("gpu"), "the GPU profile overrides the CPU defaults"


def test_section_keys_name_their_node():
    assert [graph.section_node(k) for k in ("affect_fusion", "/affect_fusion", "/**/affect_fusion",
                                            "/r1/affect_fusion", "/**")] == ["affect_fusion"] * 4 + [None]


def test_discovery_range_is_a_launch_argument_with_a_local_default(monkeypatch):
    monkeypatch.delenv("ROS_AUTOMATIC_DISCOVERY_RANGE", raising=False)
    for path in LAUNCH_FILES:
        declared, nodes = expand(path)
        assert "discovery_range" in declared
        assert all(n.kwargs["additional_env"] == {"ROS_AUTOMATIC_DISCOVERY_RANGE": "LOCALHOST"} for n in nodes)
    _, nodes = expand(LAUNCH_DIR / "emoomni.launch.py", discovery_range="subnet")
    assert {n.kwargs["additional_env"]["ROS_AUTOMATIC_DISCOVERY_RANGE"] for n in nodes} == {"SUBNET"}
    monkeypatch.setenv("ROS_AUTOMATIC_DISCOVERY_RANGE", "SUBNET")  # the user's environment, when not given
    assert launch_nodes.process_options({"discovery_range": ""})["additional_env"] == {
        "ROS_AUTOMATIC_DISCOVERY_RANGE": "SUBNET"}
    with pytest.raises(ValueError, match="discovery_range"):
        expand(LAUNCH_DIR / "emoomni.launch.py", discovery_range="everywhere")


def test_respawn_is_offered():
    _, nodes = expand(LAUNCH_DIR / "emoomni.launch.py")
    assert not any(n.kwargs["respawn"] for n in nodes)
    _, nodes = expand(LAUNCH_DIR / "emoomni.launch.py", respawn="true", respawn_delay="5")
    assert all(n.kwargs["respawn"] is True and n.kwargs["respawn_delay"] == 5.0 for n in nodes)
    with pytest.raises(ValueError, match="respawn"):
        launch_nodes.process_options({"respawn": "maybe"})
