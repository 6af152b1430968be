"""What the embedded reasoner says about a situation: an acknowledgement of what happened in natural
words, a sentence that names the feeling (shaped by details the person gave: a quiet house, a long
wait, a sudden loss), and one follow-up question that fits. The person's sentence is never handed
back; at most who is involved ("your husband") is named. Phrasings are picked by a hash of the words
(same input, same reply)."""

from __future__ import annotations

import re
import zlib

from emoomni_ros.reasoning.situation import OPERATION, Situation
from emoomni_ros.reasoning.word_rules import (
    ABANDONED,
    ACHES_FLARING,
    AFTER_BABY,
    AFTER_CRIME,
    AFTER_VISIT,
    ALONE_FIRST_TIME,
    ALONE_FOREVER,
    ALONE_ON_DAY,
    ANNIVERSARY,
    ANXIOUS_NO_REASON,
    ANXIOUS_STATE,
    APPLICATION_REFUSED,
    ARRESTED,
    ASKS_FOR_PARENT,
    ASKS_IF_NORMAL,
    ASLEEP_AT_WHEEL,
    BABY_LOST,
    BABY_NOISE,
    BAD_WEATHER,
    BEHIND_BACK,
    BENEFITS_CUT,
    BIG_BIRTHDAY,
    BRAVE_STEP,
    BROKEN_AID,
    BULLIED,
    BULLIED_ONLINE,
    CAME_OUT_WELL,
    CANCELLED_CARE,
    CANCELLED_ON,
    CANT_AFFORD_TO_GO,
    CANT_PAY_BILL,
    CARD_FRAUD,
    CARE_COSTS,
    CARE_GUILT,
    CARE_HOME_FEAR,
    CARER_LANGUAGE,
    CARER_NO_SHOW,
    CARER_STRAIN,
    CARERS_CHANGING,
    CARERS_RUSHED,
    CHRONIC_PAIN,
    CLEARING_THINGS,
    CLOSE_MOVING,
    COMPARING,
    CONFUSING_LETTER,
    CONTACT_DISPUTE,
    CONTINENCE,
    COSTS_UP,
    CRITICISED,
    DAMP,
    DEATH_FEAR,
    DEBT_FREE,
    DEMENTIA_ASKS,
    DENIED_WISH,
    DEPLOYED,
    DIAGNOSED_WITH,
    DIAGNOSIS_AT_LAST,
    DIDNT_MAKE_IT,
    DISCHARGED_ALONE,
    DIZZY_STANDING,
    DOORSTEP_NUISANCE,
    DOUBTED,
    DREAD_LOSING,
    DREAM_OF,
    DRINKING_TO_COPE,
    DRIVING_GIVEN_UP,
    EATING_DISORDER,
    EGGSHELLS,
    EMPTY_DAYS,
    EMPTY_NEST,
    END_NEAR,
    ESTRANGED,
    EVICTION,
    EX_WONT_STOP,
    FAILING_AS,
    FEAR_OF_FALLING,
    FEARED,
    FEARED_RETURN,
    FINED,
    FIRST_WITHOUT,
    FIXED_AT_LAST,
    FORGOT_EATING,
    FORGOTTEN_DAY,
    FRIENDS_GONE,
    GAMBLING,
    GOOD_CARER,
    GOT_INTO,
    GRAVE_VISIT,
    GRIEF_PRESENCE,
    GROUP_NEARBY,
    HARSH_AT_HOME,
    HEARD_FROM,
    HELP_GUILT,
    HELP_NOT_WORKING,
    HELP_WORKING,
    HOLDING_ON,
    HOME_FROM_HOSPITAL,
    HOMESICK,
    HOSPITAL_STAY,
    HOSPITALISED,
    HOSTING_SUCCESS,
    HOUSEBOUND,
    HOUSEMATE,
    IGNORED_BY_ALL,
    IN_LABOUR,
    IN_SURGERY_NOW,
    INDEPENDENCE,
    INJURY,
    INVITED_ALONE,
    IS_IT_NORMAL,
    JAB,
    JOURNEY_WORRY,
    JUST_A_BRUISE,
    KEEP_FORGETTING,
    KEEPING_UP,
    KEEPS_FALLING,
    KEPT_WAITING,
    KINDNESS,
    KITCHEN_CUT,
    LET_DOWN_AGAIN,
    LIED_TO,
    LIFE_SUPPORT_END,
    LITERACY,
    LONG_HOURS,
    LOST_ABILITY,
    LOST_BY_THEM,
    LOST_ITEM,
    LOST_WHERE,
    LOVELY_CHAT,
    MADE_FOR,
    MADE_UP,
    MANY_CALLS,
    MEALS_ALONE,
    MEMORY_CLINIC,
    MEMORY_WORRY,
    MINOR_ILLNESS,
    MISHAP,
    MISS_SMALL_THINGS,
    MISS_THEM,
    MISSED_APPOINTMENT,
    MISSING_FROM_IT,
    MISSING_PET,
    MOBILITY_BACK,
    MONEY_BACK,
    MOVE_TO_CARE,
    MOVED_FAR,
    MOVING_AWAY_FROM,
    MOVING_BACK,
    MYSELF_AGAIN,
    NEED_HUG,
    NEED_TALK,
    NEIGHBOUR_UNSEEN,
    NEVER_LISTEN,
    NEVER_PROUD,
    NEW_AID,
    NEW_FRIEND,
    NEW_HOME,
    NEW_PET,
    NEW_START,
    NEWS_WORRY,
    NIGHT_FEAR,
    NO_APPOINTMENT,
    NO_COMPANION,
    NO_FUSS,
    NO_HEATING,
    NO_NEWS_YET,
    NO_SLEEP,
    NOBODY_NOTICED,
    NOBODY_VISITS,
    NOISE_AT_NIGHT,
    NOISES_IN_HOUSE,
    NOT_COMING,
    NOT_HEARD,
    NOT_INVITED,
    NOT_LIKED,
    NOT_PAID_BACK,
    NOT_RECOGNISED,
    NOT_SERIOUS,
    NOT_UNDERSTOOD,
    NURSERY_TROUBLE,
    OFF_FOOD,
    OFF_WITH_STRESS,
    OLD_PET,
    ON_A_ROLL,
    OTHER_EXPLOITED,
    OTHER_FELL,
    OTHER_SKIPS_MEDS,
    OTHER_SOBER,
    OTHER_WITHDRAWN,
    OTHERS_DIVORCE,
    OTHERS_EXAMS,
    OTHERS_JOB_LOSS,
    OTHERS_SUCCESS,
    OUTFIT_UNAFFORDABLE,
    OVERDRAWN,
    OVERLOOKED,
    OWN_FUNERAL,
    PAIN_LIMITS,
    PANIC_ATTACK,
    PARENT_WORN,
    PARENTS_SPLIT,
    PAST_CAREER,
    PET_ATTACKED,
    PET_BACK,
    PET_BIRTH,
    PET_COMPANY,
    PET_DIAGNOSIS,
    PET_END,
    PET_TIME_LEFT,
    PHOBIA,
    PLACE_CLOSING,
    POWER_CUT,
    POWER_OF_ATTORNEY,
    PROGRESS_TOLD,
    PROPOSAL,
    PROTECTIVE_RAGE,
    PROUD_OF_MYSELF,
    PUSHED_INTO_CARE,
    PUT_DOWN,
    RAISED,
    RELAPSE,
    RESULTS_BAD,
    RESULTS_DUE,
    RESULTS_SOON,
    RETIRED,
    RETIRED_ADRIFT,
    ROW_WITH,
    RUDE_TO_ME,
    RUNAROUND,
    SAID_IM,
    SCAM,
    SEE_MORE,
    SELF_CARE,
    SERIOUS_DIAGNOSIS,
    SHAMED_IN_PUBLIC,
    SHORT_TEMPERED,
    SHORT_VISIT,
    SHOUTED_AT,
    SHUT_AWAY,
    SIDE_EFFECTS,
    SKIPPING_MEALS,
    SMALL_PRINT,
    SOCIAL_NERVES,
    SORRY_FROM_PRISON,
    SPOUSE_IN_CARE,
    STILL_BOUGHT,
    STUCK_IN,
    SUPPORT_BEREAVED,
    SUSPECT_CHEATING,
    SWOLLEN,
    TAUGHT_ME,
    TECH_DEAD,
    THEFT,
    THEIR_FEAR,
    THINGS_DEAD,
    THINK_TAKEN,
    TIRED_ALWAYS,
    TOO_OLD,
    TORN,
    TREAT,
    TREATED_LIKE_CHILD,
    TREATMENT_START,
    TREMOR,
    TRYING_FOR_BABY,
    TURNED_DOWN,
    UNANSWERED,
    USED_TO_LOVE,
    VERBAL_AT_OTHER,
    VISIT,
    VISIT_COMING,
    VISIT_TIRING,
    WAITING_LONG,
    WANDERING,
    WANT_HOME,
    WATER_LEAK,
    WEARY,
    WEIGHT_LOST,
    WHAT_THEY_THINK,
    WILL_BE_OK,
    WILL_DECIDED,
    WITHDRAWN,
    WRITING_TO,
    WRONG_MEDS,
)

_PRONOUN = {"husband": "him", "wife": "her", "boyfriend": "him", "girlfriend": "her", "mum": "her", "mom": "her",
            "mother": "her", "dad": "him", "father": "him", "son": "him", "daughter": "her", "brother": "him",
            "sister": "her", "grandma": "her", "grandmother": "her", "grandpa": "him", "grandfather": "him",
            "granny": "her", "nan": "her", "nana": "her", "grandad": "him", "uncle": "him", "aunt": "her",
            "auntie": "her", "fiance": "him", "fiancee": "her", "niece": "her", "nephew": "him",
            "granddaughter": "her", "grandson": "him", "girl": "her", "boy": "him"}


def pick(options: tuple[str, ...] | list[str], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8", "replace")) % len(options)]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def them(sit: Situation) -> str:
    return _PRONOUN.get(sit.who_word.removesuffix("-in-law"), "them")


def they(sit: Situation) -> str:
    """The subject pronoun of ``them`` ("he", "she", else "they")."""
    return {"him": "he", "her": "she"}.get(them(sit), "they")


def has(text: str, pattern: str) -> bool:
    return bool(re.search(pattern, text, re.I))


FEELING_LINE = {
    "grief": "Grief can come in waves, and there's no right way to carry it.",
    "loneliness": "Loneliness can be really heavy, and it says nothing bad about you.",
    "disappointment": "It's natural to feel disappointed when you cared this much.",
    "hurt": "Of course that hurts; it would hurt anyone.",
    "guilt": "Feeling this guilty shows how much you care.",
    "shame": "Shame can make everything feel bigger than it is; you deserve kindness too.",
    "embarrassment": "Embarrassing moments feel huge at the time, but people forget them much faster than we do.",
    "anxiety": "It makes sense to feel anxious; your mind is trying to prepare for what's ahead.",
    "dread": "That kind of dread is exhausting to carry.",
    "frustration": "Anyone would be frustrated by that.",
    "resentment": "It's understandable to feel resentful when you've been treated unfairly.",
    "relief": "What a relief that must be.",
    "pride": "You have every reason to feel proud.",
    "gratitude": "It's lovely to hear that.",
    "excitement": "I can hear how excited you are!",
    "hope": "It's good to hear some hope in your words.",
    "confusion": "It's okay to feel confused; let's untangle it together.",
    "curiosity": "I like that you're curious about it.",
}


def _loss(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, BRAVE_STEP) and not has(text, r"\b(?:not|never|n't)\b"):
        return brave_step()
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
        one = _pet_pronoun(text)
        obj = {"she": "her", "he": "him"}.get(one, "them")
        return ("I'm so sorry. Knowing the time is short is so hard.", f"These weeks can still be gentle and full of "
                f"love: favourite food, favourite spots, lots of fuss, and the vet can keep {obj} comfortable.",
                f"How is {one} in {'herself' if one == 'she' else 'himself' if one == 'he' else 'themselves'}?"
                if one != "they" else "How are they in themselves?")
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
    if has(text, r"\b(?:killed (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) own life|suicide)\b"):
        feel = ("Losing someone to suicide is a shock and a grief all at once, and it often leaves so many questions; "
                "none of it is your fault.")
    elif has(text, CLEARING_THINGS):
        feel = "Clearing their things is one of the hardest parts; it can feel like saying goodbye all over again."
    elif has(text, r"\b(?:quiet|empty|silent)\b"):
        feel = "The quiet at home must make the grief feel even heavier."
    elif has(text, r"\b(?:handwriting|photos?|letters?|cookbook|recipe|clothes|jumper|coat|voice(?:mail)?|"
                   r"recording|glasses|his things|her things)\b"):
        feel = "Finding something of theirs like that can bring it all back, the grief and the love together."
    elif has(text, r"\b(?:birthday|anniversary|christmas|holidays?)\b|\bwould have been (?:\d+|\w+ty)"):
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
        follow = pick((f"What do you miss most about {them(sit)}?", "How many years did you have together?"),
                      key + "f")
    elif sit.who_kind == "partner":
        follow = pick(("How have the evenings been for you?", f"Would you like to tell me about {them(sit)}?"),
                      key + "f")
    elif who:
        follow = pick((f"Would you like to tell me about {them(sit)}?", "Do you have people around you right now?"),
                      key + "f")
    else:
        follow = "Do you have people around you right now?"
    return ack, feel, follow


def retired(text: str) -> tuple[str, str, str]:
    lost = has(text, RETIRED_ADRIFT)
    return ("That's a big change, after all those years." if lost else "That's a big milestone, after all those years.",
            "It's very common to feel a bit lost at first when the old routine stops; it takes a while to find "
            "a new shape to the days." if lost else "You've earned the time for yourself.",
            "What did you enjoy most about the work?" if lost else "What are you looking forward to doing first?")


def _job_loss(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, RETIRED):
        return retired(text)
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


def _loneliness(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, SHUT_AWAY):
        return ("A whole week is a long time to be shut away.", "Staying in like that can be a sign of feeling very "
                "low, and it tends to make the low feelings worse; your doctor can help, and so can one small step, "
                "like opening the curtains or a minute at the door.", "How have you been feeling in yourself?")
    if has(text, CARERS_RUSHED):
        return ("That's hard, when those visits may be the only company you get.", "It's fair to tell the agency "
                "you'd like a bit of time to talk; some also run befriending calls or visits.",
                "How long do they usually stay?")
    if has(text, NOBODY_VISITS):
        return ("That's hard, days going by without a knock at the door.", "There are befriending services that "
                "arrange a regular visitor or a phone call, just for a chat, and they're free.",
                "Would you like that?")
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
    if has(text, ALONE_ON_DAY):
        return ("I'm sorry you'll be on your own.", "Days that everyone else seems to share can make being alone feel "
                "so much louder.", "Would it help to plan something small for the day, or think of someone you could "
                "ring? Some places put on a lunch for people on their own, too.")
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


def _rejection(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, LET_DOWN_AGAIN):
        return ("That's so disappointing, again and again.", "Being let down by someone you love hurts, and it says "
                "more about them than about you.", "Have you been able to tell them how it feels?")
    if has(text, APPLICATION_REFUSED):
        return ("That's so disheartening, when you need it.", "Decisions like that are often changed when you ask "
                "again: ask for the reasons in writing, and an advice service can help you appeal, with a letter from "
                "your doctor.", "Would it help to go through the letter together?")
    if has(text, SHORT_VISIT):
        return ("Oh, that's disappointing, after looking forward to it.", "A short visit can leave you feeling more "
                "alone than before, even though you were glad to see them.",
                "Did you get to talk about anything much? It might be worth telling them you'd love a longer visit.")
    if has(text, IGNORED_BY_ALL) and has(text, r"\b(?:party|wedding|do|gathering|reunion|dinner|barbecue|bbq|"
                                             r"night out|event|christening)\b"):
        return ("That's such a lonely feeling, being in a room full of people and left out.", "It says more about the "
                "party than about you; groups can be cliquey, even without meaning to be.",
                "Was there anyone there you knew?")
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



LOST_ROLE = (r"\bsince i (?:stopped|gave up|lost|can'?t|had to stop|had to give up|retired)\b|\bmiss (?:my old job|"
             r"working|(?:being|feeling) useful)\b|\b(?:felt|used to (?:feel|be)) useful\b")


# A child or grandchild found to be autistic or to have ADHD: answers and support, not a tragedy.
NEURODIVERSE = r"\b(?:autism|autistic|adhd|dyslexi\w*|dyspraxi\w*|asperger'?s)\b"


def neurodiverse(text: str = "") -> tuple[str, str, str]:
    if has(text, r"\b(?:school|nursery|college|teachers?)\b[^.!?]{0,25}\b(?:won'?t|doesn'?t|don'?t|refus\w*|not) "
                 r"(?:help|listen|support|understand|do anything)\b"):
        return ("That's so frustrating, when you know what your child needs.", "Ask for a meeting with the school's "
                "special needs coordinator and put your requests in writing; a parent support service can help you "
                "ask for the right support.", "What help have you asked for so far?")
    return ("That's a lot to take in.",
            "A diagnosis often brings answers and opens the door to support, even if it feels overwhelming at first.",
            "Has anyone pointed you towards a support group for families, or the help you can ask for now?")


def need_talk() -> tuple[str, str, str]:
    """Someone asks for help with low mood ("I need to talk", "I think I'm depressed")."""
    return ("I'm here, and I'm really glad you said so.", "Feeling like this is nothing to be ashamed of, and it can "
            "get better with support; your doctor is a good place to start.",
            "Tell me what's been happening. How low have things been getting?")


def need_talk_reply() -> str:
    return " ".join(need_talk())


def dizzy_on_standing(call: str = "for help") -> tuple[str, str, str]:
    return ("Feeling dizzy when you stand is common, and often down to blood pressure, tablets or not drinking "
            "enough.", "Stand up slowly, sit back down when it happens, and sip some water.",
            f"Please tell your doctor soon, and call {call} if you faint or hit your head. Has it made you fall?")


def treatment_nerves() -> tuple[str, str, str]:
    return ("It's completely natural to feel nervous before starting.", "The nurses are used to every question, "
            "however small, and taking someone with you to the first one can help.", "How are you feeling about it?")


def aches_flaring() -> tuple[str, str, str]:
    return ("Oh no, that's miserable when it flares up.", "Gentle movement, warmth and your usual painkillers often "
            "help; if it's worse than usual or not settling, it's worth ringing your doctor.",
            "Are you managing to get about?")


def surgery_wait() -> tuple[str, str, str]:
    return ("I'm sorry; that's such an anxious wait.", "Waiting while someone you love is in surgery is so hard; no "
            "news usually just means they're busy looking after them.",
            "Is someone with you? A nurse can tell you when they expect to have an update.")


def driving_lost() -> tuple[str, str, str]:
    return ("That's a real loss.", "Driving and doing things for yourself is freedom, and it's natural to grieve it "
            "even when the reason makes sense.", "Would it help to look at other ways of getting about, like "
            "community transport or lifts from friends?")


def watching_abuse(text: str) -> tuple[str, str, str]:
    """Someone close shouted or sworn at by their partner: hard to watch, not the speaker's danger."""
    kids = ", especially in front of the children," if has(text, r"\b(?:kids|children|the baby)\b") else ""
    return ("That must be so hard to watch.", f"Shouting like that{kids} isn't okay. Let them know you're there, "
            "without judging or pushing; a domestic abuse helpline can advise you too, in confidence.",
            "Do you think they're safe at home?")


def others_exploited() -> tuple[str, str, str]:
    """Someone else taken advantage of: a worry, and who can look into it."""
    return ("That's worrying to see.", "You could gently let them know you're there, without accusing anyone; if "
            "you think they're being exploited, the council's adult safeguarding team can look into it, in "
            "confidence.", "What have you noticed?")


# Afraid it will happen again (after a fall, a shock): natural, and what would make them feel safer.
FEAR_AGAIN = r"\b(?:scared|afraid|worried|frightened|terrified)\b[^.!?]{0,20}\bhappen(?:s|ing)? again\b"


def fear_again() -> tuple[str, str, str]:
    return ("It's natural to fear it happening again after a shock like that.", "Talking it through with your "
            "doctor, and small changes at home, can make it less likely and help you feel safer.",
            "Is there anything that would help you feel safer right now?")


def brave_step() -> tuple[str, str, str]:
    return ("That took real courage, well done.", "Walking into something like that for the first time is often the "
            "hardest part.", "How did you find it?")


def tremor() -> tuple[str, str, str]:
    return ("That sounds so frustrating.", "A shake like that is worth telling your doctor about, as there's often "
            "help; meanwhile a mug with a lid, a weighted cup or a thicker pen makes things easier.",
            "Has it come on recently?")


def lost_ability(text: str = "") -> tuple[str, str, str]:
    if has(text, TREMOR):
        return tremor()
    if has(text, r"\b(?:stairs|steps)\b"):
        return ("That's a worry, and it's worth acting on before there's a fall.",
                "An occupational therapist from the council can look at a second rail, a stairlift or other help, "
                "often for free.", "Have the stairs given you any scares yet?")
    return ("That's really hard.",
            "Losing things you used to do without thinking is a real loss; it can feel frustrating and sad at once.",
            "Would it help to look at what could make it a little easier, together?")


def _setback(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, DRIVING_GIVEN_UP):
        return driving_lost()
    if has(text, TURNED_DOWN):
        return ("Oh, that's so disappointing, especially when you'd set your heart on it.", "It's natural to feel "
                "knocked back; it's worth asking why, as it's often something that can be put right next time.",
                "Is there anything else coming up you could try for?")
    if has(text, NO_HEATING):
        return ("Oh no, not in this weather.", "Ring a heating engineer or your landlord to get it fixed now, and tell "
                "them if you're older or unwell; they often come sooner. Meanwhile wrap up in layers, keep to one warm "
                "room and have hot drinks.", "Is there someone who could lend you a heater?")
    if has(text, WRONG_MEDS):
        taken = has(text, r"\b(?:took|taken|had|swallowed) (?:some|one|two|them|it|a few)\b")
        return ("That's worrying, and it shouldn't happen.", ("Please ring the pharmacist or your doctor straight away "
                "and tell them what you took and when." if taken else "Please don't take any of them; take them "
                "back or ring the pharmacy now, and they'll put it right."),
                "How are you feeling?" if taken else "Have you taken any?")
    if has(text, TECH_DEAD):
        return ("Oh, that's so frustrating, especially when you wanted to talk to someone.", "Try plugging it in to "
                "charge for half an hour, then hold the power button down for about ten seconds. If that doesn't work, "
                "a phone call can do meanwhile.", "Shall we try that?")
    if has(text, STUCK_IN):
        return ("That's so frustrating; being stuck makes the days long.", "It's worth asking your doctor or "
                "physio what could help you get about more, and a wheelchair-friendly outing or a visitor can break "
                "up the week.", "What would you most like to get out and do?")
    if has(text, SMALL_PRINT):
        return ("Small print is such a pain.", "Ask whoever gave it to you for a large-print copy, or for someone to "
                "go through it with you; they're used to being asked.", "What's the form for?")
    if has(text, HELP_NOT_WORKING):
        return ("I'm sorry it isn't helping yet; that's disheartening when you've made the effort.",
                "It's worth telling whoever you see exactly that: a different approach, dose or person can make all "
                "the difference, and saying so is part of the work.", "What feels like it's missing?")
    if has(text, KITCHEN_CUT):
        burn = has(text, r"\b(?:burnt|burned|scalded)\b")
        return ("Ouch!", "Cool the burn under cool running water for twenty minutes, then cover it loosely with cling "
                "film; if it's large, on the face or blistering badly, get it seen." if burn else "Press on it with a "
                "clean cloth until it stops bleeding, then rinse it and put a plaster on; if it's deep, gaping or "
                "won't stop, get it seen.", "How bad is it?")
    if has(text, RESULTS_BAD):
        return ("I'm sorry, that's really disappointing after all your work.", "Results aren't the end of the road: "
                "there are remarks, resits and other routes, and a teacher or adviser can help you see them.",
                "What were you hoping to do next?")
    if has(text, MISSED_APPOINTMENT):
        blame = has(text, r"\b(?:bus|taxi|transport|train|lift|ambulance|traffic|never came|didn'?t come|late|"
                          r"forgot to tell|wrong (?:day|time))\b")
        return ("Oh, how frustrating" + (", and it wasn't even your fault." if blame else "."),
                "Ring them today to explain and rebook; they hear it all the time and will usually fit you in again.",
                "Is there another way to get there next time, like patient transport or a lift?")
    if has(text, CARER_LANGUAGE):
        return ("That's hard, when you rely on her every day." if has(text, r"\bher\b|\bshe\b") else
                "That's hard, when you rely on your carers every day.",
                "Speaking slowly and simply, and asking them to show you or write things down, can help; if it keeps "
                "getting in the way of your care, tell the agency, so they can sort it out.",
                "How are you managing otherwise?")
    if has(text, POWER_CUT):
        return ("Oh, that must have been frightening, sitting in the dark.",
                "Keeping a torch by your bed and the power company's number by the phone makes the next one much "
                "less scary.", "Is everything back on now?")
    if has(text, RELAPSE):
        return ("Thank you for telling me; that takes honesty.", "A slip doesn't wipe out all the time you stayed "
                "sober; it's something lots of people go through on the way.",
                "Is there someone from your support, a sponsor or a group, you could talk to today?")
    if has(text, LOST_ABILITY):
        return lost_ability(text)
    if has(text, CONTINENCE):
        return ("Oh, that must have been so embarrassing, and upsetting.",
                "It happens to far more people than you'd think, and there's often help for it.",
                "It's worth mentioning to your doctor or nurse; they hear about it every day. Are you alright now?")
    if has(text, LITERACY):
        return ("There's nothing to be ashamed of.",
                "Lots of people never got the chance to learn properly, and it says nothing about how clever you are.",
                "It's never too late, either: adult reading classes are friendly and go at your pace. Would you like "
                "to try one?")
    if has(text, THINGS_DEAD):
        if has(text, r"\b(?:garden|plants?|flowers|tomatoes|roses|lawn|seedlings|hanging baskets?)\b"):
            if has(text, r"\b(?:frost\w*|cold|snow|ice)\b"):
                return ("Oh no, after all that work.", "Frost can be so cruel to a garden, and it's disheartening to "
                        "see.", "Do you think any of it will come back in the spring?")
            return ("Oh no, after all that care.", "It's disheartening to see plants struggle.",
                    "Do you think some of them will perk up with a good drink and a bit of attention?")
        return ("Oh, how annoying.", "It always happens just when you need it.", "Is it charging now?")
    if has(text, MISHAP):
        follow = ("Did you manage to rescue any of it?" if has(text, r"\b(?:burnt|burned|overcooked|forgot to)\b")
                  else "Was it something special to you?")
        return ("Oh no, what a day!", "When one thing goes wrong after another, it can throw the whole day off.",
                follow)
    if has(text, LOST_ITEM) and has(text, r"\b(?:glasses|keys|remote|phone|purse|wallet|bag|handbag)\b"):
        return ("Oh, how annoying.", "Everyday things like that always hide in the last place you look.",
                "Where did you last sit down? Checking there, and your pockets, often finds them.")
    if has(text, LOST_ITEM):
        return ("Oh no, that's horrible, especially with something that matters so much.",
                "Losing track of something precious can make you feel really unsettled.",
                "When do you last remember having it? Sometimes going back over the day helps.")
    if has(text, BROKEN_AID):
        return ("Oh, how annoying.", "When something you rely on every day lets you down, everything gets harder.",
                "Is there someone who can fix or replace it soon?")
    if has(text, r"\b(?:out of order|out of service|broken|broke down|closed|cancell?ed|not working|stopped working"
                 r"|sold out|ran out|run out|delayed)\b") and not has(text, r"\b(?:i|we) (?:failed|lost|messed)\b"):
        # things that let the person down, not an effort of theirs that fell short
        return ("Oh, how annoying.", "When things let you down like that, it can throw the whole day off.",
                "Were you able to sort it out in the end?")
    ack = pick(("I'm sorry, that's really disappointing.", "Oh, that's a tough one."), key)
    feel = ("It makes sense to feel let down after all the effort you put in, but one result doesn't define you."
            if sit.feeling != "embarrassment" else FEELING_LINE["embarrassment"])
    follow = ("Do you know when you can try again?" if has(text, r"\b(?:test|exam|driving)\b")
              else "What do you think got in the way this time?")
    return ack, feel, follow


def _regret(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, HELP_GUILT):
        return ("There's nothing to feel guilty about.", "Getting help with the heavy jobs saves your energy for the "
                "things you enjoy; lots of people do it.", "What's making you feel guilty?")
    if has(text, LOST_ABILITY) or has(text, LOST_ROLE):
        return lost_ability()
    if has(text, CARE_GUILT):
        she = has(text, r"\b(?:mum|mom|mother|gran\w*|nan|wife|sister|aunt\w*|her)\b")
        them_, they_ = ("her", "she") if she else ("them", "they")
        return ("It's one of the hardest decisions anyone ever makes.",
                f"You made it so {they_}'d be safe and cared for, and feeling guilty shows how much you love {them_}.",
                "How is she settling in?" if she else "How are they settling in?")
    if has(text, FAILING_AS):
        role = next((name for words, name in ((r"\b(?:mother|mum|mom)\b", "mum"), (r"\b(?:father|dad)\b", "dad"),
                                               (r"\b(?:wife|husband)\b", "partner"))
                     if has(text, words)), "parent")
        return ("So many people feel that way, and worrying about it usually shows how much you care.",
                f"You don't have to be perfect to be a good {role}.", "What's been making you feel like that lately?")
    if sit.feeling == "embarrassment" or has(text, r"\b(?:tripped|fell|froze|blanked|on stage|in front of "
                                                  r"(?:everyone|the whole)|my (?:recital|speech|solo|lines))\b"):
        return ("Oh, that sounds mortifying in the moment.", FEELING_LINE["embarrassment"],
                "Did anyone say something kind about it afterwards?")
    ack = pick(("It sounds like you feel really bad about it.", "I can hear how much this is weighing on you."), key)
    feel = "Everyone slips up sometimes; feeling this guilty shows how much you care."
    if has(text, r"\b(?:client|work|boss|project|numbers|report|customer)\b"):
        return (ack, "Mistakes at work can feel enormous, and owning it like this is what a good colleague does.",
                "Is there a way to put it right with them?")
    follow = (f"Would it help to think about how to make it right with {sit.who}?" if sit.who
              else "Would it help to think about how to make it right?")
    return ack, feel, follow


# Signs a doctor should see soon (not an emergency).
CHECK_SOON = (r"\bkeep (?:getting|having) (?:these |bad |awful |terrible )?(?:headaches|dizzy spells|nosebleeds)\b|"
              r"\blumps?\b|\bwithout (?:even )?trying\b|\bblood in (?:my|the) (?:pee|urine|stools?|poo|wee)\b|"
              r"\bmole\b[^.!?]{0,30}\b(?:changed|bigger|bleed\w*|itch\w*)")


RECURRED = (r"\b(?:cancer|it|tumou?r|lump)(?:'s| has| is) (?:come|came) back\b|\bhas returned\b|\bspread\b|\bgone to "
            r"(?:his|her|my|the|their) (?:bones|liver|lungs?|brain|lymph nodes)\b")


def _illness(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    other = sit.who and sit.who_kind not in ("doctor", "work")
    if has(text, ASLEEP_AT_WHEEL) and not other:
        return ("That must have been so frightening; I'm glad you're safe.", "Please don't drive again until you've "
                "seen your doctor about the sleepiness; things like sleep apnoea or a medicine can cause it, and they "
                "can be treated.", "Has it happened before?")
    if has(text, FORGOT_EATING):
        return ("That happens to lots of people.", "A look in the kitchen might tell you, and having something now "
                "won't hurt; if it happens often, it's worth mentioning to your doctor.",
                "Would you like to make a sandwich or some soup?")
    if has(text, SWOLLEN) and not other:
        return ("That sounds uncomfortable.", "Swollen feet are worth a call to your doctor, especially if it's new or "
                "in one leg only; if you're also short of breath, get help urgently. Putting your feet up when you "
                "sit can help meanwhile.", "Has it come on suddenly?")
    if has(text, IS_IT_NORMAL):
        after = re.search(IS_IT_NORMAL, text, re.I).group("after").lower()
        return (f"Yes, that's very common after {after}, and it often eases with time.", "Still, tell your team or "
                "your doctor how you're feeling, especially if it's getting worse; they may be able to help.",
                "How long has it been like this?")
    if has(text, ASKS_IF_NORMAL):
        return ("That's a sensible thing to ask, and I can't tell from here.", "Please ring the ward, your team or "
                "your doctor's helpline and describe it; they'd much rather you asked. If it's heavy, sudden or you "
                "feel unwell with it, get urgent help.", "Is someone with you?")
    if has(text, RESULTS_SOON) and not other:
        return ("Waiting for results is one of the hardest "
                "parts.", "It's natural for your mind to race ahead; whatever "
                "they say, you won't have to face it on your own.", "Is someone going with you?")
    if has(text, FEAR_AGAIN) and not other:
        return fear_again()
    if has(text, FEAR_OF_FALLING):
        return ("That's a very common fear after a fall, and it makes sense.", "A falls service can check your "
                "balance, and gentle strength exercises, good lighting and a pendant alarm, so help is always a press "
                "away, all make a real difference.", "Would any of those help?")
    if has(text, NOT_UNDERSTOOD):
        return ("That's really common; doctors often use words that are hard to follow, especially when it's a lot "
                "to take in.", "It's okay to ask them, or a nurse, to explain again in plain words; writing your "
                "questions down first helps.", "What do you remember of what they said?")
    if has(text, TREMOR) and not other:
        return tremor()
    if has(text, DISCHARGED_ALONE) and not other:
        return ("Coming home without anyone to help is hard, and you shouldn't have to manage alone.",
                "Ring the ward or your doctor and tell them: the council can often arrange help at home for the first "
                "weeks after a hospital stay.", "Is there anyone who could pop in today?")
    if has(text, TIRED_ALWAYS) and not other:
        return ("That sounds draining.", "Feeling tired all the time, even after sleep, is worth telling your doctor "
                "about; a simple blood test can check common causes like anaemia or a thyroid problem.",
                "How long has it been like this?")
    if not other and has(text, r"\bheadaches?\b[^.!?]{0,30}\b(?:days|a week|weeks|won'?t (?:go|shift|budge)|"
                           r"keeps? coming back)\b"):
        return ("That sounds miserable.", "A headache that won't shift for days is worth ringing your doctor about. "
                "If one comes on suddenly and severely, or with a stiff neck, a rash, confusion, weakness or trouble "
                "seeing, get urgent help straight away.", "Have you been able to take anything for it?")
    if has(text, LIFE_SUPPORT_END):
        return ("I'm so sorry. That's one of the hardest moments anyone can face.", "Whatever you're feeling right "
                "now, numb, frightened, heartbroken, is natural, and you don't have to decide anything alone.",
                "Is someone with you?")
    if has(text, PAIN_LIMITS) and not other:
        return ("That sounds really painful, and it makes everything harder.", "It's worth seeing your doctor about "
                "it, especially if it's getting worse; there's often more that can be done for the pain.",
                "Are you able to get about at home?")
    if has(text, NEW_AID) and not other and has(text, r"\b(?:nervous|worried|scared|unsure|frightened|wary|anxious)\b"):
        return ("It's natural to feel unsure with something new.", "It takes a little practice; ask the physio or "
                "occupational therapist to set it to the right height and show you, and soon it can give you more "
                "freedom, not less.", "What worries you most about it?")
    if has(text, NEW_AID) and not other:
        return ("That's a small change that often makes a big difference.", "Most people wish they'd done it sooner; "
                "modern ones are small and easy to get used to.", "How do you feel about it?")
    if has(text, AFTER_BABY):
        return ("Thank you for telling me; that sounds really hard, and it isn't your fault.",
                "Lots of new parents feel like this, and when it goes on for more than a couple of weeks it can be "
                "postnatal depression, which is common and treatable. Please tell your midwife, health visitor or "
                "doctor soon.", "Is anyone helping you with the baby, so you can rest?")
    if other and has(text, MEMORY_WORRY) and has(text, r"\bi (?:forgot|couldn'?t remember|got lost)\b"):
        # "I forgot my grandson's name": the fright is theirs, not news about the grandson
        return ("That must have given you a real fright.", "Everyone has moments like that, especially when tired or "
                "worried; memory slips have lots of causes, some easy to treat, so it's worth telling your doctor.",
                "Has it happened before?")
    if other and has(text, END_NEAR + r"|\b(?:hospice|palliative|end of life|won'?t be long|not long "
                           r"(?:left|now)|days left|weeks left|saying goodbye|stopped (?:the |his |her )?treatment|"
                           r"nothing more (?:they|the doctors) can do|terminal|(?:weeks|months) to live)\b"):
        return (f"I'm so sorry. Being with {sit.who} near the end is one of the hardest things there is.",
                "Whatever you're feeling right now, grief, tiredness, even numbness, is natural.",
                "Is someone with you through this, and are you getting any rest?")
    if has(text, INJURY) and not has(text, r"\b(?:waiting|results?|biopsy|diagnos\w*)\b"):
        hurt_other = other and has(text, r"\b(?:his|her|their) (?:hand|arm|leg|ankle|wrist|finger|foot|knee|hip|"
                                         r"head|back)\b|\b(?:he|she|they) (?:needed|had)\b")
        who = f"{sit.who} is hurt" if hurt_other else "you're hurt"
        return (f"Ouch, I'm sorry {who}; that must have been a shock.",
                "Injuries like that can take a while to settle, and they knock your confidence too.",
                "How is it healing?")
    if has(text, ACHES_FLARING):
        return aches_flaring()
    if has(text, DIZZY_STANDING):
        return dizzy_on_standing()
    if has(text, MINOR_ILLNESS) and not has(text, r"\b(?:weeks|months|blood|can'?t breathe|chest)\b"):
        return ("Oh no, that sounds miserable.", "Even an ordinary bug can knock the stuffing out of you.",
                "Are you managing to rest and keep warm, and is there someone to fetch anything you need?")
    if has(text, r"\b(?:eyesight|sight|vision|hearing)(?:'s| is)? (?:going|getting worse|failing|deteriorating)\b|"
                 r"\bgoing (?:blind|deaf)\b|\blosing my (?:sight|eyesight|hearing|vision)\b") and not other:
        return ("I'm so sorry; that's a lot to take "
                "in.", "Losing your sight or hearing is a real loss, and it's natural "
                "to grieve it. There's a lot of help, from specialist charities to aids around the home.",
                "What worries you most about it?")
    if has(text, r"\bamputat\w*"):
        return ("I'm so sorry; that's a huge thing to face.", "It's natural to feel frightened, and to grieve what's "
                "changing.", "Have they talked to you about the support and rehab afterwards?")
    if other and has(text, r"\bdementia\b|\balzheimer'?s\b") and has(text, r"\b(?:worse|doesn'?t know|forget\w*|"
                                                                       r"confused|wander\w*)\b"):
        return (f"I'm so sorry about {sit.who}.", "Watching dementia take hold of someone you love is so hard; it's a "
                "grief while they're still here.", "Are you getting any help, or any breaks for yourself?")
    if has(text, r"\b(?:scared|afraid|frightened|terrified|can'?t bring myself) to open\b|\bhaven'?t (?:dared to )?"
                 r"open(?:ed)? (?:it|the letter|the envelope)\b"):
        return ("It's so understandable to be scared.", "Not knowing can feel safer than knowing, but it usually "
                "weighs on you more.", "Would it help to open it with someone beside you, or to ring the surgery "
                "and ask them to go through it with you?")
    if not other and has(text, CHECK_SOON):  # a sign to have seen soon: neither alarm nor "how are you coping"
        booked = has(text, r"\b(?:appointment|seen|see me|referral)\b[^.!?]{0,30}\b(?:weeks?|months?|days)\b")
        return ("That's worrying, and it's right to take it seriously.",
                "Getting it checked soon is the best thing; most of the time it turns out to be something simple, "
                "and if not, finding it early really helps.",
                "Waiting can feel long; if anything changes, or the worry gets too much, ring the surgery and ask for "
                "an earlier slot." if booked else "Have you been able to book an appointment with your doctor?")
    if not other and has(text, r"\b(?:not much|nothing) more (?:they|the doctors?) can do\b|\b(?:heart|kidneys?|"
                               r"liver|lungs?) (?:is|are) failing\b|\bterminal\b|\b(?:weeks|months) to live\b|"
                               r"\bpalliative\b"):
        return ("I'm so sorry. That's one of the hardest things anyone can hear.",
                "Whatever you're feeling right now, fear, anger, even numbness, it all makes sense.",
                "Who do you have around you, and would you like to talk about what matters most to you now?")
    told = has(text, SERIOUS_DIAGNOSIS) or has(text, DIAGNOSED_WITH)
    if told and not has(text, RECURRED) and not has(text, FEARED):
        if other:
            return (f"I'm so sorry about {sit.who}; that's frightening news.",
                    "News like that turns everything upside down, for them and for you.",
                    "How are you both doing, and is there someone supporting you too?")
        return ("I'm so sorry. That's frightening news to take in.",
                "It's a lot to absorb at once; feeling numb, scared or not taking much in at first is completely "
                "normal.", "Is someone with you, and do you know what happens next?")
    if has(text, r"\b(?:blood pressure|cholesterol|blood sugars?|sugar levels?)\b[^.!?]{0,20}\b(?:too high|high|raised|"
                 r"up|borderline)\b") and not other:
        return ("It's good that it's been picked up.", "That's very common, and it usually comes down well with small "
                "changes and, if needed, tablets.", "Did they say what happens next?")
    if has(text, SIDE_EFFECTS):
        return ("Oh, that's miserable.", "Side effects can make you feel worse than the thing being treated. It's "
                "worth ringing your pharmacist or doctor; there's often something else to try, but please don't stop "
                "taking it before you've spoken to them.", "Have you been able to tell them?")
    if has(text, NEURODIVERSE):
        return neurodiverse(text)
    if other and has(text, r"\b(?:dementia|alzheimer'?s)\b"):
        return ("I'm so sorry; that's a lot to take in, for both of you.",
                "Dementia usually changes things slowly, and there's support for you both, like memory services and "
                "groups for carers.", "How are you both doing with the news?")
    if not other and has(text, TREATMENT_START):
        return treatment_nerves()
    if has(text, CHRONIC_PAIN):
        return ("Living with pain day after day wears anyone down; no wonder you're fed up.",
                "It's not something you should just have to put up with, either.",
                "Is your doctor helping with it, or has it got worse lately?")
    if not other and has(text, r"\b(?:colonoscopy|endoscopy|smear|prostate|internal)\b") and has(
            text, r"\b(?:mortified|embarrass\w*|dreading|awkward|ashamed)\b"):
        return ("It's completely understandable to feel embarrassed.", "The staff do them every day and they're kind "
                "about it; to them it's just another check, and it's a good thing to have done.",
                "Is it the test itself, or what it might find, that's worrying you more?")
    if not other and has(text, r"\b(?:mammogram|biopsy|colonoscopy|endoscopy|mri|ct scan|scan|x-?ray|smear|test)\b") \
            and has(text, r"\b(?:next week|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|coming up|"
                          r"booked|here for|today|this (?:morning|afternoon)|in a minute)\b") \
            and has(text, r"\b(?:scared|afraid|frightened|terrified|nervous|worried|dreading)\b"):
        here = has(text, r"\b(?:here for|today|this (?:morning|afternoon)|in a minute)\b")
        return ("It's completely natural to feel scared before a test like that.",
                "Most of them come back fine, and either way it's better to know; the waiting is often the worst part.",
                "Is someone here with you?" if here else "Would it help to have someone go with you on the day?")
    if has(text, r"\b(?:nightmares?|flashbacks?|bad dreams)\b"):
        return ("That sounds really distressing.", "Nightmares after something frightening are a common reaction, and "
                "they often ease with time and with talking about it.", "Have you been able to talk to anyone about "
                "what happened?")
    admitted = has(text, HOSPITALISED) and not has(text, r"\b(?:surgery|theatre|operation)\b")
    if other and (admitted or has(text, r"\b(?:heart attack|stroke|collapsed|ambulance|rushed|a&e|resus)\b") and has(
            text, r"\b(?:hospital|ambulance|a&e|resus|rushed|taken|admitted)\b")):
        being = cap(they(sit)) + ("'re" if they(sit) == "they" else "'s")
        return ("I'm so sorry; that must have been so frightening.",
                f"{being} in the right place now, with people who know what to do.",
                "Is someone with you while you wait for news?")
    if other and has(text, r"\b(?:hospital|ambulance|admitted)\b"):
        ack = f"I'm sorry {sit.who} is in hospital; that's so worrying."
    elif other:
        ack = f"I'm so sorry about {sit.who}; that's really hard news."
    else:
        ack = pick(("That sounds really worrying.", "That's a lot to deal with."), key)
    if has(text, FEARED_RETURN) and not other:
        ack = "That fear is so common after an illness like that, and so hard to live with."
        feel = "It's always okay to ring your team and ask to be checked; they would much rather see you."
        follow = "Have you noticed something that's worrying you?"
    elif has(text, RECURRED):
        feel = ("Hearing it's come back is such a hard blow, after everything you've both been through." if other
                else "Hearing it's come back is such a hard blow, after everything you've been through.")
        follow = f"How is {they(sit)} taking it?" if other and them(sit) != "them" else "How are you taking it?"
    elif has(text, r"\b(?:waiting|results?|biopsy|come back|comes back)\b|\b(?:more|further|another) (?:tests?|"
                   r"scans?)\b|\b(?:might|could|may) be (?:cancer|serious|a tumou?r)\b"):
        feel = "Waiting for results is one of the hardest parts; the not-knowing can be exhausting."
        told_when = has(text, r"\b(?:on|this|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                              r"week|month)\b|\btomorrow\b|\bin (?:a|two|three|\w+) (?:days?|weeks?)\b")
        follow = "Will someone be with you when you hear?" if told_when else "When will you know more?"
    elif has(text, FEARED) or has(text, r"\b(?:might|may|could) (?:have|be)\b|\bpossibl[ey]\b|\bsomething on (?:my|the|"
                   r"her|his) (?:\w+ )?(?:mammogram|scan|x-?ray|smear|bloods?|results?)\b|\b(?:wants?|want) (?:me|him|"
                   r"her) back in\b|\b(?:called|recalled) (?:me )?back\b|\bsuspect\w*|\bshadow\b|\babnormal\b|"
                   r"\breferr\w*|\bmemory clinic\b|\binvestigat\w*"):
        feel = "Not knowing for sure yet is one of the hardest parts; often it turns out to be less than you fear."
        follow = "When will you know more?"
    elif other and has(text, MEMORY_WORRY + r"|\bmemory(?:'s| is)? (?:getting )?(?:worse|going|bad)\b"):
        feel = (f"It's frightening to watch someone you love start to forget. Memory problems have many causes, some "
                f"treatable, and the doctor can refer {them(sit)} to a memory clinic.")
        follow = f"Has {they(sit)} seen the doctor about it yet?" if they(sit) != "they" else (
            "Have they seen the doctor about it yet?")
    elif not other and (has(text, MEMORY_WORRY) or has(text, KEEP_FORGETTING)
                        or has(text, r"\b(?:got|have|getting) dementia\b")):
        feel = ("Memory slips can have lots of causes, and some are easy to treat, so it's worth having it "
                "checked.")
        follow = "Would you feel able to talk to your doctor about it?"
    elif has(text, r"\bdiagnos\w*"):
        feel = "A diagnosis like that is a lot to take in at once."
        follow = "Is someone able to be with you through this?"
    elif has(text, r"\b(?:need|needs|told me|have) to (?:lose (?:some )?weight|stop smoking|give up smoking|cut down|"
                   r"exercise more|drink less|watch my)\b"):
        ack = "That's a lot to take on at once."
        feel = "Changes like that are hard, and small steps really do add up."
        follow = "Which one feels easiest to start with?"
    elif has(text, r"\b(?:new|replacement) (?:hip|knee|shoulder)|\b(?:hip|knee) replacement\b|\bpacemaker\b|\bstent\b|"
                   r"\bcataract\b"):
        feel = "It's a lot to take in, but it's one of the most common operations there is, and most people do well."
        follow = "How do you feel about having it done?"
    elif other and has(text, IN_SURGERY_NOW + r"|\b(?:being operated on|having (?:his|her|their) operation (?:now|"
                         r"today|right now))\b"):
        _, feel, follow = surgery_wait()
    elif has(text.replace("’", "'"), r"\b" + OPERATION + r"\b") or has(text, HOSPITAL_STAY):
        feel = "It's completely natural to feel nervous before surgery."
        follow = "Will someone be there with you on the day?"
    elif has(text, r"\b(?:can'?t (?:get to )?sleep|insomnia|awake (?:until|till|all night)|lie awake|not "
                   r"sleeping)\b") or \
            has(text, NO_SLEEP):
        feel = "Lying awake night after night is exhausting, and it makes everything else harder."
        follow = "Is something on your mind when you can't sleep, or does it just not come?"
        if has(text, r"\bworr\w+|\bthinking\b|\bmind (?:won'?t|racing)\b"):
            feel = ("Worries have a way of getting loudest at night. Writing them down before bed, or getting up for "
                    "a warm drink when sleep won't come, can help a little.")
            follow = "What's the worry that keeps coming back?"
    elif has(text, r"\b(?:scared|afraid|frightened|worried|terrified|nervous) (?:of|about) (?:falling|(?:having )?"
                   r"(?:a |another )fall)\b"):
        feel = ("Being scared of falling again is really common, and it can make you stay in and do less, which "
                "makes falls more likely.")
        follow = "Have you been offered a balance class or a pendant alarm? Both can really help."
    elif has(text, r"\b(?:pain|hurts?|hurting|aching)\b|\b(?:back|knees?|hips?|feet|legs?|head|shoulders?|neck|"
                   r"arthritis)\b[^.!?]{0,12}\bkilling me\b"):
        feel = "Pain that keeps going wears you down."
        follow = "Have you been able to see a doctor about it?"
    else:
        feel = "Worrying about health, yours or someone you love, is so draining."
        follow = "How are you coping with it all?"
    return ack, feel, follow


def _health_good(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, JUST_A_BRUISE):
        return ("I'm glad it's only a bruise.", "Take it easy today and keep an eye on it; if you feel dizzy, or the "
                "pain gets worse, get it checked.", "Is someone around today if you need a hand?")
    if has(text, PROGRESS_TOLD):
        return ("That's brilliant to hear!", "All that hard work is paying off, even when it feels slow.",
                "What can you do now that you couldn't before?")
    if has(text, HELP_WORKING) and not sit.who:
        return ("I'm so glad it's helping.", "It takes courage to start, and it's good to hear it's making a "
                "difference.", "What's been most useful so far?")
    if has(text, JAB):
        return ("Good for you, that's one more thing done.", "Some people feel a bit achy or tired for a day or two "
                "afterwards; rest and plenty to drink help.", "How's your arm feeling?")
    if has(text, DIAGNOSIS_AT_LAST):
        return ("After so long not knowing, that must be a real relief.", "An answer can bring new questions too, but "
                "it also opens the door to the right help.", "How are you all feeling about it?")
    if has(text, MYSELF_AGAIN):
        return ("That's so good to hear!", "After months of not feeling yourself, a day like this really matters.",
                "What's felt different today?")
    if has(text, WILL_BE_OK):
        return ("Oh, thank goodness.", "What a relief after such a frightening time.",
                "How are you holding up yourself?")
    if has(text, OTHER_SOBER) and not has(text, RELAPSE):
        return ("That's wonderful news.", f"A whole year takes real strength, and your support will have meant a lot "
                f"to {them(sit)}.", f"Have you told {them(sit)} how proud you are?")
    if has(text, r"\b(?:sober|clean for|off the drink|stopped drinking|quit (?:drinking|smoking))\b") and not has(
            text, RELAPSE):
        return ("That's a huge achievement, congratulations!",
                "Every one of those days took real strength, and you have every reason to feel proud.",
                "How are you going to mark it?")
    if has(text, r"\b(?:working|shrunk|shrinking|smaller|disappeared)\b") and has(text, NOT_SERIOUS):
        return ("That's brilliant news!", "It must be such a relief to hear the treatment is doing its job, after "
                "everything you've been through.", "How are you feeling in yourself?")
    if has(text, r"\b(?:remission|cancer[- ]free|all clear)\b[^.!?]{0,30}\b(?:\w+ years?|a year|anniversary)\b|"
                 r"\b(?:\w+ years?|a year) (?:in remission|cancer[- ]free|clear)\b"):
        return ("What a milestone, congratulations!", "Every year like that is worth celebrating.",
                "How are you going to mark it?")
    if has(text, NOT_SERIOUS) and has(text, r"\b(?:nothing|just a|harmless)\b"):
        return ("Oh, what a relief!", "All that worrying, and it's nothing serious: you can finally breathe again.",
                "How are you feeling now you know?")
    if has(text, r"\bcan (?:hear|see|read) (?:\w+ ){0,3}again\b|\b(?:hearing aids?|new glasses|cataract)\b"):
        return ("That's wonderful!", "Getting your hearing or sight back is like getting a bit of the world back.",
                "What's been the best thing to hear or see again?")
    if has(text, MOBILITY_BACK):
        return ("That's brilliant news!", "All that hard work is paying off; every step back to doing things yourself "
                "really counts.", "What are you most looking forward to doing again?")
    if has(text, HOME_FROM_HOSPITAL):
        return ("That's wonderful news!", "There's nothing quite like your own bed after a stay in hospital.",
                "Will someone be there to help you settle back in?")
    if has(text, r"\b(?:much |a lot |so much |far )?(?:better|easier)\b|\bimprov\w+") and \
            not has(text, r"\b(?:results?|scan|test|biopsy|clear|benign|remission)\b"):
        return ("That's great to hear!", "It sounds like what you've been doing is really paying off.",
                "How are you feeling in yourself?")
    ack = pick(("Oh, what a relief!", "What a weight off your shoulders!"), key)
    if sit.who and sit.who_kind not in ("doctor", "work"):
        subject = they(sit)
        is_are = "is" if subject in ("he", "she") else "are"
        if has(text, r"\b(?:clear|benign|all clear|nothing (?:to worry about|serious)|not cancer)\b"):
            feel = f"You must have been so worried about {sit.who}; what wonderful news for you both."
            follow = f"How {is_are} {subject} feeling?"
        else:
            feel = f"After all that worry, it must feel so good to have {sit.who} on the mend."
            follow = f"How {is_are} {subject} doing today?"
    else:
        feel = "After all that waiting, you must feel like you can finally breathe again."
        follow = "How are you going to mark it?"
    return ack, feel, follow


def _scam(text: str) -> tuple[str, str, str]:
    if has(text, CARD_FRAUD) and not has(text, SCAM):  # suspected, not yet told as a scam
        return ("That's worrying; it's right to act on it quickly.", "Ring your bank straight away on the number on "
                "the back of your card: they can stop the card and check every payment. It isn't your fault; this "
                "happens to lots of people.", "Have you spotted payments you don't recognise?")
    return ("Oh no, I'm so sorry. Being scammed is a horrible shock.",
            "It isn't your fault; these people are practised at fooling anyone.",
            "Have you been able to ring your bank yet, on the number on the back of your card, so they can stop "
            "anything more going out?")


def _conflict(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, BABY_NOISE):
        return ("Broken sleep night after night is exhausting.", "It's nobody's fault, which can make it harder; "
                "earplugs or a fan for background noise help some people, and a kind word with the parents may find "
                "a room that's further away.", "How are you managing in the day?")
    if has(text, HARSH_AT_HOME):
        return ("I'm sorry; you shouldn't have to put up with that at home.", "If he or she ever hurts you or makes "
                "you feel unsafe, tell an adult you trust, a teacher, or a helpline, or call the police.",
                "What does it look like when it happens?")
    if has(text, HOUSEMATE):
        return ("That's so annoying, and it adds up.", "A calm word, or a shelf or a box that's clearly yours, often "
                "sorts it without a row.", "Have you said anything to them yet?")
    if has(text, WAITING_LONG):
        return ("That's a long wait, and it's frustrating not knowing what's happening.", "It's worth checking at "
                "the desk that you're booked in; names do sometimes get missed.", "Would you feel able to ask them?")
    if has(text, NEVER_LISTEN):
        return ("That's hard to hear from someone you love.", "Sometimes 'you never listen' really means 'I need you "
                "to notice something'.", "Do you know what's been on her mind?" if has(text, r"\b(?:wife|she|her|mum|"
                r"daughter|sister)\b") else "Do you know what's been on their mind?")
    if has(text, LIED_TO):
        return ("That's a real shock.", "Finding out someone you trust has been lying shakes everything, and it's "
                "natural to feel hurt and angry at once.", "Do you know why they did it?")
    if has(text, SCAM) or has(text, CARD_FRAUD):
        return _scam(text)
    if has(text, ROW_WITH):
        return ("I'm sorry; rows with people close to you are horrible, and they can sit with you for days.",
                "It's okay to feel upset and still care about them.", "What was it about?")
    if has(text, RUDE_TO_ME):
        return ("I'm sorry; that's not okay.", "You deserve to be treated with respect, especially when you're already "
                "dealing with a lot, and it isn't your fault. If it was bad, you can tell the manager or make a "
                "complaint.", "How are you feeling now?")
    if has(text, BEHIND_BACK):
        return ("That's a real betrayal.", "Finding out afterwards, about something that mattered so much, hurts as "
                "much as it angers.", "Have you been able to talk to them about it, or get some advice?")
    if has(text, DAMP):
        health = ("Has a doctor heard that cough?" if has(text, r"\b(?:cough\w*|chest|wheez\w*|asthma|breath\w*)\b")
                  else "Have you been able to put it in writing to them?")
        return ("That's not okay.", "Damp and mould can make people ill, especially babies and older people. Put it in "
                "writing to the landlord, and if nothing happens, the council's housing team can make them act.",
                health)
    if has(text, CRITICISED):
        return ("That's wearing.", "Being criticised at every turn chips away at you, however much you try to shrug "
                "it off.", "Do you have anyone on your side, or some time away from it?")
    if has(text, NO_APPOINTMENT):
        return ("That's so frustrating when you need to be seen.", "Ringing right at opening time, asking for a call "
                "back, or a pharmacist for smaller things can help.", "What do you need to see them about?")
    if has(text, SHORT_TEMPERED) and not has(text, EGGSHELLS):
        return ("That's hard to live with.", "Sometimes a short temper comes from stress or worry underneath.",
                f"Have you been able to ask {them(sit)} if something's wrong?")
    if has(text, DOUBTED):
        return ("That must be unsettling.", "Being told again and again that you're imagining things can make you "
                "doubt yourself, and you deserve to be taken seriously.",
                "What kind of things does he say you're imagining?" if has(text, r"\b(?:husband|he|son|brother|dad)\b")
                else "What kind of things are you being told you imagine?")
    if has(text, PROTECTIVE_RAGE):
        return ("I can hear how angry you are, and it's understandable when someone has hurt your child.",
                "Please don't take it into your own hands; it could hurt you both more. The police and the people who "
                "support victims can act on it.", "Is your daughter safe now?" if has(text, r"\bdaughter\b") else
                "Are they safe now?")
    if has(text, SAID_IM):
        return ("That's a hurtful thing to hear, and it isn't true.", "Words said in anger can stay with us long "
                "after.", "Do you want to tell me what happened?")
    if has(text, SHAMED_IN_PUBLIC):
        return ("That's humiliating, being picked on in front of everyone.", "Even if there was a point to make, it "
                "should have been said in private; that's on them, not you.",
                "Would it help to ask for a quiet word about it?")
    if has(text, EX_WONT_STOP):
        return ("That's not okay; you're allowed to be left alone.", "You can block the number and keep the messages "
                "as a record; if it goes on, or ever frightens you, harassment is something the police take "
                "seriously.", "Has it felt threatening at all?")
    if has(text, CONTACT_DISPUTE) and not has(text, r"\b(?:kids|children|son|daughter|boys|girls)\b"):
        return ("That's so painful; being kept from someone you love hurts.", "Sometimes a calm conversation, or a "
                "family mediation service, can open the door again, especially when it's clear you only want to be "
                "part of their life.", "Do you know why?")
    if has(text, CONTACT_DISPUTE):
        return ("That's so hard; missing time with your children hurts.", "If there's an arrangement in place, a "
                "family mediation service or a solicitor can help you keep to it.", "How are you holding up?")
    if has(text, LOST_BY_THEM):
        return ("That's really not good enough.", "Losing something that matters so much isn't a small slip.",
                "It's worth making a complaint and asking them to replace it. Has anyone said what they'll do?")
    if has(text, NOISE_AT_NIGHT):
        return ("That sounds exhausting.", "Being kept awake night after night would wear anyone down.",
                "Have you been able to talk to them, or to the council's noise team?")
    if has(text, CARERS_CHANGING):
        return ("That's so unsettling.", "Not knowing who'll come through your door, and explaining everything "
                "again each time, is wearing.", "You can ask the agency for the same few carers; would it help to "
                "ring them together?")
    if has(text, ESTRANGED):
        subject = they(sit)
        rift = "When someone you love won't speak to you, it hurts every single day." if sit.who else (
            "A row that hasn't been mended sits heavy, especially with someone you love.")
        return ("I'm sorry, that's really painful.", f"{rift} Rifts like this often soften with time, especially when "
                "the door is left open.", f"Do you know what's keeping {them(sit)} away?" if sit.who and
                subject != "they" else "Would you like to think about a way to reach out, when you feel ready?")
    if has(text, DOORSTEP_NUISANCE):
        return ("Ugh, how horrible to find that at your door, and not for the first time.",
                "It's maddening when people just don't care about where others live.",
                "You could report it to the council; they can follow it up. Do you know who's doing it?")
    if has(text, THEFT):
        done = "damaged on purpose" if has(text, r"\b(?:smashed|vandalis\w*|keyed|slashed|kicked in)\b") else "taken"
        return ("Oh no, that's horrible.", f"Having something of yours {done} leaves you feeling violated as well as "
                "annoyed.", "Have you been able to report it to the police?")
    if has(text, INDEPENDENCE) and has(text, r"\b(?:because of|due to) my (?:eyes|eyesight|sight|health|memory|fits?|"
                                           r"seizures?|heart|condition)\b|\b(?:doctor|dvla|optician|consultant)\b"):
        return driving_lost()
    if has(text, INDEPENDENCE):
        return ("That's a hard thing to hear.", "Being told to give up something that keeps you independent can feel "
                "like losing a part of yourself, even when it comes from love.",
                "Would it help to talk through what worries them, and what matters most to you?")
    if has(text, PUT_DOWN):
        him = them(sit)
        return ("That's not okay, and it isn't true.", "Being put down again and again wears anyone's confidence "
                "away, until you start to believe it; that's what it's meant to do.",
                f"Are you safe at home with {him}? There are people you can talk to about this in confidence.")
    if has(text, CANCELLED_CARE):
        return ("That's so frustrating, and worrying too, after waiting so long.",
                "Being left in limbo when you need the treatment wears anyone down.",
                "Have they given you a new date? If not, the hospital's patient advice service can chase it for you.")
    if has(text, TREATED_LIKE_CHILD):
        return ("That's so frustrating.", "Being talked down to by your own family is hurtful; you've spent a lifetime "
                "making your own decisions.", "Have you been able to tell them how it makes you feel?")
    if has(text, CARER_NO_SHOW):
        hungry = has(text, r"\b(?:lunch|dinner|breakfast|tea|food|eaten|eat|meal|tablets|medication|meds|pills)\b")
        return ("That's not good enough; you rely on them.",
                "Have you got something you can eat and drink now?" if hungry else
                "Being left waiting like that is worrying as well as annoying.",
                "Please ring the care agency to tell them, and if it keeps happening, tell your social worker or "
                "the council. Is there someone who could pop in today?")
    if has(text, EGGSHELLS):
        him = them(sit)
        return ("That sounds exhausting.", "Walking on eggshells in your own home wears anyone down, and you "
                "deserve to feel at ease there.", f"Are you feeling safe at home with {him}?")
    if has(text, FINED):
        if has(text, r"\bhospital\b"):
            return ("Oh, that's so unfair, on top of everything.", "A fine when you were only there to see someone "
                    "you love feels like an insult on top of the worry.", "Could you appeal it? Hospitals often cancel "
                    "them for visitors.")
        return ("How annoying.", "Fines always seem to come at the worst moment.", "Is it worth appealing?")
    if has(text, NOT_PAID_BACK):
        return ("That's really unfair on you.", "Money between family or friends can get so awkward, and it's "
                "natural to feel resentful when it's never paid back.",
                "Have you been able to tell them how it leaves you feeling?")
    if has(text, SHOUTED_AT):
        who = f"by {sit.who}" if sit.who.startswith("your ") else "like that"
        return ("That must have really hurt.", f"Being shouted at {who} stays with you, whatever set it off.",
                "Do you want to talk about what happened?")
    if has(text, NOT_HEARD):
        who = them(sit) if sit.who else "them"
        return ("That's so frustrating.", "Not feeling listened to by someone close can hurt as much as it annoys.",
                f"Is there something in particular you've been trying to tell {who}?")
    if has(text, r"\b(?:restaurant|soup|meal|food|cafe|hair in)\b") and has(
            text, r"\b(?:hair|fly|flies|bug|insect|slug|mould|mold|found|finding|plaster|raw|off)\b"):
        ack, feel = "Ugh, that's disgusting.", "Finding that in your food would put anyone off."
        follow = "Did you tell the staff?"
    elif has(text, r"\b(?:restaurant|meal|meals|food|dinners?|lunch(?:es)?|cafe)\b"):
        ack, feel = "Ugh, that's not good enough.", "Food you can't enjoy makes every day a bit harder."
        follow = "Have you been able to tell the staff or the manager?"
    elif has(text, r"\b(?:broke|broken|stopped working|doesn'?t work|won'?t work|switched off|crashed)\b"):
        ack, feel = "Oh, that's infuriating.", "When things break just when you need them, anyone would lose patience."
        follow = "Is there someone who can fix or replace it?"
    elif has(text, r"\b(?:late|delayed|missed|traffic|queue|stuck)\b") or has(text, KEPT_WAITING):
        ack, feel = "Ugh, what a day.", "Being held up by something out of your hands is so frustrating."
        follow = "Were you able to sort things out afterwards?"
    elif has(text, r"\b(?:blamed|took credit|credit for|as his own|as her own)\b"):
        ack, feel = "That's so unfair.", "Being blamed or overlooked for your own work would make anyone angry."
        follow = "Is there someone at work you trust who could back you up?"
    elif has(text, r"\b(?:landlord|heating|repair|fix)\b"):
        ack, feel = "That's really frustrating.", "You shouldn't have to keep chasing basic things like that."
        follow = "Have you been able to put the request in writing?"
    elif has(text, r"\b(?:noise|noisy|loud|loudly|snor\w+|music|upstairs|stomp\w*|bang\w*|bark\w*|part(?:y|ies))\b"):
        ack, feel = "Ugh, that's exhausting.", "Losing sleep to someone else's noise wears anyone down."
        follow = f"Have you been able to talk to {them(sit)} about it?"
    elif has(text, r"\bneighbou?rs?\b|\bnext door\b"):
        ack = "That's so annoying."
        feel = "Trouble with a neighbour is hard to get away from; it's right on your doorstep."
        follow = "Have you been able to talk to them about it?"
    elif has(text, r"\b(?:without asking|ate my|took my|borrowed my|used my)\b"):
        ack, feel = "That's so inconsiderate.", "Having your things taken without asking feels really disrespectful."
        follow = "Have you told them how it makes you feel?"
    elif has(text, r"\b(?:airline|flight|delivery|customer service|refund|bank|company|shop|store|contract|insurer|"
                   r"insurance|provider|broadband|council|helpline|call cent(?:re|er))\b") or has(text, RUNAROUND):
        ack, feel = "That sounds maddening.", "Being let down and then passed around would test anyone's patience."
        follow = "What would feel like a fair fix to you?"
    elif sit.who.startswith("your ") and sit.who_kind in ("partner", "parent", "sibling", "child", "friend",
                                                         "relative"):
        ack = f"I'm sorry things are so tense with {sit.who}."
        feel = "Fights with people we love take a lot out of us."
        follow = "Do you want to vent, or think about what to say to them?"
    else:
        ack, feel = "That sounds really frustrating.", FEELING_LINE["frustration"]
        follow = "What bothered you most about it?"
    return ack, feel, follow


def _pressure(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, DENIED_WISH):
        return ("Thank you for telling me; I'm glad, and I believe you.", "Being worn out like that is hard in itself, "
                "and if darker thoughts ever do come, you can tell me or someone you trust, any time.",
                "What's been wearing you down the most?")
    if has(text, POWER_OF_ATTORNEY):
        return ("It's a big decision, and it's right to think it through.", "A power of attorney lets someone act for "
                "you only in the ways you choose, and you choose who; a solicitor or an advice service can explain the "
                "options first.", "What's making you unsure?")
    if has(text, OFF_WITH_STRESS):
        return ("I'm sorry; that's hard, and a sign of how much you've been carrying.", "Rest is part of getting "
                "better, not a failing, and it's okay if it takes a while.",
                "Is your doctor, or someone at work, helping you plan the way back when you're ready?")
    if has(text, WHAT_THEY_THINK):
        return ("It's natural to worry about how people will react.", "Often they're kinder than we fear, and you "
                "don't have to say it all at once.", "What would you most like them to understand?")
    if has(text, COMPARING):
        return ("That's such a common feeling.", "What you see of other people is mostly their highlights, and "
                "everyone moves at their own pace; being behind someone else's timeline isn't failing.",
                "What's making you feel that way at the moment?")
    if has(text, LONG_HOURS):
        return ("That's exhausting.", "Long shifts day after day wear anyone down, however well you're coping.",
                "Are you getting any proper rest between them?")
    if has(text, RESULTS_DUE):
        return ("The wait for results is horrible.", "Whatever they say, there are always options, and people who "
                "can help you through them.", "What are you hoping for?")
    if has(text, TORN):
        return ("That's a big decision.", "It can help to write down what matters most to you and see which choice "
                "fits it better.", "What's pulling you each way?")
    if has(text, ALONE_FIRST_TIME):
        return ("It's natural to feel nervous; it's a big step.", "Most people find it easier once they have a "
                "routine, a few numbers to hand and someone to check in with now and then.",
                "What part worries you most?")
    if has(text, PANIC_ATTACK):
        return ("That sounds frightening.", "Panic attacks feel awful, but they pass and aren't harmful in themselves; "
                "slow breathing, in for four and out for six, helps, and if they keep happening your doctor can help.",
                "How are you feeling now?")
    if has(text, DEATH_FEAR):
        return ("That's one of the most human fears there is, and it's okay to say it out loud.", "Talking about it "
                "often makes it a little less heavy.", "Is something in particular bringing it up at the moment?")
    if has(text, CARER_STRAIN):
        return ("Caring for someone full time is one of the hardest jobs there is.",
                "It's completely natural to feel exhausted, and your own needs matter too.",
                "Do you get any help or breaks at all? A carers' support service may be able to give you some time "
                "for yourself.")
    if has(text, MOVE_TO_CARE):
        return bittersweet_move()
    if has(text, NEED_TALK):
        return need_talk()
    if has(text, TREATMENT_START):
        return treatment_nerves()
    if has(text, MEMORY_CLINIC):
        return ("It's natural to feel nervous before that.", "They'll ask some questions and do a few simple tests; "
                "it's there to help, and taking someone with you can make it "
                "easier.", "What worries you most about it?")
    if has(text, HOLDING_ON):
        return ("I'm glad you have that to hold on to.", "It sounds like things are really hard right now, though.",
                "What's been weighing on you?")
    if has(text, NEWS_WORRY):
        return ("It's hard not to feel anxious with news like that.",
                "It can help to check it once a day rather than all the time, and to talk about it with someone.",
                "Is there someone you're worried about in particular?")
    if has(text, CARE_HOME_FEAR):
        return ("That's one of the most common fears there is, and it makes sense.",
                "You have a say in what happens, and there's often help that lets people stay at home for longer.",
                "What worries you most about it, and what would help you feel safer at home?")
    if has(text, SELF_CARE):
        return ("That sounds really hard, and it's nothing to be ashamed of.",
                "After a fall or an illness, a bit of help at home can make a big difference; your doctor or the "
                "council can arrange an assessment for things like a carer, rails or a shower seat.",
                "What's the hardest part of the day at the moment?")
    if has(text, PARENT_WORN):
        return ("Days like that are exhausting, and it doesn't mean you're doing anything wrong.",
                "Little ones have days when nothing helps, and it wears anyone down.",
                "Is there anyone who could give you even half an hour's break today?")
    if has(text, TREATMENT_START):
        return treatment_nerves()
    if has(text, PHOBIA):
        flying = has(text, r"\b(?:flying|planes?)\b")
        courses = " There are courses for nervous flyers that really help, too." if flying else ""
        if has(text, r"\b(?:needles|injections|jabs?|blood tests?|blood taken)\b"):
            courses = (" Tell the nurse first: they're used to it, and looking away, or lying down if you feel faint, "
                       "helps.")
        return ("That fear is really common, and it's horrible when it comes with something you'd like to do.",
                "Slow breathing, in for four and out for six, takes the edge off in the moment." + courses,
                "What's the part that worries you most?")
    if has(text, DRINKING_TO_COPE):
        return ("That sounds like things have been really hard lately.",
                "Drinking to get to sleep or to cope can creep up on anyone, and it often makes sleep and mood worse "
                "in the end.", "Would you feel able to talk to your doctor about it? What's been keeping you awake?")
    if has(text, NEW_START):
        return ("Starting somewhere new is nerve-wracking, especially when you don't know anyone yet.",
                "Everyone there was new once, and most people remember how it feels.",
                "Would it help to think of a couple of easy things to say when you first meet people?")
    if has(text, SOCIAL_NERVES):
        return ("It's natural to feel nervous about that, the first time or after a while away.",
                "Most people will simply be glad to see you, and the first few minutes are usually the hardest.",
                "Would it help to go with someone, or arrive a little early when it's quiet?")
    if has(text, WEARY):
        return ("That sounds exhausting.", "Battling something day after day wears anyone down, and it's okay to feel "
                "worn out by it.", "What's been the hardest part lately? Is anyone helping you carry it?")
    if has(text, RETIRED):  # worried about the days after work
        return ("A big change like that can feel daunting.", "Lots of people worry about filling the days, and most "
                "find new rhythms: clubs, volunteering, time with the people they love.",
                "What do you enjoy doing when you have a free afternoon?")
    if has(text, r"\b(?:hearing|eye|blood|memory|smear|breathing|heart|bone density|balance) (?:test|check|scan)s?\b|"
                 r"\b(?:scan|x-?ray|mri|colonoscopy|endoscopy)\b"):
        return ("It's natural to feel a bit nervous before something like that.",
                "Tests like that are usually quick, and they're there to help you.",
                "Would it help to have someone go with you?")
    if has(text, ANXIOUS_NO_REASON):
        night = ", and night-time can make it loom larger" if has(text, r"\bnights?\b") else ""
        return ("That sounds really unsettling.", "Anxiety that comes without a clear reason is more common than "
                f"people think{night}.", "Is there anything that helps you settle when it comes?")
    ack = pick(("That's a lot on your plate.", "That sounds like a lot of pressure."), key)
    if has(text, ANXIOUS_STATE):
        place = re.search(r"\b(?:uni|university|college|school|work|the new job|my new job)\b", text, re.I)
        return ("Feeling anxious like that is exhausting, and it's far more common than people admit.",
                (f"Starting at {place.group(0)} is a big change, and lots of people feel this way at first. " if place
                 else "") + "Slow breathing can take the edge off in the moment, and talking to your doctor or a "
                "support service can really help.", "What's been the hardest part?")
    if has(text, r"\binterview\b"):
        ack, feel = "Interviews are nerve-racking.", "Feeling nervous beforehand is normal; it means it matters to you."
        follow = "What kind of question are you most worried about?"
    elif has(text, r"\b(?:speech|presentation|present|on stage|perform\w*)\b"):
        feel = "Nerves before speaking in front of people are so common, and they usually ease once you start."
        follow = "Would it help to practise the opening together?"
    elif has(text, r"\b(?:exams?|test|study\w*|revis\w*|homework|thesis|essay)\b"):
        feel = "When it all piles up at once, everything starts to feel urgent."
        follow = "Which one is first, and what would help you make a start?"
    elif has(text, r"\b(?:burn\w* out|exhausted|every weekend|two people|overtime|no break)\b"):
        feel = "Running on empty for that long would wear anyone out."
        follow = "Is there anything you could take off your plate this week?"
    elif has(text, r"\bdeadline|due\b"):
        feel = "A deadline that close can make it hard to even start."
        follow = "What's the smallest piece you could finish first?"
    elif has(text, r"\b(?:new|meeting (?:my|the|a|our) (?:new )?)(?:carer|nurse|doctor|neighbou?rs?|people|home|"
                   r"flat|group|club)\b|\bfirst (?:day|time|visit|session|class|meeting) at\b"):
        ack = "It's natural to feel nervous about that."
        feel = ("Going somewhere new takes courage, and the nerves usually settle once you've met a few people."
                if has(text, r"\b(?:club|group|class|session|first (?:day|time|visit|meeting))\b") else
                "Something new, especially someone coming into your life or your home, takes a little getting used to.")
        follow = "What would help you feel more at ease with it?"
    else:
        feel = "Feeling overwhelmed like this is exhausting."
        follow = "What's the one thing that would take the most pressure off if it got done first?"
    return ack, feel, follow


def _money(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, CARE_COSTS):
        return ("That's a really common worry, and the rules are confusing.", "Your home isn't always counted, for "
                "example while a partner still lives there, and a free advice service can explain exactly what "
                "applies to you.", "Would it help to look at who you could ask?")
    if has(text, CANT_AFFORD_TO_GO):
        return ("Oh, that's so hard; it's lovely news, and it hurts to think of missing "
                "it.", "It's worth telling them; "
                "people often find a way, a lift, a shared cost or a cheaper route, because they want you there.",
                "Have you been able to talk to them about it?")
    if has(text, OWN_FUNERAL):
        return ("That's a sensible thing to think about, and sorting it can take a weight off your mind.",
                "A funeral plan paid in advance, or some savings set aside, are common ways; the funeral director can "
                "give you prices, and a simple funeral costs far less than people fear.",
                "Would it help to talk through what you'd like?")
    if has(text, SCAM) or has(text, CARD_FRAUD):
        return _scam(text)
    if has(text, SKIPPING_MEALS):
        return ("I'm sorry; going without food isn't okay, and it isn't your "
                "fault.", "Food banks, a benefits check and "
                "help with bills are there for exactly this, and an advice service can check what you're entitled to "
                "for free.", "Would it help to look at what you might be able to get?")
    if has(text, CANT_PAY_BILL):
        return ("That's such a worry.", "Ring them before the payment is due and explain; most would rather agree a "
                "plan than chase you, and free debt advice services can help you talk to them.",
                "Is it just this month, or has it been building up?")
    if has(text, OVERDRAWN):
        return (("A letter like that" if has(text, r"\bletter\b") else "That") + " is worrying, especially when you "
                "don't know how it happened.",
                "Ring the bank on the number on your card and ask them to go through the recent payments with you; "
                "if there's one you don't recognise, they can stop it and look into it.",
                "Would it help to write down what to ask them first?")
    if has(text, CONFUSING_LETTER):
        return ("Official letters can be so confusing; they're not written for normal people.",
                "It's completely understandable to feel unsure about it.",
                "Would it help to go through it together, one bit at a time? Whoever sent it, or an advice service, "
                "can also explain it on the phone.")
    if has(text, r"\b(?:can'?t|cannot|couldn'?t) afford (?:to )?(?:put the heating on|heat|the heating|turn the "
                 r"heating|eat|food|buy food|the (?:gas|electric|electricity))\b"):
        return ("I'm so sorry; being cold or going without at home isn't safe, especially in winter.",
                "There's often help people don't know about, like heating grants, a benefits check or warm spaces "
                "nearby.", "Would you feel able to ring an advice service to find out what you're entitled to?")
    if has(text, COSTS_UP):
        return ("That's such a worry, especially when money's already tight.",
                "You may be entitled to help you don't know about; an advice service can check for free.",
                "Would it help to go through what comes in and what goes out, one thing at a time?")
    if has(text, OUTFIT_UNAFFORDABLE):
        return ("I'm sorry money's so tight, with a special day coming up.",
                "A charity shop find or something you already have, with a new scarf or hat, can look wonderful, and "
                "everyone will just be glad you're there.", "Is there someone who could help you look?")
    if has(text, GAMBLING):
        return ("That's a heavy thing to carry on your own, and I'm glad you've said it out loud.",
                "Gambling can get a grip on anyone, and there's free, confidential help for it, for you and your "
                "family.",
                "Would you feel able to call a gambling support line, and think about how to tell her?"
                if has(text, r"\b(?:wife|her)\b") else
                "Would you feel able to call a gambling support line, and think about who you could tell?")
    if has(text, BENEFITS_CUT):
        return ("That's frightening news when you rely on that money.",
                "Decisions like that can be challenged: you can usually ask for them to be looked at again, and advice "
                "services help with it for free.", "Would it help to go through the letter together?")
    if has(text, EVICTION):
        return ("That's a frightening thing to be told.",
                "Your home is where you should feel safest, and being told to leave shakes everything.",
                "Have you been able to get advice yet? A housing advice service can tell you what notice they have to "
                "give and what your rights are.")
    ack = pick(("That sounds really stressful.", "Money worries are so hard to switch off."), key)
    feel = "Not knowing how things will add up can keep you awake at night."
    follow = "Would it help to go through what's due first, one thing at a time?"
    return ack, feel, follow


def _achievement(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, KEEPING_UP):
        return ("Good for you!", "Keeping them up every day is the hard part, and it really pays off.",
                "Are you noticing a difference?")
    if has(text, USED_TO_LOVE):
        what = re.search(USED_TO_LOVE, text, re.I).group("what").lower()
        return ("Oh, how lovely!", f"It's worth finding a way back to {what}, even a gentle one; lots of places run "
                "easy-going sessions for older people.", f"What did you love most about {what}?")
    if has(text, PAST_CAREER):
        years = re.search(r"\b((?:\d+|twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|"
                          r"eight|nine))?) years\b", text, re.I)
        lead = f"{cap(years.group(1))} years! " if years else "Oh, how interesting! "
        return (lead + "That's a whole working life.",
                "You must have seen so much, and helped so many people along the way.",
                "What do you remember most fondly?")
    if has(text, r"\b(?:been|was|got) asked to be\b|\basked me to be (?:the|a|their|her|his)\b"):
        return ("What an honour, congratulations!", "Being asked shows how much you mean to them.",
                "How did you feel when they asked?")
    if has(text, MADE_FOR):
        return ("What a lovely thing to make!", "Something made by hand is a gift people treasure for years.",
                "What did you choose for it?")
    if has(text, ON_A_ROLL):
        return ("Love to hear it!", "It's a great feeling when things click like that.", "What's been going so well?")
    if has(text, RETIRED):
        return retired(text)
    if has(text, r"\b(?:sold|selling|leaving|left|moved out of|clearing out|cleared out|handed back the keys (?:to|of))"
                 r"\b[^.!?]{0,30}\b(?:house|home|flat|farm|shop)\b"):
        # the end of a long chapter: not a trophy
        return ("That's a big change.", "After so many years there, it's natural to feel a mix of things, relief and "
                "sadness together.", "How do you feel about leaving it?")
    if has(text, BRAVE_STEP):
        return brave_step()
    if has(text, DEBT_FREE):
        return ("Congratulations, what a milestone!", "All those years of payments, and now it's done.",
                "How are you going to celebrate?")
    if has(text, FIXED_AT_LAST):
        return ("Oh, at last!", "Waiting that long for something you need is wearing; it must be a relief to have it "
                "sorted.", "Is everything back to normal now?")
    if has(text, MONEY_BACK):
        return ("What a relief, and about time too!", "Getting it put right takes a real weight off your mind.",
                "Did it take long to sort out?")
    if has(text, NEW_HOME):
        return ("Congratulations on your new home!", "Getting the keys to a place of your own is such a special "
                "moment, a fresh start.", "What are you most looking forward to about living there?")
    if has(text, RAISED):
        return ("Well done, all of you!", "Money raised like that makes a real difference to people.",
                "How did you raise it?")
    if sit.who.startswith("your ") and sit.who_kind not in ("doctor", "work", "pet") and not has(
            text, r"\bi(?:'ve| have)? (?:just |finally )?(?:passed|won(?!'t)|got|finished|did|made|qualified|graduated"
                  r"|beat)\b"):
        # someone they love did it: the news is theirs, the pride the speaker's
        him = them(sit)
        if has(text, MISSED_AT_IT):  # joy, and someone missing from it
            return (f"That's wonderful news about {sit.who}!", "It's natural to feel the gap of someone missing on a "
                    "day like this; proud and sad can sit side by side.", f"How are you going to celebrate with {him}?")
        if sit.who_kind == "friend":  # a friend's or a neighbour's news: glad for them, not a parent's pride
            return (f"That's wonderful news about {sit.who}!", "Good for them; it's lovely to share in it.",
                    f"Will you get to tell {him} well done?")
        return (f"That's wonderful news about {sit.who}!", f"You have every reason to be proud of {him}.",
                f"How are you going to celebrate with {him}?")
    if has(text, PROUD_OF_MYSELF):
        return ("Well done, and you should be proud!", "It takes courage to do something you've been putting off.",
                "How do you feel now it's done?")
    if has(text, WEIGHT_LOST):
        return ("That's brilliant, well done!", "That takes real determination, week after week.",
                "How are you feeling in yourself?")
    if has(text, HOSTING_SUCCESS):
        return ("That's the best compliment a cook can get!", FEELING_LINE["pride"], "What's your secret?")
    if has(text, r"\b(?:passed|aced|nailed)\b"):
        ack, feel = "Congratulations, you did it!", "All that work paid off, and you have every reason to feel proud."
    elif has(text, r"\bpromot\w+"):
        ack, feel = "Congratulations on the promotion!", "They clearly see what you bring."
    elif has(text, r"\b(?:got|landed) (?:the|a|my|an) (?:job|offer|role|part|internship|apprenticeship|placement|"
                   r"scholarship|contract)|\bhired\b"):
        ack, feel = "Congratulations on the job!", "That's a big step, and you earned it."
    elif has(text, r"\b(?:won|champion\w*|first place)\b"):
        ack, feel = "You won? That's brilliant, congratulations!", "What a feeling that must be."
    elif has(text, r"\bgraduat\w+"):
        ack, feel = "Congratulations, graduate!", "That's years of hard work paying off."
    elif has(text, r"\b(?:accepted|got in)\b"):
        ack, feel = "That's fantastic, congratulations on getting in!", "Your hard work really paid off."
    elif has(text, r"\bfor the first time\b|\bfirst time ever\b|\bnever (?:done|managed) (?:that|it) before\b") and \
            "!" in text:
        ack = "Well done, that's brilliant!"
        feel = "Doing something for the first time, at any age, takes real courage."
    elif sit.how == "meaning" and "!" not in text and not has(text, r"\b(?:finally|been made|made (?:a|an|the)|got my|"
                                                                 r"promoted|awarded)\b"):
        # no achievement words: something that went well, not a trophy
        return ("That's lovely to hear!", "It sounds like it really means something to you.",
                "What do you enjoy most about it?")
    else:
        ack = pick(("That's wonderful, congratulations!", "Well done, that's a real achievement!"), key)
        feel = FEELING_LINE["pride"]
    if has(text, r"\b(?:results?|passed|accepted|" + GOT_INTO + r"|offer|promot\w+|hired|got (?:the|a|my) (?:job|place|"
                 r"part|role)|heard back|letter came)\b"):
        follow = pick(("How are you going to celebrate?", "What was it like when you found out?"), key + "f")
    elif has(text, r"\b(?:on my own|by myself|without (?:any )?help|without (?:my|a) (?:stick|frame|walker)|since "
                   r"(?:the|my) (?:stroke|operation|surgery|fall|accident|hip|knee|op))\b"):
        ack, feel = "That's a real milestone.", "Every step like that back to doing things yourself really counts."
        follow = "How did it feel to do it?"
    else:
        follow = "How are you going to celebrate?"
    return ack, feel, follow


MISSED_AT_IT = (r"\b(?:wish(?:ed)? (?:\w+ ){0,3}(?:had been|could have been|was|were) (?:there|here|alive|with us)"
                r"|(?:wasn'?t|weren'?t) (?:there|here) to see|would have (?:loved|been so proud)|missing (?:from|at)"
                r"|(?:didn'?t|did not|never) (?:come|turn up|show up|bother to come)|stayed away"
                r"|without (?:him|her|my \w+|our \w+) there)")


def _pet_pronoun(text: str) -> str:
    """"she", "he" or "they": how the person speaks of their pet (she/her first)."""
    return "she" if has(text, r"\b(?:she|her)\b") else "he" if has(text, r"\b(?:he|him|his)\b") else "they"


def _family_good(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if sit.who and has(text, r"\b(?:off to|going to|starting|started|got into|got a place at) (?:university|uni|"
                             r"college)\b") and not has(text, r"\b(?:miss|quiet|empty|lonely)\b"):
        return ("How wonderful; you must be so proud!", "It's a big step, and an exciting one.",
                "What are they going to study?")
    if has(text, LOVELY_CHAT) and not has(text, r"\b(?:came|come|popped|dropped) (?:round|over|in|by)\b|\bvisit\w*"):
        return ("How lovely!", "A good chat can lift the whole day.", "What did you talk about?")
    if has(text, VISIT_COMING) and not has(text, VISIT_TIRING):
        return ("How lovely!", "Company to look forward to makes the days in between go faster.",
                "What would you like to do together?")
    if has(text, IN_LABOUR):
        return ("How exciting!", "Waiting for news like that is nerve-racking and wonderful at once.",
                "Have you heard how it's going?")
    if has(text, TAUGHT_ME) and not has(text, r"\b(?:without (?:him|her|them)|miss\w*|died|passed|late)\b"):
        return ("What a lovely thing to share!", "Those are the moments you remember for years.",
                "Did you catch anything?" if has(text, r"\bfish") else "How did you get on?")
    if has(text, PET_BIRTH):
        return ("How exciting!", "New arrivals are such a joy.", "How many are there, and how's the mum doing?")
    if has(text, GOOD_CARER):
        return ("How lovely!", "It makes such a difference when the person who comes in is someone you like.",
                "How long has she been coming?" if has(text, r"\bshe\b") else "What do you like most about them?")
    if has(text, CAME_OUT_WELL):
        return ("That's wonderful; I'm so glad it went well.", "That must be such a relief, after carrying it for so "
                "long.", "How are you feeling now?")
    if has(text, TREAT):
        return ("How lovely!", "It's nice to be spoilt a little, and to have something to look forward to.",
                "Where are you going?")
    if has(text, MISSING_PET) and has(text, PET_BACK):
        verb = {"she": "Is she", "he": "Is he"}.get(_pet_pronoun(text), "Are they")
        return ("Oh, what a relief!", "Those hours of not knowing must have felt endless.",
                f"{verb} none the worse for the adventure?")
    if has(text, MADE_UP):
        return ("Oh, that's wonderful!", "After so long apart, making up takes courage on both sides.",
                "How did it come about?")
    if has(text, NEW_FRIEND):
        return ("That's lovely!", "A new friend can brighten everything.", "What are they like?")
    if has(text, PET_COMPANY):
        sounds = {"she": "She sounds", "he": "He sounds"}.get(_pet_pronoun(text), "They sound")
        return (f"{sounds} like wonderful company.", "A pet can be such a comfort, someone to talk to and care for "
                "every day.", "Do you get to see other people much, too?")
    if has(text, NEW_PET):
        pet = re.search(r"\b(puppy|kitten|dog|cat|rabbit|budgie|bunny|guinea pig)\b", text, re.I)
        name = {"she": "her", "he": "his"}.get(_pet_pronoun(text), "their")
        return (f"Oh, how exciting, a new {pet.group(1).lower() if pet else 'pet'}!",
                "A new pet brings so much life into a home.", f"What's {name} name?")
    if has(text, HEARD_FROM):
        return ("How lovely to hear from them!", "Hearing from someone who's been in your life a long time can "
                "brighten the whole week.", "What did they have to say?")
    if has(text, VISIT) and not has(text, KINDNESS):
        return ("How lovely to have a visitor.", "A cup of tea and a chat can make the whole day.",
                "What did you talk about?")
    if has(text, BIG_BIRTHDAY):
        who = f" to {them(sit)}" if sit.who and them(sit) != "them" else ""
        if has(text, NO_FUSS):
            return (f"Happy birthday{who}! What a milestone.", "A quiet day can be just right.",
                    "Is there one small thing that would make it nice for you?")
        return (f"Happy birthday{who}! What a milestone.", "A day like that is worth celebrating properly.",
                "Are you doing anything special to mark it?")
    if has(text, KINDNESS):  # a kindness someone did them
        pronoun = them(sit)
        if pronoun == "them" and (has(text, r"\bshe\b") != has(text, r"\bhe\b")):  # "my neighbour ... she heard"
            pronoun = "her" if has(text, r"\bshe\b") else "him"
        kind = f"That was so kind of {pronoun}." if sit.who else "How kind!"
        follow = ("Are you feeling any better?" if has(text, r"\b(?:poorly|ill|sick|unwell|under the weather|cold|"
                                                              r"flu|bug|recovering|off colour|hospital|operation)\b")
                  else "That must have brightened your day. What did you say?"
                  if sit.who_kind in ("child", "grandparent", "sibling", "relative", "parent", "partner")
                  else "Kindness like that from a stranger can make the whole day. Where were you off to?"
                  if not sit.who and has(text, r"\b(?:driver|stranger|someone|somebody|a (?:man|woman|lady|gentleman|"
                                               r"young \w+)|the (?:lady|man) (?:at|in|on))\b")
                  and not has(text, r"\b(?:next door|neighbou?r|across the road|over the road)\b")
                  else "That must have brightened your day. Have you known each other long?")
        return kind, "It's lovely to have people around who look out for you.", follow
    if has(text, ANNIVERSARY) and not has(text, MISSED_AT_IT):
        if not has(text, r"\b(?:anniversary|golden|ruby|silver|diamond|pearl)\b"):  # a long marriage, told
            friends = has(text, r"\b(?:best friend|still (?:in love|love)|soulmate)\b")
            return ("That's beautiful.", "So many years together, and still best friends: that's something really "
                    "special." if friends else "So many years together is something really special.",
                    "What do you think the secret is?")
        if not has(text, r"\b(?:golden|ruby|silver|diamond|pearl|\w+tieth|\d+(?:st|nd|rd|th)|years)\b"):
            follow = ("Where are you going?" if has(text, r"\b(?:cruise|trip|holiday|away|booked)\b")
                      else "How are you going to celebrate?")
            return ("Happy anniversary!", "Time together like that is something to treasure.", follow)
        return ("Congratulations, what a milestone!", "A marriage that long is something to be really proud of.",
                "How are you going to celebrate?")
    if has(text, MISSED_AT_IT):  # joy and grief on the same day: both are met
        return ("What a special day for your family.",
                "It's natural to feel the gap of someone missing on a day like that; happy and sad can sit side "
                "by side.", "What was the moment you'll remember most?")
    if has(text, r"\b(?:got|was|were) married\b|\bmarried (?:on|last|at|in)\b|\bwedding (?:was|went)\b|\b(?:danced|"
                 r"was|were|went|spoke|cried|sang|gave a speech|saw|watched|had|enjoyed|loved|met|wore) "
                 r"(?:\w+ ){0,4}at (?:her|his|their|the|my \w+'s) "
                 r"wedding\b") and not \
            has(text, r"\bgetting married|going to (?:get )?marr|will (?:be )?marr|(?:is|are) marrying\b"):
        ack, feel = "Congratulations to them, what a special day!", "A family wedding is something you treasure."
        return ack, feel, "What was the best moment of the day?"
    if has(text, r"\bfirst (?:steps|words?|tooth)\b"):
        return ("Oh, that's such a special moment!", "Those firsts are something you never forget.",
                "Did you manage to catch it on camera?")
    if has(text, r"\b(?:baby|pregnant|born|expecting|twins|great-?grand\w*|(?:be|becoming) a (?:grand\w+|dad|mum|mom|"
                 r"father|mother|parent)|new grand\w+|"
                 r"grand(?:child|son|daughter|baby) (?:is|was) born|puppies|kittens)\b"):
        ack, feel = "What wonderful news, congratulations!", ("Two new little ones at once: double the joy!"
                                                             if has(text, r"\btwins\b") else
                                                             "A new little one in the family is such a joy.")
        follow = "How is everyone taking the news?"
    elif has(text, r"\b(?:walk (?:her|him|me) down the aisle|give (?:her|him) away|(?:be|as) (?:the |a |her |his )?"
                   r"(?:best man|bridesmaid|maid of honou?r|page ?boy|flower girl))\b"):
        ack = "Oh, how wonderful, what an honour to be asked!"
        feel = "That's a moment you'll both remember for the rest of your lives."
        follow = "How did you feel when they asked you?"
    elif has(text, r"\b(?:i'?m|i am|we'?re|we are|i'?ve|we'?ve|i|we) (?:just |finally )?(?:getting married|got "
                   r"engaged|been engaged|engaged)\b"):
        ack, feel = "Congratulations, how wonderful!", "Love at any age is something to celebrate."
        follow = "Tell me about them! How did you meet?"
    elif has(text, r"\b(?:engaged|married|wedding)\b") or has(text, PROPOSAL):
        ack = "Oh, how exciting, congratulations to them!"
        feel = ("A wedding is something to look forward to." if sit.who_kind in ("friend", "work") else
                "A wedding in the family is something to look forward to.")
        follow = "When is the big day?"
    elif has(text, r"\bfirst steps|first word"):
        ack, feel = "Oh, that's such a special moment!", "Those firsts are something you never forget."
        follow = "Did you manage to catch it on camera?"
    elif has(text, r"\b(?:finished|done up|decorated|made up|got ready|sorted out|painted)\b[^.!?]{0,40}\bfor "
                   r"(?:when )?(?:the )?(?:grandkids|grandchildren|kids|family|visitors|guests)\b"):
        ack, feel = "Well done, that's a lovely thing to do!", "They're going to feel so welcome."
        follow = "When are they coming?"
    elif has(text, r"\b(?:will|going to|next|coming|tomorrow|soon|can't wait)\b"):
        ack, feel = "That's lovely news!", "It's so good to have family moments to look forward to."
        follow = "What are you most looking forward to?"
    else:
        who = f" about {sit.who}" if sit.who else ""
        ack = pick((f"That's lovely news{who}!", "Oh, that's wonderful to hear!"), key)
        feel = "Moments like that with the people we love mean so much."
        follow = pick(("How did it feel?", "Tell me more, what happened?"), key + "f")
    return ack, feel, follow


def _danger(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, LOST_WHERE):
        return ("It's frightening not knowing where you are. Take a slow breath; you're not alone, I'm here.",
                "If you're out, ask someone nearby, like a shop or a bus driver, to help, or ring someone you know. If "
                "you're indoors, a member of staff or a neighbour can help.", "What can you see around you?")
    if has(text, NIGHT_FEAR) and not has(text, AFTER_CRIME):
        return ("Nights on your own can feel long and frightening.", "A lamp left on, your phone by the bed and a "
                "pendant alarm, so help is a press away, can make a real difference.",
                "Is it noises that frighten you, or being on your own?")
    if has(text, THINK_TAKEN):
        if has(text, r"\b(?:carer|cleaner|care worker|helper|nurse)\b"):
            return ("That must be an awful thought.", "If it's still missing after a good look, please tell the care "
                    "agency's manager, so it can be looked into properly; you won't get into trouble for asking.",
                    "Is anything else missing?")
        return ("That's upsetting.", "It's worth one more careful look, as things do turn up; if it's really gone, "
                "cancel any cards straight away and report it.", "When did you last have it?")
    if has(text, NOISES_IN_HOUSE):
        return ("That must be unsettling, lying there listening.", "If you ever think someone is in the house, stay "
                "where you are, keep your phone with you and call the police straight away.",
                "Otherwise it may be the pipes or the heating; could someone come and check with you in daylight?")
    """A danger the concern check did not raise (a past one, or one told indirectly)."""
    if has(text, AFTER_CRIME) and has(text, r"\b(?:go(?:ing)? out|leave the (?:house|flat)|go to the shops|walk\w*)\b"):
        return ("That's a very natural reaction.", "It can knock your confidence for a long time. Going out at busy "
                "times, with someone at first, helps you get it back step by step, and victim support services are "
                "there to talk it through.", "Is there someone who could go out with you for a while?")
    if has(text, AFTER_CRIME):
        return ("That's a very natural reaction.", "Something like that can shake your sense of safety at home for a "
                "long time; a lamp on a timer or a plug-in night light can help, and victim support services are "
                "there to talk it through.", "Is there someone who could stay with you, or check in, for a while?")
    if has(text, r"\b(?:was|got|been|were) (?:mugged|attacked|robbed|assaulted|burgled|broken into)\b|"
                 r"\b(?:mugged|attacked|robbed|burgled) me\b|\bbroke into\b"):
        return ("I'm so sorry that happened to you; that's a horrible shock.",
                "Something like that can leave you shaken for a long time, and that's a normal reaction.",
                "Are you hurt, and have you been able to tell the police?")
    if has(text, WATER_LEAK) and has(text, r"\b(?:rain\w*|storm|river|flood water|drains?)\b"):
        return ("Oh no, what a mess to deal with.", "Keep well away from any electrics near the water, and only switch "
                "the power off at the fuse box if it's dry where you stand. Move what you can up off the floor.",
                "Then ring your landlord or insurer; is anyone there who can help you?")
    if has(text, WATER_LEAK):
        return ("Oh no! If you can, turn the water off at the stopcock and keep well away from any electrics near the "
                "water.", "Then ring a plumber, or your landlord or insurer; it's exactly what they're there for.",
                "Is anyone there who can help you?")
    if has(text, BAD_WEATHER):
        return ("Storms and bad weather can be really unsettling, especially on your own.",
                "It helps to be ready: a torch, your phone charged, warm layers and enough food and medicine in.",
                "Is there someone you could ring if the power goes off or you feel worried?")
    return ("That sounds frightening.", "Feeling unsafe is exhausting, and you shouldn't have to put up with it.",
            "Is there someone you can tell, like the police or someone you trust?")


def _family_worry(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    who = sit.who or "someone you love"
    if has(text, ASKS_FOR_PARENT):
        mum = "mum" if has(text, r"\b(?:mother|mum|mom|mummy)\b") else "dad"
        her = "her" if mum == "mum" else "him"
        return (f"You're wondering where your {mum} is.", "If you're worried, we could ask someone here, or try "
                "ringing. I'm here with you "
                "meanwhile.", f"Tell me about {her}; what's {her.replace('him', 'he').replace('her', 'she')} like?")
    if has(text, OTHER_WITHDRAWN):
        return ("That must be worrying, and lonely for you too.", "Losing interest in going out can be a sign of low "
                "mood or a health problem, and it's worth mentioning to the doctor; a gentle word often helps more "
                "than pushing.", "Do you know what's changed?")
    if has(text, DEMENTIA_ASKS):
        return ("That's so hard to hear, every time.", "Gently going along with it often comforts more than "
                "correcting: 'she's not here just now, tell me about her'. Correcting can make them grieve all over "
                "again.", "How are you coping with it yourself?")
    if has(text, THEIR_FEAR):
        child = they(sit) if sit.who else "they"
        return ("Lots of children feel like that.", "Telling the staff beforehand helps; they're used to nervous "
                "little ones. A calm voice from you, a small reward afterwards and a favourite toy to hold can make "
                "it much easier.", f"What is {child} most worried about?" if child in ("he", "she") else
                "What are they most worried about?")
    if has(text, DEPLOYED):
        return ("That's such a worry for a parent.", "It's natural to feel frightened; keeping in touch when you "
                "can, and the support services for forces families, can help while they're away.",
                "How are you holding up?")
    if has(text, EATING_DISORDER):
        return ("That's so frightening to watch.", "An eating disorder is a serious illness, and getting worse means "
                "the doctor or the eating disorder team should know soon; eating disorder charities run helplines for "
                "families too. If they're faint, very weak or their heart races, get urgent help.",
                "How are you coping with it yourself?")
    if has(text, PET_DIAGNOSIS):
        one = _pet_pronoun(text)
        return ("I'm sorry; that's worrying news.", "Many pets live well for a good while with treatment and the right "
                "food, and the vet can tell you what to watch for.",
                {"she": "How is she in herself?", "he": "How is he in himself?"}.get(
                    one, "How are they in themselves?"))
    if has(text, DREAD_LOSING):
        one = re.search(r"\bwithout (him|her)\b", text, re.I)
        they_, have = {"him": ("He", "he's"), "her": ("She", "she's")}.get(one.group(1).lower() if one else "",
                                                                           ("They", "they've"))
        return (f"{they_} {'means' if they_ != 'They' else 'mean'} the world to you, that's clear.",
                f"Whatever happens, {have} had so much love from you. Try to take it one day at a time, and enjoy "
                "the time you have together.", "Is there someone you can lean on too?")
    if has(text, PET_ATTACKED):
        pet = re.search(r"\b(?:my|our) (?:\w+ )?(cat|dog|puppy|kitten|rabbit|pet|chickens?|guinea pig)\b",
                        text, re.I)
        what = pet.group(1).lower() if pet else "pet"
        owner = ("Foxes come back, so make sure they're shut in securely at night." if has(text, r"\bfox") else
                 "Then it's worth telling the owner, and the council's dog warden if it happens again.")
        return (f"Oh no, {'are' if what.endswith('s') else 'is'} your {what} alright?", "Please get them checked by a "
                f"vet today, even if the wounds look small; bites often get infected. {owner}", "How are they now?")
    if has(text, OTHER_SKIPS_MEDS):
        one = they(sit) if sit.who else "they"
        return ("That's a real worry.", "A pill organiser with the days on it, an alarm at the same time each day, or "
                "blister packs from the pharmacist can all help; if the forgetting is new, it's worth mentioning to "
                "the doctor.", f"Does {one} mind being reminded?" if one in ("he", "she") else
                "Do they mind being reminded?")
    if has(text, OTHER_EXPLOITED):
        return others_exploited()
    if has(text, VERBAL_AT_OTHER):
        return watching_abuse(text)
    if has(text, r"\b(?:got|get|gets|getting|been|is|was|in) (?:into |in )?(?:trouble|a fight|fights)\b|\b(?:suspended|"
                 r"excluded|expelled)\b") and sit.who_kind != "pet":
        return ("That's worrying to hear.", "Children sometimes act out when something else is going on, at school or "
                "at home, and a calm word from someone they love can help.", "Do you know what happened?")
    if has(text, OTHERS_DIVORCE):
        one = they(sit) if sit.who else "they"
        return ("It's so hard watching someone you love go through that.", "Being there and listening, without "
                "taking sides, helps more than you'd think, and you can be a steady place for any grandchildren.",
                f"How {'is' if one in ('he', 'she') else 'are'} {one} coping?")
    if has(text, PUSHED_INTO_CARE):
        asker = them(sit) if sit.who else "them"
        return ("That's a big thing to be asked, and it's your life: your wishes matter here.",
                f"It may help to tell {asker} what worries you about moving, and to ask what's worrying {asker}; "
                "sometimes more help at home is an answer for both of you.",
                "What is it about moving that you don't want?" if has(text, r"\b(?:don'?t|do not|won'?t|never) "
                r"(?:want|wish|go|leave)\b") else "How do you feel about it yourself?")
    if has(text, PARENTS_SPLIT):
        return ("I'm sorry; that's a big change, whatever your age.", "It can stir up all sorts of feelings, and "
                "none of it is your fault.", "How are you feeling about it?")
    if has(text, IN_SURGERY_NOW):
        return surgery_wait()
    if has(text, NO_NEWS_YET):
        return ("Waiting without news is so hard.", "I can't see what's happening in there, but the staff at the desk "
                "can check for you; a long wait often just means they're being thorough.",
                "Would you like to ask them?")
    if has(text, OTHERS_EXAMS):
        return ("Exam stress is hard to watch.", f"Breaks, sleep and proper meals help more than cramming, and "
                f"hearing that you're proud of {them(sit)} whatever happens takes some pressure off.",
                f"How is {they(sit)} sleeping?" if they(sit) != "they" else "How are they sleeping?")
    if has(text, BULLIED_ONLINE):
        return ("That's horrible, and so worrying.", "Keep screenshots of what's been said, block and report the "
                "accounts, and let the school know; they can act even when it happens online.",
                f"How is {they(sit)} coping?" if they(sit) != "they" else "How are they coping?")
    if has(text, OTHER_FELL):
        kin = re.search(r"\b(" + "|".join(_PRONOUN) + r")\b", text, re.I)
        him = _PRONOUN.get(kin.group(1).lower(), "them") if kin else them(sit)
        he = {"him": "he's", "her": "she's"}.get(him, "they're")
        return ("Oh no, that's worrying news to get.", "Falls can shake people up even when they're not badly hurt.",
                f"Did they say whether {he} hurt, or if a doctor is checking {him} over?")
    if has(text, KEEPS_FALLING):
        trusts = "trust" if they(sit) == "they" else "trusts"
        resists = ("Lots of people resist a frame or a stick because it feels like giving in. " if has(
            text, r"\b(?:won'?t|refuses? to|doesn'?t) use\b") else "")
        return ("That's so worrying.", resists + "A "
                "doctor can look for the cause of the falls and refer to a falls service, and an occupational "
                "therapist can suggest aids that don't feel like a defeat.",
                f"Would {they(sit)} listen to the doctor, or someone else {they(sit)} {trusts}?")
    if has(text, NEIGHBOUR_UNSEEN):
        return ("That's worth checking on, and it's kind of you to notice.", "Could you knock on the door, or ask "
                "someone who has a key? If there's no answer and you're worried, ring the police: they can check "
                "that everyone's safe.", "Do you know if anyone else keeps an eye on them?")
    if has(text, ARRESTED):
        they_ = they(sit)
        has_ = "have" if they_ == "they" else "has"
        return ("That must have been such a shock.", f"It's natural to feel frightened for {them(sit)}. Whatever "
                f"happened, {they_} {has_} the right to a lawyer, and the police can tell you where {they_} "
                f"{'are' if they_ == 'they' else 'is'} being held.", "Do you know yet what it's about?")
    if has(text, OLD_PET):
        return ("It's so hard watching a much-loved companion grow old.", "The time you have now is precious; "
                "making it gentle and happy for them is the best thing you can give.",
                "What do they still love doing?")
    if sit.who_kind == "pet" and not has(text, MISSING_PET):  # unwell (a pet that died is a loss)
        him = {"him": "him", "her": "her"}.get(them(sit), "them") if sit.who_word not in ("dog", "cat") else (
            "him" if has(text, r"\b(?:he|him|his)\b") else "her" if has(text, r"\b(?:she|her)\b") else "them")
        if has(text, r"\b(?:operation|surgery|an op)\b"):
            return ("Oh no, poor thing, and what a worry.", "Operations are hard on pets and on the people who love "
                    "them, and the bill doesn't help.",
                    {"him": "How is he recovering?", "her": "How is she recovering?"}.get(
                        him, "How are they recovering?"))
        vet = has(text, r"\bvets?\b")
        return ("Oh no, poor thing.", "It's so worrying when they're unwell and can't tell you what's wrong." + (
            " I hope the vet can get to the bottom of it soon." if vet else ""),
            f"How long have you had {him}?" if vet else f"Have you been able to get {him} to the vet?")
    if sit.who_kind == "pet":  # missing (a pet that died is a loss)
        return (f"Oh no, that's so worrying; not knowing where {who} is must be awful.",
                "Lots of pets do find their way home, but every day of waiting is hard.",
                "Have you been able to ask the neighbours or put up notices?")
    if has(text, NEURODIVERSE):
        return neurodiverse(text)
    if has(text, WANDERING):
        return ("That's so frightening, night after night, and watching dementia change someone you love is a grief "
                "while they're still here.", "Door alarms, a simple GPS tracker and the memory service or social "
                "services can all help; you shouldn't have to carry this on your own.",
                "Is anyone helping you at the moment?")
    if has(text, MOVING_BACK):
        return ("That's a big change for "
                "everyone.", "It's lovely to be able to help, and it's a lot too, with feelings "
                "about the divorce on top.", "How are you feeling about having them all home?")
    if has(text, OFF_FOOD):
        return ("That's worrying.", "Appetite can drop for lots of reasons, low mood, tablets or a sore mouth, so "
                "it's worth a doctor taking a look.", f"Have you noticed anything else different about {them(sit)}?")
    if has(text, NURSERY_TROUBLE):
        return ("That's a hard call to "
                "get.", "Biting and hitting are really common at that age; it's usually frustration "
                "without the words for it yet, and it passes.", "Did the nursery say how they're handling it?")
    if has(text, MANY_CALLS):
        return ("That sounds wearing.", "Calls like that can be a sign someone is anxious, lonely or more muddled "
                "than they let on.", f"Have you been able to ask {them(sit)} what's behind it?")
    if has(text, WITHDRAWN):
        return ("That sounds worrying.", "When someone withdraws like that, they may be struggling with something they "
                "can't put into words yet. Gentle time together, without a lot of questions, often helps; if it goes "
                "on for weeks, it's worth talking to a doctor.", "Has anything changed for them lately?")
    if has(text, SORRY_FROM_PRISON):
        return ("That must have stirred up a lot of feelings.",
                "Hearing sorry can mean a great deal, even when things are complicated.",
                f"How did it feel to hear from {them(sit)}?")
    if has(text, OTHERS_JOB_LOSS):
        subject = they(sit)
        return (f"I'm sorry, that's a real blow for {them(sit)}.", "Worrying about your family, however old they "
                "are, never really stops.", f"How {'are' if subject == 'they' else 'is'} {subject} coping?")
    if has(text, NOT_RECOGNISED):
        return ("Oh, that's heartbreaking.",
                "When someone you love doesn't know you, it can feel like grieving someone who is still here. Your "
                "being there still matters, even when it doesn't show.",
                "Do you have someone supporting you through this?")
    if has(text, r"\b(?:struggl\w+|bulli\w+|picked on|won'?t talk|hasn'?t (?:come out|eaten|spoken)|drinking)\b"):
        ack = f"That sounds really worrying. It's hard to see {who} struggling."
    else:
        ack = f"That sounds really worrying; you clearly care a lot about {who}."
    if has(text, r"\bbulli\w*"):
        feel = "No child deserves that, and it's natural to feel protective."
        follow = "Have you been able to talk to the school about it?"
    elif has(text, r"\bforgetful|memory|confused\b"):
        feel = "Watching a parent change like that brings a lot of worry, and sometimes grief too."
        follow = "Has a doctor had a look at it yet?"
    else:
        feel = "Caring this much about family can be exhausting."
        follow = f"Have you been able to talk with {them(sit)} about it?" if sit.who else "Who else knows about it?"
    return ack, feel, follow


def bittersweet_move() -> tuple[str, str, str]:
    return ("A move like that is a big step.",
            "It's okay if it feels bittersweet; leaving a home means leaving a lot of memories too.",
            "How do you feel about leaving your home?")


def _plans(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, JOURNEY_WORRY):
        return ("A long journey can be a lot.", "Could someone drive you or travel with you, with rests planned on the "
                "way? Trains and airports can book assistance too, so someone meets you.",
                "How would you get there?")
    if has(text, MOVING_AWAY_FROM):
        return ("That's the hard part of good news.", "It's natural to feel torn; regular calls and visits planned "
                "ahead keep people close, even from a distance.", "How do they feel about it?")
    if has(text, VISIT_TIRING):
        return ("It's lovely they're coming, and it's okay to find it tiring "
                "too.", "Could someone else do the cooking, "
                "or could you plan a quiet hour for yourself while they're there?", "How long are they staying?")
    if has(text, r"\b(?:made|written|wrote|changed|updated|sorted) (?:out )?my will\b"):
        return ("Well done; that's a weight off your mind.", "It's one of those jobs everyone puts off, and now it's "
                "done the way you want.", "How does it feel to have it sorted?")
    if has(text, WILL_DECIDED):
        return ("That's a thoughtful thing to settle.", "It's worth having it written properly in your will, so it "
                "happens as you want; a solicitor can make sure.", "What made you choose it?")
    if has(text, INVITED_ALONE):
        wedding = has(text, r"\bwedding\b")
        return ("It's lovely to be asked, and natural to feel nervous when you won't know anyone.",
                ("You could ask the couple to seat you with someone friendly, or take someone along; people at "
                 "weddings are usually glad to chat." if wedding else "You could ask the host to introduce you to "
                 "someone, or take someone along; people are usually glad to chat."),
                "Who's getting married?" if wedding else "Are you looking forward to it at all?")
    if has(text, WRITING_TO):
        return ("What a lovely idea; they'll be so pleased to hear from you.", "You could start with a memory you "
                "share, tell them a little about your life now, and say you've been thinking of them.",
                "What do you remember best about them?")
    if has(text, GROUP_NEARBY):
        return ("That sounds like a lovely place to start!", "Groups like that are often full of people glad of new "
                "company, and you only need to go once to see.", "Would you give it a try?")
    if has(text, r"\b(?:trip|travel\w*|holiday|vacation|visit\w*|flying|off to see|going to see|go and see)\b") or \
            re.search(r"\b(?:to|in) (?!I\b)[A-Z][a-z]+", text):
        ack, feel = "Oh, that sounds exciting!", "A trip to look forward to can brighten everything."
        follow = "What are you most looking forward to there?"
    elif has(text, r"\b(?:learn\w*|class|course|lessons?|start\w* (?:a|to))\b"):
        ack, feel = "What a great idea!", "Learning something new is a gift to yourself."
        follow = "What made you want to try it?"
    elif has(text, r"\b(?:film|movie|cinema|series|episode)\b"):
        ack, feel = "Ooh, I can hear how excited you are!", "A film you've been waiting for is such a treat."
        follow = "Are you going to see it on the big screen?"
    elif has(text, r"\b(?:concert|gig|festival)\b"):
        ack, feel = "That sounds like a great night out!", "Live music with friends is hard to beat."
        follow = "Who are you most looking forward to seeing?"
    elif has(text, r"\b(?:dog|cat|puppy|kitten|pet|rabbit)\b"):
        ack, feel = "Oh, what a nice plan!", "A pet can bring so much company and routine into a home."
        follow = "What kind are you thinking of?"
    elif has(text, r"\bmov(?:e|ing)\b") and has(text, r"\b(?:smaller|downsiz\w*|for the best|i suppose|have to|"
                                                   r"had to|a home|care home|sheltered)\b") and not has(
            text, r"\b(?:excited|can'?t wait|looking forward|thrilled|delighted)\b"):
        return bittersweet_move()
    elif has(text, r"\bmov(?:e|ing)\b") and has(text, r"\bmiss\w*\b"):
        ack, feel = "A move is a big step, and it's exciting!", ("It's natural to feel sad about leaving people "
                                                                  "behind too; good friends stay friends with a "
                                                                  "few calls and visits.")
        follow = "What will you miss most?"
    elif has(text, r"\bmov(?:e|ing)\b"):
        ack, feel = "A move is a big step!", "It's exciting, and a lot of work at the same time."
        follow = "What are you looking forward to most about the new place?"
    else:
        ack, feel = "That sounds really nice.", "It's good to have something to look forward to."
        follow = "What are you most excited about?"
    return ack, feel, follow


def _gratitude(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    return (pick(("You're very welcome.", "Anytime, really."), key), "I'm glad I could be here for you.",
            "How are you feeling now?")


BUILDERS = {
    "bereavement": _loss, "pet_loss": _loss, "job_loss": _job_loss, "breakup": _breakup, "loneliness": _loneliness,
    "rejection": _rejection, "setback": _setback, "danger": _danger, "regret": _regret, "illness": _illness,
    "health_good": _health_good,
    "conflict": _conflict, "pressure": _pressure, "money": _money, "achievement": _achievement,
    "family_good": _family_good, "family_worry": _family_worry, "plans": _plans, "gratitude": _gratitude,
}


def situation_reply(sit: Situation, text: str, key: str) -> tuple[str, str, str] | None:
    """(acknowledgement, feeling sentence, follow-up question), or None when the event has no own words."""
    builder = BUILDERS.get(sit.event)
    return builder(sit, text, key) if builder else None


# -- the same situation, a turn later -----------------------------------------------------------------

_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|twenty|\w+ty(?:[- ]\w+)?)"


def going_on(sit: Situation, text: str) -> str:
    """A reply that goes on with what was said a turn ago instead of saying it again ("" when nothing
    specific fits)."""
    loss = sit.event in ("bereavement", "pet_loss")
    if has(text, BRAVE_STEP) and not has(text, r"\b(?:not|never|n't)\b"):
        return " ".join(brave_step())
    if has(text, FEAR_AGAIN):
        return " ".join(fear_again())
    if has(text, r"^\W*(?:maybe|perhaps|i think|i suppose)?\s*(?:she|he|they)(?:'s| is|'re| are) right\b"):
        return ("I don't think so. Words said in the heat of the moment hurt, but they aren't the truth about you. "
                "What happened before it was said?")
    years = re.search(r"\b(?:was|were|had (?:him|her|them) for|(?:he|she) was) "
                      r"(" + _NUMBER_WORD + r")(?: years?(?: old)?)?\b",
                      text, re.I)
    if loss and years:
        subject = _pet_pronoun(text)
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
    if sit.polarity > 0:
        options = ["That sounds wonderful. Tell me more!", "I'm so pleased for you. What happened next?"]
    else:
        options = ["That makes sense. I'm here, and there's no rush. What's been the hardest part?",
                   "I hear you. Take your time; what else has been on your mind?",
                   "Thank you for telling me more. How are you feeling right now, as we talk?"]
        if sit.event in ("bereavement", "pet_loss") and sit.who:
            options.insert(0, f"Of course it still hurts; losing {sit.who} is a real loss, and there's no rush to "
                              "feel any different. What do you miss most?")
    fresh = [o for o in options if not any(o[:40] in before for before in said)]
    return (fresh or options)[0]


# -- good news told with a worry ---------------------------------------------------------------------

def mixed_reply(sit: Situation, text: str, key: str, worried: bool) -> str:
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
    missing = re.search(MISSING_FROM_IT, text, re.I)
    if missing and not has(text, r"\b(?:scared|worried|nervous|anxious|frightened)\b"):
        named = re.search(r"\b(?:him|her|my \w+|[A-Z]\w+)\b", missing.group(0)[4:])
        one = named.group(0) if named and named.group(0) != "I" else "them"
        about = {"him": "him", "her": "her"}.get(one, "them" if one == "them" else one)
        lead = "Well done!" if sit.event == "achievement" else "That sounds like a lovely moment."
        return (f"{lead} And it's natural that it wasn't quite the same without {one}; the good moments are often "
                f"when we miss people most. Would you like to tell me about {about}?")
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
    if has(text, r"\bgood enough|not (?:smart|good|ready) enough|live up|fail|mess (?:it )?up|out of my depth"):
        worry = ("And feeling scared you won't be good enough is really common when something matters this much; "
                 "they chose you for a reason.")
        follow = "What part of it feels most daunting?"
    elif worried:
        worry = "And it's completely normal to feel nervous too; big changes bring both at once."
        follow = "What worries you most about what's ahead?"
    else:
        worry = "It's okay if part of you feels sad about it too; good changes can still mean letting something go."
        follow = "What will you miss?"
    return f"{news} {worry} {follow}"
