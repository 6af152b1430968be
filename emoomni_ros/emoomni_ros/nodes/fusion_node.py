"""affect_fusion: face, voice and text cues in (``emoomni/cues/{face,voice,text}``), the fused
``AffectState`` out (``emoomni/affect``) at ``rate_hz``, and at once when a voice or text cue
arrives or a face cue changes a person's label or conflict flag. A safety concern raised by a cue
(suicidal thoughts, danger, a medical emergency) is carried on the AffectState and published once
per utterance on ``emoomni/concern`` (reliable), so a care deployment can route it to a person.
The fusion itself is ``affect/fusion.py``."""

from __future__ import annotations

import threading

from rclpy.node import Node

from emoomni_msgs.msg import AffectState as AffectStateMsg
from emoomni_msgs.msg import Concern as ConcernMsg
from emoomni_msgs.msg import EmotionCue
from emoomni_ros.affect.fusion import AffectFusion, FusionConfig, freshness
from emoomni_ros.datatypes import MODALITIES, AffectState
from emoomni_ros.nodes.common import EVENT_QOS, OK, WARN, Diagnostics, declare, now_s, run
from emoomni_ros.nodes.convert import affect_to_msg, concern_to_msg, cue_from_msg
from emoomni_ros.peers import PeerWatch

CONCERNS_REMEMBERED = 64  # (utterance, kind) pairs already published, so each is raised once


class FusionNode(Node):
    def __init__(self, name: str = "affect_fusion"):
        super().__init__(name)
        self.rate_hz = declare(self, "rate_hz", 5.0, "AffectState publications per second (also sent at once on a "
                               "change of label or conflict)", min_value=0.1, max_value=100.0)
        defaults = FusionConfig()
        d = lambda name, description, lo, hi: declare(self, name, getattr(defaults, name), description,  # noqa: E731
                                                      min_value=lo, max_value=hi)
        params = {"single_person": declare(self, "single_person", defaults.single_person, "fuse and publish only "
                                           "the person who is speaking (else one AffectState per visible face)")}
        self.publish_idle = declare(self, "publish_idle", True, "keep publishing a neutral, zero-confidence state "
                                    "when no cue is fresh")
        for modality in MODALITIES:
            params[f"reliability_{modality}"] = declare(
                self, f"reliability_{modality}", defaults.reliability[modality],
                f"prior trust in {modality} cues (multiplies their confidence)", min_value=0.0, max_value=10.0)
            params[f"half_life_{modality}_s"] = declare(
                self, f"half_life_{modality}_s", defaults.half_life_s[modality],
                f"age at which a {modality} cue counts half", min_value=0.01, max_value=600.0)
            params[f"max_age_{modality}_s"] = declare(
                self, f"max_age_{modality}_s", defaults.max_age_s[modality],
                f"{modality} cues older than this are ignored", min_value=0.01, max_value=3600.0)
        params["face_window_s"] = d("face_window_s", "face frames pooled when no utterance is fresh (seconds)",
                                    0.0, 30.0)
        params["utterance_margin_s"] = d("utterance_margin_s", "face frames this close to an utterance count as "
                                         "during it", 0.0, 10.0)
        params["valence_threshold"] = d("valence_threshold", "|valence| from which a cue counts as positive or "
                                        "negative for conflict", 0.0, 1.0)
        params["conflict_confidence"] = d("conflict_confidence", "effective confidence both sides need for a "
                                          "conflict", 0.0, 1.0)
        params["leak_confidence"] = d("leak_confidence", "confidence a less controlled cue needs to outrank the "
                                      "surface (nonverbal leakage)", 0.0, 1.0)
        params["display_discount"] = d("display_discount", "weight kept by the display cues under a conflict with "
                                       "a felt emotion", 0.0, 1.0)
        self.config = FusionConfig.from_parameters(params)
        single = self.config.single_person
        self.fusion = AffectFusion(self.config)
        self._lock = threading.Lock()
        self._last: dict[str, tuple[str, bool]] = {}
        self.diagnostics = Diagnostics(self)
        self.pub = self.create_publisher(AffectStateMsg, "emoomni/affect", EVENT_QOS)
        self.concern_pub = self.create_publisher(ConcernMsg, "emoomni/concern", EVENT_QOS)
        self._raised: dict[tuple[str, str], None] = {}  # insertion-ordered, bounded
        self._concern_active = False
        for modality in MODALITIES:
            self.create_subscription(EmotionCue, f"emoomni/cues/{modality}",
                                     lambda msg, m=modality: self.on_cue(msg, m), EVENT_QOS)
        self.create_timer(1.0 / self.rate_hz, self.on_tick)
        self._peers = PeerWatch([f"emoomni/cues/{m}" for m in MODALITIES])
        self._lost: list[str] = []
        self.create_timer(1.0, self.check_peers)
        self.diagnostics.set_status(OK, "fusing")
        self.get_logger().info(f"fusing face/voice/text cues at {self.rate_hz:g} Hz "
                               f"({'single person' if single else 'every face'})")

    def on_cue(self, msg: EmotionCue, modality: str) -> None:
        try:
            cue = cue_from_msg(msg)
        except ValueError as exc:
            self.diagnostics.drop("malformed", str(exc))
            return
        if cue.modality != modality:
            self.diagnostics.drop("wrong_modality", f"a {cue.modality} cue on emoomni/cues/{modality}")
            return
        now = now_s(self)
        if freshness(cue, now, self.config) == 0.0:
            self.diagnostics.drop("stale", f"{modality} cue {now - cue.window_end:.1f} s old")
            return
        self.diagnostics.count(f"received_{modality}")
        with self._lock:
            self.fusion.add(cue)
            states = self.fusion.states(now)
        for state in states:
            # A speech cue (one per utterance) is news the reasoning node waits for: send it at once,
            # not at the next tick; face frames only when they change the read.
            if modality != "face" or self._last.get(state.person_id) != (state.label, state.conflict):
                self.publish(state)

    def on_tick(self) -> None:
        now = now_s(self)
        with self._lock:
            self.fusion.forget(now)
            states = self.fusion.states(now)
        if not states and self.publish_idle:
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
        if state.concern is not None:
            self.raise_concern(state)
        elif self._concern_active:  # the utterance that raised it has faded
            self._concern_active = False
            self.diagnostics.set_status(*self._quiet_status())
        self._last[state.person_id] = (state.label, state.conflict)
        self.diagnostics.count("published")
        self.diagnostics.set_value("last_label", f"{state.person_id}: {state.label}"
                                   + (f" (apparent {state.apparent_label})" if state.conflict else ""))


    def raise_concern(self, state: AffectState) -> None:
        concern = state.concern
        key = (concern.utterance_id, concern.kind)
        if key in self._raised:
            return
        self._raised[key] = None
        self._concern_active = True
        while len(self._raised) > CONCERNS_REMEMBERED:
            self._raised.pop(next(iter(self._raised)))
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
