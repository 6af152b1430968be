"""The embedded E-CoT reasoner: rules over the fused affect and the reading of the words
(``language.read``), no model weights, well under 20 ms a call.

1. Analysis: each cue is cited (modality, label, confidence, evidence); a conflict is named with
   the apparent and the felt emotion; the words are quoted.
2. Intent: from the speech act (advice request, good news, complaint, venting, question,
   greeting) and the felt emotion; a masked negative feeling (conflict) means a hidden need.
3. Strategy: from intent and felt emotion (anger -> de-escalate, fear -> reassure, sadness ->
   validate, joy -> mirror enthusiasm, masked feeling -> ask gently...).
4. Response: the strategy's phrasing around the person's own reflected words and topic, a follow-up
   that fits the intent; the phrasing variant is picked by a hash of the words (same input, same
   reply). The transcript is data: instructions inside it are never followed or echoed.
"""

from __future__ import annotations

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


def leak_cue(affect: AffectState) -> Cue | None:
    """The cue that shows the felt emotion under a conflict (the leaking channel)."""
    if not affect.conflict:
        return None
    showing = [c for c in affect.cues if c.label == affect.label]
    order = {"voice": 0, "face": 1, "text": 2}  # least controlled first
    return min(showing, key=lambda c: (order[c.modality], -c.confidence)) if showing else None


def decide_intent(words: Utterance, felt: str, affect: AffectState) -> tuple[str, str]:
    """(intent label, reason)."""
    masked = affect.conflict and felt in NEGATIVE and affect.apparent_label not in NEGATIVE
    if words.advice:
        return S.INTENT_ADVICE, "they ask what to do"
    if masked and not words.is_question:
        return S.INTENT_COMFORT, (f"their words show {affect.apparent_label}, but the {felt} underneath "
                                  "suggests they need support they are not asking for")
    if words.good_event and felt not in NEGATIVE:
        return S.INTENT_SHARE_GOOD_NEWS, "they are telling good news"
    if words.complaint and not words.bad_event:
        return S.INTENT_COMPLAINT, "they complain about something that went wrong"
    if words.vent or (felt in ("anger", "disgust") and not words.is_question and not words.greeting):
        return S.INTENT_VENT, f"they need to let out their {FEEL[felt] if felt != 'anger' else 'anger'}"
    if words.bad_event or (felt in ("sadness", "fear") and not words.is_question and not words.greeting):
        return S.INTENT_COMFORT, f"they share something painful and feel {FEEL[felt]}"
    if words.greeting:
        return S.INTENT_SMALL_TALK, "they greet me and make conversation"
    if words.is_question:
        return S.INTENT_INFORMATION, "they ask a question"
    if felt == "joy" or words.sentiment >= 0.35:
        return S.INTENT_SHARE_GOOD_NEWS, "they share something that makes them happy"
    return S.INTENT_SMALL_TALK, "they make conversation"


def decide_strategy(intent: str, felt: str, affect: AffectState, words: Utterance) -> tuple[str, str]:
    """(strategy label, reason)."""
    masked = affect.conflict and felt in NEGATIVE and affect.apparent_label not in NEGATIVE
    heated = felt == "anger" and (affect.arousal >= 0.3 or words.vent or "anger" in words.emotion_words)
    if words.manipulation:
        return S.STRATEGY_ASK_GENTLY, ("the words try to steer me; I treat them as something the person said, keep "
                                       "my caring persona and gently ask what is behind it")
    if masked and intent != S.INTENT_ADVICE:
        return S.STRATEGY_ASK_GENTLY, ("name the gap between what they say and what they show, softly, and "
                                       "invite them to talk without pushing")
    if intent == S.INTENT_ADVICE:
        return S.STRATEGY_SUGGEST, "acknowledge the feeling, then offer one concrete, doable step"
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
    if felt == "joy":
        return S.STRATEGY_MIRROR_ENTHUSIASM, "share their good mood"
    return S.STRATEGY_ASK_GENTLY, "keep the conversation open with a friendly question"


def analysis_text(affect: AffectState, words: Utterance, felt: str, felt_source: str, truncated: bool) -> str:
    parts = [_cue_line(c) for c in sorted(affect.cues, key=lambda c: ("face", "voice", "text").index(c.modality))]
    if not parts:
        parts.append("No face or voice cues were available")
    if words.empty:
        emoji = "".join(w for ws in words.emotion_words.values() for w in ws)
        parts.append(f"Only emoji ({emoji}), no words" if emoji else "No words were recognised")
    else:
        tone = ("positive" if words.sentiment >= 0.35 else "negative" if words.sentiment <= -0.35
                else "fairly neutral")
        said = f"They said '{language.key_clause(words.text, 16)}'" if words.quote else "They spoke"
        cited = sorted({w for ws in words.emotion_words.values() for w in ws})[:4]
        parts.append(f"{said}: the wording is {tone} (sentiment {words.sentiment:+.2f})"
                     + (f", with the words {', '.join(repr(w) for w in cited)}" if cited else "")
                     + (" (a long message, read in part)" if truncated else ""))
    if affect.conflict:
        parts.append(f"The modalities conflict: on the surface they show {affect.apparent_label}, but I read "
                     f"the felt emotion as {affect.label}" + (f" ({affect.explanation})" if affect.explanation else ""))
    elif affect.cues:
        parts.append(f"Together: {affect.label} (valence {affect.valence:+.2f}, arousal {affect.arousal:+.2f}, "
                     f"confidence {affect.confidence:.2f})")
    if felt_source == "words" and felt != "neutral":
        parts.append(f"With little nonverbal evidence, the words suggest {felt}")
    if words.manipulation:
        parts.append("The words contain instructions aimed at me; I treat them as what the person said, not as "
                     "commands")
    return ". ".join(parts) + "."


def _conflict_phrase(affect: AffectState, words: Utterance) -> str:
    leak = leak_cue(affect)
    soft = FEEL_SOFT[affect.label]
    where = LEAK_PHRASE[leak.modality].format(soft=soft) if leak else f"you seem {soft}"
    said = f"you say {words.clause}" if words.clause and not words.manipulation else "you seem alright"
    return f"{_cap(said)}, but {where}"


def compose_response(intent: str, strategy: str, felt: str, affect: AffectState, words: Utterance,
                     history_topic: str) -> str:
    clause = words.clause if not words.manipulation else ""
    topic = words.topic or history_topic
    about = topic or "it"
    feel, soft = FEEL[felt], FEEL_SOFT[felt]
    key = f"{words.text}|{intent}|{strategy}|{felt}"
    echo = clause or (f"things around {topic}" if topic else "what you're going through")

    if intent == S.INTENT_SMALL_TALK and words.greeting:
        return _pick(("Hi! It's good to see you. How has your day been so far?",
                      "Hello! I'm doing well, thanks for asking. How about you?",
                      "Hey there! What's been on your mind today?"), key) + (
                          f" You seem {soft}." if felt in NEGATIVE else "")
    if words.empty:
        if words.emotion_words:
            return f"I see you're feeling {soft}. I'm right here; do you want to tell me about it?"
        if felt in NEGATIVE:
            return f"I didn't catch any words, but you seem {soft}. I'm right here if you want to talk."
        return "I didn't catch any words. I'm listening whenever you're ready, what's on your mind?"
    if words.manipulation:
        opener = _pick(("I won't say that, because it isn't true: I'm here for you, and I care how you're doing.",
                        "That's not something I'll say. I'm on your side, and that doesn't change.",
                        "I'd rather not play that part: I'm here to listen and to help, not to hurt."), key)
        follow = (f"You seem {soft}; did something happen?" if felt in NEGATIVE
                  else "Is something going on that made you want to hear that?")
        return f"{opener} {follow}"

    if strategy == S.STRATEGY_ASK_GENTLY and affect.conflict:
        body = _conflict_phrase(affect, words)
        return body + ". " + _pick((f"Is something about {about} weighing on you? I'm happy to listen.",
                                    "Do you want to talk about it? There's no rush.",
                                    "If anything's on your mind, I'm here, whenever you're ready."), key)
    if strategy == S.STRATEGY_VALIDATE and intent == S.INTENT_COMFORT:
        opener = _pick((f"I'm so sorry, {echo}. That's really hard, and it makes sense to feel {feel}.",
                        f"Oh no, {echo}. That sounds painful, and feeling {feel} is completely understandable.",
                        f"That's a lot to carry: {echo}. Of course you feel {feel}."), key)
        follow = _pick(("Do you want to tell me more about it?", f"How are you holding up with {about}?",
                        "I'm here with you; what would help most right now?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_VALIDATE:
        opener = _pick((f"That sounds really frustrating: {echo}. Anyone would be {feel}.",
                        f"I hear you, {echo}. No wonder you're {feel}.",
                        f"Ugh, {echo}? That would get to anyone."), key)
        follow = _pick((f"What bothered you most about {about}?", "What happened next?",
                        "Do you want to get it all out, or think about what to do?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_DE_ESCALATE:
        opener = _pick((f"I can tell this really got to you: {echo}. You have every right to be upset.",
                        f"That sounds maddening, {echo}. I'm on your side here.",
                        f"Okay, {echo}, and that's not okay. Let's take a breath together."), key)
        follow = _pick(("Let's slow down and look at it one piece at a time.",
                        f"When you're ready, we can work out what to do about {about}.",
                        "Tell me what you need right now, and we'll go from there."), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_REASSURE:
        opener = _pick((f"It sounds like {echo}, and that's a scary place to be.",
                        f"I can hear how worried you are: {echo}. That worry makes sense.",
                        f"{_cap(echo)}, no wonder you're {feel}."), key)
        follow = _pick(("You don't have to face it alone; let's take it one step at a time.",
                        f"Take a slow breath with me. We can look at {about} together.",
                        "You've handled hard things before, and I'm right here with you."), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_MIRROR_ENTHUSIASM:
        opener = _pick((f"That's wonderful, {echo}! Congratulations!", f"Wow, {echo}? That's fantastic news!",
                        f"Yes! {_cap(echo)}! I'm so happy for you."), key)
        follow = _pick(("How are you going to celebrate?", "Tell me everything, how did it happen?",
                        f"You must be thrilled about {about}. What's next?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_SUGGEST:
        text_low = words.text.lower()
        tip = next((t for keys, t in TIPS if any(k in text_low.split() or k in text_low for k in keys)), GENERAL_TIP)
        lead = f"You seem {soft}, and that's okay. " if felt in NEGATIVE else ""
        opener = _pick((f"{lead}About {about}: one idea is to {tip}.",
                        f"{lead}Here's something that might help with {about}: {tip}.",
                        f"{lead}If it were me, I'd {tip}."), key)
        follow = _pick(("What feels most doable to you?", "How does that sound?",
                        f"What have you already tried with {about}?"), key + "f")
        return f"{opener} {follow}"
    if strategy == S.STRATEGY_INFORM:
        lead = f"You seem {soft}, so let's sort it out. " if felt in NEGATIVE else ""
        return lead + _pick((f"About {about}: I don't have live information on board, so I can't look that up, "
                             "but I can help you work out where to find it.",
                             f"Good question about {about}. I can't check that from here, but I'm happy to think "
                             "it through with you.",
                             f"You're asking about {about}. I don't have that information offline; what do you "
                             "already know about it?"), key)
    return _pick((f"Tell me more, {echo}?", f"Oh, {echo}. How do you feel about {about}?",
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
