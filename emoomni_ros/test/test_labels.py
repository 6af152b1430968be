import numpy as np
import pytest

from emoomni_ros import labels


def test_core_set_is_meld_ekman_seven_in_message_order():
    from emoomni_msgs.msg import EmotionCue

    assert labels.CORE_LABELS == ("neutral", "joy", "sadness", "anger", "fear", "disgust", "surprise")
    for name in labels.CORE_LABELS:
        assert getattr(EmotionCue, name.upper()) == labels.LABEL_INDEX[name]
    assert EmotionCue.NUM_LABELS == labels.NUM_LABELS


@pytest.mark.parametrize("dataset", sorted(labels.DATASETS))
def test_every_dataset_label_maps_to_a_core_label_or_is_declared_outside(dataset):
    for name, core in labels.DATASETS[dataset].items():
        mapped = labels.to_core(name, dataset)
        assert mapped == core
        assert mapped is None or mapped in labels.CORE_LABELS


@pytest.mark.parametrize("dataset", ["fer2013", "ravdess", "meld", "rep155"])
def test_every_core_label_is_reachable_from_each_dataset(dataset):
    assert set(labels.DATASETS[dataset].values()) - {None} == set(labels.CORE_LABELS)


def test_rep155_round_trip_is_invertible():
    for name in labels.CORE_LABELS:
        assert labels.from_rep155(labels.to_rep155(name)) == name
    assert len(set(labels.CORE_TO_REP155.values())) == labels.NUM_LABELS


def test_fer_and_meld_round_trip_is_invertible():
    inverse = {core: fer for fer, core in labels.FER2013_TO_CORE.items()}
    assert len(inverse) == labels.NUM_LABELS
    for core, fer in inverse.items():
        assert labels.to_core(fer, "fer2013") == core
    for name in labels.CORE_LABELS:
        assert labels.to_core(name, "meld") == name


def test_ckplus_contempt_is_outside_the_core():
    assert labels.to_core("contempt", "ckplus") is None
    assert labels.to_core("Happy", "ckplus") == "joy"


def test_ravdess_codes_and_names_and_filenames():
    assert labels.to_core("02", "ravdess") == "neutral"  # calm counts as neutral
    assert labels.to_core("fearful", "ravdess") == "fear"
    assert labels.ravdess_label_from_filename("Actor_01/03-01-05-02-01-01-01.wav") == "anger"
    with pytest.raises(labels.UnknownLabelError, match="RAVDESS file name"):
        labels.ravdess_label_from_filename("03-01-09-01-01-01-01.wav")


@pytest.mark.parametrize("call", [
    lambda: labels.to_core("happyish", "fer2013"),
    lambda: labels.to_core("joy", "no-such-set"),
    lambda: labels.to_rep155("happy"),
    lambda: labels.from_rep155("ecstatic"),
    lambda: labels.one_hot("contempt"),
])
def test_unknown_labels_give_a_clear_error(call):
    with pytest.raises(labels.UnknownLabelError, match="not a|unknown label set"):
        call()


def test_valence_arousal_anchors_are_in_range_and_ordered():
    for name, (v, a) in labels.VALENCE_AROUSAL.items():
        assert -1 <= v <= 1 and -1 <= a <= 1, name
    va = labels.VALENCE_AROUSAL
    assert va["joy"][0] > va["neutral"][0] > va["sadness"][0]
    assert va["anger"][1] > va["neutral"][1] > va["sadness"][1]
    assert labels.valence_arousal(labels.one_hot("joy")) == pytest.approx(va["joy"])


def test_normalise_handles_bad_scores():
    assert labels.normalise([0] * 7) == pytest.approx(np.full(7, 1 / 7))
    dist = labels.normalise([np.nan, 1, -3, np.inf, 1, 0, 0])
    assert dist.sum() == pytest.approx(1.0) and dist[1] == pytest.approx(0.5)
    with pytest.raises(ValueError, match="expected 7"):
        labels.normalise([1, 2])


def test_reorder_maps_fer_output_order_to_core_order():
    scores = [0.1, 0.0, 0.0, 0.7, 0.1, 0.0, 0.1]  # fer order: angry disgust fear happy sad surprise neutral
    dist = labels.reorder(scores, labels.FER2013_IDS, "fer2013")
    assert labels.top_label(dist) == "joy" and dist[labels.LABEL_INDEX["anger"]] == pytest.approx(0.1)


GOEMOTIONS_FINE = ("admiration amusement anger annoyance approval caring confusion curiosity desire disappointment "
                   "disapproval disgust embarrassment excitement fear gratitude grief joy love nervousness optimism "
                   "pride realization relief remorse sadness surprise").split()


def test_goemotions_and_isear_map_to_core_and_feelings():
    assert set(GOEMOTIONS_FINE) <= set(labels.GOEMOTIONS_TO_CORE) == set(labels.GOEMOTIONS_TO_FEELING)
    assert labels.to_core("grief", "goemotions") == "sadness" and labels.to_core("nervousness", "goemotions") == "fear"
    assert labels.to_core("Relief", "goemotions") == "joy"
    for fine, feeling in labels.GOEMOTIONS_TO_FEELING.items():
        if feeling is not None:  # a feeling folds into the core label its GoEmotions label is grouped under
            assert labels.feeling_core(feeling) == labels.GOEMOTIONS_TO_CORE[fine], fine
    assert labels.to_core("shame", "isear") is None and labels.ISEAR_TO_FEELING["guilt"] == "guilt"
    assert labels.to_core("fear", "isear") == "fear"


def test_every_feeling_folds_into_a_core_label():
    required = {"grief", "loneliness", "disappointment", "anxiety", "embarrassment", "guilt", "shame", "frustration",
                "relief", "pride", "gratitude", "excitement", "love", "confusion"}
    assert required <= set(labels.FEELING_NAMES)
    assert all(core in labels.CORE_LABELS for core in labels.FEELINGS.values())
    with pytest.raises(labels.UnknownLabelError, match="not a feeling"):
        labels.feeling_core("sadness")
