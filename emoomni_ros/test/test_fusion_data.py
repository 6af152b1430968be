"""Fusion on real data: FER2013 faces, RAVDESS voices (held-out actors) and MELD sentences, each
classified by the project's own models, combined into congruent and incongruent people
(``tools/eval_conflict.py``). Floors sit well below the measured values (docs/reasoning.md)."""

import pytest

from emoomni_ros.tools import eval_conflict

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def report(shared_data):
    return eval_conflict.evaluate(shared_data, per_label=10, per_kind=8, seed=3)


def test_conflict_detection_on_real_data(report):
    fusion = report["fusion"]
    # 7 congruent kinds + 4 negative labels x (4 earlier kinds + 3 with words that play it down)
    assert fusion["n"] == 7 * 8 + 4 * 7 * 8 and fusion["n_incongruent"] == 4 * 6 * 8
    assert fusion["conflict_precision"] >= 0.6
    assert fusion["conflict_recall"] >= 0.5
    assert fusion["false_alarm_rate"] <= 0.35


def test_words_that_play_it_down_over_a_strong_negative_voice_are_caught(report):
    # measured on the 700-case study: conflict 0.95 (with a smile) and 0.65 (no face), felt label
    # 0.80 / 0.75; a calm "I'm fine" flagged 0.14
    kinds = report["fusion"]["per_kind"]
    assert kinds["hedge_smile_voice"]["conflict_rate"] >= 0.7
    assert kinds["hedge_voice_no_face"]["conflict_rate"] >= 0.4
    assert kinds["hedge_smile_voice"]["label_accuracy"] >= 0.5
    assert kinds["hedge_calm"]["conflict_rate"] <= 0.4


def test_felt_emotion_is_recovered_better_than_by_averaging(report):
    fusion, baseline = report["fusion"], report["baseline_no_leakage_rule"]
    assert fusion["felt_recovery"] >= 0.2
    assert fusion["felt_negative_recovery"] >= 0.4
    assert fusion["felt_recovery"] > baseline["felt_recovery"]
    assert fusion["label_accuracy"] >= 0.28


def test_congruent_people_keep_their_label(report):
    congruent = report["fusion"]["per_kind"]["congruent"]
    assert congruent["label_accuracy"] >= 0.4
    # fusing three modalities beats the weakest single modality on the same people
    assert congruent["label_accuracy"] > min(report["cue_accuracy"].values())


def test_fused_confidence_says_how_likely_the_label_is_right(report):
    # measured: expected calibration error 0.055 on the 460-case study, 0.112 on this 184-case subset
    calibration = report["fusion"]["calibration"]
    assert sum(b["n"] for b in calibration["bins"]) == report["fusion"]["n"]
    assert calibration["ece"] <= 0.2, calibration
