"""Fusion on real data: FER2013 faces, RAVDESS voices (held-out actors) and MELD sentences, each
classified by the project's own models, combined into congruent and incongruent people
(``affect/eval_conflict.py``). Floors sit well below the measured values (docs/reasoning.md)."""

import pytest

from emoomni_ros.affect import eval_conflict

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def report(shared_data):
    return eval_conflict.evaluate(shared_data, per_label=10, per_kind=8, seed=3)


def test_conflict_detection_on_real_data(report):
    fusion = report["fusion"]
    assert fusion["n"] == 7 * 8 + 4 * 4 * 8 and fusion["n_incongruent"] == 4 * 4 * 8
    assert fusion["conflict_precision"] >= 0.6
    assert fusion["conflict_recall"] >= 0.35


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
