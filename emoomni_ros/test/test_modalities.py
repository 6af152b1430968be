"""The modality table (modalities.py) is what datatypes, the message conversion, the fusion, the
conflict rule and the embedded reasoner know about each modality; the E-CoT fields are defined once
(reasoning/schema.py's ECoT) and Reasoning, the JSON schema and the conversion follow it. No ROS."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from emoomni_ros import labels, modalities
from emoomni_ros.affect import conflict
from emoomni_ros.affect.fusion import AffectFusion, FusionConfig
from emoomni_ros.datatypes import MODALITIES, Cue, Reasoning
from emoomni_ros.reasoning import embedded
from emoomni_ros.reasoning import schema as S


def test_the_table_is_what_every_reader_sees():
    assert MODALITIES == modalities.NAMES == ("face", "voice", "text")
    assert conflict.CONTROL_ORDER == modalities.CONTROL_ORDER == ("text", "face", "voice")
    assert sorted(MODALITIES, key=modalities.least_controlled_first) == ["voice", "face", "text"]
    assert embedded.MODALITY_NAMES == {"face": "Face", "voice": "Voice", "text": "Words"}
    assert embedded.LEAK_PHRASE["voice"].format(soft="tense") == "your voice sounds tense"
    config = FusionConfig()
    for m in modalities.TABLE:
        assert (config.reliability[m.name], config.half_life_s[m.name], config.max_age_s[m.name]) == \
            (m.reliability, m.half_life_s, m.max_age_s)
        assert m.topic == f"emoomni/cues/{m.name}"
    assert [m.name for m in modalities.TABLE if m.frames] == ["face"]


def test_an_unknown_modality_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="one of"):
        modalities.get("body")
    with pytest.raises(ValueError, match="one of"):
        Cue("body", labels.one_hot("joy"), 0.5)


def test_a_new_frame_based_modality_is_fused_from_its_row(monkeypatch):
    """A body-pose row is all the core needs: its frames are pooled beside the face's, its weights
    come from the row, and the conflict rule ranks it by its control."""
    body = modalities.Modality("body", "posture", control=3, frames=True, half_life_s=2.0, max_age_s=6.0,
                               shows="your posture looks")
    table = (*modalities.TABLE, body)
    monkeypatch.setattr(modalities, "TABLE", table)
    monkeypatch.setattr(modalities, "NAMES", tuple(m.name for m in table))
    monkeypatch.setattr(modalities, "BY_NAME", {m.name: m for m in table})
    config = FusionConfig(reliability={**FusionConfig().reliability, "body": 1.0},
                          half_life_s={**FusionConfig().half_life_s, "body": 2.0},
                          max_age_s={**FusionConfig().max_age_s, "body": 6.0})
    fusion = AffectFusion(config)
    dist = labels.one_hot("sadness") * 0.8 + 0.2 / labels.NUM_LABELS
    for t in (9.0, 9.5, 10.0):
        assert fusion.add(Cue("face", labels.one_hot("neutral") * 0.6 + 0.4 / 7, 0.6, person_id="face_1", stamp=t))
        assert fusion.add(Cue("body", dist, 0.8, ["shoulders slumped"], person_id="face_1", stamp=t))
    (state,) = fusion.states(now=10.0)
    assert state.person_id == "face_1" and sorted(c.modality for c in state.cues) == ["body", "face"]
    assert state.label == "sadness" and "posture" in state.explanation
    assert np.isclose(state.cue("body").confidence, 0.8)


def test_the_ecot_fields_are_defined_once():
    names = [f.name for f in dataclasses.fields(S.ECoT)]
    assert list(S.FIELDS) == names == list(S.ECOT_JSON_SCHEMA["properties"]) == S.ECOT_JSON_SCHEMA["required"]
    assert set(S.TEXT_FIELDS) == {n for n in names if S.ECOT_JSON_SCHEMA["properties"][n].get("maxLength")}
    reasoning = [f.name for f in dataclasses.fields(Reasoning)]
    assert set(names) <= set(reasoning) and reasoning[0] == "utterance" and reasoning[10] == "backend"
    assert S.ECOT_JSON_SCHEMA["properties"]["situation"]["enum"][-1] == ""  # optional: "" = unclear
    with pytest.raises(S.SchemaError, match="missing fields"):
        S.validate({"emotion_analysis": "x"})
