"""gesture_behaviour: the example behaviour node, the template to copy for a robot.

In: ``emoomni/affect`` (AffectState), ``emoomni/speech_instruction`` (SpeechInstruction),
``emoomni/is_speaking`` (std_msgs/Bool). Out: ``emoomni/gesture`` (GestureCommand) whenever the
chosen gesture or face changes. The mapping is a YAML table (``config/gestures.yaml``); the logic
and the parameters (``GestureSettings``: thresholds live, table and tick rate read-only) live in
``behaviour/gestures.py``.
"""

from __future__ import annotations

from rclpy.node import Node
from std_msgs.msg import Bool

from emoomni_msgs.msg import AffectState, GestureCommand, SpeechInstruction
from emoomni_ros.behaviour.gestures import (
    GestureBehaviour,
    GestureChoice,
    GestureSettings,
    GestureTable,
    TableError,
    default_table_path,
)
from emoomni_ros.nodes import convert
from emoomni_ros.nodes.common import ERROR, EVENT_QOS, LATCHED_QOS, OK, Diagnostics, now_s, run
from emoomni_ros.nodes.params import NodeSettings


class GestureNode(Node):
    def __init__(self) -> None:
        super().__init__("gesture_behaviour")
        self.behaviour: GestureBehaviour | None = None
        self.settings = NodeSettings(self, GestureSettings, apply=self.on_settings)
        s = self.settings.value
        self.diagnostics = Diagnostics(self)
        path = s.table_path or str(default_table_path())
        try:
            table = GestureTable.load(path)
        except (OSError, TableError) as exc:
            self.diagnostics.set_status(ERROR, f"cannot load the gesture table: {exc}")
            raise RuntimeError(f"cannot load the gesture table {path}: {exc}") from exc
        self.behaviour = GestureBehaviour(table, s)
        self.diagnostics.set_value("table", path)
        self.publisher = self.create_publisher(GestureCommand, "emoomni/gesture", EVENT_QOS)
        self.create_subscription(AffectState, "emoomni/affect", self.on_affect, EVENT_QOS)
        self.create_subscription(SpeechInstruction, "emoomni/speech_instruction", self.on_instruction, EVENT_QOS)
        self.create_subscription(Bool, "emoomni/is_speaking", self.on_speaking, LATCHED_QOS)
        self.create_timer(1.0 / s.tick_rate, self.on_tick)
        self.diagnostics.set_status(OK, "ready")

    def on_settings(self, new: GestureSettings) -> None:
        """Live thresholds (hold, agreement count, confidence, reply hold, idle time)."""
        if self.behaviour is not None:
            self.behaviour.configure(new)

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
