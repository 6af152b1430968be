"""Replies to conflict, pressure, money worries and scams (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    FEELING_LINE,
    bittersweet_move,
    driving_lost,
    first_said,
    has,
    need_talk,
    pick,
    them,
    they,
    treatment_nerves,
)
from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    ACCOUNT_FROZEN,
    AGEING_FEAR,
    ALONE_FIRST_TIME,
    ANGRY_ALWAYS,
    ANGRY_WITH,
    ANHEDONIA,
    ANXIOUS_NO_REASON,
    ANXIOUS_STATE,
    BABY_NOISE,
    BEHIND_BACK,
    BENEFITS_CUT,
    BINS_MISSED,
    BLAMED_UNFAIRLY,
    BROKEN_NIGHTS,
    CANCELLED_CARE,
    CANT_AFFORD_TO_GO,
    CANT_PAY_BILL,
    CARD_FRAUD,
    CARE_COSTS,
    CARE_HOME_FEAR,
    CARER_NO_SHOW,
    CARER_STRAIN,
    CARERS_CHANGING,
    CHECKING_AGAIN,
    COMING_OUT,
    COMPARING,
    CONFUSING_LETTER,
    CONTACT_DISPUTE,
    COSTS_UP,
    COULD_THROTTLE,
    CRITICISED,
    DAMP,
    DEATH_FEAR,
    DEBT_NOT_MINE,
    DECIDED_WITHOUT_ME,
    DEMOLITION,
    DENIED_WISH,
    DENTAL_COST,
    DOORSTEP_NUISANCE,
    DOUBTED,
    DRINKING_TO_COPE,
    DRINKING_WORRY,
    DROWNING,
    EGGSHELLS,
    ESTRANGED,
    EVICTION,
    EX_WONT_STOP,
    EXAM_UNREADY,
    FEAR_SACKED,
    FINED,
    FOOD_POVERTY,
    GAMBLING,
    GONE_DISTANT,
    GP_WAIT,
    HAD_INTERVIEW,
    HARSH_AT_HOME,
    HIDING_MONEY,
    HIGH_FLAT,
    HOARDING,
    HOLDING_ON,
    HOMELESS,
    HOUSEMATE,
    HURTFUL_REMARK,
    INDEPENDENCE,
    JOB_AT_RISK,
    KEPT_WAITING,
    KIDS_WEARING,
    LANDLORD_THREAT,
    LEAVING_PARTNER,
    LIED_TO,
    LOCKED_OUT,
    LONG_HOURS,
    LOSE_HOME,
    LOST_BY_THEM,
    LOST_TEMPER_KIDS,
    MADE_TO_FEEL_SMALL,
    MEMORY_CLINIC,
    MESSY_HOME,
    MOVE_TO_CARE,
    NEARLY_KILLED_ME,
    NEED_TALK,
    NERVOUS_AHEAD,
    NERVOUS_FOR,
    NEVER_LISTEN,
    NEW_START,
    NEWS_WORRY,
    NIGHT_NOISE_HOME,
    NO_APPOINTMENT,
    NO_INTIMACY,
    NOISE_AT_NIGHT,
    NOT_HEARD,
    NOT_PAID_BACK,
    OFF_WITH_STRESS,
    ON_TOP_OF_ME,
    OUTFIT_UNAFFORDABLE,
    OVERDRAWN,
    OWN_FUNERAL,
    PANIC_ATTACK,
    PARCELS_STOLEN,
    PARENT_WORN,
    PAYMENT_MISSING,
    PET_IN_GARDEN,
    PHOBIA,
    PLACE_UNAFFORDABLE,
    POWER_OF_ATTORNEY,
    PRESCRIPTION_COST,
    PRESENTS_UNAFFORDABLE,
    PROTECTIVE_RAGE,
    PUT_DOWN,
    REACHED_OUT,
    RESULTS_DUE,
    RESULTS_LOST,
    RETIRED,
    ROW_WITH,
    RUDE_TO_ME,
    RUNAROUND,
    SAID_IM,
    SCAM,
    SELF_CARE,
    SEPARATE_ROOMS,
    SHAMED_IN_PUBLIC,
    SHORT_TEMPERED,
    SHOUTED_AT,
    SILENT_CALLS,
    SKIPPING_MEALS,
    SOCIAL_NERVES,
    STONES_AT_HOUSE,
    SWAMPED_AT_WORK,
    TEST_SOON,
    THEFT,
    TOLD_TO_DOWNSIZE,
    TORN,
    TREATED_LIKE_CHILD,
    TREATMENT_START,
    WAGES_GONE,
    WAITING_LONG,
    WAITING_TO_HEAR,
    WANT_DIFFERENT,
    WEARY,
    WHAT_THEY_THINK,
    WORK_DREAD,
    WORK_REMARKS,
)


def _scam(text: str) -> tuple[str, str, str]:
    if has(text, CARD_FRAUD) and not has(text, SCAM):  # suspected, not yet told as a scam
        return ("That's worrying; it's right to act on it quickly.", "Ring your bank straight away on the number on "
                "the back of your card: they can stop the card and check every payment. It isn't your fault; this "
                "happens to lots of people.", "Have you spotted payments you don't recognise?")
    calls = has(text, r"\b(?:keeps?|kept) (?:phoning|calling|ringing|texting|emailing)\b|\b(?:phone )?calls? (?:from|"
                      r"about)\b")
    taken_in = has(text, r"\b(?:paid|gave|told them|lost|took|taken|out of)\b|\b(?:got|been|was|were) (?:scammed|"
                         r"conned)\b|\bscammed (?:me|us)\b")
    if calls and not taken_in:
        return ("You're right to be suspicious; it sounds like a scam.", "Real banks and companies never ask for your "
                "PIN or passwords, to move money, or to get onto your computer. Don't give them anything: hang up, "
                "and if you're worried, ring your bank yourself on the number on the back of your card, from another "
                "phone.",
                "Have you told them any of your details?")
    if has(text, r"\b(?:got|received|had|get) (?:a |an |this )?(?:text|message|email|call)\b") and not has(
            text, r"\b(?:paid|gave|clicked|scammed|lost|took|taken)\b"):  # a scam message, not yet acted on
        return ("That sounds like a scam; please don't click the link or pay anything.", "Delivery companies and "
                "banks don't ask for fees or details that way. Delete it, and if you've already given card details, "
                "ring your bank on the number on your card.", "Did you click on anything?")
    return ("Oh no, I'm so sorry. Being scammed is a horrible shock.",
            "It isn't your fault; these people are practised at fooling anyone.",
            "Have you been able to ring your bank yet, on the number on the back of your card, so they can stop "
            "anything more going out?")


# What conflict words of their own are answered with (the first found wins, before the
# branches in _conflict that shape a reply).
_CONFLICT_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (DECIDED_WITHOUT_ME, (
        "That would hurt and anger anyone.",
        "Being left out of a decision about someone you love feels like being pushed aside; it's fair to say you want "
        "to be part of decisions from now on.",
        "Is it the decision itself that upsets you, or how it was made?")),
    (STONES_AT_HOUSE, (
        "That's not okay, and it's frightening when it's your own home.",
        "Report it to the police on their non-emergency number each time, with dates and times; it's antisocial "
        "behaviour, and the council can act on it too. If anyone's hurt, or they're trying to get in, call the "
        "emergency number.",
        "Has anything been broken?")),
    (WANT_DIFFERENT, (
        "That's such a hard place to be, when you both want something this big to go different ways.",
        "Neither of you is wrong for wanting what you want. Talking it through honestly, maybe with a couples "
        "counsellor, can help you each say what's underneath it.",
        "Have you been able to talk about it properly yet?")),
    (HIDING_MONEY, (
        "That's unsettling; money secrets eat away at trust.",
        "Sometimes it's debt or worry they feel ashamed of, and a calm moment to ask, without accusing, helps. If "
        "it's more about control, keeping you short or checking what you spend, that's a form of abuse, and a "
        "helpline can talk it through with you.",
        "What's made you think so?")),
    (GP_WAIT, (
        "That's so frustrating when you need to be seen.",
        "It's worth ringing first thing for an on-the-day appointment, asking for a phone call with a doctor or "
        "nurse, or seeing a pharmacist; if it can't wait, an urgent medical helpline can help.",
        "What is it you need to see them about?")),
    (RESULTS_LOST, (
        "Oh, that's so frustrating, after going through it all.",
        "It's worth asking them to check with the lab or the hospital first, as results are often stored "
        "electronically and can be found. If it does need doing again, ask for it to be done quickly, and it's fair "
        "to complain.",
        "Were you waiting on anything in particular?")),
    (HIGH_FLAT, (
        "That's a real worry, especially if the lift breaks down or stairs are hard for you.",
        "You can tell them why it doesn't suit you and ask for a review; a letter from your doctor about your health "
        "helps, and a housing advice service can back you up.",
        "What worries you most about it?")),
    (PARCELS_STOLEN, (
        "That's so annoying, and unsettling too, having someone take things from your door.",
        "Report each one to the seller and the courier, who usually refund or resend, and to the police so it's on "
        "record. A safe place, a neighbour, a parcel locker or collecting from a local shop stops it happening again.",
        "Have you been able to report them?")),
    (BINS_MISSED, (
        "That's so annoying, especially when it starts to pile up.",
        "You can report a missed collection to the council, online or by phone, and they'll usually come back within "
        "a few days; if moving the bins is hard for you, ask about an assisted collection.",
        "Has it happened before?")),
    (SILENT_CALLS, (
        "That's unsettling.",
        "You can just hang up without saying anything. Your phone company can block or trace nuisance calls, and if "
        "they ever feel threatening, tell the police.",
        "How often does it happen?")),
    (BLAMED_UNFAIRLY, (
        "That's so unfair, being blamed for something that wasn't your fault.",
        "It's worth calmly putting your side, in writing if you need to, while it's fresh.",
        "Did you get a chance to explain?")),
    (NO_INTIMACY, (
        "That can be really hard, and lonely.",
        "It's very common for desire to change, often because of health, medication, tiredness or worry; a gentle, "
        "honest talk, and perhaps a word with the doctor, can help.",
        "Have you been able to talk about it together?")),
)


def _conflict(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _CONFLICT_SAID)
    if said:
        return said
    if has(text, COULD_THROTTLE):
        he = they(sit)
        knows, has_ = ("know", "have") if he == "they" else ("knows", "has")
        return (f"Sounds like {he} {knows} exactly how to push your buttons!", "Families can drive us up the wall.",
                f"What {has_} {he} done now?")
    if has(text, WORK_REMARKS):
        boss = has(text, r"\b(?:boss|manager|supervisor)\b")
        return ("That's not okay, and you don't have to laugh it off.", "Remarks like that at work can be harassment; "
                "keep a note of what's said and when, and you can raise it with " + (
                    "HR or your manager's own manager." if boss else "your manager or HR."),
                "How have you been handling it so far?")
    if has(text, NIGHT_NOISE_HOME):
        return ("That must make it so hard to get any sleep.", "It's worth telling the staff: they may be able to help "
                "settle them, or move one of you, and earplugs can take the edge off meanwhile.",
                "How are you managing in the day?")
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
                "It's okay to feel upset and still care about them.", "How are things between you now?" if has(
                    text, r"\b(?:about|over)\b") else "What was it about?")
    if has(text, ANGRY_WITH) and not has(text, r"\b(?:myself|me)\b"):
        who = sit.who or "them"
        return ("That sounds like it's really got to you.", "Anger that strong usually means something mattered a "
                "lot. It can help to let it cool before you say anything, and to say what hurt rather than what "
                "they are.", f"What happened with {who}?")
    if has(text, MADE_TO_FEEL_SMALL):
        service = has(text, r"\b(?:doctor'?s?|gp|nurse|consultant|receptionist|surgery|hospital|clinic|pharmac\w+|"
                            r"dentist|appointment|bank|council|shop|staff|assistant|manager|officer)\b")
        if has(text, r"\b(?:scared|nervous|frightened|anxious|afraid|worried|crying|cried)\b"):
            return ("I'm sorry; nobody deserves to be made to feel like that.", "Being nervous isn't childish, and a "
                    "good dentist or doctor will go at your pace; you can ask for that, or to see someone else next "
                    "time.", "What happened?")
        return ("I'm sorry; nobody deserves to be made to feel like that.", "Asking questions isn't stupid, it's how "
                "you look after yourself. Writing your questions down first, or taking someone with you, can help, and "
                "you're entitled to raise it with the manager or ask to see someone else." if service else "It says "
                "more about them than about you, and it's fair to tell them it hurt.", "What happened?")
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
    if has(text, PET_IN_GARDEN):
        return ("That's awkward; pets don't know about fences.", "A friendly chat, or a simple fix like a gate or a "
                "deterrent, usually calms things down more than a row does.", "How did she say it?"
                if has(text, r"\bshe\b") else "How did they say it?")
    if has(text, SEPARATE_ROOMS):
        he = they(sit)
        return ("That must feel lonely, even under the same roof.", "Sometimes it's snoring or illness, sometimes "
                "something left unsaid; a calm, honest talk at a good moment is often the way back.",
                f"Do you know why {he} moved?" if he != "they" else "Do you know why?")
    if has(text, GONE_DISTANT):
        he = they(sit)
        return ("That's unsettling, when someone close goes quiet and you can't tell why.", "It may not be about you "
                f"at all; {he} could be worried about something. A gentle 'you seem far away; is something on your "
                "mind?' at a calm moment often opens the door.",
                f"Has anything changed for {them(sit) if sit.who else 'them'} lately?")
    if has(text, HURTFUL_REMARK) and not has(text, SAID_IM):
        body = has(text, r"\b(?:weight|fat|thin|looks|face|hair|body|skin|teeth|size|clothes|figure)\b")
        return ("Ouch, that really hurts" + (", especially from a friend." if has(text, r"\bfriend\b") else "."),
                ("Remarks about someone's body are never okay, and they can sting for a long time; it says more "
                 "about them than about you." if body else "What they said says more about them than about you; "
                 "you didn't deserve it."), "Have you been able to tell them how it landed?")
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
    if has(text, CONTACT_DISPUTE) and not has(text, r"\blet me (?:see|have|take) (?:the|my|our) (?:kids|children|son|"
                                                    r"daughter|boys|girls)\b"):
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
    if has(text, ESTRANGED) and has(text, REACHED_OUT) and not has(text, r"\b(?:won'?t|refuses?|never)\b"):
        him = them(sit)
        return ("After all that time, that must stir up a lot.", "It's fine to feel hopeful and wary at once. You "
                "don't have to answer straight away, or settle everything in one go; a short, kind reply can be enough "
                "to start.", f"How do you feel about hearing from {'them' if him == 'them' else him}?")
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
        done = "damaged on purpose" if has(text, r"\b(?:smashed|vandalis\w*|keyed|slashed|kicked in|scratched|"
                                              r"dented|graffitied)\b") else "taken"
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
        if has(text, r"\b(?:bins?|rubbish|recycling)\b"):
            return ("That feels so petty, for a day early.", "You can usually challenge a fine like that: write back "
                    "explaining, and ask a councillor to help if they won't listen.", "Have you still got the letter?")
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
        who = them(sit)
        return ("That's so frustrating.", "Not feeling listened to by someone close can hurt as much as it annoys.",
                f"Is there something in particular you've been trying to tell {who}?")
    if has(text, r"\b(?:can'?t|cant|not allowed to|won'?t let me|wont let me) (?:go|come|have|stay|sleep over)\b") and \
            sit.who_kind == "parent":
        she = they(sit)
        return ("That's so frustrating, especially when you were looking forward to it.", "It can help to ask calmly "
                f"why, and whether anything would change {them(sit)} mind, like being picked up at a set time."
                .replace("him mind", "his mind").replace("them mind", "their mind"),
                f"Do you know why {she} said no?")
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
    elif has(text, r"\b(?:noise|noisy|loud|loudly|snor\w+|music|upstairs|stomp\w*|bang\w*|bark\w*|part(?:y|ies))"
                   r"\b") and not has(text, r"\b(?:can'?t|cant|not allowed to|won'?t let me) (?:go|come)\b"):
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
    elif sit.who_word.startswith("neighbo"):
        ack, feel = "I'm sorry; trouble with a neighbour is so wearing.", ("It's right on your doorstep, so it's hard "
                                                                          "to get away from.")
        follow = "Would a calm word at a good moment help, or is it past that now?"
    elif sit.who.startswith("your ") and sit.who_kind in ("partner", "parent", "sibling", "child", "friend",
                                                         "relative"):
        ack = f"I'm sorry things are so tense with {sit.who}."
        feel = "Fights with people we love take a lot out of us."
        follow = "Do you want to vent, or think about what to say to them?"
    else:
        ack, feel = "That sounds really frustrating.", FEELING_LINE["frustration"]
        follow = "What bothered you most about it?"
    return ack, feel, follow


# What pressure words of their own are answered with (the first found wins, before the
# branches in _pressure that shape a reply).
_PRESSURE_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (SWAMPED_AT_WORK, (
        "That sounds overwhelming.",
        "When everything feels urgent, it can help to write it all down, pick the two things that matter most today, "
        "and tell your manager plainly what can't be done by when.",
        "What's the biggest thing on your plate right now?")),
    (LOCKED_OUT, (
        "Oh no; let's get you warm first.",
        "Can you go to a neighbour, a shop or a café while you sort it? Someone with a spare key, your landlord or a "
        "locksmith can get you in; if you can't get warm or feel unwell, call the emergency number.",
        "Is there someone with a spare key?")),
    (CHECKING_AGAIN, (
        "That sounds exhausting.",
        "Checking over and over, even when part of you knows it's done, is a common way anxiety shows itself, and it "
        "responds well to treatment; your doctor can help.",
        "How much of the day does it take up?")),
    (ANGRY_ALWAYS, (
        "That's exhausting to live with.",
        "Feeling angry all the time is often a sign of stress, poor sleep or low mood underneath, and it's worth "
        "talking to your doctor if it isn't easing.",
        "Has anything changed lately?")),
    (AGEING_FEAR, (
        "That's a very human fear.",
        "Getting older brings losses, but often new freedoms too, and staying connected and active makes a real "
        "difference to how it feels.",
        "What worries you most about it?")),
    (r"^(?=.*(?:" + COMING_OUT + r"))(?=.*\b(?:this (?:weekend|week|evening)|tomorrow|tonight|next week|on \w+day|"
     r"going to|planning to)\b)", (
        "That takes courage.",
        "However it goes, who you are is nothing to be ashamed of; a calm moment, and someone to talk to afterwards, "
        "can help.",
        "How are you feeling about it?")),
    (COMING_OUT, (
        "Thank you for trusting me with that.",
        "Who you are is nothing to be ashamed of, and you get to choose when and how to tell people; many tell one "
        "person they trust first, and LGBTQ+ support lines can help you think it through.",
        "Is there someone you feel safe telling first?")),
    (WORK_DREAD, (
        "That dread is a real sign that something at work needs to change.",
        "It can help to pin down exactly what you dread, and talk to someone you trust at work, or your doctor if "
        "it's affecting your health.",
        "What part of the week is worst?")),
    (HOARDING, (
        "It's brave to notice that.",
        "Hoarding often grows out of stress or loss, and it's nothing to be ashamed of; one small area at a time "
        "works best, and your doctor can point you to help.",
        "What made you notice it now?")),
    (NERVOUS_FOR, (
        "It's natural to be nervous.",
        "A good night's sleep and a calm start help, and nerves usually settle once you begin; you know more than you "
        "think.",
        "What's the part you're most nervous about?")),
    (TEST_SOON, (
        "Good luck!",
        "A good night's sleep and a calm start help, and nerves usually settle once you begin; you know more than "
        "you think.",
        "How are you feeling about it?")),
    (JOB_AT_RISK, (
        "That's a horrible worry to carry.",
        "Being at risk isn't the same as losing it. You have rights in any redundancy process: a fair consultation, "
        "the reasons in writing, and the chance to be considered for other roles; a union rep or a free advice "
        "service can help.",
        "Have they said when you'll know?")),
    (FEAR_SACKED, (
        "That's a horrible worry to carry, especially overnight.",
        "It may not be as bad as it feels. If there's a meeting, you can ask beforehand what it's about, and take a "
        "colleague or a union rep with you; you have rights in any disciplinary or redundancy process.",
        "What's happened to make you think so?")),
    (EXAM_UNREADY, (
        "Deep breath; you likely know more than you think.",
        "Use the time to skim the main points, eat something and get there a little early. Read each question "
        "twice and start with the ones you can do; whatever happens, one exam doesn't decide everything.",
        "Which subject is it?")),
    (HAD_INTERVIEW, (
        "Well done for getting through it!",
        "Those can take a lot out of you, whatever happens.",
        "How did it go?")),
    (WAITING_TO_HEAR, (
        "The waiting's the hardest bit.",
        "Whatever they decide, you've done the hard part.",
        "What will you do to take your mind off it meanwhile?")),
    (BROKEN_NIGHTS, (
        "Broken nights are exhausting; no wonder you're shattered.",
        "It does pass, even if it doesn't feel like it right now.",
        "Could anyone take a night or a feed so you can catch up on sleep?")),
    (LOST_TEMPER_KIDS, (
        "Almost every parent has been there, and feeling awful afterwards shows how much you care.",
        "It often comes when you're running on empty; a pause, a breath, and saying sorry afterwards teach them a lot "
        "too.",
        "What's been wearing you down lately?")),
    (ON_TOP_OF_ME, (
        "I'm sorry; that's a horrible feeling, when it all piles up at once.",
        "It can help to write it all down and pick just one small thing for today; the rest can wait.",
        "What's weighing on you most?")),
    (LEAVING_PARTNER, (
        "That's a huge decision, and it sounds like things have been hard for a while.",
        "You don't have to decide anything today; talking it through with someone you trust or a relationship "
        "counsellor can help, and if you ever feel unsafe at home, there's help for that too.",
        "What's been happening between you?")),
    (TORN, (
        "That's a big decision.",
        "It can help to write down what matters most to you and see which choice fits it better.",
        "What's pulling you each way?")),
    (SOCIAL_NERVES, (
        "It's natural to feel nervous about that, the first time or after a while away.",
        "Most people will simply be glad to see you, and the first few minutes are usually the hardest.",
        "Would it help to go with someone, or arrive a little early when it's quiet?")),
    (DROWNING, (
        "That sounds exhausting, carrying all that while nobody sees it.", "Thank you for letting me see it. "
        "Telling one person how bad it really is, a friend or your doctor, can be the start of some of the "
        "weight coming off.", "What's weighing on you most right now?")),
)


def _pressure(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _PRESSURE_SAID)
    if said:
        return said
    if has(text, DENIED_WISH):
        return ("Thank you for telling me; I'm glad, and I believe you.", "Being worn out like that is hard in itself, "
                "and if darker thoughts ever do come, you can tell me or someone you trust, any time.",
                "What's been wearing you down the most?")
    if has(text, NEARLY_KILLED_ME):
        return ("Sounds like a tough one! Well done for getting through it.", "It's allowed to take it easy for a "
                "bit now.", "How do you think it went?" if has(text, r"\b(?:exam|test|interview|audition|assessment)\b")
                else "Are you putting your feet up now?")
    if has(text, KIDS_WEARING):
        return ("Some days they really do!", "It's exhausting when they're full of beans; even ten minutes to yourself "
                "with a cup of tea can help.", "What have they been up to?")
    if has(text, DRINKING_WORRY) and not has(text, DRINKING_TO_COPE):
        return ("It takes courage to notice that and say it.", "Your doctor can help without judging, and so can an "
                "alcohol support line; if you've been drinking a lot every day, cutting down slowly with help is "
                "safer than stopping all at once.", "What's been driving it, do you think?")
    if has(text, NERVOUS_AHEAD):
        return ("It's natural to feel nervous before something new.", "Talking it through can take the edge off.",
                "What's happening?")
    if has(text, ANHEDONIA):
        return ("I'm sorry; that sounds really "
                "hard.", "Losing pleasure in the things you used to love can be a sign of "
                "depression, which is common and treatable; it's worth telling your doctor, especially if it's gone "
                "on for more than a couple of weeks.", "How long have you been feeling like this?")
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
    got_them = has(text, r"\b(?:got|had|received|opened|picked up) (?:my|our|her|his|the) (?:\w+ )?results\b")
    if has(text, RESULTS_DUE) and got_them and not has(text, r"\b(?:tomorrow|next|on \w+day|soon|waiting)\b"):
        return ("Ooh, the big moment!", "Whatever's in there, all that work counts for something.", "How did you do?")
    if has(text, RESULTS_DUE):
        return ("The wait for results is horrible.", "Whatever they say, there are always options, and people who "
                "can help you through them.", "What are you hoping for?")
    if has(text, MESSY_HOME) and sit.event == "pressure":
        return ("Lots of people feel like that, and it often builds up when life's been hard.", "One small corner at "
                "a time makes a real difference, and friends come to see you, not the house.",
                "Would it help to pick one small job for today?")
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
        return treatment_nerves(text)
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
        return treatment_nerves(text)
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
        if has(text, r"\b(?:exams|tests|essays|deadlines|assignments|coursework|all|everything|so much)\b"):
            feel = "When it all piles up at once, everything starts to feel urgent."
            follow = "Which one is first, and what would help you make a start?"
        else:
            feel = "It can feel huge beforehand, and nerves are normal; a simple plan for the time you have helps."
            follow = ("What would help you feel more ready?" if has(text, r"\b(?:today|tomorrow|tonight|next|this|on "
                                                                        r"\w+day|in (?:an?|\w+) \w+)\b")
                      else "When is it, and what would help you feel more ready?")
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


# What money words of their own are answered with (the first found wins, before the
# branches in _money that shape a reply).
_MONEY_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (FOOD_POVERTY, (
        "I'm so sorry; nobody should go hungry.",
        "A food bank can help today, often through a referral from the council, an advice service or your doctor, and "
        "the council may have emergency money for food too. If you feel faint or unwell, call the emergency number.",
        "Is there anyone who could bring you something to eat right now?")),
    (LANDLORD_THREAT, (
        "That's frightening, and he can't simply do that.",
        "A landlord has to follow a legal process to evict you; throwing your things out or changing the locks without "
        "it is against the law. Ring a housing advice service or the council today, and if he tries it, call the "
        "police.",
        "Is he there now?")),
    (PAYMENT_MISSING, (
        "That's worrying when you're counting on it.",
        "It's often a delay or a change of details; ring whoever pays it, with a bank statement to hand, and ask them "
        "to check. If it leaves you short meanwhile, an advice service or your bank can help.",
        "Do you have enough to get by for now?")),
    (TOLD_TO_DOWNSIZE, (
        "That's unsettling; your home is more than rooms.",
        "You have a say in this: ask them to put it in writing, and a housing advice service can tell you your "
        "rights and what help with moving they can offer.",
        "How do you feel about leaving?")),
    (HOMELESS, (
        "I'm so sorry; that's frightening.",
        "The council has to help people who are homeless or about to be: contact their housing team today, and a "
        "housing charity's helpline can help you through it.",
        "Do you have somewhere safe to sleep tonight?")),
    (PRESCRIPTION_COST, (
        "Please don't go without them; that's a real worry.",
        "Ask the pharmacist about help with the cost: many people get prescriptions free, by age, income or "
        "condition, or save with a prepayment certificate. If you've had to miss doses, tell your doctor.",
        "Which ones are you struggling to pay for?")),
    (DEMOLITION, (
        "That's a lot to take in; your home is so much more than bricks.",
        "You'll have rights: usually to be consulted, rehoused or compensated, and help with moving costs. Ask the "
        "council or landlord exactly what it means for you, and a housing advice service can tell you your rights.",
        "How do you feel about leaving?")),
    (DEBT_NOT_MINE, (
        "That's worrying, but it isn't something you should just pay.",
        "Write to them asking for proof of the debt, and don't pay until you've seen it. It may be a mistake, someone "
        "with a similar name, or someone using your details, so it's worth checking your credit file; a free debt "
        "advice service can write to them for you.",
        "Have they said what it's for?")),
    (ACCOUNT_FROZEN, (
        "That's really worrying, especially not knowing why.",
        "Banks sometimes freeze an account to check for fraud; ring them on the number on the back of your card and "
        "ask exactly what they need from you.",
        "Do you have enough for the next few days?")),
    (LOSE_HOME, (
        "That's a frightening worry to carry.",
        "There's often more help than people think: talk to your lender or landlord early, and a free housing or debt "
        "advice service can go through your options and your rights.",
        "What's happened to bring it on?")),
    (WAGES_GONE, (
        "That's a horrible feeling, with weeks still to go.",
        "You're far from the only one. Writing down what has to be paid before next payday, and what can wait, helps, "
        "and a free money advice service or your bank can help with a plan.",
        "Have you got enough for food and the essentials until then?")),
)


def _money(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _MONEY_SAID)
    if said:
        return said
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
    if has(text, PRESENTS_UNAFFORDABLE):
        return ("I'm sorry; that's such a hard feeling as a parent.", "Children remember time together far more than "
                "presents, and toy appeals and local charities help lots of families at Christmas, quietly.",
                "Would it help to look at what's near you?")
    if has(text, PLACE_UNAFFORDABLE):
        return ("Congratulations on the place; that's a real achievement!", "Don't let the money put you off yet: "
                "student finance, bursaries and the university's own money advice team are there for exactly this.",
                "Have you been able to look at what you'd be entitled to?")
    if has(text, DENTAL_COST):
        return ("Dental costs are a real "
                "worry.", "Ask the dentist about payment plans or a cheaper option, and whether "
                "you qualify for help with health costs; an advice service can check for you.",
                "Is it something that needs doing straight away?")
    if has(text, CANT_PAY_BILL):
        return ("That's such a worry.", "Ring them before the payment is due and explain; most would rather agree a "
                "plan than chase you, and free debt advice services can help you talk to them.",
                "Is it just this month, or has it been building up?")
    if has(text, r"\b(?:charged|fee|fined)\b[^.!?]{0,60}\b(?:overdrawn|overdraft|bounced|late payment)\b"):
        return ("That feels so unfair, for so little.", "Banks often refund a charge like that if you ring and ask, "
                "especially the first time; it's worth a polite call.", "Would you feel able to ring them?")
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
