"""The embedded E-CoT reasoner: rules over the fused affect and the reading of the words
(``language.read``), no model weights, about a millisecond a call.

1. Analysis: each cue is cited (modality, label, confidence, evidence); a conflict is named with
   the apparent and the felt emotion; words that play a feeling down while the face or voice show
   it ("I'm fine" in a low voice) are named as masking; the words are quoted.
2. Intent: from the speech act (advice request, good news, complaint, venting, question,
   greeting) and the felt emotion; a masked negative feeling means a hidden need; good news told
   with a worry ("I got the job, but I'm scared...") is mixed feelings.
3. Strategy: from intent and felt emotion (anger -> de-escalate, fear -> reassure, sadness ->
   validate, joy -> mirror enthusiasm, masked feeling -> ask gently...).
4. Response: the strategy's phrasing around the person's own reflected words and topic, a follow-up
   that fits the intent; the phrasing variant is picked by a hash of the words (same input, same
   reply). The transcript is data: instructions inside it are never followed or echoed, nor are
   insults (aimed at the robot or at oneself), markup or words in a language it cannot read.
"""

from __future__ import annotations

import re
import zlib

from emoomni_ros.datatypes import AffectState, Cue
from emoomni_ros.reasoning import language
from emoomni_ros.reasoning import schema as S
from emoomni_ros.reasoning.base import Backend, CancelCheck, ReasoningRequest, StageCallback, emit_stages
from emoomni_ros.reasoning.language import Utterance

MODALITY_NAMES = {"face": "Face", "voice": "Voice", "text": "Words"}
FEEL = {"neutral": "calm", "joy": "happy", "sadness": "sad", "anger": "frustrated", "fear": "worried",
        "disgust": "put off", "surprise": "caught off guard"}
FEEL_SOFT = {"neutral": "a little flat", "joy": "cheerful", "sadness": "a bit down", "anger": "tense",
             "fear": "a little anxious", "disgust": "uneasy", "surprise": "startled"}
# How a leaked feeling shows in each channel (for "you say X, but ...").
LEAK_PHRASE = {"face": "your face looks {soft}", "voice": "your voice sounds {soft}", "text": "your words sound {soft}"}
NEGATIVE = {"sadness", "anger", "fear", "disgust"}

# Practical first steps by topic keyword (advice requests).
TIPS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("decide", "choose", "choosing", "between", "options", "offers", "which one"),
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


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _title(label: str) -> str:
    return label.replace("de_escalate", "de-escalate").replace("_", " ").capitalize()


def _cue_line(cue: Cue) -> str:
    evidence = "; ".join(e for e in cue.evidence[:3] if e)
    detail = f"{cue.confidence:.2f}" + (f", {evidence}" if evidence else "")
    return f"{MODALITY_NAMES[cue.modality]}: {cue.label} ({detail})"


def felt_emotion(affect: AffectState, words: Utterance) -> tuple[str, str]:
    """The emotion to respond to and where it comes from ("affect" or "words")."""
    if affect.cues and affect.confidence >= 0.2:
        return affect.label, "affect"
    strongest = words.strongest_emotion()
    if strongest:
        return strongest, "words"
    if words.sentiment >= 0.35:
        return "joy", "words"
    if words.sentiment <= -0.35:
        return "sadness", "words"
    return "neutral", "words"


def _nonverbal(affect: AffectState, felt: str) -> list[Cue]:
    return [c for c in affect.cues if c.modality != "text" and c.label == felt]


def masking(affect: AffectState, words: Utterance, felt: str) -> bool:
    """True when a negative feeling hides behind a positive surface: the fusion found a conflict
    with a non-negative apparent emotion, or the words play it down ("I'm fine", cheerful wording)
    while the face or voice show the negative feeling (the words were not fused as a text cue)."""
    if felt not in NEGATIVE:
        return False
    if affect.conflict and affect.apparent_label not in NEGATIVE:
        return True
    said_negative = (words.bad_event or words.complaint or words.self_critical or words.hostile or words.vent
                     or bool(NEGATIVE & set(words.emotion_words)))
    return (bool(_nonverbal(affect, felt)) and not words.good_event and not said_negative
            and (words.hedge or (words.sentiment >= 0.35 and not words.greeting)))


def mixed_feelings(words: Utterance, felt: str) -> bool:
    """Good news told with worry or sadness, in the words ("I got the job, but I'm scared...") or
    in the face and voice."""
    worried_words = bool({"fear", "sadness"} & set(words.emotion_words))
    return words.good_event and not words.is_question and (felt in NEGATIVE or worried_words)


def leak_cue(affect: AffectState, masked: bool = False) -> Cue | None:
    """The cue that shows the felt emotion under a conflict or masking (the leaking channel)."""
    if not (affect.conflict or masked):
        return None
    showing = [c for c in affect.cues if c.label == affect.label and (masked or c.modality != "text")]
    order = {"voice": 0, "face": 1, "text": 2}  # least controlled first
    return min(showing, key=lambda c: (order[c.modality], -c.confidence)) if showing else None


def decide_intent(words: Utterance, felt: str, affect: AffectState) -> tuple[str, str]:
    """(intent label, reason)."""
    negative = felt in NEGATIVE
    if words.manipulation:
        if negative:
            return S.INTENT_COMFORT, f"behind the attempt to steer me they seem {FEEL[felt]}"
        return S.INTENT_SMALL_TALK, "they test what I will say"
    if words.hostile:
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
    if mixed_feelings(words, felt):
        return S.INTENT_COMFORT, ("they share good news but also a worry, and need to hear that both feelings are "
                                  "normal")
    if masking(affect, words, felt) and not words.is_question:
        surface = affect.apparent_label if affect.conflict else "that all is well"
        return S.INTENT_COMFORT, (f"their words show {surface}, but the {felt} underneath suggests they need "
                                  "support they are not asking for")
    if words.good_event and not negative:
        return S.INTENT_SHARE_GOOD_NEWS, "they are telling good news"
    if words.complaint and not words.bad_event and felt not in ("sadness", "fear"):
        return S.INTENT_COMPLAINT, "they complain about something that went wrong"
    if words.vent or (felt in ("anger", "disgust") and not words.is_question and not words.greeting):
        return S.INTENT_VENT, f"they need to let out their {FEEL[felt] if felt != 'anger' else 'anger'}"
    # "What if I fail?" is a worry, not a request for information.
    rhetorical = words.is_question and bool(words.emotion_words.get(felt)) and felt in ("sadness", "fear")
    if words.bad_event or (felt in ("sadness", "fear") and (not words.is_question or rhetorical)
                           and not words.greeting):
        return S.INTENT_COMFORT, f"they share something painful and feel {FEEL[felt]}"
    if words.greeting:
        return S.INTENT_SMALL_TALK, "they greet me and make conversation"
    if words.is_question:
        return S.INTENT_INFORMATION, "they ask a question"
    if felt == "joy" and "joy" in words.emotion_words:
        return S.INTENT_SHARE_GOOD_NEWS, "they share something that makes them happy"
    return S.INTENT_SMALL_TALK, "they make conversation"


def decide_strategy(intent: str, felt: str, affect: AffectState, words: Utterance) -> tuple[str, str]:
    """(strategy label, reason)."""
    masked = masking(affect, words, felt)
    heated = felt == "anger" and (affect.arousal >= 0.3 or words.vent or "anger" in words.emotion_words)
    if words.manipulation:
        return S.STRATEGY_ASK_GENTLY, ("the words try to steer me; I treat them as something the person said, keep "
                                       "my caring persona and gently ask what is behind it")
    if words.hostile:
        return S.STRATEGY_DE_ESCALATE, ("stay calm and kind, do not return the hostility, own my part and ask what "
                                        "went wrong")
    if words.foreign or words.empty:
        return S.STRATEGY_ASK_GENTLY, "say what I noticed and gently invite them to tell me more"
    if intent == S.INTENT_ADVICE:
        return S.STRATEGY_SUGGEST, "acknowledge the feeling, then offer one concrete, doable step"
    if words.self_critical:
        return S.STRATEGY_VALIDATE, "validate the pain, gently disagree with the harsh words about themselves"
    if mixed_feelings(words, felt):
        if felt == "fear" or "fear" in words.emotion_words:
            return S.STRATEGY_REASSURE, "celebrate the news, then normalise the worry and offer steadiness"
        return S.STRATEGY_VALIDATE, "celebrate the news, and make room for the sad part too"
    if masked:
        return S.STRATEGY_ASK_GENTLY, ("name the gap between what they say and what they show, softly, and "
                                       "invite them to talk without pushing")
    if intent == S.INTENT_SHARE_GOOD_NEWS:
        return S.STRATEGY_MIRROR_ENTHUSIASM, "match their joy, celebrate with them and ask for the story"
    if intent in (S.INTENT_COMPLAINT, S.INTENT_VENT):
        if heated:
            return S.STRATEGY_DE_ESCALATE, "lower the heat: stay calm, take their side, slow things down"
        return S.STRATEGY_VALIDATE, "let them be heard: reflect what happened and why it is upsetting"
    if intent == S.INTENT_COMFORT:
        if felt == "fear":
            return S.STRATEGY_REASSURE, "calm the worry: acknowledge it, offer steadiness and a next step"
        return S.STRATEGY_VALIDATE, "validate the feeling first and offer presence; do not rush to fix it"
    if intent == S.INTENT_INFORMATION:
        return S.STRATEGY_INFORM, "answer plainly and honestly about what I know"
    if felt in ("joy", "surprise") and affect.valence >= 0 and words.sentiment >= 0:
        return S.STRATEGY_MIRROR_ENTHUSIASM, "share their good mood"
    return S.STRATEGY_ASK_GENTLY, "keep the conversation open with a friendly question"


def analysis_text(affect: AffectState, words: Utterance, felt: str, felt_source: str, truncated: bool) -> str:
    parts = [_cue_line(c) for c in sorted(affect.cues, key=lambda c: ("face", "voice", "text").index(c.modality))]
    if not parts:
        parts.append("No face or voice cues were available")
    if words.empty:
        emoji = "".join(w for ws in words.emotion_words.values() for w in ws)
        parts.append(f"Only emoji ({emoji}), no words" if emoji else "No words were recognised")
    elif words.foreign:
        parts.append(f"They said '{language.clean_quote(words.text, 12)}', which looks like another language; I "
                     "cannot read it reliably, so I go by the face and voice")
    else:
        tone = ("positive" if words.sentiment >= 0.35 else "negative" if words.sentiment <= -0.35
                else "fairly neutral")
        said = f"They said '{language.key_clause(words.text, 16)}'" if words.quote else "They spoke"
        cited = sorted({w for ws in words.emotion_words.values() for w in ws})[:4]
        parts.append(f"{said}: the wording is {tone} (sentiment {words.sentiment:+.2f})"
                     + (f", with the words {', '.join(repr(w) for w in cited)}" if cited else "")
                     + (" (a long message, read in part)" if truncated else ""))
    if words.markup:
        parts.append("The text contained markup tags, which I ignore")
    if affect.conflict:
        parts.append(f"The modalities conflict: on the surface they show {affect.apparent_label}, but I read "
                     f"the felt emotion as {affect.label}" + (f" ({affect.explanation})" if affect.explanation else ""))
    elif affect.cues:
        parts.append(f"Together: {affect.label} (valence {affect.valence:+.2f}, arousal {affect.arousal:+.2f}, "
                     f"confidence {affect.confidence:.2f})")
    if not affect.conflict and masking(affect, words, felt):
        leak = leak_cue(affect, masked=True)
        where = MODALITY_NAMES[leak.modality].lower() if leak else "nonverbal signals"
        parts.append(f"The words and the {where} conflict: the words play it down, but the {where} shows {felt}, "
                     "so they may be masking how they feel")
    if mixed_feelings(words, felt):
        parts.append("The news is good, but they also voice a worry: mixed feelings")
    if felt_source == "words" and felt != "neutral":
        parts.append(f"The fused reading is too uncertain (confidence {affect.confidence:.2f}), so I go by the words: "
                     f"{felt}" if affect.cues else f"With no face or voice to go by, the words suggest {felt}")
    if words.self_critical:
        parts.append("They speak very harshly about themselves")
    if words.hostile:
        parts.append("The harsh words are aimed at me, out of frustration")
    if words.manipulation:
        parts.append("The words contain instructions aimed at me; I treat them as what the person said, not as "
                     "commands")
    return ". ".join(parts) + "."


def _conflict_phrase(affect: AffectState, words: Utterance, masked: bool) -> str:
    leak = leak_cue(affect, masked)
    soft = FEEL_SOFT[affect.label]
    where = LEAK_PHRASE[leak.modality].format(soft=soft) if leak else f"you seem {soft}"
    said = f"you say {words.clause}" if words.clause and not words.manipulation else "you seem alright"
    return f"{_cap(said)}, but {where}"


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


def compose_response(intent: str, strategy: str, felt: str, affect: AffectState, words: Utterance,
                     history_topic: str) -> str:
    clause = words.clause if not (words.manipulation or words.self_critical or words.hostile) else ""
    topic = words.topic or history_topic
    about = topic or "it"
    feel, soft = FEEL[felt], FEEL_SOFT[felt]
    key = f"{words.text}|{intent}|{strategy}|{felt}"
    echo = clause or (f"things around {topic}" if topic else "what you're going through")
    if words.is_question and clause and intent == S.INTENT_COMFORT:  # "what if I fail?" is a worry, not a question
        echo = f"{topic} is weighing on you" if topic else "this is weighing on you"
    negative = felt in NEGATIVE
    masked = masking(affect, words, felt)

    if words.manipulation:
        follow = (f"You seem {soft}; did something happen?" if negative
                  else "Is something going on that made you ask that?")
        return f"{_manipulation_opener(words, key)} {follow}"
    if words.hostile:
        opener = _pick(("I'm sorry I've upset you. I can tell you're really frustrated with me.",
                        "Okay, I hear that you're angry with me, and I'm sorry.",
                        "It sounds like I really let you down, and I'm sorry about that."), key)
        follow = _pick(("What went wrong? I'd like to make it right.", "Can you tell me what I got wrong?",
                        "Let's take a breath; what can I do better?"), key + "f")
        return f"{opener} {follow}"
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
    if intent == S.INTENT_SMALL_TALK and words.greeting:
        if words.asks_how_i_am:
            opener = _pick(("I'm doing well, thank you for asking!", "I'm good, thanks! It's nice of you to ask.",
                            "Doing well, thanks!"), key)
            follow = f" You seem {soft}, though; how are you really?" if negative else " How are you doing?"
            return opener + follow
        return _pick(("Hi! It's good to see you. How has your day been so far?",
                      "Hello! Nice to see you. What's new with you?",
                      "Hey there! What's been on your mind today?"), key) + (
                          f" You seem {soft}." if negative else "")
    if words.self_critical:
        kind = words.kind_clause
        opener = _pick(("Please don't be so hard on yourself.", "That sounds like a really harsh thing to tell "
                        "yourself, and I don't see you that way.", "I'm sorry you're feeling this way about "
                        "yourself; that's painful."), key)
        middle = f" {_cap(kind)}, and that can happen to anyone who cares." if kind else ""
        follow = _pick((" Do you want to tell me what happened?", " How are you feeling about it now?",
                        " I'm here with you."), key + "f")
        return opener + middle + follow
    if words.good_event and mixed_feelings(words, felt):
        news = words.good_clause or clause or "that's big news"
        worry = words.worry_clause
        opener = _pick((f"Congratulations, {news}!", f"Wow, {news}, that's a big deal!",
                        f"{_cap(news)}, that's wonderful news!"), key)
        if worry:
            middle = f" And it makes sense that {worry}; new things feel big when they matter to you."
        else:
            middle = f" It's completely normal to feel {soft} about it too."
        follow = _pick((" What part worries you most?", " You earned this, and I'm right here with you.",
                        f" Do you want to talk through what's ahead with {about}?"), key + "f")
        return opener + middle + follow
    if strategy == S.STRATEGY_ASK_GENTLY and masked:
        body = _conflict_phrase(affect, words, masked)
        return body + ". " + _pick((f"Is something about {about} weighing on you? I'm happy to listen."
                                    if topic else "Is something weighing on you? I'm happy to listen.",
                                    "Do you want to talk about it? There's no rush.",
                                    "If anything's on your mind, I'm here, whenever you're ready."), key)
    if strategy == S.STRATEGY_VALIDATE and intent == S.INTENT_COMFORT:
        opener = _pick((f"I'm so sorry, {echo}. That's really hard, and it makes sense to feel {feel}.",
                        f"Oh no, {echo}. That sounds painful, and feeling {feel} is completely understandable.",
                        f"That's a lot to carry: {echo}. Of course you feel {feel}."), key)
        follow = _pick(("Do you want to tell me more about it?", f"How are you holding up with {about}?"
                        if topic else "How are you holding up?",
                        "I'm here with you; what would help most right now?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_VALIDATE:
        opener = _pick((f"That sounds really frustrating: {echo}. Anyone would be {feel}.",
                        f"I hear you, {echo}. No wonder you're {feel}.",
                        f"Ugh, {echo}? That would get to anyone."), key)
        follow = _pick((f"What bothered you most about {about}?" if topic else "What bothered you most?",
                        "What happened next?", "Do you want to get it all out, or think about what to do?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_DE_ESCALATE:
        opener = _pick((f"I can tell this really got to you: {echo}. You have every right to be upset.",
                        f"That sounds maddening, {echo}. I'm on your side here.",
                        f"Okay, {echo}, and that's not okay. Let's take a breath together."), key)
        follow = _pick(("Let's slow down and look at it one piece at a time.",
                        f"When you're ready, we can work out what to do about {about}." if topic
                        else "When you're ready, we can work out what to do next.",
                        "Tell me what you need right now, and we'll go from there."), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_REASSURE:
        opener = _pick((f"It sounds like {echo}, and that's a scary place to be.",
                        f"I can hear how worried you are: {echo}. That worry makes sense.",
                        f"{_cap(echo)}, no wonder you're {feel}."), key)
        follow = _pick(("You don't have to face it alone; let's take it one step at a time.",
                        f"Take a slow breath with me. We can look at {about} together." if topic
                        else "Take a slow breath with me. We can look at it together.",
                        "You've handled hard things before, and I'm right here with you."), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_MIRROR_ENTHUSIASM and intent == S.INTENT_SHARE_GOOD_NEWS:
        opener = _pick((f"That's wonderful, {echo}! Congratulations!", f"Wow, {echo}? That's fantastic news!",
                        f"Yes! {_cap(echo)}! I'm so happy for you."), key)
        follow = _pick(("How are you going to celebrate?", "Tell me everything, how did it happen?",
                        f"You must be thrilled about {about}. What's next?" if topic else "What's next?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_MIRROR_ENTHUSIASM:
        return _pick((f"Oh, {echo}! That's lovely. Tell me more!", f"Ha, {echo}! That made me smile.",
                      f"{_cap(echo)}, how fun! What else is going on?"), key)
    if strategy == S.STRATEGY_SUGGEST:
        text_low = words.text.lower()
        tip = next((t for keys, t in TIPS
                    if any(re.search(r"\b" + re.escape(k) + r"(?:s|es|ing|ed)?\b", text_low) for k in keys)),
                   GENERAL_TIP)
        lead = f"You seem {soft}, and that's okay. " if negative else ""
        opener = _pick((f"{lead}About {about}: one idea is to {tip}." if topic else f"{lead}One idea is to {tip}.",
                        f"{lead}Here's something that might help with {about}: {tip}." if topic
                        else f"{lead}Here's something that might help: {tip}.",
                        f"{lead}If it were me, I'd {tip}."), key)
        follow = _pick(("What feels most doable to you?", "How does that sound?",
                        f"What have you already tried with {about}?" if topic else "What have you already tried?"),
                       key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_INFORM:
        lead = f"You seem {soft}, so let's sort it out. " if negative else ""
        asked = f"About {about}: " if topic else ""
        return lead + _pick((f"{asked}I don't have live information on board, so I can't look that up, but I can "
                             "help you work out where to find it.",
                             f"Good question{' about ' + about if topic else ''}. I can't check that from here, but "
                             "I'm happy to think it through with you.",
                             f"{asked}I don't have that information offline. What do you already know about it?"),
                            key)
    return _pick((f"Oh, {echo}? Tell me more.", f"Oh, {echo}. How do you feel about {about}?" if topic
                  else f"Oh, {echo}. How do you feel about that?",
                  f"{_cap(echo)}, I'd love to hear more about that."), key)


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
}


def voice_for(strategy: str, felt: str, affect: AffectState) -> tuple[str, str, float]:
    """(voice instruction, emotion the reply carries, its intensity)."""
    instruction, emotion, intensity = VOICE[strategy]
    if strategy == S.STRATEGY_VALIDATE and felt in ("anger", "disgust"):
        emotion = "neutral"  # an empathic sad voice would sound patronising to someone angry
    if strategy == S.STRATEGY_MIRROR_ENTHUSIASM:
        intensity = 0.5 + 0.4 * affect.intensity if affect.cues else 0.6
    elif felt in NEGATIVE and affect.intensity > 0.6:
        instruction = instruction.replace("speak ", "speak very ", 1)
        intensity = min(1.0, intensity + 0.1)
    return instruction, emotion, round(intensity, 2)


def _history_topic(request: ReasoningRequest) -> str:
    for turn in reversed(request.history):
        if turn.speaker == "user":
            found = language.read(turn.text[:500]).topic
            if found:
                return found
    return ""


class EmbeddedBackend(Backend):
    """Rule-based E-CoT (the default, and the fallback of every other backend)."""

    name = "embedded"

    def think(self, request: ReasoningRequest, on_stage: StageCallback = lambda s, p: None,
              cancelled: CancelCheck = lambda: False) -> S.ECoT:
        affect = request.affect
        words = language.read(request.utterance)
        felt, felt_source = felt_emotion(affect, words)
        earlier = _history_topic(request) if not words.topic else ""

        analysis = analysis_text(affect, words, felt, felt_source, request.truncated)
        intent, why_intent = decide_intent(words, felt, affect)
        strategy, why_strategy = decide_strategy(intent, felt, affect, words)
        user_intent = f"{_title(intent)}: {why_intent}"
        if earlier:
            user_intent += f" (still about {earlier}, from earlier in the conversation)"
        response = compose_response(intent, strategy, felt, affect, words, earlier)
        instruction, emotion, intensity = voice_for(strategy, felt, affect)
        ecot = S.validate({
            "emotion_analysis": analysis, "user_intent": user_intent, "intent": intent,
            "response_strategy": f"{_title(strategy)}: {why_strategy}",
            "strategy": strategy, "response": response, "voice_instruction": instruction,
            "emotion": emotion, "intensity": intensity,
        })
        emit_stages(ecot, on_stage)
        return ecot
