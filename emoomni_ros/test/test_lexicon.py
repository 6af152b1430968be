"""The shared emotion lexicon (emoomni_ros.lexicon): both text readers use its one table and its one
VADER analyser; the text cue matches whole words, the embedded reasoner stems; and the reasoner
still reads sentiment when VADER is missing."""

from __future__ import annotations

import re

import pytest

from emoomni_ros import labels, lexicon
from emoomni_ros.perception.text import lexical
from emoomni_ros.reasoning import language


def test_both_readers_use_the_shared_table():
    assert lexical.EMOTION_WORDS is lexicon.CUE_WORDS
    assert language.EMOTION_WORDS is lexicon.REASONER_STEMS
    assert language._EMOJI is lexicon.EMOJI
    assert lexicon.LABELS == tuple(label for label in labels.CORE_LABELS if label != "neutral")
    for table in (lexicon.EMOTION_WORDS, lexicon.CUE_ONLY, lexicon.REASONER_ONLY, lexicon.CUE_WORDS,
                  lexicon.REASONER_STEMS):
        assert tuple(table) == lexicon.LABELS
    assert set(lexicon.EMOJI.values()) <= set(lexicon.LABELS)


def test_each_word_is_written_once_per_label():
    for label in lexicon.LABELS:
        shared, cue, reasoner = (set(table[label])
                                 for table in (lexicon.EMOTION_WORDS, lexicon.CUE_ONLY, lexicon.REASONER_ONLY))
        assert not shared & cue and not shared & reasoner and not cue & reasoner, label
        for table in (lexicon.EMOTION_WORDS, lexicon.CUE_ONLY, lexicon.REASONER_ONLY):
            assert len(set(table[label])) == len(table[label]), label
        assert all(w == w.lower() and w == w.strip() for w in lexicon.CUE_WORDS[label] + lexicon.REASONER_STEMS[label])


def test_cue_matching_does_not_depend_on_the_word_order():
    """The text cue joins a label's words into one alternation between word boundaries: the order of
    the words cannot change what it finds as long as no word is another word plus more words."""
    for label, words in lexicon.CUE_WORDS.items():
        for a in words:
            for b in words:
                assert not (b != a and b.startswith(a) and re.match(r"\W", b[len(a)])), (label, a, b)


def test_cue_matches_whole_words_and_reasoner_matches_stems():
    text = "we celebrated, missing you and frightened"
    # "miss" is a whole word for the cue, a stem for the reasoner; "celebrat" is the reasoner's only
    assert lexical.read(text).emotion_words == {"fear": ["frightened"]}
    found = language.find_emotion_words(text)
    assert found["joy"] == ["celebrated"] and found["sadness"] == ["missing"] and found["fear"] == ["frightened"]
    # words of one reader only
    assert lexical.read("haha that was fun").emotion_words == {"joy": ["haha", "fun"]}
    assert "joy" not in language.find_emotion_words("haha that was fun")
    assert language.find_emotion_words("I'm so proud of you")["joy"] == ["proud"]
    assert "joy" not in lexical.read("I'm so proud of you").emotion_words
    # a word of both
    assert lexical.read("I'm so happy").emotion_words == {"joy": ["happy"]}
    assert language.find_emotion_words("I'm so happy") == {"joy": ["happy"]}
    assert language.find_emotion_words("😢") == {"sadness": ["😢"]}


def test_one_cached_vader():
    analyzer = lexicon.vader()
    assert analyzer is not None and lexicon.vader() is analyzer and lexicon.require_vader() is analyzer
    assert "happy" in analyzer.lexicon


def test_without_vader(monkeypatch):
    """The reasoner falls back to the emotion-word balance; the text cue, which needs VADER, says so."""
    monkeypatch.setitem(__import__("sys").modules, "vaderSentiment.vaderSentiment", None)
    lexicon.vader.cache_clear()
    try:
        assert lexicon.vader() is None
        with pytest.raises(ImportError, match="vaderSentiment"):
            lexicon.require_vader()
        assert language.sentiment("I'm so happy") == 1.0
        assert language.sentiment("I'm sad and scared") == -1.0
        assert language.sentiment("the bus is at five") == 0.0
    finally:
        monkeypatch.undo()
        lexicon.vader.cache_clear()
    assert lexicon.vader() is not None
    assert language.sentiment("I'm so happy") > 0.5
