"""What happened to the person, who is involved and what they feel, read from the words.

The embedded reasoner answers the situation, not the sentence. ``understand`` reads the utterance
by meaning with a trained head (``models/situation_head.npz``: a softmax regression over the events
on the all-MiniLM-L6-v2 features (mean+mid+max), trained on 1,223 sentences written for this project in
``data/situation_sentences.txt``; card ``models/situation.md``), weighs the events by how well the
words' emotion fits each of them, adds lexical cues (a few telling words per event, which also
carry the reading when the encoder cannot be loaded), and finds who is involved ("my husband" ->
"your husband") and the fine-grained feeling (``labels.FEELINGS``: named feeling words first, else
the event's usual feeling, or the fused feelings of the affect when the words name none).

Three rules keep the meaning match honest: figures of speech are read literally first ("this
traffic is killing me" is annoyance, "my phone died" no death; ``language.literal``); a death or a
danger must be told in words, not merely resembled ("we adopted a puppy" is close to "my dog died"
in embedding space); and the sentiment of the words lowers events of the opposite polarity ("I
passed my driving test!" is close to "I failed my driving test").

Events are finer than ``schema.SITUATIONS`` (a death and a job loss are both "loss" but need
different words); ``EVENTS`` maps each to its situation, its usual core emotion and feeling, and
whether it is good or bad news.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from emoomni_ros import paths
from emoomni_ros.reasoning.language import literal
from emoomni_ros.reasoning.word_rules import (
    GOT_INTO,
    KIN_GONE,
    KIN_PASSED,
    MISSING_PET,
    NOT_COMING,
    PASSED_NOT_DIED,
    PET_BREEDS,
    SERIOUS,
    WORD_RULES,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    situation: str
    emotion: str  # usual core emotion
    feeling: str  # usual fine-grained feeling ("" = none finer than the core emotion)
    polarity: int  # +1 good news, -1 bad news, 0 neither


EVENTS: dict[str, Event] = {
    "bereavement": Event("loss", "sadness", "grief", -1),
    "pet_loss": Event("loss", "sadness", "grief", -1),
    "job_loss": Event("loss", "sadness", "disappointment", -1),
    "breakup": Event("rejection", "sadness", "hurt", -1),
    "loneliness": Event("loneliness", "sadness", "loneliness", -1),
    "rejection": Event("rejection", "sadness", "hurt", -1),
    "setback": Event("pressure", "sadness", "disappointment", -1),
    "regret": Event("conflict", "sadness", "guilt", -1),
    "illness": Event("health", "fear", "anxiety", -1),
    "health_good": Event("health", "joy", "relief", 1),
    "danger": Event("danger", "fear", "dread", -1),
    "conflict": Event("conflict", "anger", "frustration", -1),
    "pressure": Event("pressure", "fear", "anxiety", -1),
    "money": Event("money", "fear", "anxiety", -1),
    "achievement": Event("achievement", "joy", "pride", 1),
    "family_good": Event("family", "joy", "excitement", 1),
    "family_worry": Event("family", "fear", "anxiety", -1),
    "plans": Event("plans", "joy", "excitement", 1),
    "gratitude": Event("small_talk", "joy", "gratitude", 1),
    "request": Event("request", "neutral", "", 0),
    "small_talk": Event("small_talk", "neutral", "", 0),
}

# An operation, not the GP's or dentist's practice ("the line to the GP surgery is always engaged").
OPERATION = r"(?<!gp )(?<!gp's )(?<!doctor's )(?<!doctors )(?<!dentist's )(?<!dental )(?<!vet's )(?:surgery|operation)"

# Words that point to an event on their own (a boost on top of the meaning, and the reading when no
# encoder is available).
# "She passed last night": a death (not an exam) when the time or the manner follows.
PASSED_WHEN = (r"(?:last (?:night|week|month|year)|this (?:morning|week)|yesterday|overnight|peacefully|suddenly|"
               r"recently|in (?:his|her|their) sleep)")
PASSED = r"(?<!\bi )(?<!\bwe )(?<!\byou )passed " + PASSED_WHEN
# "Mum slipped away in her sleep": a death told gently (not an afternoon or a chance that slipped away).
SLIPPED_AWAY = (r"(?:mum|mom|dad|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|he|she|my \w+|our \w+)"
                r"(?: has| had| just)? slipped away\b|slipped away (?:peacefully|quietly|" + PASSED_WHEN[3:])

CUES: dict[str, re.Pattern[str]] = {name: re.compile(pattern, re.I) for name, pattern in {
    "bereavement": r"\b(?:died|passed away|passed on|" + PASSED + "|" + SLIPPED_AWAY + "|" + KIN_PASSED + "|" + KIN_GONE
                   + r"|funeral|buried|killed in|ashes|my late \w+|killed (?:him|her|them)sel(?:f|ves)"
                   r"|took (?:his|her|their) own life|(?:died|death) by suicide|committed suicide|to suicide"
                   r"|(?:she|he)'?s gone"
                   r"|(?:she|he) is gone|(?:christmas|birthday|year) without (?:my|our|him|her)"
                   r"|lost (?:mum|mom|dad|grandma|grandad|grandpa|nan|nana|granny)\b"
                   r"|lost (?:my|our) (?:mum|mom"
                   r"|mother|dad"
                   r"|father|wife|husband|son|daughter|brother|sister|friend|grand\w+|baby|uncle|aunt|partner)(?!'s)"
                   r"|widow\w*|since (?:he|she) died|would have been (?:his|her|my \w+'?s?) birthday"
                   r"|would have been our (?:\w+ )?(?:wedding )?anniversary)\b",
    "pet_loss": r"\b(?:(?:dog|cat|puppy|kitten|hamster|rabbit|pet|horse|bird|labrador|terrier)\b.{0,40}\b(?:died|passed"
                r"|put (?:down|to sleep)|gone(?! missing| out| off| (?:for|to|into|next door|walkabout))|hit by a car"
                r"|run over|won'?t last|not long left)|put (?:\w+ )?(?:dog"
                r"|cat|pet)"
                r" (?:down|to sleep))",
    "job_loss": r"\b(?:lost (?:my|our) job|(?:got|was|been|am|i'?m) (?:fired|laid off|let go|sacked)|laid off"
                r"|unemployed|out of work|position (?:was )?(?:cut|eliminated)|made redundant)\b",
    "breakup": r"\b(?:broke up|break-?up|dumped|divorce|split up|left me|cheated|ended things|separat(?:ed|ing)"
               r"|called off the (?:wedding|engagement)|took the kids)\b",
    "loneliness": r"\b(?:lonely|loneliness|alone|by myself|no (?:one|body) to talk|don'?t (?:have|know) (?:a single"
                  r"|any) (?:friend|one)|no friends|not a single friend|isolated|on (?:my|your) own|invisible"
                  r"|(?:don'?t|didn'?t) (?:say|speak) a word|nobody (?:calls|visits|visited|has visited)"
                  r"|only one i'?ve talked)\b",
    "rejection": r"\b(?:rejected|rejection|turned (?:me )?down|left out|without me|except me|ignor(?:ed|ing) me"
                 r"|ghost\w*|didn'?t get (?:the|in|into|picked|chosen)|wasn'?t (?:invited|picked|chosen)"
                 r"|nobody (?:came|showed)|bullied|laugh at me|call me names|saw the photos|wasn'?t picked"
                 r"|knocked out|(?:forgot|forgotten|forget) (?:my|all about my|about my) (?:birthday|anniversary)"
                 r"|" + NOT_COMING + r")\b",
    "setback": r"\b(?:failed|flunked|didn'?t pass|messed up|screwed up|bombed|lost the (?:match|game|final|race)"
               r"|missed the deadline)\b",
    "regret": r"\b(?:guilty|guilt|my fault|ashamed|embarrass\w*|humiliat\w*|mortif\w*|i shouldn'?t have|i regret"
              r"|feel (?:terrible|awful) (?:about|for)|(?<![a-z] )(?:i|i'd|i had|i've) (?:completely |totally |just )?"
              r"forgot(?:ten)? (?:my|our|to|all about)|snapped at|floor to swallow|spilled)\b",
    "illness": r"\b(?:diagnos\w*|biopsy|tumou?r|cancer|" + OPERATION + r"|hospital|doctor|symptoms?|sick|ill"
               r"|chemo|lump|scan|test results|pain|hurts?|migraine|infection|disease|headache|cough|fever|dizzy|stroke"
               r"|dementia|intensive care|blood (?:test|results)|pills don'?t|tired all the time)\b",
    "health_good": r"\b(?:cancer[- ]free|all clear|came back (?:clear|negative|fine)|in remission|benign"
                   r"|surgery went (?:well|fine)|recovered|feel healthy|(?:came|come"
                   r"|coming|going|go) home from (?:the )?hospital|out of hospital"
                   r"|walking again|discharged|months? sober|years? sober|clean for)\b",
    "danger": r"\b(?:follow(?:ed|ing) me|broke into|break-?in|burglar|intruder|stalk\w*|threaten\w*|mugged"
              r"|attacked|outside my (?:window|door|house)|trying to get in|unsafe)\b",
    "conflict": r"\b(?:fight|fought|argu\w+|blamed|unfair|took credit|(?:yell|shout)(?:s|ed|ing)? at me"
                r"|disrespect\w*|rude|refuses?|won'?t (?:fix|listen|help|stop)|without asking|again!?$|neighbou?rs?"
                r"|never (?:came"
                r"|arrived|helps)"
                r"|hung up|charged (?:me )?twice|stomp\w*|upstairs|detention|red card|screaming match|complains?)\b",
    "pressure": r"\b(?:exams?|deadline|overwhelm\w*|stress\w*|workload|burn(?:ed|t) out|interview|thesis"
                r"|presentation|too much (?:work|to do)|can'?t keep up|behind on (?:work|my)|to-?do list|due (?:at|on"
                r"|by)"
                r"|finals|expect straight|barely passing|shifts?|running on)\b",
    "money": r"\b(?:rent|debt|bills?|afford|broke\b(?! (?:up|down|into|again))|money|mortgage|loan|savings"
             r"|overdraft|paycheck|salary|debt collectors?|pension|skip meals|card (?:got )?declined"
             r"|costs? more than)\b",
    "achievement": r"\b(?:(?:i|we|you) passed|passed(?! away| on\b| " + PASSED_WHEN + r")" + PASSED_NOT_DIED
                   + r"|aced|nailed|won(?!'t)|promot\w+"
                   r"|got (?:the|a|my) (?:job|offer|part|role|place|raise"
                   r"|scholarship)|" + GOT_INTO + r"|accepted (?:in)?to|graduat\w+|published|finished (?:my|the)"
                   r"|got hired|made it|personal best|first place|handed in|submitted|paid off|bonus|made me head"
                   r"|raised (?:\w+ ){0,3}(?:pounds|quid|dollars|euros|money|for (?:the|a) (?:hospice|charity))"
                   r"|got a place|qualified (?:as|in|for)"
                   r"|sober)\b",
    "family_good": r"\b(?:pregnant|having a baby|new baby|engaged|getting married|grand(?:child|son|daughter|baby)"
                   r"|first steps|first word|(?:is|are) coming to visit|born|adopted|proposed|said yes"
                   r"|brought home a)\b",
    "family_worry": MISSING_PET + r"|\b(?:my (?:son|daughter|kid|child|children|mother|mum|mom|father|dad|parents"
                    r"|brother|sister)"
                    r"\b.{0,40}\b(?:struggl\w+|worr\w+|drinking|bullied|won'?t talk|forgetful|divorc\w+|trouble"
                    r"|boyfriend"
                    r"|girlfriend|hasn'?t (?:come out|eaten|spoken)|picked on))|\bdon'?t trust (?:him|her|them)\b"
                    r"|\b(?:mum|mom|dad) keeps (?:forgetting|leaving)",
    "plans": r"\b(?:next (?:week|month|year|weekend)|this weekend|tomorrow i'?m|planning|going to (?:visit|travel"
             r"|go|start|learn)|trip|vacation|holiday|moving to|thinking (?:of|about) (?:getting|going|learning)"
             r"|signed up|flying to|concert|eager to|looking forward)\b",
    "gratitude": r"^\s*(?:thanks?|thank you)\b|\b(?:appreciate you|you (?:always )?(?:cheer|help) me)\b",
    "request": r"^\s*(?:can|could|would|will) you\b|^\s*(?:tell me|remind me|set a|play|recommend|what'?s the"
               r"|what time|how do i|how to)\b",
}.items()}

# Feeling words -> labels.FEELINGS (named feelings beat an event's usual one).
FEELING_WORDS: tuple[tuple[str, str], ...] = (
    (r"lonely|loneliness|so alone|isolated|no one to talk", "loneliness"),
    (r"griev\w*|grief|mourn\w*", "grief"),
    (r"guilty|guilt|my fault|i shouldn'?t have|i regret|feel terrible (?:about|for)", "guilt"),
    (r"ashamed|shame", "shame"),
    (r"embarrass\w*|humiliat\w*|mortified", "embarrassment"),
    (r"disappoint\w*|let down|gutted", "disappointment"),
    (r"\bhurt\b|heartbroken|betrayed", "hurt"),
    (r"anxious|anxiety|nervous|worried|worry|stressed|panick?\w*|on edge|scared|afraid|terrified", "anxiety"),
    (r"dread\w*|frightened", "dread"),
    (r"frustrat\w*|annoyed|irritat\w*|fed up|sick of|tired of", "frustration"),
    (r"resent\w*|bitter", "resentment"),
    (r"relie(?:f|ved)|thank god|phew", "relief"),
    (r"proud", "pride"),
    (r"grateful|thankful|thank you|thanks", "gratitude"),
    (r"excited|can'?t wait|thrilled|so pumped", "excitement"),
    (r"hope(?:ful)?|fingers crossed", "hope"),
    (r"confus\w*|don'?t understand|makes no sense", "confusion"),
    (r"curious|wonder(?:ing)? (?:if|whether|how|what)", "curiosity"),
)
_FEELING_RES = [(re.compile(r"\b(?:" + pattern + r")", re.I), name) for pattern, name in FEELING_WORDS]

# Who is involved: the word -> (kind, how to say it without an owner).
PEOPLE: dict[str, str] = {
    **dict.fromkeys(("husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "ex"),
                    "partner"),
    **dict.fromkeys(("mum", "mom", "mother", "dad", "father", "parents", "mummy", "daddy", "stepdad", "stepmom",
                     "stepmum", "stepfather", "stepmother"), "parent"),
    **dict.fromkeys(("son", "daughter", "kid", "kids", "child", "children", "baby", "boy", "girl"), "child"),
    **dict.fromkeys(("brother", "sister", "siblings", "twin"), "sibling"),
    **dict.fromkeys(("grandma", "grandmother", "grandpa", "grandfather", "granny", "gran", "nan", "nana", "grandad",
                     "granddad", "grandmum",
                     "grandparents", "grandson", "granddaughter"), "grandparent"),
    **dict.fromkeys(("uncle", "aunt", "auntie", "cousin", "niece", "nephew", "family"), "relative"),
    **dict.fromkeys(("friend", "friends", "bestie", "roommate", "flatmate", "classmate", "neighbour", "neighbor",
                     "neighbours", "neighbors"), "friend"),
    **dict.fromkeys(("dog", "cat", "puppy", "kitten", "hamster", "rabbit", "pet", "horse", "bird", "parrot",
                     *PET_BREEDS), "pet"),
    **dict.fromkeys(("boss", "manager", "coworker", "co-worker", "colleague", "colleagues", "team", "supervisor",
                     "landlord", "teacher", "professor", "coach"), "work"),
    **dict.fromkeys(("doctor", "nurse", "vet", "surgeon", "dentist"), "doctor"),
}
_WHO = re.compile(r"\b(my|our|his|her|their|the|a)\s+((?:best|old|little|big|older|younger|new|late|ex-?)\s+)?("
                  + "|".join(sorted((re.escape(p) for p in PEOPLE), key=len, reverse=True)) + r")((?:-| )in[- ]law)?\b"
                  r"|(?<![\w'])(?-i:(Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandad|Grandma|Grandpa))\b",
                  re.I)
_KIN_OPENING = re.compile(r"^\W*(?:um+,? |so,? |well,? )?(mum|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa)\b",
                          re.I)
_OWNER = {"my": "your", "our": "your", "his": "his", "her": "her", "their": "their", "the": "the", "a": "a"}


@dataclass
class Situation:
    """What the words tell about (see ``understand``)."""

    event: str = ""  # an EVENTS name, "" when unclear
    situation: str = ""  # schema.SITUATIONS name, "" when unclear
    score: float = 0.0  # how sure (0..1)
    how: str = ""  # "meaning", "meaning and words", "words" (a word rule decided it, or no encoder)
    second: str = ""  # another event the words also tell about (mixed news), or ""
    who: str = ""  # "your husband", "your best friend", "" when nobody is named
    who_kind: str = ""  # PEOPLE kind of ``who``
    who_word: str = ""  # "husband"
    feeling: str = ""  # labels.FEELINGS name, "" when none
    feeling_source: str = ""  # "words", "event", "affect"
    feeling_words: list[str] = field(default_factory=list)  # the feeling words said ("lonely")
    nearest: str = ""  # the head's most likely event before the lexical cues (for debugging)
    felt: str = ""  # the core emotion a word rule says these words carry ("" for the event's usual one)
    ruled: bool = False  # a word rule in these words named the event (its reply is the one to give)

    @property
    def polarity(self) -> int:
        return EVENTS[self.event].polarity if self.event else 0


# -- the encoder and the trained head -------------------------------------------------------------------

HEAD_PATH = paths.MODELS_DIR / "situation_head.npz"  # train_situation.py; card: models/situation.md
SENTENCES_PATH = paths.DATA_DIR / "situation_sentences.txt"  # what the head is trained on
_lock = threading.Lock()
_state: dict = {"encoder": None, "head": None, "error": ""}


def load_sentences(path: Path = SENTENCES_PATH) -> list[tuple[str, str]]:
    """(event, text) of each "event | text" line (``#`` lines are comments)."""
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        event, sep, text = (part.strip() for part in line.partition("|"))
        if not sep or event not in EVENTS or not text:
            raise ValueError(f"{path}:{number}: expected 'event | text' with an event of EVENTS, got {line!r}")
        rows.append((event, text))
    return rows


@dataclass(frozen=True)
class SituationHead:
    """Softmax regression over ``EVENTS`` on the encoder's ``POOLING`` features, and each event's
    usual core-emotion distribution (``emotion_given_event``, rows in ``EVENTS`` order)."""

    w: np.ndarray
    b: np.ndarray
    emotion_given_event: np.ndarray

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> SituationHead:
        import json

        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta["events"] != list(EVENTS):
                raise ValueError(f"{path} was trained for other events; retrain it (tools/train_situation.py)")
            return cls(z["w"].astype(np.float32), z["b"].astype(np.float32),
                       z["emotion_given_event"].astype(np.float64))

    def probabilities(self, embedding: np.ndarray, emotion: np.ndarray | None = None) -> np.ndarray:
        """P(event | words); with ``emotion`` (the words' core-emotion distribution) each event is
        also weighed by how well that emotion fits it, relative to how common the emotion is."""
        logits = embedding @ self.w + self.b
        p = np.exp(logits - logits.max())
        p /= p.sum()
        if emotion is not None:
            table = self.emotion_given_event
            fit = table @ (np.asarray(emotion, dtype=np.float64) / table.mean(axis=0))
            p = p * fit ** EMOTION_WEIGHT
            p /= p.sum()
        return p


EMOTION_WEIGHT = 1.0  # how much the words' emotion reweighs the events (5-fold CV: 0.68 -> 0.71)
POOLING = "mean+mid+max"  # the encoder features the head reads (as the text perception's)


def load(encoder=None) -> bool:
    """Loads the sentence encoder (once per process; ``encoder`` replaces it, e.g. the one the text
    perception already holds) and the situation head. False when either cannot be loaded: the
    reading then goes by the lexical cues alone."""
    with _lock:
        if _state["head"] is not None and encoder is None:
            return True
        if _state["error"] and encoder is None:
            return False
        try:
            if encoder is None:
                from emoomni_ros.perception.text.encoder import load_encoder

                encoder = load_encoder("minilm", pooling=POOLING)
            from emoomni_ros.perception.text.encoder import SentenceView

            if isinstance(encoder, SentenceView):  # the text perception's encoder, shared
                encoder = encoder.encoder
            if encoder.dim != 1152:
                raise ValueError(f"the situation head reads {POOLING} features (1,152-d), not {encoder.dim}-d")
            _state.update(encoder=encoder, head=SituationHead.load(), error="")
            with _vectors_lock:
                _vectors.clear()
            return True
        except Exception as exc:  # no weights, no head: the lexical reading still works
            _state["error"] = f"{type(exc).__name__}: {exc}"
            log.warning("situation reading without sentence embeddings: %s", _state["error"])
            return False


def encoder_error() -> str:
    return _state["error"]


# The sentence and its clauses, encoded: the last few utterances' vectors, so that an utterance
# encoded ahead (``prepare``) is not encoded again when it is read.
_vectors: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
_vectors_lock = threading.Lock()
VECTORS_KEPT = 8


def _encoded(parts: list[str]) -> np.ndarray:
    key = tuple(parts)
    with _vectors_lock:
        vecs = _vectors.get(key)
        if vecs is not None:
            _vectors.move_to_end(key)
            return vecs
    vecs = np.asarray(_state["encoder"].encode(list(parts)), dtype=np.float32)
    with _vectors_lock:
        _vectors[key] = vecs
        while len(_vectors) > VECTORS_KEPT:
            _vectors.popitem(last=False)
    return vecs


def _parts(text: str) -> list[str]:
    """What is encoded for ``text`` (already normalised as ``understand`` does)."""
    return [text[:600], *clauses(text)[:MAX_CLAUSES]]


def prepare(text: str) -> bool:
    """Encodes the words of an utterance now, as the embedded reasoner will read them, so that the
    reading itself costs no encoder pass: the reasoner calls it while it waits for the utterance's
    cues (the voice cue comes after the transcript). False when there is nothing to encode; never
    raises."""
    try:
        from emoomni_ros.reasoning.language import read

        words = read(text)
        if _state["head"] is None or words.foreign or words.empty or words.manipulation:
            return False
        normalised = literal(" ".join(words.text[:600].split()))
        if not normalised:
            return False
        _encoded(_parts(normalised))
        return True
    except Exception:  # an encoder that fails here fails again, and is reported, when the words are read
        return False


def loaded() -> bool:
    return _state["head"] is not None


def _meaning_scores(text: str, emotion: np.ndarray | None = None) -> tuple[dict[str, float], str]:
    """Per event, the head's probability for ``text`` (weighed by ``emotion`` when given), raised to
    a clause's own reading less ``CLAUSE_MARGIN`` where ``text`` tells two things ("I got promoted,
    but now I'm nervous"); and the most likely event of the whole. One encoder pass for all parts."""
    head = _state["head"]
    if head is None or not text.strip():
        return {}, ""
    vecs = _encoded(_parts(text))
    p = head.probabilities(vecs[0], emotion)
    out = dict(zip(EVENTS, (float(v) for v in p), strict=True))
    nearest = max(out, key=out.get)
    for vec in vecs[1:]:  # each part, a little less than the whole
        for event, value in zip(EVENTS, head.probabilities(vec), strict=True):
            out[event] = max(out[event], float(value) - CLAUSE_MARGIN)
    return out, nearest


# -- the reading ---------------------------------------------------------------------------------------

LEXICAL_BOOST = 0.12
STRONG_BOOST = 0.2  # events whose words are decisive (a good outcome, a death)
STRONG_EVENTS = {"achievement", "health_good", "family_good", "bereavement", "pet_loss", "job_loss", "breakup"}
GATED_EVENTS = ("bereavement", "pet_loss", "danger", "gratitude")  # told in words, not just resembled
_ASKS = re.compile(r"\?\s*$|^\s*(?:please\b|(?:read|tell|play|set|remind|call|ring|turn|put|show|find|give|help|"
                   r"open|close|switch|book|order|text|send|check|look|add|start|stop|wake)\b)", re.I)
GATE_SCORE = 0.8  # ... unless the meaning alone is this sure
WORDS_ONLY = ("gratitude",)  # ... and only in words ("you're welcome" answers a thank-you, nothing else)
POLARITY_PENALTY = 0.12
_CRIME_DONE = re.compile(r"\b(?:was|got|been|were|i'?ve been|we'?ve been) (?:mugged|attacked|robbed|assaulted|burgled|"
                         r"broken into|beaten up)\b|\b(?:mugged|attacked|robbed|burgled) (?:me|us)\b|"
                         r"\bbroke into (?:my|our)\b", re.I)


def _sentiment(text: str) -> float:
    from emoomni_ros.reasoning.language import sentiment

    return sentiment(text)
MIN_SCORE = 0.34  # below this (meaning plus boost) the event is unclear
RULE_SCORE = MIN_SCORE + LEXICAL_BOOST  # an event a word rule decides (word_rules.py)
MAX_CLAUSES = 4  # clauses read on their own for mixed news (a long story has many)
CLAUSE_MARGIN = 0.1  # a clause's reading counts this much less than the whole sentence's


def lexical_events(text: str) -> list[str]:
    return [name for name, pattern in CUES.items() if pattern.search(text)]


# Where a death is told: of the people named, the one nearest it is the one who died ("my son says I
# should be over it, but Dad died in May").
_DEATH_AT = re.compile(r"\b(?:died|passed away|passed on|passed|slipped away|death|funeral|buried|killed|lost|ashes)\b",
                       re.I)


def who_of(text: str, event: str = "") -> tuple[str, str, str]:
    """("your husband", "partner", "husband") for the first person named (for a death, the one named
    nearest the word that tells it; a doctor or nurse only when nobody else is), else ("", "", "")."""
    text = text.replace("’", "'")
    matches = list(_WHO.finditer(text))
    death = _DEATH_AT.search(text) if event in ("bereavement", "pet_loss") and len(matches) > 1 else None
    if death:
        matches.sort(key=lambda m: min(abs(m.start() - death.end()), abs(m.end() - death.start())))
    # news from a doctor or a nurse is about someone else when someone else is named ("the nurse said Dad...")
    matches.sort(key=lambda m: bool(m.group(3)) and PEOPLE.get(m.group(3).lower()) == "doctor")
    for match in matches:
        if match.group(5):  # "Dad", "Mum": a parent named as a name
            noun = match.group(5).lower()
            return f"your {noun}", PEOPLE.get(noun, "relative"), noun
        owner, adjective, noun = match.group(1).lower(), (match.group(2) or "").lower().strip(), match.group(3).lower()
        if noun in ("team", "family", "boy", "girl", "baby") and owner in ("the", "a"):
            continue
        # "the dog had to be put down": their own dog, as people say it at home
        mine = owner == "the" and PEOPLE[noun] == "pet" and event in ("pet_loss", "bereavement")
        words = ["your" if mine else _OWNER[owner] if owner != "a" else "the"] + (
            [adjective] if adjective and adjective != "late" else [])
        in_law = "-in-law" if match.group(4) else ""  # "your brother-in-law", a relative, not a sibling
        return " ".join([*words, noun + in_law]), "relative" if in_law else PEOPLE[noun], noun + in_law
    opening = _KIN_OPENING.match(text)  # "mum says I can't go" as speech recognition writes it, in lower case
    if opening:
        noun = opening.group(1).lower()
        return f"your {noun}", PEOPLE.get(noun, "relative"), noun
    return "", "", ""


def feelings_in(text: str) -> list[tuple[str, str]]:
    """(feeling, the words that name it) in the order of the text, negated ones left out."""
    found = []
    low = text.lower().replace("’", "'")
    for pattern, name in _FEELING_RES:
        for match in pattern.finditer(low):
            before = low[max(0, match.start() - 14):match.start()]
            if re.search(r"\b(?:not|n't|never|no longer|without)\s+(?:\w+\s+)?$", before):
                continue
            found.append((match.start(), name, match.group(0)))
            break
    return [(name, words) for _, name, words in sorted(found)]


_CONTRAST = re.compile(r"(?:,\s*|\s+)(?:but|though|although|even though|except|yet|and)\s+|;\s*|[.!?]\s+(?=\S)", re.I)


def clauses(text: str) -> list[str]:
    """The parts of a sentence that tells two things ("..., but ...", "... and ...", two sentences),
    each of at least three words; [] when there is one."""
    parts = [p.strip(" ,.") for p in _CONTRAST.split(text)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return parts if len(parts) > 1 else []


def understand(text: str, affect_feelings: list[tuple[str, float]] | None = None, core: str = "",
               meaning: bool = True, emotion: np.ndarray | None = None) -> Situation:
    """The situation of one utterance. ``affect_feelings`` (the fused fine-grained feelings) name the
    feeling when present and compatible with ``core`` (the felt core emotion, if known). ``emotion``:
    the words' core-emotion distribution (the text cue's), which weighs the events by how well
    they fit it. ``meaning=False``: the lexical cues alone."""
    text = " ".join(str(text).split())
    out = Situation()
    if not text:
        return out
    text = literal(text)  # "this traffic is killing me" is no danger, "my phone died" no death
    scores, nearest = _meaning_scores(text, emotion) if meaning else ({}, "")
    lexical = set(lexical_events(text))
    combined = {event: scores.get(event, 0.0) + ((STRONG_BOOST if event in STRONG_EVENTS else LEXICAL_BOOST)
                                                 if event in lexical else 0.0) for event in EVENTS}
    if not scores:  # lexical only
        combined = {event: (0.5 if event in lexical else 0.0) for event in EVENTS}
        # a good outcome names its event more precisely than the illness or exam words inside it
        for specific, general in (("health_good", "illness"), ("pet_loss", "bereavement"), ("job_loss", "money"),
                                  ("bereavement", "illness"), ("danger", "conflict"), ("achievement", "pressure"),
                                  ("family_good", "plans"), ("setback", "pressure"), ("breakup", "loneliness")):
            if specific in lexical and general in lexical:
                combined[general] = 0.3
    ruled, ruled_felt, felt_only = "", "", ""
    for rule in WORD_RULES:
        if not rule.applies(text, lexical):
            continue
        for other in rule.instead_of:
            combined[other] = min(combined[other], MIN_SCORE - 0.01)
            lexical.discard(other)
        if rule.event:
            combined[rule.event] = max(combined[rule.event], MIN_SCORE + STRONG_BOOST if rule.strong else RULE_SCORE)
            lexical.add(rule.event)
            if not ruled:
                ruled, ruled_felt = rule.event, rule.felt
        elif rule.felt and not felt_only:  # no event, but the words carry a feeling ("I cry at the smallest things")
            felt_only = rule.felt
    if "danger" in lexical and _CRIME_DONE.search(text):  # a crime that happened to them: decisive words
        combined["danger"] = max(combined["danger"], MIN_SCORE + LEXICAL_BOOST)
    for event in GATED_EVENTS:  # a death or a danger is told in words, not just resembled
        if event not in lexical and (combined[event] < GATE_SCORE or event in WORDS_ONLY):
            combined[event] = min(combined[event], MIN_SCORE - 0.01)
    if "request" not in lexical and not _ASKS.search(text):  # a request asks: a question or an imperative
        combined["request"] = min(combined["request"], MIN_SCORE - 0.01)
    sentiment_value = _sentiment(text)
    for event, value in combined.items():  # a cheerful "I passed" is no failure, a grim one no success
        if EVENTS[event].polarity * sentiment_value <= -0.3:
            combined[event] = value - POLARITY_PENALTY
    if ruled and not any(e in lexical and e != ruled for e in SERIOUS):
        # the words decide it (the first rule that applies): above whatever else the sentence resembles,
        # unless it also tells a death or a danger in words
        combined[ruled] = max(combined[ruled], RULE_SCORE, max(v for e, v in combined.items() if e != ruled) + 0.01)
    ranked = sorted(combined.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    if score < MIN_SCORE and felt_only:
        out.felt, out.how = felt_only, "words"
    if score >= MIN_SCORE:
        out.event, out.situation, out.score = best, EVENTS[best].situation, round(min(1.0, score), 3)
        out.how = ("words" if best == ruled or not scores else "meaning and words" if best in lexical else "meaning")
        out.felt = ruled_felt if best == ruled else ""
        out.ruled = best == ruled
        out.nearest = nearest
        for other, other_score in ranked[1:4]:  # the other side of mixed news (told in words, when words decide)
            if other_score >= MIN_SCORE + 0.04 and EVENTS[other].polarity * EVENTS[best].polarity < 0 and (
                    best != ruled or other in lexical):
                out.second = other
                break
    out.who, out.who_kind, out.who_word = who_of(text, out.event)
    return attach_feeling(out, text, affect_feelings, core)


def attach_feeling(out: Situation, text: str, affect_feelings: list[tuple[str, float]] | None = None,
                   core: str = "") -> Situation:
    """Sets the fine-grained feeling of ``out``: a feeling the words name (of the ``core``
    emotion, when given), else the fused feelings, else the event's usual one."""
    from emoomni_ros import labels

    out.feeling, out.feeling_source = "", ""

    named = feelings_in(text)
    out.feeling_words = [w for _, w in named]
    fused = [(name, score) for name, score in (affect_feelings or []) if score >= 0.2
             and (not core or labels.FEELINGS[name] == core)]
    if named and (not core or any(labels.FEELINGS[n] == core for n, _ in named)):
        pick = next((n for n, _ in named if not core or labels.FEELINGS[n] == core), named[0][0])
        out.feeling, out.feeling_source = pick, "words"
    elif fused:
        out.feeling, out.feeling_source = fused[0][0], "affect"
    elif out.event and EVENTS[out.event].feeling and (not core or labels.FEELINGS[EVENTS[out.event].feeling] == core):
        out.feeling, out.feeling_source = EVENTS[out.event].feeling, "event"
    return out
