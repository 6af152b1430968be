"""Perception only: camera, microphone and transcript nodes plus affect fusion, publishing
EmotionCue and AffectState for other robot code (no reasoning or speech).

    ros2 launch emoomni_ros perception.launch.py camera_topic:=/head_camera/image_raw
"""

from launch import LaunchDescription
from launch.actions import OpaqueFunction

from emoomni_ros.bringup import launch_nodes


def generate_launch_description():
    return LaunchDescription([
        *launch_nodes.declare_arguments(),
        OpaqueFunction(function=launch_nodes.node_actions, kwargs={"group": "perception"}),
    ])
