from glob import glob

from setuptools import find_packages, setup

package_name = "emoomni_ros"

setup(
    name=package_name,
    version="0.1.0",
    packages=find_packages(exclude=["test"]),
    data_files=[
        ("share/ament_index/resource_index/packages", ["resource/" + package_name]),
        ("share/" + package_name, ["package.xml"]),
        ("share/" + package_name + "/launch", glob("launch/*.launch.py")),
        ("share/" + package_name + "/config", glob("config/*.yaml")),
    ],
    package_data={package_name: ["models/*", "data/*"]},
    include_package_data=True,
    install_requires=["setuptools"],
    zip_safe=False,
    maintainer="EmoOmni developers",
    maintainer_email="emoomni@example.org",
    description="EmoOmni for ROS 2: emotional intelligence for social robots.",
    license="Apache-2.0",
    entry_points={
        "console_scripts": [
            # One executable per node; the node list itself lives in emoomni_ros/graph.py.
            "camera_perception = emoomni_ros.nodes.camera_perception:main",
            "mic_perception = emoomni_ros.nodes.mic_perception:main",
            "transcript_perception = emoomni_ros.nodes.transcript_perception:main",
            "affect_fusion = emoomni_ros.nodes.affect_fusion:main",
            "ecot_reasoning = emoomni_ros.nodes.ecot_reasoning:main",
            "speech_director = emoomni_ros.nodes.speech_director:main",
            "expressive_tts = emoomni_ros.nodes.expressive_tts:main",
            "gesture_behaviour = emoomni_ros.nodes.gesture_behaviour:main",
            # Replays an image/WAV/video into the graph (replay_demo.launch.py, `run`); not a graph node.
            "media_player = emoomni_ros.bringup.player_node:main",
            "emoomni = emoomni_ros.cli:main",
        ],
    },
)
