"""Replies to losses: a death, a pet, a job, a relationship, loneliness and rejection (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    FEELING_LINE,
    brave_step,
    first_said,
    has,
    how_in_themselves,
    miss_work,
    pet_pronoun,
    pick,
    retired,
    them,
    they,
)
from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    ABANDONED,
    AFTER_VISIT,
    ALONE_FOREVER,
    ALONE_ON_DAY,
    APPLICATION_REFUSED,
    BABY_LOST,
    BRAVE_STEP,
    BULLIED,
    CALLED_BAD_PARENT,
    CANCELLED_ON,
    CANT_FACE_FUNERAL,
    CARERS_RUSHED,
    CLEARING_THINGS,
    CLOSE_MOVING,
    COMPARED_TO,
    CRIED_ALONE,
    DIDNT_MAKE_IT,
    DREAM_OF,
    EMPTY_DAYS,
    EMPTY_FUNERAL,
    EMPTY_NEST,
    EULOGY,
    FAMILY_FAR,
    FAMILY_NEVER_VISIT,
    FIRST_WITHOUT,
    FORGOTTEN_DAY,
    FOUND_ALONE,
    FRIEND_SILENT,
    FRIENDS_GONE,
    FUNERAL_SPEECH,
    GRAVE_VISIT,
    GRIEF_DREAM,
    GRIEF_GUILT,
    GRIEF_NIGHTMARES,
    GRIEF_PRESENCE,
    GUILTY_HAPPY,
    HABIT_FOR_TWO,
    HOME_SOLD_FOR_CARE,
    HOMESICK,
    HOUSEBOUND,
    IGNORED_BY_ALL,
    LEAVING_LONG_HOME,
    LET_DOWN_AGAIN,
    LONG_SINGLE,
    MEALS_ALONE,
    MISS_SMALL_THINGS,
    MISS_THEM,
    MISS_WORK,
    MOVED_FAR,
    NEED_HUG,
    NEVER_PROUD,
    NIGHT_FEAR_GRIEF,
    NO_COMPANION,
    NOBODY_NOTICED,
    NOBODY_TO_CARE_FOR,
    NOBODY_VISITS,
    NOT_COMING,
    NOT_INVITED,
    NOT_LET_HELP,
    NOT_LIKED,
    NOT_PICKED,
    NOT_TOLD,
    OVERLOOKED,
    PET_END,
    PET_QUIET,
    PET_TIME_LEFT,
    PLACE_CLOSING,
    PROUD_IF_HERE,
    RESIGNED_BUSY,
    RETIRED,
    REVENGE_ON_BULLIES,
    SEE_MORE,
    SHORT_VISIT,
    SHUNNED_AFTER_DEATH,
    SHUT_AWAY,
    SPOUSE_IN_CARE,
    STILL_BOUGHT,
    SUPPORT_BEREAVED,
    SUSPECT_CHEATING,
    THEIR_JOBS_NOW,
    THEIR_THINGS,
    TOLD_TOO_LATE,
    TOO_OLD,
    TRYING_FOR_BABY,
    UNANSWERED,
    UNSEEN_AT_WORK,
    WANT_HOME,
    WARD_MOVED,
    WENT_BUT_IGNORED,
    WOULD_HAVE_LOVED,
)

# What loss words of their own are answered with (the first found wins, before the
# branches in _loss that shape a reply).
_LOSS_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (NIGHT_FEAR_GRIEF, (
        "I'm so sorry. Nights can be the hardest part after losing someone you shared them with.",
        "Small things help some people: a lamp on a timer, the radio low, the phone by the bed, a call before "
        "bedtime. It often eases with time, and if it doesn't, a bereavement service or your doctor can help.",
        "What's the hardest part of the night?")),
    (GRIEF_DREAM, (
        "Oh, that's so hard.",
        "Dreams like that are very common in grief; they can be a comfort while they last, and then waking brings "
        "the loss back all over again.",
        "What are the dreams like?")),
    (EULOGY, (
        "I'm so sorry.",
        "Speaking at the funeral is a real act of love, and it's fine to be emotional doing it; having a copy with "
        "someone ready to step in can take the pressure off.",
        "What would you most like people to know about them?")),
)


def _loss(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _LOSS_SAID)
    if said:
        return said
    if has(text, FUNERAL_SPEECH) and has(text, r"\b(?:can'?t|cannot|couldn'?t|don'?t think|not sure|scared|afraid|"
                                            r"dread\w*|nervous|terrified|worried|how (?:do|can|will) i|don'?t know "
                                            r"(?:if|whether|how))\b"):
        who = sit.who or "them"
        return ("I'm so sorry. Being asked shows how much you meant to each other, and it's a lot to carry on top "
                "of the grief.", "It doesn't have to be long or perfect: a few true memories are enough. You can read "
                "it from the page, have someone stand beside you, or ask someone else to read it for you.",
                f"What's a memory of {who} that you'd want people to hear?")
    if has(text, TOLD_TOO_LATE):
        return (f"I'm so sorry, about {sit.who or 'them'} and about finding out like that.",
                "Not being told, and missing the chance to say goodbye at the funeral, is a hurt of its own on top of "
                "the grief. You can still say goodbye in your own way, at the grave or somewhere that meant something "
                "to you both.", f"Would you like to tell me about {them(sit)}?")
    if has(text, BRAVE_STEP) and not has(text, r"\b(?:not|never|n't)\b"):
        return brave_step()
    if has(text, CRIED_ALONE):
        return ("Oh, that's so "
                "hard.", "Of course you needed a cry; it's a loss, even while they're still here, and you "
                "needed a moment to let it out.", "Do you have someone you can talk to about how you're feeling?")
    if has(text, THEIR_THINGS):
        him = "him" if has(text, r"\b(?:his|dad'?s|husband'?s)\b") else "her" if has(
            text, r"\b(?:her|mum'?s|mom'?s|wife'?s)\b") else "them"
        died = has(text, r"\b(?:died|passed|lost)\b") and sit.who
        return ((f"I'm so sorry about {sit.who}. " if died else "") + f"Things like that hold so much of {him}.",
                "There's no rush to move anything; you'll know when, or if, it feels right.",
                "What do you remember most when you see it?")
    if has(text, HABIT_FOR_TWO) and has(text, r"\bused to\b"):
        return ("That sounds like something lovely you shared.", "Little rituals like that are often what we miss "
                "most; they were your time together.", "Do you still do it sometimes?")
    if has(text, HABIT_FOR_TWO):
        return ("Oh, that's so hard.", "The habits of a life together carry on, and each time it brings the loss back. "
                "It's okay; there's no rush for them to change.", "How long has it been?")
    if has(text, PET_QUIET):
        return ("I'm so sorry.", "The quiet where those little sounds used to be is one of the hardest parts of losing "
                "a pet.", "How long were you together?")
    if has(text, PROUD_IF_HERE):
        her = them(sit)
        she = they(sit)
        return ((f"I'm sure {she} would have been." if she != "they" else "I'm sure they would have been."),
                "It's natural to miss someone most on the days that matter, and to feel them with you too.",
                f"Would you like to tell me about {her}?")
    if has(text, WOULD_HAVE_LOVED) and has(text, r"\bwould have (?:loved|adored|enjoyed)\b") and not has(
            text, r"\b(?:wedding|graduat\w*|baby|born|proud)\b"):
        name = re.match(r"\s*([A-Z][a-z]+)\b", text)
        who = name.group(1) if name and name.group(1) not in ("My", "Our", "He", "She", "Mum", "Dad", "The") else "them"
        return ("It sounds like they're very much with you today.", "Little things like that bring someone close, and "
                "the missing too.", f"Would you like to tell me about {who}?")
    if has(text, FRIENDS_GONE):
        return ("I'm so sorry.", "Losing friends one after another is one of the hardest parts of getting older; each "
                "one takes a piece of your shared history with them.", "Who do you miss most?")
    if has(text, STILL_BOUGHT):
        return ("That's a lovely thing to do.", "Keeping them part of the day is a way of carrying on loving them.",
                "Will you do anything else to remember them today?")
    if has(text, DREAM_OF) and not has(text, r"\b(?:died|passed|funeral|lost (?:him|her))\b"):
        her = "her" if has(text, r"\b(?:mum|mom|mother|wife|daughter|sister|gran|granny|grandma|grandmother|nan|nana)"
                               r"\b") else "him" if has(text, r"\b(?:dad|father|husband|son|brother|grandad|"
                                                           r"granddad|grandfather)\b") else "them"
        return ("Dreams like that can feel so real.", "They can stay with you all day, and waking up can bring the "
                "missing back all at once.", f"Was it a comforting dream, or did it leave you missing {her}?")
    if has(text, GRAVE_VISIT):
        return ("I'm so sorry.", "Visiting can be a comfort and so hard at the same time.",
                "How was it, being there today?")
    pet = sit.event == "pet_loss"
    who = sit.who if not pet or sit.who_kind == "pet" else ""  # "the vet" is not the one who died
    if who:
        ack = pick((f"I'm so sorry about {who}.", f"I'm so sorry. Losing {who} is such a heavy loss.",
                    f"I'm so sorry to hear about {who}."), key)
    else:
        ack = pick(("I'm so sorry for your loss.", "I'm so sorry. That is a heavy loss."), key)
    if has(text, SUPPORT_BEREAVED) and has(text, r"\b(?:my|our) (?:\w+ )?\w+'s (?:husband|wife|partner|mum|mom|dad|son|"
                                            r"daughter|baby|brother|sister|mother|father)\b"):
        # someone else's loss: they want to comfort a friend
        return ("I'm so sorry; that's a sad thing to hear.", "It's so hard to know what to say, and there are no "
                "perfect words. Telling them you're sorry, that you're thinking of them, and simply listening will "
                "mean more than you know.", "Would it help to think together about what you might say?")
    if has(text, TRYING_FOR_BABY):
        return ("I'm so sorry.", "Month after month of hoping is exhausting and heartbreaking, and it's a grief people "
                "don't always see.", "How are you both holding up?")
    if has(text, NOBODY_NOTICED):
        return ("Oh, that's so sad, and such a shock so close to home.",
                "Hearing that nobody noticed can stir up worries of your own, and that's natural.",
                "Do you have someone who checks in on you regularly?")
    if has(text, HOUSEBOUND) or has(text, r"\b(?:not|haven'?t|hardly) (?:left|been out of|gone out of) the "
                                        r"(?:house|flat|home)\b"):
        return (ack, "Staying in can feel safer when grief is this raw, but a little fresh air and company really can "
                "help, even a short walk.", "Is there someone who could come round, or come with you for a walk?")
    if pet and has(text, PET_TIME_LEFT):
        one = pet_pronoun(text)
        obj = {"she": "her", "he": "him"}.get(one, "them")
        return ("I'm so sorry. Knowing the time is short is so hard.", "The time you have left can still be gentle "
                f"and full of love: favourite food, favourite spots, lots of fuss, and the vet can keep {obj} "
                "comfortable.",
                how_in_themselves(one))
    if pet and has(text, PET_END):
        return ("I'm so sorry.", "Deciding when to let a pet go is one of the hardest choices there is, and it's an "
                "act of love, sparing them pain.", "How long have you had each other?")
    if has(text, DIDNT_MAKE_IT):
        return ("I'm so sorry. That's devastating news.", "News like that is such a shock; you don't have to take it "
                "all in at once.", "Is someone with you right now?")
    if has(text, FIRST_WITHOUT):
        gone = re.search(r"\bwithout (him|her)\b", text, re.I)
        return (ack, f"The first one without {gone.group(1).lower() if gone else them(sit)} is one of the hardest; "
                "it's okay to do it differently this year, or to let it be a sad day.",
                "Is there someone you could spend some of it with?")
    if has(text, GRIEF_PRESENCE):
        return (ack, "Lots of people who've lost someone hear their voice or sense them near; it's a very common part "
                "of grief, and it doesn't mean anything is wrong with you.", "How does it feel when it happens?")
    if has(text, BABY_LOST):
        return ("I'm so sorry for your loss.",
                "Losing a baby, at any stage, is a real loss, and the grief can feel lonely because others never got "
                "to know them.", "How are you both doing?" if has(text, r"\b(?:we|our)\b") else "How are you doing?")
    if has(text, CANT_FACE_FUNERAL):
        return ("That's completely understandable.", "It's okay not to go, or to go with someone and sit at the back; "
                "there are other ways to say goodbye too, like writing a letter or visiting later on your own.",
                f"Would you like to tell me about {them(sit)}?" if them(sit) != "them" else
                "Would you like to tell me about them?")
    if has(text, GRIEF_NIGHTMARES):
        return (ack, "Grief often comes out at night, in dreams and nightmares; it's very common, and it usually eases "
                "with time. If it keeps you from sleeping for weeks, your doctor can help.",
                "Do you have someone to talk to about them in the day?")
    if has(text, EMPTY_FUNERAL):
        mattered = f"{they(sit)} mattered" if they(sit) != "they" else "they mattered"
        return ("I'm so sorry.", "That must have been so lonely, on a day that was already so hard; it says nothing "
                f"about how much {mattered} to you.",
                f"Would you like to tell me about {them(sit)}?" if them(sit) != "them" else
                "Would you like to tell me about them?")
    if has(text, THEIR_JOBS_NOW) and not pet:
        cooking, garden = has(text, r"\bcook"), has(text, r"\bgarden")
        helpers = ("friends, neighbours or a local class can show you the rest" if cooking else
                   "a neighbour or a gardening group would likely love to help"
                   if garden else "friends, family or a free advice service can help you set it up")
        # told after the death in an earlier turn (read together with it): no second condolence
        last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
        if not has(last, r"\b(?:died|passed|lost|death|widow\w*|funeral|gone)\b"):
            ack = "That's one of the hard parts."
        return (ack, f"Grief brings all the everyday things {they(sit)} did into view, and it's okay to learn them "
                f"slowly; simple is fine to start with, and {helpers}.",
                "Are you managing to eat properly?" if cooking else "Who could give you a hand with it?")
    if has(text, GUILTY_HAPPY) and not pet:
        named = re.search(r"\b(?:after|since) (?-i:([A-Z][a-z]+)) (?:died|passed|went)\b", text)
        who_named = named.group(1) if named else them(sit)
        return ("That's such a common feeling, and a kind one.", "Being happy again doesn't mean you've forgotten "
                "or loved any less; grief and joy can live side by side, and good days are allowed.",
                f"Would you like to tell me about {who_named}?")
    if has(text, GRIEF_GUILT) and not pet:
        carried = ("So many people carry that guilt after a death" if has(text, r"\b(?:guilt\w*|blame)\b") else
                   "Not being there at the end is one of the hardest parts of a loss, and so many people carry it")
        return (ack, f"{carried}, but nobody can know when the moment will come, and it doesn't undo all the times "
                "you were there.", f"Would you like to tell me about {them(sit)}?"
                if them(sit) != "them" else "Would you like to tell me about them?")
    if has(text, r"\b(?:killed (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) own life|suicide)\b"):
        feel = ("Losing someone to suicide is a shock and a grief all at once, and it often leaves so many questions; "
                "none of it is your fault.")
    elif has(text, r"\b(?:lost touch|drifted apart|lost contact)\b"):
        feel = "Even when you'd lost touch, news like that can hit hard; it brings back the years you shared."
    elif has(text, r"\b(?:haven'?t|hadn'?t|had not|have not|never) (?:spoken|talked|seen each other|made (?:it )?up)\b|"
                   r"\b(?:fell|fallen) out\b|\bestranged\b|\bnot speaking\b|\btoo late to\b"):
        feel = ("When there was distance between you, grief often comes mixed with regret and what might have been; "
                "all of that is allowed, and none of it cancels the love.")
    elif has(text, r"\bfriends? (?:since (?:we were|school|childhood|primary|we met)|for (?:\w+ )?(?:\d+|\w+ty|\w+) "
                   r"years|all (?:our|my) li(?:fe|ves))\b|\bknown (?:him|her|each other) (?:all my life|since|for "
                   r"(?:\w+ )?(?:\d+|\w+ty) years)\b"):
        feel = (f"A friendship that long holds so much of your own life too; losing {them(sit)} is losing a piece of "
                "your shared history.")
    elif has(text, CLEARING_THINGS):
        feel = "Clearing their things is one of the hardest parts; it can feel like saying goodbye all over again."
    elif has(text, r"\b(?:quiet|empty|silent)\b"):
        feel = "The quiet at home must make the grief feel even heavier."
    elif has(text, r"\b(?:handwriting|photos?|letters?|cookbook|recipe|clothes|jumper|coat|voice(?:mail)?|"
                   r"recording|glasses|his things|her things)\b"):
        feel = "Finding something of theirs like that can bring it all back, the grief and the love together."
    elif has(text, r"\b(?:birthday|anniversary|christmas|holidays?)\b|\bwould have been (?:\d+|\w+ty)|\b(?:a|one|two|"
                   r"three|five|ten|\w+) years? (?:ago )?today\b"):
        feel = "Days like this can bring the grief rushing back."
    elif has(text, r"\b(?:sudden\w*|accident|crash|out of nowhere|without warning|found out)\b"):
        feel = "When it comes so suddenly, the shock sits right on top of the grief."
    elif has(text, r"\b(?:expect\w*|want\w*|tell\w*|told|think\w*|say\w*) (?:me|us) (?:to|I should|i ought to) "
                   r"(?:be over it|get over it|move on|have moved on|be better|be fine|be back to normal)\b|"
                   r"\b(?:should|ought to) (?:be over it|have moved on|be over (?:him|her)|be better by now)\b|"
                   r"\btime heals\b"):
        feel = (f"There's no timetable for grief, whatever other people expect; missing {them(sit)} this much "
                "makes complete sense.")
    elif has(text, r"\b(?:last (?:year|spring|summer|autumn|fall|winter|month)|years? ago|months? ago|still)\b"):
        feel = f"Grief doesn't keep to a timetable; missing {them(sit)} this much still makes complete sense."
    elif pet:
        feel = "A pet is family, and the everyday routines without them can hurt the most."
    else:
        feel = FEELING_LINE["grief"]
    if pet:
        told_years = has(text, r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b[^.!?]{0,12}\b(?:years?|"
                               r"old)\b|\b(?:she|he|they) was (?:\d+|\w+teen|\w+ty)\b|\bold age\b|\b(?:died|passed|"
                               r"went) (?:away )?at (?:\d+|\w+teen|\w+ty)\b")
        follow = pick((f"What do you miss most about {them(sit)}?", "How many years did you have together?"),
                      key + "f") if not told_years else "What do you miss most about {}?".format(
            {"she": "her", "he": "him"}.get(pet_pronoun(text), them(sit)))
    elif sit.who_kind == "partner":
        follow = pick(("How have the evenings been for you?", f"Would you like to tell me about {them(sit)}?"),
                      key + "f")
    elif who:
        follow = pick((f"Would you like to tell me about {them(sit)}?", "Do you have people around you right now?"),
                      key + "f")
    else:
        follow = "Do you have people around you right now?"
    return ack, feel, follow


def _job_loss(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, RETIRED):
        return retired(text)
    if has(text, MISS_WORK):
        return miss_work()
    if has(text, NOT_TOLD):
        return ("I'm sorry, losing your job is a real blow, and carrying it alone makes it heavier.", "It can feel "
                "impossible to say, but most people would rather know and face it together.",
                "What's making it hard to tell them?")
    ack = pick(("I'm sorry, losing your job is a real blow.", "That's such hard news; losing your job shakes "
                "everything up."), key)
    if sit.feeling in ("anxiety", "dread"):
        feel = "Worrying about what comes next is completely natural."
        follow = "What worries you most right now?"
    else:
        feel = "It's natural to feel shaken and disappointed, especially after everything you gave to it."
        follow = pick(("Do you have someone supporting you while you work out what's next?",
                       "Have you been able to tell anyone close to you yet?"), key + "f")
    return ack, feel, follow


def _breakup(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    told_of = re.search(r"(?:^|[.!?]\s+)\W*(?:(he|she|they)(?:'s| has| have|'ve| is| are)?|(?:my|our) (son|daughter|"
                        r"grandson|granddaughter|brother|sister|nephew|niece|friend|mate|dad|mum)(?:'s| has| is)?)\b"
                        r"[^.!?]{0,12}\b(?:split up|broken up|broke up|separat\w+|divorc\w+|been dumped|got dumped|"
                        r"finished with|left (?:him|her|them))\b", text, re.I)
    theirs = re.match(r"(his|her|their) ", sit.who or "")  # "his girlfriend": not the speaker's own partner
    if told_of or theirs:  # someone else's breakup: comfort them through the speaker
        word = ((told_of.group(1) or told_of.group(2)) if told_of else {"his": "he", "her": "she"}.get(
            theirs.group(1), "they")).lower()
        he = {"he": "he", "she": "she", "they": "they", "son": "he", "grandson": "he", "brother": "he",
              "nephew": "he", "dad": "he", "daughter": "she", "granddaughter": "she", "sister": "she", "niece": "she",
              "mum": "she"}.get(word, "they")
        is_ = "are" if he == "they" else "is"
        return ("Oh, I'm sorry; it's hard to watch someone you love go through that.", "Being there to listen, without "
                "taking sides or rushing to fix it, helps more than you'd think.", f"How {is_} {he} doing?")
    if has(text, r"\bfor (?:\w+ )?(?:years|decades)\b|\b(?:\w+ )?years ago\b") and has(
            text, r"\b(?:on my own|alone|by myself|single)\b"):  # long ago: the years alone since are the point
        return ("That's a long time to be on your own.", "It's natural to still feel it, whatever happened back then; "
                "loneliness can creep up over the years.", "How do you fill your days these days?")
    who = sit.who if sit.who_kind == "partner" else ""
    ack = f"I'm so sorry about you and {who}." if who else "I'm so sorry, a breakup is so painful."
    if has(text, SUSPECT_CHEATING):
        return ("That's an awful feeling to live with, not knowing.", "Suspicion can eat away at you, whatever the "
                "truth turns out to be; it may help to tell them calmly what you've noticed and how it's making you "
                "feel.", "What's made you think so?")
    if has(text, r"\bcheat\w*|\baffair\b|someone else|another (?:woman|man|girl|guy)"):
        feel = "Being betrayed by someone you trusted hurts in a very particular way."
    elif has(text, r"\bdivorc\w*|marriage"):
        feel = "The end of a marriage is a real loss, even when part of you saw it coming."
    elif has(text, r"\b(?:dumped|ended it|broke up|finished with)\b") and has(text, r"\btext|message"):
        feel = "Ending it like that, without a real conversation, makes it hurt even more."
    else:
        feel = "Heartbreak can feel physical, and it takes time."
    follow = pick(("How are you holding up today?", "Do you have a friend you can lean on right now?"), key + "f")
    return ack, feel, follow


# What loneliness words of their own are answered with (the first found wins, before the
# branches in _loneliness that shape a reply).
_LONELINESS_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (RESIGNED_BUSY, (
        "Maybe, but it still hurts to wait.",
        "You matter, and it's okay to feel sad about it, busy or not.",
        "Would you like to ring one of them yourself?")),
    (HOME_SOLD_FOR_CARE, (
        "That's a real loss.",
        "A family home holds so many memories, and it's hard when it has to go to pay for care, even when it's the "
        "right thing.",
        "What do you miss most about it?")),
    (LEAVING_LONG_HOME, (
        "Of course you're sad; that's a lifetime of memories.",
        "Leaving a home you've loved for so long is a real goodbye, even when the move is right. Some people take "
        "photos of each room, or a cutting from the garden, to bring a bit of it with them.",
        "What will you miss most?")),
    (FOUND_ALONE, (
        "That's a frightening thought, and lots of people who live alone have it.",
        "A personal alarm you wear, or a daily check-in call from a friend, a neighbour or a telephone befriending "
        "service, means someone would know quickly if anything happened.",
        "Would you like to think about setting one of those up?")),
    (SHUNNED_AFTER_DEATH, (
        "I'm so sorry, for your loss and for this.",
        "People often don't know what to say after a death, so they say nothing or keep away; it's about their "
        "awkwardness, not about you, but it's so lonely to be on the end of it.",
        "Is there anyone who has stayed in touch, someone you could lean on?")),
    (NOBODY_TO_CARE_FOR, (
        "That's a real loss.",
        "Looking after someone gives the day a shape and a purpose, and it's hard when there's nobody to do it for.",
        "Is there someone you could cook for now and then, a neighbour or family, or a lunch club that would love "
        "the help?")),
    (ALONE_ON_DAY, (
        "I'm sorry you'll be on your own.",
        "Days that everyone else seems to share can make being alone feel so much louder.",
        "Would it help to plan something small for the day, or think of someone you could ring? Some places put on a "
        "lunch for people on their own, too.")),
)


def _loneliness(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _LONELINESS_SAID)
    if said:
        return said
    if has(text, LONG_SINGLE):
        return ("That's a long time to be hoping, and it's okay to be fed up." if has(text, r"\b(?:years|months)\b")
                else "It's okay to be fed up with it.", "Meeting someone often starts with things you enjoy, a class, "
                "a club or volunteering, as much as apps; it can happen at any age.",
                "What would you most like in a partner?")
    if has(text, SHUT_AWAY):
        return ("A whole week is a long time to be shut away.", "Staying in like that can be a sign of feeling very "
                "low, and it tends to make the low feelings worse; your doctor can help, and so can one small step, "
                "like opening the curtains or a minute at the door.", "How have you been feeling in yourself?")
    if has(text, CARERS_RUSHED):
        return ("That's hard, when those visits may be the only company you get.", "It's fair to tell the agency "
                "you'd like a bit of time to talk; some also run befriending calls or visits.",
                "How long do they usually stay?")
    if has(text, WENT_BUT_IGNORED):
        return ("That's so disheartening, after making the effort to go.", "First visits can be like that; groups "
                "often warm up the second or third time, and telling the organiser you're new helps.",
                "Would you give it another go?")
    if has(text, FAMILY_FAR):
        return ("That's hard; a screen isn't the same as a hug.", "A regular call at a set time, and a visit to look "
                "forward to, can help them feel closer.", "When did you last see them in person?")
    if has(text, FAMILY_NEVER_VISIT):
        return ("That hurts, and it's lonely "
                "too.", "Families get caught up in their own lives and often don't realise; "
                "it's worth telling them plainly how much a visit or a call would mean, or suggesting a regular time.",
                "When did you last see them?" if not has(text, r"\b(?:since|for|in) \w+") else
                f"Could you ring {them(sit)}, just to say you're thinking of {them(sit)}?")
    if has(text, NOBODY_VISITS):
        return ("That's hard, days going by without a knock at the door.", "There are befriending services that "
                "arrange a regular visitor or a phone call, just for a chat, and they're free.",
                "Would you like that?")
    if has(text, WARD_MOVED):
        return ("Being moved is unsettling, especially when you'd got to know "
                "people.", "The staff on the new ward will "
                "get to know you quickly, and it's fine to ask a nurse to introduce you.", "Is there anything you need "
                "there?")
    if has(text, WANT_HOME):
        return ("I'm sorry; being away from home is hard, and home is where you feel most like yourself.",
                "It's worth asking the staff what needs to happen before you can go, so you know what you're working "
                "towards.", "What do you miss most about home?")
    if has(text, AFTER_VISIT):
        return ("It sounds like a lovely visit.", "The quiet afterwards can feel all the louder.",
                "Is there something you can look forward to this week?")
    if has(text, NO_COMPANION):
        return ("It's hard facing something like that on your own.", "Some hospitals and charities have volunteers "
                "who can go with you, and the hospital's patient advice service can tell you what's available.",
                "Would it help to find out who to ring?")
    if has(text, SEE_MORE):
        return ("It's hard to see the people you love less than you'd like.", "Missing them shows how much they "
                "mean to you.", "Is there a way to see them a bit more, a regular video call or a visit you could "
                "plan together?")
    if has(text, ALONE_FOREVER):
        return ("That's a frightening thought, and a very human one.", "Feeling alone now doesn't mean it will always "
                "be this way; new friendships and love can start in small ways, at any age.",
                "What's making you feel that way at the moment?")
    if has(text, MISS_SMALL_THINGS):
        pron = "him" if has(text, r"\b(?:his|(?:husband|dad|father|grandad|granddad)'s)\b") else "her" if has(
            text, r"\b(?:her|(?:wife|mum|mom|mother|gran\w*|nan)'s)\b") else "them"
        food = has(text, r"\b(?:cooking|roast|sunday lunch|baking)\b")
        return ("It's so often the small things we miss the most.", (
            "Meals like that are about so much more than the food; they were a way of looking after you all."
            if food else "A voice or a laugh is so much a part of someone, and missing it is a sign of how much they "
            "mean to you."), f"Would you like to tell me about {pron}?")
    if has(text, MEALS_ALONE):
        return ("Cooking for one can feel like a daily reminder of who isn't at the table.",
                "Lots of people stop bothering, but you deserve a proper meal as much as anyone; simple things "
                "count.", "Is there someone you could share a meal with now and then, or a lunch club nearby?")
    if has(text, HOMESICK):
        return ("Homesickness is so common, especially at "
                "first.", "Missing home shows how much it means to you, and it "
                "usually eases as new routines settle in.", "Could you ring home tonight, or cook something that "
                "tastes of it?")
    if has(text, EMPTY_NEST):
        return ("The house must feel so quiet now.", "It's a big change, even when you're proud of them, and the "
                "missing is real.", "How are you filling the evenings?")
    if has(text, NEED_HUG):
        return ("I wish I could give you a hug.", "Wanting to be held is one of the most human things there is, and it "
                "sounds like you've been carrying a lot on your own.",
                "Is there someone who could come round, or shall we talk for a while?")
    if has(text, CLOSE_MOVING) and has(text, MOVED_FAR) and not has(text, MISS_THEM):
        return ("That's a big change.", f"You'll miss {them(sit)}, I expect, even if you're glad for {them(sit)}.",
                "How are you feeling about it?")
    if has(text, MOVED_FAR) and has(text, MISS_THEM):
        who = sit.who or "someone you love"
        return (f"It's hard when {who} lives so far away.",
                f"Missing {them(sit)} is a kind of grief of its own, even when you're glad for {them(sit)}.",
                "Do you get to talk, or see each other on video calls?")
    if has(text, r"\bburden\b"):
        return ("That sounds really lonely.", "Wanting company doesn't make you a burden; most people are glad to be "
                "asked.", "Is there someone you could ring today, just for a chat?")
    if has(text, HOUSEBOUND):
        return ("That's a long time to be indoors, and it can wear anyone down.",
                "Being cut off from the world outside makes everything feel heavier.",
                "What's been stopping you getting out? There might be ways to make it easier.")
    if has(text, ABANDONED):
        return ("That sounds so painful.", "When people you love leave, one after another, it can start to feel like "
                "it will always happen; that fear makes sense.", "What's happened recently to bring this up?")
    if has(text, SPOUSE_IN_CARE):
        named = re.search(r"\b(?-i:[A-Z][a-z]+)(?= (?:went|moved|had to go) (?:in|into))", text)
        him = them(sit)
        return ("That's such a hard change.", f"It's a kind of grief when "
                                              f"{sit.who or (named.group(0) if named else 'your partner')} has to move "
                                              f"into "
                "care: you're apart, though they're still here, and the house can feel so empty.",
                f"How often do you get to see {him}?")
    if has(text, EMPTY_DAYS) and has(text, r"\b(?:died|passed|lost (?:him|her)|since (?:he|she) went)\b"):
        return ("I'm so sorry.", "The days can feel endless after losing the person you shared them with, and "
                "weekends most of all.", "What did the two of you used to do together?")
    if has(text, EMPTY_DAYS):
        after_work = has(text, RETIRED + r"|\b(?:stopped|gave up|giving up|finished) work(?:ing)?\b")
        return ("I'm sorry the days feel so empty.",
                "Work gives the days a shape and people to see, and it's hard when that goes; lots of people feel "
                "this after retiring." if after_work else "Long, empty days can make anyone feel low and cut off.",
                "What did you enjoy most about work? There may be something nearby that gives you a bit of that back."
                if after_work else "What used to fill your days that you've missed doing?")
    if has(text, PLACE_CLOSING):
        return ("Oh no, that's a real loss.", "A place like that is where you see people, not just somewhere to go.",
                "Do you know if the others are going somewhere else, so you can keep in touch?")
    ack = pick(("That sounds really lonely.", "I'm sorry you've been feeling so alone."), key)
    if has(text, r"\b(?:moved|new (?:city|town|country|place)|relocat\w*)\b"):
        feel = ("Starting over somewhere new takes so much energy, and friendships take time to grow; it says "
                "nothing bad about you.")
        follow = "What did you enjoy doing with friends back home? There may be a group for it nearby."
    elif has(text, r"\b(?:weekends?|evenings?|nights?|dinner|holidays?)\b"):
        feel = "Those quiet stretches of time can make the loneliness feel loudest."
        follow = "Is there someone you could reach out to, even just for a short call?"
    elif has(text, r"\bmoved away|friends (?:have )?(?:left|gone)\b"):
        feel = "Missing people who used to be close is its own kind of grief."
        follow = "Are you still in touch with any of them?"
    else:
        feel = FEELING_LINE["loneliness"]
        follow = pick(("When did you last have a proper chat with someone?", "I'm glad you're talking to me. What "
                       "would help you feel a bit more connected?"), key + "f")
    return ack, feel, follow


# What rejection words of their own are answered with (the first found wins, before the
# branches in _rejection that shape a reply).
_REJECTION_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (FRIEND_SILENT, (
        "That's unsettling, and it hurts.",
        "Often people go quiet because of something in their own life, not because of anything you did; a short, warm "
        "message with no pressure can open the door.",
        "Has anything happened between you lately?")),
    (REVENGE_ON_BULLIES, (
        "It makes sense to be that angry after what they did.",
        "But hurting them would land you in trouble, and they're not worth that; telling someone who can stop them is "
        "how they answer for it.",
        "Who knows about what they've been doing?")),
    (UNSEEN_AT_WORK, (
        "That's really demoralising.",
        "Effort that nobody notices still counts. It can help to keep a note of what you've done and bring it up with "
        "your manager, calmly, at a good moment.",
        "Is there anyone at work who does see what you do?")),
    (COMPARED_TO, (
        "That really stings.", "Being measured against a brother or sister can make you feel you're never "
        "quite enough, but you're your own person, with your own strengths. It's fair to tell them how it "
        "makes you feel.", "What do they say?")),
    (NOT_LET_HELP, (
        "That can really sting, when you're longing to help.", "New parents often need to find their own way "
        "at first, and it usually isn't about you. Offering something specific, a meal or an hour so they can "
        "sleep, and letting them say yes in their own time, often opens the door.",
        "How are things between you otherwise?")),
)


def _rejection(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _REJECTION_SAID)
    if said:
        return said
    if has(text, CALLED_BAD_PARENT):
        who = sit.who or "someone you love"
        return (f"That must have really hurt, coming from {who}.", "Words like that, said in anger, are rarely the "
                "whole truth, and one sentence can't undo everything you've done. It's fair to tell them it hurt, "
                "when things are calmer.", "What was happening when it was said?")
    if has(text, LET_DOWN_AGAIN):
        return ("That's so disappointing, again and again.", "Being let down by someone you love hurts, and it says "
                "more about them than about you.", "Have you been able to tell them how it feels?")
    if has(text, APPLICATION_REFUSED):
        return ("That's so disheartening, when you need it.", "Decisions like that are often changed when you ask "
                "again: ask for the reasons in writing, and an advice service can help you appeal, with a letter from "
                "your doctor.", "Would it help to go through the letter together?")
    if has(text, NOT_PICKED):
        return ("That really stings, standing there waiting.", "Being picked last, or not at all, says nothing about "
                "who you are; it happens to lots of people, and it still hurts.",
                "Is there anyone in the class you get on with?")
    if has(text, SHORT_VISIT):
        return ("Oh, that's disappointing, after looking forward to it.", "A short visit can leave you feeling more "
                "alone than before, even though you were glad to see them.",
                "Did you get to talk about anything much? It might be worth telling them you'd love a longer visit.")
    if has(text, IGNORED_BY_ALL) and has(text, r"\b(?:party|wedding|do|gathering|reunion|dinner|barbecue|bbq|"
                                             r"night out|event|christening)\b"):
        return ("That's such a lonely feeling, being in a room full of people and left out.", "It says more about the "
                "party than about you; groups can be cliquey, even without meaning to be.",
                "Was there anyone there you knew?")
    if has(text, IGNORED_BY_ALL) and has(text, r"\b(?:mums|dads|parents|colleagues|neighbours|at work|club|church|"
                                            r"group|residents|ladies|men)\b"):
        return ("That sounds really lonely and hurtful.", "Being frozen out like that says more about the group than "
                "about you.", "Is there one person there you get on with, to start with?")
    if has(text, IGNORED_BY_ALL):
        return ("That sounds really lonely and hurtful.", "Being left out day after day is a kind of bullying, and it "
                "isn't your fault.", "Is there anyone, a teacher or one friend, you feel okay talking to?")
    if has(text, NEVER_PROUD):
        return ("That's a real ache, wanting to hear it.", "Some people find those words hard to say even when they "
                "feel them, but you deserve to hear them.", "Have you ever been able to tell them how much it would "
                "mean?")
    if has(text, NOT_LIKED):
        return ("That's painful, especially with someone so close to the family.", "Sometimes it's more about "
                "nerves, differences or misunderstandings than real dislike, but it hurts all the same.",
                "What makes you feel that way?")
    if has(text, r"\b(?:unless|when) (?:he|she|they) (?:wants?|needs?)\b"):
        who = them(sit)
        return ("That hurts.", "Feeling that someone only gets in touch when they need something can leave you "
                "feeling used, and lonely too.", f"Have you ever been able to tell {who} how it feels?")
    if has(text, OVERLOOKED):
        return ("That really hurts.", "Feeling overlooked next to someone else, especially in your own family, can "
                "sting for years. What you do matters, even when nobody says so.", "Has it always been that way?")
    if has(text, FORGOTTEN_DAY):
        partner = has(text, r"\b(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*)\b")
        return ("Oh, that really hurts, especially on a day like that.", "Being forgotten on a day that matters says "
                "nothing about your worth, but it stings all the same.",
                f"Have you been able to tell {them(sit)} how it left you feeling?" if partner
                else "Has anyone been in touch since?")
    if has(text, CANCELLED_ON):
        return ("That's really disappointing.", "When someone keeps cancelling, it's natural to feel you matter less "
                "to them, even if that isn't true.", "Have you been able to tell them how it leaves you feeling?")
    if has(text, TOO_OLD) and has(text, r"\b(?:i think|i feel|i'?m getting|maybe i'?m|i must be)\b"):
        return ("It can feel that way when things get harder.", "Feeling older doesn't make you any less worth "
                "listening to, or any less able to enjoy things.", "What's been making you feel like that lately?")
    if has(text, TOO_OLD):
        return ("That's not fair at all.", "People learn new things at every age, and you clearly want to.",
                "What would you most like to be able to do?")
    if has(text, r"\b(?:" + NOT_COMING + r")\b"):
        seeing = f"seeing {them(sit)}" if sit.who and them(sit) != "them" else "seeing them"
        return (f"That's disappointing; you were probably looking forward to {seeing}.",
                "It's natural to feel hurt when someone you love seems too busy for you.",
                "Would a phone or video call in between help a little?")
    if has(text, UNANSWERED):
        return ("That hurts, and not knowing why is the hardest part.", "Sometimes people go quiet because of "
                "something going on for them, not because of anything you did.", "Is it like them to go quiet?")
    if has(text, BULLIED) or has(text, r"\bbulli\w*|pick(?:ed|ing)? on|picks on|laugh(?:ed|ing) at me"):
        ack, feel = "I'm so sorry that's happening.", "Nobody deserves to be treated like that."
        if has(text, r"\b(?:work|job|boss|manager|colleagues?)\b"):
            return ack, feel, ("It's worth writing down what happens and when, and talking to HR, a union rep or "
                               "someone you trust at work. Do you have anyone on your side there?")
        follow = "Is there an adult or someone you trust who knows about it?" if has(text, r"\bschool\b") else \
            "Do you have someone on your side who knows about it?"
    elif has(text, NOT_INVITED) and has(text, r"\b(?:wedding|christening|party|birthday|funeral|do|celebration)\b"):
        ack, feel = "Oh, that really hurts.", ("Being left out of something that important by a friend hurts deeply."
                                               if has(text, r"\bfriend\b") else "Being left out of something that "
                                               "important in your family hurts deeply.")
        follow = "Do you know why, or is it something you'd feel able to ask about?"
    elif has(text, r"\b(?:invited|left out|without me|except me)\b"):
        ack, feel = "Ouch, that really stings.", "Being left out like that hurts, and it's natural to feel hurt."
        follow = "Do you have any idea why it happened?"
    elif has(text, r"\b(?:applied|application|job|interview|universit\w*|college|team|role)\b"):
        ack = "I'm sorry, that's really disappointing."
        feel = "Putting yourself forward and hearing no is hard, but it isn't a verdict on your worth."
        follow = "Would it help to think about what to try next?"
    elif has(text, r"\b(?:text(?:ed)? (?:me )?back|ignor\w+|ghost\w*|messages?|repl(?:y|ied))\b"):
        ack, feel = "That's so painful.", "Silence after you reach out can hurt more than an answer would."
        follow = "How long have you known each other?"
    else:
        ack, feel = "I'm sorry, that really hurts.", FEELING_LINE["hurt"]
        follow = "Do you want to tell me what happened?"
    return ack, feel, follow
