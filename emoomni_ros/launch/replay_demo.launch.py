"""The whole graph fed from files instead of a camera and microphone: the media player publishes an
image on camera/image_raw and plays WAV utterances as AudioChunks on emoomni/audio_in in real time
(the microphone node listens to that topic), waiting for each reply.

    ros2 launch emoomni_ros replay_demo.launch.py
    ros2 launch emoomni_ros replay_demo.launch.py image:=/path/face.png audio:=/path/utterance.wav
    ros2 launch emoomni_ros replay_demo.launch.py video:=/path/clip.mp4

Without arguments it plays the bundled demo sample (emoomni_ros/data).
"""

from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, OpaqueFunction
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node

from emoomni_ros import graph
from emoomni_ros.bringup import demo_sample, launch_nodes


def player(context):
    image, audio, video = (LaunchConfiguration(n).perform(context) for n in ("image", "audio", "video"))
    if video:
        arguments = ["--video", video]
    else:
        arguments = (["--image", image] if image else []) + ["--audio", *audio.split(), "--wait-reply"]
    camera_topic = LaunchConfiguration("camera_topic").perform(context)
    env = launch_nodes.process_options({name: LaunchConfiguration(name).perform(context)
                                        for name in ("discovery_range",)})["additional_env"]
    return [Node(package=graph.PACKAGE, executable="media_player", name="media_player",
                 namespace=LaunchConfiguration("namespace").perform(context), arguments=arguments,
                 remappings=[("camera/image_raw", camera_topic)], output="screen", additional_env=env)]


def generate_launch_description():
    return LaunchDescription([
        *launch_nodes.declare_arguments({"audio_source": "topic"}),
        DeclareLaunchArgument("image", default_value=str(demo_sample.DEMO_IMAGE), description="face image to show"),
        DeclareLaunchArgument("audio", default_value=str(demo_sample.DEMO_AUDIO),
                              description="utterance WAV(s) to play, separated by spaces"),
        DeclareLaunchArgument("video", default_value="", description="a video file instead (frames + audio track)"),
        OpaqueFunction(function=launch_nodes.node_actions, kwargs={"group": "full"}),
        OpaqueFunction(function=player),
    ])
