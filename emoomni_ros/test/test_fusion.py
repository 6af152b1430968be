"""Affect fusion: weighting by confidence and freshness, time alignment, speaker association, and
the conflict rule (nonverbal leakage) with felt vs. apparent emotion."""

from dataclasses import replace

import numpy as np
import pytest

from emoomni_ros import labels
from emoomni_ros.affect.conflict import CONTROL_ORDER, detect
from emoomni_ros.affect.fusion import AffectFusion, FusionConfig, freshness, fuse, pool_faces
from emoomni_ros.datatypes import Cue


def cue(modality, label, confidence=0.8, t=10.0, evidence=(), person="anonymous_speaker", utt="", start=None,
        second=None):
    dist = labels.one_hot(label) * confidence + (1 - confidence) / labels.NUM_LABELS
    if second:
        dist[labels.LABEL_INDEX[second]] += 0.2
    return Cue(modality, dist, confidence, list(evidence), person_id=person, stamp=t,
               window_start=t if start is None else start, window_end=t, utterance_id=utt)


def test_congruent_cues_agree_without_conflict():
    state = fuse([cue("face", "joy", 0.9), cue("voice", "joy", 0.7), cue("text", "joy", 0.6)], now=10.0)
    assert state.label == "joy" and not state.conflict and state.apparent_label == "joy"
    assert state.valence > 0.4 and state.confidence > 0.5
    assert state.modalities_used == ["face", "voice", "text"]
    assert "agree" in state.explanation


def test_smile_and_happy_words_over_a_trembling_voice_is_fear():
    state = fuse([cue("face", "joy", 0.85, evidence=["lip corners pulled up"]),
                  cue("voice", "fear", 0.7, evidence=["pitch trembling", "fast speech"]),
                  cue("text", "joy", 0.6, evidence=["says 'I'm great'"])], now=10.0)
    assert state.conflict
    assert state.apparent_label == "joy" and state.label == "fear"
    assert state.valence < 0
    # the explanation cites the cues and the rule
    for fragment in ("voice", "fear", "pitch trembling", "words", "harder to control"):
        assert fragment in state.explanation
    assert labels.top_label(state.distribution) == "fear"


def test_im_fine_with_a_sad_face_is_sadness():
    state = fuse([cue("face", "sadness", 0.8, evidence=["lip corners down"]),
                  cue("text", "joy", 0.5, evidence=["says 'I'm fine'"])], now=10.0)
    assert state.conflict and state.label == "sadness" and state.apparent_label == "joy"
    assert "face" in state.explanation and "lip corners down" in state.explanation


HEDGE = ["text model: neutral 0.68", "hedge: 'I'm fine' (may mask feelings)", "sentiment words: 'fine' (positive +0.8)"]


def test_words_that_play_it_down_over_a_fearful_voice_conflict_without_a_face():
    # "I'm fine, really." as the text cue reads it: neutral, weak, valence ~0 (no positive polarity)
    words = cue("text", "neutral", 0.41, evidence=HEDGE)
    state = fuse([words, cue("voice", "fear", 0.6, evidence=["pitch trembling", "loud"])], now=10.0)
    assert state.conflict and state.apparent_label == "neutral" and state.label == "fear"
    assert "play the feeling down" in state.explanation and "I'm fine" in state.explanation
    assert "pitch trembling" in state.explanation
    # with a smile as well, the apparent emotion is the smile's
    smiled = fuse([cue("face", "joy", 0.8), words, cue("voice", "sadness", 0.6)], now=10.0)
    assert smiled.conflict and smiled.apparent_label == "joy" and smiled.label == "sadness"
    # over a negative face, no voice
    faced = fuse([cue("face", "anger", 0.7), words], now=10.0)
    assert faced.conflict and faced.label == "anger" and faced.apparent_label == "neutral"


def test_words_that_play_it_down_are_no_conflict_when_nothing_negative_shows():
    words = cue("text", "neutral", 0.41, evidence=HEDGE)
    assert not fuse([words, cue("voice", "neutral", 0.7)], now=10.0).conflict
    assert not fuse([words, cue("face", "neutral", 0.8), cue("voice", "joy", 0.6)], now=10.0).conflict
    assert not fuse([words, cue("voice", "sadness", 0.3)], now=10.0).conflict  # too weak to call a mask
    # a hedge in words that themselves read negative is a disclosure, not a mask
    sad_words = cue("text", "sadness", 0.7, evidence=["hedge: 'whatever' (may mask feelings)"])
    state = fuse([sad_words, cue("voice", "sadness", 0.6)], now=10.0)
    assert not state.conflict and state.label == "sadness"


def test_the_text_analyzer_hedges_reach_the_conflict_rule():
    from emoomni_ros.perception.text.analyzer import TextAnalyzer

    analyzer = TextAnalyzer()
    for sentence in ("I'm fine, really.", "It's whatever.", "I'm okay, don't worry about me."):
        words = replace(analyzer.analyze(sentence), stamp=10.0, window_start=8.0, window_end=10.0)
        state = fuse([words, cue("voice", "fear", 0.6)], now=10.0)
        assert state.conflict and state.label == "fear", (sentence, words.evidence, state.explanation)


def test_a_smile_over_a_negative_voice_without_words():
    state = fuse([cue("face", "joy", 0.8), cue("voice", "anger", 0.6)], now=10.0)
    assert state.conflict and state.apparent_label == "joy" and state.label == "anger"


def test_unconfident_leak_is_reported_but_does_not_decide():
    cfg = FusionConfig()
    weak = 0.5 * (cfg.conflict_confidence + cfg.leak_confidence)  # enough to conflict, not to outrank
    state = fuse([cue("face", "joy", 0.9), cue("text", "joy", 0.8), cue("voice", "sadness", weak)], now=10.0)
    assert state.conflict and state.label == "joy"
    assert "uncertain" in state.explanation


def test_too_weak_opposition_is_no_conflict():
    state = fuse([cue("face", "joy", 0.9), cue("voice", "sadness", 0.15)], now=10.0)
    assert not state.conflict and state.label == "joy"


def test_negative_disagreement_is_not_masking():
    state = fuse([cue("face", "anger", 0.8), cue("voice", "fear", 0.7)], now=10.0)
    assert not state.conflict
    assert state.label in ("anger", "fear")


def test_control_order_and_detect_directly():
    assert CONTROL_ORDER == ("text", "face", "voice")
    words, voice = cue("text", "sadness", 0.7), cue("voice", "joy", 0.8)  # "I'm terrible" said laughing
    read = detect([(words, 1.0), (voice, 1.0)], 0.2, 0.25, 0.4)
    # a laugh over a negative disclosure is the display; the disclosure is the feeling
    assert read.conflict and read.apparent == "joy" and read.felt == "sadness" and read.leak is words
    assert read.surface == [voice] and "hide negative feelings" in read.explanation


def test_scared_words_under_a_smile_are_fear_not_joy():
    state = fuse([cue("face", "joy", 0.95, evidence=["lip corners pulled up"]),
                  cue("text", "fear", 0.45, evidence=["emotion words: 'scared'"])], now=10.0)
    assert state.conflict and state.apparent_label == "joy" and state.label == "fear"
    assert "scared" in state.explanation and "face" in state.explanation


def test_freshness_halves_per_half_life_and_stops_at_max_age():
    cfg = FusionConfig()
    face = cue("face", "joy", t=10.0)
    assert freshness(face, 10.0, cfg) == pytest.approx(1.0)
    assert freshness(face, 10.0 + cfg.half_life_s["face"], cfg) == pytest.approx(0.5)
    assert freshness(face, 10.0 + cfg.max_age_s["face"] + 0.1, cfg) == 0.0
    assert freshness(face, 9.0, cfg) == 1.0  # slightly from the future (clock skew) counts as new
    assert freshness(face, 5.0, cfg) == 0.0  # further ahead than CLOCK_SKEW_S: a bad stamp, stale


def test_fresh_cue_outweighs_an_old_one():
    state = fuse([cue("face", "joy", 0.8, t=10.0), cue("voice", "anger", 0.8, t=10.0 - 15.0, start=-6.0)],
                 now=10.0, config=replace(FusionConfig(), conflict_confidence=0.9))
    assert state.label == "joy"
    assert state.distribution[labels.LABEL_INDEX["joy"]] > state.distribution[labels.LABEL_INDEX["anger"]]


def test_reliability_scales_a_modality():
    cfg = FusionConfig(reliability={"face": 0.1, "voice": 1.0, "text": 1.0})
    state = fuse([cue("face", "anger", 0.8), cue("voice", "fear", 0.6)], now=10.0, config=cfg)
    assert state.label == "fear"


def test_no_fresh_cues_is_neutral_with_zero_confidence():
    state = fuse([cue("face", "joy", t=0.0)], now=100.0)
    assert state.label == "neutral" and state.confidence == 0.0
    assert fuse([], now=1.0).label == "neutral"


def test_config_is_validated():
    with pytest.raises(ValueError):
        FusionConfig(half_life_s={"face": 0.0, "voice": 1.0, "text": 1.0})
    with pytest.raises(ValueError):
        FusionConfig(reliability={"face": 1.0, "voice": 1.0})
    with pytest.raises(ValueError):
        FusionConfig(max_age_s={"face": float("nan"), "voice": 1.0, "text": 1.0})


def test_face_frames_are_pooled_over_the_utterance_window():
    fusion = AffectFusion()
    # sad during the utterance (t 4..7), smiling long before it
    for t in np.arange(0.0, 2.0, 0.2):
        fusion.add(cue("face", "joy", 0.9, t=float(t), person="face_1", evidence=["smile"]))
    for t in np.arange(4.0, 7.0, 0.2):
        fusion.add(cue("face", "sadness", 0.7, t=float(t), person="face_1", evidence=["lip corners down"]))
    fusion.add(cue("voice", "sadness", 0.6, t=7.0, start=4.0, utt="u1"))
    (state,) = fusion.states(now=7.2)
    face = next(c for c in state.cues if c.modality == "face")
    assert face.label == "sadness" and state.label == "sadness" and not state.conflict
    assert any("frames over" in e for e in face.evidence)
    assert state.person_id == "face_1"


def test_pool_faces_averages_by_confidence():
    frames = [cue("face", "joy", 0.9, t=1.0), cue("face", "joy", 0.8, t=1.1), cue("face", "anger", 0.3, t=1.2)]
    pooled = pool_faces(frames)
    assert pooled.label == "joy" and pooled.window_start == 1.0 and pooled.window_end == 1.2
    assert pool_faces([]) is None


def test_speech_of_an_older_utterance_is_not_mixed_with_a_newer_one():
    fusion = AffectFusion()
    fusion.add(cue("text", "joy", 0.8, t=5.0, start=4.0, utt="u1"))
    fusion.add(cue("voice", "anger", 0.7, t=9.0, start=8.0, utt="u2"))
    (state,) = fusion.states(now=9.1)
    assert [c.modality for c in state.cues] == ["voice"] and state.label == "anger"
    fusion.add(cue("text", "anger", 0.6, t=9.2, start=8.0, utt="u2"))
    (state,) = fusion.states(now=9.3)
    assert {c.utterance_id for c in state.cues} == {"u2"} and len(state.cues) == 2


def test_voice_goes_to_the_face_that_is_speaking():
    fusion = AffectFusion()
    for t in np.arange(8.0, 10.0, 0.25):
        fusion.add(cue("face", "joy", 0.9, t=float(t), person="face_1", evidence=["lips closed"]))
        fusion.add(cue("face", "sadness", 0.6, t=float(t), person="face_2", evidence=["mouth open"]))
    fusion.add(cue("voice", "sadness", 0.7, t=10.0, start=8.0, utt="u1"))
    (state,) = fusion.states(now=10.0)
    assert state.person_id == "face_2" and state.label == "sadness"


def test_voice_with_a_face_id_goes_to_that_face():
    fusion = AffectFusion()
    fusion.add(cue("face", "joy", 0.9, t=10.0, person="face_1"))
    fusion.add(cue("face", "neutral", 0.9, t=10.0, person="face_7"))
    fusion.add(cue("voice", "joy", 0.7, t=10.0, start=9.0, person="face_7", utt="u1"))
    (state,) = fusion.states(now=10.0)
    assert state.person_id == "face_7"


def test_every_face_gets_a_state_when_not_single_person():
    fusion = AffectFusion(FusionConfig(single_person=False))
    fusion.add(cue("face", "joy", 0.9, t=10.0, person="face_1"))
    fusion.add(cue("face", "anger", 0.8, t=10.0, person="face_2"))
    states = {s.person_id: s.label for s in fusion.states(now=10.1)}
    assert states == {"face_1": "joy", "face_2": "anger"}
    assert len(AffectFusion().states(now=1.0)) == 0


def test_forget_bounds_memory():
    fusion = AffectFusion()
    for i in range(50):
        fusion.add(cue("face", "joy", t=float(i), person=f"face_{i}"))
    fusion.forget(now=100.0)
    assert fusion.states(now=100.0) == []
    assert not fusion._faces


def test_config_from_the_node_parameters_of_a_profile():
    from emoomni_ros import graph

    section = {**graph.profile_sections("cpu").get("affect_fusion", {}), "leak_confidence": 0.55}
    config = FusionConfig.from_parameters(section)
    assert config.leak_confidence == 0.55 and config.reliability["voice"] == 1.0
    changed = FusionConfig.from_parameters({"reliability_voice": 2.5, "half_life_text_s": 3.0, "single_person": False,
                                            "rate_hz": 9.0})
    assert changed.reliability == {"face": 1.0, "voice": 2.5, "text": 1.0} and changed.half_life_s["text"] == 3.0
    assert changed.single_person is False and changed.max_age_s == FusionConfig().max_age_s
    with pytest.raises(ValueError):
        FusionConfig.from_parameters({"half_life_face_s": 0.0})


def test_peer_watch_reports_inputs_that_lost_their_publishers():
    from emoomni_ros.peers import PeerWatch

    watch = PeerWatch(["voice", "text", "face"])
    assert watch.update({"voice": 0, "text": 0, "face": 0}) == []  # never had one: not missed
    assert watch.update({"voice": 1, "text": 2, "face": 0}) == []
    assert watch.update({"voice": 0, "text": 1, "face": 0}) == ["voice"]  # one of two text publishers is fine
    assert watch.update({"voice": 0, "text": 0, "face": 0}) == ["text", "voice"]
    assert watch.update({"voice": 1, "text": 1, "face": 0}) == []
