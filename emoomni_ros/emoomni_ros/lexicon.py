"""The emotion lexicon, written once: the words that name or signal each core emotion, the emoji that
do, and one cached VADER analyser. Two readers use it (no ROS, no model):

- the text cue's evidence (``perception/text/lexical.py``, the Detective) matches *whole words*
  (``CUE_WORDS``): "cry" finds "cry", not "crying". These words are quoted as evidence only; the
  trained head (``models/text_emotion.npz``) does not see them, it sees VADER's numbers.
- the embedded reasoner (``reasoning/language.py``, the Therapist without a language model) matches
  *stems at word starts* (``REASONER_STEMS``): "celebrat" finds "celebrated", "cry" finds "crying".

Both readers share ``EMOTION_WORDS``. Each adds its own extension (``CUE_ONLY``, ``REASONER_ONLY``):
the two lists grew apart before they were merged here, and each reader keeps exactly the words it
had, so the evidence it quotes and the replies it leads to are unchanged. A word that helps both
belongs in ``EMOTION_WORDS``; moving one there changes what a reader finds, so check the text and
reasoning tests (and the conversation fixture) when you do.

The hedge and negation rules stay with their readers: the text cue's ``HEDGES`` (mask/soften, a
feature of the trained head) and the reasoner's ``HEDGE`` (plays a feeling down) are different
rules with different words."""

from __future__ import annotations

from functools import lru_cache

from emoomni_ros.labels import CORE_LABELS

# The labels a word can signal (all core labels but neutral), in the core order.
LABELS: tuple[str, ...] = tuple(label for label in CORE_LABELS if label != "neutral")

# Words (and a few phrases) both readers look for, per core label.
EMOTION_WORDS: dict[str, tuple[str, ...]] = {
    "joy": ("happy", "glad", "thrilled", "excited", "delighted", "great", "amazing", "wonderful", "fantastic",
            "awesome", "love", "yay"),
    "sadness": ("sad", "depressed", "unhappy", "miserable", "heartbroken", "cry", "crying", "lonely", "alone",
                "miss", "hurt", "lost"),
    "anger": ("angry", "furious", "mad", "pissed", "annoyed", "hate", "ridiculous"),
    "fear": ("scared", "afraid", "worried", "anxious", "nervous", "panic", "terrified"),
    "disgust": ("gross", "nasty", "yuck", "eww"),
    "surprise": ("surprised", "no way", "wow"),
}

# Whole words only the text cue quotes: interjections, insults and exclamations of a chat message
# ("haha", "idiot", "oh my god"). "sick" and "unbelievable" count for two labels.
CUE_ONLY: dict[str, tuple[str, ...]] = {
    "joy": ("fun", "congratulations", "haha", "beautiful", "perfect"),
    "sadness": ("sorry", "upset"),
    "anger": ("stupid", "damn", "shut", "idiot", "unbelievable", "sick"),
    "fear": ("frightened", "scary", "help me"),
    "disgust": ("disgusting", "ew", "ugh", "sick", "creepy"),
    "surprise": ("whoa", "seriously", "oh my god", "my god", "omg", "huh", "surprise", "unbelievable"),
}

# Stems and phrases only the embedded reasoner matches (at word starts): feelings people name when
# they tell what happened ("proud", "devastated", "fed up", "what if", "out of nowhere").
REASONER_ONLY: dict[str, tuple[str, ...]] = {
    "joy": ("overjoyed", "proud", "hooray", "celebrat", "ecstatic", "relieved"),
    "sadness": ("down", "tears", "empty", "hopeless", "grief", "griev", "devastated"),
    "anger": ("irritat", "frustrat", "livid", "outraged", "fed up", "sick of", "can't stand", "unfair",
              "unacceptable"),
    "fear": ("worry", "frighten", "dread", "what if", "stressed", "overwhelm", "uneasy"),
    "disgust": ("disgust", "revolting", "sickening", "vile"),
    "surprise": ("shocked", "can't believe", "cannot believe", "unexpected", "out of nowhere", "suddenly"),
}

# Emoji that show one emotion (the reasoner reads them; the text cue reads VADER's emoji descriptions).
EMOJI: dict[str, str] = {
    **dict.fromkeys("😀😃😄😁😊🙂😍🥳🎉❤😆🤩😂", "joy"),
    **dict.fromkeys("😢😭😞☹🙁💔😔😿", "sadness"),
    **dict.fromkeys("😠😡🤬👿", "anger"),
    **dict.fromkeys("😨😰😱😟😬", "fear"),
    **dict.fromkeys("🤢🤮", "disgust"),
    **dict.fromkeys("😮😲😯🤯", "surprise"),
}


# The whole words the text cue quotes as evidence, per label.
CUE_WORDS: dict[str, tuple[str, ...]] = {label: EMOTION_WORDS[label] + CUE_ONLY[label] for label in LABELS}
# The stems and phrases the embedded reasoner matches at word starts, per label.
REASONER_STEMS: dict[str, tuple[str, ...]] = {label: EMOTION_WORDS[label] + REASONER_ONLY[label] for label in LABELS}


@lru_cache(maxsize=1)
def vader():
    """The VADER analyser (built once per process; its lexicon load takes a while), or None when
    ``vaderSentiment`` is not installed."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    return SentimentIntensityAnalyzer()


def require_vader():
    """The VADER analyser; ImportError when ``vaderSentiment`` is not installed."""
    analyzer = vader()
    if analyzer is None:
        raise ImportError("vaderSentiment is not installed (pip install vaderSentiment)")
    return analyzer
