"""Shared pieces of the embedded replies (ROS-free): how a reply is picked, pronouns for who is involved,
the feeling lines, and short replies more than one situation uses."""

from __future__ import annotations

import zlib

from emoomni_ros.reasoning.situation import Situation
from emoomni_ros.reasoning.word_rules import (
    CONNECT_CHILD,
    HEARING_LOSS,
    RETIRED_ADRIFT,
    TREMOR,
    UNSURE_FEELING,
    compiled,
)

_PRONOUN = {"husband": "him", "wife": "her", "boyfriend": "him", "girlfriend": "her", "mum": "her", "mom": "her",
            "mother": "her", "dad": "him", "father": "him", "son": "him", "daughter": "her", "brother": "him",
            "sister": "her", "grandma": "her", "grandmother": "her", "grandpa": "him", "grandfather": "him",
            "granny": "her", "nan": "her", "nana": "her", "grandad": "him", "uncle": "him", "aunt": "her",
            "auntie": "her", "fiance": "him", "fiancee": "her", "niece": "her", "nephew": "him",
            "granddaughter": "her", "grandson": "him", "girl": "her", "boy": "him", "gran": "her", "granddad": "him",
            "grandmum": "her", "stepdad": "him", "stepfather": "him", "stepmum": "her", "stepmom": "her",
            "stepmother": "her", "mummy": "her", "daddy": "him"}


def pick(options: tuple[str, ...] | list[str], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8", "replace")) % len(options)]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def them(sit: Situation) -> str:
    return _PRONOUN.get(sit.who_word.removesuffix("-in-law"), "them")


def they(sit: Situation) -> str:
    """The subject pronoun of ``them`` ("he", "she", else "they")."""
    return {"him": "he", "her": "she"}.get(them(sit), "they")


def their(sit: Situation) -> str:
    """The possessive of ``them`` ("his", "her", else "their")."""
    return {"him": "his", "her": "her"}.get(them(sit), "their")


def has(text: str, pattern: str) -> bool:
    return bool(compiled(pattern).search(text))


def first_said(text: str, table: tuple[tuple[str, tuple[str, str, str]], ...]) -> tuple[str, str, str] | None:
    """The reply of the first (words, reply) row whose words are in ``text``; None when none is."""
    return next((reply for words, reply in table if has(text, words)), None)


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


def retired(text: str) -> tuple[str, str, str]:
    if has(text, UNSURE_FEELING):
        return ("That's a big change, after all those years.", "It's natural to feel mixed: relief, excitement, and a "
                "bit of loss for the routine and the people.", "What will you miss, and what are you looking forward "
                "to?")
    lost = has(text, RETIRED_ADRIFT)
    return ("That's a big change, after all those years." if lost else "That's a big milestone, after all those years.",
            "It's very common to feel a bit lost at first when the old routine stops; it takes a while to find "
            "a new shape to the days." if lost else "You've earned the time for yourself.",
            "What did you enjoy most about the work?" if lost else "What are you looking forward to doing first?")


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
    if has(text, CONNECT_CHILD):
        return ("Lots of grandparents feel like that at "
                "first.", "Following their interests, speaking simply and giving "
                "them time to answer, and asking their parents what works, can help so much.",
                "What do they love doing?")
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


def lashing_out(call: str = "for help") -> tuple[str, str, str]:
    """Someone with confusion or dementia hitting out at the person who cares for them."""
    return ("I'm so sorry; that's frightening, and heartbreaking when it's someone you love.", "Lashing out can come "
            "with confusion or dementia, and a sudden change can be an infection or pain, so please tell the doctor or "
            "memory team soon; they can help, and so can a carers' support line. When it starts, step back and give "
            "space.", f"If you're hurt or in danger, call {call}. Are you hurt?")


_TREATMENT_DONE = (r"\b(?:had|just had|done|finished|got through|been for) (?:my |the )?(?:first |last |next"
                   r" )?(?:round|"
                   r"session|dose|cycle|chemo|radiotherapy|infusion|treatment)")


def treatment_nerves(text: str = "") -> tuple[str, str, str]:
    """Before a hard treatment: nerves; just after the first one: how it went, and the days after."""
    if text and has(text, _TREATMENT_DONE):
        return ("Well done for getting through it; the first one is often the hardest to walk into.", "Side effects "
                "can take a day or two to show, so rest, drink plenty, and keep the treatment team's number handy; "
                "ring them if you get a temperature or feel very unwell.", "How are you feeling now?")
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


def miss_work() -> tuple[str, str, str]:
    return ("That's a real loss; work gives the days a shape, and company too.", "It's very common to miss it more "
            "than you expected.", "What did you love most about it? There may be a way to get a bit of that back, "
            "like volunteering or a few hours somewhere.")


def brave_step() -> tuple[str, str, str]:
    return ("That took real courage, well done.", "Walking into something like that for the first time is often the "
            "hardest part.", "How did you find it?")


def tremor() -> tuple[str, str, str]:
    return ("That sounds so frustrating.", "A shake like that is worth telling your doctor about, as there's often "
            "help; meanwhile a mug with a lid, a weighted cup or a thicker pen makes things easier.",
            "Has it come on recently?")


def hearing_loss() -> tuple[str, str, str]:
    return ("That's so isolating, when conversations slip away from you.", "A hearing test with your doctor or a "
            "high-street audiologist is usually free, and hearing aids today are small and really help.",
            "Have you been able to get your hearing checked?")


def lost_ability(text: str = "") -> tuple[str, str, str]:
    if has(text, HEARING_LOSS):
        return hearing_loss()
    if has(text, TREMOR):
        return tremor()
    if has(text, r"\b(?:stairs|steps)\b"):
        return ("That's a worry, and it's worth acting on before there's a fall.",
                "An occupational therapist from the council can look at a second rail, a stairlift or other help, "
                "often for free.", "Have the stairs given you any scares yet?")
    return ("That's really hard.",
            "Losing things you used to do without thinking is a real loss; it can feel frustrating and sad at once.",
            "Would it help to look at what could make it a little easier, together?")


# Signs a doctor should see soon (not an emergency).
CHECK_SOON = (r"\bkeep (?:getting|having) (?:these |bad |awful |terrible )?(?:headaches|dizzy spells|nosebleeds)\b|"
              r"\blumps?\b|\bwithout (?:even )?trying\b|\bblood in (?:my|the) (?:pee|urine|stools?|poo|wee)\b|"
              r"\bmole\b[^.!?]{0,30}\b(?:changed|bigger|bleed\w*|itch\w*)|\b(?:always|really|so|constantly) thirsty\b|"
              r"\b(?:pee|wee)\w* (?:a lot )?more (?:than usual|often)\b")


RECURRED = (r"\b(?:cancer|it|tumou?r|lump)(?:'s| has| is) (?:come|came) back\b|\b(?:cancer|tumou?r)(?:'s| is) back\b|"
            r"\b(?:got|has|have|'s got|'ve got) (?:the )?cancer again\b|\bhas returned\b|\bspread\b|\bgone to "
            r"(?:his|her|my|the|their) (?:bones|liver|lungs?|brain|lymph nodes)\b")


MISSED_AT_IT = (r"\b(?:wish(?:ed)? (?:\w+ ){0,3}(?:had been|could have been|was|were) (?:there|here|alive|with us)"
                r"|(?:wasn'?t|weren'?t) (?:there|here) to see|would have (?:loved|been so proud)|missing (?:from|at)"
                r"|(?:didn'?t|did not|never) (?:come|turn up|show up|bother to come)|stayed away"
                r"|without (?:him|her|my \w+|our \w+) there)")


def pet_pronoun(text: str) -> str:
    """"she", "he" or "they": how the person speaks of their pet (she/her first)."""
    return "she" if has(text, r"\b(?:she|her)\b") else "he" if has(text, r"\b(?:he|him|his)\b") else "they"


def how_in_themselves(one: str) -> str:
    """The question after a pet's news, for ``one`` ("she", "he", "they")."""
    return {"she": "How is she in herself?", "he": "How is he in himself?"}.get(one, "How are they in themselves?")


def bittersweet_move() -> tuple[str, str, str]:
    return ("A move like that is a big step.",
            "It's okay if it feels bittersweet; leaving a home means leaving a lot of memories too.",
            "How do you feel about leaving your home?")
