"""The shared metrics: calibration of a confidence against outcomes."""

import numpy as np
import pytest

from emoomni_ros.tools.metrics import calibration


def test_a_calibrated_confidence_has_a_small_error_and_an_overconfident_one_a_large_one():
    rng = np.random.default_rng(0)
    confidence = rng.uniform(0.05, 0.95, 20000)
    honest = rng.uniform(size=confidence.size) < confidence  # right as often as it claims
    assert calibration(confidence, honest)["ece"] < 0.02
    boasting = calibration(np.minimum(1.0, confidence + 0.3), honest)
    assert 0.2 < boasting["ece"] < 0.35


def test_bins_report_counts_confidence_and_accuracy():
    result = calibration([0.05, 0.15, 0.15, 1.0, 0.95], [False, True, False, True, True])
    assert result["bins"] == [
        {"lo": 0.0, "hi": 0.1, "n": 1, "confidence": 0.05, "accuracy": 0.0},
        {"lo": 0.1, "hi": 0.2, "n": 2, "confidence": 0.15, "accuracy": 0.5},
        {"lo": 0.7, "hi": 1.0, "n": 2, "confidence": 0.975, "accuracy": 1.0},  # 1.0 falls in the last bin
    ]
    assert result["ece"] == pytest.approx((1 * 0.05 + 2 * 0.35 + 2 * 0.025) / 5, abs=1e-4)
    with pytest.raises(ValueError, match="3 confidences for 2 outcomes"):
        calibration([0.1, 0.2, 0.3], [True, False])
