"""Child process of test_roundtrip: echoes every EmoOmni message type from roundtrip/<Type> to
roundtrip/<Type>/echo, so each message crosses DDS between two OS processes both ways."""

import faulthandler
import signal
import sys

import rclpy
from message_fill import _message_class  # noqa: I001 (test-local helper)
from rclpy.executors import ExternalShutdownException


def main() -> None:
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # the test asks for stacks if shutdown hangs
    rclpy.init()
    node = rclpy.create_node("roundtrip_echo")
    keep = []
    for type_name in sys.argv[1:]:
        topic = "roundtrip/" + type_name.replace("/", "_").replace(".", "_")
        pub = node.create_publisher(_message_class(type_name), topic + "/echo", 10)
        keep.append(node.create_subscription(_message_class(type_name), topic, pub.publish, 10))
    try:
        rclpy.spin(node)
    except (KeyboardInterrupt, ExternalShutdownException):
        pass
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == "__main__":
    main()
