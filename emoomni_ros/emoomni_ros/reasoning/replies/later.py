"""Replies a turn later: going on with the same situation without repeating, and good news told with
a worry (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    FEAR_AGAIN,
    brave_step,
    cap,
    fear_again,
    has,
    pet_pronoun,
    they,
)
from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    BOGUS_CALLER,
    BRAVE_STEP,
    CANT_BE_THERE,
    FIRST_SCHOOL_DAY,
    GOT_INTO,
    IMPOSTOR,
    MISSING_FROM_IT,
    OTHERS_SUCCESS,
    SELLING_HOME,
    TIRED_ALWAYS,
)

# -- the same situation, a turn later -----------------------------------------------------------------

_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|twenty|\w+ty(?:[- ]\w+)?)"


def going_on(sit: Situation, text: str) -> str:
    """A reply that goes on with what was said a turn ago instead of saying it again ("" when nothing
    specific fits)."""
    loss = sit.event in ("bereavement", "pet_loss")
    if has(text, BRAVE_STEP) and not has(text, r"\b(?:not|never|n't)\b"):
        return " ".join(brave_step())
    if sit.event in ("conflict", "rejection") and has(text, r"^\W*i (?:really |just )?miss (?:him|her|them)\b"):
        return ("Of course you do; rifts hurt most with the people who matter most. Would you feel able to send a "
                "message, even a short one, just to say you miss them?")
    if has(text, r"^\W*(?:not )?even (?:my|the) \w+\W*$"):
        return ("When even the things you love lose their pull, it's worth telling your doctor; low mood like that is "
                "common and treatable. How long has it been like this?")
    if has(text, SELLING_HOME) and has(text, r"\b(?:raised|brought up|grew up|memories)\b"):
        return ("Of course; a home like that holds a whole family's life, and leaving it is a real loss even when "
                "it's the right thing. What will you miss most?")
    if sit.event == "plans" and has(text, r"\b(?:don'?t|won'?t) know (?:anyone|anybody|a soul)\b"):
        return ("That's often the hardest part, but you won't be a new face for long; ask the staff to introduce you "
                "to someone. Is there anything you're looking forward to?")
    if sit.event == "family_worry" and sit.who_kind == "pet" and has(text, r"\b(?:gone|missing|not (?:been |come )?"
                                                                    r"(?:home|back))\b"):
        return ("That's a worry, but cats and dogs often turn up after a few days, hungry and pleased with themselves. "
                "Have you checked sheds and garages nearby, and told the local vets and the microchip company?")
    if sit.event == "danger" and has(text, BOGUS_CALLER):
        return ("That's a common story to get inside. You did right to be wary; if they come back, keep the door shut "
                "and ring the company yourself on the number from your bill. Did you let them in?")
    if sit.event in ("danger", "illness") and has(text, r"^\W*(?:and )?it (?:was|happened) (?:only |just )?(?:\w+ )?"
                                                     r"(?:days|weeks?) ago\W*$"):
        return ("That's still very recent after a shock like that; it's normal for it to take a while to settle. If "
                "it's just as strong in a few weeks, your doctor can help. How have you been sleeping?")
    if not loss and has(text, r"^\W*(?:and )?(?:i )?(?:just |really )?(?:don'?t|do not|dunno) (?:know )?what to do(?: "
                             r"(?:now|anymore|about it))?\W*$"):
        return ("That's a horrible place to be, stuck like that. Let's think it through together: what would you most "
                "like to happen?")
    if sit.event == "family_good" and has(text, r"\bhaven'?t seen (?:him|her|them) (?:since|for|in)\b"):
        return "That's a long time; no wonder you're looking forward to it. What's the first thing you'll do together?"
    if sit.event == "danger" and has(text, r"\b(?:\w+ times|again|every (?:night|day|week)|keeps? happening)\b"):
        return ("Then it's a pattern, and worth reporting. Keep a note of the dates and times, and anything you see or "
                "hear; it helps the police act. Have you been able to tell them yet?")
    if has(text, FEAR_AGAIN):
        return " ".join(fear_again())
    if has(text, r"^\W*(?:maybe|perhaps|i think|i suppose)?\s*(?:she|he|they)(?:'s| is|'re| are) right\b"):
        return ("I don't think so. Words said in the heat of the moment hurt, but they aren't the truth about you. "
                "What happened before it was said?")
    years = re.search(r"\b(?:was|were|had (?:him|her|them) for|(?:he|she) was) "
                      r"(" + _NUMBER_WORD + r")(?: years?(?: old)?)?\b",
                      text, re.I)
    if loss and years:
        subject = pet_pronoun(text)
        was = "was" if subject in ("she", "he") else "were"
        if sit.who_kind != "pet" and sit.event == "bereavement":  # a person's age: a life, not years together
            return (f"{cap(years.group(1))} is a good long life, though it never feels long enough when it's someone "
                    f"you love. What {was} {subject} like?")
        part = f"{subject} was" if subject in ("she", "he") else "they were"
        return (f"{cap(years.group(1))} years is a long time together; {part} part of the family. What {was} {subject} "
                "like?")
    if loss and has(text, r"\b(?:can'?t|couldn'?t|don'?t) (?:get out of bed|get up|sleep|eat|face)\b|\bno energy\b|"
                          r"\bexhausted\b"):
        return ("That's so understandable; grief wears out body and mind. Be gentle with yourself, and try to eat and "
                "drink a little even when you don't feel like it. Is anyone checking in on you?")
    them = "them" if not sit.who else ("him" if has(text, r"\b(?:he|him|his)\b") else "her" if has(
        text, r"\b(?:she|her)\b") else "them")
    if loss and has(text, r"\bmiss(?:ing)? (?:him|her|them)\b"):
        return (f"Of course you do. Missing {them} is the love that's still there, with nowhere to go. What do you "
                f"miss most about {them}?")
    together = re.search(r"\b(?:married|together|partners)\b[^.!?]{0,15}?\b(" + _NUMBER_WORD + r") years\b", text, re.I)
    if loss and together:
        who = {"he": "he", "she": "she"}.get(they(sit), "")
        return (f"{cap(together.group(1))} years is a whole life together; no wonder the loss is so big. "
                + (f"What was {who} like?" if who else "What was your life together like?"))
    if loss and has(text, r"\b(?:evenings?|weekends?|nights?|days?)\b") and has(
            text, r"\b(?:fill|fills|filling|get through|long|endless|empty|don'?t know what to do)\b"):
        return ("The times you used to share can be the hardest to fill. Something small can help: a call with a "
                "friend at a set time, a programme you enjoyed together, a short walk. What did the "
                "two of you used to do then?")
    if sit.event in ("illness", "family_worry") and has(text, r"\b(?:might not|may not|won'?t|will never|might never|"
                                                        r"may never|can'?t) (?:walk|talk|speak|recover|get better|come "
                                                        r"home)\b"):
        return ("That's such hard news to hear. Recovery can go on for months, and rehab can do more than people "
                "expect, but it's a lot to take in. How are you holding up?")
    if sit.event in ("family_good", "plans") and has(text, r"\b(?:next|this) (?:\w+)\b|\bin (?:january|february|"
                                                      r"march|april|may|june|july|august|september|october|november|"
                                                      r"december|the spring|the summer|the autumn)\b|\bdue\b"):
        # when the happy day is: no second round of congratulations (the guard reads these words alone)
        ask = ("Will you be helping with the plans?" if has(text, r"\b(?:wedding|married|party|do)\b") else
               "How is everyone feeling about it?")
        return f"Something to look forward to, then. {ask}"
    if sit.event == "loneliness" and has(text, r"\bdon'?t know when i'?ll (?:\w+ )?see (?:him|her|them)\b"):
        return ("Not knowing is one of the hardest parts. Calls can't replace a hug, but a regular time to talk helps "
                "everyone stay close, the little ones too. Could you set one up?")
    if sit.event in ("illness", "pressure") and has(text, r"\b(?:can'?t stop thinking|on my mind|keeps? (?:me )?up|"
                                                    r"all i (?:can|ever) think about|can'?t think (?:about|of) "
                                                    r"anything else|"
                                                    r"can'?t (?:sleep|switch off)|going round (?:and round|in my "
                                                    r"head))\b"):
        return ("Of course it's on your mind; waiting like that takes over your thoughts. It can help to plan "
                "something gentle for the days until you know, so the time isn't all waiting. What might you do?")
    if loss and has(text, r"\b(?:quiet|empty|silent|silence)\b"):
        return ("The quiet is one of the hardest parts, when the house used to have them in it. Is anyone able to "
                "come round, or call in, over the next few days?")
    if loss and has(text, r"\b(?:gets? easier|get over it|move on|time heals|should be over)\b"):
        return ("People mean well, but grief doesn't keep to anyone's timetable. It tends to get softer rather than "
                "smaller. How are you finding it right now?")
    if sit.event == "job_loss" and has(text, r"\b(?:\w+ years?|my life|everything)\b"):
        return ("After all that time, it's a huge part of your life, and it's natural to feel hurt as well as "
                "worried. What will you miss most?")
    if sit.event in ("illness", "family_worry") and has(text, r"\b(?:crash\w*|accident|fell|fall|collapsed|attacked|"
                                                           r"knocked (?:down|over))\b"):
        return "That must have been such a shock. How are they doing now, and how are you?"
    if loss and has(text, r"\b(?:keep|still) (?:looking for|expecting|waiting for|setting|laying|listening for)\b"):
        return ("Those little habits take a long time to fade; they show how much a part of your life they were. "
                "What do you miss most?")
    return ""


def going_on_anyway(sit: Situation, said: list[str] | tuple[str, ...] = ()) -> str:
    """When nothing more specific fits: go on, with the first of a few replies not ``said`` already."""
    if sit.polarity > 0 and sit.felt not in ("sadness", "fear", "anger", "disgust"):  # not a move told sadly
        options = ["That sounds wonderful. Tell me more!", "I'm so pleased for you. What happened next?"]
    else:
        options = ["That makes sense. I'm here, and there's no rush. What's been the hardest part?",
                   "I hear you. Take your time; what else has been on your mind?",
                   "Thank you for telling me more. How are you feeling right now, as we talk?"]
        if sit.event == "danger" or sit.situation == "danger":
            options.insert(0, "That's completely understandable, and you're right to be careful. Would it help to have "
                              "someone with you, or to ring the police's non-emergency number together?")
        if sit.event in ("bereavement", "pet_loss") and sit.who:
            options.insert(0, f"Of course it still hurts; losing {sit.who} is a real loss, and there's no rush to "
                              "feel any different. What do you miss most?")
    fresh = [o for o in options if not any(o[:40] in before for before in said)]
    return (fresh or options)[0]


# -- good news told with a worry ---------------------------------------------------------------------

def mixed_reply(sit: Situation, text: str, key: str, worried: bool) -> str:
    if has(text, FIRST_SCHOOL_DAY):
        return ("Oh, what a big day for both of you. So many parents cry on the way home; it's a mix of pride and "
                f"missing them, and it shows how much you love them. How did {they(sit)} get on?")
    if sit.event == "health_good" and has(text, r"\b(?:recover\w*|healing|getting better|rehab|physio|mend\w*)\b"):
        return ("I'm so glad it went well. A slow recovery is frustrating, but it's very common; the body takes its "
                "time to heal, and every week counts. How are you managing day to day?")
    if has(text, r"\b(?:all clear|cancer[- ]free|in remission|came back (?:clear|negative|fine)|benign)\b"):
        whose = sit.who if sit.who and sit.who_kind not in ("doctor", "work") else "you"
        if has(text, TIRED_ALWAYS) or has(text, r"\b(?:tired|exhausted|no energy|wiped out)\b"):
            return (f"What a relief to hear {whose} got the all clear. Tiredness after an illness and its treatment "
                    "often takes months to lift, so go gently; if it doesn't ease, mention it at the next check-up. "
                    "How are you sleeping?")
        return (f"What a relief to hear {whose} got the all clear. And it's very normal to fear it coming back; that "
                "worry often eases a little with each check-up. Do you have someone to talk it over with?")
    if has(text, r"\b(?:visit\w*|came (?:round|over|to stay)|stayed)\b") and has(text, r"\b(?:quiet|empty|silent)\b"):
        return ("It sounds like a lovely visit, and the quiet afterwards can feel all the louder. Is there something "
                "you can look forward to this week?")
    if has(text, CANT_BE_THERE) and sit.event in ("family_good", "achievement", "plans"):
        whose = f" about {sit.who}" if sit.who else ""
        return (f"What lovely news{whose}, and how hard not to be able to be there. Missing a day like that is a real "
                "sadness. Could someone video call you during it, or bring you the photos and tell you all about it?")
    missing = re.search(MISSING_FROM_IT, text, re.I)
    if missing and not has(text, r"\b(?:scared|worried|nervous|anxious|frightened)\b"):
        kin_word = (r"\b(?:my|his|her|their|our) (?:late )?(dad|mum|mom|father|mother|husband|wife|grandad|gran|nan|"
                    r"granny|grandma|grandpa|brother|sister|son|daughter|partner)\b")
        # the one missed: named in the words that miss them, else the last one named before them
        kin = re.search(kin_word, missing.group(0), re.I) or ([None] + [
            k for k in re.finditer(kin_word, text, re.I) if k.end() <= missing.start()])[-1]
        named = re.search(r"\b(?:him|her|my \w+|[A-Z]\w+)\b", missing.group(0)[4:])
        if kin:
            one = kin.group(0).lower()
            about = "her" if kin.group(1).lower() in ("mum", "mom", "mother", "wife", "gran", "nan", "granny",
                                                      "grandma", "sister", "daughter") else "him"
        else:
            one = named.group(0) if named and named.group(0) != "I" else "them"
            about = {"him": "him", "her": "her"}.get(one, "them" if one == "them" else one)
        whose = {"him": "his", "her": "her", "them": "their"}.get(one, one + "'s")
        theirs = bool(sit.who) or has(text, OTHERS_SUCCESS)
        lead = ("Well done!" if sit.event == "achievement" and not theirs else "That must bring mixed feelings."
                if sit.event in ("family_good", "achievement") else "That sounds like a lovely moment.")
        return (f"{lead} And it's natural to feel {whose} absence at a time like this; happy days are often when we "
                f"notice someone missing most. Would you like to tell me about {about}?")
    if has(text, OTHERS_SUCCESS) and sit.who:
        news = f"That's wonderful news about {sit.who}!"
    elif has(text, r"\bpromot\w+"):
        news = "Congratulations on the promotion!"
    elif has(text, r"\b(?:got|landed) (?:the|a|my|this) (?:new )?(?:job|offer|role|place)|\bhired\b"):
        news = "Congratulations on the new job!"
    elif has(text, r"\b(?:passed|aced)\b"):
        news = "Congratulations on passing!"
    elif has(text, r"\b(?:baby|pregnant)\b"):
        news = "Congratulations on the baby news!"
    elif has(text, r"\b(?:engaged|married)\b"):
        news = "Congratulations, that's big news!"
    elif has(text, r"\b(?:accepted|" + GOT_INTO + r")\b"):
        news = "Congratulations on getting in!"
    else:
        news = "That's good news."
    if has(text, r"\bgood enough|not (?:smart|good|ready) enough|live up|fail|mess (?:it )?up|out of my depth") or has(
            text, IMPOSTOR):
        worry = ("And feeling scared you won't be good enough is really common when something matters this much; "
                 "they chose you for a reason.")
        follow = "What part of it feels most daunting?"
    elif has(text, r"\b(?:exhausted|tired|shattered|knackered|worn out|no sleep)\b"):
        worry = ("And being exhausted is completely normal with so much going on; rest whenever you can, and say yes "
                 "to every offer of help.")
        follow = "How are you doing in yourself?"
    elif worried:
        worry = "And it's completely normal to feel nervous too; big changes bring both at once."
        follow = "What worries you most about what's ahead?"
    else:
        worry = "It's okay if part of you feels sad about it too; good changes can still mean letting something go."
        follow = "What will you miss?"
    return f"{news} {worry} {follow}"
