"""The text sanitiser and the E-CoT -> SpeechInstruction distillation (no ROS, no audio)."""

import pytest

from emoomni_ros import labels
from emoomni_ros.datatypes import SPEECH_RANGES, Reasoning
from emoomni_ros.expression import instruction
from emoomni_ros.expression.text_sanitize import clean, split_sentences, ssml_escape
from emoomni_ros.reasoning import schema as S

# -- sanitiser -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    '<prosody rate="x-fast">Hello</prosody> there.',
    '<speak><voice name="x"><prosody pitch="+200%">Hello</prosody></voice></speak> there.',
    'Hello <audio src="http://evil.example/a.wav">fallback</audio> there.',
    "Hello &lt;prosody rate=&quot;x-fast&quot;&gt; there.",
    "Hello &amp;lt;break time=&amp;quot;10s&amp;quot;/&amp;gt; there.",
    "Hello <!-- comment --><?pi x?><!DOCTYPE x [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]> &xxe; there.",
    "Hello [[ h ə l oʊ ]] there.",
])
def test_markup_and_entities_are_removed(text):
    out = clean(text).text
    assert "<" not in out and ">" not in out and "&" not in out and "[[" not in out
    assert "prosody" not in out and "audio" not in out and "xxe" not in out and "ENTITY" not in out
    assert out.startswith("Hello") and out.endswith("there.")


def test_words_and_punctuation_survive():
    out = clean("I'm fine, thanks. Are you sure? Yes!").text
    assert out == "I'm fine, thanks. Are you sure? Yes!"


def test_empty_and_non_text_inputs():
    for value in ("", "   ", None, "\U0001f600\U0001f622", "<b></b>", "&amp; ... ?!", "\x00\x07\u200b"):
        result = clean(value)
        assert result.empty and result.text == "" and result.sentences == []
    assert clean(b"caf\xc3\xa9 time").text == "café time"
    assert clean(12345).text == "12345"


def test_emoji_controls_and_bidi_are_dropped_non_ascii_kept():
    result = clean("Great \U0001f600 news\u202e! Caf\u00e9, na\u00efve, Stra\u00dfe, \u65e5\u672c\u8a9e\x00\x1b[31m ok")
    assert result.text == "Great news! Café, naïve, Straße, 日本語[31m ok"
    assert result.removed_chars >= 3


def test_zalgo_is_limited_but_accents_stay():
    zalgo = "Z" + "\u0336\u0337\u0338\u0321\u0322" * 20 + "algo"
    out = clean(zalgo).text
    assert len(out) <= len("Zalgo") + 2


def test_100kb_text_is_capped_at_a_boundary_quickly():
    import time

    text = "This is one sentence of a very long reply. " * 2500  # ~107 KB
    start = time.perf_counter()
    result = clean(text, max_chars=1000)
    elapsed = time.perf_counter() - start
    assert result.truncated and len(result.text) <= 1001
    assert result.text.endswith(".")
    assert len(result.sentences) == result.text.count(".")
    assert elapsed < 5.0  # generous: it is a guard against quadratic behaviour, not a timing test


def test_hostile_100kb_markup_is_bounded():
    result = clean("<" * 50_000 + ">" + "&" * 50_000 + " hi", max_chars=500)
    assert "<" not in result.text and "&" not in result.text


def test_sentence_split_and_long_sentences():
    assert split_sentences("One. Two! Three? Four") == ["One.", "Two!", "Three?", "Four"]
    assert split_sentences('He said "stop." Then left.') == ['He said "stop."', "Then left."]
    long = ", ".join(["a clause with several words"] * 30) + "."
    parts = split_sentences(long, max_sentence_chars=120)
    assert len(parts) > 1 and all(len(p) <= 120 for p in parts)
    assert " ".join(parts).replace(" ", "") == long.replace(" ", "")


def test_ssml_escape():
    assert ssml_escape('a & b < c > "d" \'e\'') == "a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;"


# -- distillation --------------------------------------------------------------------------------


def _reasoning(emotion, intensity, strategy, response="I hear you. That sounds really hard, and it is not your fault."):
    return Reasoning(utterance="u", emotion_analysis="", user_intent="", intent="comfort", response_strategy="",
                     strategy=strategy, response=response, voice_instruction="", emotion=emotion,
                     intensity=intensity, backend="embedded", utterance_id="utt-7")


def test_default_table_covers_every_label_and_strategy():
    table = instruction.load_table()
    assert set(table.emotions) == set(labels.CORE_LABELS)
    assert set(S.STRATEGIES) <= set(table.strategies)


@pytest.mark.parametrize("emotion, intensity", [("sadness", 0.9), ("joy", 0.9), ("fear", 0.7), ("neutral", 0.3)])
def test_the_safety_voice_is_calm_clear_and_a_little_slower_whatever_the_emotion(emotion, intensity):
    safety = instruction.distil(_reasoning(emotion, intensity, S.STRATEGY_ENSURE_SAFETY,
                                           "You are not alone. Are you safe right now? Please call someone now."))
    neutral = instruction.distil(_reasoning("neutral", 0.0, "inform"))
    sad = instruction.distil(_reasoning("sadness", 0.9, "validate"))
    joy = instruction.distil(_reasoning("joy", 0.9, "mirror_enthusiasm"))
    # neither sad nor cheerful: the voice carries no emotion of its own
    assert safety.emotion == "neutral" and safety.intensity == pytest.approx(intensity)
    # a little slower than neutral, but not the sad voice's slowness; as loud as neutral (clear), not soft
    assert sad.rate < safety.rate < neutral.rate and safety.rate >= 0.85
    assert safety.volume == pytest.approx(neutral.volume) and safety.volume > sad.volume
    # steady: a narrower melody than neutral, not flat like sadness, nowhere near joy's
    assert sad.pitch_range < safety.pitch_range < neutral.pitch_range < joy.pitch_range
    assert abs(safety.pitch) < 0.05 and safety.sentence_pause_s >= 0.3
    words = safety.voice_instruction.lower()
    assert "calm" in words and "clear" in words and "steady" in words and "slowly" in words
    for wrong in ("sad", "subdued", "cheerful", "bright", "enthusiastic", "softly", "tense", "quickly"):
        assert wrong not in words, wrong


def test_a_strategy_voice_must_be_a_core_label():
    with pytest.raises(instruction.StyleTableError, match="voice 'calm' is not a core label"):
        instruction.table_from_dict({"strategies": {"ensure_safety": {"voice": "calm"}}})


def test_sad_validation_is_softer_slower_lower_than_neutral_than_joy():
    sad = instruction.distil(_reasoning("sadness", 0.9, "validate"))
    neutral = instruction.distil(_reasoning("neutral", 0.0, "inform"))
    joy = instruction.distil(_reasoning("joy", 0.9, "mirror_enthusiasm"))
    for control in ("rate", "pitch", "pitch_range", "volume"):
        assert getattr(sad, control) < getattr(neutral, control) < getattr(joy, control), control
    assert sad.pause_before_s > neutral.pause_before_s
    assert sad.utterance_id == "utt-7" and sad.emotion == "sadness" and sad.intensity == pytest.approx(0.9)
    assert "softly" in sad.voice_instruction and "slowly" in sad.voice_instruction
    assert "loudly" in joy.voice_instruction and "quickly" in joy.voice_instruction


def test_intensity_scales_towards_the_emotion():
    rates = [instruction.distil(_reasoning("anger", k, "inform")).volume for k in (0.0, 0.3, 0.6, 1.0)]
    assert rates == sorted(rates) and rates[0] == pytest.approx(1.0) and rates[-1] > 1.3


def test_de_escalation_calms_an_angry_delivery():
    plain = instruction.distil(_reasoning("anger", 0.8, "inform"))
    calmed = instruction.distil(_reasoning("anger", 0.8, "de_escalate"))
    assert calmed.rate < plain.rate and calmed.volume < plain.volume and calmed.pitch_range < plain.pitch_range
    assert "never confrontational" in calmed.voice_instruction


@pytest.mark.parametrize("emotion", labels.CORE_LABELS)
@pytest.mark.parametrize("strategy", ["validate", "reassure", "mirror_enthusiasm", "de_escalate", "ask_gently",
                                      "inform", "suggest", "unknown_strategy", ""])
def test_every_combination_stays_in_the_safe_ranges(emotion, strategy):
    ins = instruction.distil(_reasoning(emotion, 1.0, strategy))
    for name, (lo, hi, _) in SPEECH_RANGES.items():
        assert lo <= getattr(ins, name) <= hi, name
    assert ins.voice_instruction.endswith(".") and ins.text


def test_emphasis_picks_loaded_words_from_the_text():
    ins = instruction.distil(_reasoning("joy", 0.9, "mirror_enthusiasm",
                                        "That is wonderful news! I am so proud of you, truly."))
    assert ins.emphasis == ["wonderful", "proud"]
    assert '"wonderful" and "proud"' in ins.voice_instruction
    assert instruction.distil(_reasoning("neutral", 0.0, "inform", "That is wonderful.")).emphasis == []
    assert len(instruction.distil(_reasoning("joy", 0.3, "inform", "Wonderful, amazing, great.")).emphasis) == 1


def test_response_markup_is_cleaned_in_the_instruction():
    ins = instruction.distil(_reasoning("neutral", 0.2, "inform", '<prosody rate="x-fast">Hi</prosody> **there**.'))
    assert ins.text == "Hi there."


def test_yaml_override_changes_the_mapping(tmp_path):
    path = tmp_path / "styles.yaml"
    path.write_text("emotions:\n  sadness: {rate: 0.6, volume: 0.3}\nstrategies:\n  validate: {tone: 'very kind'}\n")
    table = instruction.load_table(path)
    ins = instruction.distil(_reasoning("sadness", 1.0, "validate"), table)
    assert ins.rate == pytest.approx(0.6 * 0.95)
    assert "very kind" in ins.voice_instruction
    assert table.emotions["joy"] == instruction.load_table().emotions["joy"]  # untouched entries stay


def test_broken_tables_are_rejected_with_the_reason(tmp_path):
    with pytest.raises(instruction.StyleTableError, match="finite number"):
        instruction.table_from_dict({"emotions": {"joy": {"rate": "fast"}}})
    with pytest.raises(instruction.StyleTableError, match="not core labels"):
        instruction.table_from_dict({"emotions": {"happy": {"rate": 1.2}}})
    with pytest.raises(instruction.StyleTableError, match="> 0"):
        instruction.table_from_dict({"emotions": {"joy": {"volume": 0}}})
    with pytest.raises(FileNotFoundError):
        instruction.load_table(tmp_path / "missing.yaml")


def test_style_with_explicit_overrides():
    ins = instruction.style("sadness", 0.8, text="Okay.", rate=1.5)
    assert ins.rate == 1.5 and ins.volume < 1.0
