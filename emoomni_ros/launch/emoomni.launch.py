"""The whole EmoOmni graph on a robot (perception, fusion, E-CoT reasoning, speech, gestures).

    ros2 launch emoomni_ros emoomni.launch.py
    ros2 launch emoomni_ros emoomni.launch.py profile:=gpu camera_topic:=/head_camera/image_raw audio_device:=2

`ros2 launch emoomni_ros emoomni.launch.py --show-args` lists every argument. The node list comes
from emoomni_ros/graph.py, the parameters from config/<profile>.yaml.
"""

from launch import LaunchDescription
from launch.actions import OpaqueFunction

from emoomni_ros.bringup import launch_nodes


def generate_launch_description():
    return LaunchDescription([
        *launch_nodes.declare_arguments(),
        OpaqueFunction(function=launch_nodes.node_actions, kwargs={"group": "full"}),
    ])
