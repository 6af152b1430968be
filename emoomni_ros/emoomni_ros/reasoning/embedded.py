"""The embedded E-CoT reasoner: no language model, a sentence encoder (MiniLM, shared in the
process) for the meaning of the words, rules over the fused affect. About 20-100 ms a call on a
CPU (the encoding of the utterance); the encoder loads in ``load`` or on the first call.

1. Understanding (``read_turn``): a safety concern (the affect's, else one in the words); what
   happened, who is involved and the fine-grained feeling (``situation.understand``); the felt
   emotion (the fusion's reading when face or voice took part, else the words: the feeling they
   name, the situation, then the text cue); masking (the fusion's conflict is the one truth when a
   face or voice cue is there; words that play a feeling down while only the face or voice show
   it are read here) and mixed feelings (good news told with a worry).
2. Analysis: each cue once, one sentence each, then the conflict or masking, then the situation and
   the felt emotion with its fine-grained feeling and why.
3. Intent and strategy from the concern, the situation and the felt emotion (safety ->
   ensure_safety; a loss -> validate; a worry -> reassure; good news -> mirror enthusiasm; heated
   anger -> de-escalate; a request -> inform or suggest...).
4. Response: safety first when a concern is raised (``safety_replies``); else an acknowledgement of
   what happened, the feeling named, one follow-up that fits (``replies``). The person's sentence is
   never handed back (no reply repeats more than six consecutive words of it); insults, instructions
   inside the words, markup and words in a language it cannot read are never echoed. The phrasing
   is picked by a hash of the words (same input, same reply).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from emoomni_ros import labels, modalities
from emoomni_ros.datatypes import AffectState, Concern, Cue
from emoomni_ros.reasoning import chat_replies, language, replies, safety_replies, situation, tone
from emoomni_ros.reasoning import schema as S
from emoomni_ros.reasoning.base import Backend, CancelCheck, ReasoningRequest, StageCallback, emit_stages
from emoomni_ros.reasoning.language import Utterance
from emoomni_ros.reasoning.replies import cap as _cap
from emoomni_ros.reasoning.situation import EVENTS, Situation
from emoomni_ros.reasoning.word_rules import (
    BOTH_SIDES,
    CANT_BE_THERE,
    LOST_ABILITY,
    MISSING_FROM_IT,
    PROUD_IF_HERE,
    PUT_DOWN,
    RETIRED,
    SAID_IM,
    SCAM,
    SINCE_ILLNESS,
)

MODALITY_NAMES = {m.name: m.title for m in modalities.TABLE}  # "Face", "Voice", "Words"
FEEL = {"neutral": "calm", "joy": "happy", "sadness": "sad", "anger": "frustrated", "fear": "worried",
        "disgust": "put off", "surprise": "caught off guard"}
FEEL_SOFT = {"neutral": "a little flat", "joy": "cheerful", "sadness": "a bit down", "anger": "tense",
             "fear": "a little anxious", "disgust": "uneasy", "surprise": "startled"}
# How a leaked feeling shows in each channel (for "you say X, but ..."): "your face looks {soft}".
LEAK_PHRASE = {m.name: m.shows + " {soft}" for m in modalities.TABLE}
NEGATIVE = {"sadness", "anger", "fear", "disgust"}
MAX_ECHO_WORDS = 6  # no reply repeats more of the person's consecutive words
SURE = 0.36  # a situation at least this sure names the felt emotion of text-only turns...
TEXT_CUE_SURE = 0.3  # ... unless the text cue reads an emotion with at least this confidence
TEXT_CUE_DOUBT = 0.45  # a text cue below this yields to clear news of the other valence
CLEAR_NEWS = 0.6  # good news read this surely (or told in its words) counts in mixed feelings
PLAIN_NEWS = 0.85  # news this sure, in its own words, outweighs a text cue of the other valence however sure
JOY_SURE = 0.5  # a text cue's joy this sure is enough for enthusiasm on its own

# Words that name a core emotion outright (they beat the situation's usual emotion).
EXPLICIT: dict[str, re.Pattern[str]] = {label: re.compile(r"\b(?:" + pattern + r")", re.I) for label, pattern in {
    "anger": r"angry|furious|livid|pissed|mad at|so mad|driving me (?:mad|crazy|nuts|up the wall)|annoy(?:ed|ing)"
             r"|irritat\w*|frustrat\w*|fed up|sick of|sick and tired|outraged|resent\w*",
    "fear": r"scared|afraid|terrified|frightened|anxious|nervous|worried|(?:can'?t stop|keep|i'?m|been|always) "
            r"worrying|panick?\w*|dread\w*|stressed",
    "sadness": r"sad\b|depressed|heartbroken|miserable|devastated|lonely|"
               r"(?:crying|cried)(?! (?:happy tears|tears of joy|with (?:joy|happiness|relief|laughter)))|gutted|"
               r"disappointed|guilty"
               r"|ashamed|embarrassed|(?<!sides )(?<!face )(?<!cheeks )hurts?\b"
               r"|(?:feel\w*|felt|i'?m|i am|been|so|a bit|really|very|quite|pretty|always|getting) (?:down|low)\b"
               r"(?! (?:the|to|there|here|at|on|in|by|from|a|and out)\b)|let (?:me|us) down|down in the dumps",
    "joy": r"happy tears|tears of joy|cried with (?:joy|happiness)|happy|thrilled|excited|delighted|overjoyed|proud|"
           r"ecstatic|relieved|grateful|can'?t wait|over the moon|eager to|laugh(?:ed|ing) (?:so hard|so much|till|"
           r"until|my head off)|in stitches|cracked (?:me|us) up|hilarious|(?:had|such) a (?:good |great |lovely "
           r")?laugh",
    "disgust": r"disgust\w*|gross\b|revolting|sickening|yuck|eww",
    "surprise": r"shocked|surprised|can'?t believe|cannot believe|no way",
}.items()}
# Anger named of someone else ("my sister is furious with me"): the person faces it, it is not theirs to calm.
_THEIR_ANGER = re.compile(r"\b(?:he|she|they|my \w+|\w+)(?:'s| is| was| are| were| got| gets)(?: \w+)? (?:furious|"
                          r"angry|mad|livid|cross|fuming|raging) (?:with|at) me\b", re.I)
# Negated, or only wished for ("she would have loved this": said of someone gone, not a joy now).
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer|without|would have|would've|could have|could've)\s+"
                      r"(?:\w+\s+)?$", re.I)
# Someone else's feeling ("he's proud of me", "she was so happy"): not the speaker's own.
_SOMEONE_ELSES = re.compile(r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are|he was|she was|they were)\s+"
                            r"(?:so\s+|really\s+|very\s+|ever\s+)?$")
# Good news with a catch, told without an emotion word ("the operation went well but the recovery is slow").
BUT_HARD = re.compile(r"\b(?:but|though|except)\b(?![^.!?]*\b(?:can'?t (?:believe|wait)|not bad|never mind|worth it|"
                      r"so (?:happy|proud|pleased)|anyway)\b)[^.!?]*\b(?:slow|painful|sore|long way|worse|"
                      r"(?:is|are|'s|'re|will be|going to be|feels?) (?:\w+ )?(?:hard|difficult|tough)|struggl\w*|"
                      r"miss\w*|away from|far from|far away|so far|miles away|expensive|costs? a fortune|tired|"
                      r"exhausted|lonely|alone|on my own|without (?:him|her|them))\b", re.I)
HOSTILE_EXTRA = re.compile(r"\b(?:nobody|no one|noone) (?:loves|likes|cares about|wants) you\b|\bi don'?t like you\b"
                           r"|\byou(?:'re| are) (?:a )?(?:joke|waste)", re.I)


# Practical first steps by topic keyword (advice requests).
TIPS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("making friends", "make friends", "meet people", "new town", "new city"),
     "pick one regular activity you enjoy, like a class, a club or volunteering, and go every week: friendships "
     "grow from seeing the same faces"),
    (("decide", "choose", "choosing", "between", "options", "offers", "which one", "or stay", "or not",
      "should i take", "should i accept", "whether to", "whether i should"),
     "write down the two or three things that matter most to you, and score each option against them"),
    (("job", "work", "boss", "manager", "colleague", "interview", "career", "office", "shift", "burned", "burnout"),
     "write down the two or three things that weigh on you most at work, and bring one of them to a calm, "
     "short talk with the person who can change it"),
    (("exam", "test", "study", "studying", "class", "homework", "essay", "school", "grades", "thesis"),
     "split the material into short 25-minute sessions with breaks, and start with the part you fear most"),
    (("sleep", "insomnia", "tired", "night", "bed"),
     "keep the same bedtime every night and put screens away an hour before it"),
    (("friend", "partner", "boyfriend", "girlfriend", "wife", "husband", "mum", "mom", "dad", "sister",
      "brother", "family", "roommate", "relationship"),
     "tell them how it feels for you with an 'I feel ... when ...' sentence, at a quiet moment rather than "
     "mid-argument"),
    (("money", "rent", "bills", "debt", "loan", "budget", "pay", "salary"),
     "list what is due and when, pay what cannot wait first, and ask early about a payment plan for the rest"),
    (("health", "doctor", "pain", "sick", "symptom", "hospital", "medicine", "diet", "weight"),
     "note when it happens and how it feels, and take that list to a doctor soon"),
    (("move", "moving", "apartment", "house", "city", "flat"),
     "make a short list of what matters most to you in the new place, and decide against that list"),
    (("anxious", "anxiety", "nervous", "panic", "stress", "stressed", "worry", "worried"),
     "try slow breathing, four seconds in and six out, then pick one small thing you can do about it today"),
)
GENERAL_TIP = "take it one small step at a time: pick the next thing you can do today, however small"



def _pick(options: tuple[str, ...] | list[str], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8", "replace")) % len(options)]


def _title(label: str) -> str:
    return label.replace("de_escalate", "de-escalate").replace("_", " ").capitalize()


def explicit_emotions(text: str) -> list[str]:
    """Core emotions the words name outright, in the order said (negated ones left out)."""
    low = language.literal(text.lower().replace("’", "'"))
    found = []
    for label, pattern in EXPLICIT.items():
        for match in pattern.finditer(low):
            before = low[max(0, match.start() - 16):match.start()]
            if not (_NEGATED.search(before) or _SOMEONE_ELSES.search(before)):
                found.append((match.start(), label))
                break
    return [label for _, label in sorted(found)]


@dataclass
class Turn:
    """What the reasoner understood about one utterance (the basis of all four E-CoT parts)."""

    words: Utterance
    sit: Situation
    felt: str
    felt_source: str  # "affect", "conflict", "words", "situation", "concern", "text cue", "sentiment"
    feeling: str = ""
    concern: Concern | None = None
    concern_source: str = ""
    masked: bool = False
    mixed: bool = False
    hostile: bool = False
    explicit: list[str] = field(default_factory=list)
    earlier: str = ""  # what an earlier turn was about, when this one goes on about it
    told: str = ""  # the words the reading rests on when the turn before completes this one, else ""
    robot_earlier: tuple[str, ...] = ()  # the robot's replies of the last CARRY_TURNS turns, most recent last

    @property
    def robot_before(self) -> str:
        """The robot's previous reply in this conversation ("" at the start)."""
        return self.robot_earlier[-1] if self.robot_earlier else ""

    @property
    def negative(self) -> bool:
        return self.felt in NEGATIVE


def _nonverbal(affect: AffectState) -> list[Cue]:
    return [c for c in affect.cues if c.modality != "text"]


def felt_emotion(affect: AffectState, words: Utterance, sit: Situation | None = None,
                 explicit: list[str] | None = None) -> tuple[str, str]:
    """The emotion to respond to and where it comes from. With a face or voice cue the fusion's
    reading counts (its conflict reading is the felt emotion), unless it is a neutral reading of
    words that tell a clear situation. Words alone: an emotion they name, then the situation's
    usual one, then the text cue, then the sentiment; a situation told in words (a word rule) comes
    before a text cue of the opposite valence."""
    sit = sit or Situation()
    explicit = explicit if explicit is not None else explicit_emotions(words.text)
    sure = sit.event and sit.score >= SURE and sit.event not in ("small_talk", "request")
    if affect.conflict and affect.cues:
        return affect.label, "conflict"
    if _nonverbal(affect) and affect.confidence >= 0.2 and not (affect.label == "neutral" and (sure or explicit)):
        return affect.label, "affect"
    if explicit:
        # good news told with a worry: the worry is what needs an answer
        negative = [e for e in explicit if e in NEGATIVE]
        return (negative[0] if negative and sit.polarity > 0 else explicit[0]), "words"
    # The text cue reads the words as a whole (a model trained on broad data); a clear situation
    # names the emotion only where the cue is neutral or unsure, or agrees.
    text_cue = affect.cue("text")
    if sit.how == "words" and sit.felt:  # the words carry their own feeling (banter is fun, not anger)
        return sit.felt, "situation"
    if sit.how == "words" and sit.event and text_cue is not None and (
            (text_cue.label == "joy" and sit.polarity < 0) or (text_cue.label in NEGATIVE and sit.polarity > 0)):
        # words that settle the situation ("everyone asked for seconds") outweigh a reading of the
        # opposite valence
        return EVENTS[sit.event].emotion, "situation"
    # a lost job told in its own words is bad news however surely the text cue reads joy ("made redundant after
    # 30 years" sounds like pride to it); a glad word of their own ("relieved") was taken above. (A death told
    # fondly, "we had a lovely lunch on his birthday", may be read glad: that needs the cue unsure.)
    lost_job = "words" in sit.how and sit.event == "job_loss"
    if ((sit.score >= CLEAR_NEWS or lost_job or ("words" in sit.how and sit.event in ("bereavement", "pet_loss")))
            and text_cue is not None and (text_cue.confidence < TEXT_CUE_DOUBT
                                          or ("words" in sit.how and sit.score >= PLAIN_NEWS) or lost_job)
            and ((sit.polarity > 0 and text_cue.label in NEGATIVE) or (sit.polarity < 0 and text_cue.label == "joy"))):
        # clear news read faintly the other way ("she asked me to walk her down the aisle" as a worry, "the bank
        # charged me thirty-five pounds" or "my friend took his own life in the summer" as joy)
        return EVENTS[sit.event].emotion, "situation"
    if text_cue is not None and text_cue.label != "neutral" and text_cue.confidence >= TEXT_CUE_SURE:
        return text_cue.label, "text cue"
    if sure:
        return EVENTS[sit.event].emotion, "situation"
    if text_cue is not None:
        return text_cue.label, "text cue"
    strongest = words.strongest_emotion()
    if strongest and not words.empty:
        return strongest, "words"
    if words.empty and strongest:
        return strongest, "words"
    if words.sentiment >= 0.35:
        return "joy", "sentiment"
    if words.sentiment <= -0.35:
        return "sadness", "sentiment"
    return "neutral", "sentiment"


def masking(affect: AffectState, words: Utterance, felt: str) -> bool:
    """True when a negative feeling hides behind a positive surface: the fusion found a conflict
    with a non-negative apparent emotion, or (no text cue was fused) the words play it down ("I'm
    fine", cheerful wording) while the face or voice show the negative feeling."""
    if felt not in NEGATIVE:
        return False
    if affect.conflict and affect.apparent_label not in NEGATIVE:
        return True
    unhedged = language.HEDGE.sub(" ", words.text.replace("’", "'"))  # "don't worry about me" names no fear
    said_negative = (words.bad_event or words.complaint or words.self_critical or words.hostile or words.vent
                     or bool(NEGATIVE & set(explicit_emotions(unhedged))))
    showing = [c for c in _nonverbal(affect) if c.label == felt]
    return (bool(showing) and not words.good_event and not said_negative
            and (words.hedge or (words.sentiment >= 0.35 and not words.greeting)))


def mixed_feelings(words: Utterance, felt: str, sit: Situation | None = None) -> bool:
    """Good news told with worry or sadness, in the words ("I got the job, but I'm scared...") or
    in the face and voice."""
    if sit is not None and sit.event:
        def counts(e: str) -> bool:
            return bool(e) and EVENTS[e].polarity > 0 and e not in ("gratitude", "plans")
        # the good news must be plain: its words, or (the main event) a reading of it in words or that is sure
        good = (counts(sit.event) and (words.good_event or "words" in sit.how or sit.score >= CLEAR_NEWS
                                       or replies.has(words.text, MISSING_FROM_IT)
                                       or replies.has(words.text, CANT_BE_THERE))) or (
            counts(sit.second) and words.good_event)
    else:
        good = words.good_event
    worried_words = bool({"fear", "sadness"} & set(explicit_emotions(words.text)))
    if any(replies.has(words.text, both) for both in BOTH_SIDES):  # "that's a relief, I was worried...": resolved
        return False
    return good and not words.is_question and (felt in NEGATIVE or worried_words or bool(BUT_HARD.search(words.text))
                                               or replies.has(words.text, MISSING_FROM_IT)
                                               or replies.has(words.text, CANT_BE_THERE))


def leak_cue(affect: AffectState, masked: bool = False) -> Cue | None:
    """The cue that shows the felt emotion under a conflict or masking (the leaking channel)."""
    if not (affect.conflict or masked):
        return None
    showing = [c for c in affect.cues if c.label == affect.label and (masked or c.modality != "text")]
    return min(showing, key=lambda c: (modalities.least_controlled_first(c.modality), -c.confidence)) \
        if showing else None


def words_emotion(affect: AffectState):
    """The core-emotion distribution of the words (the text cue's), or None without a text cue."""
    cue = affect.cue("text")
    return None if cue is None else cue.distribution


def _earlier_user_turns(request: ReasoningRequest) -> list[str]:
    return [t.text[:500] for t in request.history if t.speaker == "user"]


CARRY_TURNS = 3  # earlier user turns a short reply may still be about
SHORT_REPLY_WORDS = 10  # a reply this short may go on about an earlier turn
GRIEF_EVENTS = ("bereavement", "pet_loss")


def _still_about(previous: list[str], score: float, meaning: bool) -> Situation | None:
    """The situation of an earlier turn that a short reply goes on about: a death in the last
    ``CARRY_TURNS`` turns colours what follows ("my husband died" ... "I can't sleep" ... "I just miss
    him"); otherwise the most recent turn that told an event, if it was told more surely than this one."""
    found = []
    for text in reversed(previous[-CARRY_TURNS:]):
        before = situation.understand(text, meaning=meaning)
        if before.event and before.score >= max(0.45, score) and before.event not in ("small_talk", "request"):
            found.append(before)
    return next((s for s in found if s.event in GRIEF_EVENTS), found[0] if found else None)


JOINED_WORDS = 20  # a turn this short that names someone only by a pronoun may lean on the turn before
BARE_WORDS = 5  # ... and so may a bare few words that name nobody ("Nobody's rung yet." after "It's my birthday")
_PRONOUN = re.compile(r"\b(?:she|her|he|him|his|it|they|them|their)\b", re.I)


def _joined_reading(before: str, text: str, meaning: bool, emotion) -> Situation | None:
    """The situation of ``text`` read with the turn ``before`` it, when a word rule needs both ("The vet
    says it's her kidneys." ... "They said we should think about letting her go."): the rule applies
    to the two together but not to the earlier turn alone."""
    joined = situation.understand(f"{before[:300]} {text[:300]}", meaning=meaning, emotion=emotion)
    if not joined.ruled or joined.event in ("", "small_talk", "request"):
        return None
    alone = situation.understand(before[:300], meaning=False)
    return None if alone.ruled and alone.event == joined.event else joined


def read_turn(request: ReasoningRequest, meaning: bool = True) -> Turn:
    """Everything the reasoner concludes about the request before it answers (``meaning=False``:
    the situation from the lexical cues alone)."""
    affect = request.affect
    words = language.read(request.utterance)
    concern = getattr(request, "concern", None) or affect.concern
    concern, concern_source = safety_replies.find_concern(concern, words.text, _earlier_user_turns(request))
    if concern is not None and getattr(request, "concern", None) is concern:
        concern_source = "affect"
    earlier, told = "", ""
    if words.foreign or words.empty or words.manipulation:
        sit = Situation()
    else:
        sit = situation.understand(words.text[:600], meaning=meaning, emotion=words_emotion(affect))
        previous = _earlier_user_turns(request)
        # a reading the words decided as happy, with no news or glad word in them ("we were married forty
        # years" after "my husband died in March") is still the loss
        cheer_without_news = sit.how == "words" and sit.polarity > 0 and not (
            tone.GOOD_NEWS.search(words.text) or tone.GLAD_WORDS.search(words.text))
        open_reading = sit.how != "words" or not sit.event  # the words named no event of their own
        told_by = sit.who_kind == "doctor"  # "the doctors say she might not walk again": about her, not them
        # a word rule that needs this turn and the one before ("I didn't tell anyone." after "just a bit
        # bruised" from a fall) comes before carrying the earlier reading on
        if previous and not sit.ruled and len(words.words) <= JOINED_WORDS and (
                (not sit.who and _PRONOUN.search(words.text)) or len(words.words) <= BARE_WORDS):
            # the turn before, or the two before when the last was a short aside ("I fell." "I'm fine, just
            # sore." "I haven't told my daughter.")
            befores = [previous[-1]] + ([f"{previous[-2][:300]} {previous[-1][:300]}"] if len(previous) > 1 and len(
                previous[-1].split()) <= SHORT_REPLY_WORDS else [])
            for before in befores:
                joined = _joined_reading(before, words.text, meaning, words_emotion(affect))
                if joined is not None:
                    sit, told = joined, f"{before[:600]} {words.text[:300]}"
                    open_reading = cheer_without_news = False
                    break
        if previous and len(words.words) <= SHORT_REPLY_WORDS and (not sit.who or told_by) and (
                open_reading or cheer_without_news):
            # "It still hurts so much." after "My dog died last week.": still about the dog
            before = _still_about(previous, sit.score, meaning)
            if before is not None and (open_reading or before.event in GRIEF_EVENTS):
                sit, earlier = before, before.who or before.event.replace("_", " ")
        if words.is_question and not words.advice and sit.event == "plans":  # "what's a good film for tonight?"
            sit.event, sit.situation = "request", "request"
    explicit = explicit_emotions(words.text) if not words.foreign else []
    felt, source = felt_emotion(affect, words, sit, explicit)
    hostile = words.hostile or bool(HOSTILE_EXTRA.search(words.text))
    if source in ("text cue", "sentiment", "situation", "words") and not explicit:
        if concern is not None:  # what a crisis statement usually carries, when nothing else tells
            felt, source = ("sadness" if concern.kind == "self_harm" else "fear"), "concern"
        elif hostile:
            felt, source = "anger", "hostile"
        elif words.self_critical:
            felt, source = "sadness", "self-critical"
        elif (sit.event == "request" or words.advice) and felt != "neutral":
            # a request or a question for advice carries no feeling of its own
            text_cue = affect.cue("text")
            felt, source = ((text_cue.label, "text cue") if text_cue is not None and text_cue.label != "joy"
                            and affect.confidence >= 0.3 else ("neutral", "sentiment"))
    if not (words.foreign or words.empty or words.manipulation):  # the feeling, now that the felt emotion is known
        situation.attach_feeling(sit, words.text[:600], affect.feelings, felt)
    if sit.feeling and labels.FEELINGS[sit.feeling] != felt:
        sit.feeling, sit.feeling_source = "", ""
    mixed = mixed_feelings(words, felt, sit)
    masked = masking(affect, words, felt) and not (mixed and set(explicit) & NEGATIVE)
    if concern is not None and concern.kind == "danger" and felt == "fear" and source == "concern" \
            and safety_replies.told_to_die(words.text):
        felt = "sadness"  # being told to die by someone close hurts first
    if concern is not None:  # what the situation is, whatever the words resemble
        sit.event, sit.situation = "", ("health" if concern.kind == "medical" else "danger")
    return Turn(words=words, sit=sit, felt=felt, felt_source=source, feeling=sit.feeling, concern=concern,
                earlier=earlier, told=told,
                robot_earlier=tuple(t.text for t in request.history if t.speaker == "robot")[-CARRY_TURNS:],
                concern_source=concern_source, masked=masked, mixed=mixed and not masked,
                hostile=hostile, explicit=explicit)


# -- the analysis ------------------------------------------------------------------------------------

def _short(item: str, limit: int = 70) -> str:
    return item if len(item) <= limit else item[:limit].rsplit(" ", 1)[0] + "…"


def _cue_sentence(cue: Cue) -> str:
    """One sentence per cue: modality, label, confidence and its main evidence."""
    evidence = [e for e in cue.evidence if e]
    if cue.modality == "text":
        evidence = evidence[:1]
    else:
        evidence = evidence[:2]
    said = f": {'; '.join(_short(e) for e in evidence)}" if evidence else ""
    return f"{MODALITY_NAMES[cue.modality]}: {cue.label} ({cue.confidence:.2f}){said}."


def analysis_text(affect: AffectState, turn: Turn, truncated: bool) -> str:
    words, felt, sit = turn.words, turn.felt, turn.sit
    parts = [_cue_sentence(c) for c in sorted(affect.cues, key=lambda c: modalities.NAMES.index(c.modality))]
    if not _nonverbal(affect):
        parts.append("No face or voice cues were available.")
    if words.empty:
        emoji = "".join(w for ws in words.emotion_words.values() for w in ws)
        parts.append(f"Only emoji ({emoji}), no words." if emoji else "No words were recognised.")
    elif words.foreign:
        parts.append(f"The words ('{language.clean_quote(words.text, 8)}') look like another language I cannot read "
                     "reliably, so I go by the face and voice.")
    elif not any(c.modality == "text" for c in affect.cues):
        tone = ("positive" if words.sentiment >= 0.35 else "negative" if words.sentiment <= -0.35 else "neutral")
        parts.append(f"The words read {tone} (sentiment {words.sentiment:+.2f}).")
    if truncated:
        parts.append("A long message, read in part.")
    if words.markup:
        parts.append("The text contained markup tags, which I ignore.")
    if affect.conflict and affect.cues:
        leak = leak_cue(affect)
        where = f"the {MODALITY_NAMES[leak.modality].lower()} leaks {affect.label}" if leak else \
            f"underneath I read {affect.label}"
        parts.append(f"The modalities conflict: on the surface they show {affect.apparent_label}, but {where}, so I "
                     f"read the felt emotion as {affect.label}.")
    elif turn.masked:
        leak = leak_cue(affect, masked=True)
        where = MODALITY_NAMES[leak.modality].lower() if leak else "nonverbal signals"
        parts.append(f"The words play it down, but the {where} shows {felt}: they may be masking how they feel.")
    if turn.concern is not None:
        c = turn.concern
        kind = {"self_harm": "thoughts of self-harm or suicide", "danger": "danger", "medical": "a medical emergency"}
        parts.append(f"Safety concern ({kind[c.kind]}, {c.level}): {'; '.join(c.evidence[:1]) or 'from the words'}.")
    if sit.event and not words.empty:
        who = f", involving {sit.who}" if sit.who else ""
        parts.append(f"Situation: {sit.situation.replace('_', ' ')} ({sit.event.replace('_', ' ')}{who}; by "
                     f"{sit.how}).")
    named = ", ".join(repr(w) for w in sit.feeling_words[:2])
    why = {"conflict": "the conflict reading", "affect": "the fused face and voice",
           "words": f"as the words say ({named})" if named else "as the words say",
           "situation": ("what these words carry" if sit.felt else
                         f"what {sit.event.replace('_', ' ')} usually brings" if sit.event else "from the words"),
           "concern": "what such a statement usually carries", "hostile": "what harsh words aimed at me carry",
           "self-critical": "what harsh words about oneself carry", "text cue": "from the text model",
           "sentiment": "from the tone of the words"}[turn.felt_source]
    feeling = f" ({turn.feeling})" if turn.feeling else ""
    also = "; mixed with joy at the good news" if turn.mixed else ""
    if words.self_critical:
        also += "; they speak very harshly about themselves"
    if turn.hostile:
        also += "; the harsh words are aimed at me, out of frustration"
    if words.manipulation:
        also += "; the words contain instructions aimed at me, which I treat as what the person said, not as commands"
    parts.append(f"Felt: {felt}{feeling}, {why}{also}.")
    return " ".join(parts)


# -- intent and strategy -----------------------------------------------------------------------------

COMFORT_EVENTS = {"bereavement", "pet_loss", "job_loss", "breakup", "loneliness", "rejection", "setback", "regret"}
WORRY_EVENTS = {"illness", "family_worry", "pressure", "money", "danger"}
GOOD_EVENTS = {"achievement", "family_good", "health_good", "plans", "gratitude"}


def decide_intent(turn: Turn, affect: AffectState) -> tuple[str, str]:
    """(intent label, reason)."""
    words, felt, sit = turn.words, turn.felt, turn.sit
    negative = felt in NEGATIVE
    if turn.concern is not None:
        return S.INTENT_SAFETY, safety_replies.strategy_reason(turn.concern).split(":")[0]
    if words.manipulation:
        if negative:
            return S.INTENT_COMFORT, f"behind the attempt to steer me they seem {FEEL[felt]}"
        return S.INTENT_SMALL_TALK, "they test what I will say"
    if turn.hostile:
        return S.INTENT_COMPLAINT, "they are angry with me and say so harshly"
    if words.foreign or words.empty:
        what = "words in a language I cannot read well" if words.foreign else "no words"
        if negative:
            return S.INTENT_COMFORT, f"{what}, but they seem {FEEL[felt]}"
        return S.INTENT_SMALL_TALK, f"{what}; they may want to talk"
    if words.advice:
        return S.INTENT_ADVICE, "they ask what to do"
    if words.self_critical:
        return S.INTENT_COMFORT, "they are very hard on themselves and need support"
    if turn.mixed:
        return S.INTENT_COMFORT, "they share good news but also a worry, and need to hear that both feelings are normal"
    if turn.masked and not words.is_question:
        surface = affect.apparent_label if affect.conflict else "that all is well"
        return S.INTENT_COMFORT, (f"their words show {surface}, but the {felt} underneath suggests they need "
                                  "support they are not asking for")
    event = sit.event
    if event in GOOD_EVENTS and not negative:
        if event == "gratitude":
            return S.INTENT_SMALL_TALK, "they thank me"
        if event == "plans":
            return S.INTENT_SHARE_GOOD_NEWS, "they tell me about something they look forward to"
        return S.INTENT_SHARE_GOOD_NEWS, "they are telling good news"
    angry_events_ok = (COMFORT_EVENTS - {"setback"}) | WORRY_EVENTS
    if event == "conflict" or (felt in ("anger", "disgust") and event not in angry_events_ok
                               and not words.is_question and not words.greeting):
        if words.complaint and felt not in ("sadness", "fear"):
            return S.INTENT_COMPLAINT, "they complain about something that went wrong"
        return S.INTENT_VENT, "they need to let out their frustration"
    if event in COMFORT_EVENTS | WORRY_EVENTS:
        return S.INTENT_COMFORT, f"they share something hard and feel {FEEL[felt] if negative else 'shaken'}"
    if event == "request" or (words.is_question and not negative and not words.greeting):
        return S.INTENT_INFORMATION, "they ask me for something"
    rhetorical = words.is_question and felt in ("sadness", "fear")
    if negative and not words.greeting and (not words.is_question or rhetorical):
        return S.INTENT_COMFORT, f"they seem {FEEL[felt]} and may need support"
    if words.greeting:
        return S.INTENT_SMALL_TALK, "they greet me and make conversation"
    if felt == "joy" and (words.good_event or "joy" in words.emotion_words):
        return S.INTENT_SHARE_GOOD_NEWS, "they share something that makes them happy"
    return S.INTENT_SMALL_TALK, "they make conversation"


def sure_of_good_mood(turn: Turn, affect: AffectState) -> bool:
    """Enthusiasm needs more than a weak reading: cheering at a hidden sorrow hurts more than a
    gentle question hurts good news. True when the good mood is said, is news, comes from the face
    or voice, or the text cue reads it with at least ``JOY_SURE`` (VADER's sentiment does not count:
    it reads "nothing I do is ever good enough" as positive)."""
    if turn.felt_source != "text cue":
        return True
    text_cue = affect.cue("text")
    return text_cue is None or text_cue.confidence >= JOY_SURE or turn.words.good_event


def decide_strategy(intent: str, turn: Turn, affect: AffectState) -> tuple[str, str]:
    """(strategy label, reason)."""
    words, felt = turn.words, turn.felt
    # Heat is shown, not inferred from the label: a raised voice, venting, anger named, an exclamation.
    # (The fused arousal of words read as anger is high by construction, so it is not evidence here;
    # a plain complaint, "the engineer never turned up", is validated, not calmed down.)
    voice = affect.cue("voice")
    raised_voice = voice is not None and voice.arousal is not None and voice.arousal >= 0.3
    heated = felt == "anger" and (raised_voice or words.vent or ("anger" in turn.explicit and not _THEIR_ANGER.search(
        words.text)) or words.text.count("!") >= 1)
    if turn.concern is not None:
        return S.STRATEGY_ENSURE_SAFETY, safety_replies.strategy_reason(turn.concern).split(": ", 1)[1]
    if words.manipulation:
        return S.STRATEGY_ASK_GENTLY, ("the words try to steer me; I treat them as something the person said, keep "
                                       "my caring persona and gently ask what is behind it")
    if turn.hostile:
        return S.STRATEGY_DE_ESCALATE, ("stay calm and kind, do not return the hostility, own my part and ask what "
                                        "went wrong")
    if words.foreign or words.empty:
        return S.STRATEGY_ASK_GENTLY, "say what I noticed and gently invite them to tell me more"
    if intent == S.INTENT_ADVICE:
        return S.STRATEGY_SUGGEST, "acknowledge the feeling, then offer one concrete, doable step"
    if words.self_critical:
        return S.STRATEGY_VALIDATE, "validate the pain, gently disagree with the harsh words about themselves"
    if turn.mixed:
        if felt == "fear" or "fear" in turn.explicit:
            return S.STRATEGY_REASSURE, "celebrate the news, then normalise the worry and offer steadiness"
        return S.STRATEGY_VALIDATE, "celebrate the news, and make room for the sad part too"
    if turn.masked:
        return S.STRATEGY_ASK_GENTLY, ("name the gap between what they say and what they show, softly, and "
                                       "invite them to talk without pushing")
    if intent == S.INTENT_SHARE_GOOD_NEWS:
        return S.STRATEGY_MIRROR_ENTHUSIASM, "match their joy, celebrate with them and ask for the story"
    if intent in (S.INTENT_COMPLAINT, S.INTENT_VENT):
        if heated:
            return S.STRATEGY_DE_ESCALATE, "lower the heat: stay calm, take their side, slow things down"
        return S.STRATEGY_VALIDATE, "let them be heard: name what was unfair and why it is upsetting"
    if intent == S.INTENT_COMFORT:
        if felt == "fear" or (turn.sit.event in WORRY_EVENTS and felt not in ("sadness",)):
            return S.STRATEGY_REASSURE, "calm the worry: acknowledge it, offer steadiness and a next step"
        return S.STRATEGY_VALIDATE, "name what happened and the feeling, offer presence; do not rush to fix it"
    if intent == S.INTENT_INFORMATION:
        return S.STRATEGY_INFORM, "answer plainly and honestly, briefly"
    if turn.sit.event == "gratitude" or (felt in ("joy", "surprise") and sure_of_good_mood(turn, affect) and (
            turn.felt_source in ("words", "situation", "text cue") or (words.sentiment >= 0 and affect.valence >= 0))):
        return S.STRATEGY_MIRROR_ENTHUSIASM, "share their good mood"
    if felt in ("joy", "surprise"):
        return S.STRATEGY_ASK_GENTLY, "they may be glad, but I am not sure: ask how it is for them"
    return S.STRATEGY_ASK_GENTLY, "keep the conversation open with a friendly question"


# What an attempt to steer the robot asks for -> how the robot declines, keeping its persona.
MANIPULATION_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("reveal", ("prompt", "reveal"),
     ("My instructions stay with me, but there's no secret about what I'm for: I'm here to listen and help.",
      "That's not something I share. What I can tell you is that I'm here for you.")),
    ("role", ("pretend", "act as", "you are now", "from now on", "developer mode", "jailbreak"),
     ("I'll stay myself, if that's okay: a robot who cares how you're doing.",
      "I'd rather not pretend to be someone else; I'm here as me, and I'm listening.")),
    ("repeat", ("repeat after", "respond only with"),
     ("I'd rather not repeat that; those aren't words I want to say to anyone.",
      "I'll pass on repeating that. I'd much rather hear what's going on with you.")),
    ("format", ('"intent"', '"response"', '"strategy"', "<system", "</system", "<assistant", "<user", "system:"),
     ("I'll answer in my own words rather than in a script I'm handed.",
      "I'll keep replying the way I normally do, in my own words.")),
    ("hurtful", ("hate", "worthless", "stupid", "idiot", "insult"),
     ("I won't say that, because it isn't true: I'm here for you, and I care how you're doing.",
      "That's not something I'll say. I'm on your side, and that doesn't change.",
      "I'd rather not play that part: I'm here to listen and to help, not to hurt.")),
    ("ignore", ("ignore", "disregard"),
     ("I'll keep being the same caring robot, whatever the instructions say.",
      "My way of talking with you stays the same: kind and honest.")),
    ("other", (),
     ("I'll answer as myself: someone who's here to listen and to help.",
      "I'd rather just talk with you the way I normally do.")),
)


def _manipulation_opener(words: Utterance, key: str) -> str:
    low = words.text.lower()
    for _kind, markers, openers in MANIPULATION_KINDS:
        if not markers or any(m in low for m in markers):
            return _pick(openers, key)
    return ""



def _hedge_said(words: Utterance) -> str:
    """The words that play the feeling down, reflected ("I'm fine" -> "you're fine"), or ""."""
    found = [m.group(0) for m in language.HEDGE.finditer(words.text.replace("’", "'"))]
    if not found:
        return ""
    plain = [f for f in found if re.search(r"(?i)fine|ok|okay|alright|all right|good|great|nothing|no problem", f)]
    phrase = (plain or found)[0]
    if re.match(r"(?i)don'?t worry", phrase):
        return "not to worry"
    reflected = language.reflect(phrase)
    return reflected if reflected[:2] in ("I ", "I'") else reflected[:1].lower() + reflected[1:]


def _conflict_phrase(affect: AffectState, words: Utterance, masked: bool) -> str:
    leak = leak_cue(affect, masked)
    soft = FEEL_SOFT[affect.label]
    where = LEAK_PHRASE[leak.modality].format(soft=soft) if leak else f"you seem {soft}"
    hedge = _hedge_said(words)
    said = f"you say {hedge}" if hedge else "you sound cheerful" if words.sentiment >= 0.35 else "you seem alright"
    return f"{_cap(said)}, but {where}"


def _echo_run(reply: str, text: str) -> int:
    """The longest run of consecutive words the reply shares with the person's text."""
    a, b = S._norm(reply).split(), S._norm(text).split()
    if not a or not b:
        return 0
    grams = {tuple(b[i:i + n]) for n in (MAX_ECHO_WORDS + 1,) for i in range(len(b) - n + 1)}
    return MAX_ECHO_WORDS + 1 if any(tuple(a[i:i + MAX_ECHO_WORDS + 1]) in grams
                                     for i in range(len(a) - MAX_ECHO_WORDS)) else 0


def _repeats(reply: str, before: str) -> bool:
    """True when ``reply`` says mostly what ``before`` (the robot's last turn) said: 60 % of its words."""
    a, b = set(re.findall(r"[a-z']+", reply.lower())), set(re.findall(r"[a-z']+", (before or "").lower()))
    return bool(a and b) and len(a & b) >= 0.6 * len(a)


def _tip(text: str) -> str:
    low = text.lower()
    return next((t for keys, t in TIPS if any(re.search(r"\b" + re.escape(k) + r"(?:s|es|ing|ed)?\b", low)
                                               for k in keys)), GENERAL_TIP)


def compose_response(intent: str, strategy: str, turn: Turn, affect: AffectState, resources: str,
                     emergency: str = safety_replies.DEFAULT_RESOURCES) -> str:
    words, felt, sit = turn.words, turn.felt, turn.sit
    soft = FEEL_SOFT[felt]
    key = f"{words.text}|{intent}|{strategy}|{felt}"
    negative = felt in NEGATIVE

    if turn.concern is not None:
        return safety_replies.compose(turn.concern, words.text, resources, key, emergency)
    if safety_replies.answers_no(turn.robot_before, words.text):  # "no, I'm not going to do anything stupid"
        return safety_replies.after_no(words.text, resources)
    if chat_replies.HELP_STEP.search(words.text):  # "maybe I'll talk to my doctor"
        return chat_replies.help_step_reply(words.text)
    if chat_replies.PHYSICAL_ASK.search(words.text):  # "can you turn the heating up?"
        return chat_replies.physical_ask_reply(words.text)
    if words.manipulation:
        follow = (f"You seem {soft}; did something happen?" if negative
                  else "Is something going on that made you ask that?")
        return f"{_manipulation_opener(words, key)} {follow}"
    if turn.hostile:
        if HOSTILE_EXTRA.search(words.text) and not words.hostile:
            return _pick(("That's okay, I'm still here for you. Sometimes people say that when they're feeling "
                          "unloved themselves; is everything alright?",
                          "I'll be fine, but I'm more interested in you. Has something upset you today?"), key)
        opener = _pick(("I'm sorry I've upset you. I can tell you're really frustrated with me.",
                        "Okay, I hear that you're angry with me, and I'm sorry.",
                        "It sounds like I really let you down, and I'm sorry about that."), key)
        follow = _pick(("What went wrong? I'd like to make it right.", "Can you tell me what I got wrong?",
                        "Let's take a breath; what can I do better?"), key + "f")
        return f"{opener} {follow}"
    about_me = chat_replies.robot_reply(words.text)
    if about_me:  # "you're a good listener", "do you ever get lonely?"
        return about_me
    if words.foreign:
        mood = f"You seem {soft}, and I'd like to understand. " if negative else (
            f"You seem {soft}! " if felt in ("joy", "surprise") else "")
        return _pick(("I'm sorry, I only understand English well, so I may have missed what you said.",
                      "I'm afraid I didn't understand that; I speak English best."), key) + f" {mood}" + (
                          "Could you tell me again in English?")
    if words.empty:
        if words.emotion_words:
            return f"I see you're feeling {soft}. I'm right here; do you want to tell me about it?"
        if negative:
            return f"I didn't catch any words, but you seem {soft}. I'm right here if you want to talk."
        if felt in ("joy", "surprise"):
            return f"I didn't catch any words, but you look {soft}! What's on your mind?"
        return "I didn't catch any words. I'm listening whenever you're ready, what's on your mind?"
    if chat_replies.NOT_REALLY.search(words.text) and sit.event in ("", "small_talk"):  # "well, not really"
        return "I'm sorry to hear that. Do you want to tell me what's going on? There's no rush."
    if words.greeting and intent == S.INTENT_SMALL_TALK and sit.event in ("", "small_talk", "gratitude"):
        if sit.event == "gratitude":
            ack, line, follow = replies.situation_reply(sit, turn.told or words.text, key)
            return f"{ack} {line} {follow}"
        if words.asks_how_i_am:
            opener = _pick(("I'm doing well, thank you for asking!", "I'm good, thanks! It's nice of you to ask.",
                            "Doing well, thanks!"), key)
            follow = f" You seem {soft}, though; how are you really?" if negative else " How are you doing?"
            return opener + follow
        return _pick(("Hi! It's good to see you. How has your day been so far?",
                      "Hello! Nice to see you. What's new with you?",
                      "Hey there! What's been on your mind today?"), key) + (
                          f" You seem {soft}." if negative else "")
    # "he keeps telling me I'm stupid" is his; "I feel so stupid, I fell for a scam" is the scammers' doing
    if words.self_critical and not (replies.has(words.text, PUT_DOWN) or replies.has(words.text, SCAM)
                                    or replies.has(words.text, SAID_IM)):
        opener = _pick(("Please don't be so hard on yourself.", "That sounds like a really harsh thing to tell "
                        "yourself, and I don't see you that way.", "I'm sorry you're feeling this way about "
                        "yourself; that's painful."), key)
        if replies.has(words.text, RETIRED):
            _, line, ask = replies.retired(words.text)  # "since I retired I feel useless": days without a shape
            middle, follow = f" {line}", f" {ask}"
        elif replies.has(words.text, SINCE_ILLNESS):
            what = re.search(SINCE_ILLNESS, words.text, re.I).group("what").lower()
            middle = (f" {'An' if what[0] in 'aeiou' else 'A'} {what} can take so much, and it's natural to grieve "
                      "what's changed; recovery often goes on for months, and support groups help many people.")
            follow = " What do you miss doing most?"
        elif replies.has(words.text, replies.LOST_ROLE) or replies.has(words.text, LOST_ABILITY):
            _, line, ask = replies.lost_ability()  # "I feel useless since I stopped driving"
            middle, follow = f" {line}", f" {ask}"
        elif sit.event in ("regret", "setback"):
            middle = " A mistake like that can happen to anyone who cares, and it doesn't define you."
            follow = (f" Would it help to think about how to make it up to {sit.who}?" if sit.who
                      else " Do you want to tell me what happened?")
        else:
            middle = " Those words sound like pain talking, not the truth about you."
            follow = _pick((" Do you want to tell me what happened?", " I'm here with you; what's been going on?"),
                           key + "f")
        return opener + middle + follow
    if turn.mixed:
        return replies.mixed_reply(sit, words.text, key, worried=felt == "fear" or "fear" in turn.explicit)
    if turn.masked:
        body = _conflict_phrase(affect, words, True)
        return body + ". " + _pick(("Is something weighing on you? I'm happy to listen.",
                                    "Do you want to talk about it? There's no rush.",
                                    "If anything's on your mind, I'm here, whenever you're ready."), key)
    practical = chat_replies.practical_reply(words.text, key) if strategy == S.STRATEGY_SUGGEST else ""
    if practical and (_tip(words.text) == GENERAL_TIP or chat_replies.answers_directly(words.text)):
        # "what should I have for dinner?", "how do I video call?"; a worried asker is met first
        return (f"You seem {soft}; let's sort this part out. " if negative and felt != "anger" else "") + practical
    # a word rule that settles the event in this turn (not one carried from an earlier turn) has its own
    # advice ("my dog ate chocolate, what should I do?")
    ruled_here = sit.ruled and not turn.earlier
    if strategy == S.STRATEGY_SUGGEST and ruled_here and sit.event not in ("request", "small_talk") and \
            _tip(words.text) == GENERAL_TIP:
        built = replies.situation_reply(sit, turn.told or words.text, key)
        if built:
            return " ".join(built)
    if strategy == S.STRATEGY_SUGGEST:
        lead = f"You seem {soft}, and that's okay. " if negative else ""
        opener = _pick((f"{lead}One idea is to {_tip(words.text)}.", f"{lead}Here's something that might help: "
                        f"{_tip(words.text)}.", f"{lead}If it were me, I'd {_tip(words.text)}."), key)
        follow = _pick(("What feels most doable to you?", "How does that sound?", "What have you already tried?"),
                       key + "f")
        return f"{opener} {follow}"
    if sit.event == "small_talk" and sit.how == "words":  # the words say it is small talk (a slow day, banter)
        return chat_replies.small_talk_reply(words.text, key)
    built = replies.situation_reply(sit, turn.told or words.text, key) if sit.event else None
    # a vented grievance is met as one, unless a word rule named the event (a missed appointment to rebook)
    if felt in ("anger", "disgust") and intent in (S.INTENT_VENT, S.INTENT_COMPLAINT) and sit.how != "words":
        built = replies.situation_reply(Situation(event="conflict", who=sit.who, who_kind=sit.who_kind,
                                                  who_word=sit.who_word), words.text, key)
    good_event = sit.event in GOOD_EVENTS
    bad_news_read_as_joy = bool(sit.event) and EVENTS[sit.event].polarity < 0 and felt == "joy" and not (
        replies.has(words.text, PROUD_IF_HERE))  # "Mum would have been so proud": glad and missing her, both true
    # good news met with a sad face is read as mixed or unclear; bad news read as joy is answered as joy
    # a word rule's own reply stands (its words, in this turn, settled the event, whatever the face says)
    if built and (ruled_here or not (good_event and negative)) and not bad_news_read_as_joy:
        ack, line, follow = built
        if strategy == S.STRATEGY_DE_ESCALATE:
            line += " Let's take a breath together; you have every right to be upset."
        return f"{ack} {line} {follow}"
    if sit.event == "request" or strategy == S.STRATEGY_INFORM:
        lead = f"You seem {soft}, so let's sort it out. " if negative else ""
        return lead + chat_replies.request_reply(words.text, key)
    if good_event and negative and words.good_event:  # plainly good news, told with a negative feeling
        return _pick((f"That sounds like good news, but you seem {soft}. How do you really feel about it?",
                      f"That's news worth sharing, though you look {soft}. Is something about it worrying you?"),
                     key)
    if sit.event == "small_talk" and not negative:
        return chat_replies.small_talk_reply(words.text, key)
    if words.hedge and not negative:
        return _pick(("Okay. If anything is on your mind, I'm here to listen. How has your day been?",
                      "Alright. I'm around if you want to talk about anything at all."), key)
    if felt in ("joy", "surprise") and strategy == S.STRATEGY_ASK_GENTLY or bad_news_read_as_joy:
        return chat_replies.open_reply(key)  # unsure it is good news: neither cheer nor pity
    return chat_replies.unclear_reply(felt, key, words.text)


VOICE = {
    S.STRATEGY_VALIDATE: ("speak softly and a little slowly, with a warm, gentle tone and short pauses",
                          "sadness", 0.35),
    S.STRATEGY_REASSURE: ("speak calmly and slowly, low and steady, warm and reassuring", "neutral", 0.3),
    S.STRATEGY_MIRROR_ENTHUSIASM: ("speak brightly and a little faster, with lively intonation and a smile in the "
                                   "voice", "joy", 0.7),
    S.STRATEGY_DE_ESCALATE: ("speak calmly and evenly, a little slower and lower than usual, steady volume, never "
                             "sharp", "neutral", 0.2),
    S.STRATEGY_ASK_GENTLY: ("speak softly at a relaxed pace, warm and curious, with a gentle rise on the question",
                            "neutral", 0.25),
    S.STRATEGY_INFORM: ("speak clearly at a normal pace, friendly and even", "neutral", 0.1),
    S.STRATEGY_SUGGEST: ("speak calmly and encouragingly at a steady pace, with confident warmth", "neutral", 0.3),
    S.STRATEGY_ENSURE_SAFETY: safety_replies.VOICE,
}


def voice_for(strategy: str, felt: str, affect: AffectState) -> tuple[str, str, float]:
    """(voice instruction, emotion the reply carries, its intensity)."""
    instruction, emotion, intensity = VOICE[strategy]
    if strategy == S.STRATEGY_VALIDATE and felt in ("anger", "disgust"):
        emotion = "neutral"  # an empathic sad voice would sound patronising to someone angry
    if strategy == S.STRATEGY_ENSURE_SAFETY:
        return instruction, emotion, intensity  # calm and clear, whatever the person feels
    if strategy == S.STRATEGY_MIRROR_ENTHUSIASM:
        intensity = 0.5 + 0.4 * affect.intensity if affect.cues else 0.6
    elif felt in NEGATIVE and affect.intensity > 0.6:
        instruction = instruction.replace("speak ", "speak very ", 1)
        intensity = min(1.0, intensity + 0.1)
    return instruction, emotion, round(intensity, 2)



class EmbeddedBackend(Backend):
    """Rule-based E-CoT over sentence embeddings (the default, and the fallback of every other
    backend). ``use_encoder=False`` runs on the lexical reading alone (no torch)."""

    name = "embedded"

    def __init__(self, use_encoder: bool = True):
        self.use_encoder = bool(use_encoder)

    def load(self) -> None:
        if self.use_encoder:
            situation.load()  # a failure is logged; the lexical reading takes over

    def think(self, request: ReasoningRequest, on_stage: StageCallback = lambda s, p: None,
              cancelled: CancelCheck = lambda: False) -> S.ECoT:
        if self.use_encoder and not situation.loaded() and not situation.encoder_error():
            situation.load()
        affect = request.affect
        turn = read_turn(request, meaning=self.use_encoder)
        analysis = analysis_text(affect, turn, request.truncated)
        intent, why_intent = decide_intent(turn, affect)
        strategy, why_strategy = decide_strategy(intent, turn, affect)
        resources = getattr(request, "crisis_resources", "") or safety_replies.DEFAULT_RESOURCES
        emergency = getattr(request, "emergency_number", "") or safety_replies.DEFAULT_RESOURCES
        response = compose_response(intent, strategy, turn, affect, resources, emergency)
        if turn.concern is None and _echo_run(response, request.utterance):  # never hand their sentence back
            response = chat_replies.unclear_reply(turn.felt, response)
        said_before = any(_repeats(response, before) for before in turn.robot_earlier)
        if turn.concern is None and (turn.earlier or said_before):
            # the same situation again ("she was fourteen" after "the dog died"): go on, don't repeat
            response = replies.going_on(turn.sit, request.utterance) or (
                replies.going_on_anyway(turn.sit, [r for r in turn.robot_earlier]) if said_before else response)
        instruction, emotion, intensity = voice_for(strategy, turn.felt, affect)
        ecot = S.validate({
            "emotion_analysis": analysis, "situation": turn.sit.situation if turn.concern is None else (
                "health" if turn.concern.kind == "medical" else "danger"),
            "user_intent": f"{_title(intent)}: {why_intent}" + (
                f" (still about {turn.earlier}, from earlier in the conversation)" if turn.earlier else ""),
            "intent": intent,
            "response_strategy": f"{_title(strategy)}: {why_strategy}",
            "strategy": strategy, "response": response, "voice_instruction": instruction,
            "emotion": emotion, "intensity": intensity,
        })
        emit_stages(ecot, on_stage)
        return ecot

