"""Replies to good news: achievements, family joys, plans and thanks (ROS-free)."""

from __future__ import annotations

import re

from emoomni_ros.reasoning.replies.common import (
    FEELING_LINE,
    MISSED_AT_IT,
    bittersweet_move,
    brave_step,
    cap,
    first_said,
    has,
    pet_pronoun,
    pick,
    retired,
    them,
)
from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    ADOPTED,
    ANNIVERSARY,
    ASKED_TO_MOVE_IN,
    BABY_ARRIVED,
    BIG_BIRTHDAY,
    BRAVE_STEP,
    CAME_OUT_WELL,
    CHILD_STARTS,
    DATE_NERVES,
    DEBT_FREE,
    FIRST_DAY,
    FIRST_OUTING,
    FIXED_AT_LAST,
    GOOD_CARER,
    GOT_INTO,
    GROUP_NEARBY,
    HEARD_FROM,
    HOME_SOLD,
    HOSTING_SUCCESS,
    HOSTING_WORRY,
    IN_LABOUR,
    INVITED_ALONE,
    JOURNEY_WORRY,
    KEEPING_UP,
    KINDNESS,
    LEARNED_SKILL,
    LEAVING_FAMILY,
    LOVELY_CHAT,
    MADE_FAVOURITE,
    MADE_FOR,
    MADE_UP,
    MEETING_BIRTH_FAMILY,
    MIGHT_BE_PROMOTED,
    MISSING_PET,
    MONEY_BACK,
    MOVING_ABROAD,
    MOVING_AWAY_FROM,
    NEW_FRIEND,
    NEW_HOME,
    NEW_PET,
    NO_FUSS,
    NOT_READY,
    ON_A_ROLL,
    PAST_CAREER,
    PAY_RISE,
    PET_BACK,
    PET_BIRTH,
    PET_COMPANY,
    PETS_REHOMED,
    PROPOSAL,
    PROUD_OF_MYSELF,
    QUIT_WEIGHT,
    RAISED,
    RETIRED,
    SAVED_AND_BOUGHT,
    SELLING_HOME,
    SURE_I_FAILED,
    TAKING_STOCK,
    TAUGHT_ME,
    TREAT,
    USED_TO,
    USED_TO_LOVE,
    VISIT,
    VISIT_COMING,
    VISIT_TIRING,
    WE_MOVE_ABROAD,
    WEIGHT_LOST,
    WENT_OKAY,
    WILL_DECIDED,
    WORK_PRAISED,
    WRITING_TO,
)

# What achievement words of their own are answered with (the first found wins, before the
# branches in _achievement that shape a reply).
_ACHIEVEMENT_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (FIRST_OUTING, (
        "Oh, that's lovely; you must have needed that!",
        "Getting out again after a while is a real step.",
        "What was the best bit?")),
    (QUIT_WEIGHT, (
        "Giving up smoking is a huge thing, and you did it.",
        "Putting on a bit of weight is really common afterwards, and it's far less of a risk than smoking; it usually "
        "settles with time and small changes.",
        "How long has it been since your last cigarette?")),
    (LEARNED_SKILL, (
        "Well done you!",
        "Learning something new takes patience and a bit of nerve, and it opens up so much.",
        "How does it feel to have cracked it?")),
    (SURE_I_FAILED, (
        "And you did it anyway!",
        "It's so common to feel sure you've failed; it usually just means you cared about doing well.",
        "What made you so sure?")),
)


def _achievement(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _ACHIEVEMENT_SAID)
    if said:
        return said
    if has(text, SAVED_AND_BOUGHT):
        thing = re.search(r"\b(?:car|house|home|flat|bike|van|trip|holiday|guitar|laptop|ring)\b", text, re.I)
        return ("Well done, that's brilliant!", "All those months of saving make it feel even better; you earned "
                "every bit of it.", f"What's the first thing you'll do with the {thing.group(0).lower()}?" if thing
                else "What's the first thing you'll do with it?")
    if has(text, PAY_RISE):
        return ("Congratulations, that's well deserved!", "It's good when the effort is recognised.",
                "Will you treat yourself?")
    if has(text, WORK_PRAISED):
        return ("That's brilliant; you must be so proud!", "Praise like that is worth holding on to.",
                "What was it about?")
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
    elif has(text, r"\b(?:won|champion\w*|came first|first place (?:in|at|for)|first prize)\b"):
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


# What family good words of their own are answered with (the first found wins, before the
# branches in _family_good that shape a reply).
_FAMILY_GOOD_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (ASKED_TO_MOVE_IN, (
        "That's a big decision.",
        "It shows how much they want you close, and it's a big change for everyone too; it's fine to take your time "
        "and talk about how it would work.",
        "How do you feel about it?")),
    (MADE_FAVOURITE, (
        "Aw, that's lovely.",
        "Coming home to their favourite will make them feel so welcome.",
        "What did you make?")),
    (PETS_REHOMED, (
        "Well done, that's a lovely feeling!",
        "Knowing they've all gone to good homes makes all the work worth it.",
        "Will you miss them?")),
    (MOVING_ABROAD, (
        "That's big news!",
        "It can be exciting and hard at once, having them so far away; video calls and visits help more than you'd "
        "think.",
        "How do you feel about it?")),
)


def _family_good(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _FAMILY_GOOD_SAID)
    if said:
        return said
    if sit.who and has(text, r"\b(?:off to|going to|starting|started|got into|got a place at) (?:university|uni|"
                             r"college)\b") and not has(text, r"\b(?:miss|quiet|empty|lonely)\b"):
        return ("How wonderful; you must be so proud!", "It's a big step, and an exciting one.",
                "What are they going to study?")
    if has(text, LOVELY_CHAT) and not has(text, r"\b(?:came|come|popped|dropped) (?:round|over|in|by)\b|\bvisit\w*"):
        return ("How lovely!", "A good chat can lift the whole day.", "What did you talk about?")
    if has(text, VISIT_COMING) and not has(text, VISIT_TIRING) and not has(text, USED_TO):
        return ("How lovely!", "Company to look forward to makes the days in between go faster.",
                "What would you like to do together?")
    if has(text, BABY_ARRIVED):
        if has(text, r"\b(?:exhausted|tired|shattered|knackered|no sleep|worn out)\b"):
            return ("Congratulations; what wonderful "
                    "news!", "And exhaustion in those first weeks is completely normal: "
                    "rest whenever you can, and say yes to every offer of help.", "How are you both doing?")
        return ("Congratulations, how wonderful!", "A new little one is such a joy.", "How are mum and baby doing?")
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
    if has(text, ADOPTED):
        return ("Congratulations, what wonderful news!", "A new little one joining the family is such a joy, and a "
                "big change too.", "How is he settling in?" if has(text, r"\b(?:boy|son|him)\b") else
                "How is she settling in?" if has(text, r"\b(?:girl|daughter|her)\b") else "How are they settling in?")
    if has(text, CAME_OUT_WELL):
        return ("That's wonderful; I'm so glad it went well.", "That must be such a relief, after carrying it for so "
                "long.", "How are you feeling now?")
    if has(text, TREAT) and has(text, r"\btook (?:me|us)\b"):
        return ("How lovely!", "It's nice to be spoilt a little.", "Where did you go?")
    if has(text, TREAT):
        return ("How lovely!", "It's nice to be spoilt a little, and to have something to look forward to.",
                "Where are you going?")
    if has(text, MISSING_PET) and has(text, PET_BACK):
        verb = {"she": "Is she", "he": "Is he"}.get(pet_pronoun(text), "Are they")
        return ("Oh, what a relief!", "Those hours of not knowing must have felt endless.",
                f"{verb} none the worse for the adventure?")
    if has(text, MADE_UP):
        return ("Oh, that's wonderful!", "After so long apart, making up takes courage on both sides.",
                "How did it come about?")
    if has(text, NEW_FRIEND):
        return ("That's lovely!", "A new friend can brighten everything.", "What are they like?")
    if has(text, PET_COMPANY):
        sounds = {"she": "She sounds", "he": "He sounds"}.get(pet_pronoun(text), "They sound")
        return (f"{sounds} like wonderful company.", "A pet can be such a comfort, someone to talk to and care for "
                "every day.", "Do you get to see other people much, too?")
    if has(text, NEW_PET):
        pet = re.search(r"\b(puppy|kitten|dog|cat|rabbit|budgie|bunny|guinea pig)\b", text, re.I)
        name = {"she": "her", "he": "his"}.get(pet_pronoun(text), "their")
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
        if has(text, TAKING_STOCK):
            return (f"Happy birthday{who}.", "Birthdays like that make us take stock, and it's easy to be hard on "
                    "ourselves; a life is made of much more than the big milestones.",
                    "If a friend told you their last few years, what would you say they'd got through?")
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
                   r"engaged|been engaged|engaged)\b|\b(?:my|our) (?:partner|boyfriend|girlfriend|fella|man|"
                   r"husband|wife)\b[^.!?]{0,12}\b(?:proposed|popped the question)\b(?! to (?!me\b))|\bproposed to "
                   r"me\b"):
        ack, feel = "Congratulations, how wonderful!", "Love at any age is something to celebrate."
        follow = "Tell me about them! How did you meet?"
        if has(text, r"\b(?:proposed|popped the question)\b"):
            feel, follow = "That's a moment to remember for the rest of your life.", ("Have you started dreaming "
                                                                                   "about the wedding yet?")
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


# What plans words of their own are answered with (the first found wins, before the
# branches in _plans that shape a reply).
_PLANS_SAID: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (HOME_SOLD, (
        "That's a big step!",
        "Selling a home brings all sorts of feelings at once, relief, excitement and a bit of sadness too.",
        "How are you feeling about the move?")),
    (WENT_OKAY, (
        "That's good to hear.",
        "Okay is often better than it feels straight afterwards.",
        "When will you find out?")),
    (LEAVING_FAMILY, (
        "Of course; leaving them is the hardest part of any move.",
        "Video calls, visits and having them to stay can keep you close, and children are good at picking up where "
        "they left off.",
        "How often do you think you'll see them?")),
    (WE_MOVE_ABROAD, (
        "What a big adventure!",
        "A move like that is exciting and a lot at once.",
        "How are you feeling about it?")),
    (HOSTING_WORRY, (
        "Cooking for everyone is a lot.",
        "Keep it simple, do what you can the day before, and let them help; they're coming for you, not the food.",
        "What are you planning to make?")),
    (MIGHT_BE_PROMOTED, (
        "Ooh, that's exciting!",
        "Being considered at all says they've noticed what you do, whatever happens.",
        "Would you like it, if it comes?")),
    (MEETING_BIRTH_FAMILY, (
        "That's a huge moment; no wonder you're nervous.", "It's fine to feel hope, fear and everything in "
        "between. It can help to keep the first meeting short, somewhere neutral, with someone you trust to "
        "talk to afterwards.", "What are you hoping for from it?")),
)


def _plans(sit: Situation, text: str, key: str) -> tuple[str, str, str]:
    said = first_said(text, _PLANS_SAID)
    if said:
        return said
    if has(text, SELLING_HOME):
        return bittersweet_move()
    if has(text, JOURNEY_WORRY):
        return ("A long journey can be a lot.", "Could someone drive you or travel with you, with rests planned on the "
                "way? Trains and airports can book assistance too, so someone meets you.",
                "How would you get there?")
    if has(text, MOVING_AWAY_FROM):
        return ("That's the hard part of good news.", "It's natural to feel torn; regular calls and visits planned "
                "ahead keep people close, even from a distance.", "How do they feel about it?")
    if has(text, NOT_READY):
        return ("That's a big step, and it's fine not to feel ready yet.", "Talking honestly about what worries you, "
                "and what you'd both want, usually helps more than going along with it.", "What's making you unsure?")
    if has(text, CHILD_STARTS) and not has(text, r"\b(?:nervous|worried|anxious|scared|dreading|terrified|upset|cry|"
                                            r"wreck|state|bag of nerves|emotional)"):
        return ("Aw, that's a big step!", "The first few days can be emotional for parents too, and little ones "
                "usually settle in quicker than you'd think.", "How are you feeling about it?")
    if has(text, CHILD_STARTS):
        return ("Aw, a big day for both of you!", "It's so natural to feel nervous; children usually settle in faster "
                "than their parents do, and the staff are used to first days.", "Is everything ready for the morning?"
                if has(text, r"\btomorrow\b") else "How are you both feeling about it?")
    if has(text, FIRST_DAY):
        return ("A first day somewhere new is always a bit daunting, and going takes "
                "courage.", "The staff will look out for you, and everyone "
                "there was new once too.", "What are you hoping to do there?")
    if has(text, DATE_NERVES):
        return ("Ooh, how exciting!", "Nerves just mean you care. Pick somewhere you feel comfortable, and remember "
                "they're probably nervous too.", "Where are you going?")
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
    elif has(text, r"\b(?:mov(?:e|ing)|downsiz\w+|selling up)\b") and has(text, r"\bmiss\w*\b") and has(
            text, r"\b(?:garden|house|home|view|"
                                                                              r"allotment|kitchen)\b"):
        ack, feel = "A move is a big step, and it sounds like the right one.", ("It's okay if it feels bittersweet; a "
                                                                             "place you've made your own is hard to "
                                                                             "leave.")
        follow = "Could you take a few favourite plants or things with you, to make the new place yours?"
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
