"""Fine-grained feelings and safety concerns ride along the fusion: the fused state names the
strongest feelings of its cues (weighted by how much each cue counts) and the most urgent concern,
as the fused person's."""

import numpy as np

from emoomni_ros import labels
from emoomni_ros.affect.fusion import AffectFusion, fuse
from emoomni_ros.datatypes import Concern, Cue, clean_feelings


def cue(modality, label, confidence=0.8, t=10.0, feelings=(), concern=None, person="anonymous_speaker", utt="u1"):
    dist = labels.one_hot(label) * confidence + (1 - confidence) / labels.NUM_LABELS
    return Cue(modality, dist, confidence, [], person_id=person, stamp=t, window_start=t - 2, window_end=t,
               utterance_id=utt if modality != "face" else "", feelings=list(feelings), concern=concern)


def test_the_words_name_the_feeling_of_the_fused_state():
    state = fuse([cue("voice", "sadness", 0.6), cue("text", "sadness", 0.7, feelings=[("grief", 0.8),
                                                                                        ("loneliness", 0.3)])],
                 now=10.0)
    assert state.label == "sadness"
    assert [name for name, _ in state.feelings] == ["grief", "loneliness"]
    assert 0.3 < state.feelings[0][1] <= 0.8


def test_a_weaker_cue_counts_less_and_feelings_are_capped_and_cleaned():
    state = fuse([cue("text", "fear", 0.9, feelings=[("anxiety", 0.9)]),
                  cue("voice", "fear", 0.2, feelings=[("dread", 0.9), ("relief", 0.1), ("nonsense", 1.0)])],
                 now=10.0)
    scores = dict(state.feelings)
    assert "nonsense" not in scores and len(state.feelings) <= 3
    assert scores["anxiety"] > scores["dread"]  # same raw score, the voice cue weighs far less
    assert clean_feelings([("grief", 2.0), ("grief", 0.1), ("joy", 0.5)]) == [("grief", 1.0)]


def test_the_most_urgent_concern_is_carried_as_the_fused_persons():
    watch = Concern("self_harm", "watch", 0.9, ["says 'better off without me'"], utterance_id="u1")
    urgent = Concern("medical", "urgent", 0.6, ["says 'chest hurts'"], utterance_id="u1")
    fusion = AffectFusion()
    fusion.add(cue("face", "sadness", 0.7, person="face_1"))
    fusion.add(cue("voice", "sadness", 0.6, concern=watch))
    fusion.add(cue("text", "sadness", 0.7, concern=urgent))
    state = fusion.states(10.0)[0]
    assert state.person_id == "face_1"
    assert state.concern is not None and state.concern.kind == "medical" and state.concern.urgent
    assert state.concern.person_id == "face_1" and state.concern.evidence == ["says 'chest hurts'"]


def test_no_concern_and_no_feelings_without_them():
    state = fuse([cue("face", "joy", 0.9), cue("text", "joy", 0.8)], now=10.0)
    assert state.concern is None and state.feelings == []


def test_a_faded_concern_is_not_carried():
    fusion = AffectFusion()
    fusion.add(cue("text", "sadness", 0.8, t=10.0, concern=Concern("danger", "urgent", 0.8, ["followed"])))
    assert fusion.states(11.0)[0].concern is not None
    assert fusion.states(10.0 + fusion.config.max_age_s["text"] + 1).__len__() == 0
    assert np.isclose(sum(fusion.states(11.0)[0].distribution), 1.0)
