"""Voice emotion: features, the shipped head (loading, accuracy on held-out RAVDESS actors),
prosody descriptors, level calibration, the training script and the eval command."""

import json
from pathlib import Path

import numpy as np
import pytest
from voice_samples import espeak_16k, needs_espeak

from emoomni_ros import labels
from emoomni_ros.perception.voice import analyzer as voice
from emoomni_ros.perception.voice import audio
from emoomni_ros.perception.voice import features as voice_features
from emoomni_ros.perception.voice.prosody import FEATURE_NAMES, Prosody
from emoomni_ros.tools import eval_voice, ravdess, train_voice

HELD_OUT = {9, 10, 11, 12}


@pytest.fixture(scope="module")
def analyzer():
    return voice.VoiceEmotion(voice.WHISPER_MODEL, gain_mode="fixed")


def _prosody(**values) -> Prosody:
    base = dict.fromkeys(FEATURE_NAMES, 0.0)
    base.update(duration_s=3.0, speech_s=2.5, f0_median_hz=155.0, f0_mean_hz=155.0, f0_std_semitones=3.5,
                f0_jitter=0.013, voiced_fraction=0.6, energy_db=-38.0, energy_rms=0.0126, speaking_rate=4.7,
                n_pauses=0)
    base.update(values)
    return Prosody(**base)


def test_features_are_finite_for_any_input():
    rng = np.random.default_rng(0)
    for x in (np.zeros(16000), np.zeros(0), np.zeros(5), rng.normal(0, 0.1, 16000),
              0.3 * np.sin(2 * np.pi * 150 * np.arange(24000) / 24000)):
        rate = 24000 if x.size == 24000 else 16000
        f = voice_features.extract(x, rate)
        assert f.vector.shape == (len(voice_features.feature_names()),)
        assert np.all(np.isfinite(f.vector))


def test_mel_filterbank_covers_the_band():
    fb = voice_features.mel_filterbank()
    assert fb.shape == (voice_features.N_MELS, voice_features.N_FFT // 2 + 1)
    assert np.allclose(fb.sum(axis=1), 1.0)


def test_shipped_head_is_speaker_independent_of_the_test_actors(analyzer):
    meta = analyzer.head.meta
    assert not set(meta["train_actors"]) & HELD_OUT
    head = analyzer.head
    assert voice.DEFAULT_MODEL == voice.WHISPER_MODEL  # the default: the mic pipeline hands it the ASR's states
    assert voice.VoiceHead.load(voice.PROSODY_MODEL).feature_set == "prosody"  # still ships, needs no Whisper
    assert head.feature_set == "whisper+prosody" and head.whisper_dim == voice_features.WHISPER_DIM
    assert head.coef.shape == (labels.NUM_LABELS, len(voice_features.feature_names(head.feature_set)))
    assert 0.2 < head.temperature < 5


def test_missing_and_mismatched_heads_are_clear_errors(tmp_path, analyzer):
    with pytest.raises(voice.ModelError, match="not found"):
        voice.VoiceHead.load(tmp_path / "none.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not numpy")
    with pytest.raises(voice.ModelError, match="cannot load"):
        voice.VoiceHead.load(bad)
    head = analyzer.head
    other = tmp_path / "other.npz"
    np.savez(other, mean=head.mean[:3], scale=head.scale[:3], coef=head.coef[:, :3], intercept=head.intercept,
             feature_names=np.array(["a", "b", "c"]), classes=np.array(labels.CORE_LABELS), norms="{}", meta="{}",
             temperature=1.0, typical_distance=0.0)
    with pytest.raises(voice.ModelError, match="retrain"):
        voice.VoiceHead.load(other)


def test_head_round_trips(tmp_path, analyzer):
    path = analyzer.head.save(tmp_path / "copy.npz")
    again = voice.VoiceHead.load(path)
    v = np.random.default_rng(1).normal(size=analyzer.head.mean.size)
    np.testing.assert_allclose(again.predict(v), analyzer.head.predict(v), atol=1e-5)
    assert again.feature_set == analyzer.head.feature_set


def test_descriptors_relative_to_norms(analyzer):
    norms = analyzer.head.norms
    assert voice.describe(_prosody(), norms) == []
    assert "fast" in voice.describe(_prosody(speaking_rate=7.0), norms)
    assert "slow" in voice.describe(_prosody(speaking_rate=2.5), norms)
    assert "loud" in voice.describe(_prosody(energy_db=-15.0), norms)
    assert "soft" in voice.describe(_prosody(energy_db=-55.0), norms)
    assert "flat (monotone)" in voice.describe(_prosody(f0_std_semitones=0.5), norms)
    assert "pitch trembling" in voice.describe(_prosody(f0_jitter=0.05), norms)
    assert "long pauses" in voice.describe(_prosody(n_pauses=2, mean_pause_s=0.9), norms)
    # pitch is judged within the nearest register (low or high voices)
    assert "high-pitched" in voice.describe(_prosody(f0_median_hz=400.0), norms)
    assert "low-pitched" in voice.describe(_prosody(f0_median_hz=95.0), norms)
    assert voice.describe(_prosody(speech_s=0.0), norms) == []


def test_silence_gives_a_neutral_cue_without_confidence(analyzer):
    result = analyzer.analyze(np.zeros(32000, np.float32), start=5.0, end=7.0, utterance_id="u1")
    cue = result.cue
    assert cue.label == "neutral" and cue.confidence == 0.0 and cue.evidence == []
    assert (cue.modality, cue.person_id, cue.utterance_id) == ("voice", "anonymous_speaker", "u1")
    assert (cue.window_start, cue.window_end, cue.stamp) == (5.0, 7.0, 7.0)


def test_bad_audio_raises(analyzer):
    with pytest.raises(audio.AudioError):
        analyzer.analyze(np.array([np.nan] * 100))


@needs_espeak
def test_speech_rate_descriptors_on_espeak(tmp_path, analyzer):
    text = "I went to the market yesterday and bought some apples and oranges for the family"
    slow = analyzer.analyze(espeak_16k(tmp_path, text, "slow", "-s", "80")).cue
    fast = analyzer.analyze(espeak_16k(tmp_path, text, "fast", "-s", "320")).cue
    assert "slow" in slow.evidence and "fast" in fast.evidence
    for cue in (slow, fast):
        assert 0 < cue.confidence <= 1 and abs(sum(cue.distribution) - 1) < 1e-5


@needs_espeak
def test_auto_gain_makes_the_reading_independent_of_microphone_gain(tmp_path):
    x = espeak_16k(tmp_path, "Could you please tell me where the train station is", "s")
    fixed = voice.VoiceEmotion(gain_mode="fixed")
    assert "loud" in fixed.analyze(x).cue.evidence  # espeak is far louder than RAVDESS recordings
    quiet, loud = voice.VoiceEmotion(gain_mode="auto"), voice.VoiceEmotion(gain_mode="auto")
    a = quiet.analyze(0.1 * x).cue
    b = loud.analyze(x).cue
    assert a.label == b.label
    np.testing.assert_allclose(a.distribution, b.distribution, atol=0.05)
    assert "loud" not in b.evidence and "soft" not in a.evidence
    with pytest.raises(ValueError):
        voice.VoiceEmotion(gain_mode="loudest")


def test_level_adapter_tracks_the_session_median():
    adapter = voice.LevelAdapter(reference_db=-38.0, history=3)
    assert adapter.gain_db(None) == 0.0
    assert adapter.gain_db(-20.0) == pytest.approx(-18.0)
    adapter.gain_db(-20.0)
    assert adapter.gain_db(-8.0) == pytest.approx(-18.0)  # one loud utterance is judged against the median
    assert voice.LevelAdapter(-38.0, max_gain_db=10).gain_db(-80.0) == 10.0


@pytest.fixture(scope="module")
def held_out(shared_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("ravdess_heldout")
    for actor in sorted(HELD_OUT):
        (root / f"Actor_{actor:02d}").symlink_to(shared_data / "ravdess-dev" / f"Actor_{actor:02d}")
    return root


@pytest.mark.data
def test_accuracy_on_held_out_actors(held_out, analyzer):
    # Measured 0.683 accuracy / 0.68 weighted F1 on actors 09-12 (7 classes, calm = neutral, chance
    # 0.2); the earlier prosody-only head 0.554 / 0.552 (models/voice_emotion.md).
    from emoomni_ros.tools.metrics import summary

    run = eval_voice.evaluate(held_out, analyzer=analyzer)
    report = summary(run)
    assert report["n"] == 240 and report["actors_seen_in_training"] == []
    assert report["accuracy"] >= 0.62
    assert report["weighted_f1"] >= 0.6
    assert report["accuracy"] > 2 * report["baseline_majority_accuracy"]


@pytest.mark.data
def test_the_asr_encoder_states_serve_the_voice_head(shared_data, analyzer):
    """The ASR's own encoder pass gives the voice head the same input as encoding the clip again."""
    from emoomni_ros.perception.voice.asr import WhisperAsr

    path = sorted((shared_data / "ravdess-dev" / "Actor_10").glob("03-01-06-02-*.wav"))[0]
    x = audio.prepare(*audio.load_wav(path))
    heard = WhisperAsr().transcribe(x)
    assert heard.text and heard.encoder_states.shape[1] == voice_features.WHISPER_DIM
    assert abs(heard.encoder_states.shape[0] - 50 * x.size / 16000) <= 1
    handed = analyzer.analyze(x, encoder_states=heard.encoder_states).cue
    own = analyzer.analyze(x).cue
    np.testing.assert_allclose(handed.distribution, own.distribution, atol=1e-4)
    assert handed.evidence == own.evidence  # the prosody descriptors stay


@pytest.mark.data
def test_eval_command_json(held_out, capsys):
    from emoomni_ros.cli import main

    assert main(["eval", "voice", str(held_out / "Actor_10"), "--json", "--limit", "20"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["modality"] == "voice" and report["n"] == 20 and report["actors"] == [10]


def test_eval_without_ravdess_files_is_an_error(tmp_path):
    (tmp_path / "x.wav").write_bytes(b"")
    with pytest.raises(FileNotFoundError):
        eval_voice.evaluate(tmp_path)


def test_ravdess_names():
    clip = ravdess.clips(Path(__file__))  # not a RAVDESS name: ignored
    assert clip == []
    assert ravdess.parse_actors("1-3,7") == {1, 2, 3, 7}
    with pytest.raises(ValueError):
        ravdess.parse_actors(",")


@pytest.mark.data
def test_training_script_writes_a_loadable_head(shared_data, tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    for actor in (1, 2, 3):
        (root / f"Actor_{actor:02d}").symlink_to(shared_data / "ravdess-dev" / f"Actor_{actor:02d}")
    out = tmp_path / "head.npz"
    code = train_voice.main(["--data", str(root), "--train-actors", "1-2", "--val-actors", "3", "--no-cv",
                             "--out", str(out)])
    assert code == 0
    head = voice.VoiceHead.load(out)
    assert head.meta["train_actors"] == [1, 2] and head.meta["holdout_accuracy"] > 0.2
    assert {"speaking_rate", "energy_db", "f0_register_low"} <= set(head.norms)
    assert train_voice.main(["--data", str(root), "--train-actors", "1-2", "--val-actors", "2"]) == 2
