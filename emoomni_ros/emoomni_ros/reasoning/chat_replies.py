"""What the embedded reasoner says outside a told situation: about the robot itself (praise, its own
feelings, whether it thinks ill of the person), everyday requests (the time and date from its own
clock, a joke, a poem, a meal idea, help with a phone or tablet), small talk, and the replies for
words whose feeling is not clear. Phrasings are picked by a hash of the words (same input, same
reply)."""

from __future__ import annotations

import re
from datetime import datetime

from emoomni_ros.reasoning.how_to import how_to_answer
from emoomni_ros.reasoning.replies import has, lost_ability, need_talk_reply, pick
from emoomni_ros.reasoning.word_rules import (
    ACHING_FIGURATIVE,
    APP_CONFUSION,
    APPOINTMENT_ARRIVAL,
    AWAY_A_WHILE,
    BIRTHDAY_TODAY,
    BODY_HATE,
    BORED,
    CANCEL_SUB,
    CANT_GET_UP_MORNINGS,
    CAT_PRESENT,
    COMPANY_FOR_IT,
    DOSE_DOUBT,
    ERRAND,
    FEEL_EMPTY,
    FINE_THANKS,
    GAME_BANTER,
    GOOD_TIME_NOW,
    GOODBYE,
    IN_TROUBLE,
    JUST_SAD,
    LAUGHED,
    LAUGHED_AGAIN,
    LOST_ABILITY,
    LOST_IN_BUILDING,
    LOST_THREAD,
    LOW_SPAN,
    NEED_TALK,
    NEW_GADGET,
    NEWS_TEASE,
    NEWS_TEASER,
    NO_REASON_WHY,
    PASS_EXPIRED,
    PAST_OUTING,
    PRETENDING_FINE,
    RATHER_DIE_THAN,
    RELUCTANT_GUEST,
    SAD_FILM,
    SARCASTIC_WEATHER,
    SHUT_IN,
    SLEEPY,
    SPEAK_UP,
    STOP_ASKING,
    TEAM_LOST,
    TEARS_NO_REASON,
    TURNING_INTO,
    VISITOR_LEFT,
    WEATHER_CAUSE,
    WEATHER_MOAN,
    WINTER_LOW,
)

# -- a step towards help ------------------------------------------------------------------------------

# Asked whether to accept an invitation ("should I go?"): a decision, not a study plan.
SHOULD_I_GO = re.compile(r"\bshould i (?:go|accept|say yes|take (?:it|them up on it))\b", re.I)

# "Well, not really." after "I'm fine": the truth after all.
NOT_REALLY = re.compile(r"^\W*(?:well,? |honestly,? |to be honest,? |actually,? )?(?:not really|no,? not really|not so "
                        r"much|not great|not good|not too good|not very|not the best|could be better|been better)\b",
                        re.I)

HELP_STEP = re.compile(r"\b(?:i'?ll|i will|i might|maybe i'?ll|i'?m going to|going to|i should|i think i'?ll) (?:\w+ "
                       r")?(?:talk to|ring|call|see|speak to|book (?:in )?with|make an appointment with|go to) (?:my|"
                       r"the|a) (?:doctor|gp|nurse|counsellor|therapist|helpline|samaritans|support group|bereavement "
                       r"group)\b",
                       re.I)


def help_step_reply(text: str) -> str:
    """Said when the person plans to ask for help ("maybe I'll talk to my doctor")."""
    return ("That sounds like a really good idea. It can help to jot down what you want to say first, so nothing "
            "gets forgotten. Would you like to think it through together?")


# Asked to do something with its hands (the heating, a window, a cup of tea): it has none, so it says so and
# points to who can.
PHYSICAL_ASK = re.compile(r"\b(?:can|could|would|will) you(?: please)?(?: just)? (?:turn|switch|put|open|close|shut|"
                          r"make|fetch|get|bring|pass|pick|draw)\b[^.!?]{0,25}\b(?:heating|radiator|thermostat|fire|"
                          r"lights?|lamp|telly|tv|fan|window|door|curtains|blinds|cup of tea|cuppa|tea|coffee|drink|"
                          r"glass of water|water|blanket|cardigan|remote|glasses)\b", re.I)


def physical_ask_reply(text: str) -> str:
    """Asked to do something in the room: honest that it can't, and who can."""
    if re.search(r"\b(?:heating|radiator|thermostat|fire|cold|freezing|chilly|blanket|cardigan)\b", text, re.I):
        return ("I'm sorry you're cold; I can't change the heating myself, I'm afraid. If you can reach the "
                "thermostat, turning it up a notch helps, or ask whoever's looking after you; a blanket and a warm "
                "drink help in the meantime. Is there someone nearby who could do it for you?")
    return ("I'd love to, but I can't move things or fetch anything myself, I'm afraid. Is there someone nearby, or a "
            "call button, that could get it for you?")


# -- about the robot itself ---------------------------------------------------------------------------

ROBOT_PRAISE = re.compile(r"^\s*(?:oh,? |aw,? |well,? )?(?:you(?:'re| are)|you've been) (?:a |such a |so |very |"
                          r"really |the |ever so |always )?(?:good|great|lovely|kind|wonderful|brilliant|clever|sweet|"
                          r"helpful|nice|best|funny|good company|a good listener|a (?:good|great|real) friend)\b"
                          r"(?![^.!?]*\bbut\b)",
                          re.I)
ROBOT_FEELINGS = re.compile(r"\b(?:do|are|can|did) you (?:ever |really |actually )?(?:get |feel |have |ever feel )?"
                            r"(?P<what>lonely|sad|happy|bored|tired|scared|feelings|emotions|dreams?|sleep|love)\b",
                            re.I)


SELF_DOUBT_QUESTION = re.compile(r"\b(?:do|would) you (?:think|say) i(?:'m| am) (?:a |an |just a |being )?(?:\w+ "
                                 r")?(?:silly|stupid|daft|foolish|boring|mad|crazy|annoying|nuisance|burden|useless|"
                                 r"pathetic|old fool|idiot|bad person|horrible person|terrible person|selfish)\b|\bam "
                                 r"i (?:a |an |being )?(?:\w+ )?(?:silly|stupid|daft|foolish|boring|mad|crazy|annoying|"
                                 r"nuisance|useless|pathetic|old fool|idiot)\b", re.I)


def robot_reply(text: str) -> str:
    """Praise of the robot, a question about its own feelings, or whether it thinks ill of them; "" otherwise."""
    if SELF_DOUBT_QUESTION.search(text) and "?" in text:
        return ("Not at all. I think you're someone worth listening to, and I enjoy our chats. Has someone made you "
                "feel that way?")
    if re.search(r"\b(?:lovely|nice|good|great|wonderful) (?:to have|having) (?:someone|somebody|you) to (?:talk|chat) "
                 r"to\b", text, re.I):
        return "I'm glad I'm here for you too. I really enjoy our chats. What shall we talk about?"
    if re.search(r"\bi (?:really )?love you\b|\byou'?re my (?:best )?friend\b", text, re.I):
        return ("That's so lovely of you to say. I really look forward to our chats too. What would you like to talk "
                "about today?")
    if re.search(r"\bare you (?:a )?(?:real|human|alive|a (?:real )?person|a robot|a machine|a computer|real or)\b",
                 text, re.I):
        return ("I'm a robot, not a person: a companion that listens and talks with you. I don't feel things the way "
                "people do, but I'm here to listen. What's on your mind?")
    if re.search(r"\bwhat(?:'s| is) your name\b|\bwho are you\b|\bdo you have a name\b", text, re.I):
        return ("I'm your companion robot; I don't mind what you call me. What would you like to call me?")
    if re.search(r"\b(?:can|will|would) you keep (?:a |it )?secrets?\b|\bkeep (?:this|it) (?:between us|to yourself)\b",
                 text, re.I):
        return ("I'm not one to gossip, but I should be honest: if I'm ever worried that you or someone else might be "
                "in danger, I'd make sure someone who can help knows. Otherwise I'm here to listen. What's on your "
                "mind?")
    if re.search(r"\bare you (?:recording|listening to|keeping|storing|saving) (?:what i say|me|everything|this|"
                 r"our (?:chats?|conversations?))\b|\bwho (?:can|gets to) (?:hear|see|read) (?:this|what i say)\b",
                 text, re.I):
        return ("I listen to what you say so I can understand how you feel and answer you. Whoever set me up can tell "
                "you exactly what is kept and for how long. If I'm worried about your safety, I may let someone who "
                "can help know. Is something on your mind?")
    if re.search(r"\bwhy (?:am i|i'?m) (?:telling|talking to) (?:a robot|you|a machine)\b", text, re.I):
        return ("I'm glad you are. Sometimes it's easier to say things out loud to someone who just listens, without "
                "judging. I'm here. What else is on your mind?")
    if ROBOT_PRAISE.search(text):
        return "Thank you, that's kind of you to say. I really enjoy our chats. How are you doing today?"
    asked = ROBOT_FEELINGS.search(text)
    if asked and "?" in text:
        follow = ("Do you get lonely sometimes?" if asked.group("what").lower() in ("lonely", "bored")
                  else "How about you, how are you feeling today?")
        return ("I don't feel things the way people do, but I do like our chats, and I notice when you seem happy "
                f"or low. {follow}")
    return ""


# -- requests and small talk --------------------------------------------------------------------------

JOKES = (
    "Why did the robot go on holiday? It needed to recharge its batteries.",
    "What do you call a bear with no teeth? A gummy bear.",
    "Why don't eggs tell jokes? They'd crack each other up.",
)


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def clock_reply(text: str, now: datetime | None = None) -> str:
    """The day, the date or the time from the robot's own clock; "" when not asked."""
    now = now or datetime.now()
    if has(text, r"\bwhat year (?:is it|is this|are we in)\b"):
        return f"It's {now.year}."
    if has(text, r"\bwhat(?:'s| is)? the time\b|\bwhat time (?:is it|it is)\b|\btell me the time\b"):
        return f"It's {now.strftime('%H:%M')}."
    # "what day is it?", not "what day the bins go out"
    if has(text, r"\bwhat(?:'s| is)? (?:the )?(?:day|date)(?: is it| today| it is| is today)?(?=\s*(?:[?.!,]|$|today|"
                 r"please))|\btoday'?s date\b"):
        return f"It's {now.strftime('%A')}, the {_ordinal(now.day)} of {now.strftime('%B')}."
    return ""


# Short verses in the public domain (Christina Rossetti, 1872; Robert Louis Stevenson, 1885).
POEMS = (
    "Here's one by Christina Rossetti: \"Who has seen the wind? Neither I nor you: but when the leaves hang "
    "trembling, the wind is passing through. Who has seen the wind? Neither you nor I: but when the trees bow down "
    "their heads, the wind is passing by.\"",
    "Here's a little one by Robert Louis Stevenson, called Happy Thought: \"The world is so full of a number of "
    "things, I'm sure we should all be as happy as kings.\"",
)
TECH = (r"\b(?:video[- ]?call\w*|zoom|whatsapp|facetime|skype|tablet|ipad|smartphone|mobile|phone|computer|laptop|"
        r"e-?mail|internet|wi-?fi|app|text message|remote|telly|tv)\b")


# Asked the way somewhere: the robot has no map, but can say where the route is found.
DIRECTIONS = re.compile(r"\bhow (?:do|can|would|should) (?:i|we) get (?:to|there)\b|\b(?:directions|the way) to\b|"
                        r"\bwhich bus (?:goes|do i|should i)\b", re.I)


def answers_directly(text: str) -> bool:
    """Whether the question has its own answer here (the way somewhere, a how-to, whether to go), which
    comes before any general tip the feeling would suggest."""
    return bool(SHOULD_I_GO.search(text) or DIRECTIONS.search(text) or how_to_answer(text))


OFFER_TO_ME = re.compile(r"\b(?:do you (?:need|want) anything|can i (?:get|bring) you (?:anything|something)|shall i "
                         r"(?:get|bring) you (?:anything|something)|would you like anything)\b", re.I)


def request_reply(text: str, key: str, now: datetime | None = None) -> str:
    return practical_reply(text, key, now) or (
        "I can't look that up from here, but I'm happy to think it through with you. What do you already know "
        "about it?")


def practical_reply(text: str, key: str, now: datetime | None = None) -> str:
    """An answer to an everyday request or practical question; "" when there is nothing specific to say."""
    told = clock_reply(text, now)
    if told:
        return told + " Is there anything you need to get done today?"
    if OFFER_TO_ME.search(text):  # "I'm going to the shops, do you need anything?"
        return ("That's kind of you to ask! I'm all set, thank you. Have you got a list, or is there anything you "
                "want me to help you remember?")
    if SHOULD_I_GO.search(text):
        return ("That's a nice thing to be asked. It can be lovely to see old faces, and it's fine to feel unsure. "
                "What's pulling you each way?")
    if has(text, r"\b(?:call|ring|phone|text|message) (?:my|our|the) \w+(?: for "
                 r"me)?\b") and has(text, r"\b(?:can|could|would|will) you\b"):
        return ("I can't make calls myself, I'm afraid. If you tell me who you'd like to reach, we can work out the "
                "easiest way together: your phone's contacts, or a number written down somewhere. Who is it?")
    if has(text, r"\bsing (?:me |us )?(?:a |something|some)\b"):
        return ("I'm not much of a singer, I'm afraid! But I'd love to hear about the songs you like. Is there one "
                "that always makes you smile?")
    if has(text, r"\b(?:play|put on) (?:me )?(?:some |a |my )?(?:music|songs?|the radio|a tune|tunes|records?)\b|\bput "
                 r"(?:some |the )?(?:music|radio|a song|a record) on\b"):
        return ("I can't play music myself, I'm afraid. A radio or a smart speaker nearby could. What would you like "
                "to hear?")
    if has(text, r"\b(?:help me|can you|could you|would you)\b[^.!?]{0,20}\bwrite (?:a |an )?(?:letter|email|complaint|"
                 r"card|note)\b"):
        return ("Of course. Let's start with who it's to and what you'd like them to do; then we'll keep it short and "
                "clear, one point at a time. What's it about?")
    if has(text, APP_CONFUSION):
        return ("It can be really confusing at first; it's not you, these things aren't made very clear. We can go "
                "through it one step at a time. What would you like to be able to do with it?")
    if has(text, PASS_EXPIRED):
        return ("That's a pain. You can usually renew it through the council or online, and a library or a family "
                "member can help with the form. Would you like to go through what you'll need?")
    if has(text, DOSE_DOUBT):
        return ("If you're not sure, it's usually safer not to take another dose until you've checked: ring your "
                "pharmacist or look at the leaflet, they'll tell you what to do. A pill organiser with the days on "
                "it can stop the worry next time. Which tablets are they?")
    if has(text, LOST_IN_BUILDING):
        late = has(text, r"\blate\b")
        return ("Don't worry, big buildings are confusing. " if late else "") + (
            "I don't have a map of the building, but the reception desk or any member of staff will point you the "
            "right way." + (" If you ring the clinic to say you're on your way, they'll usually still see you."
                            if late else " Is there anything else I can help with?"))
    if has(text, r"\bwhere(?:'s| is| are)(?: the)? (?:nearest )?(?:toilets?|loos?|bathroom|lifts?|exit|way out|cafe|"
                 r"canteen|pharmacy|x-?ray|reception|ward|car park|cash machine|shop)\b"):
        return ("I don't have a map of the building, but the reception desk or any member of staff will point you the "
                "right way, and there are usually signs by the lifts. Is there anything else I can help with?")
    if has(text, r"\b(?:tell|call|get|fetch|ask) (?:the |a )?(?:nurse|carer|doctor|staff|someone)\b") and has(
            text, r"\b(?:can|could|would|will) you\b|\bplease\b"):
        return ("I can't call anyone myself, I'm afraid. Please press your call button, or ask anyone in uniform "
                "nearby; they'll come. Can you reach the button?")
    if DIRECTIONS.search(text):
        return ("I can't see a map from here, but a map app on a phone, or the bus company's line, will give you the "
                "route, and places like hospitals list their buses and parking on their website. Do you need to be "
                "there at a set time?")
    if has(text, r"\b(?:bins?|rubbish|recycling|bin collection)\b"):
        return ("I don't know your bin days from here, but the council's website or your bin calendar will say. Would "
                "it help to jot them on the calendar once you know?")
    if has(text, r"\bshopping list\b"):
        lead = "You're not a nuisance at all. " if has(text, r"\b(?:nuisance|bother|trouble)\b") else ""
        return lead + ("Let's do it together: first the meals for the week, then the basics like milk, bread, tea and "
                       "fruit, then anything for the bathroom or cleaning. What are you running low on?")
    if has(text, CANCEL_SUB):
        return ("You can usually cancel by giving notice in writing, online or by phone; your contract will say how "
                "much notice they need. Would you like help working out what to say?")
    if has(text, r"\b(?:heaven|afterlife|life after death|what happens (?:when|after) (?:we|you) die)\b"):
        return ("That's one of the biggest questions there is. I can't know for sure, but many people find comfort in "
                "their faith, or in the thought that love carries on. What do you believe?")
    if has(text, r"\b(?:poem|poetry|verse|rhyme)\b"):
        return pick(POEMS, key) + " Would you like another?"
    if has(text, TECH) and has(text, r"\b(?:how (?:do|can|should) i|how to|show me|help me|teach me|set up|"
                                     r"work out)\b"):
        lead = ("It's not a silly question at all; lots of people find these things fiddly at first. "
                if has(text, r"\b(?:silly|stupid|daft|dumb|thick)\b") else "Let's work it out together. ")
        return lead + ("Tell me which phone, tablet or computer you're using and what you'd like to do, and we'll go "
                       "through it one step at a time.")
    if has(text, r"\bjoke|something funny|make me laugh"):
        return pick(JOKES, key) + " Want another one?"
    if has(text, r"\b(?:timer|remind|alarm|reminder)\b"):
        return ("I can't set timers or reminders from here yet, so it's worth putting it in your phone right now. "
                "Is there anything else I can help with?")
    if has(text, r"\b(?:weather|rain\w*|sunny|snow\w*|forecast)\b|\b(?:is it|will it be|going to be|be) (?:cold|warm|"
                 r"hot|chilly)\b|\b(?:cold|warm|hot|chilly)\b[^.!?]{0,20}\b(?:outside|out there|today|tomorrow|tonight|"
                 r"later|this (?:week|weekend|afternoon|morning))\b"):  # the air, not a cup of tea going cold
        return ("I can't see a forecast from here, but a weather app will know. Are you planning to be outside?")
    if has(text, r"\b(?:open|opens|close|closes|opening|hours)\b"):
        return ("I can't check opening hours from here; their website or a quick call will tell you for sure. Is it "
                "something you need today?")
    if has(text, r"\b(?:news|score|time is it|what time|traffic|results)\b"):
        return ("I don't have live information on board, so I can't check that, but a phone or radio will have it. "
                "Is something coming up that you're planning for?")
    if has(text, r"\b(?:recommend|suggest)\w*\b.{0,20}\b(?:book|film|movie|show|series|podcast)|\b(?:what'?s|what is|"
                 r"any|know) (?:a |any )?good (?:book|film|movie|show|series|podcast|programme)s?\b|\bwhat (?:should|"
                 r"shall|could|can) (?:i|we) (?:watch|read|listen to)\b"):
        return ("I'd pick something you can get lost in, like a good mystery or a feel-good story. What have you "
                "enjoyed lately?")
    known = how_to_answer(text)
    if known:
        return known
    if has(text, r"\b(?:cook|dinner|lunch|breakfast|supper|tea tonight|recipe|make (?:pancakes|soup|bread))\b"):
        return ("Something simple and warm is hard to beat, like soup or pasta with whatever vegetables you have. "
                "What's in your fridge?")
    return ""


# What plain small talk is about (food, the garden, TV, getting about): a friendly question fits.
SMALL_TALK_TOPIC = re.compile(r"\b(?:lunch|dinner|breakfast|ate|eating|sandwich|pasta|cake|soup|cooked|tea|coffee|"
                              r"garden|tomatoes|plants?|flowers?|watered|watching|film|movie|tv|show|football|match|"
                              r"game|bus|train|tram|walk|drive|commute|weather|sunny|rain\w*|would love|craving|"
                              r"fancy)\b", re.I)


def small_talk_reply(text: str, key: str) -> str:
    if has(text, GOOD_TIME_NOW):
        return "That sounds lovely! What are you up to?"
    if has(text, BIRTHDAY_TODAY):
        return "Happy birthday! How are you spending the day?"
    if has(text, NEWS_TEASE):
        return "Ooh, tell me! What's happened?"
    if has(text, LAUGHED_AGAIN):
        return "Oh, that's lovely to hear! A good laugh does you the world of good. What set you off?"
    if has(text, RATHER_DIE_THAN):
        return ("Not your sort of do, then! You don't have to go if you'd rather not. What is it about it that "
                "puts you off?")
    if has(text, LOST_THREAD):
        return "No rush; it'll probably come back when you're not trying. Shall we chat about something else meanwhile?"
    if has(text, GOODBYE):
        return "Goodnight. Sleep well; I'll be here in the morning." if has(text, r"night|\bbed\b") else \
            "Bye for now. It was lovely to chat."
    if has(text, STOP_ASKING):
        if has(text, r"\bstop asking\b|\bleave me\b"):
            return "Okay, I'll stop asking. I'm here if you ever want to chat."
        return "That's okay; we don't have to talk. I'll be right here if you change your mind."
    if has(text, SARCASTIC_WEATHER):
        return ("Another grey one, isn't it? Days of it would get anyone down. Is there something cosy you could do "
                "indoors, or a dry spell to get out in for a bit?")
    if has(text, VISITOR_LEFT):
        return "Okay. Was it nice to see them? I'm here if you'd like a chat for a bit."
    if has(text, FINE_THANKS):
        return "Glad to hear it. Anything nice planned for the rest of the day?"
    if has(text, NEWS_TEASER):
        return "Ooh, I'd love to hear it! What's happened?"
    if has(text, SPEAK_UP):
        return ("That sounds like a good idea. It can help to plan the main thing you want to say and pick a calm "
                "moment. What would you most want them to hear?")
    if has(text, WEATHER_CAUSE):
        return ("It could well be; grey days get to lots of people. A bit of daylight, even a short walk, can help. "
                "Would that be possible today?")
    if has(text, WEATHER_MOAN):
        if has(text, r"\b(?:rain\w*|stir[- ]crazy|cabin fever)\b"):
            return ("Days of rain would drive anyone stir crazy. Is there something cosy you could do indoors, or a "
                    "dry spell to get out in for a bit?")
        if has(text, r"\b(?:cold|freezing|chilly|wind|rain)\b"):
            return ("Brr, it's grim out, isn't it? Are you keeping warm? A hot drink and an extra layer help, and do "
                    "keep the heating on if you can.")
        return ("It's sweltering, isn't it? Keep sipping water, stay out of the midday sun and keep the curtains "
                "closed in the day; it really helps. Are you managing to keep cool?")
    if has(text, LAUGHED):
        return "Ha, that sounds like a brilliant time! What was the funniest bit?"
    if has(text, SAD_FILM):
        return "Films like that can really get to you. Sometimes a good cry does you good. What was it about?"
    if has(text, CAT_PRESENT):
        return ("Ha, a proud little hunter! It's meant as a compliment, apparently, even if it doesn't feel like one. "
                "Did you manage to get rid of it?")
    if has(text, PAST_OUTING):
        return "That sounds like a lovely day! What was the best part?"
    if has(text, TEAM_LOST):
        return "Oh no, that's a sad day for the fans. Will you still be following them next season?"
    if has(text, TURNING_INTO):
        return ("Lots of people notice that as the years go by! Is it the good bits, or the bits that used to drive "
                "you mad?")
    if has(text, RELUCTANT_GUEST):
        return ("That's okay; you don't have to go just because you were asked. Is it the crowd, or just not feeling "
                "up to it at the moment?")
    if has(text, ACHING_FIGURATIVE):
        rest = "have a proper rest" if has(text, r"\b(?:back|neck)\b") else "rest them for a bit"
        return f"Oh, poor you! Time to sit down and {rest}; you've earned it. What have you been up to?"
    if has(text, APPOINTMENT_ARRIVAL):
        return ("Welcome. Please let the reception desk know you're here, so they can tell them you've arrived; "
                "there's usually somewhere to sit while you wait. Is there anything I can help with meanwhile?")
    if has(text, COMPANY_FOR_IT):
        return "I'm glad you won't be on your own for it; having someone beside you makes a real difference."
    if has(text, AWAY_A_WHILE):
        return ("A bit of time to yourself, then. Will you miss them, or is it a chance for some peace and quiet? "
                "Anything you're planning to do?")
    if has(text, ERRAND):
        return "Okay. Is there anything you'd like to do while you wait, or shall we have a chat?"
    if has(text, SLEEPY):
        return "Sounds like you've earned a good rest! Have you been busy, or not sleeping so well?"
    if has(text, BORED):
        return "Sounds like a slow day. Would you like a chat, or shall we think of something to do together?"
    if has(text, GAME_BANTER):
        return "Ha, it sounds like a competitive family! Who usually wins?"
    if has(text, IN_TROUBLE):
        return "Oh dear, sounds like you might be in the doghouse! I'm sure it'll blow over. What happened?"
    if has(text, r"\b(?:would love|craving|could kill for|could murder|fancy|(?:i'?d|i would|i could) (?:die|kill) "
                 r"for)\b"):
        if has(text, r"\b(?:holiday|break|rest|lie-in|day off|week off|sleep|nap|bath|sunshine|beach|getaway|"
                     r"peace and quiet)\b"):
            return "Sounds like you could do with a proper break! Where would you go, if you could go anywhere?"
        return "Sounds like you're hungry! What would really hit the spot right now?"
    if has(text, r"\b(?:lunch|dinner|breakfast|ate|eating|sandwich|pasta|cakes?|soup|cooked|tea|coffee|pie|roast|curry|"
                 r"chips|pudding|dessert|trifle|scones?)\b"):
        return pick(("Sounds tasty! Do you cook much yourself?", "Mm, that sounds good. Was it a quiet break?"), key)
    if has(text, r"\b(?:pretty|lovely|beautiful|gorgeous|glorious|magical)\b") and has(
            text, r"\b(?:snow\w*|frost\w*|sun\w*|blossom|rainbow|sunset|sunrise|moon|stars|leaves)\b"):
        return ("It sounds beautiful. Are you going to wrap up warm and have a look outside, or enjoy it from the "
                "window?" if has(text, r"\b(?:snow\w*|frost\w*)\b") else
                "How lovely. Moments like that can lift the whole day. Will you get out and enjoy it?")
    if has(text, r"\b(?:garden|tomatoes|plants?|flowers?|watered)\b"):
        if has(text, r"\b(?:looking|looks|look) (?:\w+ )?(?:lovely|beautiful|gorgeous|great|wonderful|nice|"
                     r"a picture)\b"):
            return "How lovely; all that care paying off. What's looking best at the moment?"
        return "That's a nice way to start the day. What are you growing at the moment?"
    if has(text, r"\b(?:watching|film|movie|tv|show|football|match|game)\b"):
        if has(text, r"\b(?:eager to|dying to|can'?t wait|looking forward|want to see|going to see)\b"):
            return "Ooh, something to look forward to! What's it about?"
        return "Nice. Is it a good one so far?"
    if has(text, r"\b(?:bus|train|tram|walk|drive|commute)\b"):
        return "A quiet trip can be nice. Where were you off to?"
    return pick(SMALL_TALK, key)


SMALL_TALK = (
    "That sounds nice. What else have you been up to today?",
    "I like hearing about your day. What's been the best part so far?",
    "Nice. Anything you're looking forward to later?",
)


def open_reply(key: str) -> str:
    """Neither glad nor sorry: for words whose feeling is not clear enough to answer."""
    return pick(("Thank you for telling me. How are you feeling about it all?",
                 "I'd like to understand how that is for you. How does it sit with you?",
                 "I'm listening. What's that been like for you?"), key)


def unclear_reply(felt: str, key: str, text: str = "") -> str:
    """No clear situation: answer the feeling and invite the story."""
    if has(text, BORED) or has(text, GAME_BANTER):
        return small_talk_reply(text, key)
    if has(text, CANT_GET_UP_MORNINGS):
        return ("That's really hard, and it's more common than people say. It can be a sign of low mood or of being "
                "run down, and it's worth telling your doctor. How have you been feeling in yourself?")
    if has(text, PRETENDING_FINE):
        return ("That sounds exhausting, keeping up a front all the time. You don't have to pretend with me. What's "
                "really been going on?")
    gone = re.search(r"\bsince (she|he|they|my \w+) (?:left|died|passed|went)\b", text, re.I)
    if has(text, FEEL_EMPTY) and gone:
        who = {"she": "her", "he": "him", "they": "them"}.get(gone.group(1).lower(), gone.group(1).lower().replace(
            "my ", "your "))
        return (f"I'm so sorry. That emptiness after someone goes can be so hard to live with. Would you like to tell "
                f"me about {who}?")
    if has(text, NEW_GADGET):
        return ("New gadgets can be so fiddly at first. Let's take it one step at a time: what would you most like it "
                "to do, calls, messages or photos? It can help to ask whoever set it up to write the steps down, and "
                "many libraries run free sessions too.")
    if has(text, SHUT_IN):
        return ("That's a long time to be shut away. Sometimes that goes with feeling really low, or too tired to face "
                "anything. How are you feeling in yourself? Is there anyone around who could bring you something?")
    if has(text, FEEL_EMPTY):
        return ("I'm sorry; feeling empty like that, day after day, is really hard. It's often a sign of low mood, and "
                "it's worth telling your doctor; there's good help for it. How long has it been like this?")
    if has(text, BODY_HATE):
        return ("I'm sorry you're feeling that way about yourself. That voice can be so loud, but it isn't the truth "
                "about you. Has something happened to bring it on?")
    if has(text, WINTER_LOW):
        return ("I'm sorry; the dark months can really weigh on people. Getting outside in daylight, even for a short "
                "walk around midday, helps many, and if it's dragging on or getting worse, your doctor can help; "
                "it's common and treatable. How have you been sleeping?")
    if has(text, TEARS_NO_REASON):
        return ("I'm sorry you've been feeling so teary. Sometimes feelings build up and come out without a clear "
                "reason. If it keeps happening, it's worth talking to your doctor. Has anything been weighing on you "
                "lately?")
    if has(text, r"\b(?:feel\w*|felt|i'?m) (?:a bit |quite |really |so )?(?:low|down|flat|blue|fed up)\b") and has(
            text, r"\b(?:not sure why|(?:don'?t|do not) know why|for no reason|no reason)\b"):
        return ("I'm sorry you're feeling low. Some days are just like that, and that's okay. Would it help to do "
                "something small and kind for yourself, or just talk for a bit?")
    if has(text, r"\b(?:feel\w*|felt|been|i'?m) (?:a bit |quite |really |so |very |pretty )?(?:low|down|flat|blue|"
                 r"fed up|miserable)\b") and has(text, LOW_SPAN):
        return ("I'm sorry you've been feeling low for so long. When it's gone on for a few weeks, it's worth telling "
                "your doctor; low mood is really common and there's good help for it. Has anything in particular "
                "brought it on?")
    if has(text, r"\b(?:found|came across|looking at|looked at|going through|went through)\b[^.!?]{0,30}\b(?:photos?|"
                 r"photographs?|pictures?|letters|albums?|wedding dress)\b"):
        return ("Finding something like that can stir up so much. What do you remember about that time?")
    if has(text, r"\b(?:christmas|xmas|new year|my birthday|the anniversary|mother'?s day|father'?s day|"
                 r"easter|the holidays|holiday season|festive season)\b") and \
            has(text, r"\b(?:dread\w*|can'?t face|not looking forward|hate)\b"):
        return ("Days like that can be really hard, especially when things have changed or someone's missing. What is "
                "it about this one that's weighing on you?")
    if has(text, r"^\W*(?:sorry,? )?i'?m (?:rambling|going on|waffling|babbling)\b|\bsorry (?:for|about) "
                 r"(?:rambling|going on|waffling)\b"):
        return "Not at all, I like listening to you. Go on."
    if has(text, NO_REASON_WHY):
        return ("That's okay; feelings don't always come with a reason. Would something small and kind for yourself "
                "help today, or shall we just talk for a bit?")
    if has(text, JUST_SAD):  # they say they are safe: believe them, and stay with the sadness
        return ("Thank you for telling me; it's okay to just be sad, and I'm glad you're talking to me. What's been "
                "making you feel this way?")
    if has(text, NEED_TALK):
        return need_talk_reply()
    if has(text, r"\bcan'?t stop thinking about\b"):
        return "It sounds like it's really stayed with you. Do you want to tell me what happened?"
    if has(text, r"\b(?:long|tiring|busy|hectic|rough|exhausting) (?:week|day|few days|month)\b"):
        return "A long week can take it out of anyone. Is anything on your mind, or do you mostly need a rest?"
    if felt == "sadness" and has(text, r"\b(?:tired|exhausted|worn out|weary|shattered)\b(?! of)"):
        return "Tiredness can really drag a day down. Have you been sleeping alright, or is something keeping you up?"
    if felt in ("sadness", "anger") and has(text, LOST_ABILITY):
        return " ".join(lost_ability())
    if felt in ("fear", "joy") and has(text, r"\b(?:nervous|anxious|scared|worried|jittery|butterflies)\b") and \
            has(text, r"\b(?:excited|can'?t wait|looking forward|thrilled|honou?red|delighted|chuffed|proud)\b"):
        return ("Nerves and excitement together, that's completely natural before something new; they often feel "
                "much the same. What are you most looking forward to?")
    if felt == "sadness":
        return pick(("I'm sorry you're feeling low. I'm here with you; do you want to tell me what's been happening?",
                     "It sounds like things are heavy right now. What's been weighing on you?",
                     "That sounds hard, and I'm glad you told me. How are you holding up?",
                     "I'm sorry, that sounds painful. Would it help to talk it through?",
                     "That's a lot to carry. I'm listening, whenever you want to say more."), key)
    if felt == "fear":
        return pick(("That sounds worrying. Take a slow breath; what's on your mind most right now?",
                     "I can hear that something's worrying you. Do you want to talk it through together?",
                     "That would unsettle anyone. What's the part that worries you most?",
                     "It makes sense that you're uneasy about that. Is there anything that would help right now?"),
                    key)
    if felt in ("anger", "disgust"):
        return pick(("That sounds really frustrating. What happened?",
                     "I can tell something got to you. Do you want to tell me about it?",
                     "That would annoy anyone. What's bothering you most about it?",
                     "No wonder you're fed up. Do you want to get it off your chest?"), key)
    if felt == "joy":
        return pick(("Oh, tell me more! What's been going well?", "I'd love to hear more about that. What happened?",
                     "That sounds lovely. What was the best part?", "How nice! Tell me all about it."), key)
    if felt == "surprise":
        return "That sounds unexpected! What happened?"
    if SMALL_TALK_TOPIC.search(text):
        return small_talk_reply(text, key)
    return open_reply(key)  # no feeling and no clear situation: neither cheer nor pity
