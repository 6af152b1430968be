"""Surface evidence in a sentence: VADER valence with the words that carried it (after VADER's own
negation and booster rules), negation of emotion words, hedges that may mask feelings ("I'm fine",
"not bad"), and arousal markers (exclamation and question marks, capitals, stretched words).

Everything here is a lexicon or a rule, so it is explainable: the text cue quotes it as evidence,
and its numbers also feed the learned head (``FEATURE_NAMES``). The emotion words and the VADER
analyser come from the shared lexicon (``emoomni_ros.lexicon``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from emoomni_ros import lexicon

# Phrases people use to close a topic or play a feeling down. Positive words in them ("fine",
# "okay") are weak evidence of joy. (pattern, kind): "mask" may hide a feeling, "soften" weakens one.
HEDGES: tuple[tuple[str, str], ...] = (
    (r"\b(i'?m|i am|i'?ll be|i will be|we'?re|we are)\s+(just\s+|totally\s+|really\s+|perfectly\s+)?"
     r"(fine|ok|okay|alright|all right|good)\b", "mask"),
    (r"\b(it'?s|it is|that'?s|that is|everything'?s|everything is)\s+(just\s+|totally\s+|perfectly\s+)?"
     r"(fine|ok|okay|alright|all right)\b", "mask"),
    (r"\bno big deal\b", "mask"),
    (r"\b(it|that) (doesn'?t|does not|don'?t) matter\b", "mask"),
    (r"\bdon'?t worry about (it|me)\b", "mask"),
    (r"\bnever ?mind\b", "mask"),
    (r"\bwhatever\b", "mask"),
    (r"\bnot (too |that |so )?(bad|terrible|awful)\b", "soften"),
    (r"\bi (guess|suppose)\b", "soften"),
    (r"\b(sort|kind) of\b|\bkinda\b|\bsorta\b", "soften"),
    (r"\b(maybe|perhaps|probably)\b", "soften"),
)
_HEDGES = [(re.compile(p, re.IGNORECASE), kind) for p, kind in HEDGES]

# Words that name or strongly signal one emotion, matched as whole words (for evidence only; the head
# learns the rest). The list is the shared lexicon's (``emoomni_ros.lexicon.CUE_WORDS``).
EMOTION_WORDS: dict[str, tuple[str, ...]] = lexicon.CUE_WORDS
_EMOTION_RE = {label: re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
               for label, words in EMOTION_WORDS.items()}

_NEGATORS = re.compile(r"^(not|no|never|nothing|none|nobody|without|hardly|barely|\w+n't|cannot|cant|dont|"
                       r"doesnt|didnt|isnt|wasnt|wont|aint)$", re.IGNORECASE)
_STRETCHED = re.compile(r"\b\w*([a-z])\1{2,}\w*\b", re.IGNORECASE)
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}(?:'[A-Z]+)?\b")
_NOT_SHOUTING = {"I", "OK", "TV", "I'M", "I'LL", "I'D", "I'VE", "US", "UK", "DJ", "PS", "OJ"}

FEATURE_NAMES: tuple[str, ...] = (
    "vader_compound", "vader_pos", "vader_neg", "exclamations", "questions", "caps_ratio", "stretched",
    "length", "negation", "negated_positive", "negated_negative", "hedge_mask", "hedge_soften", "ellipsis",
)


@dataclass
class Contribution:
    phrase: str  # the words that carried it, e.g. "not happy"
    word: str  # the lexicon word, e.g. "happy"
    lexicon: float  # the word's own VADER valence (-4..4)
    score: float  # after VADER's negation/booster/"but" rules
    negated: bool


@dataclass
class LexicalReading:
    text: str
    compound: float = 0.0
    pos: float = 0.0
    neg: float = 0.0
    contributions: list[Contribution] = field(default_factory=list)
    hedges: list[tuple[str, str]] = field(default_factory=list)  # (quoted phrase, kind)
    emotion_words: dict[str, list[str]] = field(default_factory=dict)
    exclamations: int = 0
    questions: int = 0
    caps_words: list[str] = field(default_factory=list)
    stretched: list[str] = field(default_factory=list)
    ellipsis: bool = False
    tokens: int = 0

    @property
    def negated_positive(self) -> list[Contribution]:
        return [c for c in self.contributions if c.negated and c.lexicon > 0]

    @property
    def negated_negative(self) -> list[Contribution]:
        return [c for c in self.contributions if c.negated and c.lexicon < 0]

    @property
    def masking(self) -> bool:
        return any(kind == "mask" for _, kind in self.hedges)

    @property
    def arousal_markers(self) -> float:
        """0..1: how much the punctuation, capitals and stretched words raise the arousal."""
        score = 0.25 * min(self.exclamations, 3) + 0.1 * min(self.questions, 2) \
            + 0.3 * min(len(self.caps_words), 2) + 0.2 * min(len(self.stretched), 1)
        return float(min(1.0, score))

    def features(self) -> np.ndarray:
        words = max(self.tokens, 1)
        return np.array([
            self.compound, self.pos, self.neg, min(self.exclamations, 3) / 3.0, min(self.questions, 3) / 3.0,
            len(self.caps_words) / words, float(bool(self.stretched)), math.log1p(self.tokens) / 4.0,
            float(any(_NEGATORS.match(w) for w in self.text.split())), float(bool(self.negated_positive)),
            float(bool(self.negated_negative)), float(self.masking),
            float(any(kind == "soften" for _, kind in self.hedges)), float(self.ellipsis),
        ], dtype=np.float32)


def _vader_tokens(text: str) -> tuple[list[str], list[float], dict]:
    """VADER's polarity_scores, keeping the per-word scores it sums (the same steps as the library)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    analyzer = lexicon.require_vader()
    # Emojis become their descriptions, as in polarity_scores.
    pieces, prev_space = [], True
    for ch in text:
        if ch in analyzer.emojis:
            pieces.append(("" if prev_space else " ") + analyzer.emojis[ch])
            prev_space = False
        else:
            pieces.append(ch)
            prev_space = ch == " "
    text = "".join(pieces).strip()
    senti = SentiText(text)
    words = senti.words_and_emoticons
    sentiments: list[float] = []
    for i, item in enumerate(words):
        if item.lower() in BOOSTER_DICT or (item.lower() == "kind" and i + 1 < len(words)
                                            and words[i + 1].lower() == "of"):
            sentiments.append(0.0)
            continue
        sentiments = analyzer.sentiment_valence(0.0, senti, item, i, sentiments)
    lowered = [w.lower() for w in words]
    if "but" in lowered:  # VADER's contrast rule, by position (the library's own loop uses .index)
        b = lowered.index("but")
        sentiments = [s * 0.5 if i < b else s * 1.5 if i > b else s for i, s in enumerate(sentiments)]
    return words, [float(s) for s in sentiments], analyzer.score_valence(sentiments, text)


def _phrase(words: list[str], i: int) -> str:
    """The lexicon word with the negators/boosters right before it ("not very happy")."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    start = i
    while start > 0 and i - start < 3:
        prev = words[start - 1].lower().strip(".,!?;:")
        if _NEGATORS.match(prev) or prev in BOOSTER_DICT or prev in ("so", "this", "at", "least"):
            start -= 1
        else:
            break
    return " ".join(w.strip(".,!?;:\"") for w in words[start:i + 1])


def _emoji_words(text: str) -> dict[str, str]:
    """Lower-cased words of the descriptions VADER substitutes for the emojis in ``text`` -> the emoji."""
    table = lexicon.require_vader().emojis
    out: dict[str, str] = {}
    for ch in dict.fromkeys(text):
        if ch in table:
            for word in table[ch].split():
                out.setdefault(word.lower(), ch)
    return out


def read(text: str) -> LexicalReading:
    """The lexical reading of already-normalised text (see ``text_normalise.normalise``)."""
    reading = LexicalReading(text=text)
    if not text:
        return reading
    words, sentiments, scores = _vader_tokens(text)
    reading.compound, reading.pos, reading.neg = scores["compound"], scores["pos"], scores["neg"]
    valences = lexicon.require_vader().lexicon
    emojis = _emoji_words(text)
    for i, (word, score) in enumerate(zip(words, sentiments, strict=False)):
        base = valences.get(word.lower())
        if base is None or abs(score) < 1e-6:
            continue
        phrase = _phrase(words, i)
        if word.lower() in emojis and not re.search(r"(?i)\b" + re.escape(word) + r"\b", text):
            phrase = emojis[word.lower()]  # a word of an emoji's description: quote the emoji itself
        reading.contributions.append(Contribution(
            phrase=phrase, word=word, lexicon=float(base), score=score, negated=(score * base) < 0))
    reading.contributions.sort(key=lambda c: -abs(c.score))
    for pattern, kind in _HEDGES:
        for m in pattern.finditer(text):
            reading.hedges.append((m.group(0), kind))
    for label, pattern in _EMOTION_RE.items():
        found = list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))
        if found:
            reading.emotion_words[label] = found
    reading.exclamations = text.count("!")
    reading.questions = text.count("?")
    plain = text.split()
    reading.tokens = len(plain)
    reading.caps_words = list(dict.fromkeys(w for w in _CAPS_WORD.findall(text) if w not in _NOT_SHOUTING))
    reading.stretched = list(dict.fromkeys(m.group(0) for m in _STRETCHED.finditer(text)
                                           if not m.group(0).isdigit()))
    reading.ellipsis = "..." in text
    return reading
