"""affect_fusion: face, voice and text cues in (``emoomni/cues/<modality>`` for each modality of
``emoomni_ros/modalities.py``), the fused ``AffectState`` out (``emoomni/affect``) at ``rate_hz``, and
at once when a voice or text cue arrives or a face cue changes a person's label or conflict flag.
A safety concern raised by a cue (suicidal thoughts, danger, a medical emergency) is carried on the
AffectState and published once per utterance on ``emoomni/concern`` (reliable), so a care
deployment can route it to a person.
The fusion itself, and what is news, are ``affect/fusion.py``; the parameters ``affect/settings.py``
(all live: ``ros2 param set`` reconfigures the fusion or the tick rate at once)."""

from __future__ import annotations

import threading

from rclpy.node import Node

from emoomni_msgs.msg import AffectState as AffectStateMsg
from emoomni_msgs.msg import Concern as ConcernMsg
from emoomni_msgs.msg import EmotionCue
from emoomni_ros import modalities
from emoomni_ros.affect.fusion import AffectFusion, Announcer, freshness
from emoomni_ros.affect.settings import FusionSettings
from emoomni_ros.datatypes import AffectState
from emoomni_ros.nodes.common import EVENT_QOS, OK, WARN, Diagnostics, now_s, run
from emoomni_ros.nodes.convert import affect_to_msg, concern_to_msg, cue_from_msg
from emoomni_ros.nodes.params import NodeSettings
from emoomni_ros.peers import PeerWatch


class FusionNode(Node):
    def __init__(self, name: str = "affect_fusion"):
        super().__init__(name)
        self.settings = NodeSettings(self, FusionSettings, apply=self.apply)
        self.config = self.settings.value.config()
        self.fusion = AffectFusion(self.config)
        self.announcer = Announcer()
        self._lock = threading.Lock()
        self.diagnostics = Diagnostics(self)
        self.pub = self.create_publisher(AffectStateMsg, "emoomni/affect", EVENT_QOS)
        self.concern_pub = self.create_publisher(ConcernMsg, "emoomni/concern", EVENT_QOS)
        self._concern_active = False
        for m in modalities.TABLE:
            self.create_subscription(EmotionCue, m.topic, lambda msg, name=m.name: self.on_cue(msg, name), EVENT_QOS)
        self.timer = self.create_timer(1.0 / self.settings.value.rate_hz, self.on_tick)
        self._peers = PeerWatch([m.topic for m in modalities.TABLE])
        self._lost: list[str] = []
        self.create_timer(1.0, self.check_peers)
        self.diagnostics.set_status(OK, "fusing")
        self.get_logger().info(f"fusing {'/'.join(modalities.NAMES)} cues at {self.settings.value.rate_hz:g} Hz "
                               f"({'single person' if self.config.single_person else 'every face'})")

    def apply(self, new: FusionSettings) -> None:
        """Live parameters: the fusion's weights and thresholds, the idle states, the tick rate."""
        config = new.config()  # ValueError: refused with its reason
        with self._lock:
            self.fusion.reconfigure(config)
            self.config = config
        self.timer.timer_period_ns = int(1e9 / new.rate_hz)

    def on_cue(self, msg: EmotionCue, modality: str) -> None:
        try:
            cue = cue_from_msg(msg)
        except ValueError as exc:
            self.diagnostics.drop("malformed", str(exc))
            return
        if cue.modality != modality:
            self.diagnostics.drop("wrong_modality", f"a {cue.modality} cue on {modalities.get(modality).topic}")
            return
        now = now_s(self)
        with self._lock:
            fresh = freshness(cue, now, self.config) > 0.0
            if fresh:
                self.fusion.add(cue)
                states = self.fusion.states(now)
        if not fresh:
            self.diagnostics.drop("stale", f"{modality} cue {now - cue.window_end:.1f} s old")
            return
        self.diagnostics.count(f"received_{modality}")
        for state in states:
            # A speech cue (one per utterance) is news the reasoning node waits for: send it at once,
            # not at the next tick; face frames only when they change the read.
            if self.announcer.is_news(state, modality):
                self.publish(state)

    def on_tick(self) -> None:
        now = now_s(self)
        with self._lock:
            self.fusion.forget(now)
            states = self.fusion.states(now)
        if not states and self.settings.value.publish_idle:
            states = [AffectState.neutral(stamp=now)]
        for state in states:
            self.publish(state)

    def check_peers(self) -> None:
        """WARN while a cue topic that had publishers has none (its perception node stopped)."""
        topics = list(self._peers.most)
        lost = self._peers.update({t: self.count_publishers(t) for t in topics})
        if lost == self._lost:
            return
        self._lost = lost
        self.diagnostics.set_value("lost_inputs", ", ".join(lost) or "none")
        if lost:
            self.get_logger().warning(f"no publisher left on {', '.join(lost)}")
        if not self._concern_active:  # the concern's WARN stays until it fades
            self.diagnostics.set_status(*self._quiet_status())

    def _quiet_status(self) -> tuple[bytes, str]:
        """The status when no concern is raised: WARN while an input has lost its publishers."""
        if self._lost:
            return WARN, f"no publisher left on {', '.join(self._lost)} (its node stopped?)"
        return OK, "fusing"

    def publish(self, state: AffectState) -> None:
        self.pub.publish(affect_to_msg(state))
        concern = self.announcer.published(state)
        if concern is not None:
            self.raise_concern(concern)
        elif state.concern is None and self._concern_active:  # the utterance that raised it has faded
            self._concern_active = False
            self.diagnostics.set_status(*self._quiet_status())
        self.diagnostics.count("published")
        self.diagnostics.set_value("last_label", f"{state.person_id}: {state.label}"
                                   + (f" (apparent {state.apparent_label})" if state.conflict else ""))

    def raise_concern(self, concern) -> None:
        self._concern_active = True
        self.concern_pub.publish(concern_to_msg(concern))
        d = self.diagnostics
        d.count("concerns_raised")
        d.count(f"concerns_{concern.kind}")
        d.set_value("last_concern", f"{concern.person_id}: {concern.kind} ({concern.level}, "
                    f"{concern.confidence:.2f}): {'; '.join(concern.evidence[:2])}")
        d.set_status(WARN, f"concern raised: {concern.kind} ({concern.level}) for {concern.person_id}")
        self.get_logger().warning(f"concern raised: {concern.kind} ({concern.level}) for {concern.person_id}: "
                                  f"{'; '.join(concern.evidence[:2])}")


def main(args: list[str] | None = None) -> int:
    return run(FusionNode, args)


if __name__ == "__main__":
    raise SystemExit(main())
