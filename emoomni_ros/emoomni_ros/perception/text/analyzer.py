"""Text perception: what a sentence says about the speaker's emotion, as a text ``Cue``.

    analyzer = TextAnalyzer()
    cue = analyzer.analyze("I'm fine.", context=["I lost my job today."], utterance_id="u7")

The distribution comes from the trained head (``text/head.py``: MiniLM features + lexical
features through a small network, TF-IDF words, optional context of the speaker's earlier turns),
then lexical rules: a negated positive word ("not happy") is not joy, a negated negative one ("not
bad") is weak evidence of a negative feeling, and a hedge that may mask a feeling ("I'm fine")
lowers the trust in a positive or neutral reading.

``Cue.feelings`` names the strongest fine-grained feelings (grief, loneliness, relief...): the head's
feelings output, within each core label, shares out that label's probability among its feelings
and a "no finer feeling" class, so a feeling is only as strong as the core reading it belongs to;
those scoring at least ``min_feeling`` are kept (at most 3). Valence blends VADER, the head's
valence regression (EmoBank) and the distribution's expected valence; arousal adds punctuation,
capitals and stretched words to the head's.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros import labels
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, Cue
from emoomni_ros.perception.text import lexical as text_lexical
from emoomni_ros.perception.text.concern import ConcernDetector
from emoomni_ros.perception.text.encoder import CachedEncoder, SentenceView, TextEncoder, load_encoder
from emoomni_ros.perception.text.head import DEFAULT_HEAD, FEELING_CLASSES, TextHead
from emoomni_ros.perception.text.normalise import normalise, normalise_cut
from emoomni_ros.settings import setting

NEGATIVE = ("sadness", "anger", "fear", "disgust")
QUOTE_CHARS = 40
MAX_FEELINGS = 3
# Valence = these shares of VADER's compound (when VADER found a sentiment word), the head's
# valence regression and the expected valence of the distribution (renormalised when one is missing).
# Chosen on EmoBank dev and the everyday fixture (models/text_emotion.md): the regression, trained on
# EmoBank, carries most; VADER's word lexicon misreads situations told without sentiment words.
VALENCE_SHARES = {"vader": 0.1, "regression": 0.6, "distribution": 0.3}


def _q(phrase: str) -> str:
    """A phrase quoted for evidence, shortened when long."""
    phrase = phrase if len(phrase) <= QUOTE_CHARS else phrase[: QUOTE_CHARS - 3] + "..."
    return f"'{phrase}'"


def _as_written(clean: str, term: str) -> str:
    """An n-gram of the words model ("you !", lower case, tokens joined by spaces) as the text has it
    ("you!"); the n-gram itself where it cannot be found."""
    tokens = term.split()
    if not tokens:
        return term
    pattern = r"[^\w!?']{0,3}".join(
        (r"\b" + re.escape(t) + r"\b") if t[0].isalnum() or t[0] == "_" else re.escape(t) for t in tokens)
    m = re.search(pattern, clean, re.IGNORECASE)
    return m.group(0) if m else term


IDX = labels.LABEL_INDEX


class EmptyTextError(ValueError):
    """The text is empty once cleaned (only whitespace or control characters)."""


def _move(dist: np.ndarray, source: tuple[str, ...], share: float, targets: dict[str, float]) -> np.ndarray:
    """Moves ``share`` of the mass of ``source`` labels to ``targets`` (label -> fraction)."""
    out = dist.astype(np.float64).copy()
    moved = 0.0
    for name in source:
        amount = out[IDX[name]] * share
        out[IDX[name]] -= amount
        moved += amount
    for name, fraction in targets.items():
        out[IDX[name]] += moved * fraction
    return labels.normalise(out)


MAX_CONTEXT_TURNS = 20  # the most earlier turns a reading may take as context


@dataclass
class ReadingConfig:
    """How an utterance is read, besides the model; ``TextAnalyzer.configure`` applies it between
    utterances (the transcript node's live parameters)."""

    max_chars: int = setting(1000, "longer text is cut at a word boundary", min_value=10, max_value=100000,
                             live=True)
    context_turns: int = setting(-1, "earlier final utterances of the same speaker given as context (-1: the "
                                 "head's own setting, 5 for the shipped head; 0: none)", min_value=-1,
                                 max_value=MAX_CONTEXT_TURNS, live=True)
    hedge_confidence: float = setting(0.6, "confidence scale when a masking hedge (\"I'm fine\") meets a "
                                      "positive or neutral reading", min_value=0.0, max_value=1.0, live=True)
    english_only_penalty: float = setting(0.5, "confidence scale for text in another language than English",
                                          min_value=0.0, max_value=1.0, live=True)


class TextAnalyzer:
    """Text -> ``Cue``. Thread-compatible, not thread-safe (one analyzer per worker thread).

    ``english_only_penalty`` scales the confidence for text in another language (the head is
    trained on English); ``hedge_confidence`` scales it when a masking hedge meets a positive or
    neutral reading."""

    def __init__(self, head_path: str | Path = DEFAULT_HEAD, encoder: TextEncoder | str = "minilm",
                 max_chars: int = ReadingConfig.max_chars, context_turns: int | None = None,
                 hedge_confidence: float = ReadingConfig.hedge_confidence,
                 english_only_penalty: float = ReadingConfig.english_only_penalty, device: str = "cpu",
                 cache_size: int = 256,
                 min_feeling: float = 0.2, concerns: bool = True):
        self.head = TextHead(head_path)
        self.source = str(self.head.meta.get("source", "minilm-tfidf-meld"))
        self.min_feeling = float(min_feeling)
        if isinstance(encoder, str):
            encoder = load_encoder(encoder, device=device, pooling=self.head.pooling)
        if encoder.dim != self.head.embedding_dim:
            raise ValueError(f"encoder {encoder.name} gives {encoder.dim}-d embeddings; the head expects "
                             f"{self.head.embedding_dim} ({self.head.encoder})")
        self.encoder = CachedEncoder(encoder, size=cache_size)
        # Safety concerns in the words (perception/text/concern.py), on the same loaded encoder.
        self.concerns = ConcernDetector(encoder=SentenceView(self.encoder)) if concerns else None
        self._utterance_cache: OrderedDict[str, tuple] = OrderedDict()
        self._cache_size = cache_size
        self.configure(ReadingConfig(int(max_chars), -1 if context_turns is None else int(context_turns),
                                     float(hedge_confidence), float(english_only_penalty)))

    def configure(self, reading: ReadingConfig) -> None:
        """The reading options for the next utterances (context_turns < 0: the head's own)."""
        self.max_chars = int(reading.max_chars)
        self.context_turns = self.head.context_turns if reading.context_turns < 0 else int(reading.context_turns)
        self.hedge_confidence = float(reading.hedge_confidence)
        self.english_only_penalty = float(reading.english_only_penalty)

    def _read(self, clean: str, reading: text_lexical.LexicalReading | None = None) -> tuple:
        """(distribution, feelings distribution or None, valence or None) of one cleaned text without
        context (cached: earlier turns come back)."""
        if clean in self._utterance_cache:
            self._utterance_cache.move_to_end(clean)
            return self._utterance_cache[clean]
        reading = reading or text_lexical.read(clean)
        out = self.head.read(self.encoder.encode([clean])[0], reading.features(), clean)
        self._utterance_cache[clean] = out
        if len(self._utterance_cache) > self._cache_size:
            self._utterance_cache.popitem(last=False)
        return out

    def _utterance(self, clean: str, reading: text_lexical.LexicalReading | None = None) -> np.ndarray:
        """Head distribution of one cleaned text without context."""
        return self._read(clean, reading)[0]

    def forget(self, text: str) -> None:
        """Drops one text from the caches (benchmarks measure the uncached path)."""
        clean = normalise(text, self.max_chars)
        self._utterance_cache.pop(clean, None)
        self.encoder.forget(clean)

    def analyze(self, text: str, context: list[str] | tuple[str, ...] = (), utterance_id: str = "",
                stamp: float = 0.0, person_id: str = ANONYMOUS_SPEAKER, language: str = "en",
                window_start: float = 0.0) -> Cue:
        """Raises EmptyTextError when nothing is left of ``text`` after cleaning."""
        raw_len = len(text) if isinstance(text, str | bytes) else 0
        clean, cut_off = normalise_cut(text, self.max_chars)
        if not clean:
            raise EmptyTextError("empty text (nothing left after removing whitespace and control characters)")
        reading = text_lexical.read(clean)
        dist, feel, head_valence = self._read(clean, reading)
        evidence: list[str] = []
        earlier = [c for c in (normalise(t, self.max_chars) for t in list(context)[-self.context_turns:]) if c] \
            if self.context_turns > 0 else []
        if earlier:
            dist = self.head.with_context(dist, [self._utterance(c) for c in earlier])
        dist, confidence_scale, rule_evidence = self._rules(dist, reading)
        label = labels.top_label(dist)
        confidence = float(dist.max()) * confidence_scale

        feelings = self.feelings(dist, feel)
        evidence.append(self._model_evidence(dist, clean))
        if feelings:
            evidence.append("feelings: " + ", ".join(f"{name} {score:.2f}" for name, score in feelings))
        evidence += rule_evidence
        evidence += self._lexical_evidence(reading, label)
        if earlier:
            evidence.append(f"context: {len(earlier)} earlier turn(s) of this speaker")
        if cut_off:
            evidence.append(f"text truncated to {len(clean)} of {raw_len} characters")
        lang = (language or "en").lower()
        if not (lang.startswith("en") or lang in ("und", "")):
            confidence *= self.english_only_penalty
            evidence.append(f"language '{language}': the text model is trained on English, low confidence")

        valence, arousal = self._valence_arousal(dist, reading, head_valence)
        concern = self.concerns.detect(clean, context=list(context), person_id=person_id or ANONYMOUS_SPEAKER,
                                       utterance_id=utterance_id, stamp=stamp) if self.concerns else None
        return Cue(modality="text", distribution=dist, confidence=confidence, evidence=evidence,
                   person_id=person_id or ANONYMOUS_SPEAKER, stamp=stamp, window_start=window_start,
                   window_end=stamp, source=self.source, utterance_id=utterance_id, valence=valence,
                   arousal=arousal, feelings=feelings, concern=concern)

    def feelings(self, dist: np.ndarray, feel: np.ndarray | None) -> list[tuple[str, float]]:
        """The strongest feelings (name, score), strongest first: each core label's probability in
        ``dist`` shared among its feelings and its "no finer feeling" class by the head's feelings
        output ``feel`` (over ``FEELING_CLASSES``); scores below ``min_feeling`` are dropped."""
        if feel is None:
            return []
        index = {name: i for i, name in enumerate(FEELING_CLASSES)}
        out = []
        for core in labels.CORE_LABELS:
            members = [name for name in labels.FEELING_NAMES if labels.FEELINGS[name] == core]
            if not members:
                continue
            mass = feel[index[core]] + sum(feel[index[name]] for name in members)
            for name in members:
                score = float(dist[labels.LABEL_INDEX[core]] * feel[index[name]] / max(mass, 1e-9))
                if score >= self.min_feeling:
                    out.append((name, round(score, 4)))
        out.sort(key=lambda item: -item[1])
        return out[:MAX_FEELINGS]

    def _rules(self, dist: np.ndarray, reading: text_lexical.LexicalReading) -> tuple[np.ndarray, float, list[str]]:
        evidence, scale = [], 1.0
        positives = [c for c in reading.contributions if c.score > 0 and not c.negated]
        negated_pos, negated_neg = reading.negated_positive, reading.negated_negative
        if negated_pos and not positives:
            # "not happy": a positive word under negation is no evidence of joy.
            dist = _move(dist, ("joy",), 0.8, {"neutral": 0.4, "sadness": 0.35, "anger": 0.25})
            phrases = ", ".join(_q(c.phrase) for c in negated_pos[:2])
            evidence.append(f"negation: {phrases} (a positive word negated, not joy)")
        if negated_neg:
            # "not bad": litotes, a mild positive or a played-down negative; never strong negative.
            dist = _move(dist, NEGATIVE, 0.5, {"neutral": 0.7, "joy": 0.3})
            phrases = ", ".join(_q(c.phrase) for c in negated_neg[:2])
            evidence.append(f"negation: {phrases} (a negative word negated, mild)")
        for phrase, kind in reading.hedges:
            if kind == "mask":
                evidence.append(f"hedge: {_q(phrase)} (may mask feelings)")
            elif not any(_q(phrase) in e for e in evidence):
                evidence.append(f"hedge: {_q(phrase)} (softens what follows)")
        if reading.masking and labels.top_label(dist) in ("joy", "neutral"):
            # "I'm fine" reads positive on the surface; trust it less, and take some joy back.
            dist = _move(dist, ("joy",), 0.3, {"neutral": 1.0})
            scale *= self.hedge_confidence
        return dist, scale, evidence

    def _model_evidence(self, dist: np.ndarray, clean: str) -> str:
        order = np.argsort(-dist)
        top, second = labels.CORE_LABELS[order[0]], labels.CORE_LABELS[order[1]]
        text = f"text model: {top} {dist[order[0]]:.2f}"
        if dist[order[1]] > 0.5 * dist[order[0]]:
            text += f", {second} {dist[order[1]]:.2f}"
        if top != "neutral":
            _, cols, vals = self.head.word_scores(clean)
            terms = self.head.top_terms(cols, vals, top)
            if terms:
                text += " (words: " + ", ".join(_q(_as_written(clean, t)) for t in terms) + ")"
        return text

    @staticmethod
    def _lexical_evidence(reading: text_lexical.LexicalReading, label: str) -> list[str]:
        out = []
        shown = list({c.phrase.lower(): c for c in reversed(reading.contributions) if not c.negated}.values())
        shown = sorted(shown, key=lambda c: -abs(c.score))[:3]  # each phrase once, the strongest first
        if shown:
            out.append("sentiment words: " + ", ".join(
                f"{_q(c.phrase)} ({'positive' if c.score > 0 else 'negative'} {c.score:+.1f})" for c in shown))
        negated = {c.word.lower() for c in reading.contributions if c.negated}
        emotion_words = [(name, w) for name, ws in reading.emotion_words.items() for w in ws]
        emotion_words.sort(key=lambda item: item[0] != label)  # the read label's words first
        if emotion_words:
            out.append("emotion words: " + ", ".join(
                f"{_q(w)} ({'negated ' if w.lower() in negated else ''}{name})" for name, w in emotion_words[:3]))
        if reading.exclamations:
            out.append(f"exclamation marks: {reading.exclamations} (raised arousal)")
        if reading.questions >= 2 or (reading.questions and reading.exclamations):
            out.append(f"question marks: {reading.questions} (surprise or disbelief)")
        if reading.caps_words:
            out.append("capitals: " + ", ".join(_q(w) for w in reading.caps_words[:3]) + " (emphasis)")
        if reading.stretched:
            out.append("stretched: " + ", ".join(_q(w) for w in reading.stretched[:2]) + " (emphasis)")
        if reading.ellipsis:
            out.append("trails off ('...')")
        return out

    @staticmethod
    def _valence_arousal(dist: np.ndarray, reading: text_lexical.LexicalReading,
                         regression: float | None = None) -> tuple[float, float]:
        expected, head_arousal = labels.valence_arousal(dist)
        parts = {"distribution": expected}
        if reading.contributions:
            parts["vader"] = reading.compound
        if regression is not None:
            if reading.negated_negative and not any(c.score < 0 and not c.negated for c in reading.contributions):
                regression = max(regression, 0.0)  # "not bad", "that wasn't terrible": mild, never negative
            parts["regression"] = regression
        total = sum(VALENCE_SHARES[k] for k in parts)
        valence = sum(VALENCE_SHARES[k] * v for k, v in parts.items()) / total
        if reading.masking and valence > 0:
            valence *= 0.5
        arousal = head_arousal + 0.4 * reading.arousal_markers
        return float(np.clip(valence, -1, 1)), float(np.clip(arousal, -1, 1))
