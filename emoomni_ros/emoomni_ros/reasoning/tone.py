"""The tone guard: a reply whose tone contradicts what the person feels is caught, whatever wrote it.

``read`` turns what is known about the person (the fused affect: felt label, valence, confidence,
fine-grained feelings, a conflict; the situation the reasoner named; a safety concern; the person's
own words) into a ``Reading``; ``violation(reply, reading)`` names the first tone of the reply that
contradicts it, or returns "":

* celebration ("congratulations", "fantastic", "how exciting", "celebrate", "lovely news") or
  amusement ("ha", "that made me smile", "how fun") at a loss or a negative reading;
* "you feel happy" / "you must be thrilled" / "glad to hear that" to grief or bad news;
* condolence or pity ("I'm so sorry", "that sounds painful", "oh no") at good news;
* anything flippant, amused, celebrating or dismissive ("no big deal", "cheer up") at a safety concern,
  and dismissing a loss ("cheer up", "look on the bright side", "get over it").

Mixed feelings keep both tones: good news told with a worry ("I got the job, but I'm scared") may be
congratulated and the worry met; pity is allowed when the words or a masked feeling carry something
hard. Words outweigh the affect here: the guard is a safety net over every backend's output, so it
only acts on clear contradictions (a negated phrase, "that's not great news", or a phrase quoted
from the person's own words is not one).

``safe_reply`` is what the engine says when a reply was rejected and nothing better is left: a short,
caring sentence consistent with the reading, or, at a concern, the safety reply with the deployment's
crisis resources. Both pass this guard and the persona check (tested).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from emoomni_ros import labels
from emoomni_ros.datatypes import AffectState, Concern
from emoomni_ros.reasoning import schema as S
from emoomni_ros.reasoning.word_rules import (
    ADOPTED,
    BABY_ARRIVED,
    BIG_BIRTHDAY,
    CAME_OUT_WELL,
    DATE_NERVES,
    DEBT_FREE,
    DIAGNOSIS_AT_LAST,
    FIRST_OUTING,
    GOOD_START,
    HOSTING_SUCCESS,
    LIFE_SUPPORT_END,
    LOVELY_CHAT,
    MADE_FAVOURITE,
    MIGHT_BE_PROMOTED,
    MOBILITY_BACK,
    MONEY_BACK,
    MYSELF_AGAIN,
    NEW_HOME,
    NOT_SERIOUS,
    ON_A_ROLL,
    PET_BIRTH,
    PROPOSAL,
    RELIEF_SAID,
    SAVED_AND_BOUGHT,
    TAUGHT_ME,
    TREAT,
    VISIT_COMING,
    WEIGHT_LOST,
    WILL_BE_OK,
)

NEGATIVE_LABELS = frozenset({"sadness", "fear", "anger", "disgust"})
NEGATIVE_FEELINGS = frozenset(name for name, core in labels.FEELINGS.items() if core in NEGATIVE_LABELS)
POSITIVE_FEELINGS = frozenset(name for name, core in labels.FEELINGS.items() if core == "joy")
NEGATIVE_SITUATIONS = frozenset({"loss", "loneliness", "rejection", "danger", "conflict", "pressure"})
POSITIVE_SITUATIONS = frozenset({"achievement"})
AFFECT_CONFIDENCE = 0.35  # a fused reading counts from this confidence (it reads as P(label is felt))
FEELING_SCORE = 0.3


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w'’])", re.I)


# -- the person's words -----------------------------------------------------------------------------
_KIN = (r"(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|baby|child|kid|brother|sister|"
        r"grand(?:ma|pa|mother|father|mum|dad)|nan|gran|granny|aunt|uncle|cousin|friend|best\s+friend|"
        r"boyfriend|girlfriend|fianc[ée]e?|dog|cat|pet|puppy|horse)")
# Figurative "death" words are no loss or danger ("I'm dying to see it", "that comedian killed it").
FIGURATIVE = _rx(
    r"dying\s+(?:to|for)", r"to\s+die\s+for", r"kill(?:ed|ing)?\s+(?:it|time)",
    r"(?:could|would)\s+(?:\w+\s+)?kill\s+for",
    r"(?:is|are|was|were|['’]s|['’]re)\s+(?:\w+\s+)?killing\s+me", r"murder(?:ing)?\s+me", r"died\s+laughing",
    r"(?:phone|battery|laptop|computer|car|tv|printer|engine|plant)\s+(?:just\s+)?(?:died|is\s+dead)",
    r"dead\s+tired", r"bored\s+to\s+death", r"could\s+(?:just\s+)?die\s+of\s+embarrassment",
    r"(?:rather|sooner)\s+die\s+than", r"(?:nearly|almost)\s+killed\s+me", r"bored\s+I\s+could\s+die",
    r"dead\s+(?:mouse|mice|bird|rat|frog|vole|shrew)",  # the cat's present
)
LOSS_WORDS = _rx(
    r"died(?!\s+(?:laughing|of\s+(?:laughter|embarrassment|boredom)))", r"passed\s+(?:away|on)",
    _KIN + r"\s+passed(?!\s+(?:the|my|his|her|their|a|an|all|out|by))", r"funeral", r"miscarr(?:iage|ied)",
    r"stillborn", r"widow(?:ed|er)?", r"lost\s+(?:my|our|her|his|the|their)\s+(?:\w+\s+)?" + _KIN,
    r"(?:was|were)\s+killed",
    r"death\s+of", r"(?:his|her|their)\s+death", r"put\s+(?:him|her|my\s+\w+)\s+down", r"no\s+longer\s+with\s+us",
    r"grie(?:f|ving|ve)", r"mourn(?:ing)?", r"(?:my|our)\s+" + _KIN + r"\s+(?:is|are)\s+gone", r"terminally\s+ill",
    LIFE_SUPPORT_END,
    r"(?:first|last)\s+\w+\s+without\s+(?:my|our|her|his)\s+" + _KIN, r"ashes", r"(?:she|he)['’]?s\s+gone",
    r"(?:she|he)\s+is\s+gone", r"won['’]?t\s+last\s+the\s+(?:week|night|day|month)", r"put\s+to\s+sleep",
)
GOOD_NEWS = _rx(
    r"got\s+(?:the|a|my|an|our)\s+(?:\w+\s+)?(?:job|offer|promotion|raise|part|role|place|scholarship|internship|"
    r"grant|contract|apartment|flat|house|visa|licen[cs]e|results?)",
    r"got\s+(?:in|into|accepted|engaged|married|promoted|hired|selected|better|the\s+all\s+clear)",
    r"(?:was|were|am|i['’]m|we['’]re|have\s+been|been|got)\s+(?:accepted|admitted|promoted|hired|selected)",
    r"passed\s+(?:my|the|our|her|his|all|every)?\s*(?:\w+\s+)?(?:exams?|tests?|interview|course|class|finals|"
    r"audition|boards|bar|thesis|defen[cs]e)",
    r"won(?!['’]t)", r"graduat(?:ed|ing)", r"cancer[\s-]+free", r"came\s+back\s+(?:clear|negative|clean|fine|normal)",
    r"remission", r"all\s+clear", r"clean\s+bill\s+of\s+health", r"engaged", r"promot(?:ed|ion)",
    r"having\s+a\s+baby", r"(?:is|was)\s+born", r"pregnant", r"recovered", r"made\s+it", r"it\s+worked",
    r"nailed\s+it", r"(?:good|great|amazing|wonderful|fantastic|best)\s+news", r"best\s+day", r"i\s+did\s+it",
    r"we\s+did\s+it", r"finally\s+(?:did|made|got|finished|passed|home|here)",
    r"(?:came|come|coming|going|go|back)\s+home\s+from\s+(?:the\s+)?hospital", r"out\s+of\s+(?:the\s+)?hospital",
    r"walking\s+again", r"benign", r"sober", r"paid\s+off", r"bonus", r"proposed", r"said\s+yes",
    r"first\s+(?:word|words|steps)", r"sold\s+my\s+first", r"adopted", r"handed\s+in\s+my",
    r"finished\s+my\s+(?:first\s+)?\w+",
    r"going\s+to\s+be\s+a\s+(?:grand(?:dad|pa|ma|mother|father|parent)|dad|mum|mom|father|mother|parent|aunt|uncle)",
    r"getting\s+married", r"walk\s+(?:her|him|me)\s+down\s+the\s+aisle",
    MOBILITY_BACK, HOSTING_SUCCESS, WEIGHT_LOST + r"[^.?!]*!", BIG_BIRTHDAY, MONEY_BACK, NEW_HOME, NOT_SERIOUS,
    DEBT_FREE, ON_A_ROLL, GOOD_START, TREAT, WILL_BE_OK, PROPOSAL, MYSELF_AGAIN, DIAGNOSIS_AT_LAST, PET_BIRTH,
    TAUGHT_ME, CAME_OUT_WELL, VISIT_COMING, LOVELY_CHAT, DATE_NERVES, ADOPTED, BABY_ARRIVED, RELIEF_SAID,
    SAVED_AND_BOUGHT, MIGHT_BE_PROMOTED, FIRST_OUTING, MADE_FAVOURITE,
    r"made\s+(?:it\s+)?up\s+(?:after|at\s+last)", r"finally\s+made\s+(?:it\s+)?up",
    r"reconciled",
    r"buried\s+the\s+hatchet",  # the reader's words (one list)
)
GLAD_WORDS = _rx(r"happy", r"excit(?:ed|ing)", r"proud", r"relieved", r"thrilled", r"grateful", r"delighted",
                 r"ecstatic", r"over\s+the\s+moon", r"can['’]?t\s+wait", r"yay", r"woo+hoo+", r"hooray")
BAD_WORDS = _rx(
    r"fired", r"laid\s+off", r"lost\s+(?:my|our)\s+(?:job|home|house|flat|apartment|money|savings)",
    r"dumped", r"broke\s+up", r"break\s*up", r"divorc\w*", r"rejected", r"failed", r"didn['’]?t\s+(?:get|make|pass)",
    r"cancer", r"tumou?r", r"diagnos\w*", r"hospital", r"sick", r"ill", r"illness", r"hurt", r"injur\w*",
    r"accident", r"evicted", r"debt", r"can['’]?t\s+(?:pay|afford|sleep|cope|breathe)", r"alone", r"lonely",
    r"loneliness", r"(?:no|any|a\s+single)\s+friends?", r"nobody", r"no\s+one", r"miss\s+(?:him|her|them|my)",
    r"scared", r"afraid", r"terrified", r"frightened", r"anxious", r"anxiety", r"worried", r"worry", r"nervous",
    r"panic\w*", r"depress\w*", r"sad", r"unhappy", r"heartbroken", r"devastated", r"crying", r"cried", r"hopeless",
    r"exhausted", r"overwhelmed", r"stressed", r"angry", r"furious", r"hate", r"awful", r"terrible", r"horrible",
    r"worst", r"bullied", r"followed", r"attacked", r"threaten\w*", r"robbed", r"stolen", r"abus\w*", r"unfair",
    r"humiliat\w*", r"ashamed", r"guilty", r"empty", r"numb", r"not\s+(?:sure|ready|good\s+enough)", r"struggling",
    r"quiet\s+now", r"dying", r"kill\w*", r"die", r"dead", r"yell\w*", r"shout\w*", r"scream\w*", r"argu\w*",
    r"fight\w*", r"fought", r"lost", r"lose", r"losing", r"pain(?!t)\w*", r"miserable", r"upset", r"frustrat\w*",
    r"hurt\w*", r"redundant", r"left\s+me", r"called\s+off", r"rejection", r"on\s+(?:my|your|our|his|her)\s+own",
    r"by\s+myself", r"invisible", r"ignor\w*", r"never\s+(?:answered|replied|called|came)", r"laugh\s+at\s+me",
    r"call\s+me\s+names", r"(?:wasn['’]?t|not)\s+(?:picked|chosen|invited)", r"knocked\s+out", r"froze",
    r"snapped", r"forgot", r"my\s+fault", r"stroke", r"intensive\s+care", r"headache", r"operation", r"surgery",
    r"going\s+wrong", r"dementia", r"worse", r"cough\w*", r"tired", r"fever", r"collapsed", r"bleeding",
    r"hits?\s+me", r"disgust\w*", r"shaking", r"sweating", r"barely", r"running\s+on\s+fumes", r"broke",
    r"declined", r"skip\w*\s+meals", r"don['’]?t\s+trust", r"picked\s+on", r"useless", r"stupid", r"idiot",
    r"failure", r"worthless", r"pathetic", r"hate\s+myself", r"mess(?:ed)?\s+up", r"ruined",
    r"(?:no|the)\s+point\s+(?:in|of|anymore)", r"forgetting", r"want\s+to\s+go\s+home", r"homesick",
    r"miss\s+(?:home|my\s+own)", r"stopped\s+working", r"cut\s+off",
)
AMUSED_WORDS = _rx(r"lol", r"lmao", r"haha\w*", r"hehe\w*", r"funny", r"hilarious", r"laugh\w*", r"😂", r"🤣")

# -- tones of the reply -----------------------------------------------------------------------------
_NOT_YOU = r"(?!\s+(?:that\s+you|you|of\s+you))"  # "it's great that you told me" is support, not celebration
CELEBRATION = _rx(
    r"congratulations", r"congrats", r"congratulate", r"celebrat(?:e|es|ed|ing|ion|ions)", r"fantastic",
    r"(?:how|so|that['’]?s|that\s+is|sounds)\s+(?:really\s+)?exciting" + _NOT_YOU,
    r"(?:great|good|wonderful|amazing|awesome|fantastic|lovely|brilliant|exciting|happy)\s+news", r"awesome",
    r"yay", r"hooray", r"hurray", r"woo+hoo+", r"high\s+five", r"(?:so\s+)?happy\s+for\s+you",
    r"(?:that['’]?s|that\s+is|how|what)\s+(?:so\s+|really\s+)?(?:great|wonderful|amazing|brilliant|fabulous|"
    r"terrific|marvell?ous|lovely|delightful)" + _NOT_YOU,
    r"(?:that|it)\s+sounds\s+(?:so\s+|really\s+)?(?:lovely|wonderful|amazing|great)" + _NOT_YOU,
    r"lovely!", r"wonderful!", r"amazing!", r"what\s+a\s+(?:great|wonderful|fun|lovely|happy)\s+(?:news|thing|day|"
    r"moment|surprise)", r"🎉", r"🥳", r"🎊",
)
AMUSEMENT = _rx(
    r"ha(?:ha)*", r"hah", r"he(?:he)+", r"lol", r"lmao", r"rofl", r"😂", r"🤣", r"😆", r"😄",
    r"(?:that|this|it)\s+made\s+me\s+(?:smile|laugh|chuckle|grin)", r"made\s+me\s+(?:smile|laugh|chuckle)",
    r"(?:that['’]?s|how|so|sounds)\s+(?:really\s+)?funny", r"hilarious", r"amusing", r"cracks?\s+me\s+up",
    r"how\s+fun", r"sounds\s+(?:like\s+)?(?:so\s+much\s+)?fun", r"so\s+much\s+fun", r"what\s+fun",
)
HAPPY_PROJECTION = _rx(
    r"(?:of\s+course\s+)?you(?:\s+(?:must|probably|surely|clearly))?\s*(?:\s(?:feel|are|sound|seem|look)|['’]re|"
    r"\s+must\s+be)\s+(?:so\s+|really\s+|very\s+)?(?:happy|glad|thrilled|excited|delighted|joyful|cheerful|elated|"
    r"pleased|over\s+the\s+moon)",
    r"(?:glad|good|great|nice|happy|lovely|pleased|delighted)\s+to\s+hear(?!\s+from)(?:\s+(?:that|it|this))?",
)
CONDOLENCE = _rx(
    r"(?:i['’]?m|i\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+|deeply\s+)?sorry", r"so\s+sorry",
    r"sorry\s+(?:to\s+hear|for\s+your|about\s+your|that\s+happened|you['’]re\s+going)", r"(?:my\s+)?condolences",
    r"(?:that|this|it)\s+(?:sounds|must\s+be)\s+(?:so\s+|really\s+|very\s+|incredibly\s+)?(?:painful|hard|"
    r"difficult|awful|terrible|horrible|heartbreaking|rough|tough|devastating|sad|upsetting|lonely|scary|"
    r"frightening|distressing|crushing)",
    r"oh\s+no", r"how\s+(?:awful|terrible|sad|horrible|painful|heartbreaking)", r"poor\s+(?:you|thing)",
    r"i\s+feel\s+(?:so\s+|really\s+)?bad\s+for\s+you", r"(?:that['’]?s|what)\s+a\s+(?:shame|pity)",
    r"heartbreaking", r"devastating", r"(?:that|it)\s+must\s+hurt",
)
# Pity at the news itself (not at a feeling): wrong even for good news told with a worry.
NEWS_PITY = _rx(
    r"oh\s+no", r"(?:my\s+)?condolences", r"sorry\s+(?:to\s+hear|for\s+your|about\s+your|that\s+happened)",
    r"how\s+(?:awful|terrible|sad|horrible|heartbreaking)",
    r"(?:that['’]?s|what)\s+(?:awful|terrible|horrible|a\s+shame|a\s+pity)", r"poor\s+(?:you|thing)", r"heartbreaking",
    r"devastating",
)
# Dismissing a loss or a hard feeling.
DISMISS_GRIEF = _rx(
    r"cheer\s+up", r"lighten\s+up", r"get\s+over\s+it", r"could\s+be\s+worse", r"(?:look\s+on\s+)?the\s+bright\s+side",
    r"(?:it['’]?s\s+)?(?:no|not\s+a)\s+big\s+deal", r"plenty\s+(?:more|of)\s+(?:other\s+)?fish", r"just\s+kidding",
    r"everything\s+happens\s+for\s+a\s+reason", r"snap\s+out\s+of\s+it", r"(?:just\s+)?move\s+on",
    r"chill\s+out", r"it['’]?s\s+not\s+that\s+bad",
)
# ... and what else is flippant at a safety concern.
DISMISSIVE = _rx(
    DISMISS_GRIEF.pattern, r"don['’]?t\s+worry(?:\s+about\s+it)?", r"everyone\s+feels\s+(?:that|this)\s+way",
    r"just\s+think\s+positive", r"at\s+least\s+you", r"you['’]?ll\s+(?:be\s+fine|get\s+over\s+it)",
    r"(?:that['’]?s|how)\s+interesting", r"fun\s+fact",
)
# A phrase is not meant when negated just before ("that's not great news") or reported ("you say
# you're happy, but...").
_NEGATED = re.compile(r"(?:\b(?:not|no|never|nothing|without|hardly|nor)|n['’]t)\s+(?:\S+\s+){0,2}$", re.I)
_REPORTED = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|telling|claim\w*|call\w*|mean|meant|if|when|"
                       r"whether|hoped?|expect\w*|supposed|should)\s+(?:\S+\s+){0,2}$", re.I)
_NEGATED_NEAR = re.compile(r"(?:\b(?:not|no|never|nothing|without|hardly|nor)|n['’]t)\s+(?:\S+\s+)?$|\b(?:passed over|"
                           r"turned down|rejected|knocked back) for\s+(?:\S+\s+)?$", re.I)


@dataclass(frozen=True)
class Reading:
    """What the guard knows about the person. ``negative``/``positive``: any sign either way;
    ``loss``: a death or bereavement; ``good_news`` (an event: a job, an exam, a clear scan) and
    ``glad_words`` (happy, proud, excited) / ``hard_words``: what the person's own words carry (the
    mixed-feelings test); ``masked``: a negative feeling under a positive display; ``amused``: the
    person laughs themselves."""

    negative: bool = False
    positive: bool = False
    loss: bool = False
    good_news: bool = False
    glad_words: bool = False
    hard_words: bool = False
    masked: bool = False
    amused: bool = False
    concern: str = ""  # the concern's kind, "" for none
    felt: str = "neutral"  # for reasons: the felt label, or grief

    @property
    def good_words(self) -> bool:
        return self.good_news or self.glad_words

    @property
    def mixed(self) -> bool:
        return self.good_words and (self.hard_words or self.masked)


def _found(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches in the person's words that are not negated ("not happy", "never made it")."""
    return [m for m in pattern.finditer(text) if not _NEGATED_NEAR.search(text[: m.start()])]


def read(utterance: str = "", affect: AffectState | None = None, situation: str = "",
         concern: Concern | None = None, hint: str = "", polarity: int = 0) -> Reading:
    """The reading for ``utterance`` said with ``affect``. ``situation`` is what the reasoner named,
    ``hint`` and ``polarity`` (+1 good news, -1 bad news) what a situation reader found in the words:
    they can only make the guard stricter (a backend cannot excuse its own tone by naming a situation,
    and a reader's mistake must not license one)."""
    said = " ".join(str(utterance or "").split())
    text = FIGURATIVE.sub(" ", said)
    loss = bool(_found(LOSS_WORDS, text))
    news = _found(GOOD_NEWS, text)
    rest = text
    for match in reversed(news):  # "cancer free", "came back clear" are not bad news
        rest = rest[: match.start()] + " " + rest[match.end():]
    glad_found = _found(GLAD_WORDS, rest)
    # a hard word counts even negated ("I don't have a single friend"); a negated glad word or piece of
    # good news ("not happy", "never made it") is hard too
    negated_good = len(GLAD_WORDS.findall(rest)) > len(glad_found) or len(GOOD_NEWS.findall(text)) > len(news)
    hard = loss or negated_good or bool(BAD_WORDS.search(rest))
    glad = bool(glad_found)
    label, felt_negative, felt_positive, masked = "neutral", False, False, False
    feelings: set[str] = set()
    if affect is not None:
        label = affect.label
        confident = affect.confidence >= AFFECT_CONFIDENCE
        felt_negative = (label in NEGATIVE_LABELS and confident) or affect.valence <= -AFFECT_CONFIDENCE
        felt_positive = (label == "joy" and confident) or affect.valence >= AFFECT_CONFIDENCE
        masked = bool(affect.conflict) and label in NEGATIVE_LABELS
        feelings = {name for name, score in (affect.feelings or ()) if score >= FEELING_SCORE}
    named = {situation, hint} - {""}
    loss = loss or "grief" in feelings or "loss" in named
    sad_feelings, glad_feelings = bool(feelings & NEGATIVE_FEELINGS), bool(feelings & POSITIVE_FEELINGS)
    negative = (hard or loss or felt_negative or masked or sad_feelings or bool(named & NEGATIVE_SITUATIONS)
                or polarity < 0 or concern is not None)
    positive = (bool(news) or glad or felt_positive or glad_feelings or bool(named & POSITIVE_SITUATIONS)
                or polarity > 0)
    return Reading(negative=negative, positive=positive, loss=loss, good_news=bool(news), glad_words=glad,
                   hard_words=hard or sad_feelings, masked=masked, amused=bool(AMUSED_WORDS.search(said)),
                   concern=concern.kind if concern is not None else "",
                   felt="grief" if "grief" in feelings else label if felt_negative or not hard else "hard news")


def _hit(pattern: re.Pattern[str], reply: str, utterance: str) -> str:
    """The first match of ``pattern`` in ``reply`` that is meant: not negated ("not great news"), not
    reported ("you say you're happy"), and not a phrase quoted from the person's own words."""
    for match in pattern.finditer(reply):
        before = reply[: match.start()]
        if _NEGATED.search(before) or _REPORTED.search(before):
            continue
        phrase = match.group(0)
        if re.search(r"(?<![\w'’])" + re.escape(phrase) + r"(?![\w'’])", utterance, re.I):
            continue
        return phrase
    return ""


def violation(reply: str, reading: Reading, utterance: str = "") -> str:
    """Why ``reply`` contradicts ``reading`` (e.g. "celebrates at a loss ('fantastic')"), else ""."""
    reply = " ".join(str(reply or "").split())
    if not reply:
        return ""
    if reading.concern:
        for kind, pattern in (("celebrates", CELEBRATION), ("is amused", AMUSEMENT),
                              ("says the person is happy", HAPPY_PROJECTION), ("is flippant", DISMISSIVE)):
            phrase = _hit(pattern, reply, utterance)
            if phrase:
                return f"{kind} at a {reading.concern.replace('_', '-')} concern ({phrase!r})"
    where = "a loss" if reading.loss else f"a negative reading ({reading.felt})"
    if reading.loss or reading.negative:
        # mixed feelings keep both tones: good news in the words may be celebrated (at a loss, only
        # news, not a glad word: "I'm proud of how she lived" is no reason to celebrate)
        if not (reading.good_news if reading.loss else reading.good_words):
            phrase = _hit(CELEBRATION, reply, utterance)
            if phrase:
                return f"celebrates at {where} ({phrase!r})"
        if not reading.good_words:
            phrase = _hit(HAPPY_PROJECTION, reply, utterance)
            if phrase:
                return f"says the person is happy at {where} ({phrase!r})"
        # the person laughing at a mishap may be laughed with, not at a loss or a hard thing
        if reading.loss or not (reading.amused and not reading.hard_words or reading.good_words):
            phrase = _hit(AMUSEMENT, reply, utterance)
            if phrase:
                return f"is amused at {where} ({phrase!r})"
        phrase = _hit(DISMISS_GRIEF, reply, utterance)  # a worry beside good news is not to be dismissed either
        if phrase:
            return f"dismisses {where} ({phrase!r})"
    if reading.positive and not (reading.loss or reading.masked or reading.concern):
        # good news: no condolence; good news with a worry (mixed): the worry may be met ("that sounds
        # hard"), the news not pitied ("oh no", "sorry to hear that")
        pattern = NEWS_PITY if reading.hard_words and reading.good_news else None if reading.hard_words else CONDOLENCE
        phrase = _hit(pattern, reply, utterance) if pattern is not None else ""
        if phrase:
            return f"offers condolence at good news ({phrase!r})"
    return ""


_ANY_TONE = (CELEBRATION, AMUSEMENT, HAPPY_PROJECTION, CONDOLENCE, DISMISSIVE)


def has_tone(reply: str) -> bool:
    """Whether ``reply`` has any phrase the guard judges (cheap: when it has none, no reading can
    make it contradict the person)."""
    return any(pattern.search(reply or "") for pattern in _ANY_TONE)


def check(reply: str, utterance: str = "", affect: AffectState | None = None, situation: str = "",
          concern: Concern | None = None) -> str:
    """``violation`` of ``reply`` against the reading of the rest (one call)."""
    return violation(reply, read(utterance, affect, situation, concern), utterance)


# -- what to say instead -----------------------------------------------------------------------------
SAFETY_REPLIES: dict[str, str] = {
    "self_harm": ("I'm really glad you told me, and I'm taking it seriously. You are not alone in this. Are you "
                  "safe right now? Please reach someone you trust, or contact {resources} now."),
    "danger": ("Your safety comes first. If you can, get somewhere safe, like a locked room or a place with other "
               "people, and call {emergency} now. Are you somewhere safe right now?"),
    "medical": ("This could be an emergency. Please call {emergency} now, or ask someone near you to call for "
                "help. If you can, sit or lie down and stay where help can reach you."),
}
SAFE_REPLIES: dict[str, str] = {
    "loss": "I'm so sorry. That is a real loss, and I'm here with you. Would you like to tell me more?",
    "negative": "That sounds like a lot to carry. I'm here with you; do you want to tell me more?",
    "mixed": "It sounds like a lot is happening at once, some of it good and some of it hard. What's on your mind "
             "most?",
    "positive": "Thank you for sharing that with me. How are you feeling about it?",
    "neutral": "Thank you for telling me. I'm listening; do you want to tell me more?",
}
SAFETY_VOICE = "Speak calmly and clearly, a little slower than usual, steady and warm."
DEFAULT_RESOURCES = "your local emergency number"


def safe_reply(reading: Reading, crisis_resources: str = DEFAULT_RESOURCES, emergency: str = DEFAULT_RESOURCES) -> str:
    """The reply the engine falls back on (see the module docstring). ``crisis_resources`` for
    self-harm, ``emergency`` (the emergency number) for danger and medical emergencies."""
    if reading.concern:
        resources = " ".join(str(crisis_resources or "").split()) or DEFAULT_RESOURCES
        emergency = " ".join(str(emergency or "").split()) or DEFAULT_RESOURCES
        return SAFETY_REPLIES[reading.concern].format(resources=resources, emergency=emergency)
    if reading.mixed:
        return SAFE_REPLIES["mixed"]
    if reading.loss:
        return SAFE_REPLIES["loss"]
    if reading.negative:
        return SAFE_REPLIES["negative"]
    return SAFE_REPLIES["positive" if reading.positive else "neutral"]


def safe_ecot(reading: Reading, crisis_resources: str = DEFAULT_RESOURCES, base: S.ECoT | None = None,
              analysis: str = "", emergency: str = DEFAULT_RESOURCES) -> S.ECoT:
    """A whole E-CoT around ``safe_reply``: ``base``'s analysis and situation kept when given; at a
    concern the labels say safety (intent safety, strategy ensure_safety) and the voice is calm and
    clear; otherwise validate for a hard reading, ask gently for the rest."""
    reply = safe_reply(reading, crisis_resources, emergency)
    analysis = ((base.emotion_analysis if base is not None else "") or analysis
                or f"The felt emotion reads as {reading.felt}.")
    situation = base.situation if base is not None else ""
    if reading.concern:
        kind = reading.concern.replace("_", " ")
        return S.ECoT(emotion_analysis=analysis, user_intent=f"The person may need help now ({kind} concern).",
                      intent=S.INTENT_SAFETY, response_strategy="Put safety first: stay calm and clear, ask whether "
                      "they are safe, and point to a person and the crisis resources.",
                      strategy=S.STRATEGY_ENSURE_SAFETY, response=reply, voice_instruction=SAFETY_VOICE,
                      emotion="neutral", intensity=0.3, situation=situation or ("danger" if kind == "danger" else
                                                                                 "health" if kind == "medical" else ""))
    hard = reading.negative or reading.loss
    return S.ECoT(
        emotion_analysis=analysis,
        user_intent=base.user_intent if base is not None else ("Be heard and comforted." if hard else "Be heard."),
        intent=base.intent if base is not None and base.intent != S.INTENT_SAFETY else
        (S.INTENT_COMFORT if hard else S.INTENT_SMALL_TALK),
        response_strategy="Acknowledge it simply and gently, and invite them to say more." if hard else
        "Acknowledge it and ask gently how it feels.",
        strategy=S.STRATEGY_VALIDATE if hard else S.STRATEGY_ASK_GENTLY, response=reply,
        voice_instruction="Speak softly and a little slowly, warm and gentle." if hard else
        "Speak warmly at a natural pace, gentle and curious.",
        emotion="sadness" if hard and not reading.mixed else "neutral", intensity=0.3, situation=situation)
