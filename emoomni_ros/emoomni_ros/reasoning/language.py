"""Reading an utterance without a language model: what kind of speech act it is (question,
request for advice, good news, complaint, venting, greeting), which emotion words it uses, its
sentiment, its key clause reflected into the second person ("I lost my job" -> "you lost your
job") and its topic ("your job"). The embedded reasoner builds on this. The emotion words, emoji and
the VADER analyser come from the shared lexicon (``emoomni_ros.lexicon``)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from emoomni_ros import lexicon, paths

# A word in any script ("très", "难过" count as words), or a number.
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_TAG = re.compile(r"<[^<>]{0,400}>")

# Emotion words per core label, stems matched at word starts ("celebrat" finds "celebrated"), and
# the emoji that show one emotion: the shared lexicon's (``emoomni_ros.lexicon``).
EMOTION_WORDS: dict[str, tuple[str, ...]] = lexicon.REASONER_STEMS
_EMOJI: dict[str, str] = lexicon.EMOJI


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


ADVICE = _rx(r"should i", r"what (?:should|can|do) i do", r"how (?:do|can|should) i",
             r"any (?:advice|tips|ideas|suggestions)",
             r"(?:can|could) you (?:help|advise)", r"help me (?:decide|figure|with|choose)", r"what would you do",
             r"do you think i should", r"is it (?:a )?good idea", r"which (?:one )?should", r"need (?:some )?advice",
             r"what(?:'s| is) the best way", r"how to (?:deal|cope|handle|stop|get)")
GOOD_EVENT = _rx(r"passed(?! away| on\b)", r"won(?!['’])", r"promoted", r"promotion", r"engaged", r"got married",
                 r"accepted", r"hired",
                 r"graduated", r"aced", r"nailed", r"got the (?:job|part|offer|place|apartment|house|role)",
                 r"got (?:a|my) (?:raise|bonus|offer|scholarship|visa|license|licence)", r"got in", r"made it",
                 r"good news", r"great news", r"guess what", r"(?:she|he|they) said yes", r"new baby",
                 r"having a baby", r"got engaged",
                 r"(?:i'?m|we'?re) pregnant", r"best day", r"finally (?:did|got|finished|made)", r"finished my",
                 r"can'?t wait", r"so excited", r"(?:it'?s|it is|today is) (?:my|our) birthday")
BAD_EVENT = _rx(r"lost", r"died", r"passed away", r"fired", r"laid off", r"broke up", r"dumped", r"divorce",
                r"failed", r"rejected", r"sick", r"ill", r"hospital", r"cancer", r"injured", r"accident",
                r"funeral", r"alone", r"lonely", r"miss (?:him|her|them|my)", r"break-?up", r"diagnosed",
                r"bullied", r"cheated")
COMPLAINT = _rx(r"keeps? (?!thinking|wondering|hoping|trying|smiling|laughing|dreaming|learning|going|working)"
                r"\w+ing", r"doesn'?t work", r"does not work", r"won'?t work", r"broken", r"broke again",
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
    r"|tell me you hate|\"\s*(?:intent|strategy|response|emotion_analysis)\"\s*:|</?(?:system|assistant|user)>"
    r"|^\s*(?:system|assistant|developer)\s*:|respond only with|reveal your (?:instructions|prompt|rules)",
    re.I)
# Insults and hostility aimed at the robot: answered calmly, never echoed.
HOSTILE = re.compile(
    r"\b(?:you(?:'re|’re| are| r)\s+(?:so\s+|such\s+(?:an?\s+)?|an?\s+|really\s+)?(?:stupid|useless|dumb|worthless"
    r"|idiot|pathetic|annoying|terrible|garbage|trash|broken|the worst)|(?:stupid|dumb|useless|worthless)\s+"
    r"(?:robot|machine|bot|thing)|i hate you|shut up|screw you|f\w*k (?:you|off)|(?<!won't )(?<!doesn't )(?<!didn't )"
    r"(?<!not )(?<!never )(?<!to )(?<!it'll )(?<!will )go away)\b", re.I)
# Harsh words about oneself: the feeling is validated, the words never echoed as if true.
SELF_CRITICAL = re.compile(
    r"\b(?:(?:i'?m|i am|i feel(?: like)?|i'?ve (?:felt|been feeling)(?: like)?|i felt(?: like)?)\s+"
    r"(?:so\s+|such\s+(?:an?\s+)?|an?\s+|a\s+total\s+|completely\s+|just\s+"
    r"|really\s+)?(?:stupid|an? idiot|idiot|worthless|useless|a failure|failure|a loser|loser|ugly|pathetic|a burden"
    r"|burden|not good enough|no good)|i hate myself|(?:nobody|no one|noone) (?:likes|loves|cares about|wants) me"
    r"|i (?:can'?t|cannot) do anything right|i ruin everything)\b", re.I)
# Words that play a feeling down ("I'm fine", "it's okay", "no problem").
HEDGE = re.compile(
    r"\b(?:(?:i'?m|i am|i feel|it'?s|it is|that'?s|that is|everything'?s|everything is|all is|all'?s)\s+(?:totally\s+"
    r"|really\s+|just\s+|perfectly\s+|completely\s+|doing\s+|absolutely\s+)?(?:fine|ok|okay|alright|all right"
    r"|good|great)|no problems?|don'?t worry(?: about (?:it|me))?|whatever|i guess|never mind|nothing'?s wrong)\b",
    re.I)
# Frequent English words: too few of them in a longer utterance means another language.
COMMON_ENGLISH = frozenset("""a about after again all also always am an and any are as at away back bad be because
been before being best better big but by can can't come could day did didn't do does don't down even every feel
feeling felt fine for from get getting go going good got great had has have he her here him his home how i i'm i've
if in into is isn't it it's just know last let life like little look lot love made make many me more morning most
much my need never new next night no not nothing now of off oh ok okay old on one only or other our out over people
really right said same say see she should so some something still such sure take tell than thank thanks that
that's the their them then there these they thing things think this those time to today told too try up us very
want was we well went were what when where which while who why will with won't work would yeah yes yet you your
you're""".split())


FILLERS = {"well", "so", "honestly", "um", "uh", "oh", "okay", "ok", "anyway", "like", "and", "but", "because",
           "then", "actually", "basically", "yeah", "yes", "no", "hey", "hi", "hello", "look", "listen", "just",
           "haha", "hahaha", "lol", "ugh", "argh", "wow", "man", "omg", "hmm", "huh", "gosh", "sigh"}
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
# Stop words that still start a noun phrase ("my new job", "the last train").
_ADJECTIVES = {"new", "old", "last", "first", "next", "own", "other", "same"}
_NP = re.compile(r"\b(my|our|the|this|that|his|her|their|a|an)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?", re.I)
_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")
# ("so" is no break: "I'm so angry" is one clause.)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:–—]|\s-\s|\band\b|\bbut\b|\bbecause\b|\bso that\b)\s*", re.I)
# Parts of a sentence that carry one idea each ("I got the job | but honestly I'm scared ...").
_PART_BREAK = re.compile(r"\s*(?:[,;:–—]|\s-\s|\bbut\b|\bbecause\b|\balthough\b|\bthough\b"
                         r"|\band(?=\s+(?:i|i'm|i've|it|it's|we|now)\b))\s*", re.I)


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
    hostile: bool = False  # insults aimed at the robot
    self_critical: bool = False  # harsh words about oneself ("I'm such an idiot")
    hedge: bool = False  # the words play a feeling down ("I'm fine", "it's okay")
    foreign: bool = False  # most likely not English
    markup: bool = False  # tags or entities were removed from the text
    asks_how_i_am: bool = False  # "how are you?"
    emotion_words: dict[str, list[str]] = field(default_factory=dict)
    sentiment: float = 0.0
    clause: str = ""  # key clause, reflected to the second person
    topic: str = ""  # key noun phrase, reflected ("your job"), or ""
    quote: str = ""  # the key clause as the person said it
    good_clause: str = ""  # the clause with the good news, reflected ("you got the job")
    worry_clause: str = ""  # a clause with a worry or sadness in it, reflected ("you're scared you won't ...")
    kind_clause: str = ""  # the key clause among those without harsh self-talk, reflected ("you forgot ...")

    @property
    def empty(self) -> bool:
        return not self.words

    def strongest_emotion(self) -> str | None:
        if not self.emotion_words:
            return None
        return max(self.emotion_words, key=lambda name: len(self.emotion_words[name]))


def sentiment(text: str) -> float:
    """VADER compound score in [-1, 1] (emotion-word balance when VADER is missing)."""
    analyzer = lexicon.vader()  # None without vaderSentiment: the emotion words alone then
    if analyzer is not None:
        return float(analyzer.polarity_scores(text[:2000])["compound"])
    found = find_emotion_words(text)
    pos = len(found.get("joy", []))
    neg = sum(len(v) for k, v in found.items() if k not in ("joy", "surprise"))
    return 0.0 if pos == neg else (pos - neg) / (pos + neg)


_STEM_PATTERNS = {label: [(stem, re.compile(r"\b" + re.escape(stem) + r"[a-z]*")) for stem in stems]
                  for label, stems in EMOTION_WORDS.items()}


def find_emotion_words(text: str) -> dict[str, list[str]]:
    lowered = text.lower().replace("’", "'")
    found: dict[str, list[str]] = {}
    for label, stems in _STEM_PATTERNS.items():
        for stem, pattern in stems:
            if stem not in lowered:  # cheap test first: the pattern needs the stem as written
                continue
            match = pattern.search(lowered)
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


_CHUNK = re.compile(r"^(\W*?)(\w(?:[\w'-]*\w)?)?(\W*)$")


def reflect(text: str) -> str:
    """First person -> second person and back ("I was late for my exam" -> "you were late for your exam").
    Works word by word on the whitespace-separated chunks (their punctuation and spacing are kept)."""
    chunks = text.replace("’", "'").split()
    parsed = [_CHUNK.match(c) for c in chunks]
    cores = [(m.group(2) or "").lower() if m else "" for m in parsed]
    out: list[list[str]] = []  # [prefix, word, suffix] per chunk
    for i, (chunk, m) in enumerate(zip(chunks, parsed, strict=True)):
        if m is None or not m.group(2):
            out.append(["", chunk, ""])
            continue
        prefix, token, suffix = m.group(1), m.group(2), m.group(3)
        low = cores[i]
        # the neighbour words count only when no punctuation separates them from this one
        prev = cores[i - 1] if i and out[-1][2] == "" and prefix == "" else ""
        nxt = cores[i + 1] if i + 1 < len(chunks) and suffix == "" else ""
        if low in _AFTER_I and prev in ("i", "you"):
            word = _AFTER_I[low] if prev == "i" else _AFTER_YOU.get(low, low)
        elif low in _AFTER_YOU and prev == "you":
            word = _AFTER_YOU[low]
        elif low == "you":
            at_end = not nxt
            if prev in _AUX_BEFORE_YOU and out:
                before = out[-1][1]
                out[-1][1] = _AUX_BEFORE_YOU[prev] if before[:1].islower() else _AUX_BEFORE_YOU[prev].capitalize()
                word = "I"
            else:
                word = "me" if (at_end or prev in _YOU_OBJECT_AFTER) and i else "I"
        elif low in _REFLECT:
            word = _REFLECT[low]
        elif low == "am" and nxt == "i":
            word = "are"
        else:
            word = token
        out.append([prefix, word, suffix])
    return " ".join("".join(part) for part in out).strip()


_REPEATED = re.compile(r"\b(\w+)(?:[\s,]+\1\b){2,}", re.I)  # "really really really" -> "really"


def _strip_fillers(words: list[str]) -> list[str]:
    while words and words[0].lower().strip(",.!") in FILLERS:
        words = words[1:]
    return words


def _score(sentence: str) -> float:
    """How telling a sentence or clause is: first person, emotion words, events, advice requests."""
    low = sentence.lower()
    value = 2.0 * bool(re.search(r"\b(i|i'm|i've|my|me|we|our)\b", low))
    value += 2.0 * len(find_emotion_words(sentence))
    value += 2.0 * bool(GOOD_EVENT.search(sentence) or BAD_EVENT.search(sentence) or COMPLAINT.search(sentence))
    value += 1.5 * bool(ADVICE.search(sentence))
    value -= 1.0 * bool(GREETING.match(sentence))
    value += min(len(sentence.split()), 8) / 8.0
    return value


def _lower_first(clause: str) -> str:
    return clause[:1].lower() + clause[1:] if clause[:2] not in ("I ", "I'") and clause != "I" else clause


def key_clause(text: str, max_words: int = 14) -> str:
    """The most telling clause as the person said it: the sentence with the most first-person,
    emotion and event content (statements before questions), fillers, repeats ("really really
    really") and trailing punctuation removed, cut at a clause boundary when long."""
    sentences = [s.strip() for s in _SENT_SPLIT.split(text) if _WORD.search(s)]
    if not sentences:
        return ""
    best = _REPEATED.sub(r"\1", max(sentences[:50], key=_score))
    words = _strip_fillers([w if len(w) <= 30 else w[:30] + "…" for w in best.split()])
    if len(words) > max_words:
        clauses = [c for c in _CLAUSE_BREAK.split(" ".join(words)) if c and _WORD.search(c)]
        scored = [c for c in clauses if 2 <= len(c.split()) <= max_words]
        words = (max(scored, key=_score) if scored else " ".join(words[:max_words])).split()
        words = _strip_fillers(words)
    return _lower_first(" ".join(words).strip().rstrip(".!?,;:…"))


def clean_quote(text: str, max_words: int = 12) -> str:
    """The first ``max_words`` words of ``text`` as said, for quoting ("…" when cut)."""
    words = text.split()
    quote = " ".join(words[:max_words]).rstrip(".!?,;:")
    return quote + ("…" if len(words) > max_words else "")


def parts(text: str, max_words: int = 14) -> list[str]:
    """The short parts of an utterance that carry one idea each, as said (fillers removed)."""
    out = []
    for sentence in _SENT_SPLIT.split(_REPEATED.sub(r"\1", text))[:50]:
        for piece in _PART_BREAK.split(sentence):
            words = _strip_fillers((piece or "").split())
            clause = " ".join(words[:max_words]).strip().rstrip(".!?,;:")
            if clause and _WORD.search(clause):
                out.append(_lower_first(clause))
    return out


def topic(text: str) -> str:
    """The key noun phrase, reflected ("my new job" -> "your new job"); "" when none is found."""
    best, best_score = "", -1.0
    for match in _NP.finditer(text.replace("’", "'")):
        det, first, second = match.group(1).lower(), match.group(2).lower(), (match.group(3) or "").lower()
        keep_second = second and second not in STOPWORDS and second not in _VERBS and not second.endswith("ly")
        if first in _ADJECTIVES and keep_second:  # "my new job"
            words = [first, second]
        elif first in STOPWORDS or first in _VERBS:
            continue
        else:
            words = [first] + ([second] if keep_second else [])
        # "my job is" -> "my job"; "the train was" -> "the train"; prefer possessives and longer nouns.
        score = 2.0 * (det in ("my", "our")) + 0.5 * (det in ("the", "this", "that")) + len(words[-1]) / 10.0
        if words[-1].endswith(("ing", "ed")) and len(words) > 1:
            words = words[:1]
        if score > best_score:
            article = "the" if det in ("a", "an") else _REFLECT.get(det, det)  # "a baby" -> "the baby"
            best, best_score = " ".join([article, *words]), score
    return best


def strip_markup(text: str) -> str:
    """Tags (SSML, HTML) and entities removed; entities that hide tags ("&lt;break/&gt;") too."""
    for _ in range(3):
        previous = text
        text = html.unescape(_TAG.sub(" ", text))
        if text == previous:
            break
    return " ".join(_TAG.sub(" ", text).split())


# The project's own English sentences (what people tell a companion robot): about 3,500 everyday
# words ("water", "ceiling", "through") that a short common-word list and VADER's lexicon lack.
_ENGLISH_SENTENCE_FILES = ("situation_sentences.txt", "text_companion.txt")


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    analyzer = lexicon.vader()
    valences = set(analyzer.lexicon) if analyzer is not None else set()
    seen: set[str] = set()
    for name in _ENGLISH_SENTENCE_FILES:
        try:
            lines = (paths.DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        except OSError:  # an installation without the data files: the lists below still hold
            continue
        for line in lines:
            if not line.startswith("#"):
                seen.update(re.findall(r"[a-z']+", line.lower()))
    return frozenset(COMMON_ENGLISH | STOPWORDS | FILLERS | valences | seen)


def looks_foreign(text: str, words: list[str]) -> bool:
    """True when the words are most likely not English: mostly non-Latin letters, or (three words
    or more) fewer than a quarter of them common English words."""
    letters = [ch for ch in text if ch.isalpha()]
    if not words or not letters:
        return False
    if sum(not ch.isascii() for ch in letters) / len(letters) > 0.3:
        return True
    vocabulary = _english_vocabulary()
    english = sum(w.lower().replace("’", "'") in vocabulary for w in words)
    return len(words) >= 3 and english / len(words) < 0.25


# Figures of speech read literally for sentiment and emotion words ("killed it" is praise, "this
# traffic is killing me" annoyance, "dying to see" eagerness).
FIGURATIVE_MEANING: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"\b(?:absolutely |totally |really )?killed it\b", "did brilliantly"),
    (r"\b(?:is|are|was|were|'s|'re)\s+(?:literally\s+|honestly\s+|totally\s+|just\s+)?(?:killing|murdering) me\b",
     "is driving me mad"),
    (r"\b(?:i'?m |i am )?dying (?:to|for)\b", "eager to"),
    (r"\bcould (?:just )?kill for\b", "would love"),
    (r"\b(?:phone|battery|laptop|car|tv|computer|charger)\s+(?:just\s+)?died\b", "switched off"),
    (r"\b(phone|battery|laptop|car battery|tv|computer|tablet|mobile|torch|remote)(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?"
     r"dead\b", r"\1 is flat"),
    (r"\b(?:nearly |almost |just )?(?:died|dying|died of) laughing\b", "laughed so hard"),
    (r"\bbored to death\b", "very bored"),
))


def literal(text: str) -> str:
    for pattern, meaning in FIGURATIVE_MEANING:
        text = pattern.sub(meaning, text)
    return text


def read(text: str) -> Utterance:
    """Everything the embedded reasoner uses from the words. Markup is removed first; instructions
    in the words are detected on the text as given."""
    raw = " ".join(str(text).split())
    text = strip_markup(raw)
    words = _WORD.findall(text)
    low = text.lower().replace("’", "'")
    is_question = text.rstrip().endswith("?") or bool(QUESTION_START.match(text) and len(words) > 2)
    foreign = looks_foreign(text, words)
    quote = key_clause(text) if not foreign else ""
    pieces = parts(text) if not foreign else []
    good = next((p for p in pieces if GOOD_EVENT.search(p)), "")
    worry = next((p for p in pieces if p != good and {"fear", "sadness"} & set(find_emotion_words(p))), "")
    kind = [p for p in pieces if not SELF_CRITICAL.search(p) and not HOSTILE.search(p) and len(p.split()) >= 2]
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
        manipulation=bool(MANIPULATION.search(raw)),
        hostile=bool(HOSTILE.search(low)),
        self_critical=bool(SELF_CRITICAL.search(low)),
        hedge=bool(HEDGE.search(low)),
        foreign=foreign,
        markup=text != raw,
        asks_how_i_am=bool(re.search(r"\bhow (?:are|r) (?:you|u)\b|\bhow'?s it going\b|\bhow are things\b", low)),
        emotion_words=find_emotion_words(literal(text)),
        sentiment=sentiment(literal(text)) if words or any(c in _EMOJI for c in text) else 0.0,
        clause=reflect(quote) if quote else "",
        topic=(topic(quote) or topic(text[:400])) if not foreign else "",
        quote=quote,
        good_clause=reflect(good) if good else "",
        worry_clause=reflect(worry) if worry else "",
        kind_clause=reflect(max(kind, key=_score)) if kind else "",
    )
