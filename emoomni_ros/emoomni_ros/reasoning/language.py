"""Reading an utterance without a language model: what kind of speech act it is (question,
request for advice, good news, complaint, venting, greeting), which emotion words it uses, its
sentiment, its key clause reflected into the second person ("I lost my job" -> "you lost your
job") and its topic ("your job"). The embedded reasoner builds on this."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")

# Emotion words per core label (stems matched at word starts).
EMOTION_WORDS: dict[str, tuple[str, ...]] = {
    "joy": ("happy", "glad", "thrilled", "excited", "delighted", "overjoyed", "proud", "great", "amazing",
            "wonderful", "fantastic", "awesome", "love", "yay", "hooray", "celebrat", "ecstatic", "relieved"),
    "sadness": ("sad", "down", "depressed", "unhappy", "miserable", "heartbroken", "cry", "crying", "tears",
                "lonely", "alone", "miss", "empty", "hopeless", "grief", "griev", "devastated", "hurt", "lost"),
    "anger": ("angry", "furious", "mad", "pissed", "annoyed", "irritat", "frustrat", "livid", "outraged",
              "hate", "fed up", "sick of", "can't stand", "ridiculous", "unfair", "unacceptable"),
    "fear": ("scared", "afraid", "worried", "worry", "anxious", "nervous", "panic", "terrified", "frighten",
             "dread", "what if", "stressed", "overwhelm", "uneasy"),
    "disgust": ("disgust", "gross", "revolting", "sickening", "nasty", "vile", "yuck", "eww"),
    "surprise": ("surprised", "shocked", "can't believe", "cannot believe", "no way", "unexpected", "wow",
                 "out of nowhere", "suddenly"),
}
_EMOJI: dict[str, str] = {
    **dict.fromkeys("😀😃😄😁😊🙂😍🥳🎉❤😆🤩😂", "joy"),
    **dict.fromkeys("😢😭😞☹🙁💔😔😿", "sadness"),
    **dict.fromkeys("😠😡🤬👿", "anger"),
    **dict.fromkeys("😨😰😱😟😬", "fear"),
    **dict.fromkeys("🤢🤮", "disgust"),
    **dict.fromkeys("😮😲😯🤯", "surprise"),
}


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


ADVICE = _rx(r"should i", r"what (?:should|can|do) i do", r"how (?:do|can|should) i",
             r"any (?:advice|tips|ideas|suggestions)",
             r"(?:can|could) you (?:help|advise)", r"help me (?:decide|figure|with|choose)", r"what would you do",
             r"do you think i should", r"is it (?:a )?good idea", r"which (?:one )?should", r"need (?:some )?advice",
             r"what(?:'s| is) the best way", r"how to (?:deal|cope|handle|stop|get)")
GOOD_EVENT = _rx(r"passed", r"won", r"promoted", r"promotion", r"engaged", r"got married", r"accepted", r"hired",
                 r"graduated", r"aced", r"nailed", r"got the (?:job|part|offer|place|apartment|house|role)",
                 r"got (?:a|my) (?:raise|bonus|offer|scholarship|visa|license|licence)", r"got in", r"made it",
                 r"good news", r"great news", r"guess what", r"(?:she|he|they) said yes", r"new baby",
                 r"(?:i'?m|we'?re) pregnant", r"best day", r"finally (?:did|got|finished|made)", r"finished my",
                 r"can'?t wait", r"so excited", r"birthday")
BAD_EVENT = _rx(r"lost", r"died", r"passed away", r"fired", r"laid off", r"broke up", r"dumped", r"divorce",
                r"failed", r"rejected", r"sick", r"ill", r"hospital", r"cancer", r"injured", r"accident",
                r"funeral", r"alone", r"lonely", r"miss (?:him|her|them|my)", r"break-?up", r"diagnosed",
                r"bullied", r"cheated")
COMPLAINT = _rx(r"keeps? (?:\w+ing)", r"doesn'?t work", r"does not work", r"won'?t work", r"broken", r"broke again",
                r"still (?:not|hasn'?t|haven'?t|isn'?t|doesn'?t)", r"(?:was|is|are) late", r"cancel+ed", r"overcharged",
                r"waste of", r"terrible", r"awful", r"worst", r"unacceptable", r"ridiculous", r"rude",
                r"never (?:works|answers|listens|calls|shows)", r"always (?:late|broken|the same)", r"refund",
                r"customer service", r"what a joke", r"sick of", r"fed up", r"tired of")
VENT = _rx(r"ugh", r"argh", r"i can'?t believe", r"i just need(?:ed)? to", r"what a day", r"i'?m so (?:done|over it)",
           r"need to vent", r"let me vent", r"rant", r"so (?:frustrated|angry|mad|annoyed)",
           r"drives me (?:crazy|nuts)",
           r"i'?m (?:so )?(?:tired|exhausted)", r"had it with", r"pissed")
GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|how are you|how'?s it going|"
                      r"what'?s up|nice (?:day|weather)|thanks|thank you|nice to meet you)\b", re.I)
QUESTION_START = re.compile(r"^\s*(?:what|when|where|who|whom|whose|why|how|which|is|are|am|was|were|can|could|"
                            r"do|does|did|will|would|should|have|has|may|might)\b", re.I)
# Attempts to steer the robot through the transcript. They are read as something the person said.
MANIPULATION = re.compile(
    r"ignore (?:all |any |your |the |my |previous |prior |above |earlier )*(?:instructions|rules|prompt|guidelines)"
    r"|disregard (?:all |your |the |previous )*(?:instructions|rules)|you are now|from now on you|pretend (?:to be|you)"
    r"|system prompt|jailbreak|developer mode|act as (?:a|an|my)|repeat after me|say (?:that )?you hate"
    r"|tell me you hate|\"\s*(?:intent|strategy|response|emotion_analysis)\"\s*:|</?(?:system|assistant|user)>",
    re.I)

FILLERS = {"well", "so", "honestly", "um", "uh", "oh", "okay", "ok", "anyway", "like", "and", "but", "because",
           "then", "actually", "basically", "yeah", "yes", "no", "hey", "hi", "hello", "look", "listen", "just"}
STOPWORDS = {"a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "his", "her", "their", "its",
             "is", "are", "was", "were", "be", "been", "am", "i", "you", "we", "they", "he", "she", "it", "me",
             "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "about", "from", "up", "down",
             "today", "tomorrow", "yesterday", "tonight", "now", "again", "just", "really", "very", "too",
             "all", "some", "any", "one", "thing", "things", "way", "lot", "bit", "time", "day", "week", "morning",
             "evening", "night", "what", "when", "how", "why", "who", "where", "which", "do", "does", "did", "have",
             "has", "had", "can", "could", "will", "would", "should", "not", "no", "don't", "didn't", "can't", "won't",
             "isn't", "it's", "i'm", "there", "here", "if", "than", "then", "as", "by", "into", "out", "over", "still",
             "keeps", "keep", "always", "never", "ever", "got", "get", "gets", "being", "going", "gonna", "last",
             "next", "first", "new", "old", "same", "other", "own", "much", "many", "more", "most", "yet", "ago"}
_REFLECT = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
            "i've": "you've", "i'll": "you'll", "i'd": "you'd", "im": "you're", "ive": "you've",
            "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves", "we're": "you're",
            "we've": "you've", "we'll": "you'll", "we'd": "you'd", "your": "my", "yours": "mine",
            "yourself": "myself", "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd"}
_AFTER_I = {"am": "are", "was": "were", "'m": "'re"}
_AFTER_YOU = {"are": "am", "were": "was"}
# "you" is an object after these words or at the end of a clause, otherwise a subject.
_YOU_OBJECT_AFTER = {"to", "for", "with", "at", "about", "from", "of", "on", "by", "like", "than", "tell", "told",
                     "thank", "thanks", "love", "see", "saw", "miss", "help", "ask", "asked", "give", "gave", "call",
                     "trust", "need", "want", "believe", "hear", "heard", "let", "make", "made", "bother", "met"}
_AUX_BEFORE_YOU = {"are": "am", "were": "was", "do": "do", "did": "did", "can": "can", "could": "could",
                   "will": "will", "would": "would", "have": "have", "should": "should", "aren't": "am not"}
# Words that follow a noun but are verbs ("the pharmacy open", "my roommate ate").
_VERBS = {"open", "opens", "close", "closes", "start", "starts", "work", "works", "said", "says", "told", "died",
          "left", "broke", "went", "came", "ate", "made", "make", "go", "goes", "come", "comes", "ran", "run", "runs",
          "took", "takes", "called", "calls", "keeps", "stopped", "won", "lost", "got", "gave", "hates", "loves"}
_NP = re.compile(r"\b(my|our|the|this|that|his|her|their|a|an)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?", re.I)
_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:–—]|\s-\s|\band\b|\bbut\b|\bbecause\b|\bso\b)\s*", re.I)


@dataclass
class Utterance:
    """What the words of one utterance show (see ``read``)."""

    text: str
    words: list[str]
    is_question: bool = False
    advice: bool = False
    good_event: bool = False
    bad_event: bool = False
    complaint: bool = False
    vent: bool = False
    greeting: bool = False
    manipulation: bool = False
    emotion_words: dict[str, list[str]] = field(default_factory=dict)
    sentiment: float = 0.0
    clause: str = ""  # key clause, reflected to the second person
    topic: str = ""  # key noun phrase, reflected ("your job"), or ""
    quote: str = ""  # the key clause as the person said it

    @property
    def empty(self) -> bool:
        return not self.words

    def strongest_emotion(self) -> str | None:
        if not self.emotion_words:
            return None
        return max(self.emotion_words, key=lambda name: len(self.emotion_words[name]))


@lru_cache(maxsize=1)
def _vader():
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # sentiment then comes from the emotion words alone
        return None
    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER compound score in [-1, 1] (emotion-word balance when VADER is missing)."""
    analyzer = _vader()
    if analyzer is not None:
        return float(analyzer.polarity_scores(text[:2000])["compound"])
    found = find_emotion_words(text)
    pos = len(found.get("joy", []))
    neg = sum(len(v) for k, v in found.items() if k not in ("joy", "surprise"))
    return 0.0 if pos == neg else (pos - neg) / (pos + neg)


def find_emotion_words(text: str) -> dict[str, list[str]]:
    lowered = text.lower().replace("’", "'")
    found: dict[str, list[str]] = {}
    for label, stems in EMOTION_WORDS.items():
        for stem in stems:
            match = re.search(r"\b" + re.escape(stem) + r"[a-z]*", lowered)
            if match and match.group(0) not in found.get(label, []):
                found.setdefault(label, []).append(match.group(0))
    for char in text:
        label = _EMOJI.get(char)
        if label:
            found.setdefault(label, []).append(char)
    # "not happy", "don't feel great": a negated joy word is not joy.
    if "joy" in found and re.search(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?(?:" + "|".join(
            re.escape(w) for w in found["joy"] if w.isalpha()) + r")\b", lowered):
        found["sadness"] = found.get("sadness", []) + [f"not {found['joy'][0]}"]
        del found["joy"]
    return found


def reflect(text: str) -> str:
    """First person -> second person and back ("I was late for my exam" -> "you were late for your exam")."""
    tokens = re.findall(r"[A-Za-z'’]+|[^A-Za-z'’\s]+", text.replace("’", "'"))
    out: list[str] = []
    for i, token in enumerate(tokens):
        low = token.lower()
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if low in _AFTER_I and prev in ("i", "you"):
            word = _AFTER_I[low] if prev == "i" else _AFTER_YOU.get(low, low)
        elif low in _AFTER_YOU and prev == "you":
            word = _AFTER_YOU[low]
        elif low == "you":
            at_end = not nxt or not nxt[:1].isalpha()
            if prev in _AUX_BEFORE_YOU and out:
                out[-1] = _AUX_BEFORE_YOU[prev] if out[-1].islower() else _AUX_BEFORE_YOU[prev].capitalize()
                word = "I"
            else:
                word = "me" if (at_end or prev in _YOU_OBJECT_AFTER) and i else "I"
        elif low in _REFLECT:
            word = _REFLECT[low]
        elif low == "am" and nxt == "i":
            word = "are"
        else:
            word = token
        out.append(word)
    joined = ""
    for word in out:
        if joined and re.match(r"[A-Za-z]", word[:1]) and not joined.endswith(("'", "(", "\"")):
            joined += " "
        elif joined and word[:1] in "\"(" :
            joined += " "
        joined += word
    return re.sub(r"\s+([,.!?;:])", r"\1", joined).strip()


def _strip_fillers(words: list[str]) -> list[str]:
    while words and words[0].lower().strip(",.!") in FILLERS:
        words = words[1:]
    return words


def key_clause(text: str, max_words: int = 14) -> str:
    """The most telling clause as the person said it: the sentence with the most first-person,
    emotion and event content (statements before questions), fillers and trailing punctuation
    removed, cut at a clause boundary when long."""
    sentences = [s.strip() for s in _SENT_SPLIT.split(text) if _WORD.search(s)]
    if not sentences:
        return ""

    def score(sentence: str) -> float:
        low = sentence.lower()
        value = 2.0 * bool(re.search(r"\b(i|i'm|i've|my|me|we|our)\b", low))
        value += 2.0 * len(find_emotion_words(sentence))
        value += 2.0 * bool(GOOD_EVENT.search(sentence) or BAD_EVENT.search(sentence) or COMPLAINT.search(sentence))
        value += 1.5 * bool(ADVICE.search(sentence))
        value -= 1.0 * bool(GREETING.match(sentence))
        value += min(len(sentence.split()), 8) / 8.0
        return value

    best = max(sentences[:50], key=score)
    words = _strip_fillers([w if len(w) <= 30 else w[:30] + "…" for w in best.split()])
    if len(words) > max_words:
        clauses = [c for c in _CLAUSE_BREAK.split(" ".join(words)) if c and _WORD.search(c)]
        scored = [c for c in clauses if 2 <= len(c.split()) <= max_words]
        words = (max(scored, key=score) if scored else " ".join(words[:max_words])).split()
        words = _strip_fillers(words)
    clause = " ".join(words).strip().rstrip(".!?,;:")
    return clause[:1].lower() + clause[1:] if clause[:2] not in ("I ", "I'") and clause != "I" else clause


def topic(text: str) -> str:
    """The key noun phrase, reflected ("my new job" -> "your new job"); "" when none is found."""
    best, best_score = "", -1.0
    for match in _NP.finditer(text.replace("’", "'")):
        det, first, second = match.group(1).lower(), match.group(2).lower(), (match.group(3) or "").lower()
        if first in STOPWORDS or first in _VERBS:
            continue
        keep_second = second and second not in STOPWORDS and second not in _VERBS and not second.endswith("ly")
        words = [first] + ([second] if keep_second else [])
        # "my job is" -> "my job"; "the train was" -> "the train"; prefer possessives and longer nouns.
        score = 2.0 * (det in ("my", "our")) + 0.5 * (det in ("the", "this", "that")) + len(words[-1]) / 10.0
        if words[-1].endswith(("ing", "ed")) and len(words) > 1:
            words = words[:1]
        if score > best_score:
            best, best_score = " ".join([_REFLECT.get(det, det), *words]), score
    return best


def read(text: str) -> Utterance:
    """Everything the embedded reasoner uses from the words."""
    text = " ".join(str(text).split())
    words = _WORD.findall(text)
    low = text.lower().replace("’", "'")
    is_question = text.rstrip().endswith("?") or bool(QUESTION_START.match(text) and len(words) > 2)
    quote = key_clause(text)
    return Utterance(
        text=text,
        words=words,
        is_question=is_question,
        advice=bool(ADVICE.search(low)),
        good_event=bool(GOOD_EVENT.search(low)),
        bad_event=bool(BAD_EVENT.search(low)),
        complaint=bool(COMPLAINT.search(low)),
        vent=bool(VENT.search(low)),
        greeting=bool(GREETING.match(low)),
        manipulation=bool(MANIPULATION.search(text)),
        emotion_words=find_emotion_words(text),
        sentiment=sentiment(text) if words or any(c in _EMOJI for c in text) else 0.0,
        clause=reflect(quote) if quote else "",
        topic=topic(quote) or topic(text[:400]),
        quote=quote,
    )
