"""affect_fusion's parameters come from FusionSettings (its own, FusionConfig's, and three per
modality from the modality table), every one live: AffectFusion.reconfigure changes the next
read. What is news and each concern once: Announcer. No ROS."""

from __future__ import annotations

import pytest

from emoomni_ros import graph, labels, settings
from emoomni_ros.affect.fusion import AffectFusion, Announcer, FusionConfig
from emoomni_ros.affect.settings import FusionSettings
from emoomni_ros.datatypes import Concern, Cue

NAMES = ["rate_hz", "single_person", "publish_idle", "face_window_s", "utterance_margin_s", "valence_threshold",
         "conflict_confidence", "leak_confidence", "display_discount"] + [
    name for m in ("face", "voice", "text") for name in (f"reliability_{m}", f"half_life_{m}_s", f"max_age_{m}_s")]


def cue(modality, label, confidence=0.8, t=10.0, person="anonymous_speaker", utt="", concern=None):
    dist = labels.one_hot(label) * confidence + (1 - confidence) / labels.NUM_LABELS
    return Cue(modality, dist, confidence, [], person_id=person, stamp=t, window_start=t - 1, window_end=t,
               utterance_id=utt, concern=concern)


def test_every_parameter_keeps_its_name_and_the_profile_default():
    params = {p.name: p for p in settings.parameters(FusionSettings)}
    assert sorted(params) == sorted(NAMES)
    assert all(p.spec.live and p.spec.description for p in params.values())
    assert graph.node("affect_fusion").settings_class() is FusionSettings
    for name, value in graph.profile_sections("cpu").get("affect_fusion", {}).items():
        assert params[name].default == value, name
    assert FusionSettings().config() == FusionConfig()


def test_profile_values_are_coerced_and_checked():
    config = FusionConfig.from_parameters({"reliability_face": 2, "unrelated": "x"})
    assert config.reliability["face"] == 2.0 and isinstance(config.reliability["face"], float)
    with pytest.raises(ValueError, match="above"):
        FusionConfig.from_parameters({"leak_confidence": 1.5})


def test_live_settings_change_the_next_read():
    fusion = AffectFusion()
    fusion.add(cue("face", "joy", 0.9, person="face_1"))
    fusion.add(cue("face", "sadness", 0.9, person="face_2"))
    fusion.add(cue("voice", "joy", 0.8, person="face_1", utt="u1"))
    assert len(fusion.states(10.0)) == 1  # single_person: only the speaker

    current = FusionSettings()
    every_face = settings.replace(current, {"single_person": False})
    fusion.reconfigure(every_face.config())
    assert {s.person_id for s in fusion.states(10.0)} == {"face_1", "face_2"}

    # a voice trusted ten times more than the face outweighs it
    fusion = AffectFusion()
    fusion.add(cue("face", "joy", 0.6, person="face_1"))
    fusion.add(cue("voice", "anger", 0.6, person="face_1", utt="u1"))
    anger = labels.LABEL_INDEX["anger"]
    before = fusion.states(10.0)[0].distribution[anger]
    fusion.reconfigure(settings.replace(current, {"reliability_voice": 10.0}).config())
    assert fusion.states(10.0)[0].distribution[anger] > before + 0.05

    # a shorter age limit forgets the voice at once
    fusion.reconfigure(settings.replace(current, {"max_age_voice_s": 0.5}).config())
    assert all(c.modality != "voice" for c in fusion.states(11.0)[0].cues)


def test_news_and_concerns_once():
    announcer = Announcer(people=2)
    fusion = AffectFusion()
    fusion.add(cue("face", "joy", person="face_1"))
    (state,) = fusion.states(10.0)
    assert announcer.is_news(state, "face") and announcer.published(state) is None
    assert not announcer.is_news(state, "face")  # the same read again: wait for the tick
    assert announcer.is_news(state, "voice")  # speech is always news

    risk = Concern("self_harm", "urgent", 0.9, ["says so"], utterance_id="u2")
    fusion.add(cue("text", "sadness", utt="u2", concern=risk))
    (state,) = fusion.states(10.0)
    assert announcer.published(state).kind == "self_harm"
    assert announcer.published(state) is None  # once per (utterance, kind)
