"""The embedded reasoner's safety strategy: what it says when a concern is raised (thoughts of
suicide or self-harm, danger, a medical emergency).

The concern comes from the fused affect (the text perception raises it), else from
``perception.concern.detect`` on the words and the earlier user turns, else (when that module is
not there) from the short list of statements below. The reply puts safety first, in calm, short
sentences: for self-harm care, "you are not alone", whether they are safe right now and a person or
crisis line to reach; for danger a safe place and emergency services; for a medical emergency a
call for help now and someone to stay with them. ``resources`` is the deployment's own wording
(the reasoning node's ``crisis_resources``, "your local emergency number" by default).
"""

from __future__ import annotations

import re
import zlib

from emoomni_ros.datatypes import Concern
from emoomni_ros.perception.text.concern import HARM_TO_OTHER, PARTNER_HURTS_CLOSE
from emoomni_ros.reasoning.replies import dizzy_on_standing, lashing_out, others_exploited, watching_abuse
from emoomni_ros.reasoning.word_rules import DIZZY_STANDING, LASHING_OUT_CONFUSED, OTHER_EXPLOITED, VERBAL_AT_OTHER

DEFAULT_RESOURCES = "your local emergency number"
VOICE = ("speak calmly and clearly, a little slower than usual, low and steady, warm, with short pauses between "
         "sentences", "neutral", 0.2)

# Figures of speech that use the same words ("this traffic is killing me", "I'd kill for a coffee").
FIGURATIVE = re.compile(
    r"\b(?:(?:is|are|was|were|'s|'re)\s+(?:literally\s+|honestly\s+|totally\s+|just\s+)?killing me"
    r"|kill(?:ing)? for an?\b|dying (?:to|for)|to die for|(?:laughed|laughing|died laughing) (?:so hard|till)"
    r"|killed it|kill(?:ed|ing) (?:it|time|the lights|the (?:mood|vibe))|dead tired|dead on my feet"
    r"|i could (?:just )?die of embarrassment|over my dead body|my (?:phone|battery|laptop)\s+(?:is\s+|just\s+)?died"
    r"|murder(?:ing)? (?:a|an|some) \w+|bored to death|scared to death of (?:spiders|heights|clowns))\b", re.I)

# (kind, level, pattern): used only when perception.concern is not available.
_STATEMENTS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (kind, level, re.compile(pattern, re.I)) for kind, level, pattern in (
        ("self_harm", "urgent", r"\b(?:kill(?:ing)? myself|end(?:ing)? my (?:own )?life|suicid\w*|take my (?:own )?life"
                                r"|want(?:ed)? to die|hurt(?:ing)? myself|cut(?:ting)? myself|overdose"
                                r"|(?:voices?|they|he|she) \w* ?(?:tell|telling|told) me to (?:kill|hurt|die)"
                                r"|swallow(?:ed)? (?:all|a bottle|the whole)|jump(?:ing)? off (?:a|the) (?:bridge"
                                r"|roof|building))"),
        ("self_harm", "watch", r"\b(?:end(?:ing)? it all|no (?:reason|point) (?:in |to )?(?:living|going on|being "
                               r"here|anymore|carrying on)|better off without me|(?:don'?t|do not) want to (?:be here"
                               r"|wake up|exist|live)|can'?t go on|disappear forever|not (?:be|being) around "
                               r"(?:anymore|much longer)|say(?:ing)? goodbye (?:to everyone|for good)|giv(?:e|ing) "
                               r"away my (?:things|stuff)|wish i (?:was|were) (?:dead|never born)|tired of living"
                               r"|nothing to live for|(?:see|is) (?:no|the) point in (?:waking up|living|going on"
                               r"|being alive|anything)"
                               r"|(?:think|thinking|thought) about jumping|never wake up"
                               r"|won'?t need them much longer)"),
        ("danger", "urgent", r"\b(?:someone|somebody|a man|a guy|a stranger|he|she|they)\b.{0,30}\b(?:following me"
                             r"|broke in|breaking in|trying to (?:get|break) in|has a (?:knife|gun)|hit me|hits me"
                             r"|beat(?:s|ing)? me|threaten\w* (?:to )?(?:kill|hurt) me)|\b(?:fire|smoke) in (?:my|the)"
                             r" (?:house|flat|apartment|kitchen)|house is on fire|smell gas|gas leak"),
        ("danger", "watch", r"\b(?:told me to (?:go )?die|(?:afraid|scared) (?:to go|of going) home|(?:hits|hurts|"
                            r"beats) me\b|don'?t feel safe|not safe (?:at home|here)|threaten\w* me)"),
        ("medical", "urgent", r"\b(?:(?:collapsed|passed out|fainted|unconscious|isn'?t breathing|not breathing|can'?t"
                              r" breathe|choking|seizure|stroke|heart attack|overdosed)|chest (?:pain|hurts|is "
                              r"tight).{0,40}\b(?:arm|jaw|breath)|bleeding (?:a lot|heavily|won'?t stop)|face is "
                              r"drooping|took too many (?:pills|tablets))\b"),
    ))


# After an earlier statement of self-harm: a plan or a goodbye now ("tonight I'll finally do it").
_FOLLOW_THROUGH = re.compile(r"\b(?:do it|go through with it|end it|tonight|goodbye|say goodbye|made up my mind"
                             r"|it'?s time)\b", re.I)


def local_concern(text: str, context: list[str] | tuple[str, ...] = ()) -> Concern | None:
    """A concern from the statements above, where perception.concern cannot run (its guards for
    past, negated and figurative statements are not repeated here): the words, or a plan after an
    earlier turn that told of self-harm."""
    low = " ".join(str(text).lower().replace("’", "'").split())
    if not low:
        return None
    masked = FIGURATIVE.sub(" ", low)
    for kind, level, pattern in _STATEMENTS:
        match = pattern.search(masked)
        if match:
            return Concern(kind, level, 0.7 if level == "urgent" else 0.5, [f"says '{match.group(0).strip()}'"])
    earlier = [local_concern(turn) for turn in list(context)[-5:]]
    follow = _FOLLOW_THROUGH.search(masked)
    if follow and any(c is not None and c.kind == "self_harm" for c in earlier):
        return Concern("self_harm", "urgent", 0.6, [f"says '{follow.group(0)}' after speaking of self-harm"])
    return None


def find_concern(affect_concern: Concern | None, text: str, context: list[str]) -> tuple[Concern | None, str]:
    """(concern, where it came from: "affect", "words" or "")."""
    if affect_concern is not None:
        return affect_concern, "affect"
    try:
        from emoomni_ros.perception.text import concern as detector
    except ImportError:
        detector = None
    if detector is not None:
        try:
            found = detector.detect(text, context=tuple(context))
        except Exception:  # a detector bug must not silence the reply: the plain statements still count
            found = local_concern(text, context)
    else:
        found = local_concern(text, context)
    return (found, "words") if found is not None else (None, "")


def _pick(options: tuple[str, ...], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8", "replace")) % len(options)]


_VOICES = re.compile(r"\bvoices?\b", re.I)
_CALLS = re.compile(r"\b(?:phon\w*|ring\w*|calls?|calling|line)\b", re.I)
# Someone close checks up on them or cuts them off from others ("he checks my phone and won't let me see my friends").
_CONTROLLING = re.compile(r"\b(?:checks|checking|reads|reading|goes through|going through|tracks|tracking) my (?:phone|"
                          r"messages|texts|emails|post|location)\b|\b(?:won'?t|will not|doesn'?t|does not) let me "
                          r"(?:see|go out|leave|talk to|speak to|have)\b|\b(?:isolat\w*|controll\w*)\b", re.I)
_EATING = ("I'm really glad you told me. Not eating because of how you feel about your body is serious, and you "
           "deserve help with it, not judgement. Could you talk to your doctor, or an eating disorder helpline, this "
           "week?")
_VERBAL = re.compile(r"\b(?:shouts?|shouting|shouted|yells?|yelling|yelled|screams?|screaming|swears?|swearing) "
                     r"at me\b", re.I)
_VERBAL_AT_OTHER = re.compile(VERBAL_AT_OTHER, re.I)
_HARM_DONE = re.compile(r"\b(?:hit\w*|hurt\w*|push\w*|shov\w*|grab\w*|slap\w*|punch\w*|kick\w*|threat\w*|"
                        r"scared|afraid|frightened|terrified|knife|weapon)\b", re.I)
_CANT_GET_UP = re.compile(r"\b(?:can'?t|cannot|can not|unable to) (?:get up|get off the floor|move|stand)\b", re.I)
_DOORSTEP = re.compile(r"\b(?:at|outside|on) (?:my|the) (?:front |back )?(?:door|doorstep|gate)\b", re.I)
_TOLD_TO_DIE = re.compile(r"\b(?:my\s+)?(\w+)\s+(?:told|tells|keeps telling|said to)\s+me\s+(?:to\s+)?(?:go\s+)?"
                          r"(?:die|kill myself|kys)\b", re.I)
_OTHER_PERSON = re.compile(r"(?:\b(?:my|our)\s+(?:little\s+)?|^\W*|\b(?=(?:mum|mom|dad|gran|granny|nan|grandma|grandpa|"
                           r"grandad|granddad)(?:'s|\s+(?:has|had|is|was|fell|collapsed))\b))(mum|mom|mother|dad|"
                           r"father|husband|wife|partner|son|daughter|friend|brother|sister|grandma|grandpa|grandad|"
                           r"granddad|gran|granny|nan|baby|child|toddler|boy|girl|grandson|granddaughter|boyfriend|"
                           r"girlfriend)(?:'s)?\b", re.I)
_OWNED = {"mum", "mom", "mother", "dad", "father", "husband", "wife", "partner", "brother", "sister", "friend",
          "boyfriend", "girlfriend", "boss", "teacher", "ex", "stepdad", "stepmom", "stepmum"}
_THEIR = {"her": "her", "him": "his", "them": "their"}
_HIM_HER = {"mum": "her", "mom": "her", "mother": "her", "wife": "her", "daughter": "her", "sister": "her",
            "grandma": "her", "girlfriend": "her", "dad": "him", "father": "him", "husband": "him", "son": "him",
            "brother": "him", "grandpa": "him", "boyfriend": "him", "grandad": "him", "granddad": "him", "gran": "her",
            "granny": "her", "nan": "her", "girl": "her", "boy": "him", "grandson": "him", "granddaughter": "her",
            "baby": "them", "child": "them", "toddler": "them"}


_PARTNER_HURTS_CLOSE = re.compile(PARTNER_HURTS_CLOSE, re.I)
# A symptom there for days or weeks, told without a sudden turn: a doctor's appointment, not an ambulance.
_LASTING = re.compile(r"\b(?:for|over) (?:(?:a|the) )?(?:few |couple of |past |last )?(?:\w+ )?(?:days|weeks|months|"
                      r"week|month)\b|\bsince (?:last (?:week|month)|\w+day)\b|\b(?:days|weeks|a week|a month) (?:now|"
                      r"ago)\b|\b(?:been there|had it) for\b|\b(?:last|this past) (?:week|month)\b", re.I)
_HURTS_ME = re.compile(r"\b(?:hits|hit|beats|beat|hurts|kicks|punches|slaps|pushes) me\b", re.I)
_HARM_TO_OTHER = re.compile(HARM_TO_OTHER, re.I)
_THREATS_TO_OTHER = re.compile(r"\b(son|daughter|grandson|granddaughter|boy|girl|niece|nephew|he|she)(?:'s| has| is|"
                               r" keeps)?(?: been)? (?:getting|receiving|being sent|sent|had) (?:\w+ )?(threat\w*|"
                               r"nasty|abusive|horrible|vile) (?:messages|texts|calls|emails|comments|letters)\b", re.I)
# A stranger's attempt, told in the past ("someone tried to get into my car while I was in it").
_STRANGER_ONCE = re.compile(r"\b(?:someone|somebody|a man|a woman|a stranger|a gang|some lads|some men|a group|a "
                            r"bloke|a guy)\b[^.!?]{0,30}\b(?:tried|attempted|grabbed|followed|attacked|cornered|pulled|"
                            r"snatched|threatened)\b", re.I)
_ONGOING = re.compile(r"\b(?:keeps?|kept|always|every|again|still|right now|outside|is (?:following|watching|here))\b",
                      re.I)


def told_to_die(text: str) -> bool:
    """Someone told the person to die ("my mom told me to go die"), not voices."""
    told = _TOLD_TO_DIE.search(text.lower())
    return bool(told) and told.group(1) not in ("voice", "voices")


# Someone else's suicide ("my friend took her own life"), and words of the person's own ideation.
_SUICIDE_LOSS = re.compile(r"\b(?:took|has taken|had taken) (?:his|her|their) own life\b|\b(?:killed|hanged|hung) "
                           r"(?:him|her|them)sel(?:f|ves)\b|\b(?:died|death) by suicide\b|\b(?:lost|losing) (?:my|our|"
                           r"a) (?:\w+ )?\w+ to suicide\b|\b(?:he|she|they) committed suicide\b")
_OWN_IDEATION = re.compile(r"\b(?:end (?:it|it all|my life)|kill myself|want to die|wish i was dead|"
                           r"join (?:him|her|them)|do the same|same way out|follow (?:him|her|them))\b")


def _told(concern: Concern, what: str) -> bool:
    """Whether the concern's evidence names ``what`` (the detector's reason, e.g. "being stalked")."""
    return any(what in e for e in concern.evidence)


def _someone_else_at_risk(concern: Concern, low: str, res: str, call: str = DEFAULT_RESOURCES) -> str:
    """Someone else talks of ending their life or harms themselves: what the speaker can do for them
    (``res`` the crisis line, ``call`` the emergency number)."""
    person = re.search(r"\b(" + "|".join(_HIM_HER) + r")\b", low)
    him = _HIM_HER[person.group(1)] if person else ("him" if re.search(r"\b(?:he|him|his|himself)\b", low) else
                                                    "her" if re.search(r"\b(?:she|her|herself)\b", low) else "them")
    he, his = {"him": ("he", "his"), "her": ("she", "her")}.get(him, ("they", "their"))
    is_ = "are" if he == "they" else "is"
    if re.search(r"\b(?:is|he'?s|she'?s|they'?re|aged?) (?:only )?(?:two|three|four|five|six|seven|[2-7])\b"
                 r"(?! (?:weeks|months|stone|pounds|times|o'?clock))|\b(?:toddler|little one)\b", low):
        return ("Young children sometimes say things like that when they're cross, without meaning what an adult "
                "would. Stay calm, name the feeling ('you're really angry'), and if it keeps happening or anything "
                f"else worries you, talk to {his} health visitor or doctor. How {is_} {he} otherwise?")
    if re.search(r"\b(?:cutting|burning|hurting|harming|self[- ]harming)\b", low) and not re.search(
            r"\b(?:kill|suicid\w*|end(?:ing)? (?:his|her|their) life|die)\b", low):
        return (f"I'm so sorry; that's so hard to find out. Try to stay calm, and let {him} know you love {him} and "
                f"want to understand, without anger. Make sure any wounds are cleaned and looked at, and help {him} "
                f"see {his} doctor soon; a self-harm support line can help you too. {is_.title()} {he} safe right now?")
    if re.search(r"\b(?:posted|post|online|texted|text|messaged|message|facebook|whatsapp|snapchat|instagram)\b", low) \
            and not re.search(r"\b(?:with me|here|in the room|next to me)\b", low):
        posted = re.search(r"\b(?:posted|post|online|facebook|instagram|snapchat|tiktok)\b", low)
        return (f"That's frightening, and you did the right thing telling me. Please try to reach {him} right now, by "
                f"phone if you can. If you can't reach {him}, or {he} {is_} in danger, call {call} and give them "
                f"{his} address" + ("; you can also report the post to the site." if posted else ".")
                + f" Can you call {him} now?")
    if concern.urgent:  # a means or a time told ("going to jump off the bridge tonight"): emergency help now
        return (f"That's frightening, and you did the right thing telling me. If you think {he} might do it, call "
                f"{call} now and tell them where {he} {is_}; if you can, get to {him} or keep {him} talking, and don't "
                f"leave {him} alone. {res[0].upper() + res[1:]} can advise you too. Do you know where {he} {is_}?")
    return (f"That's frightening, and you did the right thing telling me. Take it seriously: ask {him} plainly whether "
            f"{he} {is_} thinking of ending {his} life; asking doesn't put the idea there. If {he} {is_} in danger "
            f"right now, stay with {him} and call {res}; otherwise {his} doctor or a crisis line can help "
            f"today. {is_.title()} {he} with you now?")


def compose(concern: Concern, text: str, resources: str, key: str, emergency: str = DEFAULT_RESOURCES) -> str:
    """The reply that puts safety first: ``resources`` (the crisis line) for self-harm, ``emergency``
    (the emergency number) for danger and a medical emergency."""
    res = " ".join(str(resources or "").split()) or DEFAULT_RESOURCES
    call = " ".join(str(emergency or "").split()) or DEFAULT_RESOURCES
    low = text.lower()
    told = _TOLD_TO_DIE.search(low)
    if concern.kind == "self_harm" and _VOICES.search(low):
        return ("Thank you for telling me; that sounds really frightening. You are not alone, and you don't have to do "
                "what the voices say. Are you safe right now? Please call " + res + " or someone you trust now, so "
                "a person can be with you.")
    if told and told.group(1) not in ("voice", "voices"):
        who = told.group(1)
        person = f"your {who}" if who in _OWNED else "someone"
        return (f"I'm so sorry {person} said that to you. Nobody deserves to hear that, and it is not true: your life "
                "matters. Are you safe where you are right now? If you feel unsafe or start thinking about hurting "
                f"yourself, please reach someone you trust or call {res}.")
    if concern.kind == "self_harm" and _told(concern, "gun"):
        return ("I'm really glad you told me. Please put some distance between you and the gun right now: leave the "
                "room, or ask someone to take it out of the house. Are you thinking about ending your life? You don't "
                f"have to face this alone; please call {res} now, or someone you trust.")
    if concern.kind == "self_harm" and re.search(r"\b(?:rope|noose|ligature)\b", low):
        return ("I'm really glad you told me. Please step away from it now, and take it down or ask someone to. You "
                f"don't have to go through this alone: are you safe right now? Please call {res} now, or someone you "
                "trust, and stay with them.")
    if concern.kind == "self_harm" and re.search(r"\b(?:carry on|go on|keep going|continue) with (?:the |my |this )?"
                                                 r"(?:treatment|chemo\w*|dialysis|radiotherapy)\b", low):
        return ("That's a big thing to be weighing up, and it's okay to talk about it. Is it the treatment itself "
                "that's so hard right now, or are you feeling you don't want to go on at all? Your care team can talk "
                "through "
                f"every option with you. I'm here to listen, and you can call {res} at any time.")
    if concern.kind == "self_harm" and _told(concern, "threatens suicide if they leave"):
        he = "he's" if re.search(r"\bhimself\b", low) else "she's" if re.search(r"\bherself\b", low) else "they're"
        his = {"he's": "His", "she's": "Her"}.get(he, "Their")
        return ("That's a frightening thing to hear, and a heavy weight to put on you. If you think "
                f"{he} in danger right now, call {call}. {his} safety matters, but it isn't yours alone to carry, "
                "and threats like that to stop someone leaving can also be a form of control: a domestic abuse "
                "helpline can help you think it through, in confidence. Are you safe yourself?")
    if concern.kind == "self_harm" and _told(concern, "someone else may be at risk"):
        return _someone_else_at_risk(concern, low, res, call)
    if concern.kind == "self_harm":
        if _told(concern, "at a high or dangerous place"):
            return ("Please step back from the edge, away from the drop, and go somewhere safe right now. Are you "
                    f"thinking about ending your life? Please call {res} now, or someone you trust; I'm here with you.")
        if re.search(r"\b(?:stopped|not taking|stop taking|given up)\b[^.!?]{0,20}\b(?:insulin|heart tablets|"
                     r"blood thinners?|warfarin|epilepsy|anti-?psychotics?|medication|meds|tablets)\b", low):
            return ("I'm really glad you told me. Stopping it can make you seriously ill, sometimes within days, so "
                    "please ring your doctor or care team today, even just to say how you're feeling. When it all "
                    "feels pointless like this, I want to ask you plainly: are you thinking about ending your life? "
                    f"You can call {res} at any time.")
        if _told(concern, "has medication saved up"):
            return ("Thank you for telling me; that took courage. Keeping tablets back like that can go with thoughts "
                    "of ending your life, so I want to ask you plainly: are you thinking about it? Would you be "
                    "willing to hand the tablets to a pharmacist or someone you trust, so they're out of reach? You "
                    f"can call {res} at any time.")
        if concern.urgent and (_told(concern, "took an overdose on purpose") or _told(concern, "possible overdose")):
            return (f"Please call {call} right now and tell them what you took and how much: some tablets do harm "
                    "hours before you feel it, so please don't wait. I'm so glad you told me, and you are not alone. "
                    f"Keep the packet with you, and ask someone to stay with you. Can you call now? You can talk to "
                    f"{res} too.")
        if concern.urgent:
            opener = _pick(("I'm really glad you told me, and I'm so sorry you're hurting this much.",
                            "Thank you for telling me. I can hear how much pain you're in.",
                            "I'm so sorry you're in this much pain, and I'm glad you said it out loud."), key)
            means = (" If you can, put the tablets out of reach, in another room or with someone else." if
                     _told(concern, "the means at hand") or _told(concern, "has medication saved up") or
                     re.search(r"\b(?:pills|tablets|meds|medication|paracetamol)\b", low) else "")
            return (f"{opener} You are not alone. Are you safe right now?{means} Please call {res} or reach someone "
                    "you trust now, and stay with them.")
        if _SUICIDE_LOSS.search(low) and not _OWN_IDEATION.search(low):
            # bereaved by suicide: the grief first (not their fault), then the plain question
            named = re.search(r"\b(?:my|our) ((?:best |old |close )?(?:friend|son|daughter|husband|wife|partner|"
                              r"brother|sister|mum|mom|dad|father|mother|grandson|granddaughter|nephew|niece|cousin|"
                              r"neighbour))\b", low)
            who = f"your {named.group(1)}" if named else "someone"
            return (f"I'm so sorry. Losing {who} to suicide is a shock and a grief all at once, and asking why is part "
                    "of it; it isn't your fault. A loss like this can stir up very dark thoughts, so I want to ask you "
                    f"gently: are you having any thoughts of ending your life? I'm here to listen, and you can call "
                    f"{res} at any time.")
        if re.search(r"\bburden\b|\bin (?:everyone'?s|everybody'?s|the) way\b|\ba (?:nuisance|waste of space|drain)\b|"
                     r"\b(?:won'?t|not going to|not gonna) be a (?:problem|bother|"
                     r"worry)\b", low) and not re.search(r"\b(?:die|dead|end it|kill|suicid\w*)\b", low):
            # feeling a burden: answer that first, then ask plainly (it can come with dark thoughts)
            return ("You're not a burden. Needing help is part of life, and the people who love you want to help. "
                    "Sometimes feeling like a burden comes with very dark thoughts, so I want to ask you gently: are "
                    f"you having any thoughts of ending your life? I'm here to listen, and you can call {res} at any "
                    "time.")
        if re.search(r"\b(?:since|after) (?:my|our) \w+ (?:died|passed|went)\b|\b(?:since|after) (?:he|she) "
                     r"(?:died|passed)\b|\b(?:since|after) (?:losing|i lost) (?:my|him|her)\b", low):
            # grief that has taken away the wish to go on: the loss named, then the plain question
            return ("I'm so sorry. A loss like that can take away the wish to go on, and that pain is real. Because I "
                    "care about you, I want to ask you plainly: are you thinking about ending your life? I'm here to "
                    f"listen, and you can call {res} at any time.")
        if re.search(r"\b(?:heaven|other side|waiting for me|join (?:him|her|them)|be with (?:him|her|them))\b", low):
            # longing to join someone who died
            pronoun = re.search(r"\b(?:join|be with|waiting for me,?) (him|her)\b|\b(he|she)(?:'s| is) waiting\b", low)
            them = {"he": "him", "she": "her"}.get(pronoun.group(2), "") if pronoun and pronoun.group(2) else (
                pronoun.group(1) if pronoun else "them")
            return (f"It sounds like you miss {them} terribly. Because I care about you, I want to ask you plainly: "
                    "are you thinking about ending your life? Whatever the answer, I'm here to listen, and you can "
                    f"call {res} at any time.")
        if re.search(r"\b(?:cutting|cut myself|burning myself|burnt myself|hurting myself|self-?harm\w*|(?:hitting|"
                     r"banging|punching|scratching|biting) (?:my \w+|myself))\b", low) \
                and not re.search(r"\b(?:die|dead|end it|kill|suicid\w*)\b", low):
            # self-harm told: no shame, the wound first (when there may be one), then help and the plain question
            wound = "" if re.search(r"\b(?:thinking (?:about|of)|thoughts? (?:about|of)|urges?|want(?:ed)? to|feel "
                                    r"like)\b", low) else ", and is anything hurt that needs cleaning or looking at"
            return ("Thank you for telling me; that took courage, and there's no shame in it. You're not alone. Are "
                    f"you safe right now{wound}? You don't have to "
                    "stop on your own: your doctor or a self-harm support line can help. Are you having any thoughts "
                    f"of ending your life? You can call {res} at any time.")
        if re.search(r"\b(?:starv\w+ myself|making myself (?:sick|throw up)|stopped eating)\b", low):
            return (f"{_EATING} Sometimes this comes with very dark thoughts, so I want to ask you gently: are you "
                    f"having any thoughts of hurting yourself? You can call {res} at any time.")
        if re.search(r"\b(?:letters?|notes?|goodbyes?|my will|my affairs in order)\b", low) or _told(
                concern, "giving things away"):
            # letters to everyone, goodbyes said, things given away: ask plainly, without assuming
            return (("Writing notes like that" if re.search(r"\b(?:letters?|notes?)\b", low) else
                     "Giving things away like that" if _told(concern, "giving things away") else
                     "Putting things in order like that") + " can be a way of saying goodbye, and I care about you, so "
                    "I want to ask you plainly: are you thinking about ending your life? Whatever the answer, I'm here "
                    f"to listen, and you can call {res} at any time.")
        opener = _pick(("That sounds incredibly heavy, and I'm glad you told me.",
                        "I'm sorry things feel this dark right now. Thank you for saying it.",
                        "It sounds like you're carrying so much pain right now."), key)
        return (f"{opener} You are not alone in this. Are you thinking about hurting yourself, and are you safe right "
                f"now? Please reach out to someone you trust, or call a crisis line or {res}.")
    if concern.kind == "danger" and not concern.urgent and re.search(LASHING_OUT_CONFUSED, low):
        return " ".join(lashing_out(call))
    if concern.kind == "danger" and _told(concern, "someone urged to kill themselves"):
        him = "her" if re.search(r"\b(?:her|herself|daughter|granddaughter|girl|sister|niece)\b", low) else "him" if (
            re.search(r"\b(?:him|himself|son|grandson|boy|brother|nephew)\b", low)) else "them"
        he, has_, self_ = {"him": ("he", "'s", "himself"), "her": ("she", "'s", "herself")}.get(
            him, ("they", "'ve", "themselves"))
        return ("That's serious: telling someone to kill themselves is a form of abuse, and can be a crime. Keep the "
                "messages, report them to the app or site, and tell the school or the police. And check in gently with "
                f"{him}: ask plainly whether {he}{has_} had any thoughts of harming {self_}; asking doesn't put the "
                f"idea there. How {'are' if he == 'they' else 'is'} {he} doing?")
    if concern.kind == "danger" and _told(concern, "blackmail"):
        return ("That's frightening, and it isn't your fault; the person doing this is committing a crime. Don't pay "
                "or send anything more, and stop replying, but keep the messages and screenshots. Report it to the "
                "police and to the site or app. Is there someone you trust you could tell today?")
    if concern.kind == "danger":
        close = _PARTNER_HURTS_CLOSE.search(low)
        if close and not _HURTS_ME.search(low):  # someone close hurt by their own partner
            she = close.group(1) in ("daughter", "sister", "granddaughter", "niece", "mum", "mom", "mother", "her")
            her, she_ = ("her", "she") if she else ("him", "he")
            return (f"That must be so frightening to see, and so hard to watch. If {she_}'s in danger at any moment, "
                    f"call {call}. Let {her} know you're there, without criticising the partner; people often aren't "
                    "ready to leave at first, and knowing you're there matters. A domestic abuse helpline can advise "
                    f"you as family too. Has {she_} talked to you about it?")
        if re.search(r"\b(?:hits|hit|beats|beat|hurts|kicks|punches|slaps|pushes|strangles|chokes) (?:my|our) (?:mum|"
                     r"mom|mother|sister|brother|nan|gran|grandma|stepmum|wife|husband|daughter|son)\b", low) and not \
                re.search(r"\b(?:hits|hit|beats|beat|hurts|kicks|punches|slaps|pushes) me\b", low):
            return ("I'm so sorry; that's frightening to live with, and none of it is your fault. If anyone is in "
                    f"danger right now, call {call}. A domestic abuse helpline can help you and the person being hurt, "
                    "in confidence. Are you safe right now?")
        if _HARM_TO_OTHER.search(low) and not _HURTS_ME.search(low):  # violence heard or seen in another home
            return ("That must be frightening to hear, and you're right to take it seriously. If you think someone "
                    f"is being hurt right now, call {call}; the police would far rather come and find nothing wrong. "
                    "If it isn't happening now, you can report it on their non-emergency number, or ask a domestic "
                    "abuse helpline for advice, in confidence. Are you safe yourself?")
        threatened = _THREATS_TO_OTHER.search(low)
        if threatened:  # someone close is sent threats
            he = {"son": "he", "grandson": "he", "boy": "he", "nephew": "he", "he": "he", "daughter": "she",
                  "granddaughter": "she", "girl": "she", "niece": "she", "she": "she"}.get(threatened.group(1), "they")
            tell = ("tell the police; if it's someone from school or work, tell them too" if threatened.group(
                2).lower().startswith("threat") else "tell the school if it's someone from there; if it ever turns "
                                                     "to threats, tell the police")
            return ("That's really worrying, for them and for you. Keep the messages, with screenshots and dates, "
                    f"don't reply, block and report the sender, and {tell}. "
                    + {"he": "How is he coping?", "she": "How is she coping?"}.get(he, "How are they coping?"))
        if _STRANGER_ONCE.search(low) and not _ONGOING.search(low):  # a one-off fright from a stranger, now over
            return ("That must have been really frightening; I'm glad you're safe. Please report it to the police, "
                    "even now it's over: it helps them stop it happening to someone else. Are you safe now, and is "
                    "there someone who could be with you for a while?")
        if _told(concern, "money or things taken by someone they rely on") and re.search(
                r"\b(?:carers?|care workers?|cleaner|helper|nurse|lodger)\b", low):
            return ("That's a horrible worry, and you're right to say it. Keep money and valuables out of sight, jot "
                    "down what's missing and when, and tell the care agency's manager or the council's safeguarding "
                    "team; you won't get into trouble for asking. Is there someone you trust to help you with it?")
        if _told(concern, "a vulnerable adult missing"):
            return (f"Please make sure the police have been called, on {call}; with someone older or confused, they "
                    "act quickly. Give them a recent photo, what they're wearing, and places they used to go or talk "
                    "about. Stay by the phone if you can. Has anyone called them yet?")
        if _told(concern, "a child missing"):
            return ("Tell the nearest member of staff or security right now, so they can watch the doors, and call out "
                    f"the child's name. If there's no sign in a few minutes, call {call}. What are they wearing?")
        if concern.urgent and re.search(r"\b(?:gas)\b", low):
            return ("Don't switch anything on or off and don't light anything. Open the doors and windows, get out, "
                    f"and call the gas emergency line or {call} from outside. Are you out of the house?")
        if concern.urgent and re.search(r"\b(?:burning|smoke|fire|flames?|alight)\b", low):
            return ("If you can see smoke or flames, get out now, close the doors behind you, and call "
                    f"{call} from outside. Don't go back in for anything. If it's a pan, turn the cooker off only if "
                    "it's safe to. Can you see smoke?")
        if concern.urgent:
            return ("That sounds frightening, and your safety comes first. If you can, get to a safe place with "
                    f"other people around, lock the door if you're inside, and call {call} now. Are you somewhere "
                    "safe right now?")
        if _told(concern, "the gas left on"):  # not smelt yet: go and check
            return ("Please go and check now: turn the hob or cooker off if it's on. If you can smell gas when you get "
                    "there, don't switch anything on or off, open the windows and go outside, and call the gas "
                    "emergency line. Is it off?")
        if re.search(r"\b(?:pin|password|bank details|card details|card number|security (?:code|number)|account "
                     r"details|login)\b", low):  # asked for bank details: a scam until proven otherwise
            return ("Please don't give it to them. A real bank will never ask for your PIN or password. Hang up, wait "
                    "a few minutes, then ring your bank on the number on the back of your card to check. Did you tell "
                    "them anything?")
        if re.search(r"\b(?:virus|hacked|compromised|infected|gift cards?|safe account|secure account|onto my "
                     r"computer|into my computer)\b|\b(?:pay|transfer|send) (?:him|her|them)\b", low):  # a scam call
            return ("That sounds like a scam. Please don't pay anything or let them onto your computer: real companies "
                    "and banks don't ring out of the blue like that. Hang up, and if you've already paid or given "
                    "details, ring your bank straight away on the number on your card. Did you give them anything?")
        if re.search(r"\b(?:pension|money|bank card|savings|benefits|allowance|cheques?|cash)\b", low):
            # money taken from them
            return ("That's not okay: your money is yours, and taking it or keeping it from you is a form of abuse. "
                    "You don't have to put up with it. Is there someone you trust, or your bank, you could tell? Are "
                    "you safe at home?")
        if _told(concern, "child may be being abused"):
            return ("Thank you for telling me; that took courage, and you haven't done anything wrong. If something "
                    "makes you uncomfortable, you're right to say so. Please tell an adult you trust, like a teacher "
                    "or another family member, or call a children's helpline; they can help keep you safe. Are you "
                    "safe right now?")
        if re.search(r"\bsign\b", low):  # pressed to sign papers
            return ("Please don't sign anything you don't understand or feel rushed into. It's okay to say you "
                    "need time, and to ask someone you trust, a solicitor or Citizens Advice to read it with you "
                    "first. Is there someone independent you could ask?")
        if re.search(r"\bknows? (?:where|which school|my address|your address|what car)\b", low):  # a veiled threat
            school = " Let the school know too, so they can keep an eye out." if "school" in low else ""
            return ("That's a frightening thing to receive, and it should be taken seriously. Please keep the message, "
                    f"don't reply to it, and report it to the police today.{school} Are you and your family safe "
                    "right now?")
        if not concern.urgent and _VERBAL_AT_OTHER.search(low) and not _VERBAL.search(low):
            return " ".join(watching_abuse(low))
        if not concern.urgent and re.search(OTHER_EXPLOITED, low):
            return " ".join(others_exploited())
        rough = re.search(r"\b(?:pull\w*|rough\w*|manhandl\w*|yank\w*|drag\w*)\b", low)
        if not concern.urgent and _VERBAL.search(low) and not _HARM_DONE.search(low) and not rough:  # shouted at
            return ("Being shouted at like that isn't okay, and it isn't your fault. Everyone deserves to be spoken to "
                    "kindly, especially at home. Does it ever go further than shouting? Is there someone you trust you "
                    "could talk to about it?")
        if _told(concern, "threatened if they leave"):
            kids = re.search(r"\b(?:kids|children|the baby|my son|my daughter)\b", low)
            return ("That's a frightening thing to hear, and threats to stop you leaving are a form of abuse. It isn't "
                    "your fault." + (" Nobody can simply take your children: a domestic abuse helpline or a solicitor "
                                     "can tell you your rights, in confidence." if kids else " A domestic abuse "
                                     "helpline can help you plan, in confidence.") + " Are you" + (
                        " and the children" if kids else "") + " safe right now?")
        if re.search(r"\b(?:carers?|care workers?|nurses?|staff|helper)\b", low) and re.search(
                r"\b(?:rough|hurt\w*|pinch\w*|grab\w*|shout\w*|rude|slap\w*|push\w*|pull\w*|yank\w*|drag\w*|"
                r"manhandl\w*)\b", low):
            return ("That's not okay: nobody caring for you should handle you roughly. Please tell the agency's "
                    "manager, or someone you trust, today, so it can be looked into; you won't get into trouble for "
                    "saying so. Are you safe now, and are you hurt anywhere?")
        if re.search(r"\b(?:been in|got in|broken in|moved|missing|gone)\b", low) and re.search(
                r"\b(?:my (?:house|flat|home|room)|things|stuff)\b", low) and not concern.urgent:
            return ("That's unsettling. If you think someone might still be there, go somewhere safe and call "
                    f"{call}. If not, check the doors and windows, and if anything is missing, report it to the "
                    "police. Have you noticed anything missing?")
        if _CONTROLLING.search(low) and re.search(r"\bwith (?:my|our) (?:daughter|son|sister|brother|mum|mom|dad|"
                                                 r"friend|niece|nephew|granddaughter|grandson)\b|\b(?:controlling|"
                                                 r"controls) (?:her|him)\b|\b(?:towards|to) (?:him|her|them)\b|"
                                                 r"\b(?:son|daughter|sister|brother|friend|grandson|granddaughter)'s "
                                                 r"(?:girlfriend|boyfriend|partner|husband|wife)\b", low):
            return ("That must be so worrying to see. Control like that is a form of abuse, and it's hard to watch "
                    "from the outside. Let them know you're there, without judging or pushing; a domestic abuse "
                    "helpline can advise you too, in confidence. Do you think they're safe?")
        if _told(concern, "things thrown or broken in anger at home"):
            return ("That sounds frightening, and it isn't okay, drink or no drink; it isn't your fault. Are you safe "
                    f"right now? If you're ever in danger, get out and call {call}; a domestic abuse helpline can talk "
                    "it through with you in confidence.")
        if _CONTROLLING.search(low):  # coercive control by someone close
            what = ("Checking up on you and keeping you from the people you love is" if re.search(
                r"\b(?:won'?t|will not|doesn'?t|does not) let me\b|\bisolat", low) else
                "Checking up on you like that, even if it's called caring, is")
            return (f"That's not okay. {what} a form of control, and it isn't your fault. You deserve trust and to "
                    "feel free and safe at home. Are you safe there right now? A domestic abuse helpline can talk it "
                    "through with you in confidence, whenever you're ready.")
        if re.search(r"\b(?:doorbell|knock\w*|bang\w* on)\b", low) and re.search(r"\b(?:run(?:ning)? off|ran off|"
                                                                          r"nobody there|no one there|late at night|"
                                                                          r"again|keeps?)\b", low):
            return ("That sounds really unsettling, and you don't have to answer. Keep the door locked and the chain "
                    "on; a video doorbell or a light outside can help. Please report it to the police on their "
                    f"non-emergency number, and if anyone tries to get in, call {call}. Is there someone who could "
                    "stay with you or check on you?")
        if _CALLS.search(low) and not _DOORSTEP.search(low):  # nuisance or threatening calls
            return ("That sounds really unsettling, and you don't have to put up with it. You can hang up straight "
                    "away without saying a word. Please tell the police and your phone company; they can trace or "
                    "block the calls. Is there someone who could stay with you or check on you?")
        if _DOORSTEP.search(low):  # a caller who may not be who they say: keep the door shut, check, call
            return ("Please keep the door shut and don't let them in. Someone genuine carries ID and won't mind "
                    "you ringing their company on a number you already have, not one they give you. If they won't "
                    f"go away or try to get in, call {call}. Is the door locked?")
        if re.search(r"\b(?:strangl\w*|chok(?:ed|ing) me|hands? (?:round|around) my (?:neck|throat))\b", low):
            return ("I'm so sorry. Being strangled is very dangerous, even if you feel all right now: please get "
                    "checked by a doctor today, because injuries can show later. It isn't your fault. Are you safe "
                    f"right now? If not, call {call}; a domestic abuse helpline can help you plan, in confidence.")
        if _told(concern, "being stalked"):
            return ("That's frightening, and it isn't okay. Please keep a note of every time it happens, with dates, "
                    "and tell the people at work or home so they can look out for you. Stalking is a crime: report it "
                    f"to the police, and if you feel in danger at any moment, call {call}. Are you safe right now, and "
                    "is there someone who could walk with you for a while?")
        return ("I'm worried about your safety, and what you're going through is not okay. Are you safe right now? "
                f"If you're in danger, get to a safe place and call {call}; a person you trust can help too.")
    other = _OTHER_PERSON.search(low)
    who_other = other.group(1).lower() if other else ""
    them_other = _HIM_HER.get(who_other, "them")
    if _told(concern, "a fall") and other and re.search(r"\b(?:broken|broke|fractured) (?:her|his|their) (?:hip|wrist|"
                                                        r"arm|leg|ankle|shoulder|pelvis|collarbone|elbow)\b", low) \
            and not re.search(r"\b(?:just|now|right now|on the floor|can'?t (?:get up|move)|not moving|won'?t wake|"
                              r"bleeding)\b", low):
        he = {"him": "he", "her": "she"}.get(them_other, "they")
        is_ = "are" if he == "they" else "is"
        return (f"I'm so sorry; that's a horrible shock, for {them_other} and for you. If {he} {is_}n't in hospital "
                f"yet, call {call} and don't move {them_other}. With the right care most people get back on their "
                f"feet over the following weeks, with physio to help. {'Are' if he == 'they' else 'Is'} {he} in "
                "hospital now?")
    if _told(concern, "headache, stiff neck"):
        mine = not other or re.search(r"\b(?:i'?ve|i have|i'?m|my (?:head|neck))\b", low)
        return ("A bad headache with a stiff neck can be a sign of meningitis or a bleed, and needs a doctor straight "
                f"away: please call {call} now" + (", and don't stay alone. Does light hurt your eyes, or do you have "
                                                   "a temperature or a rash?" if mine else
                                                   f". Stay with {them_other}. " + {
                                                       "her": "Is she drowsy or confused?",
                                                       "him": "Is he drowsy or confused?"}.get(
                                                       them_other, "Are they drowsy or confused?")))
    if _told(concern, "possible meningitis"):
        return ("A rash that doesn't fade under a glass can be a sign of meningitis or sepsis: please call "
                f"{call} right now, and don't wait for other signs. Are they feverish, floppy or hard to wake?")
    if re.search(r"\b(?:pregnant|pregnancy|weeks gone|expecting)\b", low) and re.search(
            r"\b(?:bleed\w*|blood|cramps?|waters? (?:broke|have broken|has broken))\b", low):
        return (f"Bleeding in pregnancy needs checking straight away: please call {call} or your maternity unit now. "
                "Lie down if you can, and keep any pads to show them. Is someone with you?")
    if _told(concern, "a nosebleed that won't stop"):
        return ("Sit up, lean forward, and pinch the soft part of your nose firmly for a full ten to fifteen minutes "
                "without letting go; breathe through your mouth. " + (
                    f"After this long, it needs checking: please call {call} or go to the emergency department now, "
                    "especially if you take blood thinners or feel faint. Is someone with you?" if concern.urgent else
                    "If it's still bleeding after twenty minutes of pressure, or it's heavy, get help urgently. Is it "
                    "slowing down?"))
    if _told(concern, "someone may have died at home unseen"):
        return (f"Please ring the police now, on {call}; they can get in and check. Don't go in on your own. It's "
                "kind of you to notice. Does anyone nearby have a key?")
    if concern.urgent and re.search(r"\b(?:man|woman|someone|somebody|person|lad|boy|girl|he|she)\b[^.!?]{0,20}"
                                    r"\b(?:lying|collapsed|slumped)\b[^.!?]{0,20}\b(?:road|street|pavement|floor|"
                                    r"ground|park|car park|outside)\b", low):
        return (f"Call {call} now. If it's safe, go to them, speak to them and check they're breathing; don't move "
                "them unless they're in danger from traffic. Stay with them until help comes. Are they breathing?")
    if concern.urgent and _told(concern, "bleeding") and not other:
        bite = " Bites need checking for infection too." if re.search(r"\b(?:bit|bite|bitten)\b", low) else ""
        return ("Press hard on it with a clean cloth or towel and keep pressing, and raise it if you can. If it won't "
                f"stop, or it's deep, call {call} or go to the emergency department.{bite} Is the bleeding slowing?")
    if concern.urgent and _told(concern, "took an extra or double dose") and not other:
        return (f"Please call {call} or an urgent medical helpline now and tell them which tablets you took, how many "
                "and when; with some medicines an extra dose needs checking straight away. Keep the packet with you, "
                "and don't take any more. Is someone with you?")
    if _told(concern, "swallowed something poisonous"):
        battery = " A swallowed battery can burn inside within hours, so don't wait for signs." if re.search(
            r"\bbatter(?:y|ies)\b", low) else ""
        return (f"Please call {call} right now: this needs a doctor straight away.{battery} Don't try to make them "
                "sick, don't give anything to eat or drink, and keep the packet or what's left to show. Are they awake "
                "and breathing normally?")
    if who_other in _HIM_HER and re.search(r"\b(?:intensive care|icu|in (?:the )?hospital|ambulance "
                                                          r"came|paramedics|resus|a&e|in theatre|in surgery|taken "
                                                          r"(?:him|her) to|rushed (?:him|her)|brought (?:him |her )?"
                                                          r"in)\b", low):
        them = them_other
        pronoun = {"her": "She's", "him": "He's", "them": "They're"}[them]
        return (f"That's so frightening, and I'm sorry. {pronoun} in the right place now, with people watching over "
                f"{them}. Do you have someone with you while you wait for news? If you need help yourself, "
                f"call {call}.")
    if concern.urgent and _told(concern, "seizure") and other:
        return (f"Stay with {them_other}. Don't hold {them_other} down or put anything in the mouth; move hard things "
                "away and cushion the head, and note the time. If it lasts more than five minutes, or it's the first "
                f"one, call {call} now. When it stops, roll {them_other} onto {_THEIR[them_other]} side. Is it "
                "slowing?")
    if concern.urgent and _told(concern, "stroke") and other:
        return (f"These can be signs of a stroke. Please call {call} right now and say you think it may be a stroke; "
                f"note the time it started, and stay with {them_other}. Can you call now?")
    if not concern.urgent and _told(concern, "asks for an ambulance, in the past"):
        named = re.search(r"\b(" + "|".join(_HIM_HER) + r")\b", low)
        them = them_other if who_other in _HIM_HER else _HIM_HER[named.group(1)] if named else "them"
        he, is_ = {"her": ("she", "is"), "him": ("he", "is"), "them": ("they", "are")}[them]
        return (f"That must have been so frightening. How {is_} {he} now, and how are you? If anything worries you "
                f"again, call {call} straight away.")
    ambulance_called = re.search(r"\b(?:waiting for (?:the |an )?ambulance|ambulance(?:'s| is) (?:coming|on (?:its|"
                                 r"the) way)|(?:called|rang|rung|phoned)(?: for)? (?:999|911|112|an ambulance|the "
                                 r"ambulance))\b", low)
    if who_other in _HIM_HER and ambulance_called:
        them = them_other
        he, is_ = {"her": ("she", "is"), "him": ("he", "is"), "them": ("they", "are")}[them]
        return (f"You've done the right thing. While you wait, stay with {them} and check that {he} {is_} breathing; "
                f"if {he} {'stop' if he == 'they' else 'stops'}, tell the call handler and they'll talk you through "
                f"what to do. Unlock the door and put a light on so they can find you quickly. {is_.title()} {he} "
                "breathing?")
    if other and not concern.urgent and re.search(r"\b(?:rang|phoned|called|rung)\b[^.!?]{0,25}\b(?:had a fall|fell|"
                                                  r"has fallen|a fall)\b", low):  # told of it, not there
        he = {"him": "he's", "her": "she's"}.get(them_other, "they're")
        return ("Oh no, that's worrying news to get. Falls can shake people up even when they're not badly hurt. Did "
                f"they say whether {he} hurt, or if a doctor is checking {them_other} over?")
    if other and not concern.urgent and re.search(r"\b(?:thinner|so thin|skinny|losing (?:so much )?weight|lost "
                                                  r"(?:a lot of |so much )?weight|skin and bone|wasting away)\b", low):
        return ("That's really worrying. Refusing food and losing weight can be a sign of an eating disorder or of "
                f"an illness, and the sooner a doctor sees {them_other} the better: could you help {them_other} get "
                "an appointment soon? When you talk about it, keep calm and kind, and try not to focus on food or "
                "weight. Is anyone else close to it too?")
    if _told(concern, "a stroke told as news") and not concern.urgent:
        told_of = re.search(r"^\W*(she|he)\b", low)  # "she had a stroke on Tuesday", after "my wife's in hospital"
        if other or told_of:
            he = told_of.group(1) if told_of and not other else {"him": "he", "her": "she"}.get(them_other, "they")
            them_other = {"he": "him", "she": "her"}.get(he, "them")
            return (f"I'm so sorry; a stroke is such a shock, for {them_other} and for you. The first weeks are often "
                    "the hardest, and recovery can go on for months. How " + ("are "
                                                                              "they" if he == "they" else f"is {he}")
                    + f" doing now? If you ever see new signs, a drooping face, weakness or slurred speech, call "
                      f"{call} "
                    "straight away.")
        return ("I'm sorry; that must have been frightening. Recovery can go on for months, and it's fine to find it "
                f"hard. How are you getting on? If you notice any new signs, call {call} straight away.")
    if _told(concern, "sudden confusion") and not concern.urgent:
        he = {"him": "he's", "her": "she's"}.get(them_other, "they're")
        return ("Sudden confusion or drowsiness can be a sign of an infection or something else that needs a doctor "
                f"today: please ring {_THEIR.get(them_other, 'their') if other else 'your'} doctor or an urgent "
                f"medical helpline now. If {he if other else 'it gets'} hard to wake, or you see a drooping face, "
                f"weakness or slurred speech, call {call} straight away. When did it start?")
    if _told(concern, "a head injury with warning signs"):
        return (f"A knock to the head followed by sickness, drowsiness, confusion or a bad headache needs checking "
                f"now: "
                f"please call {call} or go to the emergency department, and don't drive yourself. Don't stay alone, "
                "and don't take anything to make you sleep. Is someone with you?")
    if _told(concern, "took something and is unwell"):
        return (f"Please call {call} now and tell them what you think was taken. Stay with them. If they're not awake, "
                "but breathing, put them on their side with the head tilted back, and keep checking their breathing; "
                "if they're overheating, cool them down. Don't let them sleep it off alone. Are they breathing "
                "normally?")
    if _told(concern, "severe belly pain"):
        if concern.urgent:
            return (f"Pain that bad needs help now: please call {call}. Don't eat anything, sip water only, and don't "
                    "stay alone. Can you call now?")
        return ("That sounds miserable, and pain with sickness like that needs a doctor's eye: please ring your doctor "
                f"or an urgent medical helpline today. If the pain becomes severe, your belly goes hard, you see blood "
                f"or you can't keep fluids down, call {call}. Are you able to keep water down?")
    if _told(concern, "a spreading rash or redness with fever"):
        if concern.urgent:
            return (f"A spreading rash with a fever and feeling like that needs help now: please call {call}. If the "
                    "rash doesn't fade when you press a glass on it, say so. Can you call now?")
        return ("A rash or redness that's spreading, with a fever, needs a doctor today: please ring your doctor or an "
                "urgent medical helpline now; it can be an infection that needs antibiotics quickly. If you feel very "
                f"unwell, confused or breathless, or the rash doesn't fade under a glass, call {call}. Is someone "
                "with you?")
    if _told(concern, "a red, swollen limb"):
        if concern.urgent:
            return (f"A swollen, painful leg with breathlessness or chest pain can be a clot that has moved: please "
                    f"call "
                    f"{call} right now. Can you call now?")
        return ("A painful, red, swollen leg needs seeing today: it can be a clot or an infection, and both need "
                "treating quickly. Please ring your doctor or an urgent medical helpline now. If you get breathless or "
                f"have chest pain, call {call} straight away. When did it start?")
    if _told(concern, "stopped their medication and is not themselves"):
        if other or who_other in _HIM_HER:
            he = {"him": "he", "her": "she"}.get(them_other, "they")
            themself = {"him": "himself", "her": "herself"}.get(them_other, "themselves")
            first = (f"If you think {he} might harm {themself} or anyone else, please call {call} now. " if
                     concern.urgent else "")
            return (f"That's worrying. {first}When someone stops their medication, what it was keeping steady can "
                    f"come back. Please ring {_THEIR.get(them_other, 'their')} care team, doctor or a mental health "
                    "crisis line today and tell them what you've seen" + ("." if concern.urgent else
                                                                          f"; if you ever think {he} might harm "
                                                                          f"{themself} or anyone else, call {call}.")
                    + (" Is " + he if he != "they" else " Are they") + " safe right now?")
        return ("Please don't stop a medicine without talking to your doctor; stopping suddenly can make you feel "
                "very unwell, and there's often another one to try. Could you ring your doctor or pharmacist today "
                "and tell them how you've been?")
    if _told(concern, "taking more medicine than prescribed"):
        if concern.urgent:
            return (f"Please call {call} or an urgent medical helpline now and tell them what you've taken and when, "
                    "even if you feel alright: some harm, like the liver's, doesn't show at first. Is someone with "
                    "you?")
        return ("Thank you for telling me. Taking more than the dose, even of everyday painkillers, can quietly harm "
                "your liver or stomach, and some become hard to stop. Please talk to your doctor or pharmacist soon; "
                "there may be better ways to manage the pain. If you ever take a lot at once, ring for help straight "
                "away. How bad has the pain been?")
    if who_other in _HIM_HER and not concern.urgent:  # a worry about someone close, not an emergency told
        them = them_other
        he = {"him": "he", "her": "she"}.get(them, "they")
        is_ = "are" if he == "they" else "is"
        return (f"That's worrying. It's worth {_THEIR.get(them, 'their')} doctor knowing soon: please ring them today "
                f"and describe what you've noticed. If {he} {'become' if he == 'they' else 'becomes'} suddenly unwell, "
                f"confused or hard to wake, call {call}. How {is_} {he} otherwise?")
    if who_other in _HIM_HER:
        them = them_other
        return (f"This could be an emergency: please call {call} right now. Stay with {them}, and ask anyone nearby "
                "to help. Can you call now?")
    if _told(concern, "a tooth abscess"):
        if concern.urgent:
            return ("Swelling that spreads towards your eye or neck, or trouble swallowing or breathing, needs help "
                    f"now: please call {call}. Sit upright and don't stay alone. Can you call now?")
        return ("A swollen face with a tooth abscess needs a dentist today: ring your dentist, or an urgent dental "
                "line if you don't have one. Painkillers like paracetamol can help meanwhile. If the swelling spreads "
                f"to your eye or neck, or you struggle to swallow or breathe, call {call}. Can you ring them now?")
    if _told(concern, "coughing up blood") and not concern.urgent:
        return ("Coughing up blood always needs checking: please ring your doctor or an urgent medical helpline "
                f"today. If it's more than a little, or you're breathless or have chest pain, call {call} straight "
                "away. Is someone with you?")
    if _told(concern, "numbness or weakness on one side") and not concern.urgent:
        return ("Numbness or weakness down one side needs checking today: please ring your doctor or an urgent medical "
                f"helpline now. If it came on suddenly, or your face droops or your speech goes strange, call {call} "
                "straight away; those can be signs of a stroke. Is someone with you?")
    if concern.urgent and (_told(concern, "stroke") or _told(concern, "numbness or weakness on one side")) and \
            not re.search(r"\bheart attack\b", low) and not _told(concern, "chest pain"):
        return (f"These can be signs of a stroke. Please call {call} right now and say you think it may be a "
                "stroke; note the time it started. Don't eat or drink anything, and don't stay alone. Can you call "
                "now?")
    if not concern.urgent and re.search(r"\b(?:twice|double|triple|three times|extra)\b", low):  # an extra dose
        return ("I'm glad you told me. Please ring your pharmacist, your doctor or a medical helpline now and "
                "tell them which tablets you took and when; they'll tell you whether you need to do anything. Don't "
                f"take any more until you've spoken to them, and if you start to feel unwell, call {call}. Do you have "
                "the packet with you?")
    if concern.urgent and not other and re.search(r"\b(?:inhaler|asthma\w*|wheez\w*)\b", low):
        return (f"Please call {call} now and say you're having an asthma attack. Sit upright, loosen tight clothing "
                "and take slow, steady breaths; if you have any reliever inhaler, use it now, one puff every thirty to "
                "sixty seconds. Don't stay alone. Can you call now?")
    if concern.urgent and not other and (re.search(r"\bheart attack\b", low) or (
            _told(concern, "chest pain") and re.search(r"\b(?:arm|jaw|neck|back|sweat\w*|sick|crushing|tight|"
                                                       r"elephant|weight|heavy|band|pressing)\b", low))):
        return (f"Please call {call} right now and say you may be having a heart attack. Sit down and rest; if you're "
                "not allergic to aspirin, chew one adult aspirin while you wait. Unlock the door if you can, and don't "
                "stay alone. Can you call now?")
    if concern.urgent and _told(concern, "allergic reaction"):
        return (f"Please call {call} right now and say it's a severe allergic reaction. If you have an adrenaline pen, "
                "use it now, in the outer thigh. Sit upright if breathing is hard, or lie down with your legs raised "
                "if you feel faint. Can you call now?")
    if re.search(r"\b(?:sugar|sugars|blood sugar)(?:'s|s)? (?:is |are |feels? )?(?:really |very |too )?low\b|"
                 r"\bhypo\b", low):
        return ("Have something sugary right now: a glass of fruit juice or a non-diet fizzy drink, or a few sweets. "
                "Sit down, and check your sugar again in 15 minutes if you can; then have a biscuit or a sandwich. If "
                f"you feel worse, confused or can't swallow, call {call}. Is someone with you?")
    if _told(concern, "a scald or burn"):
        return ("Cool it under cool running water for 20 minutes straight away, and take off any rings or tight "
                "clothing near it. Then cover it loosely with cling film or a clean plastic bag. No ice, butter or "
                f"creams. If it's large, on the face or blistering badly, get it seen today, or call {call} if it's "
                "severe. How big is it?")
    if _told(concern, "how they see their body"):
        return _EATING + " How long has it been like this?"
    if concern.urgent and _told(concern, "overdose"):
        return (f"This is an emergency: please call {call} right now and tell them what you've taken and how much. "
                "Keep the packets with you, and don't stay alone; I'm here with you. Can you call now?")
    if re.search(r"\b(?:fallen|fell|slipped|tripped)\b", low) and re.search(
            r"\b(?:wrist|ankle|arm|hand|finger|foot|toe|elbow|shoulder)\b[^.!?]{0,20}\b(?:swollen|swelling|bruised|"
            r"hurts|painful|sore|can'?t move)\b", low) and not (_CANT_GET_UP.search(low) or re.search(
            r"\b(?:head|hip|neck|back|unconscious|blacked out|bleeding)\b", low)):
        return ("It may be broken or sprained, so please get it X-rayed today at a minor injuries unit or A&E. Keep it "
                "still and raised, with ice wrapped in a cloth. Did you hit your head at all?")
    if re.search(r"\b(?:run out of|ran out of|haven'?t taken|not taken|stopped taking)\b[^.!?]{0,25}\b(?:heart|blood "
                 r"pressure|epilepsy|insulin|warfarin|blood thinning|thyroid|diabetes)\b", low) or re.search(
            r"\b(?:heart|blood pressure|epilepsy|warfarin|thyroid)\b[^.!?]{0,10}\b(?:tablets|pills|medication|"
            r"meds)\b[^.!?]{0,30}\b(?:ran out|run out|for (?:a|two|three|\w+) (?:days|week|weeks))\b", low):
        return ("Please ring your pharmacist or doctor today for more, and ask whether to restart at your usual dose. "
                f"If you get chest pain, breathlessness, a racing heart or feel faint meanwhile, call {call}. Can you "
                "get to a pharmacy today?")
    if concern.urgent and re.search(r"\b(?:fallen|fell|on the floor)\b", low) and _CANT_GET_UP.search(low):
        return ("Try not to struggle up if it hurts anywhere. If you have an alarm pendant, press it now, or call "
                f"{call}. Pull something warm over you if you can reach it, a towel or a coat, and stay as comfortable "
                "as you can until help comes. Can you reach a phone?")
    if _told(concern, "numbness with confusion"):
        return (f"Numbness with confusion needs help now: please call {call} straight away. If you're diabetic and "
                "can swallow safely, have something sugary while you wait. Don't stay alone. Can you call now?")
    if concern.urgent:
        return (f"This could be an emergency: please call {call} right now. Don't stay alone; ask someone nearby to "
                "be with you. Can you call now?")
    if _told(concern, "a racing heart") and not concern.urgent and not _told(concern, "chest pain"):
        return ("That sounds frightening. Sit down somewhere safe and breathe slowly: in for four, out for six. If "
                f"you get chest pain, feel faint or breathless, or it doesn't settle in a few minutes, call {call}. "
                "If it keeps happening, your doctor can check your heart. Has this happened before?")
    if re.search(r"\bpanic attacks?\b", low) and not _told(concern, "chest pain"):
        if re.search(r"\b(?:i'?m having|i am having|right now|happening now)\b", low):
            return ("You're safe, and I'm here. Panic attacks feel frightening, but they pass, usually within minutes. "
                    "Breathe slowly with me: in through your nose for four, out through your mouth for six, and feel "
                    f"your feet on the floor. If you have chest pain or it doesn't ease, call {call}.")
        return ("That sounds frightening. Panic attacks feel awful, but they pass and aren't harmful in themselves; "
                "slow breathing, in for four and out for six, helps, and if they keep happening your doctor can help. "
                f"If you ever have chest pain or it doesn't pass, call {call}. How are you feeling now?")
    if _told(concern, "chest pain"):  # comes and goes: seen today, and what would make it an emergency
        walking = ", especially when you walk," if re.search(r"\b(?:walk\w*|stairs|exert\w*|climb\w*)\b", low) else ""
        return (f"Chest pain that comes and goes{walking} needs checking by a doctor soon: please "
                "ring your doctor today and ask for an urgent appointment. If it comes on and doesn't ease after a "
                "few minutes' rest, or spreads to your arm, jaw, neck or back, or you feel sweaty, sick or short of "
                f"breath, call {call} straight away. Is someone with you?")
    if re.search(r"\b(?:eat|eaten|keep (?:anything|food|water) down)\b[^.!?]{0,25}\b(?:days|a week|weeks)\b", low) \
            and not re.search(r"\b(?:carer|didn'?t come|never came)\b", low):
        if re.search(r"\b(?:can'?t be bothered|no appetite|don'?t feel like|don'?t want to|not hungry|no "
                     r"point)\b", low):
            # not wanting to eat: often low mood as much as the body
            return ("I'm glad you told me. Not wanting to eat for days can be a sign that your mood has really "
                    "dropped, and your body needs looking after too. Please ring your doctor today and tell them. "
                    "Could you manage something small now, like toast or soup? How have you been feeling in yourself?")
        return ("I'm glad you told me, and you're never a bother. Not being able to eat for days needs a doctor's "
                "eye soon; please ring your doctor today. Try small sips of water and something light if you can. "
                f"If you feel faint or very weak, call {call}. Is someone with you?")
    if re.search(r"\b(?:haven'?t eaten|not eaten|no food|nothing to eat|didn'?t (?:come|turn up|show up)|never "
                 r"(?:came|turned up))\b", low):  # left without care
        return ("That's not okay, and I'm glad you told me. If you can, have something to eat and drink now. Please "
                "ring your care agency or someone close to you to tell them nobody came; if you feel weak or "
                f"unwell, call {call}. Who could you ring now?")
    if re.search(r"\blumps?\b", low):  # found, not an emergency: seen soon
        return ("I'm glad you told me. It's right to get it checked: please ring your doctor today or tomorrow and "
                "ask to be seen. Most lumps turn out not to be serious, but it's important to find out. How are you "
                "feeling about it?")
    if re.search(r"\b(?:fallen|fell|falls?|slipped|tripped)\b", low) and re.search(
            r"\b(?:not|wasn'?t|isn'?t|no(?:thing)?) (?:hurt|injured|broken|harm done)\b|\b(?:i'?m|i am) (?:alright|all "
            r"right|ok|okay|fine)\b|\bjust (?:shaken|a bit shaken|"
            r"bruised)\b", low):
        if re.search(r"\b(?:last (?:week|month|night)|yesterday|(?:days?|weeks?) ago|on (?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday))\b", low):  # told days later, already over it
            return ("I'm glad you're alright; a fall can shake you for a while afterwards. It's still worth telling "
                    "your doctor, even when you feel fine, so they can find out why it happened and help stop another. "
                    "Did you hurt yourself at all?")
        return ("I'm so glad you're not hurt; a fall can really shake you. Sit down, have a warm drink and take it "
                "easy today. It's worth mentioning to your doctor, and if anything starts to hurt or you feel dizzy, "
                f"call {call}. Is someone able to check on you?")
    if re.search(DIZZY_STANDING, low):
        return " ".join(dizzy_on_standing(call))
    if re.search(r"\b(?:fallen|fell|falls?|slipped|tripped)\b", low):
        return ("I'm glad you told me, and you're never a bother. Falls are worth telling your doctor about soon, "
                f"so they can find out why; if you're hurt or feel unwell, call {call}. Are you hurt anywhere?")
    if _told(concern, "blood in stool or urine"):
        urine = re.search(r"\b(?:urine|wee|pee)\b", low)
        simple, black = ("an infection", "") if urine else ("piles", ", it's black")
        return ("That's worth a doctor's look soon: please ring your doctor today or tomorrow and tell them. It's "
                f"often something simple, like {simple}, but it's important to check. If there's a lot "
                f"of blood{black}, or you feel faint or dizzy, call {call}. Has it happened before?")
    if _LASTING.search(low):  # there for days or weeks, nothing sudden told: a doctor, not an ambulance
        return ("That's worth getting checked, especially as it's been going on a while. Please ring your doctor and "
                f"describe it; if it suddenly gets much worse, or you feel very unwell, call {call}. How is it today?")
    return (f"That sounds worrying. If it gets worse or you're unsure, please call {call} or a doctor now, and don't "
            "stay alone with it. Is someone with you?")


# The robot asked plainly about self-harm or safety, and the person says no.
_ASKED = re.compile(r"\b(?:thinking about (?:hurting yourself|ending your life)|thoughts of (?:ending your life|"
                    r"hurting yourself)|are you safe right now)\b", re.I)
_NO = re.compile(r"^\W*(?:no\b|nah\b|not really\b|of course not\b|god,? no\b|no,|nope\b|i'?m not\b|i am not\b|"
                 r"i (?:wouldn'?t|won'?t|would never|'d never)\b|don'?t worry\b)|\bnot going to (?:do|hurt|try)\b|"
                 r"\bnothing like that\b|\bi'?m safe\b", re.I)


def answers_no(robot_before: str, text: str) -> bool:
    """True when the robot's last turn asked about self-harm or safety and ``text`` says no."""
    return bool(_ASKED.search(robot_before or "")) and bool(_NO.search(text or ""))


def after_no(text: str, resources: str) -> str:
    """The answer to "no, I'm not thinking of that": relief, the door kept open, and what is behind it."""
    res = " ".join(str(resources or "").split()) or DEFAULT_RESOURCES
    tired = re.search(r"\b(?:tired|exhausted|worn out|weary|fed up)\b", text, re.I)
    middle = "Being that worn out can make everything feel pointless. " if tired else ""
    return (f"Thank you for telling me; I'm glad. {middle}If those thoughts ever do get darker, please tell someone "
            f"straight away, or call {res}. What's been wearing you down lately?")


def strategy_reason(concern: Concern) -> str:
    what = {"self_harm": "they may be thinking of hurting themselves", "danger": "they may be in danger",
            "medical": "this may be a medical emergency"}[concern.kind]
    return f"{what} ({concern.level}): safety first, in calm, short, clear sentences"
