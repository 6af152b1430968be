"""Replies to dangers told indirectly and to worries about someone close (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    _PRONOUN,
    NEURODIVERSE,
    first_said,
    has,
    how_in_themselves,
    lashing_out,
    neurodiverse,
    others_exploited,
    pet_pronoun,
    surgery_wait,
    their,
    them,
    they,
    watching_abuse,
)
from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    AFRAID_TO_LOSE,
    AFTER_CRIME,
    ARRESTED,
    ASKS_FOR_PARENT,
    BAD_WEATHER,
    BOGUS_CALLER,
    BULLIED_ONLINE,
    CAUGHT_VAPING,
    CHILD_ABUSED,
    CHILD_BULLIED,
    CRIME_TO_ME,
    CRYING_BABY,
    DEMENTIA_ASKS,
    DEPLOYED,
    DREAD_LOSING,
    EATING_DISORDER,
    EXCLUDED,
    FAMILY_CAME_OUT,
    FLASHBACK,
    FORGETS_TABLETS,
    FORGETS_TO_EAT,
    FOUND_ADOPTED,
    GETS_LOST,
    GRANDCHILDREN_TAKEN,
    HELPLESS,
    IN_PRISON,
    IN_SURGERY_NOW,
    IVF_FAILING,
    JOINED_FORCES,
    KEEPS_FALLING,
    LASHING_OUT_CONFUSED,
    LEFT_WITH_KIDS,
    LOST_WHERE,
    MANY_CALLS,
    MISSING_PET,
    MOVING_BACK,
    MOVING_IN_WITH_US,
    NEIGHBOUR_UNSEEN,
    NIGHT_FEAR,
    NO_NEWS_YET,
    NO_WORD_FROM,
    NOISES_IN_HOUSE,
    NOT_RECOGNISED,
    NURSERY_TROUBLE,
    OFF_FOOD,
    OLD_PET,
    OTHER_DRINKING,
    OTHER_EXPLOITED,
    OTHER_FELL,
    OTHER_IN_HOSPITAL,
    OTHER_INTO_CARE,
    OTHER_LEFT_ON,
    OTHER_NEGLECTED,
    OTHER_SKIPS_MEDS,
    OTHER_WITHDRAWN,
    OTHERS_DIVORCE,
    OTHERS_EXAMS,
    OTHERS_JOB_LOSS,
    PARENTS_SPLIT,
    PET_ATE_POISON,
    PET_ATTACKED,
    PET_DIAGNOSIS,
    PET_ESCAPES,
    PET_LUMP,
    PET_SENSES,
    PET_UNWELL,
    PILLS_GIVEN_AWAY,
    PREGNANT_AFTER_LOSS,
    PREGNANT_UNSURE,
    PRISON_SHAME,
    PUSHED_INTO_CARE,
    SCARED_AT_HOME,
    SORRY_FROM_PRISON,
    TEEN_QUIET,
    THEIR_FEAR,
    THINK_TAKEN,
    UNREACHABLE,
    VERBAL_AT_OTHER,
    WANDERING,
    WATER_LEAK,
    WITHDRAWN,
)

# What danger words of their own are answered with (the first found wins, before the
# branches in _danger that shape a reply).
_DANGER_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (SCARED_AT_HOME, (
        "It's horrible to feel unsafe in your own home.",
        "You never have to open the door to anyone: a door chain, a light outside or a video doorbell can help, and "
        "the police's non-emergency number will want to know if someone's bothering you.",
        "Is there someone who could stay with you for a few nights?")),
)


def _danger(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _DANGER_SAID)
    if said:
        return said
    if has(text, CRIME_TO_ME) and not has(text, AFTER_CRIME) and has(text, r"\b(?:burgled|broken into|ransacked)\b"):
        return ("I'm so sorry; coming home to that is a horrible shock, and it can leave you feeling unsafe in your "
                "own home.", "Report it to the police for a crime number, which the insurance will need; change the "
                "locks if keys were taken, and ring your bank if cards were. Victim support services can help with "
                "the shaken feeling too.", "Was much taken?")
    if has(text, CRIME_TO_ME) and not has(text, AFTER_CRIME):
        return ("I'm so sorry that happened to you; that's a horrible shock.", "It's normal to feel shaken for a while "
                "afterwards. Report it to the police if you haven't, and ring your bank if cards were taken.",
                "Were you hurt?")
    if has(text, FLASHBACK):
        return ("That sounds so distressing.", "Seeing it again and again is a common reaction after a shock, and it "
                "often eases with time; if it hasn't after a few weeks, your doctor can help, and there are good "
                "treatments.", "Were you hurt, and have you been able to talk to anyone about it?" if has(
                    text, r"\b(?:crash|accident|fall|attack)\b") else "Have you been able to talk to anyone about "
                "what happened?")
    if has(text, BOGUS_CALLER):
        return ("Please don't let them in.", "Real staff carry ID and will happily wait outside while you ring their "
                "company on the number from your bill, not one they give you. If they won't leave, or come back, call "
                "the police.", "Did they give a name or show any ID?")
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


# What family worry words of their own are answered with (the first found wins, before the
# branches in _family_worry that shape a reply).
_FAMILY_WORRY_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (CAUGHT_VAPING, (
        "That's a worry, and a common one.",
        "A calm chat, asking what they like about it and telling them why you worry, usually goes further than a "
        "row.",
        "How did they react when you found out?")),
    (TEEN_QUIET, (
        "That's hard, and very common with teenagers.",
        "Keep the door open without pushing; time side by side, a lift somewhere, cooking or a walk, often brings more "
        "talk than questions face to face.",
        "Has anything changed lately, at school or with friends?")),
    (PET_ESCAPES, (
        "That's worrying, with roads about.",
        "Walk the fence for gaps, or spots they can dig under or jump, and make sure the microchip has your up-to-date "
        "details.",
        "Do you know where they're getting out?")),
    (CRYING_BABY, (
        "That's so hard, and exhausting.",
        "Check the basics, hunger, nappy, wind, too hot or too cold, and try holding them close, gentle rocking or a "
        "walk. If they seem unwell, have a temperature, are floppy, not feeding, or the cry sounds different from "
        "usual, ring your doctor or a health advice line now.",
        "How old is your baby?")),
    (HELPLESS, (
        "That helpless feeling is so hard.",
        "Being there, holding a hand, keeping someone company, matters more than you might think.",
        "Are you getting any rest yourself?")),
    (PET_LUMP, (
        "It's natural to worry.",
        "Most lumps on pets turn out to be harmless, but it's worth getting the vet to look at it soon, especially if "
        "it's new or growing.",
        "Have you been able to book them in?")),
    (PREGNANT_UNSURE, (
        "That's a lot to take in, and it's okay not to know yet.",
        "You don't have to decide anything alone: a doctor, a sexual health clinic or a pregnancy advice service can "
        "talk through all your options in confidence.",
        "Is there someone you trust you could talk to?")),
    (MOVING_IN_WITH_US, (
        "That's a big change for everyone, and it's okay to feel uneasy about it.",
        "It helps to talk beforehand about how you'll each keep some space and time to yourselves, and what help "
        "you'll share.",
        "What worries you most about it?")),
    (FOUND_ADOPTED, (
        "That's a lot to take in.", "Finding out like that can shake your sense of who you are, and shock, "
        "anger and curiosity can all come at once. It doesn't change who loves you, and there's support for "
        "adopted people if you want to find out more.", "How are you feeling about it?")),
)


def _family_worry(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _FAMILY_WORRY_SAID)
    if said:
        return said
    who = sit.who or "someone you love"
    if has(text, FAMILY_CAME_OUT):
        him, he = them(sit), they(sit)
        torn = has(text, r"\b(?:isn'?t|not|hasn'?t|won'?t|doesn'?t|didn'?t|badly|angry|upset|furious|row|refus\w+)\b")
        return ("It sounds like you're caught in the middle." if torn else "Thank you for telling me.",
                f"Coming out takes courage, and {he} will remember who stood by {him}. " + (
                    "Others in the family may need time to catch up, and a support group for families of gay and "
                    "trans people can help them, and you." if torn else "What matters most now is that "
                    f"{he} {'know' if he == 'they' else 'knows'} {he}'s loved just the same."),
                "How are you feeling about it yourself?")
    if has(text, GETS_LOST):
        him, he = them(sit), they(sit)
        return ("That must be really worrying.", f"Getting lost on familiar routes can be an early sign of memory "
                f"problems, so it's worth {him} seeing the doctor for a memory check. Meanwhile a phone with location "
                f"sharing, a card with {their(sit)} address in {their(sit)} pocket, and going along sometimes can keep "
                f"{him} safe.", f"Has {he} noticed it {'themselves' if he == 'they' else him + 'self'}?")
    if has(text, UNREACHABLE):
        him = them(sit)
        return (f"That's worrying, when it isn't like {him}.", "Is there a neighbour or someone nearby who could "
                f"knock on the door? If nobody can reach {him} and you're worried {they(sit)} may be unwell, the "
                "police can do a welfare check.", "When did you last speak?")
    if has(text, ASKS_FOR_PARENT):
        mum = "mum" if has(text, r"\b(?:mother|mum|mom|mummy)\b") else "dad"
        her = "her" if mum == "mum" else "him"
        return (f"You're wondering where your {mum} is.", "If you're worried, we could ask someone here, or try "
                "ringing. I'm here with you "
                "meanwhile.", f"Tell me about {her}; what's {her.replace('him', 'he').replace('her', 'she')} like?")
    if has(text, CHILD_ABUSED):
        return ("That's so worrying.", "Stay close and keep the door open, without criticising the partner; people "
                "often aren't ready to leave at first, and knowing you're there matters. A domestic abuse helpline "
                "can advise you as family too.", "Has she said anything to you?" if has(text, r"\b(?:daughter|sister|"
                                                                                          r"granddaughter|she)\b")
                else "Has he said anything to you?")
    if has(text, PET_SENSES):
        deaf = has(text, r"\bdeaf\b")
        return ("That's sad to hear.", "Pets cope remarkably well; " + (
            "they lean on sight, smell and touch, and a hand signal or a gentle tap works instead of calling." if deaf
            else "they rely on smell and hearing, and keeping furniture and bowls in the same place helps them get "
                 "about."), "How are they in themselves?")
    if has(text, OTHER_LEFT_ON):
        he = they(sit) if sit.who else pet_pronoun(text)
        him = {"he": "him", "she": "her"}.get(he, "them")
        return ("That's a real worry.", f"It's worth asking the doctor to check {him} "
                "over, memory especially, and there are safety devices, like cookers that switch themselves off, that "
                "can help.", f"Was {he} upset when {he} realised?" if he != "they" else "Were they upset when they "
                "realised?")
    if has(text, JOINED_FORCES):
        one = them(sit)
        return ("It's natural to worry, and to be proud at the same time.", "The training is thorough, and they look "
                "after their people; letters, calls and parcels mean a great deal to anyone serving.",
                f"How is {they(sit)} finding it so far?" if one != "them" else "How are they finding it so far?")
    if has(text, LEFT_WITH_KIDS):
        return ("That's such a shock, for her and for you.", "Practical help, like having the children for a few hours "
                "or a meal dropped round, means so much right now, and she may need help with money and housing "
                "advice too.", "How is she coping?" if has(text, r"\b(?:daughter|her)\b") else "How are they coping?")
    if has(text, OTHER_NEGLECTED):
        return ("That's kind of you to notice, and it's right to take it seriously.", "If you think someone isn't "
                "being looked after, the council's adult social care team can check on them; you can ring them, and "
                "you don't have to be family.",
                "Is he safe right now?" if has(text, r"\b(?:he|him|his|dad|grandad|uncle|man|gentleman)\b") else
                "Is she safe right now?" if has(text, r"\b(?:she|her|mum|gran|aunt|woman|lady)\b") else
                "Are they safe right now?")
    if has(text, IVF_FAILING):
        she = they(sit)
        return ("That's so hard, for them and for you watching.", "IVF is such a rollercoaster of hope and loss, and "
                "the grief of it often goes unseen; being there and listening matters more than finding the right "
                "words.", f"How is {she} coping?" if she != "they" else "How are they coping?")
    if has(text, PREGNANT_AFTER_LOSS):
        she = they(sit) if sit.who else "she"
        return ("Of course you're anxious, after last time.", "Hope and worry often come together in a pregnancy after "
                "a loss; the midwife will keep a close eye, and there's support for exactly this.",
                f"How is {she} feeling?" if she != "they" else "How is everyone feeling?")
    if has(text, NO_WORD_FROM):
        him = them(sit)
        return ("It's hard when the silence goes on; your mind fills the gap with worries.", "Often people are just "
                "busy, and a short message asking them to let you know they're okay usually settles it.",
                f"Have you been able to send {him} a message?")
    if has(text, OTHER_INTO_CARE):
        return ("That's a big change, for them and for you.", "It can feel like a loss even while they're still here; "
                "visits, calls and cards help you both keep what you have, and the first weeks are often the hardest.",
                f"How {'do' if they(sit) == 'they' else 'does'} {they(sit)} feel about it, and how do you?")
    if has(text, OTHER_WITHDRAWN):
        return ("That must be worrying, and lonely for you too.", "Losing interest in going out can be a sign of low "
                "mood or a health problem, and it's worth mentioning to the doctor; a gentle word often helps more "
                "than pushing.", "Do you know what's changed?")
    if has(text, DEMENTIA_ASKS):
        asked = re.search(r"\b(?:for|where|when|about|if|whether)\b[^.!?]{0,30}\b(?:my|our|his|her) (\w+)", text, re.I)
        male = bool(asked) and asked.group(1).lower() in ("dad", "father", "husband", "brother")
        she, her = ("he", "him") if male else ("she", "her")
        return ("That's so hard to hear, every time.", "Gently going along with it often comforts more than "
                f"correcting: '{she}'s not here just now, tell me about {her}'. Correcting can make them grieve all "
                "over again.", "How are you coping with it yourself?")
    if has(text, THEIR_FEAR):
        child = they(sit)
        return ("Lots of children feel like that.", "Telling the staff beforehand helps; they're used to nervous "
                "little ones. A calm voice from you, a small reward afterwards and a favourite toy to hold can make "
                "it much easier.", f"What is {child} most worried about?" if child in ("he", "she") else
                "What are they most worried about?")
    if has(text, DEPLOYED):
        return ("That's such a worry for a parent.", "It's natural to feel frightened; keeping in touch when you "
                "can, and the support services for forces families, can help while they're away.",
                "How are you holding up?")
    if has(text, IN_PRISON) and not has(text, PRISON_SHAME):
        return ("That's a lot to take in; I'm so sorry.", "When someone you love is sent to prison, shock, worry and "
                "even shame can all come at once, and there are support services just for prisoners' families. "
                "Letters and visits will matter to them.", "How are you holding up?")
    if has(text, PRISON_SHAME):
        return ("That's a heavy thing to carry, and you've done nothing wrong.", "Families of people in prison often "
                "feel that shame, and there are support services just for them, in confidence.",
                "How are you managing?")
    if has(text, OTHER_DRINKING):
        one = they(sit) if sit.who and they(sit) != "they" else "they"
        decides = "decide" if one == "they" else "decides"
        return ("That must be so worrying, and hard to watch.", "Support for families of people who drink can help "
                f"you too, whatever {one} {decides} to do; you can't make someone stop, but you don't have to cope "
                "alone.", "Is there someone you can talk to about it?")
    if has(text, EATING_DISORDER):
        return ("That's so frightening to watch.", "An eating disorder is a serious illness, and getting worse means "
                "the doctor or the eating disorder team should know soon; eating disorder charities run helplines for "
                "families too. If they're faint, very weak or their heart races, get urgent help.",
                "How are you coping with it yourself?")
    if has(text, PET_DIAGNOSIS):
        one = pet_pronoun(text)
        return ("I'm sorry; that's worrying news.", "Many pets live well for a good while with treatment and the right "
                "food, and the vet can tell you what to watch for.",
                how_in_themselves(one))
    if has(text, AFRAID_TO_LOSE):
        one = re.search(r"\blose (him|her)\b", text, re.I)
        him = one.group(1).lower() if one else "them"
        he = {"him": "he's", "her": "she's"}.get(him, "they're")
        return (f"Of course you're frightened; you love {him} so much.", "Fear like that can be overwhelming. Try to "
                f"take it an hour at a time, and ask the staff to tell you plainly how {he} doing.",
                "Is anyone with you?")
    if has(text, DREAD_LOSING):
        one = re.search(r"\bwithout (him|her)\b", text, re.I)
        they_, have = {"him": ("He", "he's"), "her": ("She", "she's")}.get(one.group(1).lower() if one else "",
                                                                           ("They", "they've"))
        return (f"{they_} {'means' if they_ != 'They' else 'mean'} the world to you, that's clear.",
                f"Whatever happens, {have} had so much love from you. Try to take it one day at a time, and enjoy "
                "the time you have together.", "Is there someone you can lean on too?")
    if has(text, PILLS_GIVEN_AWAY):
        return ("Please stop giving them; people's tablets can be very dangerous to animals and to anyone else.",
                "And it's worth telling your doctor you've stopped taking them, so they can check you're alright "
                "without them.", "What made you feel you don't need them?")
    if has(text, PET_ATE_POISON):
        return ("Please ring your vet now, or an out-of-hours vet.", "Tell them what was eaten, roughly how much and "
                "when, and the pet's weight; some foods are dangerous even in small amounts. Don't try to make them "
                "sick yourself.", "Do you know how much was eaten?")
    if has(text, CHILD_BULLIED) and not has(text, BULLIED_ONLINE):
        him, he = them(sit), they(sit)
        his = their(sit)
        at_school = has(text, r"\b(?:school|class|teacher|bus|playground|college|nursery)\b")
        who_acts = ("talk to the school; they have to have a plan for bullying and act on it." if at_school else
                    "if it keeps happening, have a word with whoever runs the place or the other children's parents.")
        return ("That's so hard to see when it's someone you love.", f"Stay calm, and let {him} know {he} can tell "
                f"you anything and that it's not {his} fault. Write down what happens and when, and {who_acts}",
                f"How much has {he} told you about it?" if he != "they" else "How much have they told you about it?")
    if has(text, OTHER_IN_HOSPITAL) and not has(text, r"\b(?:recovering|home|better|discharged)\b"):
        return ("I'm so sorry; that's frightening news.", "It's hard waiting to hear, and you can't do much from "
                "outside except be there for them.", "Do you know how they're doing?")
    if has(text, PET_ATTACKED):
        pet = re.search(r"\b(?:my|our) (?:\w+ )?(cat|dog|puppy|kitten|rabbit|pet|chickens?|guinea pig)\b",
                        text, re.I)
        what = pet.group(1).lower() if pet else "pet"
        owner = ("Foxes come back, so make sure they're shut in securely at night." if has(text, r"\bfox") else
                 "Then it's worth telling the owner, and the council's dog warden if it happens again.")
        return (f"Oh no, {'are' if what.endswith('s') else 'is'} your {what} alright?", "Please get them checked by a "
                f"vet today, even if the wounds look small; bites often get infected. {owner}", "How are they now?")
    if has(text, OTHER_SKIPS_MEDS):
        one = they(sit)
        return ("That's a real worry.", "A pill organiser with the days on it, an alarm at the same time each day, or "
                "blister packs from the pharmacist can all help; if the forgetting is new, it's worth mentioning to "
                "the doctor.", f"Does {one} mind being reminded?" if one in ("he", "she") else
                "Do they mind being reminded?")
    if has(text, OTHER_EXPLOITED) and has(text, r"\b(?:carer|care worker|cleaner|helper)\b") and has(
            text, r"\b(?:stole|stolen|took|taken|taking|pinched|helped (?:him|her)self|helping (?:him|her)self)\b"):
        return ("That's serious, and it isn't okay.", "Tell the care agency straight away, and the council's adult "
                "safeguarding team; you can report it to the police too.", "Is she safe, and does she know?"
                if has(text, r"\b(?:mum|mom|gran|nan|aunt|her)\b") else "Is he safe, and does he know?")
    if has(text, OTHER_EXPLOITED):
        return others_exploited()
    if has(text, VERBAL_AT_OTHER):
        return watching_abuse(text)
    if has(text, r"\b(?:got|get|gets|getting|been|is|was|in) (?:into |in )?(?:trouble|a fight|fights)\b|\b(?:suspended|"
                 r"excluded|expelled)\b") and sit.who_kind != "pet":
        return ("That's worrying to hear.", "Children sometimes act out when something else is going on, at school or "
                "at home, and a calm word from someone they love can help.", "Do you know what happened?")
    if has(text, OTHERS_DIVORCE):
        one = they(sit)
        return ("It's so hard watching someone you love go through that.", "Being there and listening, without "
                "taking sides, helps more than you'd think, and you can be a steady place for any grandchildren.",
                f"How {'is' if one in ('he', 'she') else 'are'} {one} coping?")
    if has(text, PUSHED_INTO_CARE):
        asker = them(sit)
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
        broke = re.search(r"\b(?:broken|broke|fractured) (?:her|his|their) (\w+)", text, re.I)
        if broke:
            return (f"Oh no, a broken {broke.group(1).lower()} is painful, and such a shock.", "It makes everyday "
                    f"things hard for a while, so {dict(him='he', her='she').get(him, 'they')} may need a hand at "
                    "home while it heals; ask the hospital about help and physio.",
                    {"her": "How is she managing?", "him": "How is he managing?"}.get(him, "How are they managing?"))
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
    if (sit.who_kind == "pet" or has(text, PET_UNWELL)) and not has(text, MISSING_PET):  # unwell (not a loss)
        him = {"him": "him", "her": "her"}.get(them(sit), "them") if sit.who_word not in ("dog", "cat") else (
            "him" if has(text, r"\b(?:he|him|his)\b") else "her" if has(text, r"\b(?:she|her)\b") else "them")
        ahead = has(text, r"\b(?:got to|has to|have to|needs? to|needs|is having|'s having|going to) (?:have )?"
                          r"[^.!?]{0,25}\b(?:operation|surgery|op|amputated|removed)\b")
        if ahead:
            return ("Oh no, poor thing, and what a worry for you.", "Pets often cope remarkably well after an "
                    "operation, even a big one, and the vet will help with pain and getting them used to things.",
                    "When is it happening?")
        if has(text, r"\b(?:operation|surgery|an op|amputat\w+)\b"):
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
        return ("That's worrying.", "Appetite can drop for lots of reasons, like stress, low mood, a medicine or "
                "feeling unwell, so it's worth a doctor taking a "
                "look.", f"Have you noticed anything else different about {them(sit)}?")
    if has(text, NURSERY_TROUBLE):
        told = has(text, r"\b(?:says?|said|told me|rang|called|phoned)\b")
        return ("That's a hard call to get." if told else "Oh, that moment is mortifying.",
                "Biting and hitting are really common at that age; it's usually frustration without the words for it "
                "yet, and it passes.", "Did the nursery say how they're handling it?")
    if has(text, MANY_CALLS):
        return ("That sounds wearing.", "Calls like that can be a sign someone is anxious, lonely or more muddled "
                "than they let on.", f"Have you been able to ask {them(sit)} what's behind it?")
    if has(text, FORGETS_TO_EAT):
        he = they(sit)
        return ("That's a real worry.", "Easy food left where it's seen, a phone reminder at mealtimes, or a meals "
                f"service can help. It's worth {their(sit)} doctor knowing soon too: forgetting to eat can be a sign "
                f"of "
                "memory changes, low mood or an infection, and weight loss needs checking.",
                f"Has {he} lost weight?" if he != "they" else "Have they lost weight?")
    if has(text, FORGETS_TABLETS):
        he = they(sit)
        return ("That's a real worry.", f"A pharmacist can put {their(sit)} tablets in blister packs by day and time, "
                f"and a phone alarm or a tick chart helps. It's worth mentioning to {their(sit)} doctor too, as "
                "forgetting can be a sign of memory changes, or of too many tablets to juggle.",
                f"Has {he} missed any important ones?" if he != "they" else "Have they missed any important ones?")
    if has(text, EXCLUDED):
        him = them(sit)
        return ("That's a real worry, and a shock.", f"Ask the school for the reasons in writing and a meeting about "
                f"getting {him} back in, and what support they'll put in place; exclusions can be challenged if they "
                "seem unfair.", "Do you know what happened?")
    if has(text, LASHING_OUT_CONFUSED):
        return lashing_out()
    if has(text, GRANDCHILDREN_TAKEN):
        child = "daughter" if has(text, r"\b(?:left|walked out on) (?:my|our) daughter\b") else "son"
        return (f"I'm so sorry; that's a lot of heartache at once, for your {child} and for you.",
                "It's natural to worry about the children and about seeing them. Staying calm and kind with both "
                "parents keeps the door open, and grandparents can often keep in touch through the parent.",
                f"How is your {child} coping?")
    if has(text, WITHDRAWN) and has(text, r"\b(?:redundan\w*|lost (?:his|her|their) job|laid off|sacked|fired|"
                                        r"retired|retirement)\b"):
        he = they(sit)
        return ("That sounds worrying.", "Losing a job can hit hard, and staying in bed can be a sign of low mood "
                "more than laziness. Gentle company, a little routine, and getting out for a walk together can help; "
                "if it goes on for a couple of weeks, it's worth talking to a doctor.",
                f"How long {'have' if he == 'they' else 'has'} {he} been like this?")
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
