"""Replies to setbacks, regrets, illness and good health news (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    CHECK_SOON,
    FEAR_AGAIN,
    FEELING_LINE,
    LOST_ROLE,
    NEURODIVERSE,
    RECURRED,
    aches_flaring,
    cap,
    dizzy_on_standing,
    driving_lost,
    fear_again,
    first_said,
    has,
    hearing_loss,
    lost_ability,
    miss_work,
    neurodiverse,
    pick,
    surgery_wait,
    their,
    them,
    they,
    treatment_nerves,
    tremor,
)
from emoomni_ros.reasoning.situation import OPERATION, Situation
from emoomni_ros.reasoning.word_rules import (
    ACHES_FLARING,
    AFTER_BABY,
    ALARM_CHIRP,
    APPETITE_GONE,
    ASKS_IF_NORMAL,
    ASLEEP_AT_WHEEL,
    BACK_FROM_HOSPITAL,
    BOILER_NOISE,
    BROKEN_AID,
    CALLED_BACK,
    CARE_GUILT,
    CARER_LANGUAGE,
    CATHETER,
    CHEMO_HAIR,
    CHRONIC_PAIN,
    CONTINENCE,
    DAYTIME_DOZING,
    DEMENTIA_FEAR,
    DIABETES_NEW,
    DIAGNOSED_WITH,
    DIAGNOSIS_AT_LAST,
    DISCHARGED_ALONE,
    DIZZY_STANDING,
    DOCTOR_RANG,
    DRIVING_GIVEN_UP,
    END_NEAR,
    END_OF_LIFE_CARE,
    FAILING_AS,
    FALL_UNTOLD,
    FEAR_OF_FALLING,
    FEARED,
    FEARED_RETURN,
    FIT_AND_WELL,
    FORGET_LOCKING,
    FORGOT_EATING,
    HARD_ALONE,
    HEALTH_IMPROVED,
    HEARING_LOSS,
    HELP_GUILT,
    HELP_NOT_WORKING,
    HELP_WORKING,
    HOME_FROM_HOSPITAL,
    HOME_SOON,
    HOSPICE_OFFERED,
    HOSPITAL_BUGS,
    HOSPITAL_FEAR,
    HOSPITAL_STAY,
    HOSPITALISED,
    IN_SURGERY_NOW,
    INJURY,
    IS_IT_NORMAL,
    JAB,
    JUST_A_BRUISE,
    JUST_MINOR,
    KEEP_FORGETTING,
    KITCHEN_CUT,
    LIFE_SUPPORT_END,
    LITERACY,
    LOST_ABILITY,
    LOST_ITEM,
    LOW_SINCE_ILLNESS,
    MAYBE_PREGNANT,
    MEMORY_RESULT,
    MEMORY_WORRY,
    MINOR_ILLNESS,
    MISHAP,
    MISS_WORK,
    MISSED_APPOINTMENT,
    MOBILITY_BACK,
    MYSELF_AGAIN,
    NEVER_AGAIN,
    NEW_AID,
    NO_HEATING,
    NO_INHALER,
    NO_SLEEP,
    NOT_EXPLAINED,
    NOT_LONG_LEFT,
    NOT_SERIOUS,
    NOT_UNDERSTOOD,
    ON_THE_LIST,
    OP_BOOKED,
    OTHER_SOBER,
    PAIN_LIMITS,
    PASSED_OVER,
    PILLS_HARD,
    POSTOP_PAIN,
    POWER_CUT,
    PROGRESS_TOLD,
    RASH,
    RECOVERY_MILESTONE,
    RELAPSE,
    RELIEF_SAID,
    RESULTS_BAD,
    RESULTS_SOON,
    SAID_SOMETHING_SILLY,
    SAME_AGAIN,
    SAW_DOCTOR,
    SERIOUS_DIAGNOSIS,
    SHINGLES,
    SIDE_EFFECTS,
    SIGHT_LOSS_NEWS,
    SMALL_PRINT,
    STUCK_IN,
    SWOLLEN,
    TECH_DEAD,
    TEETH_OUT,
    THINGS_DEAD,
    TIRED_ALWAYS,
    TREATMENT_START,
    TREMOR,
    TRIP_OFF_ILL,
    TURNED_DOWN,
    UNSURE_MEDS,
    UNSURE_PREGNANCY,
    VERTIGO,
    WAITING_LIST,
    WILL_BE_OK,
    WONT_SEE_DOCTOR,
    WONT_TALK_ABOUT,
    WORN_OUT_STAIRS,
    WORSE_NEWS,
    WRONG_MEDS,
)


def _setback(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    if has(text, PASSED_OVER):
        again = has(text, r"\b(?:again|another|second|third|every time)\b")
        return ("That's really disappointing" + (", especially again." if again else "."),
                "Being passed over can leave you feeling invisible at work; it's fair to ask for honest feedback on "
                "what they'd want to see, and whether there's a real path for you there.",
                "How are you feeling about staying?")
    if has(text, DRIVING_GIVEN_UP):
        return driving_lost()
    if has(text, TURNED_DOWN):
        return ("Oh, that's so disappointing, especially when you'd set your heart on it.", "It's natural to feel "
                "knocked back; it's worth asking why, as it's often something that can be put right next time.",
                "Is there anything else coming up you could try for?")
    if has(text, TRIP_OFF_ILL):
        self_ill = has(text, r"\b(?:i'?m|i am|i was|i've been|i have been|i got|my) (?:not well|unwell|ill|poorly|sick|"
                             r"health|in hospital)\b")
        he = "you" if self_ill else next((p for words, p in ((r"\b(?:husband|son|dad|father|brother|grandson|he|his)\b",
                                                              "he"), (r"\b(?:wife|daughter|mum|mom|mother|sister|"
                                                                      r"granddaughter|she|her)\b", "she"))
                                          if has(text, words)), "they")
        return ("Oh, that's such a shame, after looking forward to it.", "It's natural to feel disappointed and "
                "worried at the same time; health comes first, but it's still a real loss. Travel insurance often "
                "covers a trip cancelled for illness, so it's worth a call.",
                "How are you feeling now?" if he == "you" else f"How {'are' if he == 'they' else 'is'} {he} doing?")
    if has(text, ALARM_CHIRP):
        return ("That beeping drives anyone mad.", "A single chirp every minute or so usually means the battery is "
                "low. Please don't climb up to it: ask a neighbour or family member, and the fire service often fits "
                "or checks alarms for free. If it ever sounds non-stop or you smell smoke, get out and call the "
                "emergency number.", "Is there someone nearby who could pop round to change it?")
    if has(text, BOILER_NOISE):
        return ("That's unsettling, but it's usually a sign it needs a service rather than anything dangerous.",
                "Banging is often low water pressure or limescale: check the pressure gauge on the front, and ask a "
                "registered gas engineer or your landlord to look at it. If you ever smell gas or the carbon monoxide "
                "alarm goes off, turn the gas off, open the windows, get out and ring the gas emergency line.",
                "Is it still heating the house?")
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
    if has(text, LITERACY) and not has(text, r"\b(?:glasses|eyes|sight|print|small|writing on)\b"):
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
    if has(text, MISHAP) and has(text, r"\b(?:coming|arriv\w*|due|guests|visitors|here) (?:at|in|for|soon|any)\b"):
        return ("Oh no, and with people on the way!", "There's still time: a simple plan B, or a shop-bought one, will "
                "do nicely, and they're coming to see you, not the food.", "What have you got in that you could use?")
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
    if has(text, BROKEN_AID) and has(text, r"\bhearing aids?\b"):
        return ("Oh no, that's so isolating, when you suddenly can't follow what's said around you.",
                ("The audiology clinic" if has(text, r"\bbatter(?:y|ies)\b") else "Often it's just the battery or "
                 "a blocked tube, and the audiology clinic") + " that fitted it can usually repair or replace it "
                "quickly.", "Is there someone who could ring them for you?")
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
    if has(text, SAID_SOMETHING_SILLY):
        return ("Oh, that feeling afterwards is horrible.", "Most people are far too busy worrying about what they "
                "said themselves to remember what you did; if it still bothers you, a light word next time usually "
                "clears it.", "What did you say?")
    if has(text, HELP_GUILT):
        return ("There's nothing to feel guilty about.", "Getting help with the heavy jobs saves your energy for the "
                "things you enjoy; lots of people do it.", "What's making you feel guilty?")
    if has(text, MISS_WORK):
        return miss_work()
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


# What illness words of their own are answered with (the first found wins, before the
# branches in _illness that shape a reply).
_ILLNESS_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (NO_INHALER, (
        "Please sort that today.",
        "Your pharmacist can often give an emergency supply, or ring your surgery. If your breathing gets worse, you "
        "can't finish a sentence, or your lips look blue, call for emergency help straight away.",
        "Is your breathing okay right now?")),
    (HOSPICE_OFFERED, (
        "It's natural to be frightened.",
        "Hospices are calmer and kinder than many people expect; they're there to keep you comfortable and to support "
        "your family too, and some people go in for a while and come home again.",
        "What frightens you most about it?")),
    (APPETITE_GONE, (
        "That's really common with treatment, and it's hard.",
        "Small meals or snacks often, whatever you fancy, and nourishing drinks can help; do tell your team, as they "
        "can help with nausea and appetite.",
        "What can you manage at the moment?")),
    (UNSURE_MEDS, (
        "It's completely normal to have doubts.",
        "Taking them isn't a weakness and won't change who you are; it's worth asking the doctor about side effects, "
        "how long you'd take them, and other options like talking therapy.",
        "What's making you unsure?")),
    (LOW_SINCE_ILLNESS, (
        "I'm sorry you've been feeling so low.",
        "It's really common after an operation or an illness; your body and mind have been through a lot, and "
        "recovery can feel slow. Do mention it to your doctor, as low mood like this can be helped.",
        "What's been the hardest part?")),
    (MEMORY_RESULT, (
        "That's a lot to take in, and it's natural to feel frightened.",
        "A poor result can have several causes, and some, like low mood, an infection, thyroid or vitamin problems, "
        "can be treated; the memory service can explain what it means and what help there is.",
        "Did they say what happens next?")),
    (ON_THE_LIST, (
        "That's a big thing to be waiting for.",
        "Being on the list is a step towards feeling better, even though the wait is hard; it's natural to feel "
        "nervous, and the team will go through everything with you before the day.",
        "What worries you most about it?")),
    (FALL_UNTOLD, (
        "I'm glad you're alright.",
        "It's still worth telling someone, your family or your doctor: a fall can have a cause that's easy to treat, "
        "and the people who care about you would want to know. Nobody would think you're a bother.",
        "Who could you tell?")),
    (DAYTIME_DOZING, (
        "Lots of people nod off in the afternoon, especially after a poor night.",
        "If it's new, or you're sleepy even when you've slept, it's worth mentioning to your doctor: broken sleep at "
        "night, some medicines, or things like the thyroid or low iron can cause it, and they're easy to check.",
        "How have you been sleeping at night?")),
    (SHINGLES, (
        "Oh, shingles can be really painful.",
        "Antiviral tablets work best started early, and your doctor or pharmacist can help with stronger pain relief; "
        "if it's near your eye, get seen today.",
        "How long have you had it?")),
    (SAME_AGAIN, (
        "Oh no, not again; that must be frightening, and wearing.",
        "When the same thing keeps coming back, it's fair to ask the doctors plainly what's causing it and what "
        "the plan is from here.",
        "What did they say, and how are you feeling now?")),
    (BACK_FROM_HOSPITAL, (
        "Welcome back.",
        "Hospital trips can take it out of you, even the short ones.",
        "How did it go, and how are you feeling?")),
    (DOCTOR_RANG, (
        "Oh?",
        "A call from the doctor can set your heart going.",
        "What did they say?")),
    (DEMENTIA_FEAR, (
        "That's a frightening thought, and a very common fear.",
        "Memory slips have lots of causes, many of them treatable, like low mood, an infection, or a vitamin or "
        "thyroid problem; your doctor can do a simple memory check and look into it.",
        "Would you feel able to ask for one?")),
    (UNSURE_PREGNANCY, (
        "That's a big thing to be facing, and it's okay not to know yet.",
        "Whatever you decide is your choice; your doctor, a sexual health clinic or a pregnancy advice service can "
        "talk through every option with you in confidence, without pressure.",
        "Is there someone you trust you can talk it over with?")),
    (SAW_DOCTOR, (
        "Thanks for telling me.",
        "Appointments can take it out of you, whatever the news.",
        "How did it go?")),
    (PILLS_HARD, (
        "Lots of people find that, and it's worth sorting.",
        "Please don't stop taking them; ask your pharmacist, as many come as liquids, smaller tablets or ones that "
        "can be crushed or dissolved, and they can tell you which are safe to change.",
        "Which ones are the hardest?")),
)


def _illness(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _ILLNESS_SAID)
    if said:
        return said
    other = sit.who and sit.who_kind not in ("doctor", "work")
    if has(text, ASLEEP_AT_WHEEL) and not other:
        return ("That must have been so frightening; I'm glad you're safe.", "Please don't drive again until you've "
                "seen your doctor about the sleepiness; things like sleep apnoea or a medicine can cause it, and they "
                "can be treated.", "Has it happened before?")
    if has(text, POSTOP_PAIN) and not other:
        return ("I'm glad it went well.", "Pain after an operation is common, but it should be kept under control: "
                "take the pain relief as prescribed, and if it's getting worse, or the wound looks red or hot, ring "
                "the ward or your doctor.", "How are you managing?")
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
    if has(text, FORGET_LOCKING) and not other:
        return ("That's an unsettling thing to keep noticing.", "A note on the inside of the door, a key hook right "
                "there, or a lock that clicks shut by itself can help; if forgetting things is new for you, it's worth "
                "mentioning to your doctor.", "Is it just the door, or other things too?")
    if has(text, MAYBE_PREGNANT) and not other:
        return ("That's a lot to be wondering about.", "A test from a pharmacy will tell you, and your doctor, a "
                "midwife or a sexual health clinic can help you think things through, whatever you decide.",
                "How are you feeling about it?")
    if has(text, WORSE_NEWS) and not other:
        return ("I'm so sorry; that's hard news to hear.", "It's a lot to take in, and it's okay to feel frightened or "
                "numb.", "Did they talk about what happens next?")
    if has(text, CALLED_BACK) and not other:
        return ("It's natural to worry when they call you back quickly.", "Often it's to recheck something or to start "
                "treatment early, and either way it's better to know.", "Will someone go with you?")
    if has(text, RESULTS_SOON) and not other:
        return ("Waiting for results is one of the hardest "
                "parts.", "It's natural for your mind to race ahead; whatever "
                "they say, you won't have to face it on your own.", "Is someone going with you?")
    if has(text, r"\b(?:trying|try) not to think about it\b|\bkeep(?:ing)? (?:myself )?busy\b|\btake my mind off\b"):
        return ("That makes sense; keeping your mind busy is a good way through a wait.", "And if the worry does "
                "come, that's okay too.", "Is there something you could do today to take your mind off it?")
    if has(text, SIGHT_LOSS_NEWS) and not other:
        return ("That's such hard news to take in.", "There's a lot of support for sight loss: the eye clinic's "
                "support officer, sight loss charities, and aids that help you keep doing the things you love.",
                "How are you feeling about it?")
    if has(text, HARD_ALONE) and not other:
        return ("It's brave to say that.", "There's a lot that can help you stay safe at home: a care needs assessment "
                "from the council, help coming in, a pendant alarm, or sheltered housing if you'd like company nearby.",
                "What's been getting harder lately?")
    if has(text, OP_BOOKED) and not other:
        return ("It's completely natural to feel nervous beforehand.", "It's one of the most common operations there "
                "is, and most people do really well; the team will talk you through every step.",
                "Is everything sorted for when you come home?")
    if other and has(text, WONT_SEE_DOCTOR):
        he = they(sit)
        return ("That's so worrying, and frustrating too.", "People often put it off out of fear. It can help to say "
                f"plainly that you're worried and offer to go with {them(sit)}, or ring the surgery together; and if "
                f"{he} suddenly gets worse, call for help straight away.",
                f"What's worrying you most about {them(sit)}?")
    if has(text, RASH) and not other:
        return ("That sounds really uncomfortable.", "A pharmacist can look at it and suggest something soothing, like "
                "an antihistamine or a cream. If it spreads fast, blisters, or comes with a fever or swelling of your "
                "face or lips, get medical help straight away.", "When did it start?")
    if other and has(text, WONT_TALK_ABOUT):
        he = they(sit)
        return (f"That's hard; you want to help and {he}'{'re' if he == 'they' else 's'} keeping it close.",
                "Some people need time, or find it "
                "easier to talk side by side, on a walk or a drive, than face to face. Letting "
                f"{them(sit)} know you're there whenever {he}'{'re' if he == 'they' else 's'} ready matters more than "
                "getting it right.", "How are you coping yourself?")
    if has(text, HOSPITAL_FEAR):
        died = has(text, r"\b(?:died|passed)\b")
        return (("That makes complete sense; a place holds memories like that." if died else
                 "That's a very common fear, and it makes sense."), "It can help to tell the staff, so they "
                                                                    "understand, "
                "and to have someone you trust come in with you.", "When do you have to go in?")
    if has(text, FEAR_AGAIN) and not other:
        return fear_again()
    if has(text, FEAR_AGAIN):
        he = they(sit)
        return ("It's natural to fear it happening again after a shock like that.", f"The team looking after "
                                                                                    f"{them(sit)} "
                "can talk you both through what makes it less likely and which signs to watch for; knowing that often "
                "eases the fear a little.", f"How {'are' if he == 'they' else 'is'} {he} doing now?")
    if has(text, FEAR_OF_FALLING):
        return ("That's a very common fear after a fall, and it makes sense.", "A falls service can check your "
                "balance, and gentle strength exercises, good lighting and a pendant alarm, so help is always a press "
                "away, all make a real difference.", "Would any of those help?")
    if has(text, NOT_EXPLAINED) and not other:
        return ("That's not okay; you have every right to understand your own treatment.", "Ask to speak to the nurse "
                "in charge or your doctor, and write your questions down first; you can ask them to explain again "
                "until it makes sense.", "Is there someone who could be with you when they explain?")
    if has(text, HEARING_LOSS) and not other:
        return hearing_loss()
    if has(text, TEETH_OUT) and not other:
        return ("That's a big thing to face.", "Lots of people feel nervous about it; the dentist can numb it well or "
                "offer sedation, and dentures today can look very natural.", "What worries you most about it?")
    if has(text, DIABETES_NEW) and not other:
        return ("It's a lot to take in.", "Diabetes is very common and very manageable; ask your doctor about a free "
                "diabetes education course and a dietitian. You won't have to give up everything you enjoy.",
                "How are you feeling about it?")
    if has(text, CATHETER) and not other:
        return ("That's such a big change, and it's completely understandable to hate "
                "it.", "The district or continence "
                "nurse can help make it more comfortable and less noticeable; there's often more that can be done than "
                "people are told.", "What bothers you most about it?")
    if has(text, CHEMO_HAIR) and not other:
        return ("That's so hard; losing your hair can feel like losing part of yourself.", "It does grow back, and "
                "meanwhile the hospital can help with a wig, and scarves or hats can feel like you.",
                "How are you feeling about it?")
    if has(text, NOT_LONG_LEFT) and not has(text, r"\b(?:i|i'?ve|i'?m|my)\b(?! (?:mum|mom|mother|dad|father|"
                                              r"husband|wife|gran\w*|nan|grandad|grandpa|grandma|son|daughter|"
                                              r"brother|sister|friend|partner|uncle|aunt\w*)\b)|(?<!told )(?<!tell )"
                                              r"(?<!tells )\bme\b"):  # someone else's time, not their own
        him = them(sit) if sit.who else ("her" if has(text, r"\b(?:mum|mom|mother|wife|gran\w*|nan|grandma|daughter|"
                                                           r"sister|aunt\w*|she)\b") else "him" if has(
            text, r"\b(?:dad|father|husband|grandad|grandpa|son|brother|uncle|he)\b") else "them")
        return ("I'm so sorry. That's such heavy news to be given.", "There's no right way to feel. Time together, "
                f"saying what matters, and asking the team what to expect can help, and a hospice or palliative team "
                f"can support {him} and all of you, at home too.", "Do you have people around you?")
    if has(text, END_OF_LIFE_CARE) and other:
        him = them(sit)
        far = has(text, r"\b(?:can'?t|cannot|won'?t be able to) (?:get|be) (?:there|over|up|down|with (?:him|her|them))"
                        r"|\b(?:till|until|not before) (?:\w+day|the weekend|next week|tomorrow)\b|\b(?:too far|"
                        r"abroad)\b")
        return ("I'm so sorry. That's such a hard time, for the whole family.", "End-of-life care is about keeping "
                f"{him} comfortable and peaceful; the nurses can tell you what to expect and how you can help, and "
                "nothing you want to ask them is too small.",
                f"Could the ward help you talk to {him} by phone or video until you can get there?" if far else
                f"Are you able to be with {him}?")
    if has(text, NEVER_AGAIN):
        he = they(sit) if other else "you"
        return ("That's such hard news to hear.", "It's natural to feel shocked, and to grieve what might change. "
                "'Might not' isn't 'will not': recovery can go on for months, and rehab can do more than people "
                "expect; it's worth asking what can be worked on, and what help there is.",
                "How are you taking it?" if he == "you" else f"How {'are' if he == 'they' else 'is'} {he} taking it?")
    if has(text, CHEMO_HAIR):
        he = they(sit)
        return (f"That's so hard for {them(sit)}, and for you watching; losing hair can make the illness feel so "
                "visible.", "It nearly always grows back after treatment. Meanwhile the chemo nurses can help with a "
                "wig, and a soft hat or scarf, or a short cut first, can make it easier.",
                f"How {'are' if he == 'they' else 'is'} {he} coping with the treatment otherwise?")
    if has(text, WORN_OUT_STAIRS):
        return ("That sounds draining, and it's worth getting checked.", "Being so tired or breathless that the stairs "
                "are hard can come from things a doctor can treat, like anaemia, the thyroid, or the heart or lungs; "
                "please book to see your doctor this week. If you get chest pain, or you're breathless even sitting "
                "still, call for help straight away.", "How long has it been like this?")
    if has(text, HOSPITAL_BUGS) and not other:
        return ("That's an understandable worry.", "Hospitals take infection seriously; it's fine to ask staff to wash "
                "their hands, and keeping your own hands clean helps too.",
                "Is something in particular worrying you about going in?")
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
        spoiled = re.search(r"\b(?:holiday|trip|wedding|party|cruise|match|race|concert|break|birthday|christmas)\b",
                            text, re.I) or re.search(r"\b(?:meant|supposed) to (?:be )?go(?:ing)?\b", text, re.I)
        if spoiled and has(text, r"\b(?:supposed to|meant to|was going to|were going to|had to cancel|missed?|"
                                 r"miss(?:ing)?|ruined|can'?t go)\b"):
            lost = "your plans" if spoiled.group(0).lower().startswith(("meant", "supposed")) else \
                f"the {spoiled.group(0).lower()}"
            return (f"Oh no, what rotten luck, and {lost} too!", "Being hurt is miserable "
                    "enough without losing something you were looking forward to.", "How is it healing?")
        return (f"Ouch, I'm sorry {who}; that must have been a shock.",
                "Injuries like that can take a while to settle, and they knock your confidence too.",
                "How is it healing?")
    if has(text, ACHES_FLARING):
        return aches_flaring()
    if has(text, VERTIGO) and not has(text, r"\b(?:drunk|pub|drink\w*|ride|rollercoaster|waltz|danc\w*)\b"):
        return ("Spinning like that is horrible.", "Sit or lie still somewhere safe until it passes, and don't try to "
                "walk about. If it came on suddenly with a bad headache, slurred speech, weakness or trouble seeing, "
                "call for emergency help; otherwise ring your doctor or an urgent medical helpline today.",
                "Is someone with you?")
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
        # already on its way to being looked at ("the consultant wants to see me on Friday about the lump")
        soon = has(text, r"\b(?:consultant|specialist|clinic|hospital|referred|appointment|see me|seeing me|booked)\b"
                         r"[^.!?]{0,40}\b(?:tomorrow|today|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|"
                         r"sun)day|next week|this week)\b")
        if soon:
            return ("That's a worrying wait, even a short one.",
                    "It's good that it's being looked at quickly; most of the time these things turn out to be nothing "
                    "serious, and if not, finding them early really helps.",
                    "Would it help to write your questions down, or to take someone with you?")
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
    if other and has(text, r"\b(?:dementia|alzheimer'?s)\b") and has(text, r"\b(?:might|may|could|think|worried|"
                                                                       r"wonder|suspect|starting)\b"):
        he = they(sit)
        return ("It's frightening to notice changes like that in someone you love.", "Memory changes "
                "have several causes, some of them treatable, so it's worth booking a doctor's appointment "
                f"together; they can refer {them(sit)} to a memory clinic.",
                f"Has {he} noticed it {'himself' if he == 'he' else 'herself' if he == 'she' else 'too'}?"
                if he != "they" else "Have they noticed it themselves?")
    if other and has(text, r"\b(?:dementia|alzheimer'?s)\b"):
        return ("I'm so sorry; that's a lot to take in, for both of you.",
                "Dementia usually changes things slowly, and there's support for you both, like memory services and "
                "groups for carers.", "How are you both doing with the news?")
    if not other and has(text, TREATMENT_START):
        return treatment_nerves(text)
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
    elif has(text, WAITING_LIST):
        feel = ("Waiting that long is wearing, and it's hard not knowing when. It's worth ringing the hospital's "
                "appointments line or the doctor to ask where you are on the list, and to tell them if things get "
                "worse meanwhile.")
        follow = f"How is {they(sit)} managing in the meantime?" if other and they(sit) != "they" else \
            "How are you managing in the meantime?"
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
        grave = has(text, r"\b(?:sepsis|septic|meningitis|stroke|heart attack|a bleed|bleed on the brain|"
                          r"pneumonia|intensive care|icu)\b")
        feel = ("Not knowing for sure yet is one of the hardest parts. If it is, it's serious, but being in hospital "
                "means it can be treated quickly, and many people come through it." if grave else
                "Not knowing for sure yet is one of the hardest parts; often it turns out to be less than you fear.")
        follow = "Are you able to be with them?" if grave and other else "When will you know more?"
    elif other and has(text, MEMORY_WORRY + r"|\bmemory(?:'s| is)? (?:getting )?(?:worse|going|bad)\b"):
        feel = (f"It's frightening to watch someone you love start to forget. Memory problems have many causes, some "
                f"treatable, and the doctor can refer {them(sit)} to a memory clinic.")
        if has(text, r"\b(?:got|gets|getting) lost\b|\bwander\w*\b|\bwent missing\b"):
            feel += (f" Meanwhile, a card with {their(sit)} name and your number, and a phone with a tracker, "
                     "can make going out safer.")
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
        follow = (f"How does {they(sit)} feel about having it done?" if they(sit) != "they" else
                  "How do they feel about having it done?") if other else "How do you feel about having it done?"
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
        if has(text, r"\b(?:money|bills?|debts?|rent|mortgage|afford)\b"):
            feel = ("Money worries are some of the loudest at night. Writing them down, with one step for tomorrow "
                    "like ringing a free debt advice line, can quiet them a little.")
            follow = "What's the biggest worry right now?"
        elif has(text, r"\bworr\w+|\bthinking\b|\bmind(?:'s| is)? (?:won'?t|racing)\b|\bminds racing\b"):
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
        return ("I'm glad it's nothing worse.", "Take it easy today and keep an eye on it; if you feel dizzy, or the "
                "pain gets worse, get it checked.", "Is someone around today if you need a hand?")
    if has(text, FIT_AND_WELL):
        return ("That's brilliant news!", "Whatever you're doing, keep doing it.", "What's your secret?")
    if has(text, HEALTH_IMPROVED):
        return ("That's wonderful news!", "It sounds like all the care you've been taking is paying off.",
                "How are you feeling in yourself?")
    if has(text, HOME_SOON):
        return ("That's wonderful news; home at last!", "It's worth checking that any help you need for the first days "
                "is sorted before you go.", "Who'll be there when you get home?")
    minor = re.search(JUST_MINOR, text, re.I)
    if minor:
        what = minor.group("what").lower()
        subject = "It's" if what.startswith(("a ", "an ")) else f"{cap(what)} is"
        return ("That must be a relief, that it's nothing worse.", f"{subject} a nuisance, but there's usually plenty "
                "that helps, and your doctor or pharmacist can talk you through it.", "How are you feeling about it?")
    if has(text, RELIEF_SAID) and has(text, r"\b(?:something worse|the worst|something serious)\b"):
        return ("What a relief!", "It's so natural to fear the worst while you wait.",
                "Did they suggest anything to help with it?")
    if has(text, RELIEF_SAID):
        return ("What a relief!", "It's lovely to hear you can let go of that worry at last.",
                "How are you feeling now?")
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
    if (has(text, RECOVERY_MILESTONE) or has(text, r"\b(?:sober|clean for|off the drink|stopped drinking|quit "
                                                   r"(?:drinking|smoking))\b")) and not has(text, RELAPSE):
        # warm without party words: said of a hard road, it may come with mixed feelings
        return ("That's a huge achievement.",
                "Every one of those days took real strength, and you have every reason to feel proud.",
                "How are you feeling about it?")
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
