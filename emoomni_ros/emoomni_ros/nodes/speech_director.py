"""speech_director: distils each E-CoT into a SpeechInstruction (what to say and how).

In:  emoomni/reasoning (EmotionalReasoning)
Out: emoomni/speech_instruction (SpeechInstruction)
The mapping is the voice-style table (config/voice_styles.yaml, `voice_styles` merges a file over
it); `instruction_writer` chooses who words the natural-language instruction. Parameters:
``expression/instruction_writer.py`` (SpeechDirectorSettings; ``openai_timeout_s`` is live, the
rest read-only).
"""

from __future__ import annotations

from rclpy.node import Node

from emoomni_msgs.msg import EmotionalReasoning
from emoomni_msgs.msg import SpeechInstruction as SpeechInstructionMsg
from emoomni_ros.expression import instruction, instruction_writer
from emoomni_ros.expression.instruction_writer import SpeechDirectorSettings
from emoomni_ros.nodes import common
from emoomni_ros.nodes.convert import instruction_to_msg, reasoning_from_msg
from emoomni_ros.nodes.params import NodeSettings


class InstructionNode(Node):
    def __init__(self) -> None:
        super().__init__("speech_director")
        self.writer: instruction_writer.Writer = instruction_writer.Writer()
        self.params = NodeSettings(self, SpeechDirectorSettings, apply=self._apply)
        settings = self.params.value
        name, openai = settings.instruction_writer, settings.openai
        self.diag = common.Diagnostics(self, hardware_id="emoomni_speech_director")
        self.table = instruction.load_table(settings.voice_styles or None)  # a broken table stops the node
        try:
            options = {"base_url": openai.base_url, "model": openai.model, "timeout_s": openai.timeout_s}
            self.writer = instruction_writer.create(name, **(options if name == "openai" else {}))
        except ValueError as exc:
            self.get_logger().error(f"{exc}; using the template writer")
            self.diag.set_status(common.WARN, f"instruction writer {name!r} unavailable: {exc}")
            self.writer = instruction_writer.Writer()
        else:
            self.diag.set_status(common.OK, f"writer {self.writer.name}")
        self.pub = self.create_publisher(SpeechInstructionMsg, "emoomni/speech_instruction", common.EVENT_QOS)
        self.create_subscription(EmotionalReasoning, "emoomni/reasoning", self._on_reasoning, common.EVENT_QOS)

    def _apply(self, new: SpeechDirectorSettings) -> None:
        """The live parameter: the openai writer's timeout (read for each instruction)."""
        if hasattr(self.writer, "timeout_s"):
            self.writer.timeout_s = new.openai.timeout_s

    def _on_reasoning(self, msg: EmotionalReasoning) -> None:
        self.diag.count("reasonings")
        try:
            reasoning = reasoning_from_msg(msg)
        except (ValueError, TypeError) as exc:
            self.diag.drop("bad_reasoning", str(exc))
            return
        ins = instruction.distil(reasoning, self.table)
        if not ins.text:
            self.diag.drop("empty_response", f"nothing speakable in the response of {reasoning.utterance_id!r}")
            return
        ins.voice_instruction, source = self.writer.write(reasoning, ins)
        if source == instruction_writer.SAFETY_SOURCE:
            self.diag.count("safety_voice")
        elif source != self.writer.name:
            self.diag.count("writer_fallbacks")
            self.diag.set_value("writer_last_error", getattr(self.writer, "last_error", ""))
        self.pub.publish(instruction_to_msg(ins, common.now_s(self)))
        self.diag.count("instructions")


def main(args: list[str] | None = None) -> int:
    return common.run(InstructionNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
