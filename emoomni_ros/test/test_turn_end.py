"""The turn-end head (perception/text/turn_end.py) on everyday turns written for the project."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from emoomni_ros.perception.text import turn_end
from emoomni_ros.tools import train_turn_end


@pytest.fixture(scope="module")
def model():
    return turn_end.TurnEndModel()


def test_features_are_stable_and_punctuation_free():
    assert turn_end.feature_indices("I got the job.") == turn_end.feature_indices("i got the JOB")
    assert turn_end.feature_indices("") == [turn_end.BUCKETS]
    assert turn_end.feature_indices("and then I") != turn_end.feature_indices("and then I left")


def test_everyday_turns_are_told_apart(model):
    # measured 0.913 accuracy, AUC 0.958 (models/turn_end.md)
    texts, labels = train_turn_end.fixture()
    p = np.array([model.p_complete(t) for t in texts])
    y = np.array(labels)
    assert ((p >= 0.5) == y).mean() >= 0.85
    assert p[y == 1].mean() - p[y == 0].mean() >= 0.4


@pytest.mark.parametrize("text", ["and then I", "um", "The thing is", "I got the job, but",
                                  "My mum died last week and"])
def test_a_person_pausing_mid_sentence_is_not_finished(model, text):
    assert model.p_complete(text) < 0.3


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.npz"
    np.savez(bad, weights=np.zeros(3), bias=0.0)
    with pytest.raises(ValueError, match="retrain"):
        turn_end.TurnEndModel(bad)
    with pytest.raises(ValueError, match="cannot load"):
        turn_end.TurnEndModel(tmp_path / "missing.npz")


def test_the_fixture_is_not_in_the_training_sentences():
    data = yaml.safe_load(train_turn_end.FIXTURE.read_text())
    from emoomni_ros import paths

    ours = {" ".join(turn_end.words(line.split(" | ")[0]))
            for line in (paths.DATA_DIR / "text_companion.txt").read_text().splitlines()}
    assert not [t for t in data["complete"] if " ".join(turn_end.words(t)) in ours]
