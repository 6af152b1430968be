"""gesture_behaviour: the example behaviour node, the template to copy for a robot.

In: ``emoomni/affect`` (AffectState), ``emoomni/speech_instruction`` (SpeechInstruction),
``emoomni/is_speaking`` (std_msgs/Bool). Out: ``emoomni/gesture`` (GestureCommand) whenever the
chosen gesture or face changes. The mapping is a YAML table (``config/gestures.yaml``); the logic
lives in ``behaviour/gestures.py``.
"""

from __future__ import annotations

from rclpy.node import Node
from std_msgs.msg import Bool

from emoomni_msgs.msg import AffectState, GestureCommand, SpeechInstruction
from emoomni_ros.behaviour.gestures import GestureBehaviour, GestureChoice, GestureTable, TableError, default_table_path
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, LATCHED_QOS, OK, Diagnostics, declare, now_s, run


class GestureNode(Node):
    def __init__(self) -> None:
        super().__init__("gesture_behaviour")
        table_path = declare(self, "table_path", "",
                             "YAML behaviour table (affect/reply -> gesture + REP-155 face); empty = the bundled "
                             "config/gestures.yaml", read_only=True)
        min_hold_s = declare(self, "min_hold_s", 1.0, "a gesture is held at least this long before the affect may "
                             "change it (seconds)", read_only=True, min_value=0.0, max_value=60.0)
        min_consecutive = declare(self, "min_consecutive", 3, "affect updates in a row that must agree on a new "
                                  "gesture before it replaces the current one", read_only=True, min_value=1,
                                  max_value=100)
        min_confidence = declare(self, "min_confidence", 0.3, "below this fused confidence the robot stays neutral",
                                 read_only=True, min_value=0.0, max_value=1.0)
        speech_hold_s = declare(self, "speech_hold_s", 4.0, "how long a reply's gesture lasts when the TTS node "
                                "does not report is_speaking (seconds)", read_only=True, min_value=0.0,
                                max_value=120.0)
        idle_after_s = declare(self, "idle_after_s", 10.0, "go idle after this long without an AffectState (seconds)",
                               read_only=True, min_value=0.1, max_value=3600.0)
        tick_rate = declare(self, "tick_rate", 5.0, "rate of the idle/reply-timeout check (Hz)", read_only=True,
                            min_value=0.1, max_value=100.0)
        self.diagnostics = Diagnostics(self)
        path = table_path or str(default_table_path())
        try:
            table = GestureTable.load(path)
        except (OSError, TableError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the gesture table: {exc}")
            raise RuntimeError(f"cannot load the gesture table {path}: {exc}") from exc
        self.behaviour = GestureBehaviour(table, min_hold_s, min_consecutive, min_confidence, speech_hold_s,
                                          idle_after_s)
        self.diagnostics.set_value("table", path)
        self.publisher = self.create_publisher(GestureCommand, "emoomni/gesture", EVENT_QOS)
        self.create_subscription(AffectState, "emoomni/affect", self.on_affect, EVENT_QOS)
        self.create_subscription(SpeechInstruction, "emoomni/speech_instruction", self.on_instruction, EVENT_QOS)
        self.create_subscription(Bool, "emoomni/is_speaking", self.on_speaking, LATCHED_QOS)
        self.create_timer(1.0 / tick_rate, self.on_tick)
        self.diagnostics.set_status(OK, "ready")

    def on_affect(self, msg: AffectState) -> None:
        try:
            affect = convert.affect_from_msg(msg)
        except ValueError as exc:
            self.diagnostics.drop("bad_affect", str(exc))
            return
        self.diagnostics.count("affect_received")
        self.publish(self.behaviour.on_affect(affect, now_s(self)))

    def on_instruction(self, msg: SpeechInstruction) -> None:
        self.diagnostics.count("instructions_received")
        self.publish(self.behaviour.on_instruction(convert.instruction_from_msg(msg), now_s(self)))

    def on_speaking(self, msg: Bool) -> None:
        self.publish(self.behaviour.on_speaking(bool(msg.data), now_s(self)))

    def on_tick(self) -> None:
        self.publish(self.behaviour.tick(now_s(self)))

    def publish(self, choice: GestureChoice | None) -> None:
        if choice is None:
            return
        msg = GestureCommand()
        msg.header.stamp = self.get_clock().now().to_msg()
        msg.person_id = choice.person_id
        msg.gesture = choice.gesture
        msg.face_expression = choice.face
        msg.intensity = float(choice.intensity)
        msg.reason = choice.reason
        self.publisher.publish(msg)
        self.diagnostics.count("gestures_published")
        self.diagnostics.set_value("gesture", f"{choice.gesture} / {choice.face} ({choice.source})")
        self.get_logger().info(f"gesture {choice.gesture}, face {choice.face}: {choice.reason}")


def main(args: list[str] | None = None) -> int:
    return run(GestureNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
